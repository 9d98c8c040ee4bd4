#!/usr/bin/env python3
"""Twenty-first site family for the Warraq dump cleaner (set u; built as held-out set 21, seed 21212).

    python3 tests/heldout/make_sites_u.py OUT_DIR [--corpus DIR]

The shared corpus is --corpus, else $WARRAQ_CORPUS, else ../shared/corpus beside the repository.
Sites: Al Arabiya, Sky News Arabia, France 24 Arabic, CNN Arabic, Barlamane, El Watan News, Al-Forat News, Assarih.
Held out in session 13 (first measured at 15750be, then looked at and fixed on). The original header follows.

Held-out test set no. 21 for the Warraq article cleaner.

    python3 make.py OUT_DIR [--corpus DIR]

Writes OUT_DIR/dumps/*.txt, OUT_DIR/gold/*.json, OUT_DIR/manifest.json, a copy
of the corpus score.py, and OUT_DIR/selfcheck/*.md (every gold file written as
the cleaned Markdown score.py reads), then scores selfcheck/ against gold/ and
checks every dump against its gold.

Each dump wraps one real article of the corpus (never one a development dump
uses) in the page furniture of one of eight news sites, as a plain-text scrape
of the page would give it: Al Arabiya, Sky News Arabia, France 24 Arabic,
CNN Arabic, Barlamane (Morocco), El Watan News (Egypt), Al-Forat News (Iraq)
and Assarih (Tunisia).  Six dumps per site, then a 404 page, a section index
page and a whitespace-only file, which hold no article.

Article text is never changed.  What a dump may do to it: put it on one line
per block or hard-wrap it at a fixed width at existing spaces (a Markdown
reader joins the wrapped lines again), indent a quotation, insert invisible
direction / zero-width marks (score.py removes them before comparing), use
CRLF line ends, a UTF-8 BOM or Windows-1256.

Deterministic: a fixed seed, string-seeded sub-generators, sorted inputs, no
clock.  Standard library only (Python 3.11).
"""

from __future__ import annotations

import argparse
import datetime as dt
import glob
import importlib.util
import json
import math
import os
import random
import re
import shutil
import sys
import unicodedata

SEED = 21212
DEFAULT_CORPUS = os.environ.get("WARRAQ_CORPUS") or os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "corpus"
)
SITES = ["alarabiya", "skynews", "france24", "cnn", "barlamane", "elwatan", "alforat", "assarih"]
PER_SITE = 6

