#!/usr/bin/env python3
"""Twentieth site family for the Warraq dump cleaner (set t; built as held-out set 20, seed 20202).

    python3 tests/heldout/make_sites_t.py OUT_DIR [--corpus DIR]

The shared corpus is --corpus, else $WARRAQ_CORPUS, else ../shared/corpus beside the repository.
Sites: LBCI, Al-Modon, Al-Seyassah, 24.ae, Al-Massae, Echaab, Sama News, Khaberni.
Held out in session 12 (totals only then); looked at and fixed on from session 13. The original header follows.

Held-out test set #20 for the Warraq article cleaner.

Builds raw text dumps of Arabic news pages in the page styles of eight sites
that the development corpus does not use (LBCI, Al-Modon, Al-Seyassah, 24.ae,
Al-Massae, Echaab, Sama News, Khaberni), around real articles of the shared
corpus that no development dump uses, plus their gold files.

    python3 make.py OUT_DIR [--corpus DIR]

writes OUT_DIR/dumps/*.txt, OUT_DIR/gold/*.json, OUT_DIR/manifest.json and a
copy of score.py.  Everything is drawn from random.Random(SEED): running the
script twice gives byte-identical output.

The furniture strings are our own wording, modelled on what a text scrape of
each site shows (menus, section names, bylines, date formats, share rows,
related / most-read boxes, comments, appeals, cookie notices, footers); they
are not copied from stored pages.  Article text is never altered: the gold
blocks are the article's paragraphs with their block kinds, in order.  The
only "damage" is layout a scraper produces (hard-wrapped lines, invisible
direction / zero-width marks, CRLF, BOM, Windows-1256), which score.py
normalises or which a cleaner must undo (re-joining wrapped lines).

Standard library only, Python 3.11.
"""

from __future__ import annotations

import argparse
import datetime as dt
import glob
import json
import os
import random
import re
import shutil
import sys
import unicodedata

SEED = 20202
DEFAULT_CORPUS = os.environ.get("WARRAQ_CORPUS") or os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "corpus"
)

