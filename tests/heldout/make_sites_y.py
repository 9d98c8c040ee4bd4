#!/usr/bin/env python3
"""Twenty-second site family for the Warraq dump cleaner (set y; built as held-out set 25, seed 25252).

    python3 tests/heldout/make_sites_y.py OUT_DIR [--corpus DIR]

The shared corpus is --corpus, else $WARRAQ_CORPUS, else ../shared/corpus beside the repository.
Sites: Al-Rai (Jordan), Al-Roeya (UAE), Al-Shabiba (Oman), Al-Dostor (Egypt), MTV Lebanon, Quds News
Network, Business News (Tunisia), Al-Watan (Syria).
Held out in session 14 (first measured at b54a1ec, then looked at and fixed on). The original header follows.

Build a held-out test set for the Warraq article cleaner.

    python3 make.py OUT_DIR [--corpus DIR]

Writes OUT_DIR/dumps/*.txt (raw page dumps), OUT_DIR/gold/*.json (what a
perfect cleaner keeps, in the gold format of score.py), OUT_DIR/manifest.json,
a copy of score.py, OUT_DIR/selfcheck/*.md (every gold file rendered as the
cleaned Markdown a perfect cleaner would write), and then runs score.py on
selfcheck/ against gold/ (must be 1.000 everywhere).

Each dump wraps one real article of the corpus (never one that the
development dumps use, see the corpus manifest; each article used once) in
the page furniture of one of eight Arabic news sites that the development set
does not use.  The article text itself is never changed: the gold blocks are
the article's paragraphs / headings / list items exactly as in the corpus.

Deterministic: a fixed SEED, string-seeded sub-generators (one per site and
dump), sorted inputs and no clock.  Running it twice gives byte-identical
files.  Standard library only (Python 3.11).
"""

from __future__ import annotations

import argparse
import datetime as dt
import glob
import importlib.util
import json
import os
import random
import re
import shutil
import subprocess
import sys

SEED = 25252
DEFAULT_CORPUS = os.environ.get("WARRAQ_CORPUS") or os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "corpus"
)


def rng_for(*parts) -> random.Random:
    """Sub-generator seeded by a string (sha512-based, stable across runs)."""
    return random.Random("heldout|%d|%s" % (SEED, "|".join(str(p) for p in parts)))