# ------------------------------------------------------------------ calendars
WEEKDAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
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
MONTHS_TN = ["جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
HIJRI = [
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
ISLAMIC_EPOCH = 1948439.5


def islamic_to_jd(y: int, m: int, d: int) -> float:
    return d + math.ceil(29.5 * (m - 1)) + (y - 1) * 354 + math.floor((3 + 11 * y) / 30) + ISLAMIC_EPOCH - 1


def to_hijri(d: dt.date) -> tuple[int, int, int]:
    """Arithmetic Islamic calendar (may differ by a day from the official one;
    it is page furniture only)."""
    jd = d.toordinal() + 1721424.5
    year = math.floor((30 * (jd - ISLAMIC_EPOCH) + 10646) / 10631)
    month = min(12, math.ceil((jd - (29 + islamic_to_jd(year, 1, 1))) / 29.5) + 1)
    day = int(jd - islamic_to_jd(year, month, 1) + 1)
    return year, month, day


def hijri_str(d: dt.date) -> str:
    y, m, dd = to_hijri(d)
    return f"{dd} {HIJRI[m - 1]} {y} هـ"


def ampm(d: dt.datetime) -> tuple[str, str]:
    h = d.hour % 12 or 12
    return f"{h:02d}:{d.minute:02d}", ("ص" if d.hour < 12 else "م")


def last_sunday(year: int, month: int) -> dt.date:
    d = dt.date(year, month + 1, 1) - dt.timedelta(days=1) if month < 12 else dt.date(year, 12, 31)
    while d.weekday() != 6:
        d -= dt.timedelta(days=1)
    return d


def paris_offset(d: dt.datetime) -> int:
    start, end = last_sunday(d.year, 3), last_sunday(d.year, 10)
    return 2 if start <= d.date() < end else 1


SITE_TZ = {
    "alarabiya": 4,
    "skynews": 4,
    "cnn": 4,
    "france24": paris_offset,
    "barlamane": 1,
    "elwatan": 2,
    "alforat": 3,
    "assarih": 1,
}


def article_time(a: dict, site: str, rng: random.Random) -> tuple[dt.datetime | None, bool]:
    """Publication time as the site would print it.  Returns (datetime, had_time)."""
    s = a.get("date")
    if not s:
        return None, False
    if len(s) == 10:
        d = dt.datetime.strptime(s, "%Y-%m-%d")
        return d.replace(hour=rng.randint(7, 22), minute=rng.randint(0, 59)), False
    d = dt.datetime.fromisoformat(s)
    if d.tzinfo is not None:
        off = SITE_TZ[site]
        if callable(off):
            off = off(d.replace(tzinfo=None))
        d = d.astimezone(dt.timezone(dt.timedelta(hours=off))).replace(tzinfo=None)
    return d, True


def crawl_day(rng: random.Random) -> dt.date:
    return dt.date(2024, 9, 1) + dt.timedelta(days=rng.randint(0, 364))


def relative_time(rng: random.Random) -> str:
    return rng.choice(
        [
            "منذ ساعة",
            "منذ ساعتين",
            f"منذ {rng.randint(3, 10)} ساعات",
            f"منذ {rng.randint(11, 23)} ساعة",
            "منذ يوم",
            "منذ يومين",
            f"منذ {rng.randint(3, 10)} أيام",
        ]
    )


# ------------------------------------------------------------------ furniture shared by all sites
CAPTIONS = [
    "صورة أرشيفية",
    "صورة تعبيرية",
    "من الأرشيف",
    "جانب من الحدث",
    "لقطة عامة من المكان",
    "صورة من موقع الحدث",
    "خلال مؤتمر صحفي سابق",
    "صورة متداولة على مواقع التواصل",
    "لقطة من مقطع مصور",
    "جانب من الاجتماع",
]
COMMENT_TEXTS = [
    "كلام في الصميم، شكرا على النشر",
    "والله الوضع صار لا يطاق",
    "ننتظر التطبيق على أرض الواقع",
    "الخبر ناقص، أين رد الجهات المعنية؟",
    "مقال رائع ومفيد، بارك الله فيكم",
    "نفس الكلام نسمعه كل سنة",
    "يا ريت تتابعون الموضوع وتنشرون التطورات",
    "الله يستر من القادم",
    "أتفق مع ما جاء في الخبر جملة وتفصيلا، والمسؤولية يتحملها الجميع بدون استثناء.",
    "للأسف الإعلام يضخم بعض الأمور ويتجاهل أخرى أهم منها بكثير، نريد تغطية متوازنة.",
    "سؤال بسيط: من سيحاسب المقصرين؟ لا أحد كالعادة، وسننسى الموضوع بعد أسبوع.",
]
STOPWORDS = set(
    """في من على إلى عن مع بعد قبل بين حول هذا هذه ذلك التي الذي الذين لم لن قد
كان كانت أن إن أو ثم حتى عند منذ خلال ضد دون بشأن لدى تحت فوق جديد جديدة""".split()
)


def norm(text: str | None) -> str:
    """Same normalisation as score.py (NFC, marks removed, spaces collapsed,
    one leading list marker removed)."""
    if text is None:
        return ""
    text = unicodedata.normalize("NFC", text)
    text = re.sub("[\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff\u061c]", "", text)
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"^(?:[-–•*·▪●+٭]|\d{1,3}[.)\-–])\s+", "", text, count=1)
    return text.strip()


def first_sentence(p: str) -> str | None:
    """A strict prefix of a paragraph ending at its first full stop, or None."""
    m = re.match(r"^(.{40,}?[.!؟])\s+\S", p)
    if not m or len(m.group(1)) > 260:
        return None
    return m.group(1)


def cut(p: str, limit: int) -> str:
    if len(p) <= limit:
        return p[: max(20, len(p) - 15)].rsplit(" ", 1)[0] + "..."
    return p[:limit].rsplit(" ", 1)[0] + "..."


TAG_TERMS = [
    "السعودية",
    "مصر",
    "قطر",
    "الإمارات",
    "الكويت",
    "البحرين",
    "اليمن",
    "العراق",
    "سوريا",
    "لبنان",
    "الأردن",
    "فلسطين",
    "غزة",
    "إسرائيل",
    "إيران",
    "تركيا",
    "روسيا",
    "الصين",
    "فرنسا",
    "ألمانيا",
    "بريطانيا",
    "إسبانيا",
    "إيطاليا",
    "الولايات المتحدة",
    "المغرب",
    "الجزائر",
    "تونس",
    "ليبيا",
    "السودان",
    "أفغانستان",
    "باكستان",
    "الهند",
    "كوريا الشمالية",
    "أوكرانيا",
    "الاتحاد الأوروبي",
    "الأمم المتحدة",
    "مجلس الأمن",
    "الناتو",
    "داعش",
    "حزب الله",
    "الحوثي",
    "ترامب",
    "ترمب",
    "بوتين",
    "ماكرون",
    "أردوغان",
    "ميسي",
    "رونالدو",
    "محمد صلاح",
    "زيدان",
    "مارادونا",
    "خاشقجي",
    "نتنياهو",
    "فيسبوك",
    "فيس بوك",
    "غوغل",
    "آبل",
    "تويتر",
    "كأس العالم",
    "المونديال",
    "دوري أبطال أوروبا",
    "ريال مدريد",
    "برشلونة",
    "ليفربول",
    "النفط",
    "أوبك",
    "البورصة",
    "الاتفاق النووي",
    "الانتخابات",
    "الإرهاب",
    "اللاجئين",
    "التحرش",
    "الذهب",
    "الدولار",
    "التعليم",
    "الصحة",
    "كرة القدم",
    "الترجي",
    "النجم الساحلي",
    "الرياض",
    "القاهرة",
    "بغداد",
    "دمشق",
    "بيروت",
    "تونس العاصمة",
    "الرباط",
]


def tag_terms(a: dict, n: int, banned: set[str], rng: random.Random) -> list[str]:
    """Tags as sites show them: names and topics found in the article, plus
    its section label now and then."""
    text = a["title"] + " " + a["body"]
    found = []
    for i, t in enumerate(TAG_TERMS):
        hits = len(re.findall(r"(?<![\u0621-\u064a])(?:[وبل]|ال)?" + re.escape(t) + r"(?![\u0621-\u064a])", text))
        if hits:
            found.append((-hits, i, t))
    tags = [t for _, _, t in sorted(found)][:n]
    extra = [x for x in (a.get("tags") or []) if isinstance(x, str) and len(x) < 20]
    if extra and rng.random() < 0.6:
        tags.append(extra[0])
    out = []
    for t in tags:
        if t not in out and norm(t) not in banned:
            out.append(t)
    return out


# ------------------------------------------------------------------ page model
class Page:
    def __init__(self, site: str, art: dict | None):
        self.site = site
        self.art = art
        self.items: list[tuple[str, str]] = []  # (role, text); role: bp | content | blank
        self.blocks: list[dict] = []
        self.title = art["title"] if art else None
        self.outlet = art["outlet"] if art else None
        self.date: str | None = None
        self.features: list[str] = []

    def bp(self, *lines: str):
        for line in lines:
            self.items.append(("blank", "") if line == "" else ("bp", line))

    def blank(self):
        if self.items and self.items[-1][0] != "blank":
            self.items.append(("blank", ""))

    def content(self, kind: str, text: str, shown: str):
        self.items.append(("content", shown))
        self.blocks.append({"kind": kind, "text": text})

    def feat(self, *names: str):
        for n in names:
            if n not in self.features:
                self.features.append(n)

    def gold(self) -> dict:
        return {"title": self.title, "date": self.date, "outlet": self.outlet, "blocks": self.blocks}


class Ctx:
    """Everything a site builder needs for one dump."""

    def __init__(self, arts: list[dict], art: dict | None, rng: random.Random, slot: dict):
        self.arts = arts
        self.art = art
        self.rng = rng
        self.slot = slot
        self.banned = set()
        if art:
            self.banned = {norm(p) for p in art["paras"]} | {norm(art["title"])}
        self.seen_titles = {art["title"]} if art else set()

    def others(self, n: int) -> list[dict]:
        """n other articles (for headlines), never the same twice in a page."""
        pool = [a for a in self.arts if a["title"] not in self.seen_titles and norm(a["title"]) not in self.banned]
        out = self.rng.sample(pool, n)
        self.seen_titles.update(a["title"] for a in out)
        return out

    def headlines(self, n: int) -> list[str]:
        return [a["title"] for a in self.others(n)]


def write_body(p: Page, ctx: Ctx, sep: str, inserts: dict[int, list[str]], quote_idx: set[int]):
    """Article blocks in order; inserts[i] = furniture lines written before block i."""
    a = ctx.art
    n = len(a["paras"])
    for i, (text, kind) in enumerate(zip(a["paras"], a["kinds"])):
        if i in inserts:
            if sep == "blank":
                p.blank()
            p.bp(*inserts[i])
            if sep == "blank":
                p.blank()
        shown = ("    " + text) if i in quote_idx else text
        p.content(kind, text, shown)
        if sep == "blank" and i < n - 1:
            p.blank()


def pick_inserts(ctx: Ctx, makers: list) -> dict[int, list[str]]:
    """Put each maker's box before a distinct body block (never the first)."""
    n = len(ctx.art["paras"])
    spots = list(range(1, n))
    ctx.rng.shuffle(spots)
    out = {}
    for mk in makers:
        if not spots:
            break
        i = spots.pop()
        out[i] = mk()
    return out


def quote_paragraphs(a: dict) -> set[int]:
    """At most one paragraph that is (mostly) a quotation, to be shown indented
    as a block quote."""
    opening, inner = [], []
    for i, (p, k) in enumerate(zip(a["paras"], a["kinds"])):
        if k != "paragraph" or i == 0:
            continue
        if re.match(r'^[«"“][^«»"“”]{40,}[»"”][.،]?$', p):
            opening.append(i)
        elif re.match(r'^[«"“]', p) and len(p) > 50:
            opening.append(i)
        else:
            m = re.search(r'[:،]\s*[«"“][^«»"“”]{80,}[»"”][.]?$', p)
            if m and m.end() - m.start() > 0.6 * len(p):
                inner.append(i)
    cand = opening or inner
    return {cand[0]} if cand else set()


def shuffled(rng: random.Random, items: list) -> list:
    items = list(items)
    rng.shuffle(items)
    return items


def menu(
    rng: random.Random, items: list[str], lo: int, hi: int, first: str | None = "الرئيسية", mode: str | None = None
) -> list[str]:
    """A menu as a scrape gives it: one item per line, one line of words, or ' | '."""
    head = [first] if first else []
    body = [x for x in items if x != first]
    k = min(len(body), rng.randint(lo, hi))
    chosen = head + [x for x in body if x in set(rng.sample(body, k))]
    mode = mode or rng.choice(["lines", "lines", "space", "pipe"])
    if mode == "lines":
        return chosen
    if mode == "space":
        return [" ".join(chosen)]
    return [" | ".join(chosen)]


def numbered(rng: random.Random, titles: list[str]) -> list[str]:
    style = rng.choice(["sep", "dot", "plain"])
    out = []
    for i, t in enumerate(titles, 1):
        if style == "sep":
            out += [str(i), t]
        elif style == "dot":
            out.append(f"{i}. {t}")
        else:
            out.append(t)
    return out


def comments_block(rng: random.Random, names: list[str], stamp) -> list[str]:
    out = []
    for name in rng.sample(names, rng.randint(1, 3)):
        out += [name, stamp(), rng.choice(COMMENT_TEXTS), rng.choice(["رد", "إعجاب", "الرد"]), ""]
    return out[:-1]


def title_lines(p: Page, ctx: Ctx, suffix_forms: list[str], prefix_forms: list[str] = ()) -> str:
    """The <title> line (with the site name) and/or the h1.  Returns the mode."""
    rng, t = ctx.rng, ctx.art["title"]
    mode = ctx.slot.get("title_mode") or rng.choice(["tag+h1", "tag+h1", "h1", "h1", "tag_only", "h1_twice"])
    if mode in ("tag+h1", "tag_only"):
        if prefix_forms and rng.random() < 0.5:
            p.bp(rng.choice(prefix_forms) + t)
        else:
            p.bp(t + rng.choice(suffix_forms))
        p.feat("title with site name")
    p.feat(
        {
            "tag+h1": "title repeated (title line with site name, then h1)",
            "h1": "title once (h1 only)",
            "tag_only": "title only in the title line, with the site name",
            "h1_twice": "title repeated (h1 twice)",
        }[mode]
    )
    return mode


# ------------------------------------------------------------------ site: Al Arabiya
AA_NAV = [
    "الرئيسية",
    "الأخبار",
    "السعودية",
    "العالم العربي",
    "الخليج",
    "إيران",
    "العالم",
    "اقتصاد",
    "أسواق",
    "رياضة",
    "منوعات",
    "صحة",
    "تكنولوجيا",
    "سياحة وسفر",
    "ثقافة وفن",
    "آراء",
    "برامج",
    "فيديو",
    "بث مباشر",
    "العربية Tech",
]
AA_AGENCIES = ["رويترز", "فرانس برس", "أسوشييتد برس", "أرشيفية", "AFP", "وكالة الأنباء السعودية"]


def aa_date(d: dt.datetime) -> str:
    hm, ap = ampm(d)
    return f"{d.day} {MONTHS[d.month - 1]} ,{d.year}: {hm} {ap} GST"


def site_alarabiya(p: Page, ctx: Ctx):
    rng, a = ctx.rng, ctx.art
    year = ctx.slot["crawl"].year
    mode = title_lines(p, ctx, [" | العربية", " | Al Arabiya", " | العربية.نت"])
    if rng.random() < 0.3:
        p.bp(
            "يستخدم موقع العربية ملفات تعريف الارتباط لتحسين تجربتك في التصفح وعرض محتوى يناسب اهتماماتك.",
            "قبول",
            "إدارة التفضيلات",
        )
        p.feat("cookie notice (top)")
    p.bp("العربية", rng.choice(["English", "English فارسی اردو"]))
    if rng.random() < 0.7:
        p.bp(*menu(rng, AA_NAV, 8, 15))
        p.feat("menu")
    if rng.random() < 0.5:
        p.bp("الأخبار العاجلة", ctx.headlines(1)[0])
        p.feat("breaking-news strip")
    section = section_of(a, ["العالم العربي", "العالم", "السعودية", "اقتصاد", "منوعات"], rng, "alarabiya")
    if rng.random() < 0.6:
        p.bp(rng.choice([f"الرئيسية / {section}", f"الرئيسية > {section}", section]))
        p.feat("breadcrumb")
    p.blank()
    if mode != "tag_only":
        p.bp(a["title"])
        if mode == "h1_twice":
            p.bp(a["title"])
    sf = first_sentence(a["paras"][0])
    if sf and rng.random() < 0.4:
        p.bp(sf)
        p.feat("standfirst (first sentence of the first paragraph)")
    byline = (
        a["author"]
        if a["outlet"] == "alarabiya" and a.get("author")
        else rng.choice(["العربية.نت", "دبي - العربية.نت", "دبي - العربية.نت ووكالات", "الرياض - العربية.نت"])
    )
    p.bp(byline)
    p.feat("byline")
    d, _ = article_time(a, "alarabiya", rng)
    if d and ctx.slot["show_date"]:
        p.bp(f"نشر في: {aa_date(d)}")
        if rng.random() < 0.7:
            upd = d + dt.timedelta(minutes=rng.randint(20, 60 * 16))
            p.bp(f"آخر تحديث: {aa_date(upd)}")
            p.feat("updated line")
        p.date = d.date().isoformat()
        p.feat("date")
    if rng.random() < 0.5:
        p.bp("حجم الخط")
    if rng.random() < 0.6:
        p.blank()
        p.bp(f"{rng.choice(CAPTIONS)} ({rng.choice(AA_AGENCIES)})")
        p.feat("lead photo caption")
    p.blank()
    makers = []
    if rng.random() < 0.6:
        makers.append(lambda: ["اقرأ أيضاً", ctx.headlines(1)[0]])
        p.feat("related box inside the body")
    if rng.random() < 0.5:
        makers.append(lambda: [f"{rng.choice(CAPTIONS)} ({rng.choice(AA_AGENCIES)})"])
        p.feat("caption between paragraphs")
    if rng.random() < 0.3:
        makers.append(lambda: ["إعلان"])
        p.feat("ad label inside the body")
    write_body(p, ctx, ctx.slot["sep"], pick_inserts(ctx, makers), ctx.slot["quotes"])
    p.blank()
    boxes = []
    if rng.random() < 0.6:
        boxes.append(lambda: ["الكلمات الدالة"] * (rng.random() < 0.5) + tag_terms(a, 4, ctx.banned, rng) + [section])
        p.feat("tags")
    boxes.append(lambda: ["الأكثر قراءة"] + numbered(rng, ctx.headlines(rng.randint(4, 6))))
    p.feat("most read")
    if rng.random() < 0.6:
        boxes.append(lambda: [f"المزيد من {section}"] + ctx.headlines(rng.randint(3, 5)))
        p.feat("more from section")
    if rng.random() < 0.4:
        boxes.append(
            lambda: [
                "اشترك في النشرة الإخبارية",
                "احصل على أهم الأخبار مباشرة في بريدك الإلكتروني",
                "البريد الإلكتروني",
                "اشترك",
            ]
        )
        p.feat("newsletter")
    for box in shuffled(rng, boxes):
        p.bp(*box())
        p.blank()
    if rng.random() < 0.5:
        p.bp("تابعوا العربية على", "Facebook", "X", "Instagram", "YouTube", "Telegram")
        p.blank()
    if rng.random() < 0.5:
        p.bp("حمّل تطبيق العربية", "App Store", "Google Play", "AppGallery")
        p.feat("app appeal")
    foot = [
        "من نحن",
        "اتصل بنا",
        "الشروط والأحكام",
        "سياسة الخصوصية",
        "سياسة ملفات تعريف الارتباط",
        "أعلن معنا",
        "وظائف",
        "ترددات القنوات",
    ]
    p.bp(*menu(rng, foot, 4, 7, first=None))
    p.bp(rng.choice([f"جميع الحقوق محفوظة © {year} العربية", f"© {year} قناة العربية. جميع الحقوق محفوظة"]))
    p.feat("footer")


# ------------------------------------------------------------------ site: Sky News Arabia
SKY_NAV = [
    "الرئيسية",
    "الإمارات",
    "الشرق الأوسط",
    "العالم",
    "اقتصاد",
    "رياضة",
    "تكنولوجيا",
    "علوم",
    "صحة",
    "منوعات",
    "ثقافة وفن",
    "سفر وسياحة",
    "فيديو",
    "برامج",
    "بودكاست",
    "البث المباشر",
    "المزيد",
]


def sky_date(d: dt.datetime) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year} - {d.hour:02d}:{d.minute:02d} بتوقيت أبوظبي"