# ------------------------------------------------------------------ calendars
WEEKDAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
MONTHS_EG = [
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
]
MONTHS_LEV = [
    "كانون الثاني",
    "شباط",
    "آذار",
    "نيسان",
    "أيار",
    "حزيران",
    "تموز",
    "آب",
    "أيلول",
    "تشرين الأول",
    "تشرين الثاني",
    "كانون الأول",
]
MONTHS_MA = ["يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر"]
MONTHS_DZ = ["جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
HIJRI_MONTHS = [
    "محرم",
    "صفر",
    "ربيع الأول",
    "ربيع الآخر",
    "جمادى الأولى",
    "جمادى الآخرة",
    "رجب",
    "شعبان",
    "رمضان",
    "شوال",
    "ذو القعدة",
    "ذو الحجة",
]


def to_hijri(d: dt.date) -> tuple[int, int, int]:
    """Tabular Islamic calendar (may be a day off the official one)."""
    jd = d.toordinal() + 1721424.5
    days = int(jd - 1948439.5)
    year = (30 * days + 10646) // 10631
    start = 354 * (year - 1) + (3 + 11 * year) // 30
    month = min(12, int((days - start - 0.5) // 29.5) + 1)
    month_start = start + int(29.5 * (month - 1) + 0.5)
    day = days - month_start + 1
    if day < 1:
        month -= 1
        month_start = start + int(29.5 * (month - 1) + 0.5)
        day = days - month_start + 1
    return year, month, day


def parse_date(s: str | None) -> dt.datetime | None:
    if not s:
        return None
    try:
        if len(s) == 10:
            return dt.datetime.strptime(s, "%Y-%m-%d")
        return dt.datetime.fromisoformat(s).replace(tzinfo=None)
    except ValueError:
        return None


def h12(hour: int) -> tuple[int, str]:
    return (hour % 12 or 12), ("ص" if hour < 12 else "م")


def rel_time(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.3:
        n = rng.randint(3, 59)
        return f"منذ {n} " + ("دقائق" if n <= 10 else "دقيقة")
    if kind < 0.8:
        n = rng.randint(1, 23)
        if n == 1:
            return "منذ ساعة"
        if n == 2:
            return "منذ ساعتين"
        return f"منذ {n} " + ("ساعات" if n <= 10 else "ساعة")
    n = rng.randint(1, 6)
    return {1: "منذ يوم", 2: "منذ يومين"}.get(n, f"منذ {n} أيام")


# ------------------------------------------------------------------ generic pools (our wording)
COMMENT_NAMES = [
    "أبو أحمد",
    "سامي",
    "مواطن غيور",
    "ليلى",
    "Omar",
    "محمد",
    "نور",
    "ابن البلد",
    "Karim",
    "زائر",
    "أم خالد",
    "يوسف",
    "رامي ع.",
    "hiba",
]
COMMENT_TEXTS = [
    "الله يستر من الجاي",
    "كلام منطقي بس وين التطبيق؟",
    "شكرا على الخبر، بس ياريت تذكروا المصدر",
    "هذا الحكي سمعناه من سنين",
    "نتمنى أن تكون هذه الخطوة بداية لحل المشكلة وليس مجرد وعود جديدة تضاف إلى ما سبق.",
    "مقال ممتاز ويستحق القراءة",
    "لا حول ولا قوة إلا بالله",
    "صار لازم حدا يحاسب",
    "أين الرقابة؟",
    "الخبر منقوص، الأرقام الحقيقية أكبر بكثير مما ذكر هنا والجميع يعرف ذلك.",
    "ربي يحفظ البلاد والعباد",
    "تحليل سطحي للأسف",
    "بالتوفيق ان شاء الله",
    "من زمان وهاد الموضوع مطروح وما تغير شي",
]
CAPTIONS = [
    "صورة أرشيفية",
    "جانب من الاجتماع",
    "من موقع الحادث",
    "مشهد عام",
    "خلال مؤتمر صحافي",
    "صورة تعبيرية",
    "لقطة من الفيديو",
    "من الأرشيف",
]
AGENCIES = ["رويترز", "أ ف ب", "AFP", "Getty", "الأناضول", "د ب أ", "أرشيف", "EPA"]
STOP = set(
    "في من على إلى عن مع بعد قبل بين حول ضد عند خلال منذ حتى التي الذي هذا هذه ذلك تلك أن إن كان كانت أو ثم قد لا ما لم لن هل".split()
)


def title_tags(title: str, rng: random.Random, n: int) -> list[str]:
    words = [re.sub(r"[^\w]", "", w) for w in title.split()]
    words = [w for w in words if len(w) >= 4 and w not in STOP and not w.isdigit()]
    seen = []
    for w in words:
        if w not in seen:
            seen.append(w)
    return rng.sample(seen, min(n, len(seen)))


# ------------------------------------------------------------------ articles
def load_articles(folder: str) -> dict[str, dict]:
    arts = {}
    for path in sorted(glob.glob(os.path.join(folder, "*.jsonl"))):
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if not line.strip():
                    continue
                a = json.loads(line)
                a["paras"] = a["body"].split("\n\n")
                a["kinds"] = a.get("block_kinds") or ["paragraph"] * len(a["paras"])
                assert len(a["paras"]) == len(a["kinds"]), a["id"]
                arts[a["id"]] = a
    return arts


def dev_article_ids(corpus: str) -> set[str]:
    with open(os.path.join(corpus, "manifest.json"), encoding="utf-8") as fh:
        man = json.load(fh)
    return {d["article_id"] for d in man["dumps"] if d.get("article_id")}


def norm(t: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", t)).strip()


# ------------------------------------------------------------------ page
class Page:
    def __init__(self, art: dict | None):
        self.lines: list[str] = []
        self.nowrap: set[int] = set()
        self.content_lines: set[int] = set()
        self.blocks: list[dict] = []
        self.title = art["title"] if art else None
        self.date: str | None = None
        self.outlet = art["outlet"] if art else None
        self.features: list[str] = []

    def bp(self, *lines: str):
        self.lines.extend(lines)

    def blank(self):
        if self.lines and self.lines[-1].strip():
            self.lines.append("")

    def h1(self, title: str):
        self.nowrap.add(len(self.lines))
        self.lines.append(title)

    def content(self, kind: str, text: str, prefix: str = ""):
        if kind == "heading":
            self.nowrap.add(len(self.lines))
        self.content_lines.add(len(self.lines))
        self.lines.append(prefix + text)
        self.blocks.append({"kind": kind, "text": text})

    def feat(self, *names: str):
        for n in names:
            if n not in self.features:
                self.features.append(n)

    def gold(self) -> dict:
        return {"title": self.title, "date": self.date, "outlet": self.outlet, "blocks": self.blocks}


class Ctx:
    """Everything a style function needs for one dump."""

    def __init__(self, arts: dict, art: dict | None, rng: random.Random, spec: dict):
        self.arts, self.art, self.rng, self.spec = arts, art, rng, spec
        self.p = Page(art)
        self.adate = parse_date(art.get("date")) if art else None
        self.has_time = bool(art and art.get("date") and len(art["date"]) > 10)
        self.mode = spec.get("mode", "blank")
        # the day the page was scraped: after the article, in 2024-2025
        base = dt.date(2024, 1, 1)
        self.crawl = base + dt.timedelta(days=rng.randint(0, 700))
        self.year = self.crawl.year
        self.forbid = set()
        if art:
            self.forbid = {norm(x) for x in art["paras"]} | {norm(art["title"])}

    # ---- the page <title> line
    def title_tag(self, forms: list[str]):
        form = self.rng.choice(forms)
        self.p.bp(form.format(t=self.art["title"]))
        self.p.blank()
        self.p.feat("title_tag_with_site_name" if form != "{t}" else "title_repeated (plain <title> line, then h1)")

    # ---- other articles (headlines and teasers for boxes)
    def others(self, n: int) -> list[dict]:
        ids = sorted(k for k in self.arts if not self.art or k != self.art["id"])
        out = []
        for k in self.rng.sample(ids, n + 6):
            a = self.arts[k]
            if norm(a["title"]) in self.forbid or norm(a["paras"][0]) in self.forbid:
                continue
            out.append(a)
            if len(out) == n:
                break
        return out

    def titles(self, n: int) -> list[str]:
        return [a["title"] for a in self.others(n)]

    def teaser(self, a: dict, lo: int = 90, hi: int = 170) -> str:
        first = a["paras"][0]
        limit = self.rng.randint(lo, hi)
        if len(first) <= limit:
            return first
        cut = first[:limit].rsplit(" ", 1)[0]
        return cut + self.rng.choice(["...", "…", " ..."])

    # ---- dates
    def hm(self) -> tuple[int, int]:
        if self.has_time:
            return self.adate.hour, self.adate.minute
        return self.rng.randint(7, 22), self.rng.randint(0, 59)

    def state_date(self, text: str) -> str:
        self.p.date = self.adate.date().isoformat()
        self.p.feat("date_stated")
        return text

    def choose_date_mode(self, p_state: float = 0.78) -> str:
        """'full' (dated with year: goes to gold), 'relative', or 'none'."""
        r = self.rng.random()
        if self.adate and r < p_state:
            return "full"
        if r < p_state + (1 - p_state) / 2:
            self.p.feat("relative_time_only (gold date null)")
            return "relative"
        self.p.feat("no_date (gold date null)")
        return "none"

    # ---- blocks of furniture
    def nav(self, items: list[str], first: str | None, k: tuple[int, int], how: str | None = None) -> list[str]:
        rest = [x for x in items if x != first]
        pick = self.rng.sample(rest, min(len(rest), self.rng.randint(*k)))
        pick = sorted(pick, key=items.index)
        if first:
            pick = [first] + pick
        how = how or self.rng.choice(["lines", "lines", "oneline", "pipes", "bullets"])
        if how == "lines":
            return pick
        if how == "bullets":
            return ["  • " + x for x in pick]
        if how == "pipes":
            return [" | ".join(pick)]
        return [" ".join(pick)]

    def share(self, words: list[str], k: tuple[int, int] = (3, 6)) -> list[str]:
        n = min(len(words), self.rng.randint(*k))
        w = words[:1] + self.rng.sample(words[1:], n - 1)
        return [" ".join(w)] if self.rng.random() < 0.45 else w

    def headlines(
        self, header: str | None, n: int, teasers: bool = False, meta=None, blanks: bool = False, numbered: bool = False
    ) -> list[str]:
        out = [header] if header else []
        if header and blanks:
            out.append("")
        for i, a in enumerate(self.others(n), 1):
            if numbered:
                out.append(str(i))
            if meta and meta[0] == "before":
                out.append(meta[1]())
            out.append(a["title"])
            if meta and meta[0] == "after":
                out.append(meta[1]())
            if teasers:
                out.append(self.teaser(a))
            if blanks:
                out.append("")
        while out and out[-1] == "":
            out.pop()
        return out

    def comments(self, n: int, time_fn, reply: str | None = None, indent: str = "") -> list[str]:
        out = []
        for name in self.rng.sample(COMMENT_NAMES, n):
            out += [indent + name, indent + time_fn(), indent + self.rng.choice(COMMENT_TEXTS)]
            if reply and self.rng.random() < 0.6:
                out.append(indent + reply)
            out.append("")
        return out[:-1]

    def caption(self, agency_fmt: str = "({a})") -> str:
        return f"{self.rng.choice(CAPTIONS)} " + agency_fmt.format(a=self.rng.choice(AGENCIES))

    def inserts(self, makers: list) -> dict[int, list[str]]:
        """Place boilerplate boxes between body blocks (never before the first
        block, never inside a run of list items)."""
        a = self.art
        kinds = a["kinds"]
        slots = [i for i in range(1, len(kinds)) if not (kinds[i] == "list_item" and kinds[i - 1] == "list_item")]
        out: dict[int, list[str]] = {}
        for name, lines in makers:
            free = [i for i in slots if i not in out]
            if not free:
                break
            i = self.rng.choice(free[len(free) // 4 :] or free)
            out[i] = lines
            self.p.feat(name)
        return out

    def body(self, inserts: dict | None = None, prefix: str = ""):
        p, a = self.p, self.art
        inserts = inserts or {}
        sep = self.mode != "line"
        if sep:
            p.blank()
        for i, (text, kind) in enumerate(zip(a["paras"], a["kinds"])):
            if i in inserts:
                if sep:
                    p.blank()
                p.bp(*inserts[i])
            if sep:
                p.blank()
            p.content(kind, text, prefix)
        if sep:
            p.blank()


# ================================================================== site styles
# ------------------------------------------------------------------ LBCI (Lebanon)
LBCI_NAV = [
    "الرئيسية",
    "أخبار لبنان",
    "أخبار دولية",
    "أمن وقضاء",
    "اقتصاد",
    "رياضة",
    "صحة",
    "منوعات",
    "فن",
    "تكنولوجيا",
    "مقدمات النشرات",
    "نشرة الأخبار",
    "برامج",
    "فيديو",
    "صور",
    "بودكاست",
]
LBCI_SECTIONS = ["أخبار لبنان", "أخبار دولية", "أمن وقضاء", "اقتصاد", "رياضة", "منوعات", "صحة"]
LBCI_SHARE = ["Share", "WhatsApp", "Facebook", "X", "Telegram", "Email", "نسخ الرابط"]


def style_lbci(c: Ctx) -> Page:
    p, rng, a = c.p, c.rng, c.art
    if rng.random() < 0.7:
        c.title_tag(["{t} - LBCI Lebanon", "{t} | LBCI Lebanon", "LBCI Lebanon - {t}", "{t}"])
    p.bp("LBCI")
    if rng.random() < 0.5:
        p.bp("English")
    p.bp(rng.choice(["البث المباشر", "LIVE", "شاهد البث المباشر"]))
    p.bp(*c.nav(LBCI_NAV, "الرئيسية", (6, 12)))
    p.feat("menu")
    p.blank()
    if rng.random() < 0.4:
        p.bp("عاجل", c.titles(1)[0])
        p.blank()
        p.feat("breaking_ticker")
    sec = rng.choice(LBCI_SECTIONS)
    p.bp(sec)
    p.h1(a["title"])
    dm = c.choose_date_mode()
    hh, mm = c.hm()
    if dm == "full":
        d = c.adate
        if rng.random() < 0.6:
            p.bp(c.state_date(f"{d.day:02d}-{d.month:02d}-{d.year} | {hh:02d}:{mm:02d}"))
        else:
            p.bp(c.state_date(f"{WEEKDAYS[d.weekday()]} {d.day} {MONTHS_LEV[d.month - 1]} {d.year}"))
    elif dm == "relative":
        p.bp(rel_time(rng))
    p.blank()
    if rng.random() < 0.6:
        p.bp(*c.share(LBCI_SHARE))
        p.blank()
        p.feat("share_row")
    if rng.random() < 0.4:
        p.bp(c.caption())
        p.feat("hero_caption")
    makers = []
    if len(a["paras"]) > 3 and rng.random() < 0.5:
        makers.append(("related_in_body", ["إقرأ أيضاً"] + c.titles(rng.randint(1, 2))))
    if len(a["paras"]) > 5 and rng.random() < 0.4:
        makers.append(("ad_slot_in_body", ["Advertisement"]))
    c.body(c.inserts(makers))
    if rng.random() < 0.5:
        tags = title_tags(a["title"], rng, rng.randint(2, 4))
        if tags:
            p.bp(*(["#" + t for t in tags] if rng.random() < 0.5 else [" ".join("#" + t for t in tags)]))
            p.blank()
            p.feat("tags")
    if rng.random() < 0.5:
        p.bp(rng.choice(["لمتابعة آخر الأخبار انضموا إلى قناة LBCI على واتساب", "تابعوا LBCI على واتساب"]))
        p.blank()
        p.feat("whatsapp_appeal")
    boxes = []
    if rng.random() < 0.75:
        boxes.append(
            (
                "related_box",
                c.headlines(
                    rng.choice(["أخبار ذات صلة", "إقرأ أيضاً"]),
                    rng.randint(3, 5),
                    meta=("after", lambda: rel_time(rng)) if rng.random() < 0.5 else None,
                ),
            )
        )
    if rng.random() < 0.6:
        boxes.append(
            (
                "latest_news",
                c.headlines(
                    "آخر الأخبار",
                    rng.randint(4, 7),
                    meta=("before", lambda: f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"),
                ),
            )
        )
    if rng.random() < 0.6:
        boxes.append(("most_read", c.headlines("الأكثر مشاهدة", rng.randint(3, 5), numbered=rng.random() < 0.5)))
    rng.shuffle(boxes)
    for name, lines in boxes:
        p.bp(*lines)
        p.blank()
        p.feat(name)
    if rng.random() < 0.5:
        p.bp("حمّلوا تطبيق LBCI", "Download on the App Store", "GET IT ON Google Play")
        p.blank()
        p.feat("app_appeal")
    p.bp(
        *c.nav(
            ["من نحن", "اتصل بنا", "أعلن معنا", "جدول البرامج", "الشروط والأحكام", "سياسة الخصوصية", "وظائف"],
            None,
            (3, 6),
        )
    )
    p.bp(
        rng.choice(
            [
                f"© {c.year} LBCI. جميع الحقوق محفوظة",
                f"Copyright © {c.year} LBCI Lebanon. All rights reserved.",
                f"جميع الحقوق محفوظة © {c.year} LBCI",
            ]
        )
    )
    p.feat("footer", "copyright")
    if rng.random() < 0.35:
        p.blank()
        p.bp(
            "We use cookies to improve your experience on our website. By continuing to browse, you agree to our use of cookies.",
            "Accept",
        )
        p.feat("cookie_notice")
    return p


# ------------------------------------------------------------------ Al-Modon (Lebanon)
MODON_NAV = [
    "الرئيسية",
    "سياسة",
    "عرب وعالم",
    "اقتصاد",
    "ثقافة",
    "ميديا",
    "مجتمع",
    "رياضة",
    "منوعات",
    "آراء",
    "صحة وعلوم",
    "فيديو",
    "ملفات",
    "بودكاست",
]
MODON_SECTIONS = ["سياسة", "عرب وعالم", "اقتصاد", "ثقافة", "ميديا", "مجتمع", "رياضة"]


def modon_date(d: dt.date) -> str:
    return f"{WEEKDAYS[d.weekday()]} {d.year}/{d.month:02d}/{d.day:02d}"


def style_almodon(c: Ctx) -> Page:
    p, rng, a = c.p, c.rng, c.art
    if rng.random() < 0.65:
        c.title_tag(["{t} | المدن", "{t} - المدن", "المدن - {t}", "{t}"])
    p.bp("المدن")
    if rng.random() < 0.5:
        p.bp(rng.choice(["almodon", "المدن الإلكترونية"]))
    if rng.random() < 0.5:
        p.bp(modon_date(c.crawl))
        p.feat("crawl_date_in_header")
    p.bp(*c.nav(MODON_NAV, "الرئيسية", (7, 12)))
    p.bp(rng.choice(["بحث", "اشتراك", "English"]))
    p.feat("menu")
    p.blank()
    sec = rng.choice(MODON_SECTIONS)
    p.bp(sec)
    p.h1(a["title"])
    if rng.random() < 0.6:
        author = a.get("author") if a.get("author") and len(a["author"]) < 40 else None
        p.bp(author if author and rng.random() < 0.5 else rng.choice([f"المدن - {sec}", "المدن - وكالات", "المدن"]))
        p.feat("byline")
    dm = c.choose_date_mode()
    hh, mm = c.hm()
    if dm == "full":
        p.bp(c.state_date(modon_date(c.adate)))
        if rng.random() < 0.5:
            p.bp(f"آخر تحديث: {hh:02d}:{mm:02d} (بيروت)")
    elif dm == "relative":
        p.bp(f"آخر تحديث: {hh:02d}:{mm:02d} (بيروت)")
        p.feat("update_time_without_date")
    p.blank()
    if rng.random() < 0.5:
        p.bp(rng.choice(["شارك المقال", "شارك"]))
        p.bp(*c.share(["فايسبوك", "تويتر", "واتساب", "تلغرام", "طباعة", "نسخ الرابط"]))
        p.blank()
        p.feat("share_row")
    if rng.random() < 0.55:
        p.bp(rng.choice(CAPTIONS) + " " + rng.choice(["(getty)", "(أ.ف.ب)", "(المدن)", "(رويترز)", "(الأرشيف)"]))
        p.feat("hero_caption")
    makers = []
    if len(a["paras"]) > 4 and rng.random() < 0.5:
        makers.append(("caption_in_body", [rng.choice(CAPTIONS) + " (المدن)"]))
    if len(a["paras"]) > 4 and rng.random() < 0.4:
        makers.append(("related_in_body", [rng.choice(["اقرأ أيضاً:", "للمزيد:"]) + " " + c.titles(1)[0]]))
    c.body(c.inserts(makers))
    if rng.random() < 0.5:
        tags = title_tags(a["title"], rng, rng.randint(2, 4))
        if tags:
            p.bp(rng.choice(["كلمات مفتاحية", "الوسوم"]), *tags)
            p.blank()
            p.feat("tags")
    if rng.random() < 0.7:
        n = rng.randint(3, 5)
        lines = [rng.choice(["مقالات ذات صلة", "مواضيع ذات صلة"])]
        for o in c.others(n):
            if rng.random() < 0.5:
                lines.append(rng.choice(MODON_SECTIONS))
            lines.append(o["title"])
            od = parse_date(o.get("date"))
            if od and rng.random() < 0.5:
                lines.append(modon_date(od.date()))
        p.bp(*lines)
        p.blank()
        p.feat("related_box")
    if rng.random() < 0.6:
        p.bp(*c.headlines("الأكثر قراءة", 5, numbered=True))
        p.blank()
        p.feat("most_read")
    if rng.random() < 0.45:
        p.bp(
            "النشرة البريدية",
            "اشترك في النشرة البريدية للمدن لتصلك آخر الأخبار والمقالات",
            "البريد الإلكتروني",
            "اشترك",
        )
        p.blank()
        p.feat("newsletter")
    p.bp(*c.nav(["من نحن", "اتصل بنا", "شروط الاستخدام", "سياسة الخصوصية", "أعلن معنا"], None, (3, 5)))
    if rng.random() < 0.5:
        p.bp("تابعونا", "Facebook", "X", "Instagram", "YouTube")
    p.bp(rng.choice([f"© {c.year} المدن. جميع الحقوق محفوظة", f"جميع الحقوق محفوظة لموقع المدن © {c.year}"]))
    p.feat("footer", "copyright")
    if rng.random() < 0.3:
        p.blank()
        p.bp(
            "يستخدم موقع المدن ملفات تعريف الارتباط (كوكيز) لتحسين تجربة التصفح. بمتابعتك التصفح فإنك توافق على ذلك.",
            "موافق",
        )
        p.feat("cookie_notice")
    return p


# ------------------------------------------------------------------ Al-Seyassah (Kuwait, WordPress)
SEYASSAH_NAV = [
    "الرئيسية",
    "محليات",
    "عربي ودولي",
    "اقتصاد",
    "رياضة",
    "الافتتاحية",
    "مقالات",
    "فنون",
    "منوعات",
    "صحة",
    "برلمان",
    "حوادث",
    "آخر الأخبار",
    "أرشيف PDF",
]
SEYASSAH_SECTIONS = ["محليات", "عربي ودولي", "اقتصاد", "رياضة", "فنون", "منوعات"]
WP_COMMENT_FORM = [
    "اترك تعليقاً",
    "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *",
    "التعليق *",
    "الاسم *",
    "البريد الإلكتروني *",
    "الموقع",
    "احفظ اسمي، بريدي الإلكتروني، والموقع في هذا المتصفح لاستخدامها المرة المقبلة في تعليقي.",
    "إرسال التعليق",
]


def seyassah_date(d: dt.date, rng: random.Random) -> str:
    if rng.random() < 0.5:
        return f"{MONTHS_EG[d.month - 1]} {d.day}, {d.year}"
    return f"{d.day} {MONTHS_EG[d.month - 1]} {d.year}"


def style_alseyassah(c: Ctx) -> Page:
    p, rng, a = c.p, c.rng, c.art
    if rng.random() < 0.7:
        c.title_tag(["{t} - جريدة السياسة", "{t} – السياسة", "{t} | جريدة السياسة الكويتية", "{t}"])
    if rng.random() < 0.6:
        cd = c.crawl
        p.bp(f"{WEEKDAYS[cd.weekday()]} {cd.day} {MONTHS_EG[cd.month - 1]} {cd.year}")
        p.feat("crawl_date_in_header")
    p.bp(rng.choice(["جريدة السياسة", "السياسة"]))
    if rng.random() < 0.5:
        p.bp("رئيس التحرير: أحمد الجارالله")
        p.feat("masthead")
    p.bp(*c.nav(SEYASSAH_NAV, "الرئيسية", (7, 12)))
    p.feat("menu")
    if rng.random() < 0.45:
        p.bp("آخر الأخبار", *c.titles(rng.randint(2, 4)))
        p.feat("latest_ticker")
    p.blank()
    sec = rng.choice(SEYASSAH_SECTIONS)
    if rng.random() < 0.5:
        p.bp(f"الرئيسية » {sec} » {a['title']}")
        p.feat("breadcrumb_with_title")
    else:
        p.bp(sec)
    p.h1(a["title"])
    dm = c.choose_date_mode()
    who = rng.choice(["السياسة", "محرر السياسة", "وكالات"])
    if dm == "full":
        ds = c.state_date(seyassah_date(c.adate, rng))
        p.bp(*(["بواسطة", who, ds] if rng.random() < 0.5 else [f"{who} - {ds}"]))
    elif dm == "relative":
        p.bp(f"{who} - {rel_time(rng)}")
    else:
        p.bp("بواسطة", who)
    if rng.random() < 0.4:
        p.bp(f"{rng.randint(0, 3)} تعليقات" if rng.random() < 0.5 else "0 تعليق")
    p.blank()
    if rng.random() < 0.6:
        p.bp(*c.share(["Facebook", "Twitter", "WhatsApp", "Telegram", "Linkedin", "Email", "Print"]))
        p.blank()
        p.feat("share_row")
    byline = None
    if rng.random() < 0.6:
        if a.get("author") and len(a["author"]) < 40 and rng.random() < 0.5:
            byline = a["author"].rstrip(":") + ":"
        else:
            byline = rng.choice(
                [
                    "عواصم - وكالات:",
                    "القاهرة - وكالات:",
                    "الكويت - كتب محمد الهاجري:",
                    "واشنطن - وكالات:",
                    "بيروت - وكالات:",
                ]
            )
        p.bp(byline)
        p.feat("byline_line")
    makers = []
    if len(a["paras"]) > 4 and rng.random() < 0.45:
        makers.append(("related_in_body", ["اقرأ أيضاً", c.titles(1)[0]]))
    if len(a["paras"]) > 6 and rng.random() < 0.35:
        makers.append(("ad_slot_in_body", ["إعلان"]))
    c.body(c.inserts(makers))
    if rng.random() < 0.55:
        tags = title_tags(a["title"], rng, rng.randint(2, 4))
        if tags:
            p.bp("الوسوم", *tags) if rng.random() < 0.5 else p.bp("الوسوم: " + " ".join(tags))
            p.blank()
            p.feat("tags")
    if rng.random() < 0.5:
        p.bp(*c.share(["شارك", "فيسبوك", "تويتر", "واتساب", "تلغرام"]))
        p.blank()
        p.feat("share_row_bottom")
    if rng.random() < 0.6:
        prev_next = c.titles(2)
        p.bp("المقال السابق", prev_next[0], "المقال التالي", prev_next[1])
        p.blank()
        p.feat("prev_next_links")
    if rng.random() < 0.65:
        lines = [rng.choice(["مقالات ذات صلة", "المزيد من الكاتب", "ذات صلة"])]
        for o in c.others(rng.randint(3, 4)):
            lines.append(o["title"])
            od = parse_date(o.get("date"))
            if od and rng.random() < 0.6:
                lines.append(seyassah_date(od.date(), rng))
        p.bp(*lines)
        p.blank()
        p.feat("related_box")
    if rng.random() < 0.5:
        p.bp(*WP_COMMENT_FORM)
        p.blank()
        p.feat("comment_form")
    if rng.random() < 0.5:
        p.bp(*c.headlines("الأكثر قراءة", rng.randint(4, 6)))
        p.blank()
        p.feat("most_read")
    p.bp(*c.nav(["عن الجريدة", "اتصل بنا", "الإعلانات", "الاشتراكات", "سياسة الخصوصية"], None, (3, 5)))
    p.bp(
        rng.choice(
            [
                f"جميع الحقوق محفوظة © {c.year} دار السياسة للصحافة والطباعة والنشر والتوزيع",
                f"© {c.year} جريدة السياسة - جميع الحقوق محفوظة",
            ]
        )
    )
    p.feat("footer", "copyright")
    return p


# ------------------------------------------------------------------ 24.ae (UAE)
A24_NAV = [
    "الرئيسية",
    "الإمارات",
    "الخليج",
    "العرب",
    "العالم",
    "اقتصاد",
    "رياضة",
    "منوعات",
    "ثقافة",
    "صحة",
    "تكنولوجيا",
    "سيارات",
    "فيديو",
    "صور",
    "رأي",
]
A24_SECTIONS = ["الإمارات", "الخليج", "العرب", "العالم", "اقتصاد", "رياضة", "منوعات", "صحة", "تكنولوجيا"]


def style_24ae(c: Ctx) -> Page:
    p, rng, a = c.p, c.rng, c.art
    if rng.random() < 0.7:
        c.title_tag(["{t} | 24.ae", "{t} - 24.ae", "{t} | موقع 24", "{t}"])
    p.bp("24")
    if rng.random() < 0.5:
        p.bp("English", f"أبوظبي {rng.randint(24, 44)}°")
        p.feat("weather_widget")
    p.bp(*c.nav(A24_NAV, "الرئيسية", (7, 12)))
    p.feat("menu")
    if rng.random() < 0.35:
        p.bp("عاجل", c.titles(1)[0])
        p.feat("breaking_ticker")
    p.blank()
    sec = rng.choice(A24_SECTIONS)
    p.bp(sec)
    p.h1(a["title"])
    if rng.random() < 0.65:
        p.bp(rng.choice(["24 - أبوظبي", "24 - وكالات", "24 - د ب أ", "24 - إعداد: هيثم علي", "24 - دبي"]))
        p.feat("byline")
    dm = c.choose_date_mode()
    hh, mm = c.hm()
    if dm == "full":
        d = c.adate
        h, ap = h12(hh)
        if rng.random() < 0.5:
            p.bp(c.state_date(f"{WEEKDAYS[d.weekday()]} {d.day} {MONTHS_EG[d.month - 1]} {d.year} / {h}:{mm:02d} {ap}"))
        else:
            p.bp(c.state_date(f"تاريخ النشر: {d.day} {MONTHS_EG[d.month - 1]} {d.year} {hh:02d}:{mm:02d}"))
    elif dm == "relative":
        p.bp(rel_time(rng))
    p.blank()
    if rng.random() < 0.6:
        p.bp(*c.share(["مشاركة", "فيسبوك", "إكس", "واتساب", "لينكد إن", "تلغرام", "نسخ الرابط"]))
        p.blank()
        p.feat("share_row")
    if rng.random() < 0.5:
        p.bp(c.caption())
        p.feat("hero_caption")
    makers = []
    if len(a["paras"]) > 3 and rng.random() < 0.7:
        t = c.titles(1)[0]
        makers.append(("inline_read_also_in_body", [f"اقرأ أيضاً: {t}"] if rng.random() < 0.5 else ["اقرأ أيضاً", t]))
    if len(a["paras"]) > 8 and rng.random() < 0.5:
        makers.append(("inline_read_also_in_body", ["اقرأ أيضاً", c.titles(1)[0]]))
    if len(a["paras"]) > 5 and rng.random() < 0.4:
        makers.append(("caption_in_body", [c.caption()]))
    c.body(c.inserts(makers))
    if rng.random() < 0.5:
        tags = title_tags(a["title"], rng, rng.randint(2, 4)) + [sec]
        p.bp(rng.choice(["المواضيع", "الكلمات الدالة"]), " | ".join(tags))
        p.blank()
        p.feat("tags")
    if rng.random() < 0.45:
        p.bp(
            rng.choice(["تابعوا آخر أخبار الإمارات والعالم عبر تطبيق 24", "حمّل تطبيق 24 ليصلك كل جديد"]),
            "App Store",
            "Google Play",
        )
        p.blank()
        p.feat("app_appeal")
    boxes = []
    if rng.random() < 0.7:
        boxes.append(("related_box", c.headlines(f"المزيد من {sec}", rng.randint(3, 5), teasers=rng.random() < 0.4)))
    if rng.random() < 0.6:
        boxes.append(("most_read", c.headlines("الأكثر قراءة", rng.randint(4, 6))))
    if rng.random() < 0.4:
        boxes.append(("newsletter", ["اشترك في النشرة الإخبارية اليومية", "البريد الإلكتروني", "اشترك"]))
    rng.shuffle(boxes)
    for name, lines in boxes:
        p.bp(*lines)
        p.blank()
        p.feat(name)
    p.bp(*c.nav(["من نحن", "اتصل بنا", "أعلن معنا", "سياسة الخصوصية", "شروط الاستخدام", "خريطة الموقع"], None, (3, 6)))
    p.bp(rng.choice([f"جميع الحقوق محفوظة © {c.year} 24.ae", f"© {c.year} موقع 24 - جميع الحقوق محفوظة"]))
    p.feat("footer", "copyright")
    if rng.random() < 0.4:
        p.blank()
        p.bp(
            "يستخدم هذا الموقع ملفات تعريف الارتباط (الكوكيز) لتحسين تجربة التصفح. بمتابعة التصفح أنت توافق على سياسة الخصوصية.",
            "موافق",
        )
        p.feat("cookie_notice")
    return p


# ------------------------------------------------------------------ Al-Massae (Morocco)
MASSAE_NAV = [
    "الرئيسية",
    "سياسة",
    "مجتمع",
    "اقتصاد",
    "حوادث",
    "رياضة",
    "ثقافة وفن",
    "دولي",
    "جهات",
    "رأي",
    "ملفات",
    "حوارات",
    "تحقيقات",
    "فيديو",
]
MASSAE_WRITERS = [
    "المساء",
    "الرباط: المساء",
    "يوسف العلوي",
    "سعيد بن حمو",
    "إعداد: نادية الإدريسي",
    "الدار البيضاء: المساء",
]


def style_almassae(c: Ctx) -> Page:
    p, rng, a = c.p, c.rng, c.art
    if rng.random() < 0.6:
        c.title_tag(["{t} - المساء", "{t} | جريدة المساء", "المساء - {t}", "{t}"])
    if rng.random() < 0.6:
        cd = c.crawl
        p.bp(f"{WEEKDAYS[cd.weekday()]} {cd.day} {MONTHS_MA[cd.month - 1]} {cd.year}")
        p.feat("crawl_date_in_header")
    p.bp(rng.choice(["المساء", "جريدة المساء"]))
    if rng.random() < 0.4:
        p.bp("النسخة الورقية", f"العدد {rng.randint(4200, 5600)}")
    p.bp(*c.nav(MASSAE_NAV, "الرئيسية", (7, 12)))
    p.feat("menu")
    p.blank()
    p.bp(rng.choice(MASSAE_NAV[1:]))
    p.h1(a["title"])
    if rng.random() < 0.6:
        p.bp(rng.choice(MASSAE_WRITERS))
        p.feat("byline")
    dm = c.choose_date_mode()
    hh, mm = c.hm()
    if dm == "full":
        d = c.adate
        if rng.random() < 0.5:
            p.bp(c.state_date(f"{WEEKDAYS[d.weekday()]} {d.day} {MONTHS_MA[d.month - 1]} {d.year} - {hh:02d}:{mm:02d}"))
        else:
            p.bp(c.state_date(f"نشر في: {d.day:02d}/{d.month:02d}/{d.year} على الساعة {hh:02d}:{mm:02d}"))
    elif dm == "relative":
        p.bp(rel_time(rng))
    p.blank()
    if rng.random() < 0.55:
        p.bp(*c.share(["شارك", "فايسبوك", "تويتر", "واتساب", "Pinterest", "Email"]))
        p.blank()
        p.feat("share_row")
    if rng.random() < 0.5:
        p.bp(c.caption())
        p.feat("hero_caption")
    makers = []
    if len(a["paras"]) > 4 and rng.random() < 0.5:
        makers.append(("related_in_body", ["اقرأ أيضا", *c.titles(rng.randint(1, 3))]))
    if len(a["paras"]) > 4 and rng.random() < 0.4:
        makers.append(("caption_in_body", [c.caption()]))
    c.body(c.inserts(makers))
    boxes = []
    if rng.random() < 0.7:
        lines = [rng.choice(["مقالات ذات صلة", "اقرأ أيضا", "مواضيع مشابهة"])]
        for o in c.others(rng.randint(3, 4)):
            lines.append(o["title"])
            od = parse_date(o.get("date"))
            if od and rng.random() < 0.5:
                lines.append(f"{od.day} {MONTHS_MA[od.month - 1]}")  # no year: not a usable date
        boxes.append(("related_box", lines))
    if rng.random() < 0.5:
        boxes.append(("most_read", c.headlines("الأكثر قراءة", rng.randint(4, 6), numbered=rng.random() < 0.5)))
    for name, lines in boxes:
        p.bp(*lines)
        p.blank()
        p.feat(name)
    if rng.random() < 0.6:
        n = rng.randint(1, 4)
        p.bp(f"{n} تعليقات" if n > 2 else ("تعليق واحد" if n == 1 else "تعليقان"))
        p.blank()
        p.bp(*c.comments(n, lambda: rel_time(rng), reply="رد"))
        p.blank()
        p.bp("أضف تعليقا", "إلغاء الرد", "التعليق", "الاسم", "البريد الإلكتروني", "إرسال")
        p.blank()
        p.feat("comments")
    p.bp(*c.nav(["من نحن", "اتصل بنا", "هيئة التحرير", "الإشهار", "شروط الاستخدام"], None, (3, 5)))
    p.bp(rng.choice([f"جميع الحقوق محفوظة © المساء {c.year}", f"© {c.year} جريدة المساء. جميع الحقوق محفوظة"]))
    p.feat("footer", "copyright")
    if rng.random() < 0.5:
        p.blank()
        p.bp(
            "Ce site utilise des cookies pour améliorer votre expérience. En poursuivant votre navigation, vous acceptez leur utilisation.",
            "J'accepte",
            "En savoir plus",
        )
        p.feat("cookie_notice_french")
    return p


# ------------------------------------------------------------------ Echaab (Algeria)
ECHAAB_NAV = [
    "الرئيسية",
    "الحدث",
    "وطني",
    "دولي",
    "اقتصاد",
    "رياضة",
    "ثقافة",
    "مجتمع",
    "ولايات",
    "حوارات",
    "مساهمات",
    "ملفات",
    "الشعب ويكاند",
    "الأرشيف",
]
ECHAAB_WRITERS = ["ح. سامي", "س. بوعلام", "فايزة. ب", "م. لعرابي", "وأج", "الشعب أونلاين", "ز. كمال"]


def style_echaab(c: Ctx) -> Page:
    p, rng, a = c.p, c.rng, c.art
    if rng.random() < 0.6:
        c.title_tag(["{t} | الشعب أونلاين", "{t} - جريدة الشعب", "{t} | يومية الشعب الجزائرية", "{t}"])
    if rng.random() < 0.65:
        cd = c.crawl
        line = f"{WEEKDAYS[cd.weekday()]} {cd.day} {MONTHS_DZ[cd.month - 1]} {cd.year}"
        if rng.random() < 0.5:
            hy, hmo, hd = to_hijri(cd)
            line += f" الموافق لـ {hd} {HIJRI_MONTHS[hmo - 1]} {hy}"
            p.feat("hijri_date_in_header")
        p.bp(line)
        p.feat("crawl_date_in_header")
    p.bp("الشعب", rng.choice(["يومية وطنية إخبارية", "ECH-CHAAB"]))
    if rng.random() < 0.5:
        p.bp(f"العدد {rng.randint(18500, 19600)}", "تحميل النسخة الورقية PDF")
    p.bp(*c.nav(ECHAAB_NAV, "الرئيسية", (7, 12)))
    p.feat("menu")
    p.blank()
    sec = rng.choice(ECHAAB_NAV[1:9])
    p.bp(f"الرئيسية › {sec}" if rng.random() < 0.5 else sec)
    p.h1(a["title"])
    if rng.random() < 0.6:
        p.bp(rng.choice(ECHAAB_WRITERS))
        p.feat("byline")
    dm = c.choose_date_mode()
    hh, mm = c.hm()
    if dm == "full":
        d = c.adate
        if rng.random() < 0.5:
            p.bp(c.state_date(f"{d.day} {MONTHS_DZ[d.month - 1]} {d.year} - {hh:02d}:{mm:02d}"))
        else:
            p.bp(c.state_date(f"{d.day:02d}-{d.month:02d}-{d.year} {hh:02d}:{mm:02d}"))
    elif dm == "relative":
        p.bp(rel_time(rng))
    p.blank()
    if rng.random() < 0.5:
        p.bp(*c.share(["مشاركة", "Facebook", "Twitter", "LinkedIn", "Email", "طباعة"]))
        p.blank()
        p.feat("share_row")
    if rng.random() < 0.45:
        p.bp(rng.choice(CAPTIONS) + rng.choice(["", " - أرشيف", " (الشعب)"]))
        p.feat("hero_caption")
    makers = []
    if len(a["paras"]) > 4 and rng.random() < 0.5:
        makers.append(("related_in_body", ["مقالات ذات صلة", *c.titles(rng.randint(2, 3))]))
    c.body(c.inserts(makers))
    if rng.random() < 0.45:
        tags = title_tags(a["title"], rng, rng.randint(2, 4))
        if tags:
            p.bp("الكلمات المفتاحية", *tags)
            p.blank()
            p.feat("tags")
    boxes = []
    if rng.random() < 0.7:
        boxes.append(
            (
                "related_box",
                c.headlines(
                    rng.choice(["المزيد من الأخبار", f"المزيد في {sec}"]),
                    rng.randint(3, 5),
                    teasers=rng.random() < 0.5,
                    blanks=rng.random() < 0.5,
                ),
            )
        )
    if rng.random() < 0.55:
        boxes.append(("most_read", c.headlines(rng.choice(["الأكثر قراءة", "الأكثر تعليقا"]), rng.randint(4, 6))))
    rng.shuffle(boxes)
    for name, lines in boxes:
        p.bp(*lines)
        p.blank()
        p.feat(name)
    p.bp(*c.nav(["من نحن", "اتصل بنا", "الإشهار", "الاشتراكات", "الأرشيف"], None, (3, 5)))
    p.bp(rng.choice([f"© {c.year} الشعب - جميع الحقوق محفوظة", f"جميع الحقوق محفوظة ليومية الشعب {c.year} ©"]))
    p.feat("footer", "copyright")
    return p


# ------------------------------------------------------------------ Sama News (Palestine)
SAMA_NAV = [
    "الرئيسية",
    "أخبار فلسطين",
    "أخبار إسرائيلية",
    "عربي ودولي",
    "اقتصاد",
    "رياضة",
    "مقالات",
    "تقارير",
    "منوعات",
    "صحة",
    "فن وثقافة",
    "تكنولوجيا",
    "صور",
    "فيديو",
    "كاريكاتير",
]


def style_samanews(c: Ctx) -> Page:
    p, rng, a = c.p, c.rng, c.art
    if rng.random() < 0.7:
        c.title_tag(["{t} | وكالة سما الإخبارية", "{t} - سما الإخبارية", "وكالة سما الإخبارية | {t}", "{t}"])
    if rng.random() < 0.55:
        cd = c.crawl
        p.bp(f"{WEEKDAYS[cd.weekday()]} {cd.day:02d} {MONTHS_EG[cd.month - 1]} {cd.year}")
        p.feat("crawl_date_in_header")
    p.bp(rng.choice(["وكالة سما الإخبارية", "سما الإخبارية"]), "SAMA NEWS AGENCY")
    p.bp(*c.nav(SAMA_NAV, "الرئيسية", (7, 12)))
    p.feat("menu")
    if rng.random() < 0.5:
        p.bp("آخر الأخبار", rng.choice(["  ...  ", "  |  "]).join(c.titles(rng.randint(3, 5))))
        p.feat("news_ticker_line")
    p.blank()
    p.bp(rng.choice(SAMA_NAV[1:9]))
    p.h1(a["title"])
    dm = c.choose_date_mode()
    hh, mm = c.hm()
    if dm == "full":
        d = c.adate
        h, ap = h12(hh)
        if rng.random() < 0.6:
            p.bp(
                c.state_date(
                    f"{WEEKDAYS[d.weekday()]} {d.day:02d} {MONTHS_EG[d.month - 1]} {d.year} {h:02d}:{mm:02d} {ap}"
                )
            )
        else:
            p.bp(c.state_date(f"{d.day:02d} {MONTHS_LEV[d.month - 1]} {d.year}"))
    elif dm == "relative":
        p.bp(rel_time(rng))
    if rng.random() < 0.5:
        p.bp(f"عدد القراءات: {rng.randint(40, 9000)}")
        p.feat("view_counter")
    if rng.random() < 0.45:
        p.bp("حجم الخط", "A+", "A-", "طباعة")
        p.feat("font_size_tools")
    p.blank()
    if rng.random() < 0.5:
        p.bp(*c.share(["مشاركة", "فيسبوك", "تويتر", "واتساب", "تيلجرام", "ماسنجر"]))
        p.blank()
        p.feat("share_row")
    if rng.random() < 0.4:
        p.bp(c.caption())
        p.feat("hero_caption")
    if rng.random() < 0.7:
        p.bp(
            rng.choice(
                [
                    "رام الله / سما /",
                    "غزة / سما /",
                    "القدس المحتلة / سما /",
                    "نابلس / سما /",
                    "وكالات / سما /",
                    "سما / وكالات /",
                ]
            )
        )
        p.feat("byline_line")
    makers = []
    if len(a["paras"]) > 4 and rng.random() < 0.5:
        makers.append(("related_in_body", ["اقرأ أيضاً", c.titles(1)[0]]))
    c.body(c.inserts(makers))
    if rng.random() < 0.5:
        p.bp("0 تعليقات", "ترتيب حسب", "الأقدم", "أضف تعليقًا...", "المكوّن الإضافي لتعليقات فيسبوك")
        p.blank()
        p.feat("facebook_comments_residue")
    boxes = []
    if rng.random() < 0.7:
        boxes.append(
            (
                "related_box",
                c.headlines(
                    rng.choice(["أخبار ذات صلة", "اقرأ أيضاً"]),
                    rng.randint(3, 5),
                    meta=("after", lambda: rel_time(rng)) if rng.random() < 0.4 else None,
                ),
            )
        )
    if rng.random() < 0.6:
        boxes.append(("most_read", c.headlines(rng.choice(["الأكثر قراءة", "الأكثر مشاهدة"]), rng.randint(4, 6))))
    rng.shuffle(boxes)
    for name, lines in boxes:
        p.bp(*lines)
        p.blank()
        p.feat(name)
    p.bp(*c.nav(["من نحن", "اتصل بنا", "أعلن لدينا", "سياسة الخصوصية"], None, (2, 4)))
    p.bp(
        rng.choice(
            [
                f"جميع الحقوق محفوظة لوكالة سما الإخبارية © {c.year}",
                f"© {c.year} وكالة سما الإخبارية. جميع الحقوق محفوظة",
            ]
        )
    )
    p.feat("footer", "copyright")
    return p


# ------------------------------------------------------------------ Khaberni (Jordan)
KHABERNI_NAV = [
    "الرئيسية",
    "محليات",
    "عربي ودولي",
    "اقتصاد",
    "رياضة",
    "فن ومشاهير",
    "منوعات",
    "صحة",
    "تكنولوجيا",
    "مقالات",
    "وفيات",
    "فيديو",
    "خبرني TV",
    "طقس",
]


def style_khaberni(c: Ctx) -> Page:
    p, rng, a = c.p, c.rng, c.art
    if rng.random() < 0.65:
        c.title_tag(["{t} | خبرني", "{t} - خبرني", "خبرني - {t}", "{t}"])
    p.bp(rng.choice(["خبرني", "Khaberni"]))
    if rng.random() < 0.55:
        cd = c.crawl
        p.bp(f"{WEEKDAYS[cd.weekday()]}، {cd.day} {MONTHS_LEV[cd.month - 1]} {cd.year}")
        p.feat("crawl_date_in_header")
    if rng.random() < 0.5:
        p.bp(f"عمّان {rng.randint(8, 38)}°")
        p.feat("weather_widget")
    p.bp(*c.nav(KHABERNI_NAV, "الرئيسية", (7, 12)))
    p.feat("menu")
    p.blank()
    p.bp(rng.choice(KHABERNI_NAV[1:10]))
    p.h1(a["title"])
    dm = c.choose_date_mode()
    hh, mm = c.hm()
    if dm == "full":
        d = c.adate
        h, ap = h12(hh)
        if rng.random() < 0.5:
            p.bp(c.state_date(f"{d.year}-{d.month:02d}-{d.day:02d} {h:02d}:{mm:02d} {ap}"))
        else:
            p.bp(
                c.state_date(f"{WEEKDAYS[d.weekday()]}، {d.day} {MONTHS_LEV[d.month - 1]} {d.year} - {hh:02d}:{mm:02d}")
            )
    elif dm == "relative":
        p.bp(rel_time(rng))
    p.blank()
    if rng.random() < 0.5:
        p.bp(*c.share(["شارك", "واتساب", "فيسبوك", "X", "تلغرام", "نسخ الرابط"]))
        p.blank()
        p.feat("share_row")
    if rng.random() < 0.4:
        p.bp(c.caption())
        p.feat("hero_caption")
    if rng.random() < 0.6:
        p.bp(rng.choice(["خبرني - عمّان", "خبرني - رصد", "خبرني - ترجمة", "خبرني - وكالات"]))
        p.feat("byline_line")
    makers = []
    if len(a["paras"]) > 4 and rng.random() < 0.5:
        makers.append(("related_in_body", ["أخبار ذات صلة", *c.titles(rng.randint(1, 2))]))
    if len(a["paras"]) > 5 and rng.random() < 0.4:
        makers.append(("appeal_in_body", ["تابعوا خبرني على قناة واتساب"]))
    c.body(c.inserts(makers))
    if rng.random() < 0.5:
        p.bp(rng.choice(["تابعوا آخر الأخبار عبر قناة خبرني على واتساب", "تابعوا خبرني على تلغرام"]))
        p.blank()
        p.feat("whatsapp_appeal")
    boxes = []
    if rng.random() < 0.65:
        boxes.append(("related_box", c.headlines("أخبار ذات صلة", rng.randint(3, 5), teasers=rng.random() < 0.3)))
    if rng.random() < 0.5:
        cd = c.crawl
        boxes.append(
            ("obituaries_box", ["وفيات", f"وفيات الأردن اليوم {WEEKDAYS[cd.weekday()]} {cd.day}-{cd.month}-{cd.year}"])
        )
    if rng.random() < 0.6:
        boxes.append(("most_read", c.headlines("الأكثر قراءة", rng.randint(4, 6), numbered=rng.random() < 0.4)))
    rng.shuffle(boxes)
    for name, lines in boxes:
        p.bp(*lines)
        p.blank()
        p.feat(name)
    if rng.random() < 0.55:
        n = rng.randint(1, 3)
        p.bp(f"التعليقات ({n})" if rng.random() < 0.5 else "التعليقات")
        p.blank()
        p.bp(*c.comments(n, lambda: rel_time(rng)))
        p.blank()
        p.bp(
            "أضف تعليقك",
            "الاسم",
            "التعليق",
            "إرسال",
            "التعليقات المنشورة تعبّر عن آراء أصحابها ولا تعبّر بالضرورة عن رأي خبرني",
        )
        p.blank()
        p.feat("comments")
    p.bp(*c.nav(["من نحن", "اتصل بنا", "سياسة الخصوصية", "أعلن معنا"], None, (2, 4)))
    if rng.random() < 0.5:
        p.bp("تابعونا على", "Facebook", "X", "Instagram", "YouTube", "TikTok")
    p.bp(rng.choice([f"جميع الحقوق محفوظة لموقع خبرني © {c.year}", f"© {c.year} خبرني. جميع الحقوق محفوظة"]))
    p.feat("footer", "copyright")
    return p


STYLES = {
    "lbci": style_lbci,
    "almodon": style_almodon,
    "alseyassah": style_alseyassah,
    "24ae": style_24ae,
    "almassae": style_almassae,
    "echaab": style_echaab,
    "samanews": style_samanews,
    "khaberni": style_khaberni,
}
SITE_NAMES = {
    "lbci": "LBCI (lbcgroup.tv, Lebanon)",
    "almodon": "Al-Modon (almodon.com, Lebanon)",
    "alseyassah": "Al-Seyassah (alseyassah.com, Kuwait)",
    "24ae": "24.ae (UAE)",
    "almassae": "Al-Massae (almassae.press.ma, Morocco)",
    "echaab": "Echaab (ech-chaab.com, Algeria)",
    "samanews": "Sama News (samanews.ps, Palestine)",
    "khaberni": "Khaberni (khaberni.com, Jordan)",
}
# which source outlets each style draws its random articles from
STYLE_POOLS = {
    "lbci": ["bbcarabic", "france24ar", "skynewsarabia", "cnnarabic", "alarabiya", "aawsat", "alyaum"],
    "almodon": ["bbcarabic", "france24ar", "alarabiya", "aawsat", "cnnarabic", "alwatan"],
    "alseyassah": ["alriyadh", "okaz", "alyaum", "alwatan", "aljazirah", "aawsat", "skynewsarabia", "alarabiya"],
    "24ae": ["skynewsarabia", "alarabiya", "cnnarabic", "aleqtisadiya", "alriyadh", "okaz"],
    "almassae": ["jawharafm", "france24ar", "bbcarabic", "alwatan"],
    "echaab": ["jawharafm", "france24ar", "alarabiya", "aljazirah"],
    "samanews": ["bbcarabic", "france24ar", "cnnarabic", "alwatan", "almadina", "3alyoum"],
    "khaberni": ["bbcarabic", "skynewsarabia", "alarabiya", "alweeam", "okaz", "aleqtisadiya"],
}
# hand-picked articles for the hard cases (two per style)
SPECIALS = {
    "lbci": [
        "alyaum-ee8a83cd9b",  # interview: "ـ اقرأ نيات ..." mid-text, Q/A lines, subheadings
        "AL-culture-202-20180328",
    ],  # paragraph opening with #hashtag
    "almodon": [
        "FR-internationalNews-1037-20180502",  # 5 subheadings, quotation
        "BB-internationalNews-1016-20180831",
    ],  # "- " list items after a colon line, subheading
    "alseyassah": [
        "okaz-592c62d89f",  # 5 subheadings, quotation, "شارك" mid-sentence
        "AL-economy-535-20180508",
    ],  # "- " list, #hashtags inside sentences
    "24ae": [
        "AL-technology-24-20180204",  # long "• " step list (30 blocks)
        "CN-technology-90-20180419",
    ],  # 9 subheadings, CNN dateline in first paragraph
    "almassae": [
        "alwatan-5117d07631",  # paragraph opening with a quotation, "التعليق" word
        "BB-economy-260-20180918",
    ],  # "يشارك" mid-sentence, quotation
    "echaab": [
        "JA-localNews-1724-20170224",  # paragraphs opening with numbers ("193 الحرس الوطني.")
        "AL-technology-185-20180429",
    ],  # "1- " numbered list items, Latin subheading
    "samanews": [
        "BB-technology-254-20180606",  # "فيسبوك" / "مشاركة" in the text (share-word look-alikes)
        "FR-internationalNews-1355-20180521",
    ],  # quoted subheadings ("السلطان أردوغان")
    "khaberni": [
        "BB-economy-157-20180605",  # quotations, quoted subheading
        "SK-internationalNews-2823-20180724",
    ],  # subheadings, "تابعة" word
}
AVOID = {
    "aljazirah-e93e5baac0",  # body ends with a glued "other articles" residue line
    "alwatan-36e51343dc",
}  # a paragraph made of a single "."
ORDER = ["lbci", "almodon", "alseyassah", "24ae", "almassae", "echaab", "samanews", "khaberni"]


# ================================================================== non-article pages
def page_404(c: Ctx) -> Page:
    """Khaberni-style 'page not found'."""
    p = c.p
    p.bp("الصفحة غير موجودة | خبرني", "", "خبرني")
    p.bp(*c.nav(KHABERNI_NAV, "الرئيسية", (8, 12)))
    p.blank()
    p.bp(
        "404",
        "الصفحة غير موجودة",
        "عذراً، الصفحة التي تحاول الوصول إليها غير موجودة أو ربما تم نقلها أو حذفها.",
        "العودة إلى الصفحة الرئيسية",
    )
    p.blank()
    p.bp(*c.headlines("ربما يهمك أيضاً", 5, teasers=True, blanks=True))
    p.blank()
    p.bp(*c.nav(["من نحن", "اتصل بنا", "سياسة الخصوصية", "أعلن معنا"], None, (3, 4), how="pipes"))
    p.bp(f"جميع الحقوق محفوظة لموقع خبرني © {c.year}")
    p.feat("404 page (no article)", "menu", "headline list with teasers", "footer")
    return p


def page_index(c: Ctx) -> Page:
    """Sama News section index: headlines with dates and teasers."""
    p, rng = c.p, c.rng
    p.bp("أخبار فلسطين | وكالة سما الإخبارية", "")
    cd = c.crawl
    p.bp(f"{WEEKDAYS[cd.weekday()]} {cd.day:02d} {MONTHS_EG[cd.month - 1]} {cd.year}")
    p.bp("وكالة سما الإخبارية", "SAMA NEWS AGENCY")
    p.bp(*c.nav(SAMA_NAV, "الرئيسية", (8, 12)))
    p.blank()
    p.bp("الرئيسية » أخبار فلسطين", "أخبار فلسطين")
    p.blank()
    for o in c.others(10):
        p.bp(o["title"])
        od = parse_date(o.get("date"))
        if od:
            h, ap = h12(od.hour if len(o["date"]) > 10 else rng.randint(7, 22))
            p.bp(f"{od.day:02d} {MONTHS_EG[od.month - 1]} {od.year} {h:02d}:{rng.randint(0, 59):02d} {ap}")
        p.bp(c.teaser(o, 100, 160), "اقرأ المزيد")
        p.blank()
    p.bp("« السابق 1 2 3 4 5 ... 2187 التالي »")
    p.blank()
    p.bp(*c.nav(["من نحن", "اتصل بنا", "أعلن لدينا", "سياسة الخصوصية"], None, (3, 4)))
    p.bp(f"جميع الحقوق محفوظة لوكالة سما الإخبارية © {c.year}")
    p.feat("section index page (no article)", "menu", "10 headlines with dates and teasers", "pagination", "footer")
    return p


# ================================================================== layout damage
DANGER = re.compile(r"^(?:[-–—•*·▪●+٭#>=_|]|\d{1,9}[.)\-–]?$|\d{1,9}[.)\-–])")


def wrap_line(line: str, width: int) -> list[str]:
    lead = line[: len(line) - len(line.lstrip(" "))]
    words = line[len(lead) :].split(" ")
    units: list[str] = []
    for w in words:
        # never start a continuation line with something that reads as a
        # list marker, heading, quote or number: glue it to the word before
        if units and (not w or DANGER.match(w)):
            units[-1] += " " + w
        else:
            units.append(w)
    out, cur = [], ""
    for u in units:
        if not cur:
            cur = u
        elif len(cur) + 1 + len(u) <= width - len(lead):
            cur += " " + u
        else:
            out.append(cur)
            cur = u
    out.append(cur)
    return [lead + x for x in out]


def insert_marks(lines: list[str], rng: random.Random, marks: list[str], p_line: float) -> list[str]:
    out = []
    for line in lines:
        if line.strip() and rng.random() < p_line:
            chars = list(line)
            for _ in range(rng.randint(1, 3)):
                chars.insert(rng.randint(0, len(chars)), rng.choice(marks))
            line = "".join(chars)
        out.append(line)
    return out


def render(page: Page, spec: dict, rng: random.Random) -> tuple[bytes, list[str]]:
    feats = []
    lines = list(page.lines)
    while lines and not lines[-1].strip():
        lines.pop()
    mode = spec.get("mode", "blank")
    if mode == "wrap":
        width = spec["width"]
        indent = spec.get("indent", "")
        new = []
        for i, line in enumerate(lines):
            if i in page.nowrap or len(line) <= width:
                new.append((indent + line) if line.strip() else line)
            else:
                new.extend(indent + x for x in wrap_line(line, width))
        lines = new
        feats.append(f"hard-wrapped lines at {width} columns" + (", indented 3 spaces" if indent else ""))
        feats.append("blank line between paragraphs")
    elif mode == "line":
        feats.append("paragraphs on consecutive lines (no blank line between)")
    else:
        feats.append("blank line between paragraphs")
    if spec.get("marks"):
        marks = ["\u200f", "\u200e"] if spec.get("encoding") == "cp1256" else ["\u200f", "\u200e", "\u200b"]
        lines = insert_marks(lines, rng, marks, 0.35)
        if rng.random() < 0.5:
            # on its own between two blank lines, in the first third of the page
            cands = [i for i in range(2, max(3, len(lines) // 3)) if not lines[i - 1].strip()] or [len(lines)]
            pos = rng.choice(cands)
            lines[pos:pos] = ["\u200f\u200e" if spec.get("encoding") == "cp1256" else "\u200f\u200b", ""]
            feats.append("a line made only of invisible marks")
        feats.append("RLM/LRM" + ("" if spec.get("encoding") == "cp1256" else "/ZWSP") + " marks inside lines")
    text = "\n".join(lines)
    if spec.get("final_newline", True) and text:
        text += "\n"
    if spec.get("crlf"):
        text = text.replace("\n", "\r\n")
        feats.append("CRLF line endings")
    enc = spec.get("encoding", "utf-8")
    data = text.encode("cp1256" if enc == "cp1256" else "utf-8")
    if spec.get("bom"):
        data = b"\xef\xbb\xbf" + data
        feats.append("UTF-8 BOM")
    if enc == "cp1256":
        feats.append("Windows-1256 encoding")
    if not spec.get("final_newline", True):
        feats.append("no final newline")
    return data, feats


# ================================================================== plan
def article_flags(a: dict) -> list[str]:
    out = []
    k = a["kinds"]
    if k.count("heading"):
        out.append(f"subheadings: {k.count('heading')}")
    if k.count("list_item"):
        out.append(f"list items: {k.count('list_item')}")
    if any(x[:1] in '«"“' for x in a["paras"]):
        out.append("quotation paragraph")
    if any(re.match(r"^(?:[#>*•\-]|\d)", x) for x in a["paras"]):
        out.append("paragraph opening with a Markdown-like character (#, -, •, digit)")
    if re.search(r"\S\s+\S*(?:اقرأ|شارك|تعليق|فيسبوك|واتساب)", a["body"]):
        out.append("body mentions read/share/comment words mid-sentence")
    return out


def make_plan(arts: dict, dev_ids: set[str], rng: random.Random) -> list[dict]:
    free = sorted(k for k in arts if k not in dev_ids and k not in AVOID)
    specials = [x for s in ORDER for x in SPECIALS[s]]
    for x in specials:
        assert x in arts and x not in dev_ids, x
    used = set(specials)

    def ok(k: str) -> bool:
        a = arts[k]
        return 3 <= len(a["paras"]) <= 35 and len(a["body"]) >= 500

    def cp1256_ok(k: str) -> bool:
        try:
            (arts[k]["title"] + arts[k]["body"]).encode("cp1256")
            return True
        except UnicodeEncodeError:
            return False

    # file-level features, spread over the styles
    crlf_styles = {"lbci", "almodon", "alseyassah", "almassae", "samanews", "khaberni"}
    bom_styles = {"alseyassah", "24ae", "samanews"}
    cp_styles = {"almassae", "echaab", "khaberni"}
    mark_styles = {"lbci", "almodon", "alseyassah", "24ae", "echaab", "samanews", "khaberni"}
    plan = []
    for style in ORDER:
        modes = ["blank", "blank", "line", "line", "wrap", rng.choice(["blank", "wrap", "line"])]
        rng.shuffle(modes)
        slots = [dict(style=style, mode=m) for m in modes]
        order = list(range(6))
        rng.shuffle(order)
        slots[order[0]]["article"] = SPECIALS[style][0]
        slots[order[1]]["article"] = SPECIALS[style][1]
        rest = order[2:]
        if style in cp_styles:
            slots[rest[0]]["encoding"] = "cp1256"
        if style in crlf_styles:
            slots[rng.choice(order)]["crlf"] = True
        if style in bom_styles:
            slots[rng.choice([i for i in order if slots[i].get("encoding") != "cp1256"])]["bom"] = True
        if style in mark_styles:
            slots[rng.choice(order)]["marks"] = True
        if style == "almassae":  # cp1256 file with RLM/LRM marks too
            slots[rest[0]]["marks"] = True
        for s in slots:
            if s["mode"] == "wrap":
                s["width"] = rng.choice([64, 70, 72, 76, 80])
                if rng.random() < 0.35:
                    s["indent"] = "   "
            s["final_newline"] = rng.random() < 0.8
            if "article" not in s:
                pool = [k for k in free if k not in used and arts[k]["outlet"] in STYLE_POOLS[style] and ok(k)]
                if s.get("encoding") == "cp1256":
                    pool = [k for k in pool if cp1256_ok(k)]
                s["article"] = rng.choice(pool)
                used.add(s["article"])
            elif s.get("encoding") == "cp1256":
                assert cp1256_ok(s["article"])
        plan.extend(slots)
    plan.append(dict(style="404", mode="blank", crlf=False, final_newline=True))
    plan.append(dict(style="index", mode="blank", final_newline=True, marks=True))
    plan.append(dict(style="empty"))
    return plan


# ================================================================== build + checks
def build(corpus: str, out_dir: str) -> list[dict]:
    arts = load_articles(os.path.join(corpus, "articles"))
    dev_ids = dev_article_ids(corpus)
    rng = random.Random(SEED)
    plan = make_plan(arts, dev_ids, rng)
    dumps_dir = os.path.join(out_dir, "dumps")
    gold_dir = os.path.join(out_dir, "gold")
    for d in (dumps_dir, gold_dir):
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    manifest = []
    for n, spec in enumerate(plan, start=1):
        style = spec["style"]
        r = random.Random(f"{SEED}-{n}-{style}")
        if style in STYLES:
            art = arts[spec["article"]]
            c = Ctx(arts, art, r, spec)
            page = STYLES[style](c)
            stem = f"{n:03d}_{style}_{art['outlet']}"
        elif style in ("404", "index"):
            art = None
            c = Ctx(arts, None, r, spec)
            page = page_404(c) if style == "404" else page_index(c)
            stem = f"{n:03d}_{style}_{style}"
        else:
            art, page = None, Page(None)
            page.feat("whitespace-only file (no article)")
            stem = f"{n:03d}_empty_empty"
        if style == "empty":
            data, feats = b"  \n\n\t \n \n", ["spaces, a tab and newlines only"]
        else:
            data, feats = render(page, spec, r)
        with open(os.path.join(dumps_dir, stem + ".txt"), "wb") as fh:
            fh.write(data)
        gold = page.gold()
        with open(os.path.join(gold_dir, stem + ".json"), "w", encoding="utf-8", newline="\n") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        enc = spec.get("encoding", "utf-8")
        if spec.get("bom"):
            enc = "utf-8-sig"
        manifest.append(
            {
                "dump": stem + ".txt",
                "style": style,
                "site": SITE_NAMES.get(
                    style,
                    {"404": "Khaberni-style 404 page", "index": "Sama News-style section index", "empty": "none"}.get(
                        style
                    ),
                ),
                "article_id": art["id"] if art else None,
                "article_outlet": art["outlet"] if art else None,
                "encoding": enc,
                "line_endings": "crlf" if spec.get("crlf") else "lf",
                "features": page.features + feats + (article_flags(art) if art else []),
                "gold_blocks": len(page.blocks),
                "gold_headings": sum(1 for b in page.blocks if b["kind"] == "heading"),
                "gold_date": page.date,
            }
        )
    with open(os.path.join(out_dir, "manifest.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(
            {"seed": SEED, "corpus_articles_excluded": sorted(dev_ids), "dumps": manifest},
            fh,
            ensure_ascii=False,
            indent=1,
        )
        fh.write("\n")
    shutil.copyfile(os.path.join(corpus, "score.py"), os.path.join(out_dir, "score.py"))
    return manifest


CONTROL_RE = re.compile("[\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff\u061c]")


def verify(out_dir: str, manifest: list[dict], dev_ids: set[str]) -> list[str]:
    """Every gold block must be recoverable from its dump, in order; the
    title must be a line of its own; no development article is used."""
    problems = []
    seen_articles = set()
    for m in manifest:
        stem = m["dump"][:-4]
        with open(os.path.join(out_dir, "dumps", m["dump"]), "rb") as fh:
            raw = fh.read()
        enc = {"utf-8-sig": "utf-8-sig", "cp1256": "cp1256"}.get(m["encoding"], "utf-8")
        text = raw.decode(enc).replace("\r\n", "\n")
        if m["encoding"] == "utf-8" and raw.startswith(b"\xef\xbb\xbf"):
            problems.append(f"{stem}: unexpected BOM")
        with open(os.path.join(out_dir, "gold", stem + ".json"), encoding="utf-8") as fh:
            gold = json.load(fh)
        if m["article_id"]:
            if m["article_id"] in dev_ids:
                problems.append(f"{stem}: uses a development article")
            if m["article_id"] in seen_articles:
                problems.append(f"{stem}: article used twice")
            seen_articles.add(m["article_id"])
        lines = [norm(CONTROL_RE.sub("", l)) for l in text.split("\n")]
        # join runs of non-blank lines (undoes hard wrapping) as a second view
        groups, cur = [], []
        for l in lines:
            if l:
                cur.append(l)
            elif cur:
                groups.append(" ".join(cur))
                cur = []
        if cur:
            groups.append(" ".join(cur))
        wrapped = any("hard-wrapped" in f for f in m["features"])
        units = groups if wrapped else lines
        if gold["title"] is not None and norm(gold["title"]) not in lines:
            problems.append(f"{stem}: title not on a line of its own")
        pos = 0
        for b in gold["blocks"]:
            t = norm(b["text"])
            try:
                pos = units.index(t, pos) + 1
            except ValueError:
                problems.append(f"{stem}: block not found in order: {t[:40]}")
                break
        if not gold["blocks"] and (gold["title"] or gold["date"]):
            problems.append(f"{stem}: empty page with title/date")
        if gold["date"] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", gold["date"]):
            problems.append(f"{stem}: bad date {gold['date']}")
    return problems


def self_check(out_dir: str) -> dict:
    """Render each gold file as cleaned Markdown (score.py's own renderer),
    read it back with score.py's Markdown reader and score it."""
    sys.dont_write_bytecode = True
    sys.path.insert(0, out_dir)
    try:
        import importlib

        score = importlib.import_module("score")
    finally:
        sys.path.pop(0)
    per = {}
    gold_dir = os.path.join(out_dir, "gold")
    for name in sorted(os.listdir(gold_dir)):
        with open(os.path.join(gold_dir, name), encoding="utf-8") as fh:
            g = json.load(fh)
        md = score.render_markdown(g)
        per[name[:-5]] = score.score_pair(score.parse_gold(g), score.parse_markdown(md))
    return score.summarize(per)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Build held-out dumps and gold files (set 20).")
    ap.add_argument("out_dir")
    ap.add_argument("--corpus", default=DEFAULT_CORPUS)
    args = ap.parse_args(argv)
    os.makedirs(args.out_dir, exist_ok=True)
    manifest = build(args.corpus, args.out_dir)
    problems = verify(args.out_dir, manifest, dev_article_ids(args.corpus))
    for pr in problems:
        print("PROBLEM:", pr)
    tot = self_check(args.out_dir)
    print(f"wrote {len(manifest)} dumps to {args.out_dir}")
    print(
        "self-check (gold rendered as Markdown vs gold): micro F1=%.3f macro F1=%.3f lines F1=%.3f "
        "title acc=%.3f heading F1=%.3f date acc=%.3f"
        % (
            tot["micro_f1"],
            tot["macro_f1"],
            tot["line_f1"],
            tot["title_accuracy"],
            tot["heading_f1"],
            tot["date_accuracy"],
        )
    )
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