# ------------------------------------------------------------------ calendars
WEEKDAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
WEEKDAYS_LB = ["الاثنين", "الثلثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
MONTHS_STD = [
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
MONTHS_TN = ["جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
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
EASTERN = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def to_hijri(d: dt.date) -> tuple[int, int, int]:
    """Tabular Islamic calendar (integer algorithm on the Julian day number).
    It may differ by a day from official calendars, as page widgets do."""
    jd = d.toordinal() + 1721425
    l = jd - 1948440 + 10632
    n = (l - 1) // 10631
    l = l - 10631 * n + 354
    j = ((10985 - l) // 5316) * ((50 * l) // 17719) + (l // 5670) * ((43 * l) // 15238)
    l = l - ((30 - j) // 15) * ((17719 * j) // 50) - (j // 16) * ((15238 * j) // 43) + 29
    m = (24 * l) // 709
    day = l - (709 * m) // 24
    y = 30 * n + j - 30
    return y, m, day


def hijri_str(d: dt.date) -> str:
    y, m, day = to_hijri(d)
    return f"{day} {HIJRI_MONTHS[m - 1]} {y}"


def h12(d: dt.datetime) -> str:
    h = d.hour % 12 or 12
    return f"{h:02d}:{d.minute:02d} " + ("ص" if d.hour < 12 else "م")


def hhmm(d: dt.datetime) -> str:
    return f"{d.hour:02d}:{d.minute:02d}"


def article_datetime(a: dict, rng: random.Random) -> dt.datetime | None:
    """Local publication time of the article (the date part is what the gold
    records).  Date-only values get a made-up time of day for display."""
    s = a.get("date")
    if not s:
        return None
    if len(s) == 10:
        d = dt.datetime.strptime(s, "%Y-%m-%d")
        return d.replace(hour=rng.randint(7, 22), minute=rng.randint(0, 59), second=rng.randint(0, 59))
    d = dt.datetime.fromisoformat(s)
    return d.replace(tzinfo=None)


def crawl_datetime(a: dict, rng: random.Random) -> dt.datetime:
    """'Today' on the page (header date): some time after publication."""
    base = article_datetime(a, rng)
    if base is None and a.get("date_extracted"):
        base = dt.datetime.strptime(a["date_extracted"][:10], "%Y-%m-%d")
    if base is None:
        base = dt.datetime(2016, 3, 1)
    d = base + dt.timedelta(days=rng.randint(2, 700))
    return d.replace(hour=rng.randint(6, 23), minute=rng.randint(0, 59))


# ------------------------------------------------------------------ sites
SITES = [
    # slug, Arabic name, country, address
    ("alrai", "الرأي", "Jordan", "alrai.com"),
    ("alroeya", "الرؤية", "UAE", "alroeya.com"),
    ("shabiba", "الشبيبة", "Oman", "shabiba.com"),
    ("dostor", "الدستور", "Egypt", "dostor.org"),
    ("mtv-lebanon", "إم تي في لبنان", "Lebanon", "mtv.com.lb (Arabic)"),
    ("qudsn", "شبكة قدس الإخبارية", "Palestine", "qudsn.co"),
    ("businessnews", "بزنس نيوز", "Tunisia", "businessnews.com.tn (Arabic edition)"),
    ("alwatan-sy", "الوطن", "Syria", "alwatan.sy"),
]
SITE_NAMES = {s[0]: s[1] for s in SITES}

# What was seen on real pages (the rest of each site's furniture is ordinary
# page furniture written here in our own words).
OBSERVED = {
    "alrai": "date line 'تاريخ النشر : <weekday> HH:MM D-M-YYYY', a 'No Image' placeholder and "
    "a CSS ad rule (#Alrai_LB_01_..._ad {...}) printed as text at the top "
    "(alrai.com/article/10877438, alrai.com/article/10593725)",
    "dostor": "masthead lines 'رئيس مجلسى الإدارة والتحرير' / 'محمد الباز' twice at the top "
    "(dostor.org/3231310); the date shape 'الأحد 30/نوفمبر/2025 - 08:37 م' followed by "
    "'11/30/2025 8:37:46 PM' was seen on another Egyptian site of the same kind",
    "mtv-lebanon": "'خاص موقع mtv:' as the line before the text and the stretched "
    "'غــــرد تــــعــــلــــيــــقــــك' line after it (mtv.com.lb/News/محليات/1542316); "
    "Lebanese spelling 'الثلثاء'",
    "qudsn": "site name line 'شبكة قدس الإخبارية' above the title, author lines 'هيئة التحرير' / "
    "'الموقع', datelines such as 'رام الله - قدس الإخبارية:' "
    "(qudsn.co/post/183144, /143736, /114949)",
    "alwatan-sy": "byline written as '| <name>' under the title (alwatan.sy/archives/76486)",
    "alroeya": "none (furniture in our own wording)",
    "shabiba": "none (furniture in our own wording)",
    "businessnews": "none (furniture in our own wording); Tunisian month names as on Tunisian sites",
}

COMMENT_NAMES = [
    "أبو خالد",
    "رنا",
    "محمود الشريف",
    "سلمى",
    "Hassan",
    "مواطن غيور",
    "ابو فادي",
    "زياد",
    "Mona A.",
    "قارئ",
    "ياسمين",
    "أبو سامي",
    "عماد",
    "Karim",
]
COMMENTS = [
    "نفس الكلام نسمعه كل سنة والنتيجة صفر",
    "شكرا على الخبر، ننتظر التفاصيل",
    "الله يستر من القادم",
    "هل من مصدر رسمي لهذا الكلام؟",
    "خبر مهم جدا ويستحق المتابعة",
    "كل الاحترام لكاتب المقال",
    "يا ريت تنشروا الرابط الأصلي للتقرير",
    "الأسعار نار والمواطن هو من يدفع الثمن دائما، متى ستنتهي هذه المعاناة؟",
    "تغطية ممتازة كالعادة، لكن العنوان مبالغ فيه قليلا مقارنة بمضمون الخبر.",
    "أتمنى أن لا يبقى هذا القرار حبرا على ورق كما حدث مع قرارات سابقة كثيرة.",
    "المشكلة ليست في القوانين بل في تطبيقها، والكل يعرف ذلك",
    "متابعين من المهجر، بالتوفيق",
]
CAPTIONS = [
    "صورة أرشيفية",
    "من المكان",
    "صورة تعبيرية",
    "خلال الاجتماع",
    "جانب من الفعالية",
    "مشهد عام للمدينة",
    "لقطة من الأرشيف",
    "خلال مؤتمر صحفي",
]
AGENCIES = ["رويترز", "أ ف ب", "الأناضول", "أ ب", "د ب أ", "EPA", "Getty"]
CONTROL_BODY = ["\u200f", "\u200e", "\u200b", "\u061c"]  # removed by score.py
CONTROL_ANY = CONTROL_BODY + ["\u200d", "\u200c", "\u202b", "\u202c"]  # furniture only


# ------------------------------------------------------------------ articles
def load_articles(corpus: str) -> dict[str, dict]:
    arts = {}
    for path in sorted(glob.glob(os.path.join(corpus, "articles", "*.jsonl"))):
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


class Ctx:
    """Shared helpers for one dump: other headlines and teasers."""

    def __init__(self, arts: dict, a: dict | None, rng: random.Random):
        self.arts = arts
        self.a = a
        self.rng = rng
        own = set(a["paras"]) | {a["title"]} if a else set()
        self.pool = sorted(k for k, v in arts.items() if (a is None or k != a["id"]) and v["title"] not in own)
        self.taken: set[str] = set()

    def others(self, n: int) -> list[str]:
        ids = [k for k in self.pool if k not in self.taken]
        pick = self.rng.sample(ids, n)
        self.taken.update(pick)
        return pick

    def titles(self, n: int) -> list[str]:
        return [self.arts[k]["title"] for k in self.others(n)]

    def teaser(self, k: str, limit: int, ell: str = "...") -> str:
        first = self.arts[k]["paras"][0]
        if len(first) <= limit:
            cut = first.rsplit(" ", 3)[0]
        else:
            cut = first[:limit].rsplit(" ", 1)[0]
        return cut.rstrip("،,.:؛") + ell


# ------------------------------------------------------------------ page
class Page:
    def __init__(self, site: str, a: dict | None):
        self.items: list[list] = []  # [text, is_body]
        self.blocks: list[dict] = []
        self.a = a
        self.title = a["title"] if a else None
        self.date: str | None = None
        self.outlet = site if a else None
        self.features: list[str] = []

    def bp(self, *lines: str):
        for line in lines:
            self.items.append([line, False])

    def blank(self, n: int = 1):
        for _ in range(n):
            self.items.append(["", False])

    def gap(self):
        """One blank line unless the last line is already blank."""
        if self.items and self.items[-1][0] != "":
            self.blank()

    def body(self, sep: str = "blank", inserts: dict | None = None, after: dict | None = None):
        """Write the article blocks.  sep='blank': a blank line between
        blocks; sep='line': none.  inserts maps a block index to furniture
        lines written before that block."""
        inserts = inserts or {}
        paras, kinds = self.a["paras"], self.a["kinds"]
        for i, (text, kind) in enumerate(zip(paras, kinds)):
            if i in inserts:
                if sep == "blank":
                    self.gap()
                self.bp(*inserts[i])
                if sep == "blank":
                    self.blank()
            self.items.append([text, True])
            self.blocks.append({"kind": kind, "text": text})
            if sep == "blank" and i < len(paras) - 1:
                self.blank()

    def set_date(self, d: dt.datetime):
        self.date = d.date().isoformat()

    def gold(self) -> dict:
        return {"title": self.title, "date": self.date, "outlet": self.outlet, "blocks": self.blocks}


def menu(rng, items: list[str], mode: str) -> list[str]:
    if mode == "lines":
        return list(items)
    if mode == "bar":
        return [" | ".join(items)]
    return [" ".join(items)]


def pick_menu(rng, base: list[str], n_min: int, n_max: int, first: str | None = "الرئيسية") -> list[str]:
    core = [x for x in base if x != first]
    n = min(len(core), rng.randint(n_min, n_max))
    idx = sorted(rng.sample(range(len(core)), n))
    items = [core[i] for i in idx]
    return ([first] if first else []) + items


def comments(rng, n: int, times: list[str]) -> list[tuple[str, str, str]]:
    names = rng.sample(COMMENT_NAMES, n)
    texts = rng.sample(COMMENTS, n)
    return [(nm, rng.choice(times), tx) for nm, tx in zip(names, texts)]


RELATIVE = [
    "منذ ساعة",
    "منذ ساعتين",
    "منذ 3 ساعات",
    "منذ 5 ساعات",
    "منذ يوم",
    "منذ يومين",
    "منذ 4 أيام",
    "منذ أسبوع",
    "منذ 3 أسابيع",
    "منذ شهر",
    "منذ سنة",
]


def inline_box_pos(a: dict, rng) -> int | None:
    n = len(a["paras"])
    if n < 4:
        return None
    return rng.randint(2, n - 2)


# ------------------------------------------------------------------ Al-Rai (Jordan)
ALRAI_NAV = [
    "الرئيسية",
    "محليات",
    "اقتصاد",
    "عربي ودولي",
    "رياضة",
    "كتاب",
    "ثقافة وفنون",
    "شباب وجامعات",
    "المرأة",
    "أبواب",
    "الرأي الرياضي",
    "كاريكاتير",
    "فيديو",
    "ملاحق",
    "مقالات مختارة",
    "عين على القدس",
    "نسخة PDF",
]


def site_alrai(ctx: Ctx, a: dict, rng, opt) -> Page:
    p = Page("alrai", a)
    d = article_datetime(a, rng)
    today = crawl_datetime(a, rng)
    css = (
        "#Alrai_LB_01_Article_full_ad { width: 728px; height: 90px; background: #eee; margin:0 auto; "
        "@media screen and (max-width:768px){ #Alrai_LB_01_Article_full_ad{ display: none } } }"
    )
    if opt.get("css"):
        p.bp(css, css)
        p.blank()
        p.features.append("CSS ad rule printed as text (twice)")
    if opt.get("page_title"):
        p.bp(a["title"] + " - الرأي")
        p.blank()
    p.bp(
        f"{WEEKDAYS[today.weekday()]} {today.day} {MONTHS_LEV[today.month - 1]} {today.year}"
        + (f" - {hijri_str(today.date())} هـ" if opt.get("hijri_header") else "")
    )
    p.features.append("header date = crawl day (not the publication date)")
    p.bp(*menu(rng, pick_menu(rng, ALRAI_NAV, 8, 14), opt.get("menu", "lines")))
    p.blank()
    section = rng.choice(["محليات", "عربي ودولي", "اقتصاد", "ثقافة وفنون"])
    p.bp(f"الرئيسية / {section}")
    p.blank()
    p.bp(a["title"])
    p.blank()
    if d and opt.get("date", True):
        p.bp(f"تاريخ النشر : {WEEKDAYS[d.weekday()]} {hhmm(d)} {d.day}-{d.month}-{d.year}")
        p.set_date(d)
    if opt.get("noimage"):
        p.bp("No Image")
    elif opt.get("caption"):
        p.bp(f"{rng.choice(CAPTIONS)} ({rng.choice(AGENCIES)})")
    if opt.get("byline"):
        p.bp(rng.choice(["عمان - الرأي", "عواصم - وكالات", "عمان - بترا", "الرأي - وكالات"]))
    p.blank()
    inserts = {}
    if opt.get("inline"):
        k = inline_box_pos(a, rng)
        if k is not None:
            inserts[k] = ["إقرأ أيضاً:", ctx.titles(1)[0]]
            p.features.append("inline related link")
    p.body(sep=opt.get("sep", "blank"), inserts=inserts)
    p.blank(2)
    p.bp("شارك", "Facebook", "Twitter", "WhatsApp", "")
    if opt.get("related"):
        p.bp("أخبار ذات صلة", "")
        for t in ctx.titles(3):
            p.bp(t, "")
    p.bp("الأكثر قراءة", "")
    for i, t in enumerate(ctx.titles(opt.get("most_read", 5)), 1):
        p.bp(str(i), t)
    p.blank()
    p.bp("الأكثر مشاهدة")
    p.blank()
    if opt.get("app"):
        p.bp("حمّل تطبيق الرأي", "App Store", "Google Play", "")
    p.bp(*menu(rng, ["من نحن", "اتصل بنا", "أعلن معنا", "الاشتراكات", "سياسة الخصوصية"], "bar"))
    p.bp(f"جميع الحقوق محفوظة للمؤسسة الصحفية الأردنية - الرأي © {today.year}")
    return p


# ------------------------------------------------------------------ Al-Roeya (UAE)
ROEYA_NAV = [
    "الرئيسية",
    "الإمارات",
    "الخليج",
    "العالم",
    "اقتصاد",
    "أسواق",
    "رياضة",
    "ثقافة",
    "فن",
    "تكنولوجيا",
    "صحة",
    "منوعات",
    "رأي",
    "فيديو",
    "إنفوجراف",
    "الرؤية TV",
]


def site_alroeya(ctx: Ctx, a: dict, rng, opt) -> Page:
    p = Page("alroeya", a)
    d = article_datetime(a, rng)
    today = crawl_datetime(a, rng)
    if opt.get("page_title"):
        short = a["title"] if len(a["title"]) < 45 else a["title"][:42].rsplit(" ", 1)[0] + "..."
        p.bp(short + " | الرؤية")
        p.blank()
        p.features.append("shortened title with site suffix in the first line")
    p.bp("الرؤية", "Alroeya")
    p.bp(f"دبي {rng.randint(24, 44)}° | أبوظبي {rng.randint(24, 44)}°")
    p.blank()
    p.bp(*menu(rng, pick_menu(rng, ROEYA_NAV, 9, 15), opt.get("menu", "lines")))
    p.blank()
    section = rng.choice(["الإمارات", "اقتصاد", "العالم", "تكنولوجيا"])
    p.bp(f"الرئيسية › {section}")
    p.blank()
    p.bp(a["title"])
    p.blank()
    first = a["paras"][0]
    if opt.get("standfirst"):
        m = re.match(r"^(.{50,}?[.!؟])\s", first)
        lead = m.group(1) if m else first
        p.bp(lead)
        p.blank()
        p.features.append("standfirst repeating the start of the first paragraph")
    if opt.get("caption", True):
        p.bp(f"{rng.choice(CAPTIONS)} - ({rng.choice(['الرؤية', 'أرشيفية'] + AGENCIES)})")
    p.bp(rng.choice(["دبي ـ الرؤية", "أبوظبي ـ الرؤية", "الرؤية ـ وكالات", "دبي ـ خاص"]))
    if d and opt.get("date", True):
        p.bp(f"نُشر: {d.day} {MONTHS_STD[d.month - 1]} {d.year} - {h12(d)}")
        p.set_date(d)
        if opt.get("updated"):
            u = d + dt.timedelta(days=rng.randint(1, 3), hours=rng.randint(1, 9))
            p.bp(f"آخر تحديث: {u.day} {MONTHS_STD[u.month - 1]} {u.year} - {h12(u)}")
            p.features.append("publication and later update date")
    p.blank()
    p.bp("شارك الخبر", "فيسبوك تويتر واتساب لينكدإن")
    p.blank()
    inserts = {}
    if opt.get("inline"):
        k = inline_box_pos(a, rng)
        if k is not None:
            inserts[k] = [f"اقرأ أيضاً: {ctx.titles(1)[0]}"]
            p.features.append("inline related link")
    p.body(sep=opt.get("sep", "blank"), inserts=inserts)
    p.blank(2)
    if opt.get("tags"):
        p.bp(
            "الوسوم: "
            + "، ".join(rng.sample(["الإمارات", "اقتصاد", "دبي", "أبوظبي", "أسواق", "تكنولوجيا", "الخليج", "النفط"], 3))
        )
        p.blank()
    p.bp("مقالات ذات صلة", "")
    for k in ctx.others(opt.get("related_n", 3)):
        p.bp(ctx.arts[k]["title"])
        if opt.get("teasers"):
            p.bp(ctx.teaser(k, 130))
        p.blank()
    p.bp("الأكثر قراءة")
    for i, t in enumerate(ctx.titles(5), 1):
        p.bp(f"{i}  {t}")
    p.blank()
    if opt.get("newsletter"):
        p.bp(
            "النشرة الإخبارية",
            "اشترك في النشرة اليومية للرؤية واحصل على أهم الأخبار في بريدك",
            "البريد الإلكتروني",
            "اشترك",
            "",
        )
    p.bp("تابعونا", "Instagram", "Twitter", "YouTube", "")
    p.bp("من نحن | اتصل بنا | أعلن معنا | سياسة الخصوصية | الشروط والأحكام")
    p.bp(f"© {today.year} الرؤية. جميع الحقوق محفوظة")
    return p


# ------------------------------------------------------------------ Al-Shabiba (Oman)
SHABIBA_NAV = [
    "الرئيسية",
    "محليات",
    "اقتصاد",
    "العالم",
    "رياضة",
    "فنون",
    "صحة",
    "تكنولوجيا",
    "مقالات",
    "منوعات",
    "شباب",
    "ملاحق",
    "الشبيبة TV",
    "العدد الورقي",
]


def site_shabiba(ctx: Ctx, a: dict, rng, opt) -> Page:
    p = Page("shabiba", a)
    d = article_datetime(a, rng)
    today = crawl_datetime(a, rng)
    hy, hm, hd = to_hijri(today.date())
    head = (
        f"{WEEKDAYS[today.weekday()]} {hd} {HIJRI_MONTHS[hm - 1]} {hy} هـ | "
        f"{today.day} {MONTHS_STD[today.month - 1]} {today.year} م"
    )
    p.bp(head.translate(EASTERN) if opt.get("eastern_header", True) else head)
    p.features.append("header Hijri + Gregorian date = crawl day")
    if opt.get("prayer"):
        p.bp("مواقيت الصلاة - مسقط")
        t = [(4, 20), (12, 15), (15, 38), (18, 25), (19, 40)]
        for name, (hh, mm) in zip(["الفجر", "الظهر", "العصر", "المغرب", "العشاء"], t):
            p.bp(f"{name} {hh:02d}:{(mm + rng.randint(0, 15)) % 60:02d}")
    p.bp(f"مسقط {rng.randint(22, 45)}°", "English")
    p.blank()
    p.bp(*menu(rng, pick_menu(rng, SHABIBA_NAV, 7, 12), opt.get("menu", "lines")))
    p.blank()
    if opt.get("page_title"):
        p.bp(a["title"])
        p.blank()
    p.bp(rng.choice(["محليات", "اقتصاد", "العالم", "رياضة"]))
    p.bp(a["title"])
    p.blank()
    if opt.get("byline", True):
        p.bp(rng.choice(["مسقط - الشبيبة", "مسقط - ش", "الشبيبة - وكالات", "صلالة - الشبيبة"]))
    if d and opt.get("date", True):
        if opt.get("eastern_date"):
            s = f"{WEEKDAYS[d.weekday()]} {d.day} / {MONTHS_STD[d.month - 1]} / {d.year} - {h12(d)}"
            p.bp(s.translate(EASTERN))
            p.features.append("article date in Eastern Arabic digits")
        else:
            p.bp(f"{d.day} {MONTHS_STD[d.month - 1]} {d.year} | {hijri_str(d.date())} هـ")
            p.features.append("article date Gregorian + Hijri")
        p.set_date(d)
    p.bp("حجم الخط", "+", "-", "طباعة")
    p.blank()
    inserts = {}
    if opt.get("inline"):
        k = inline_box_pos(a, rng)
        if k is not None:
            ts = ctx.titles(2)
            inserts[k] = ["اقرأ أيضا", ts[0], ts[1]]
            p.features.append("inline related box")
    p.body(sep=opt.get("sep", "blank"), inserts=inserts)
    p.blank()
    p.bp("شارك هذا الخبر", "واتساب", "تويتر", "فيسبوك", "البريد الإلكتروني")
    p.blank()
    p.bp("مواضيع ذات صلة")
    for t in ctx.titles(opt.get("related_n", 4)):
        p.bp(t)
    p.blank()
    if opt.get("whatsapp"):
        p.bp("انضم إلى قناة الشبيبة على واتساب لتصلك آخر الأخبار أولاً بأول")
        p.blank()
    p.bp("الأكثر تداولا")
    for t in ctx.titles(4):
        p.bp(t)
    p.blank()
    p.bp("تابعونا على", "X", "Instagram", "Snapchat", "YouTube")
    p.bp(f"جميع الحقوق محفوظة © {today.year} الشبيبة")
    return p


# ------------------------------------------------------------------ Al-Dostor (Egypt)
DOSTOR_NAV = [
    "الرئيسية",
    "أخبار مصر",
    "سياسة",
    "حوادث",
    "رياضة",
    "اقتصاد",
    "فن",
    "ثقافة",
    "محافظات",
    "عرب وعالم",
    "المرأة",
    "دين وفتوى",
    "تقارير وتحقيقات",
    "جامعات",
    "فيديو",
    "منوعات",
    "آراء",
]
DOSTOR_WRITERS = [
    "كتب: أحمد فتحي",
    "كتبت: منى سعيد",
    "كتب: محمود عبد الحميد",
    "وكالات",
    "كتب: عمرو جمال",
    "كتبت: آية محمد",
]


def site_dostor(ctx: Ctx, a: dict, rng, opt) -> Page:
    p = Page("dostor", a)
    d = article_datetime(a, rng)
    today = crawl_datetime(a, rng)
    if opt.get("page_title"):
        p.bp(a["title"] + " - الدستور")
        p.blank()
    p.bp("رئيس مجلسى الإدارة والتحرير", "محمد الباز", "رئيس مجلسى الإدارة والتحرير", "محمد الباز")
    p.blank()
    p.bp(*menu(rng, pick_menu(rng, DOSTOR_NAV, 10, 16), opt.get("menu", "spaces")))
    p.blank()
    if opt.get("breaking"):
        for t in ctx.titles(2):
            p.bp(f"عاجل | {t}")
        p.blank()
    p.bp(a["title"])
    p.blank()
    writer = rng.choice(DOSTOR_WRITERS)
    if opt.get("writer", True):
        p.bp(writer)
    if d and opt.get("date", True):
        p.bp(
            f"{WEEKDAYS[d.weekday()]} {d.day:02d}/{MONTHS_STD[d.month - 1]}/{d.year} - {h12(d)} "
            f"{d.month}/{d.day}/{d.year} {d.hour % 12 or 12}:{d.minute:02d}:{d.second:02d} "
            + ("AM" if d.hour < 12 else "PM")
        )
        p.set_date(d)
    elif opt.get("relative"):
        p.bp(rng.choice(RELATIVE[:5]))
        p.features.append("relative time only (no date)")
    if opt.get("writer_twice") and opt.get("writer", True):
        p.bp(writer.split(": ")[-1])
    if opt.get("caption"):
        p.bp(f"{rng.choice(CAPTIONS)}")
    p.blank()
    inserts = {}
    if opt.get("inline"):
        n = len(a["paras"])
        spots = [k for k in range(2, n - 1)]
        for k in sorted(rng.sample(spots, min(len(spots), opt.get("inline", 1)))):
            inserts[k] = [f"اقرأ أيضًا.. {ctx.titles(1)[0]}"]
        if inserts:
            p.features.append(f"{len(inserts)} inline related link(s)")
    p.body(sep=opt.get("sep", "blank"), inserts=inserts)
    p.blank()
    p.bp("طباعة", "شارك")
    p.blank()
    p.bp("تابع أحدث الأخبار عبر تطبيق Google news")
    p.blank()
    if opt.get("tags"):
        p.bp("كلمات دالة")
        p.bp(
            *rng.sample(
                ["مصر", "القاهرة", "الحكومة", "البرلمان", "الأسعار", "الدولار", "الأهلي", "الزمالك", "وزارة الصحة"], 4
            )
        )
        p.blank()
    p.bp("موضوعات متعلقة")
    for k in ctx.others(3):
        p.bp(ctx.arts[k]["title"])
        if opt.get("teasers"):
            p.bp(ctx.teaser(k, 150))
    p.blank()
    p.bp("الأكثر قراءة")
    for t in ctx.titles(6):
        p.bp(t)
    p.blank()
    p.bp(f"جميع الحقوق محفوظة لـ الدستور © {today.year}")
    return p


# ------------------------------------------------------------------ MTV Lebanon
MTV_NAV = [
    "الأخبار",
    "محليات",
    "دوليات",
    "اقتصاد",
    "رياضة",
    "فن ومشاهير",
    "صحة",
    "تكنولوجيا",
    "منوعات",
    "أخبار عاجلة",
    "البرامج",
    "فيديو",
    "الطقس",
]
TWEET = "غــــــــرد تــــــــعــــــــــــلــــــــيــــــــقــــــــك"


def site_mtv(ctx: Ctx, a: dict, rng, opt) -> Page:
    p = Page("mtv-lebanon", a)
    d = article_datetime(a, rng)
    today = crawl_datetime(a, rng)
    if opt.get("page_title"):
        p.bp("MTV Lebanon - " + a["title"])
        p.blank()
        p.features.append("site prefix on the first title line")
    p.bp("MTV Lebanon", "Live", "البث المباشر", "عربي | English")
    p.blank()
    p.bp(*menu(rng, pick_menu(rng, MTV_NAV, 7, 11, first=None), opt.get("menu", "lines")))
    p.blank()
    if opt.get("breaking"):
        p.bp("عاجل")
        for t in ctx.titles(3):
            p.bp(t)
        p.blank()
    p.bp(rng.choice(["محليات", "دوليات", "منوعات", "اقتصاد"]))
    style = opt.get("date_style", "en")
    if d and opt.get("date", True):
        if style == "en":
            p.bp(f"{d.day:02d} {MONTHS_EN[d.month - 1]} {d.year} {hhmm(d)}")
            p.features.append("date with English month abbreviation")
        else:
            p.bp(f"{WEEKDAYS_LB[d.weekday()]} {d.day} {MONTHS_LEV[d.month - 1]} {d.year}")
            p.features.append("date with Levantine month")
        p.set_date(d)
    elif opt.get("relative"):
        p.bp(rng.choice(RELATIVE[:6]))
        p.features.append("relative time only (no date)")
    p.blank()
    p.bp(a["title"])
    p.blank()
    if opt.get("caption"):
        p.bp(f"{rng.choice(CAPTIONS)} ({rng.choice(AGENCIES)})")
        p.blank()
    if opt.get("special"):
        p.bp("خاص موقع mtv:")
    inserts = {}
    if opt.get("inline"):
        k = inline_box_pos(a, rng)
        if k is not None:
            inserts[k] = ["إقرأ أيضاً", ctx.titles(1)[0]]
            p.features.append("inline related link")
    p.body(sep=opt.get("sep", "blank"), inserts=inserts)
    p.blank()
    p.bp(TWEET)
    p.blank()
    p.bp("أخبار ذات صلة")
    for t in ctx.titles(opt.get("related_n", 3)):
        p.bp(t)
    p.blank()
    if opt.get("whatsapp"):
        p.bp("تابعوا آخر الأخبار عبر قناة mtv على واتساب", "اضغط هنا")
        p.blank()
    p.bp("الأكثر قراءة")
    for t in ctx.titles(5):
        p.bp(t)
    p.blank()
    p.bp("Download MTV Lebanon App", "App Store", "Google Play")
    p.bp(f"© {today.year} MTV Lebanon. جميع الحقوق محفوظة")
    return p


# ------------------------------------------------------------------ Quds News Network
QUDS_NAV = [
    "الرئيسية",
    "أخبار",
    "الضفة",
    "غزة",
    "القدس",
    "الداخل المحتل",
    "الأسرى",
    "تقارير",
    "مقالات",
    "ترجمات",
    "فيديو",
    "إنفوجرافيك",
    "English",
]


def site_qudsn(ctx: Ctx, a: dict, rng, opt) -> Page:
    p = Page("qudsn", a)
    d = article_datetime(a, rng)
    today = crawl_datetime(a, rng)
    if opt.get("page_title"):
        p.bp(a["title"] + " | شبكة قدس الإخبارية")
        p.blank()
    p.bp(*menu(rng, pick_menu(rng, QUDS_NAV, 7, 11), opt.get("menu", "lines")))
    p.blank()
    p.bp("شبكة قدس الإخبارية")
    p.blank()
    p.bp(a["title"])
    p.blank()
    p.bp(rng.choice(["هيئة التحرير", "الموقع", "ترجمة خاصة", "متابعة قدس"]))
    p.blank()
    if d and opt.get("date", True):
        if opt.get("lev_date"):
            p.bp(f"{WEEKDAYS[d.weekday()]} {d.day} {MONTHS_LEV[d.month - 1]} {d.year} | {hhmm(d)}")
        else:
            p.bp(f"{d.year}/{d.month:02d}/{d.day:02d} {hhmm(d)}")
            p.features.append("numeric date YYYY/MM/DD")
        p.set_date(d)
    if opt.get("dateline"):
        p.bp(
            rng.choice(
                [
                    "رام الله - قدس الإخبارية:",
                    "غزة - قدس الإخبارية:",
                    "القدس المحتلة - قدس الإخبارية:",
                    "فلسطين المحتلة - قدس الإخبارية:",
                ]
            )
        )
        p.features.append("dateline on its own line before the text")
    inserts = {}
    if opt.get("inline"):
        k = inline_box_pos(a, rng)
        if k is not None:
            inserts[k] = [f"اقرأ أيضاً: {ctx.titles(1)[0]}"]
            p.features.append("inline related link")
    p.body(sep=opt.get("sep", "blank"), inserts=inserts)
    p.blank()
    p.bp(" ".join("#" + t for t in rng.sample(["فلسطين", "غزة", "القدس", "الضفة", "الاحتلال", "الأسرى", "الأقصى"], 3)))
    p.blank()
    p.bp("تابعوا قناة شبكة قدس على تيليجرام ليصلكم كل جديد")
    p.blank()
    if opt.get("fb_comments"):
        n = opt["fb_comments"]
        p.bp(f"{n} تعليقات", "ترتيب حسب", "الأقدم", "أضف تعليقًا...")
        for name, when, text in comments(rng, n, RELATIVE):
            p.bp(name, text, f"أعجبني · رد · {when}")
        p.bp("المكون الإضافي لتعليقات فيسبوك")
        p.blank()
        p.features.append("Facebook comments plugin with relative times")
    p.bp("الأكثر قراءة")
    for k in ctx.others(4):
        p.bp(ctx.arts[k]["title"])
        if opt.get("teasers"):
            p.bp(ctx.teaser(k, 110, "…"))
    p.blank()
    p.bp(f"جميع الحقوق محفوظة © شبكة قدس الإخبارية {today.year}")
    return p


# ------------------------------------------------------------------ Business News (Tunisia)
BN_NAV = [
    "الرئيسية",
    "وطنية",
    "سياسة",
    "اقتصاد",
    "مال وأعمال",
    "جهات",
    "عالمية",
    "رياضة",
    "ثقافة",
    "آراء",
    "فيديو",
    "بورصة",
]


def tn_date(d: dt.datetime) -> str:
    return f"{WEEKDAYS[d.weekday()]} {d.day} {MONTHS_TN[d.month - 1]} {d.year}"


def site_businessnews(ctx: Ctx, a: dict, rng, opt) -> Page:
    p = Page("businessnews", a)
    d = article_datetime(a, rng)
    today = crawl_datetime(a, rng)
    if opt.get("page_title"):
        p.bp(a["title"] + " - Business News")
        p.blank()
    p.bp("Business News", "بزنس نيوز", "Français | عربي")
    p.bp(tn_date(today))
    p.features.append("header date with Tunisian month = crawl day")
    if opt.get("ticker", True):
        idx = rng.randint(5400, 7300) + rng.randint(0, 99) / 100
        ch = rng.randint(-90, 90) / 100
        p.bp(f"توننداكس {idx:.2f}".replace(".", ",") + f" ({ch:+.2f}%)".replace(".", ","))
        p.bp(
            f"الأورو {rng.randint(28000, 34000) / 10000:.4f} د".replace(".", ","),
            f"الدولار {rng.randint(23000, 31000) / 10000:.4f} د".replace(".", ","),
        )
    p.blank()
    p.bp(*menu(rng, pick_menu(rng, BN_NAV, 7, 11), opt.get("menu", "spaces")))
    p.blank()
    p.bp(a["title"])
    p.blank()
    if d and opt.get("date", True):
        if opt.get("num_date"):
            p.bp(f"نشر في {d.day:02d}/{d.month:02d}/{d.year} {hhmm(d)}")
        else:
            p.bp(f"{d.day} {MONTHS_TN[d.month - 1]} {d.year} - {hhmm(d)}")
            p.features.append("article date with Tunisian month")
        p.set_date(d)
    if opt.get("views"):
        p.bp(f"عدد القراءات: {rng.randint(300, 9000)}")
    p.blank()
    inserts = {}
    if opt.get("inline"):
        k = inline_box_pos(a, rng)
        if k is not None:
            inserts[k] = ["اقرأ أيضا", ctx.titles(1)[0]]
            p.features.append("inline related link")
    p.body(sep=opt.get("sep", "blank"), inserts=inserts)
    if opt.get("initials", True):
        p.blank()
        p.bp(rng.choice(["م.ب", "ن.ع", "إ.ع", "ل.ب", "س.ج"]))
        p.features.append("author initials after the text")
    p.blank()
    p.bp("اقرأ أيضا")
    for t in ctx.titles(3):
        p.bp(t)
    p.blank()
    n = opt.get("comments", 0)
    p.bp(f"تعليقات القراء ({n})")
    if n:
        for name, when, text in comments(rng, n, RELATIVE):
            p.bp(f"{name} | {when}", text)
        p.features.append("reader comments with relative times")
    p.bp("أضف تعليقك", "التعليقات لا تعبر إلا عن رأي أصحابها")
    p.blank()
    p.bp("الأكثر قراءة")
    for t in ctx.titles(5):
        p.bp(t)
    p.blank()
    p.bp(f"© Business News {today.year} - جميع الحقوق محفوظة")
    return p


# ------------------------------------------------------------------ Al-Watan (Syria)
WATAN_NAV = [
    "الرئيسية",
    "سورية",
    "عربي ودولي",
    "اقتصاد",
    "رياضة",
    "ثقافة وفن",
    "محليات",
    "منوعات",
    "قضايا وآراء",
    "مقالات",
    "كاريكاتير",
    "العدد الورقي PDF",
]


def site_alwatan_sy(ctx: Ctx, a: dict, rng, opt) -> Page:
    p = Page("alwatan-sy", a)
    d = article_datetime(a, rng)
    today = crawl_datetime(a, rng)
    if opt.get("page_title"):
        p.bp(a["title"] + " | الوطن")
        p.blank()
    p.bp("الوطن", "يومية سياسية مستقلة")
    p.bp(f"{WEEKDAYS[today.weekday()]}، {today.day} {MONTHS_LEV[today.month - 1]} {today.year}")
    p.features.append("header date with Levantine month = crawl day")
    p.blank()
    p.bp(*menu(rng, pick_menu(rng, WATAN_NAV, 6, 10), opt.get("menu", "lines")))
    p.blank()
    p.bp(rng.choice(["سورية", "عربي ودولي", "اقتصاد", "رياضة"]))
    p.bp(a["title"])
    p.bp("| " + rng.choice(["الوطن", "وكالات", "دمشق - الوطن", "الوطن - وكالات"]))
    if d and opt.get("date", True):
        if opt.get("dash_date"):
            p.bp(f"{d.day:02d}-{d.month:02d}-{d.year}")
            p.features.append("numeric date DD-MM-YYYY")
        else:
            p.bp(f"{d.day} {MONTHS_LEV[d.month - 1]} {d.year}")
        p.set_date(d)
    p.blank()
    inserts = {}
    if opt.get("inline"):
        k = inline_box_pos(a, rng)
        if k is not None:
            ts = ctx.titles(3)
            inserts[k] = ["مقالات ذات صلة"] + ts
            p.features.append("inline related box (3 headlines)")
    p.body(sep=opt.get("sep", "blank"), inserts=inserts)
    p.blank()
    p.bp("شارك هذا المقال", "فيسبوك", "تويتر", "واتساب", "تلغرام")
    p.blank()
    if opt.get("postnav"):
        prev, nxt = ctx.titles(2)
        p.bp("المقال السابق", prev, "المقال التالي", nxt)
        p.blank()
    if opt.get("comment_form"):
        p.bp(
            "اترك تعليقاً",
            "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *",
            "التعليق",
            "الاسم *",
            "البريد الإلكتروني *",
            "الموقع الإلكتروني",
            "إرسال التعليق",
        )
        p.blank()
        p.features.append("WordPress comment form")
    p.bp("الأكثر قراءة")
    for t in ctx.titles(5):
        p.bp(t)
    p.blank()
    p.bp(f"جميع الحقوق محفوظة © الوطن {today.year}")
    return p


SITE_FUNCS = {
    "alrai": site_alrai,
    "alroeya": site_alroeya,
    "shabiba": site_shabiba,
    "dostor": site_dostor,
    "mtv-lebanon": site_mtv,
    "qudsn": site_qudsn,
    "businessnews": site_businessnews,
    "alwatan-sy": site_alwatan_sy,
}


# ------------------------------------------------------------------ pages without an article
def page_404(ctx: Ctx, rng) -> Page:
    """Al-Roeya style 404."""
    p = Page("alroeya", None)
    p.bp("الصفحة غير موجودة | الرؤية")
    p.blank()
    p.bp("الرؤية", "Alroeya")
    p.bp(*menu(rng, pick_menu(rng, ROEYA_NAV, 9, 14), "lines"))
    p.blank()
    p.bp(
        "404",
        "عذراً، لم نتمكن من العثور على الصفحة المطلوبة",
        "ربما تم حذف الرابط أو تغيير عنوانه. يمكنك البحث في الموقع أو العودة إلى الصفحة الرئيسية.",
        "بحث",
        "العودة إلى الرئيسية",
    )
    p.blank()
    p.bp("الأكثر قراءة")
    for i, t in enumerate(ctx.titles(5), 1):
        p.bp(f"{i}  {t}")
    p.blank()
    p.bp("من نحن | اتصل بنا | أعلن معنا | سياسة الخصوصية | الشروط والأحكام")
    p.bp("© 2019 الرؤية. جميع الحقوق محفوظة")
    p.features.append("404 page, no article")
    return p


def page_index(ctx: Ctx, rng) -> Page:
    """Business News section index: headlines, dates, teasers."""
    p = Page("businessnews", None)
    p.bp("اقتصاد - Business News")
    p.blank()
    p.bp("Business News", "بزنس نيوز", "Français | عربي")
    p.bp(*menu(rng, pick_menu(rng, BN_NAV, 7, 11), "spaces"))
    p.blank()
    p.bp("اقتصاد")
    p.blank()
    ids = [
        k
        for k in ctx.pool
        if ctx.arts[k].get("date") and ("economy" in k or ctx.arts[k]["outlet"] in ("aleqtisadiya", "jawharafm"))
    ]
    for k in rng.sample(ids, 8):
        a = ctx.arts[k]
        d = article_datetime(a, rng)
        p.bp(a["title"])
        p.bp(f"{d.day} {MONTHS_TN[d.month - 1]} {d.year} - {hhmm(d)}")
        p.bp(ctx.teaser(k, 170))
        p.blank()
    p.bp("« السابق", "1 2 3 4 5 ... 120", "التالي »")
    p.blank()
    p.bp("© Business News 2018 - جميع الحقوق محفوظة")
    p.features.append("section index page (headlines + teasers), no article")
    return p


# ------------------------------------------------------------------ plan
LEVANT = r"سوري|دمشق|حلب|إدلب|درعا|الأسد|لبنان|بيروت|الأردن|عمّان|فلسطين|غزة|القدس|العراق|بغداد"
POOL_RES = {
    "alrai": re.compile(LEVANT + r"|الملك عبدالله"),
    "alroeya": re.compile(r"الإمارات|دبي|أبوظبي|الخليج|اقتصاد|النفط|أسواق|شركة|تقنية|هواتف|تطبيق"),
    "shabiba": re.compile(r"عمان|مسقط|الخليج|السعودية|المملكة|الرياض|جدة"),
    "dostor": re.compile(r"مصر|القاهرة|المصري|السيسي|الأهلي|الزمالك|الإسكندرية|سيناء"),
    "mtv-lebanon": re.compile(r"لبنان|بيروت|حزب الله|الحريري|عون|سوري|إسرائيل|فرنسا|ماكرون"),
    "qudsn": re.compile(r"فلسطين|غزة|القدس|إسرائيل|الاحتلال|الضفة|نتنياهو|الأقصى"),
    "businessnews": re.compile(r"تونس|التونسي|اقتصاد|البنك|الدينار|الأسعار|الاستثمار|الترجي|النجم"),
    "alwatan-sy": re.compile(r"سوري|دمشق|حلب|إدلب|الغوطة|روسيا|بوتين|إيران|العراق"),
}
SITE_OUTLETS = {
    "alrai": None,
    "alroeya": ("alarabiya", "skynewsarabia", "aleqtisadiya", "cnnarabic"),
    "shabiba": ("alriyadh", "alyaum", "alwatan", "aljazirah", "okaz", "almadina", "3alyoum", "alweeam", "aawsat"),
    "dostor": None,
    "mtv-lebanon": None,
    "qudsn": None,
    "businessnews": ("jawharafm", "aleqtisadiya", "alarabiya", "skynewsarabia", "bbcarabic"),
    "alwatan-sy": None,
}

# Six dumps per site.  File-level quirks: wrap (hard wrap width), crlf, bom,
# enc (cp1256, once in the set), controls (direction / zero-width marks).
PLAN = {
    "alrai": [
        dict(opt=dict(css=True, date=True, noimage=True, byline=True, inline=True, most_read=5, app=True)),
        dict(
            opt=dict(page_title=True, menu="bar", caption=True, related=True, hijri_header=True),
            controls=True,
            need="heading",
        ),
        dict(opt=dict(css=True, byline=True, inline=True, most_read=4), wrap=76),
        dict(id="BB-internationalNews-1016-20180831", opt=dict(page_title=True, noimage=True, related=True)),
        dict(opt=dict(date=False, menu="spaces", byline=True, app=True), crlf=True),
        dict(opt=dict(css=True, sep="line", caption=True, inline=True, most_read=6), need="heading"),
    ],
    "alroeya": [
        dict(opt=dict(standfirst=True, updated=True, inline=True, teasers=True, newsletter=True), need="dated"),
        dict(opt=dict(page_title=True, menu="bar", tags=True, related_n=4), bom=True, need="heading"),
        dict(id="AL-economy-535-20180508", opt=dict(standfirst=False, inline=False, teasers=True)),
        dict(opt=dict(standfirst=True, date=False, sep="line", newsletter=True), controls=True),
        dict(opt=dict(inline=True, updated=True, caption=False, related_n=2), wrap=80, need="dated"),
        dict(opt=dict(page_title=True, standfirst=True, tags=True, teasers=True, menu="spaces"), need="heading"),
    ],
    "shabiba": [
        dict(opt=dict(prayer=True, inline=True, whatsapp=True), need="heading"),
        dict(opt=dict(eastern_date=True, menu="spaces", related_n=3), crlf=True, need="dated"),
        dict(id="okaz-45a841d0ab", opt=dict(prayer=True, whatsapp=True)),
        dict(opt=dict(page_title=True, eastern_header=False, inline=True, sep="line")),
        dict(opt=dict(eastern_date=True, byline=False, prayer=True), bom=True, need="dated"),
        dict(opt=dict(date=False, menu="bar", inline=True, whatsapp=True), controls=True),
    ],
    "dostor": [
        dict(opt=dict(inline=2, tags=True, teasers=True, breaking=True, writer_twice=True), need="dated"),
        dict(opt=dict(inline=1, caption=True), wrap=72, need="dated"),
        dict(id="AL-technology-24-20180204", opt=dict(page_title=True, breaking=True, teasers=True)),
        dict(opt=dict(date=False, relative=True, inline=1, menu="lines"), bom=True),
        dict(opt=dict(page_title=True, inline=3, sep="line", tags=True), need="heading"),
        dict(opt=dict(writer=False, caption=True, breaking=True, teasers=True), need="heading"),
    ],
    "mtv-lebanon": [
        dict(opt=dict(special=True, breaking=True, whatsapp=True), controls=True),
        dict(id="AL-culture-202-20180328", opt=dict(date_style="lev", caption=True, inline=False)),
        dict(opt=dict(page_title=True, inline=True, menu="spaces"), crlf=True, need="heading"),
        dict(opt=dict(date=False, relative=True, special=True, sep="line")),
        dict(opt=dict(date_style="lev", breaking=True, inline=True, related_n=4), need="heading"),
        dict(opt=dict(page_title=True, caption=True, whatsapp=True), bom=True, need="dated"),
    ],
    "qudsn": [
        dict(opt=dict(dateline=True, lev_date=True, inline=True, fb_comments=3, teasers=True), need="dated"),
        dict(opt=dict(page_title=True, menu="bar", dateline=True), controls=True, need="heading"),
        dict(opt=dict(lev_date=True, fb_comments=2, sep="line")),
        dict(opt=dict(dateline=True, inline=True, teasers=True), wrap=78, need="dated"),
        dict(opt=dict(date=False, fb_comments=4, menu="spaces"), need="heading"),
        dict(opt=dict(page_title=True, lev_date=True, inline=True), crlf=True),
    ],
    "businessnews": [
        dict(opt=dict(inline=True, comments=3, views=True), crlf=True, need="dated"),
        dict(id="JA-sport-1197-20170515", opt=dict(num_date=True, comments=0)),
        dict(opt=dict(page_title=True, num_date=True, comments=2, menu="lines"), need="heading"),
        dict(opt=dict(inline=True, comments=1, views=True, ticker=True), enc="cp1256", need="dated"),
        dict(opt=dict(date=False, sep="line", initials=False, comments=4)),
        dict(opt=dict(page_title=True, inline=True, comments=2), wrap=76, need="heading"),
    ],
    "alwatan-sy": [
        dict(opt=dict(inline=True, postnav=True, comment_form=True), wrap=74, need="dated"),
        dict(opt=dict(page_title=True, dash_date=True, comment_form=True), need="heading"),
        dict(opt=dict(inline=True, sep="line", postnav=True), controls=True),
        dict(opt=dict(dash_date=True, menu="bar", comment_form=True), crlf=True, need="heading"),
        dict(opt=dict(date=False, inline=True, postnav=True)),
        dict(opt=dict(page_title=True, comment_form=True), bom=True, need="dated"),
    ],
}


# two corpus articles still carry a share widget glued to their first line
RESIDUE = re.compile(r"شارك من خلال|جوجل بلس")
# text that already opens with a dateline ("بيروت، لبنان (CNN) --", "دبي - ...:")
DATELINE = re.compile(r"^.{0,60}?(?:\(CNN\)|\s[-–—]{1,2}\s|:)")


def has_heading(a):
    return "heading" in a["kinds"]


def encodable(text: str, enc: str) -> bool:
    try:
        text.encode(enc)
        return True
    except UnicodeEncodeError:
        return False


def choose_articles(arts: dict, excluded: set[str]) -> dict[tuple[str, int], str]:
    """Pick one article per dump; never a development article, never twice."""
    used = set(excluded)
    chosen: dict[tuple[str, int], str] = {}
    # fixed picks first (articles whose text looks like Markdown or holds lists)
    for site, _, _, _ in SITES:
        for i, spec in enumerate(PLAN[site]):
            if "id" in spec:
                assert spec["id"] in arts and spec["id"] not in used, spec["id"]
                chosen[(site, i)] = spec["id"]
                used.add(spec["id"])
    for site, _, _, _ in SITES:
        rng = rng_for("articles", site)
        pat, outlets = POOL_RES[site], SITE_OUTLETS[site]
        for i, spec in enumerate(PLAN[site]):
            if (site, i) in chosen:
                continue

            def ok(a, strict=True):
                if a["id"] in used:
                    return False
                if len(a["paras"]) < 4 or len(a["body"]) > 7000:
                    return False
                if any(p.strip() in (".", "") for p in a["paras"]):
                    return False
                if RESIDUE.search(a["body"]):
                    return False
                o = spec.get("opt", {})
                if (o.get("dateline") or o.get("special")) and DATELINE.match(a["paras"][0]):
                    return False
                need = spec.get("need")
                if need == "heading" and not has_heading(a):
                    return False
                if need == "dated" and not a.get("date"):
                    return False
                if spec.get("wrap") and len(a["title"]) > spec["wrap"]:
                    return False
                if spec.get("enc") and not encodable(a["title"] + a["body"], spec["enc"]):
                    return False
                if strict:
                    if outlets and a["outlet"] not in outlets:
                        return False
                    if not pat.search(a["title"] + " " + a["paras"][0]):
                        return False
                return True

            cands = sorted(k for k, a in arts.items() if ok(a))
            if not cands:
                cands = sorted(k for k, a in arts.items() if ok(a, strict=False))
            k = rng.choice(cands)
            chosen[(site, i)] = k
            used.add(k)
    return chosen


# ------------------------------------------------------------------ file-level quirks
RISKY_TOKEN = re.compile(r"^(?:[-–•*·▪●+٭]|\d{1,9}[.)\-–]|[#>].*)$")


def wrap_line(line: str, width: int) -> list[str]:
    """Hard-wrap at existing single spaces; never start a continuation line
    with a token that would read as a list marker, '#' or '>'."""
    if len(line) <= width or line.startswith(" ") or "  " in line:
        return [line]
    words = line.split(" ")
    out, cur = [], []
    for w in words:
        if cur and len(" ".join(cur + [w])) > width:
            nxt = [w]
            while RISKY_TOKEN.match(nxt[0]) and len(cur) > 1:
                nxt.insert(0, cur.pop())
            out.append(" ".join(cur))
            cur = nxt
        else:
            cur.append(w)
    out.append(" ".join(cur))
    assert " ".join(out) == line
    return out


def add_controls(items: list[list], rng) -> list[list]:
    """Direction and zero-width marks: inside furniture lines anywhere; in
    article lines only next to a space or at the ends (marks that score.py
    strips); plus one line made only of marks."""
    out = []
    for text, is_body in items:
        if text.strip() and rng.random() < 0.55:
            chars = list(text)
            for _ in range(rng.randint(1, 3)):
                if is_body:
                    spaces = [i for i, c in enumerate(chars) if c == " "]
                    pos = rng.choice(spaces + [0, len(chars)])
                    chars.insert(pos, rng.choice(CONTROL_BODY))
                else:
                    pos = rng.randint(0, len(chars))
                    chars.insert(pos, rng.choice(CONTROL_ANY))
            text = "".join(chars)
        out.append([text, is_body])
    at = min(3, len(out))
    out.insert(at, ["\u200f\u200d\u200e", False])
    return out


def render(page: Page, spec: dict, rng) -> tuple[bytes, dict]:
    items = [list(x) for x in page.items]
    while items and items[-1][0] == "":
        items.pop()
    info = {
        "encoding": spec.get("enc", "utf-8"),
        "line_endings": "LF",
        "bom": False,
        "wrap_width": spec.get("wrap"),
        "controls": bool(spec.get("controls")),
    }
    if spec.get("controls"):
        items = add_controls(items, rng)
        page.features.append("direction / zero-width marks (ZWJ and ZWNJ only in furniture)")
    lines: list[str] = []
    for text, _ in items:
        lines.extend(wrap_line(text, spec["wrap"]) if spec.get("wrap") else [text])
    if spec.get("wrap"):
        page.features.append(f"hard-wrapped at {spec['wrap']} columns")
    text = "\n".join(lines) + "\n"
    if spec.get("crlf"):
        text = text.replace("\n", "\r\n")
        info["line_endings"] = "CRLF"
        page.features.append("CRLF line endings")
    enc = spec.get("enc", "utf-8")
    if enc == "cp1256":
        page.features.append("Windows-1256 encoding")
    data = text.encode(enc)
    if spec.get("bom"):
        data = b"\xef\xbb\xbf" + data
        info["bom"] = True
        page.features.append("UTF-8 byte order mark")
    return data, info


# ------------------------------------------------------------------ checks
def check_gold_against_dump(page: Page, data: bytes, spec: dict):
    """Every gold block must be recoverable from the dump (as a line, or as
    consecutive wrapped lines joined with a space)."""
    raw = data[3:] if data.startswith(b"\xef\xbb\xbf") else data
    text = raw.decode(spec.get("enc", "utf-8")).replace("\r\n", "\n")
    ctl = re.compile("[\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff\u061c]")
    lines = [ctl.sub("", l).strip() for l in text.split("\n")]
    joined = "\n".join(lines)
    for b in page.blocks:
        if spec.get("wrap"):
            assert b["text"] in " ".join(l if l else "\n" for l in lines), b["text"][:60]
        else:
            assert ("\n" + b["text"] + "\n") in ("\n" + joined + "\n"), b["text"][:60]


# ------------------------------------------------------------------ main
def clean_dir(path: str, exts: tuple[str, ...]):
    os.makedirs(path, exist_ok=True)
    for name in sorted(os.listdir(path)):
        if name.endswith(exts):
            os.remove(os.path.join(path, name))


def write_json(path: str, obj):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        json.dump(obj, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


def build(out: str, corpus: str) -> list[dict]:
    arts = load_articles(corpus)
    excluded = dev_article_ids(corpus)
    dumps_dir, gold_dir = os.path.join(out, "dumps"), os.path.join(out, "gold")
    clean_dir(dumps_dir, (".txt",))
    clean_dir(gold_dir, (".json",))
    chosen = choose_articles(arts, excluded)
    manifest = []
    n = 0
    for site, _, _, _ in SITES:
        for i, spec in enumerate(PLAN[site]):
            n += 1
            a = arts[chosen[(site, i)]]
            rng = rng_for("dump", site, i)
            ctx = Ctx(arts, a, rng)
            page = SITE_FUNCS[site](ctx, a, rng, spec.get("opt", {}))
            data, info = render(page, spec, rng_for("quirks", site, i))
            check_gold_against_dump(page, data, spec)
            stem = f"{n:03d}_{site}"
            with open(os.path.join(dumps_dir, stem + ".txt"), "wb") as fh:
                fh.write(data)
            write_json(os.path.join(gold_dir, stem + ".json"), page.gold())
            manifest.append(
                {
                    "dump": stem + ".txt",
                    "site": site,
                    "site_name": SITE_NAMES[site],
                    "article_id": a["id"],
                    "article_outlet": a["outlet"],
                    **info,
                    "features": sorted(set(page.features)),
                    "options": {k: v for k, v in sorted(spec.get("opt", {}).items())},
                    "gold_blocks": len(page.blocks),
                    "gold_headings": sum(1 for b in page.blocks if b["kind"] == "heading"),
                    "gold_list_items": sum(1 for b in page.blocks if b["kind"] == "list_item"),
                    "gold_date": page.date,
                }
            )
    # pages without an article
    for kind in ("404", "index", "empty"):
        n += 1
        rng = rng_for("page", kind)
        if kind == "404":
            page = page_404(Ctx(arts, None, rng), rng)
            site = "alroeya"
        elif kind == "index":
            page = page_index(Ctx(arts, None, rng), rng)
            site = "businessnews"
        else:
            page, site = Page("", None), None
            page.features.append("whitespace-only file")
        if kind == "empty":
            data = b" \n\n\t \n   \n"
        else:
            data, _ = render(page, {}, rng)
        stem = f"{n:03d}_{kind}"
        with open(os.path.join(dumps_dir, stem + ".txt"), "wb") as fh:
            fh.write(data)
        write_json(os.path.join(gold_dir, stem + ".json"), page.gold())
        manifest.append(
            {
                "dump": stem + ".txt",
                "site": site,
                "site_name": SITE_NAMES.get(site) if site else None,
                "article_id": None,
                "article_outlet": None,
                "encoding": "utf-8",
                "line_endings": "LF",
                "bom": False,
                "wrap_width": None,
                "controls": False,
                "features": page.features,
                "options": {},
                "gold_blocks": 0,
                "gold_headings": 0,
                "gold_list_items": 0,
                "gold_date": None,
            }
        )
    write_json(
        os.path.join(out, "manifest.json"),
        {
            "seed": SEED,
            "generator": "make.py",
            "sites": [
                {"slug": s, "name": nm, "country": c, "address": u, "observed": OBSERVED[s]} for s, nm, c, u in SITES
            ],
            "gold_outlet": "the site's slug (the page's publisher in this set); null for pages without an article",
            "excluded_development_articles": len(excluded),
            "dumps": manifest,
        },
    )
    return manifest


def selfcheck(out: str, corpus: str) -> int:
    score_src = os.path.join(corpus, "score.py")
    score_dst = os.path.join(out, "score.py")
    shutil.copyfile(score_src, score_dst)
    spec = importlib.util.spec_from_file_location("heldout_score", score_dst)
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    gold_dir, sc_dir = os.path.join(out, "gold"), os.path.join(out, "selfcheck")
    clean_dir(sc_dir, (".md",))
    for name in sorted(os.listdir(gold_dir)):
        if not name.endswith(".json"):
            continue
        with open(os.path.join(gold_dir, name), encoding="utf-8") as fh:
            gold = json.load(fh)
        with open(os.path.join(sc_dir, name[:-5] + ".md"), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(score.render_markdown(gold))
    sys.stdout.flush()
    subprocess.run([sys.executable, score_dst, gold_dir, sc_dir], check=True)
    res = subprocess.run(
        [sys.executable, score_dst, gold_dir, sc_dir, "--json"], check=True, capture_output=True, text=True
    )
    total = json.loads(res.stdout)["total"]
    bad = [
        k
        for k in (
            "micro_precision",
            "micro_recall",
            "micro_f1",
            "macro_precision",
            "macro_recall",
            "macro_f1",
            "line_precision",
            "line_recall",
            "line_f1",
            "title_accuracy",
            "heading_f1",
            "date_accuracy",
        )
        if abs(total[k] - 1.0) > 1e-9
    ]
    if bad or total["stray_controls"] or total["missing_outputs"]:
        print("SELF-CHECK FAILED:", bad, total["stray_controls"], total["missing_outputs"])
        return 1
    print(f"self-check passed: {total['files']} files, all scores 1.000")
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Build the held-out dumps, gold files and self-check.")
    ap.add_argument("out_dir")
    ap.add_argument("--corpus", default=DEFAULT_CORPUS)
    args = ap.parse_args(argv)
    os.makedirs(args.out_dir, exist_ok=True)
    manifest = build(args.out_dir, args.corpus)
    print(f"wrote {len(manifest)} dumps to {os.path.join(args.out_dir, 'dumps')}")
    return selfcheck(args.out_dir, args.corpus)


if __name__ == "__main__":
    sys.exit(main())