SECTION_MAP = {
    "alarabiya": {
        "دولية": "العالم",
        "الشرق الأوسط": "العالم العربي",
        "ثقافة": "ثقافة وفن",
        "تكنولوجيا": "تكنولوجيا",
        "رياضة": "رياضة",
        "اقتصاد": "اقتصاد",
    },
    "skynews": {
        "دولية": "العالم",
        "الشرق الأوسط": "الشرق الأوسط",
        "ثقافة": "ثقافة وفن",
        "تكنولوجيا": "تكنولوجيا",
        "رياضة": "رياضة",
        "اقتصاد": "اقتصاد",
    },
    "france24": {
        "دولية": "أوروبا",
        "الشرق الأوسط": "الشرق الأوسط",
        "ثقافة": "ثقافة",
        "تكنولوجيا": "علوم وتكنولوجيا",
        "رياضة": "رياضة",
        "اقتصاد": "اقتصاد",
    },
    "cnn": {
        "دولية": "العالم",
        "الشرق الأوسط": "الشرق الأوسط",
        "ثقافة": "منوعات",
        "تكنولوجيا": "علوم وتكنولوجيا",
        "رياضة": "رياضة",
        "اقتصاد": "اقتصاد",
    },
    "elwatan": {
        "دولية": "أخبار العالم",
        "الشرق الأوسط": "أخبار العالم",
        "ثقافة": "فن وثقافة",
        "رياضة": "رياضة",
        "اقتصاد": "اقتصاد",
    },
    "assarih": {
        "دولية": "عالمية",
        "وطنية": "وطنية",
        "رياضة": "رياضة",
        "سياسة": "سياسة",
        "مجتمع": "مجتمع",
        "ثقافة": "ثقافة",
    },
}


def section_of(a: dict, fallback: list[str], rng, site: str = "") -> str:
    """The site's section for the article, from the corpus category when there is one."""
    tags = a.get("tags") or []
    mapped = SECTION_MAP.get(site, {}).get(tags[0]) if tags else None
    return mapped or rng.choice(fallback)


def site_skynews(p: Page, ctx: Ctx):
    rng, a = ctx.rng, ctx.art
    year = ctx.slot["crawl"].year
    mode = title_lines(p, ctx, [" | سكاي نيوز عربية"])
    p.bp("سكاي نيوز عربية")
    if rng.random() < 0.6:
        p.bp("بث مباشر")
    p.bp(*menu(rng, SKY_NAV, 7, 14))
    p.feat("menu")
    if rng.random() < 0.5:
        p.bp("عاجل", ctx.headlines(1)[0])
        p.feat("breaking-news strip")
    p.blank()
    section = section_of(a, ["الشرق الأوسط", "العالم", "اقتصاد"], rng, "skynews")
    if rng.random() < 0.7:
        p.bp(section)
    if mode != "tag_only":
        p.bp(a["title"])
        if mode == "h1_twice":
            p.blank()
            p.bp(a["title"])
    if rng.random() < 0.5:
        sums = [s for s in (first_sentence(x) for x, k in zip(a["paras"][:4], a["kinds"][:4]) if k == "paragraph") if s]
        if sums:
            p.bp("ملخص", *["• " + s for s in sums[: rng.randint(1, 3)]])
            p.feat("summary box repeating first sentences")
    p.bp("أبوظبي - سكاي نيوز عربية" if rng.random() < 0.8 else "سكاي نيوز عربية - أبوظبي")
    p.feat("byline")
    d, _ = article_time(a, "skynews", rng)
    if d and ctx.slot["show_date"]:
        p.bp(f"نشر في: {sky_date(d)}")
        if rng.random() < 0.5:
            p.bp(f"آخر تحديث: {sky_date(d + dt.timedelta(minutes=rng.randint(15, 600)))}")
            p.feat("updated line")
        p.date = d.date().isoformat()
        p.feat("date")
    elif rng.random() < 0.6:
        p.bp(relative_time(rng))
        p.feat("relative time only (no date)")
    share = ["شارك", "فيسبوك", "تويتر", "واتساب", "تلغرام", "لينكد إن", "نسخ الرابط"]
    if rng.random() < 0.6:
        p.bp(*(share if rng.random() < 0.5 else [" ".join(share)]))
        p.feat("share row")
    if rng.random() < 0.6:
        p.blank()
        p.bp(
            rng.choice(
                [
                    f"{rng.choice(CAPTIONS)} - أرشيفية",
                    f"{rng.choice(CAPTIONS)} (رويترز)",
                    f"{rng.choice(CAPTIONS)} (أ ف ب)",
                    rng.choice(CAPTIONS),
                ]
            )
        )
        p.feat("lead photo caption")
    p.blank()
    makers = []
    if rng.random() < 0.6:
        makers.append(lambda: ["اقرأ أيضاً", ctx.headlines(1)[0]])
        p.feat("related box inside the body")
    if rng.random() < 0.5:
        makers.append(lambda: [rng.choice(CAPTIONS) + rng.choice([" - أرشيفية", " (رويترز)", ""])])
        p.feat("caption between paragraphs")
    if rng.random() < 0.3:
        makers.append(lambda: ["فيديو", f"0{rng.randint(0, 4)}:{rng.randint(10, 59)}", ctx.headlines(1)[0]])
        p.feat("video embed inside the body")
    write_body(p, ctx, ctx.slot["sep"], pick_inserts(ctx, makers), ctx.slot["quotes"])
    p.blank()
    boxes = []
    if rng.random() < 0.6:
        boxes.append(lambda: tag_terms(a, 4, ctx.banned, rng))
        p.feat("tags")
    if rng.random() < 0.5:
        boxes.append(lambda: ["رابط مختصر", f"https://www.skynewsarabia.com/{rng.randint(1300000, 1799999)}"])
        p.feat("short link")
    boxes.append(lambda: ["الأكثر قراءة"] + numbered(rng, ctx.headlines(5)))
    p.feat("most read")
    if rng.random() < 0.6:

        def more():
            out = ["قد يعجبك أيضاً"]
            for o in ctx.others(rng.randint(2, 4)):
                out += [o["title"], cut(o["paras"][0], 140)]
            return out

        boxes.append(more)
        p.feat("recommended box with teasers")
    if rng.random() < 0.4:
        boxes.append(lambda: ["النشرة البريدية", "اشترك ليصلك أهم الأخبار يومياً", "أدخل بريدك الإلكتروني", "اشترك"])
        p.feat("newsletter")
    for box in shuffled(rng, boxes):
        p.bp(*box())
        p.blank()
    if rng.random() < 0.6:
        p.bp("حمّل تطبيق سكاي نيوز عربية", "App Store", "Google Play", "HUAWEI AppGallery")
        p.feat("app appeal")
    foot = [
        "من نحن",
        "اتصل بنا",
        "الشروط والأحكام",
        "سياسة الخصوصية",
        "سياسة ملفات تعريف الارتباط",
        "وظائف",
        "أعلن معنا",
        "ترددات البث",
    ]
    p.bp(*menu(rng, foot, 4, 7, first=None))
    p.bp(rng.choice([f"© {year} سكاي نيوز عربية. جميع الحقوق محفوظة.", f"جميع الحقوق محفوظة © سكاي نيوز عربية {year}"]))
    p.feat("footer")
    if rng.random() < 0.3:
        p.blank()
        p.bp("نستخدم ملفات تعريف الارتباط لتقديم أفضل تجربة ممكنة لك على موقعنا.", "موافق")
        p.feat("cookie notice (bottom)")


# ------------------------------------------------------------------ site: France 24 Arabic
F24_NAV = [
    "الأخبار",
    "الشرق الأوسط",
    "المغرب العربي",
    "أفريقيا",
    "أوروبا",
    "فرنسا",
    "الأمريكيتان",
    "آسيا",
    "اقتصاد",
    "رياضة",
    "ثقافة",
    "علوم وتكنولوجيا",
    "بيئة",
    "البرامج",
    "مراقبون",
    "بث مباشر",
]


def f24_date(d: dt.datetime) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year} - {d.hour:02d}:{d.minute:02d}"


def site_france24(p: Page, ctx: Ctx):
    rng, a = ctx.rng, ctx.art
    year = ctx.slot["crawl"].year
    mode = title_lines(p, ctx, [" - فرانس 24", " - France 24"])
    if rng.random() < 0.5:
        p.bp("الانتقال إلى المحتوى الرئيسي")
    p.bp("FRANCE 24", rng.choice(["FR EN ES AR", "Français", "العربية"]))
    if rng.random() < 0.5:
        p.bp("بث مباشر")
    p.bp(*menu(rng, F24_NAV, 8, 14, first="الأخبار"))
    p.feat("menu")
    if rng.random() < 0.6:
        p.bp("إعلان")
        p.feat("ad label")
    p.blank()
    section = section_of(a, ["الشرق الأوسط", "أوروبا", "المغرب العربي"], rng, "france24")
    if rng.random() < 0.7:
        p.bp(section)
    if mode != "tag_only":
        p.bp(a["title"])
        if mode == "h1_twice":
            p.bp(a["title"])
    sf = first_sentence(a["paras"][0])
    if sf and rng.random() < 0.4:
        p.bp(sf)
        p.feat("standfirst (first sentence of the first paragraph)")
    p.bp(rng.choice(["فرانس 24", "فرانس24", "فرانس 24 / أ ف ب"]))
    p.feat("byline")
    d, _ = article_time(a, "france24", rng)
    if d and ctx.slot["show_date"]:
        p.bp(f"نشرت في: {f24_date(d)}")
        if rng.random() < 0.6:
            p.bp(f"آخر تحديث: {f24_date(d + dt.timedelta(minutes=rng.randint(30, 900)))}")
            p.feat("updated line")
        p.date = d.date().isoformat()
        p.feat("date")
    if rng.random() < 0.6:
        p.bp(f"{rng.randint(2, 6)} دقائق")
        p.feat("reading time")
    if rng.random() < 0.6:
        p.blank()
        p.bp(f"{rng.choice(CAPTIONS)} © {rng.choice(['أ ف ب', 'رويترز', 'أ ب', 'فرانس24'])}")
        p.feat("lead photo caption")
    if rng.random() < 0.5:
        share = ["فيسبوك", "تويتر", "لينكد إن", "إرسال عبر البريد الإلكتروني", "واتساب", "نسخ الرابط"]
        p.bp(*(share if rng.random() < 0.5 else [" ".join(share)]))
        p.feat("share row")
    p.blank()
    makers = []
    if rng.random() < 0.6:
        makers.append(lambda: [rng.choice(["اقرأ أيضا", "للمزيد:"]), ctx.headlines(1)[0]])
        p.feat("related box inside the body")
    if rng.random() < 0.5:
        makers.append(lambda: ["إعلان"])
        p.feat("ad label inside the body")
    if rng.random() < 0.5:
        makers.append(lambda: [f"{rng.choice(CAPTIONS)} © {rng.choice(['أ ف ب', 'رويترز'])}"])
        p.feat("caption between paragraphs")
    write_body(p, ctx, ctx.slot["sep"], pick_inserts(ctx, makers), ctx.slot["quotes"])
    if rng.random() < 0.8:
        p.blank()
        p.bp(rng.choice(["فرانس24/ أ ف ب", "فرانس 24/ أ ف ب/ رويترز", "فرانس 24/ رويترز", "فرانس24/ أ ف ب/ أ ب"]))
        p.feat("agency credit line after the body")
    p.blank()
    boxes = []
    if rng.random() < 0.6:
        boxes.append(lambda: ["النشرة الإخبارية اليومية", "تلقوا أهم الأخبار الدولية كل صباح", "اشترك"])
        p.feat("newsletter")
    if rng.random() < 0.6:
        boxes.append(lambda: ["حمّلوا تطبيق فرانس 24", "App Store", "Google Play"])
        p.feat("app appeal")
    if rng.random() < 0.6:
        boxes.append(lambda: tag_terms(a, 3, ctx.banned, rng))
        p.feat("tags")
    boxes.append(lambda: ["على نفس الموضوع"] + ctx.headlines(rng.randint(3, 4)))
    p.feat("related list")
    if rng.random() < 0.5:

        def progs():
            out = ["البرامج"]
            for name in rng.sample(["النقاش", "مراقبون", "ريبورتاج", "حديث العواصم", "ضيف ومسيرة"], 2):
                out += [name, ctx.headlines(1)[0]]
            return out

        boxes.append(progs)
        p.feat("programmes box")
    for box in shuffled(rng, boxes):
        p.bp(*box())
        p.blank()
    foot = [
        "الأسئلة الشائعة",
        "اتصلوا بنا",
        "الشروط العامة للاستخدام",
        "سياسة الخصوصية",
        "إدارة ملفات تعريف الارتباط",
        "أعلنوا معنا",
        "الصحافة",
    ]
    p.bp(*menu(rng, foot, 4, 7, first=None))
    p.bp("فرانس ميديا موند", f"© {year} Copyright France 24 - جميع الحقوق محفوظة")
    p.feat("footer")
    if rng.random() < 0.4:
        p.blank()
        p.bp(
            "نحن وشركاؤنا نخزّن معلومات على جهازك ونطّلع عليها لعرض محتوى وإعلانات مخصصة وقياس أدائها.",
            "قبول وإغلاق",
            "الإعدادات",
        )
        p.feat("cookie notice (bottom)")


# ------------------------------------------------------------------ site: CNN Arabic
CNN_NAV = [
    "الشرق الأوسط",
    "العالم",
    "اقتصاد",
    "علوم وتكنولوجيا",
    "سياحة",
    "رياضة",
    "صحة",
    "ستايل",
    "منوعات",
    "فيديو",
    "صور",
]
CNN_MONTHS = [
    "يناير / كانون الثاني",
    "فبراير / شباط",
    "مارس / آذار",
    "أبريل / نيسان",
    "مايو / أيار",
    "يونيو / حزيران",
    "يوليو / تموز",
    "أغسطس / آب",
    "سبتمبر / أيلول",
    "أكتوبر / تشرين الأول",
    "نوفمبر / تشرين الثاني",
    "ديسمبر / كانون الأول",
]
CNN_CREDITS = [
    "Credit: AFP via Getty Images",
    "Credit: Getty Images",
    "Credit: Reuters",
    "Credit: AFP/Getty Images",
    "Credit: ANADOLU AGENCY",
]


def cnn_date(d: dt.datetime, style: int) -> str:
    hm, ap = ampm(d)
    wd = WEEKDAYS[d.weekday()]
    if style == 0:
        return f"{wd}، {d.day:02d} {CNN_MONTHS[d.month - 1]} {d.year}؛ {hm} {ap} (GMT +0400)"
    part = "صباحاً" if ap == "ص" else "مساءً"
    return f"{wd}، {d.day:02d} {CNN_MONTHS[d.month - 1].replace(' / ', '/')} {d.year}، الساعة {hm} {part} بتوقيت أبوظبي"


def site_cnn(p: Page, ctx: Ctx):
    rng, a = ctx.rng, ctx.art
    year = ctx.slot["crawl"].year
    mode = title_lines(p, ctx, [" - CNN Arabic", " - CNN بالعربية"])
    p.bp("CNN بالعربية")
    if rng.random() < 0.5:
        p.bp("Arabic", "English")
    p.bp(*menu(rng, CNN_NAV, 6, 10, first=None))
    p.feat("menu")
    p.blank()
    section = section_of(a, ["الشرق الأوسط", "العالم", "منوعات"], rng, "cnn")
    if rng.random() < 0.6:
        p.bp(section)
    if mode != "tag_only":
        p.bp(a["title"])
        if mode == "h1_twice":
            p.bp(a["title"])
    d, _ = article_time(a, "cnn", rng)
    if d and ctx.slot["show_date"]:
        style = rng.randint(0, 1)
        if style == 0:
            p.bp(f"نُشر يوم {cnn_date(d, 0)}")
            if rng.random() < 0.5:
                p.bp(f"آخر تحديث يوم {cnn_date(d + dt.timedelta(minutes=rng.randint(20, 500)), 0)}")
                p.feat("updated line")
        else:
            p.bp(f"آخر تحديث: {cnn_date(d, 1)}")
        p.date = d.date().isoformat()
        p.feat("date")
    if rng.random() < 0.6:
        p.blank()
        p.bp(rng.choice(CAPTIONS), rng.choice(CNN_CREDITS))
        p.feat("lead photo caption + Latin credit")
    p.blank()
    makers = []
    if rng.random() < 0.7:
        makers.append(lambda: [rng.choice(["قد يهمك| ", "قد يهمك/ ", "شاهد.. ", "اقرأ.. "]) + ctx.headlines(1)[0]])
        p.feat("inline related link inside the body")
    if rng.random() < 0.4:
        makers.append(
            lambda: [
                "فيديو",
                f"0{rng.randint(0, 5)}:{rng.randint(10, 59)}",
                "شاهد هذا الفيديو ضمن سلسلة " + ctx.headlines(1)[0],
            ]
        )
        p.feat("video embed inside the body")
    if rng.random() < 0.5:
        makers.append(lambda: [rng.choice(CAPTIONS), rng.choice(CNN_CREDITS)])
        p.feat("caption between paragraphs")
    write_body(p, ctx, ctx.slot["sep"], pick_inserts(ctx, makers), ctx.slot["quotes"])
    p.blank()
    boxes = []
    if rng.random() < 0.6:
        boxes.append(lambda: ["شارك هذا المقال", "فيسبوك", "تويتر", "واتساب", "البريد الإلكتروني"])
        p.feat("share row")
    if rng.random() < 0.6:
        boxes.append(lambda: ["كلمات دالة"] + tag_terms(a, 4, ctx.banned, rng))
        p.feat("tags")
    boxes.append(lambda: ["الأكثر قراءة"] + numbered(rng, ctx.headlines(5)))
    p.feat("most read")
    if rng.random() < 0.5:
        boxes.append(lambda: [f"المزيد من {section}"] + ctx.headlines(3))
        p.feat("more from section")
    for box in shuffled(rng, boxes):
        p.bp(*box())
        p.blank()
    foot = ["من نحن", "شروط الاستخدام", "سياسة الخصوصية", "تفضيلات ملفات تعريف الارتباط", "اتصل بنا", "أعلن معنا"]
    p.bp(*menu(rng, foot, 3, 6, first=None))
    p.bp(f"© {year} Cable News Network. A Warner Bros. Discovery Company. All Rights Reserved.")
    if rng.random() < 0.5:
        p.bp("CNN Sans ™ & © 2016 Cable News Network.")
    p.feat("footer")


# ------------------------------------------------------------------ site: Barlamane (Morocco)
BAR_NAV = [
    "الرئيسية",
    "سياسة",
    "مجتمع",
    "اقتصاد",
    "رياضة",
    "ثقافة وفنون",
    "جهات",
    "دولي",
    "حوادث",
    "مغاربة العالم",
    "حوارات",
    "رأي",
    "برلمان TV",
    "كاريكاتير",
]


def ma_date(d: dt.datetime, style: int) -> str:
    if style == 0:
        return f"{WEEKDAYS[d.weekday()]} {d.day} {MONTHS_MA[d.month - 1]} {d.year} - {d.hour:02d}:{d.minute:02d}"
    if style == 1:
        return f"{d.day} {MONTHS_MA[d.month - 1]} {d.year} - {d.hour:02d}:{d.minute:02d}"
    return f"نشر في: {d.day} {MONTHS_MA[d.month - 1]} {d.year} على الساعة {d.hour:02d}:{d.minute:02d}"


def site_barlamane(p: Page, ctx: Ctx):
    rng, a = ctx.rng, ctx.art
    crawl = ctx.slot["crawl"]
    mode = title_lines(p, ctx, [" | برلمان.كوم", " - برلمان.كوم"], ["برلمان.كوم - "])
    if rng.random() < 0.6:
        p.bp(f"{WEEKDAYS[crawl.weekday()]} {crawl.day} {MONTHS_MA[crawl.month - 1]} {crawl.year}")
        p.feat("today's date in the header (not the article date)")
    p.bp("برلمان.كوم", rng.choice(["FR", "Barlamane FR"]))
    p.bp(*menu(rng, BAR_NAV, 7, 13))
    p.feat("menu")
    if rng.random() < 0.5:
        p.bp("آخر الأخبار")
        for t in ctx.headlines(3):
            p.bp(f"{rng.randint(8, 23):02d}:{rng.randint(0, 59):02d}", t)
        p.feat("news ticker with times")
    p.blank()
    if mode != "tag_only":
        p.bp(a["title"])
        if mode == "h1_twice":
            p.bp(a["title"])
    p.bp(rng.choice(["برلمان.كوم - الرباط", "برلمان.كوم", "الرباط: برلمان.كوم", "هيئة التحرير"]))
    p.feat("byline")
    d, _ = article_time(a, "barlamane", rng)
    if d and ctx.slot["show_date"]:
        p.bp(ma_date(d, rng.randint(0, 2)))
        p.date = d.date().isoformat()
        p.feat("date")
    if rng.random() < 0.5:
        p.bp(f"{rng.randint(120, 9000)} مشاهدة")
        p.feat("view counter")
    share = ["فيسبوك", "تويتر", "واتساب", "مسنجر", "تلغرام"]
    if rng.random() < 0.5:
        p.bp(*(share if rng.random() < 0.5 else [" ".join(share)]))
        p.feat("share row")
    if rng.random() < 0.4:
        p.bp(rng.choice(CAPTIONS))
        p.feat("lead photo caption")
    p.blank()
    makers = []
    if rng.random() < 0.6:
        makers.append(lambda: ["اقرأ أيضا:", ctx.headlines(1)[0]])
        p.feat("related box inside the body")
    if rng.random() < 0.5:
        makers.append(lambda: ["إشهار"])
        p.feat("ad label inside the body")
    if rng.random() < 0.4:
        makers.append(lambda: [rng.choice(CAPTIONS)])
        p.feat("caption between paragraphs")
    write_body(p, ctx, ctx.slot["sep"], pick_inserts(ctx, makers), ctx.slot["quotes"])
    p.blank()
    boxes = []
    if rng.random() < 0.7:
        boxes.append(lambda: ["الوسوم"] + tag_terms(a, 4, ctx.banned, rng))
        p.feat("tags")

    def related():
        out = [rng.choice(["مقالات ذات صلة", "أخبار ذات صلة"])]
        for o in ctx.others(rng.randint(3, 4)):
            od = o.get("date")
            out.append(o["title"])
            if od and rng.random() < 0.7:
                odt = dt.datetime.fromisoformat(od[:10])
                out.append(f"{odt.day} {MONTHS_MA[odt.month - 1]} {odt.year}")
        return out

    boxes.append(related)
    p.feat("related list with dates of other articles")
    if rng.random() < 0.5:
        boxes.append(lambda: ["الأكثر قراءة"] + numbered(rng, ctx.headlines(5)))
        p.feat("most read")
    if rng.random() < 0.6:

        def comments():
            out = ["التعليقات"]
            if rng.random() < 0.5:
                out = [f"التعليقات ({rng.randint(1, 3)})"]
                out += comments_block(
                    rng, ["مواطن مغربي", "Karim", "ابن الرباط", "سعيد", "fatima", "متتبع"], lambda: relative_time(rng)
                )
            out += [
                "أضف تعليقك",
                "الاسم",
                "البريد الإلكتروني",
                "التعليق",
                "إرسال",
                "المرجو الالتزام بأخلاقيات النقاش، التعليقات المسيئة أو الخارجة عن الموضوع لن تنشر.",
            ]
            return out

        boxes.append(comments)
        p.feat("comments")
    for box in shuffled(rng, boxes):
        p.bp(*box())
        p.blank()
    foot = ["من نحن", "هيئة التحرير", "اتصل بنا", "للإشهار", "شروط الاستخدام", "سياسة الخصوصية"]
    p.bp(*menu(rng, foot, 3, 6, first=None))
    p.bp(
        rng.choice([f"جميع الحقوق محفوظة © برلمان.كوم {crawl.year}", f"© {crawl.year} برلمان.كوم - جميع الحقوق محفوظة"])
    )
    p.feat("footer")


# ------------------------------------------------------------------ site: El Watan News (Egypt)
EW_NAV = [
    "الرئيسية",
    "أخبار مصر",
    "سياسة",
    "حوادث",
    "اقتصاد",
    "رياضة",
    "فن وثقافة",
    "أخبار العالم",
    "محافظات",
    "تحقيقات وملفات",
    "مقالات",
    "صحة",
    "ستايل",
    "دين",
    "تكنولوجيا",
    "فيديو",
    "صور",
    "بث مباشر",
]
EW_WRITERS = [
    "كتب: محمد حسن",
    "كتبت: سارة عبد الرحمن",
    "كتب: أحمد جمال",
    "كتبت: منة الله محمد",
    "كتب: عمرو علي",
    "كتب: محمود عبد الحميد",
    "كتب: أحمد عادل ومحمد مجدي",
    "كتبت: آية أشرف",
]


def ew_date(d: dt.datetime) -> str:
    hm, ap = ampm(d)
    return f"{hm} {ap} | {WEEKDAYS[d.weekday()]} {d.day:02d} {MONTHS[d.month - 1]} {d.year}"


def site_elwatan(p: Page, ctx: Ctx):
    rng, a = ctx.rng, ctx.art
    crawl = ctx.slot["crawl"]
    mode = title_lines(p, ctx, [" - الوطن", " | الوطن", " - جريدة الوطن"])
    if rng.random() < 0.5:
        p.bp(
            f"{WEEKDAYS[crawl.weekday()]} {crawl.day:02d} {MONTHS[crawl.month - 1]} {crawl.year} م | {hijri_str(crawl)}"
        )
        p.feat("today's date in the header, Gregorian and Hijri (not the article date)")
    p.bp("الوطن")
    p.bp(*menu(rng, EW_NAV, 8, 15))
    p.feat("menu")
    if rng.random() < 0.6:
        p.bp("عاجل", ctx.headlines(1)[0])
        p.feat("breaking-news strip")
    p.blank()
    section = section_of(a, ["أخبار مصر", "أخبار العالم"], rng, "elwatan")
    if rng.random() < 0.6:
        p.bp(rng.choice([f"الرئيسية {section}", section]))
        p.feat("breadcrumb")
    if mode != "tag_only":
        p.bp(a["title"])
        if mode == "h1_twice":
            p.bp(a["title"])
    p.bp(rng.choice(EW_WRITERS))
    p.feat("byline")
    d, _ = article_time(a, "elwatan", rng)
    if d and ctx.slot["show_date"]:
        p.bp(ew_date(d))
        p.date = d.date().isoformat()
        p.feat("date")
    if rng.random() < 0.6:
        p.bp(rng.choice(["صورة أرشيفية", "أرشيفية", rng.choice(CAPTIONS)]))
        p.feat("lead photo caption")
    p.blank()
    makers = []
    if rng.random() < 0.7:

        def read_also():
            hs = ctx.headlines(rng.randint(2, 3))
            bullet = rng.choice(["", "- ", "• "])
            return [rng.choice(["اقرأ أيضًا:", "اقرأ أيضا:"])] + [bullet + h for h in hs]

        makers.append(read_also)
        p.feat("'read also' list inside the body")
    if rng.random() < 0.4:
        makers.append(lambda: [rng.choice(CAPTIONS)])
        p.feat("caption between paragraphs")
    if rng.random() < 0.4:
        makers.append(lambda: ["فيديو قد يعجبك:", ctx.headlines(1)[0]])
        p.feat("video teaser inside the body")
    write_body(p, ctx, ctx.slot["sep"], pick_inserts(ctx, makers), ctx.slot["quotes"])
    p.blank()
    if rng.random() < 0.7:
        p.bp(rng.choice(["تابع أحدث الأخبار عبر google news", "تابع أحدث الأخبار عبر تطبيق google news"]))
        p.feat("google news appeal")
        p.blank()
    boxes = []
    if rng.random() < 0.6:
        boxes.append(lambda: tag_terms(a, 4, ctx.banned, rng))
        p.feat("tags")

    def related():
        out = [rng.choice(["أخبار متعلقة", "موضوعات متعلقة"])]
        for t in ctx.headlines(rng.randint(3, 5)):
            out.append(t)
            if rng.random() < 0.5:
                out.append(relative_time(rng))
        return out

    boxes.append(related)
    p.feat("related list")
    if rng.random() < 0.6:
        boxes.append(lambda: ["الأكثر قراءة"] + numbered(rng, ctx.headlines(5)))
        p.feat("most read")
    if rng.random() < 0.4:
        boxes.append(lambda: ["تابع قناة الوطن على واتساب"])
    for box in shuffled(rng, boxes):
        p.bp(*box())
        p.blank()
    foot = ["من نحن", "اتصل بنا", "أعلن معنا", "سياسة الخصوصية", "شروط الاستخدام", "خريطة الموقع", "RSS"]
    p.bp(*menu(rng, foot, 4, 7, first=None))
    if rng.random() < 0.6:
        p.bp("رئيس مجلس الإدارة: محمود مسلم")
    p.bp(f"جميع الحقوق محفوظة لجريدة الوطن © {crawl.year}")
    p.feat("footer")


# ------------------------------------------------------------------ site: Al-Forat News (Iraq)
FOR_NAV = [
    "الرئيسية",
    "أخبار سياسية",
    "أخبار أمنية",
    "اقتصاد",
    "محليات",
    "عربي ودولي",
    "رياضة",
    "ثقافة وفن",
    "منوعات",
    "تقارير",
    "مقالات",
    "صور",
    "فيديو",
    "قناة الفرات",
    "اتصل بنا",
]


def iq_date(d: dt.datetime, style: int) -> str:
    if style == 0:
        return f"{d.year}/{d.month:02d}/{d.day:02d} {d.hour:02d}:{d.minute:02d}"
    if style == 1:
        return f"{d.day}/{d.month}/{d.year} {d.hour:02d}:{d.minute:02d}:00"
    hm, ap = ampm(d)
    return f"{WEEKDAYS[d.weekday()]} {d.day} {MONTHS_LEV[d.month - 1]} {d.year} - {hm} {ap}"


def site_alforat(p: Page, ctx: Ctx):
    rng, a = ctx.rng, ctx.art
    crawl = ctx.slot["crawl"]
    mode = title_lines(p, ctx, [" - الفرات نيوز", " | وكالة الفرات نيوز"], ["الفرات نيوز | "])
    if rng.random() < 0.6:
        p.bp(f"{WEEKDAYS[crawl.weekday()]} {crawl.day} {MONTHS_LEV[crawl.month - 1]} {crawl.year}", hijri_str(crawl))
        p.feat("today's date in the header, Levantine months and Hijri (not the article date)")
    p.bp(rng.choice(["وكالة الفرات نيوز", "الفرات نيوز"]), "Alforat News")
    p.bp(*menu(rng, FOR_NAV, 7, 13))
    p.feat("menu")
    if rng.random() < 0.6:
        p.bp("آخر الأخبار")
        for t in ctx.headlines(rng.randint(3, 5)):
            p.bp(f"{t} {rng.randint(8, 23):02d}:{rng.randint(0, 59):02d}" if rng.random() < 0.5 else t)
        p.feat("news ticker")
    p.blank()
    if mode != "tag_only":
        p.bp(a["title"])
        if mode == "h1_twice":
            p.bp(a["title"])
    d, _ = article_time(a, "alforat", rng)
    if d and ctx.slot["show_date"]:
        p.bp(iq_date(d, rng.randint(0, 2)))
        p.date = d.date().isoformat()
        p.feat("date")
    if rng.random() < 0.6:
        p.bp(f"عدد المشاهدات : {rng.randint(90, 6000)}")
        p.feat("view counter")
    if rng.random() < 0.5:
        p.bp("طباعة", "إرسال", "A+", "A-")
        p.feat("tool row")
    if rng.random() < 0.5:
        p.bp(rng.choice(CAPTIONS))
        p.feat("lead photo caption")
    if rng.random() < 0.6:
        p.bp(rng.choice(["بغداد (الفرات نيوز)", "بغداد - الفرات نيوز", "(الفرات نيوز)"]))
        p.feat("dateline on its own line")
    p.blank()
    makers = []
    if rng.random() < 0.6:
        makers.append(lambda: ["اقرأ ايضاً", ctx.headlines(1)[0]])
        p.feat("related box inside the body")
    if rng.random() < 0.5:
        makers.append(lambda: [rng.choice(CAPTIONS)])
        p.feat("caption between paragraphs")
    write_body(p, ctx, ctx.slot["sep"], pick_inserts(ctx, makers), ctx.slot["quotes"])
    p.blank()
    if rng.random() < 0.5:
        p.bp("انتهى")
        p.feat("end marker")
        p.blank()
    boxes = []
    if rng.random() < 0.6:
        boxes.append(lambda: ["كلمات مفتاحية :"] + tag_terms(a, 4, ctx.banned, rng))
        p.feat("tags")

    def related():
        out = ["أخبار ذات صلة"]
        for o in ctx.others(rng.randint(3, 5)):
            out.append(o["title"])
            od = o.get("date")
            if od and rng.random() < 0.7:
                odt = dt.datetime.fromisoformat(od[:10])
                out.append(f"{odt.year}/{odt.month:02d}/{odt.day:02d}")
        return out

    boxes.append(related)
    p.feat("related list with dates of other articles")
    if rng.random() < 0.5:
        boxes.append(lambda: ["الأكثر قراءة"] + numbered(rng, ctx.headlines(5)))
        p.feat("most read")
    if rng.random() < 0.6:

        def comments():
            out = ["التعليقات"]
            if rng.random() < 0.6:

                def stamp():
                    c = crawl - dt.timedelta(days=rng.randint(0, 400))
                    return f"{c.year}/{c.month:02d}/{c.day:02d}"

                out += comments_block(
                    rng, ["أبو علي البغدادي", "حيدر", "مواطن عراقي", "علي الكربلائي", "ام حسين"], stamp
                )
            out += ["اضافة تعليق", "الاسم", "البريد الالكتروني", "التعليق", "ارسال"]
            return out

        boxes.append(comments)
        p.feat("comments")
    for box in shuffled(rng, boxes):
        p.bp(*box())
        p.blank()
    foot = ["من نحن", "اتصل بنا", "سياسة الخصوصية", "أعلن معنا", "الأرشيف"]
    p.bp(*menu(rng, foot, 3, 5, first="الرئيسية"))
    p.bp(
        rng.choice(
            [f"جميع الحقوق محفوظة لوكالة الفرات نيوز © {crawl.year}", f"© {crawl.year} الفرات نيوز. جميع الحقوق محفوظة"]
        )
    )
    p.feat("footer")


# ------------------------------------------------------------------ site: Assarih (Tunisia)
AS_NAV = [
    "الرئيسية",
    "وطنية",
    "سياسة",
    "اقتصاد",
    "رياضة",
    "ثقافة",
    "عالمية",
    "جهات",
    "مجتمع",
    "حوادث",
    "أقلام",
    "منوعات",
    "فيديو",
]
WP_FORM = [
    "اترك تعليقاً",
    "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *",
    "التعليق *",
    "الاسم *",
    "البريد الإلكتروني *",
    "الموقع الإلكتروني",
    "احفظ اسمي، بريدي الإلكتروني، والموقع الإلكتروني في هذا المتصفح لاستخدامها المرة المقبلة في تعليقي.",
    "إرسال التعليق",
]


def tn_date(d: dt.datetime, style: int) -> str:
    if style == 0:
        return f"{d.day} {MONTHS_TN[d.month - 1]}، {d.year}"
    if style == 1:
        return f"نشر في {d.day} {MONTHS_TN[d.month - 1]} {d.year} على الساعة {d.hour:02d}:{d.minute:02d}"
    return f"{WEEKDAYS[d.weekday()]} {d.day} {MONTHS_TN[d.month - 1]} {d.year} - {d.hour:02d}:{d.minute:02d}"


def site_assarih(p: Page, ctx: Ctx):
    rng, a = ctx.rng, ctx.art
    crawl = ctx.slot["crawl"]
    mode = title_lines(p, ctx, [" – الصريح أون لاين", " - الصريح"])
    if rng.random() < 0.6:
        p.bp(f"{WEEKDAYS[crawl.weekday()]} {crawl.day} {MONTHS_TN[crawl.month - 1]} {crawl.year}")
        p.feat("today's date in the header (not the article date)")
    p.bp("الصريح أون لاين")
    if rng.random() < 0.5:
        p.bp("بحث عن:", "بحث", "القائمة")
    p.bp(*menu(rng, AS_NAV, 7, 12))
    p.feat("menu")
    p.blank()
    section = section_of(a, ["وطنية", "عالمية", "مجتمع"], rng, "assarih")
    if rng.random() < 0.6:
        p.bp(rng.choice([f"الرئيسية / {section}", f"الرئيسية {section}"]))
        p.feat("breadcrumb")
    if mode != "tag_only":
        p.bp(a["title"])
        if mode == "h1_twice":
            p.bp(a["title"])
    p.bp(rng.choice(["الصريح أون لاين", "بواسطة الصريح أون لاين", "هيئة التحرير"]))
    p.feat("byline")
    d, _ = article_time(a, "assarih", rng)
    if d and ctx.slot["show_date"]:
        p.bp(tn_date(d, rng.randint(0, 2)))
        p.date = d.date().isoformat()
        p.feat("date")
    elif rng.random() < 0.5:
        p.bp(rng.choice(["أسبوع واحد مضت", "2 أسابيع مضت", "سنة واحدة مضت", f"{rng.randint(2, 8)} سنوات مضت"]))
        p.feat("relative age only (no date)")
    if rng.random() < 0.5:
        p.bp(f"{rng.randint(0, 4)} تعليق", rng.choice(["دقيقة واحدة", "2 دقائق", "3 دقائق"]))
        p.feat("comment count and reading time")
    share = ["فيسبوك", "X", "واتساب", "تيلقرام", "مشاركة عبر البريد", "طباعة"]
    if rng.random() < 0.5:
        p.bp(*(share if rng.random() < 0.5 else [" ".join(share)]))
        p.feat("share row (top)")
    p.blank()
    makers = []
    if rng.random() < 0.6:
        makers.append(lambda: ["اقرأ أيضا", ctx.headlines(1)[0]])
        p.feat("related box inside the body")
    if rng.random() < 0.4:
        makers.append(lambda: ["إشهار"])
        p.feat("ad label inside the body")
    if rng.random() < 0.4:
        makers.append(lambda: [rng.choice(CAPTIONS)])
        p.feat("caption between paragraphs")
    write_body(p, ctx, ctx.slot["sep"], pick_inserts(ctx, makers), ctx.slot["quotes"])
    p.blank()
    boxes = []
    if rng.random() < 0.6:
        boxes.append(lambda: ["الوسوم"] + tag_terms(a, 4, ctx.banned, rng))
        p.feat("tags")
    if rng.random() < 0.5:
        boxes.append(lambda: [" ".join(share)])
        p.feat("share row (bottom)")
    if rng.random() < 0.7:
        boxes.append(lambda: ["المقال السابق", ctx.headlines(1)[0], "المقال التالي", ctx.headlines(1)[0]])
        p.feat("previous/next article links")

    def related():
        out = [rng.choice(["مقالات ذات صلة", "مقالات مشابهة"])]
        for o in ctx.others(3):
            out.append(o["title"])
            od = o.get("date")
            if od:
                odt = dt.datetime.fromisoformat(od[:10])
                out.append(f"{odt.day} {MONTHS_TN[odt.month - 1]}، {odt.year}")
        return out

    boxes.append(related)
    p.feat("related list with dates of other articles")
    if rng.random() < 0.7:
        boxes.append(lambda: list(WP_FORM))
        p.feat("WordPress comment form")
    for box in shuffled(rng, boxes):
        p.bp(*box())
        p.blank()
    p.bp(
        rng.choice(
            [
                f"© حقوق الطبع والنشر {crawl.year}، جميع الحقوق محفوظة | الصريح أون لاين",
                f"جميع الحقوق محفوظة © الصريح أون لاين {crawl.year}",
            ]
        )
    )
    p.bp("زر الذهاب إلى الأعلى")
    if rng.random() < 0.4:
        p.bp("إغلاق", "تم اكتشاف مانع الإعلانات", "الرجاء تعطيل مانع الإعلانات لمواصلة تصفح الموقع.")
        p.feat("ad-blocker notice")
    p.feat("footer")


SITE_FUNCS = {
    "alarabiya": site_alarabiya,
    "skynews": site_skynews,
    "france24": site_france24,
    "cnn": site_cnn,
    "barlamane": site_barlamane,
    "elwatan": site_elwatan,
    "alforat": site_alforat,
    "assarih": site_assarih,
}


# ------------------------------------------------------------------ pages without an article
def page_404(arts: list[dict], rng: random.Random, slot: dict) -> Page:
    """Sky News Arabia style 'page not found'."""
    p = Page("skynews", None)
    ctx = Ctx(arts, None, rng, slot)
    p.bp("الصفحة غير موجودة | سكاي نيوز عربية", "سكاي نيوز عربية", "بث مباشر")
    p.bp(*menu(rng, SKY_NAV, 8, 12, mode="lines"))
    p.blank()
    p.bp(
        "404",
        "عذراً، الصفحة التي تبحث عنها غير موجودة",
        "ربما تم حذف الصفحة أو تغيير عنوانها، أو أن الرابط الذي اتبعته غير صحيح.",
        "العودة إلى الصفحة الرئيسية",
    )
    p.blank()
    p.bp("الأكثر قراءة", *numbered(rng, ctx.headlines(5)))
    p.blank()
    p.bp("من نحن", "اتصل بنا", "سياسة الخصوصية", "الشروط والأحكام")
    p.bp(f"© {slot['crawl'].year} سكاي نيوز عربية. جميع الحقوق محفوظة.")
    p.feat("all-boilerplate 404 page (Sky News Arabia style)")
    return p


def page_index(arts: list[dict], rng: random.Random, slot: dict) -> Page:
    """El Watan News style section index: headlines, times and cut teasers."""
    p = Page("elwatan", None)
    ctx = Ctx(arts, None, rng, slot)
    p.bp("أخبار مصر - الوطن", "الوطن")
    p.bp(*menu(rng, EW_NAV, 8, 12, mode="space"))
    p.blank()
    p.bp("أخبار مصر")
    p.blank()
    egypt = [a for a in arts if re.search(r"مصر|المصري|القاهرة|الإسكندرية", a["title"] + a["paras"][0])]
    picks = rng.sample(egypt, min(6, len(egypt)))
    ctx.seen_titles.update(a["title"] for a in picks)
    picks += ctx.others(8 - len(picks))
    for o in picks:
        p.bp(o["title"])
        od = o.get("date")
        if od and rng.random() < 0.6:
            d = dt.datetime.fromisoformat(od[:10]).replace(hour=rng.randint(7, 22), minute=rng.randint(0, 59))
            p.bp(ew_date(d))
        else:
            p.bp(relative_time(rng))
        p.bp(cut(o["paras"][0], 170))
        p.blank()
    p.bp("1 2 3 4 5 ... التالي")
    p.blank()
    p.bp("من نحن | اتصل بنا | أعلن معنا | سياسة الخصوصية")
    p.bp(f"جميع الحقوق محفوظة لجريدة الوطن © {slot['crawl'].year}")
    p.feat("all-boilerplate section index (El Watan News style): headlines, times, cut teasers")
    return p


# ------------------------------------------------------------------ file-level damage
MARKS = ["\u200f", "\u200e", "\u200b", "\u202b", "\u202c", "\u061c"]


def hard_wrap(line: str, width: int) -> list[str]:
    if len(line) <= width:
        return [line]
    indent = re.match(r"^ *", line).group(0)
    words = line[len(indent) :].split(" ")
    out, cur = [], ""
    for w in words:
        if cur and len(indent) + len(cur) + 1 + len(w) > width:
            out.append(indent + cur)
            cur = w
        else:
            cur = w if not cur else cur + " " + w
    if cur:
        out.append(indent + cur)
    return out


def add_marks(line: str, rng: random.Random) -> str:
    chars = list(line)
    for _ in range(rng.randint(1, 3)):
        ok = [
            i
            for i in range(len(chars) + 1)
            if i == 0
            or i == len(chars)
            or not (
                (chars[i - 1].isdigit() and chars[i].isdigit())
                or (chars[i - 1].isascii() and chars[i - 1].isalpha() and chars[i].isascii() and chars[i].isalpha())
            )
        ]
        chars.insert(rng.choice(ok), rng.choice(MARKS))
    return "".join(chars)


def render(p: Page, slot: dict, rng: random.Random) -> tuple[bytes, list[str]]:
    items = list(p.items)
    while items and items[0][0] == "blank":
        items.pop(0)
    while items and items[-1][0] == "blank":
        items.pop()
    # collapse runs of more than two blank lines
    lines: list[tuple[str, str]] = []
    for role, text in items:
        if role == "blank" and len(lines) >= 2 and lines[-1][0] == lines[-2][0] == "blank":
            continue
        lines.append((role, text))
    feats = []
    if slot.get("wrap"):
        w = slot["wrap"]
        wrapped = []
        for role, text in lines:
            wrapped += [(role, t) for t in hard_wrap(text, w)]
        lines = wrapped
        feats.append(f"hard-wrapped at {w} columns")
    if slot.get("marks"):
        marked = []
        for role, text in lines:
            if text.strip() and rng.random() < 0.45:
                text = add_marks(text, rng)
            marked.append((role, text))
        pos = min(len(marked), rng.randint(2, 6))
        marked.insert(pos, ("bp", "\u200f\u202b\u202c"))
        lines = marked
        feats.append("invisible direction / zero-width marks inside lines")
    text = "\n".join(t for _, t in lines)
    if slot.get("final_newline"):
        text += "\n"
    if slot.get("crlf"):
        text = text.replace("\n", "\r\n")
        feats.append("CRLF line ends")
    enc = slot["encoding"]
    if enc == "cp1256":
        chunks = []
        for role, t in lines:
            if role == "content":
                chunks.append(t.encode("cp1256"))  # must be exact
            else:
                chunks.append(t.encode("cp1256", errors="replace"))
        nl = b"\r\n" if slot.get("crlf") else b"\n"
        data = nl.join(chunks) + (nl if slot.get("final_newline") else b"")
        feats.append("Windows-1256 encoding")
    elif enc == "utf-8-sig":
        data = text.encode("utf-8-sig")
        feats.append("UTF-8 byte order mark")
    else:
        data = text.encode("utf-8")
    return data, feats


# ------------------------------------------------------------------ articles and plan
FORCED = {
    "alarabiya": ["AL-economy-535-20180508"],  # '- ' list items, #hashtags in the prose
    "skynews": ["SK-sport-1046-20180507"],  # a paragraph opening with 'التعليق'
    "cnn": ["CN-sport-12-20180217"],  # subheading 'العراق يشارك رغم الجراح'
    "france24": [],
    "barlamane": ["BB-sport-19-20180204", "okaz-592c62d89f"],  # Moroccan team; 'شارك' mid-sentence
    "elwatan": ["BB-economy-260-20180918", "alwatan-5117d07631"],  # 'يشارك'; paragraph opening with "الوطن"
    "alforat": [
        "BB-internationalNews-1016-20180831",
        "FR-internationalNews-1251-20180515",
        "BB-economy-157-20180605",
    ],  # list items; Iraqi elections; quotation paragraph
    "assarih": ["JA-sport-1197-20170515", "alyaum-ee8a83cd9b"],  # list item; 'اقرأ' in Q&A interview
}
POOLS = {
    "alarabiya": lambda a: a["outlet"] == "alarabiya",
    "skynews": lambda a: a["outlet"] == "skynewsarabia",
    "france24": lambda a: a["outlet"] == "france24ar",
    "cnn": lambda a: a["outlet"] == "cnnarabic",
    "barlamane": lambda a: a["outlet"] in ("bbcarabic", "aawsat", "aleqtisadiya", "aljazirah", "alriyadh"),
    "elwatan": lambda a: a["outlet"] in ("bbcarabic", "alyaum", "alwatan", "okaz", "almadina", "3alyoum"),
    "alforat": lambda a: a["outlet"] in ("bbcarabic", "alwatan", "alyaum", "aawsat", "alweeam"),
    "assarih": lambda a: a["outlet"] == "jawharafm",
}
# article bodies that still hold page residue (share line, related-story links or
# photo captions kept as paragraphs) or a one-character block: not usable, since
# their gold would reward keeping furniture
EXCLUDE = {
    "okaz-853937ad4a",
    "okaz-f60787356a",
    "alwatan-36e51343dc",
    "BB-internationalNews-156-20180315",
    "BB-internationalNews-259-20180331",
    "BB-internationalNews-958-20180811",
    "BB-internationalNews-1186-20181012",
    "BB-middleEast-1007-20181001",
    "FR-culture-126-20180817",
    "CN-technology-90-20180419",
    "alyaum-e137b60442",
}
RESIDUE_RE = re.compile(r"شارك من خلال|^اقرأ أيضا|^للمزيد|^تابعونا|^المصدر:?$")


def load_articles(corpus: str) -> tuple[list[dict], set[str]]:
    with open(os.path.join(corpus, "manifest.json"), encoding="utf-8") as fh:
        man = json.load(fh)
    dev_used = {d["article_id"] for d in man["dumps"] if d.get("article_id")}
    arts = []
    for path in sorted(glob.glob(os.path.join(corpus, "articles", "*.jsonl"))):
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    a = json.loads(line)
                    a["paras"] = a["body"].split("\n\n")
                    a["kinds"] = a.get("block_kinds") or ["paragraph"] * len(a["paras"])
                    assert len(a["paras"]) == len(a["kinds"]), a["id"]
                    arts.append(a)
    arts.sort(key=lambda a: a["id"])
    return arts, dev_used


def usable(a: dict) -> bool:
    if a["id"] in EXCLUDE or len(a["paras"]) < 3:
        return False
    if any(RESIDUE_RE.search(p) for p in a["paras"]):
        return False
    if any(len(norm(p)) < 3 for p in a["paras"]):
        return False
    return True


def encodable(a: dict, enc: str) -> bool:
    try:
        s = a["title"] + "\n" + a["body"]
        return s.encode(enc).decode(enc) == s
    except UnicodeError:
        return False


def make_plan(arts: list[dict], dev_used: set[str]) -> list[dict]:
    rng = random.Random(SEED)
    n = len(SITES) * PER_SITE
    idx = list(range(n))
    # file-level variations, spread over the 48 article dumps
    cp1256 = set(rng.sample(idx, 3))
    rest = [i for i in idx if i not in cp1256]
    bom = set(rng.sample(rest, 3))
    marks = set(rng.sample([i for i in rest if i not in bom], 6))
    crlf = set(rng.sample(idx, 6))
    wrap = set(rng.sample(idx, 7))
    slots = []
    for i in idx:
        site = SITES[i // PER_SITE]
        slots.append(
            {
                "site": site,
                "encoding": "cp1256" if i in cp1256 else ("utf-8-sig" if i in bom else "utf-8"),
                "marks": i in marks,
                "crlf": i in crlf,
                "wrap": rng.choice([68, 72, 76, 78]) if i in wrap else 0,
                "final_newline": rng.random() < 0.7,
                "sep": "blank" if i in wrap else rng.choice(["blank", "blank", "line"]),
                "show_date_p": rng.random(),
            }
        )
    # articles
    free = [a for a in arts if a["id"] not in dev_used and usable(a)]
    by_id = {a["id"]: a for a in free}
    taken: set[str] = set()
    for s_i, site in enumerate(SITES):
        site_slots = slots[s_i * PER_SITE : (s_i + 1) * PER_SITE]
        forced = [by_id[k] for k in FORCED[site]]
        pool = [a for a in free if POOLS[site](a) and a["id"] not in taken]
        with_heads = [a for a in pool if "heading" in a["kinds"]]
        chosen: list[dict] = []
        for k, slot in enumerate(site_slots):
            if k < len(forced):
                cand = [forced[k]]
            else:
                src = with_heads if k < len(forced) + 2 else pool
                cand = [a for a in src if a["id"] not in taken]
            if slot["encoding"] == "cp1256":
                cand = [a for a in cand if encodable(a, "cp1256")] or [
                    a for a in pool if a["id"] not in taken and encodable(a, "cp1256")
                ]
            a = cand[0] if len(cand) == 1 else rng.choice(cand)
            taken.add(a["id"])
            chosen.append(a)
        order = list(range(PER_SITE))
        rng.shuffle(order)  # forced articles do not always come first
        for k, slot in zip(order, site_slots):
            slot["article"] = chosen[k]
    for slot in slots:
        a = slot["article"]
        slot["show_date"] = bool(a.get("date")) and slot.pop("show_date_p") < 0.8
        q = quote_paragraphs(a)
        slot["quotes"] = q if q and rng.random() < 0.7 else set()
    return slots


# ------------------------------------------------------------------ checks
def check_page(p: Page, data: bytes, read_text) -> list[str]:
    """The gold must be recoverable from the dump, and no furniture line may
    equal an article block."""
    problems = []
    text = read_text_bytes(data, read_text)
    flat = norm(text.replace("\n", " "))
    for b in p.blocks:
        if norm(b["text"]) not in flat:
            problems.append("block not found: " + b["text"][:60])
    if p.title and norm(p.title) not in flat:
        problems.append("title not found")
    block_set = {norm(b["text"]) for b in p.blocks}
    for role, t in p.items:
        if role == "bp" and norm(t) in block_set:
            problems.append("furniture equals a block: " + t[:60])
    return problems


def read_text_bytes(data: bytes, read_text) -> str:
    import tempfile

    with tempfile.NamedTemporaryFile(delete=False) as fh:
        fh.write(data)
        name = fh.name
    try:
        return read_text(name)
    finally:
        os.remove(name)


# ------------------------------------------------------------------ self-check Markdown
ASCII_PUNCT = set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")


def md_escape(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return "".join("\\" + ch if ch in ASCII_PUNCT else ch for ch in text)


def gold_markdown(g: dict) -> str:
    out = [
        "---",
        "title: " + json.dumps(g["title"], ensure_ascii=False),
        "date: " + (json.dumps(g["date"]) if g["date"] else "null"),
        "---",
        "",
    ]
    for b in g["blocks"]:
        t = md_escape(b["text"])
        if b["kind"] == "heading":
            out.append("## " + t)
        elif b["kind"] == "list_item":
            out.append("- " + t)
        elif b["kind"] == "quote":
            out.append("> " + t)
        else:
            out.append(t)
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


def load_score(path: str):
    spec = importlib.util.spec_from_file_location("heldout_score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


# ------------------------------------------------------------------ main
def build(out_dir: str, corpus: str) -> int:
    arts, dev_used = load_articles(corpus)
    for sub in ("dumps", "gold", "selfcheck"):
        d = os.path.join(out_dir, sub)
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    shutil.copyfile(os.path.join(corpus, "score.py"), os.path.join(out_dir, "score.py"))
    score = load_score(os.path.join(out_dir, "score.py"))

    slots = make_plan(arts, dev_used)
    crawl_rng = random.Random(f"{SEED}:crawl")
    for slot in slots:
        slot["crawl"] = crawl_day(crawl_rng)
    specials = [
        {"site": "404", "encoding": "utf-8", "final_newline": False, "crlf": False},
        {"site": "index", "encoding": "utf-8", "final_newline": True, "crlf": False},
        {"site": "empty", "encoding": "utf-8"},
    ]
    for s in specials:
        s["crawl"] = crawl_day(crawl_rng)

    manifest = []
    problems = []
    for n, slot in enumerate(slots + specials, start=1):
        rng = random.Random(f"{SEED}:{n}:{slot['site']}")
        site = slot["site"]
        art = slot.get("article")
        if site in SITE_FUNCS:
            p = Page(site, art)
            ctx = Ctx(arts, art, rng, slot)
            SITE_FUNCS[site](p, ctx)
            if slot["quotes"]:
                p.feat("quotation paragraph indented as a block quote")
            if slot["sep"] == "line":
                p.feat("no blank lines between paragraphs")
            kinds = set(art["kinds"])
            if "heading" in kinds:
                p.feat("subheadings (short lines without final punctuation)")
            if "list_item" in kinds:
                p.feat("list items")
            if any(re.search(r"(?<!\S)\S*(اقرأ|شارك|تعليق)", x) for x in art["paras"]):
                p.feat("article text uses words like 'اقرأ' / 'شارك' / 'تعليق'")
            if not p.date:
                p.feat("no date stated: gold date null")
            data, file_feats = render(p, slot, rng)
            stem = f"{n:03d}_{site}_{art['outlet']}"
        elif site == "empty":
            p = Page("empty", None)
            p.feat("whitespace-only file")
            data, file_feats = b"\n  \n\t\n", []
            stem = f"{n:03d}_empty_empty"
        else:
            p = (page_404 if site == "404" else page_index)(arts, rng, slot)
            data, file_feats = render(p, dict(slot, wrap=0, marks=False), rng)
            stem = f"{n:03d}_{site}_{site}"
        problems += [f"{stem}: {x}" for x in check_page(p, data, score.read_text)]
        with open(os.path.join(out_dir, "dumps", stem + ".txt"), "wb") as fh:
            fh.write(data)
        gold = p.gold()
        with open(os.path.join(out_dir, "gold", stem + ".json"), "w", encoding="utf-8", newline="\n") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        with open(os.path.join(out_dir, "selfcheck", stem + ".md"), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(gold_markdown(gold))
        manifest.append(
            {
                "dump": stem + ".txt",
                "style": site,
                "article_id": art["id"] if art else None,
                "article_outlet": art["outlet"] if art else None,
                "encoding": slot["encoding"],
                "line_ends": "crlf" if slot.get("crlf") else "lf",
                "features": file_feats + p.features,
                "gold_blocks": len(p.blocks),
                "gold_date": p.date,
            }
        )
    with open(os.path.join(out_dir, "manifest.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(
            {
                "seed": SEED,
                "corpus_articles_excluded": "all article ids used by the development dumps",
                "dumps": manifest,
            },
            fh,
            ensure_ascii=False,
            indent=1,
        )
        fh.write("\n")

    # self-check: gold rendered as Markdown, scored with the corpus score.py
    gold_dir = os.path.join(out_dir, "gold")
    per_file = {}
    for name in sorted(os.listdir(gold_dir)):
        with open(os.path.join(gold_dir, name), encoding="utf-8") as fh:
            g = score.parse_gold(json.load(fh))
        per_file[name[:-5]] = score.score_pair(
            g, score.load_output(os.path.join(out_dir, "selfcheck"), name[:-5], False, False)
        )
    total = score.summarize(per_file)
    print(f"wrote {len(manifest)} dumps to {out_dir}")
    print(
        "self-check (gold as Markdown vs gold): micro P=%.3f R=%.3f F1=%.3f macro F1=%.3f "
        "title=%.3f headings F1=%.3f date=%.3f"
        % (
            total["micro_precision"],
            total["micro_recall"],
            total["micro_f1"],
            total["macro_f1"],
            total["title_accuracy"],
            total["heading_f1"],
            total["date_accuracy"],
        )
    )
    bad = [k for k, v in per_file.items() if v["f1"] < 1 or not v["title_correct"] or not v["date_correct"]]
    if bad:
        problems.append("self-check below 1.000: " + ", ".join(bad))
    for pr in problems:
        print("PROBLEM", pr)
    return 1 if problems else 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Build held-out dumps, gold and manifest (seed %d)." % SEED)
    ap.add_argument("out_dir")
    ap.add_argument("--corpus", default=DEFAULT_CORPUS)
    args = ap.parse_args(argv)
    return build(os.path.abspath(args.out_dir), os.path.abspath(args.corpus))


if __name__ == "__main__":
    sys.exit(main())
