#!/usr/bin/env python3
"""Twenty-third site family for the Warraq dump cleaner (set z; built as held-out set 26, seed 26262).

    python3 tests/heldout/make_sites_z.py OUT_DIR [--corpus DIR]

The shared corpus is --corpus, else $WARRAQ_CORPUS, else ../shared/corpus beside the repository.
Sites: Al-Mesryoon (Egypt), Al-Iraqia News, Tayyar.org (Lebanon), 26 September (Yemen), El-Massa (Algeria),
Al-Chourouk (Tunisia), Al-Ahdath Al-Maghribia (Morocco), Al-Bilad (Saudi Arabia).
Held out in session 14 (first measured at e05eb7f, then looked at and fixed on). The original header follows.

Build a held-out test set for the Arabic news-dump cleaner.

    python3 make.py OUT_DIR [--corpus DIR]

Writes OUT_DIR/dumps/*.txt (raw page dumps), OUT_DIR/gold/*.json (score.py gold
format), OUT_DIR/manifest.json, OUT_DIR/score.py (a copy) and
OUT_DIR/selfcheck/*.md (each gold rendered as cleaned Markdown), then scores
selfcheck/ against gold/ with score.py; every figure must be 1.000.

Each dump wraps one real corpus article (never one the development dumps use,
each used once) in the page furniture of one of eight Arabic news sites that
the development set does not use.  The furniture is written for this set
(modelled on how these sites lay out article pages); it is not copied text.
Three more files hold no article: a 404 page, a section index page and a
whitespace-only file.

Deterministic: fixed SEED, string-seeded sub-generators, sorted inputs, no
clock; two runs give byte-identical output.  Standard library only.
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
import subprocess
import sys

SEED = 26262
DEFAULT_CORPUS = os.environ.get("WARRAQ_CORPUS") or os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "corpus"
)

# ------------------------------------------------------------------ calendars
WEEKDAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
M_EG = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
M_YE = ["يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيو", "يوليو", "اغسطس", "سبتمبر", "اكتوبر", "نوفمبر", "ديسمبر"]
M_LEV = [
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
M_DZ = ["جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
M_MA = ["يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر"]
M_EN = [
    "JANUARY",
    "FEBRUARY",
    "MARCH",
    "APRIL",
    "MAY",
    "JUNE",
    "JULY",
    "AUGUST",
    "SEPTEMBER",
    "OCTOBER",
    "NOVEMBER",
    "DECEMBER",
]
M_HIJRI = [
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


def islamic_to_jd(y: int, m: int, d: int) -> float:
    return d + math.ceil(29.5 * (m - 1)) + (y - 1) * 354 + math.floor((3 + 11 * y) / 30) + 1948439.5 - 1


def to_hijri(d: dt.date) -> tuple[int, int, int]:
    """Arithmetic (tabular) Islamic calendar; may differ by a day from the
    Umm al-Qura calendar, which is fine for page furniture."""
    jd = d.toordinal() + 1721424.5
    y = math.floor((30 * (jd - 1948439.5) + 10646) / 10631)
    m = min(12, math.ceil((jd - (29 + islamic_to_jd(y, 1, 1))) / 29.5) + 1)
    day = int(jd - islamic_to_jd(y, m, 1) + 1)
    return y, m, day


def wd(d) -> str:
    return WEEKDAYS[d.weekday()]


def hijri_str(d, suffix=" هـ") -> str:
    y, m, day = to_hijri(d if isinstance(d, dt.date) and not isinstance(d, dt.datetime) else d.date())
    return f"{day} {M_HIJRI[m - 1]} {y}{suffix}"


def ampm(d: dt.datetime) -> str:
    h = d.hour % 12 or 12
    return f"{h:02d}:{d.minute:02d} {'ص' if d.hour < 12 else 'م'}"


def east(s: str) -> str:
    return s.translate(EASTERN)


def article_dt(a: dict, rng: random.Random) -> dt.datetime | None:
    s = a.get("date")
    if not s:
        return None
    if len(s) == 10:
        d = dt.datetime.strptime(s, "%Y-%m-%d")
        return d.replace(hour=rng.randint(7, 22), minute=rng.randint(0, 59))
    return dt.datetime.fromisoformat(s).replace(tzinfo=None)


def crawl_day(rng: random.Random) -> dt.date:
    # the day the page was scraped ("today" in the page header): not the article date
    return dt.date(2025, 11, 3) + dt.timedelta(days=rng.randint(0, 40))


# ------------------------------------------------------------------ sites
SITES = [
    # slug, name as given, Arabic name, country
    ("almesryoon", "Al-Mesryoon", "المصريون", "Egypt"),
    ("aliraqia", "Al-Iraqia News", "العراقية نيوز", "Iraq"),
    ("tayyar", "Tayyar.org", "التيار", "Lebanon"),
    ("26sep", "26 September", "26 سبتمبر", "Yemen"),
    ("elmassa", "El-Massa", "المساء", "Algeria"),
    ("alchourouk", "Al-Chourouk", "الشروق", "Tunisia"),
    ("ahdath", "Al-Ahdath Al-Maghribia", "الأحداث المغربية", "Morocco"),
    ("albilad", "Al-Bilad", "البلاد", "Saudi Arabia"),
]

TOPIC = {
    "almesryoon": r"مصر|القاهرة|المصري|السيسي|الإسكندرية|الأزهر|السويس",
    "aliraqia": r"العراق|بغداد|الموصل|البصرة|كردستان|أربيل|الأنبار|كركوك",
    "tayyar": r"لبنان|بيروت|حزب الله|الحريري|ميشال عون|سوري|دمشق|حلب|إدلب|فلسطين|غزة",
    "26sep": r"اليمن|صنعاء|الحوثي|عدن|الحديدة|تعز|مأرب|الحزم",
    "elmassa": r"الجزائر|الجزائري|المغرب العربي|ليبيا|باماكو|الساحل الأفريقي|أفريقيا|إفريقيا|تونس",
    "alchourouk": r"تونس|التونسي|صفاقس|سوسة|القيروان|قابس|بنزرت|نابل",
    "ahdath": r"المغرب|المغربي|الرباط|الدار البيضاء|مراكش|طنجة|فرنسا|إسبانيا|أوروبا",
    "albilad": r"السعودية|الرياض|جدة|مكة|المدينة المنورة|الحج|المملكة",
}
SAUDI_OUTLETS = (
    "3alyoum",
    "aawsat",
    "aleqtisadiya",
    "aljazirah",
    "almadina",
    "alriyadh",
    "alweeam",
    "alwatan",
    "alyaum",
    "okaz",
)

# Per-site plan: 6 dumps each.  date: the dump states the article date;
# head: article with subheadings; inline: related box inside the body;
# wrap: hard wrap width; crlf / bom / cp1256 / marks: file-level variations.
PLAN = {
    "almesryoon": [
        dict(date=True, inline=True, comments=3),
        dict(date=True, head=True, crlf=True, comments=0),
        dict(date=False, inline=True, comments=5, nofinalnl=True),
        dict(date=True, marks=True, comments=2),
        dict(date=True, head=True, inline=True, comments=1),
        dict(date=False, wrap=78, comments=2),
    ],
    "aliraqia": [
        dict(date=True, inline=True),
        dict(date=True, head=True, marks=True),
        dict(date=False, inline=True),
        dict(date=True, bom=True),
        dict(date=True, wrap=80, inline=True),
        dict(date=False, head=True),
    ],
    "tayyar": [
        dict(date=True, english_date=True),
        dict(date=True, wrap=76, inline=True),
        dict(date=False, head=True),
        dict(date=True, marks=True, english_date=True, inline=True),
        dict(date=True, crlf=True, head=True),
        dict(date=False, inline=True, english_date=True),
    ],
    "26sep": [
        dict(date=True, inline=True),
        dict(date=False, head=True),
        dict(date=True, cp1256=True),
        dict(date=True, inline=True, head=True),
        dict(date=True, nofinalnl=True),
        dict(date=False, inline=True),
    ],
    "elmassa": [
        dict(date=True, inline=True),
        dict(date=True, head=True),
        dict(date=False, crlf=True, inline=True),
        dict(date=True, wrap=74),
        dict(date=True, inline=True, head=True),
        dict(date=False),
    ],
    "alchourouk": [
        dict(date=True, printed=True),
        dict(date=True, inline=True, head=True),
        dict(date=False, inline=True),
        dict(date=True, wrap=72, printed=True),
        dict(date=True, head=True, inline=True),
        dict(date=False, printed=False),
    ],
    "ahdath": [
        dict(date=True, marks=True, inline=True),
        dict(date=True, head=True),
        dict(date=False, inline=True),
        dict(date=True, inline=True),
        dict(date=True, head=True, nofinalnl=True),
        dict(date=False, crlf=True, inline=True),
    ],
    "albilad": [
        dict(date=True, inline=True),
        dict(date=False, head=True),
        dict(date=True, wrap=70),
        dict(date=True, inline=True, eastern=True),
        dict(date=True, marks=True, eastern=True, head=True),
        dict(date=False, bom=True, inline=True),
    ],
}

# invisible marks: those score.py ignores may go into article lines; ZWJ/ZWNJ
# (which it does not ignore) only into furniture lines
MARKS_SAFE = ["\u200f", "\u200e", "\u200b", "\u202b", "\u202c", "\u061c"]
MARKS_FURNITURE = MARKS_SAFE + ["\u200d", "\u200c"]


# ------------------------------------------------------------------ articles
def load_articles(corpus: str) -> dict[str, dict]:
    arts = {}
    for path in sorted(glob.glob(os.path.join(corpus, "articles", "*.jsonl"))):
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
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


def encodable(text: str, enc: str) -> bool:
    try:
        text.encode(enc)
        return True
    except UnicodeEncodeError:
        return False


def choose_articles(arts: dict, excluded: set[str]) -> dict[tuple[str, int], str]:
    """Pick one unused article for every planned dump."""
    free = sorted(k for k in arts if k not in excluded)
    used: set[str] = set()
    chosen = {}
    # scarce pools first
    order = ["albilad", "alchourouk", "26sep", "aliraqia", "tayyar", "almesryoon", "ahdath", "elmassa"]
    for slug in order:
        rng = random.Random(f"{SEED}:assign:{slug}")
        rx = re.compile(TOPIC[slug])
        for i, spec in enumerate(PLAN[slug]):

            def ok(k, strict_topic):
                a = arts[k]
                if k in used:
                    return False
                if spec.get("date") and not a.get("date"):
                    return False
                if spec.get("head") and "heading" not in a["kinds"]:
                    return False
                if not spec.get("head") and "heading" in a["kinds"] and rng.random() < 0.5:
                    return False
                if spec.get("cp1256") and not encodable(a["title"] + a["body"], "cp1256"):
                    return False
                if len(a["paras"]) < 3 and spec.get("inline"):
                    return False
                saudi = a["outlet"] in SAUDI_OUTLETS
                if slug == "albilad" and not saudi:
                    return False
                if slug == "alchourouk" and strict_topic and a["outlet"] != "jawharafm":
                    return False
                if slug != "albilad" and saudi and slug not in ("26sep",):
                    return False
                if strict_topic and slug not in ("albilad", "alchourouk"):
                    return bool(rx.search(a["title"] + " " + a["paras"][0]))
                return True

            cands = [k for k in free if ok(k, True)]
            if not cands:
                cands = [k for k in free if ok(k, False)]
            if not cands:  # relax the random heading filter too
                cands = [
                    k
                    for k in free
                    if k not in used
                    and (not spec.get("date") or arts[k].get("date"))
                    and (not spec.get("head") or "heading" in arts[k]["kinds"])
                    and (slug != "albilad" or arts[k]["outlet"] in SAUDI_OUTLETS)
                ]
            k = rng.choice(cands)
            used.add(k)
            chosen[(slug, i)] = k
    return chosen


# ------------------------------------------------------------------ page model
class Page:
    """Dump lines plus the gold blocks written into them."""

    def __init__(self, article: dict | None, outlet: str | None, wrap_mode: bool = False):
        self.lines: list[str] = []
        self.kinds: list[str] = []  # 'c' content, 'f' furniture, 'b' blank
        self.blocks: list[dict] = []
        self.article = article
        self.title = article["title"] if article else None
        self.date: str | None = None
        self.outlet = outlet if article else None
        self.features: list[str] = []
        self.wrap_mode = wrap_mode
        self._after_content = False

    def bp(self, *lines: str):
        for ln in lines:
            if self.wrap_mode and self._after_content and ln.strip():
                self.blank()
            self._after_content = False
            self.lines.append(ln)
            self.kinds.append("f" if ln.strip() else "b")

    def blank(self, n: int = 1):
        for _ in range(n):
            self.lines.append("")
            self.kinds.append("b")
        self._after_content = False

    def content(self, kind: str, text: str):
        if self.wrap_mode and self.lines and self.lines[-1].strip():
            self.blank()
        self.lines.append(text)
        self.kinds.append("c")
        self.blocks.append({"kind": kind, "text": text})
        self._after_content = True

    def set_date(self, d: dt.datetime):
        self.date = d.date().isoformat()

    def feature(self, f: str):
        if f not in self.features:
            self.features.append(f)


def body(p: Page, rng: random.Random, sep: str = "blank", inserts: dict | None = None):
    """Write the article blocks; inserts maps block index -> furniture lines
    written before that block."""
    a = p.article
    inserts = inserts or {}
    if inserts:
        p.feature("related box inside the body")
    n = len(a["paras"])
    for i, (text, kind) in enumerate(zip(a["paras"], a["kinds"])):
        if i in inserts:
            if sep == "blank" and p.lines and p.lines[-1] != "":
                p.blank()
            p.bp(*inserts[i])
            if sep == "blank":
                p.blank()
        p.content(kind, text)
        if sep == "blank" and i < n - 1:
            p.blank()


def insert_point(a: dict, rng: random.Random) -> int | None:
    """A block index (paragraph after a paragraph, not the first block) before
    which an inline related box can go."""
    ks = a["kinds"]
    pts = [i for i in range(2, len(ks)) if ks[i] == "paragraph" and ks[i - 1] == "paragraph"]
    if not pts:
        pts = [i for i in range(1, len(ks)) if ks[i] != "heading" and ks[i - 1] != "heading"]
    if not pts:
        return None
    mid = [i for i in pts if len(ks) * 0.25 <= i <= len(ks) * 0.8] or pts
    return rng.choice(mid)


# ------------------------------------------------------------------ context
class Ctx:
    def __init__(self, arts: dict, pool_ids: list[str]):
        self.arts = arts
        self.pool = pool_ids  # articles never wrapped: headlines, teasers
        self.enc = "utf-8"

    def items(self, rng: random.Random, n: int) -> list[dict]:
        ids = [
            k
            for k in self.pool
            if self.enc == "utf-8" or encodable(self.arts[k]["title"] + self.arts[k]["paras"][0], self.enc)
        ]
        return [self.arts[k] for k in rng.sample(ids, n)]

    def heads(self, rng: random.Random, n: int) -> list[str]:
        return [a["title"] for a in self.items(rng, n)]


def cut(text: str, limit: int, ellipsis: str = "...") -> str:
    if len(text) <= limit:
        return text[: max(20, len(text) - 15)].rsplit(" ", 1)[0] + ellipsis
    return text[:limit].rsplit(" ", 1)[0] + ellipsis


def rand_near(rng: random.Random, d: dt.datetime | None) -> dt.datetime:
    base = d or dt.datetime(2018, 5, 1, 12, 0)
    return base - dt.timedelta(days=rng.randint(1, 60), hours=rng.randint(0, 12), minutes=rng.randint(0, 59))


def comments(rng, names, texts, times, n, fmt):
    out = []
    for name, text in zip(rng.sample(names, n), rng.sample(texts, n)):
        out += fmt(name, times(rng), text)
    return out


def rel_time(rng: random.Random) -> str:
    return rng.choice(
        [
            "منذ 5 دقائق",
            "منذ 20 دقيقة",
            "منذ ساعة",
            "منذ ساعتين",
            "منذ 3 ساعات",
            "منذ 7 ساعات",
            "منذ يوم",
            "منذ يومين",
            "منذ 3 أيام",
            "منذ 5 أيام",
            "منذ أسبوع",
            "منذ أسبوعين",
            "منذ شهر",
            "منذ 4 أشهر",
            "منذ سنة",
        ]
    )


SECTIONS = {
    "almesryoon": dict(
        local="أخبار مصر", world="عرب وعالم", sport="رياضة", eco="اقتصاد", tech="تكنولوجيا", culture="فن"
    ),
    "aliraqia": dict(local="محليات", world="عربي ودولي", sport="رياضة", eco="اقتصاد", tech="منوعات", culture="منوعات"),
    "26sep": dict(local="أخبار محلية", world="عربي ودولي", sport="رياضة", eco="اقتصاد", tech="تقارير", culture="ثقافة"),
    "elmassa": dict(local="الوطني", world="الدولي", sport="الرياضة", eco="الاقتصاد", tech="المجتمع", culture="الثقافة"),
    "ahdath": dict(local="سياسة", world="دولي", sport="رياضة", eco="اقتصاد", tech="ميديا", culture="فن وثقافة"),
    "albilad": dict(local="محليات", world="دولية", sport="رياضة", eco="اقتصاد", tech="تقنية", culture="ثقافة وفنون"),
}
CATEGORY = {"رياضة": "sport", "اقتصاد": "eco", "تكنولوجيا": "tech", "ثقافة": "culture"}
STOP = set(
    "في من على إلى الى عن مع بعد قبل هذا هذه التي الذي الذين بين حول خلال أمام ضد لدى عند منذ "
    "أكثر أول بشأن تحت فوق كل غير بعض لا لم لن قد ما ماذا كيف هل أن إن كان كانت يكون رأي".split()
)


def is_local(slug: str, a: dict) -> bool:
    return bool(re.search(TOPIC[slug], a["title"] + " " + a["paras"][0]))


def section(slug: str, a: dict) -> str:
    sec = SECTIONS[slug]
    cat = CATEGORY.get((a.get("tags") or [""])[0])
    if cat:
        return sec[cat]
    return sec["local"] if is_local(slug, a) else sec["world"]


def title_tags(a: dict, k: int) -> list[str]:
    out = []
    for w in a["title"].split():
        w = w.strip("«»\"“”'‘’:.,،؛؟!()[]-–|")
        if len(w) >= 4 and w not in STOP and w not in out and not w.isdigit():
            out.append(w)
    return out[:k]


# ------------------------------------------------------------------ Al-Mesryoon (Egypt)
EG_NAV = [
    "الرئيسية",
    "أخبار مصر",
    "سياسة",
    "حوادث",
    "اقتصاد",
    "عرب وعالم",
    "رياضة",
    "فن",
    "المقالات",
    "تقارير وحوارات",
    "إسلاميات",
    "منوعات",
    "صحة",
    "تكنولوجيا",
    "فيديو",
]
EG_NAMES = [
    "محمد عبد الرحمن",
    "أحمد سمير",
    "سارة حسني",
    "محمود فتحي",
    "هبة مصطفى",
    "عمرو صلاح",
    "إسلام عبد العزيز",
    "منى السيد",
]
EG_COMMENTERS = [
    "أبو أحمد - القاهرة",
    "مصري غيور",
    "م. حسام",
    "ابن البلد",
    "Sherif",
    "منى",
    "حاج عبده",
    "صعيدي",
    "متابع قديم",
]
EG_COMMENTS = [
    "ربنا يحفظ مصر وأهلها من كل سوء",
    "الكلام ده اتقال قبل كده كتير ومفيش حاجة بتتغير على أرض الواقع.",
    "يا ريت نشوف تنفيذ حقيقي مش مجرد تصريحات في الجرايد",
    "تحليل محترم وفي الصميم، تسلم إيدك",
    "والله الناس تعبت والأسعار كل يوم في زيادة، حد يبص للغلابة",
    "فين الرقابة من كل اللي بيحصل ده؟؟",
    "خبر مهم جدا، شكرا للمصريون على المتابعة",
    "هو ده الكلام اللي لازم يتقال من زمان",
]


def b_almesryoon(ctx: Ctx, a, rng, o, p: Page):
    d = article_dt(a, rng)
    today = crawl_day(rng)
    sec = section("almesryoon", a)
    v = rng.randint(0, 2)
    p.bp(f"{a['title']} | المصريون" if v != 1 else f"المصريون | {a['title']}")
    p.blank()
    hdr = f"{wd(today)} {today.day} {M_EG[today.month - 1]} {today.year}"
    if rng.random() < 0.6:
        hdr += f" | {hijri_str(today)}"
    p.bp(hdr)
    p.bp("المصريون", "صحيفة إلكترونية مصرية")
    nav = EG_NAV[: rng.randint(9, len(EG_NAV))]
    if rng.random() < 0.5:
        p.bp(*nav)
    else:
        p.bp("  ".join(nav))
    p.bp("بحث")
    p.blank()
    if rng.random() < 0.6:
        p.bp("عاجل", ctx.heads(rng, 1)[0])
        p.blank()
    crumb = f"الرئيسية » {sec}"
    if rng.random() < 0.5:
        words = a["title"].split()
        crumb += " » " + " ".join(words[:5]) + ("..." if len(words) > 5 else "")
    p.bp(crumb)
    p.blank()
    p.bp(a["title"])
    if rng.random() < 0.8:
        p.bp(rng.choice(["كتب: ", "كتب - ", "كتبت: "]) + rng.choice(EG_NAMES))
    if o.get("date"):
        style = rng.randint(0, 2)
        if style == 0:
            p.bp(f"{wd(d)}، {d.day} {M_EG[d.month - 1]} {d.year} {ampm(d)}")
        elif style == 1:
            p.bp(f"نشر في: {wd(d)} {d.day:02d}/{d.month:02d}/{d.year} - {ampm(d)}")
        else:
            p.bp(f"{d.day:02d} {M_EG[d.month - 1]} {d.year} - {d.hour:02d}:{d.minute:02d}")
        p.set_date(d)
    p.blank()
    share = ["شارك", "فيسبوك", "تويتر", "واتساب", "تليجرام", "نسخ الرابط"][: rng.randint(3, 6)]
    p.bp(*share) if rng.random() < 0.5 else p.bp(" ".join(share))
    p.blank()
    if rng.random() < 0.7:
        p.bp(rng.choice([a["title"][:40].rsplit(" ", 1)[0] + " - أرشيفية", "صورة أرشيفية", "أرشيفية", "صورة تعبيرية"]))
        p.blank()
    inserts = {}
    if o.get("inline"):
        i = insert_point(a, rng)
        if i is not None:
            h = ctx.heads(rng, 2)
            if rng.random() < 0.5:
                inserts[i] = [rng.choice(["اقرأ أيضًا: ", "اقرأ أيضا.. ", "طالع أيضًا: "]) + h[0]]
            else:
                inserts[i] = ["اقرأ أيضا"] + h
    body(p, rng, sep="blank" if rng.random() < 0.7 or p.wrap_mode else "line", inserts=inserts)
    p.blank()
    if rng.random() < 0.5:
        p.bp(f"المصدر: {a['outlet_name']}")
        p.blank()
    tags = (["مصر"] if is_local("almesryoon", a) else []) + title_tags(a, rng.randint(2, 4))
    p.bp("الكلمات المفتاحية")
    p.bp(*tags)
    p.blank()
    p.bp(rng.choice(["تابع المصريون على قناة واتساب لمتابعة آخر الأخبار", "تابعوا آخر أخبار المصريون عبر Google News"]))
    p.blank()
    p.bp(rng.choice(["موضوعات متعلقة", "اقرأ أيضا"]))
    for it in ctx.items(rng, rng.randint(2, 4)):
        p.bp(it["title"])
        if rng.random() < 0.4:
            p.bp(cut(it["paras"][0], 130))
    p.blank()
    n = o.get("comments", 0)
    p.bp(f"التعليقات ({n})" if n else "لا توجد تعليقات")
    if n:
        p.blank()
        p.bp(*comments(rng, EG_COMMENTERS, EG_COMMENTS, rel_time, n, lambda nm, t, tx: [nm, t, tx, ""]))
    p.bp("أضف تعليقك", "الاسم", "البريد الإلكتروني", "إرسال")
    p.blank()
    p.bp(rng.choice(["الأكثر قراءة", "الأكثر مشاهدة"]))
    numbered = rng.random() < 0.5
    for k, t in enumerate(ctx.heads(rng, 5), 1):
        if numbered:
            p.bp(str(k))
        p.bp(t)
    p.blank()
    p.bp(" | ".join(["من نحن", "اتصل بنا", "أعلن معنا", "سياسة الخصوصية"]))
    p.bp(f"جميع الحقوق محفوظة © المصريون {today.year}")


# ------------------------------------------------------------------ Al-Iraqia News (Iraq)
IQ_NAV = [
    "الرئيسية",
    "محليات",
    "سياسة",
    "أمن",
    "اقتصاد",
    "عربي ودولي",
    "رياضة",
    "صحة",
    "تقارير",
    "منوعات",
    "فيديو",
    "البرامج",
]
IQ_CHANNELS = ["العراقية العامة", "العراقية الإخبارية", "العراقية الرياضية", "العراقية الكردية"]
IQ_NAMES = ["حيدر الموسوي", "علي جبار", "زينب كاظم", "مصطفى الساعدي", "نور الهدى عباس"]


def iq_date(d: dt.datetime, rng, eastern: bool) -> str:
    s = rng.choice(
        [
            f"{wd(d)} {d.day} {M_LEV[d.month - 1]} {d.year} - {ampm(d)}",
            f"{d.year}/{d.month:02d}/{d.day:02d} {d.hour:02d}:{d.minute:02d}",
            f"{d.day} {M_LEV[d.month - 1]} {d.year}",
        ]
    )
    return east(s) if eastern else s


def b_aliraqia(ctx: Ctx, a, rng, o, p: Page):
    d = article_dt(a, rng)
    today = crawl_day(rng)
    eastern = rng.random() < 0.4
    p.bp("شبكة الإعلام العراقي")
    p.bp("العراقية نيوز")
    p.blank()
    p.bp("البث المباشر")
    p.bp(*rng.sample(IQ_CHANNELS, rng.randint(2, 4)))
    p.blank()
    nav = IQ_NAV[: rng.randint(8, len(IQ_NAV))]
    p.bp(*nav) if rng.random() < 0.6 else p.bp(" - ".join(nav))
    p.blank()
    tk = (
        east(f"{today.day} {M_LEV[today.month - 1]} {today.year}")
        if eastern
        else f"{today.day} {M_LEV[today.month - 1]} {today.year}"
    )
    p.bp(tk)
    for h in ctx.heads(rng, rng.randint(1, 3)):
        p.bp("عاجل | " + h)
    p.blank()
    p.bp(section("aliraqia", a))
    p.bp(a["title"])
    p.blank()
    if rng.random() < 0.7:
        p.bp(
            rng.choice(
                ["بغداد - العراقية نيوز", "بغداد - واع", "متابعة - العراقية نيوز", "بغداد - " + rng.choice(IQ_NAMES)]
            )
        )
    if o.get("date"):
        p.bp("تاريخ النشر: " + iq_date(d, rng, eastern))
        if rng.random() < 0.5:
            up = d + dt.timedelta(hours=rng.randint(1, 30))
            p.bp("آخر تحديث: " + iq_date(up, rng, eastern))
        p.set_date(d)
    views = f"{rng.randint(120, 9800):,}"
    p.bp(f"المشاهدات: {east(views) if eastern else views}")
    p.blank()
    if rng.random() < 0.5:
        p.bp(rng.choice(["(أرشيف)", "صورة من الأرشيف", "صورة تعبيرية - أرشيف"]))
        p.blank()
    inserts = {}
    if o.get("inline"):
        i = insert_point(a, rng)
        if i is not None:
            inserts[i] = [rng.choice(["اقرأ ايضاً", "اقرأ أيضاً:"])] + ctx.heads(rng, rng.randint(1, 3))
    body(p, rng, sep="blank", inserts=inserts)
    p.blank()
    p.bp(
        rng.choice(
            [
                "تابعوا آخر الأخبار عبر قناتنا على تلغرام",
                "اشترك في قناة العراقية نيوز على تلغرام ليصلك كل جديد",
                "للاشتراك في قناة العراقية نيوز على التلغرام اضغط هنا",
            ]
        )
    )
    p.blank()
    tags = (["العراق"] if is_local("aliraqia", a) else []) + title_tags(a, rng.randint(2, 4))
    p.bp("الوسوم: " + "، ".join(tags))
    p.blank()
    p.bp("أخبار ذات صلة")
    for it in ctx.items(rng, rng.randint(3, 5)):
        p.bp(it["title"])
        rd = rand_near(rng, d)
        p.bp(iq_date(rd, rng, eastern))
    p.blank()
    p.bp(rng.choice(["الأكثر قراءة", "الأكثر مشاهدة"]))
    p.bp(*ctx.heads(rng, rng.randint(3, 5)))
    p.blank()
    p.bp("من نحن", "اتصل بنا", "سياسة الخصوصية")
    p.bp(f"جميع الحقوق محفوظة لشبكة الإعلام العراقي © {today.year}")


# ------------------------------------------------------------------ Tayyar.org (Lebanon)
TY_NAV = [
    "HOME",
    "NEWS",
    "LEBANON",
    "WORLD",
    "HEALTH",
    "BUSINESS",
    "SPORTS",
    "TECHNOLOGY",
    "MENA",
    "FPM",
    "ENTERTAINMENT",
    "PHOTOS",
    "VIDEOS",
    "WRITERS",
    "CONTACT",
]
TY_PAPERS = ["النهار", "الأخبار", "الجمهورية", "اللواء", "نداء الوطن", "البناء", "الديار"]
TY_WRITERS = ["رولا خوري", "طوني سعادة", "ريتا حداد", "جاد الأسمر", "نادين عقيقي"]


def b_tayyar(ctx: Ctx, a, rng, o, p: Page):
    d = article_dt(a, rng)
    p.bp(f"{a['title']} - Tayyar.org" if rng.random() < 0.5 else "Tayyar.org")
    p.blank()
    p.bp(*TY_NAV[: rng.randint(9, len(TY_NAV))])
    p.bp("search archives")
    if rng.random() < 0.6:
        p.bp("REGISTER", "LOGIN")
    p.blank()
    p.bp("HEADLINES")
    for h in ctx.heads(rng, rng.randint(2, 4)):
        p.bp(h)
    p.bp("+ MORE HEADLINES")
    p.blank()
    press = rng.random() < 0.5
    p.bp(a["title"])
    p.blank()
    if o.get("date"):
        if o.get("english_date"):
            p.bp(f"{d.day:02d}", M_EN[d.month - 1], str(d.year))
        else:
            p.bp(f"{wd(d)} {d.day:02d} {M_LEV[d.month - 1]} {d.year}")
        p.set_date(d)
        p.blank()
    p.bp("A", "+", "A", "-", "Print", "Email")
    p.blank()
    paper = rng.choice(TY_PAPERS)
    if press:
        p.bp(rng.choice([f'كتبت "{paper}":', f'كتب {rng.choice(TY_WRITERS)} في "{paper}":']))
    inserts = {}
    if o.get("inline"):
        i = insert_point(a, rng)
        if i is not None:
            inserts[i] = [rng.choice(["RELATED NEWS", "مقالات ذات صلة"])] + ctx.heads(rng, 2)
    sep = "blank" if (p.wrap_mode or rng.random() < 0.5) else "line"
    body(p, rng, sep=sep, inserts=inserts)
    if sep == "blank" or press:
        p.blank()
    if press and rng.random() < 0.6:
        p.bp(f"المصدر: {paper}")
        p.blank()
    p.bp("  • Facebook", "  • Twitter", "  • WhatsApp")
    p.blank()
    p.bp(rng.choice(["LATEST NEWS", "ALL STORIES"]))
    for it in ctx.items(rng, rng.randint(3, 4)):
        p.bp(it["title"])
        p.bp(it["paras"][0][:110].strip())
    p.blank()
    p.bp("RELATED LINKS", "OTV", "SAWT EL MADA", "ARCHIVES")
    p.blank()
    p.bp("ABOUT US", "ADVERTISE", "CONTACT")
    p.bp(f"Copyright © {rng.choice([2024, 2025])} Tayyar.org. All rights reserved")


# ------------------------------------------------------------------ 26 September (Yemen)
YE_NAV = [
    "الرئيسية",
    "أخبار محلية",
    "عربي ودولي",
    "اقتصاد",
    "رياضة",
    "ثقافة",
    "مقالات",
    "حوارات",
    "تحقيقات",
    "كاريكاتير",
    "أرشيف الصحيفة",
]
YE_BYLINES = ["صنعاء - سبأ", "26 سبتمبر نت: خاص", "عدن - متابعات", "26 سبتمبر نت - متابعات", "صنعاء - 26 سبتمبر"]


def b_26sep(ctx: Ctx, a, rng, o, p: Page):
    d = article_dt(a, rng)
    today = crawl_day(rng)
    p.bp(f"{wd(today)} {today.day:02d} {M_YE[today.month - 1]} {today.year}م - {hijri_str(today, 'هـ')}")
    p.blank()
    p.bp("26 سبتمبر نت")
    p.bp("صحيفة 26 سبتمبر")
    p.blank()
    p.bp(" | ".join(YE_NAV[: rng.randint(8, len(YE_NAV))]))
    p.blank()
    p.bp("آخر الأخبار")
    p.bp(" - ".join(ctx.heads(rng, rng.randint(3, 5))))
    p.blank()
    p.bp(section("26sep", a))
    p.bp(a["title"])
    p.blank()
    p.bp(rng.choice(YE_BYLINES))
    if o.get("date"):
        st = rng.randint(0, 2)
        if st == 0:
            p.bp(f"نشر بتاريخ: {d.day:02d}-{d.month:02d}-{d.year}")
        elif st == 1:
            p.bp(f"{wd(d)}, {d.day:02d} {M_YE[d.month - 1]} {d.year} - {hijri_str(d, 'هـ')}")
        else:
            p.bp(
                f"[{d.day:02d}/{d.month:02d}/{d.year}] {d.hour:02d}:{d.minute:02d} مساءً"
                if d.hour >= 12
                else f"[{d.day:02d}/{d.month:02d}/{d.year}] {d.hour:02d}:{d.minute:02d} صباحاً"
            )
        p.set_date(d)
    p.bp(f"قراءات: {rng.randint(40, 4000)}")
    p.bp("طباعة", "إرسال لصديق", "تعليق")
    p.blank()
    inserts = {}
    if o.get("inline"):
        i = insert_point(a, rng)
        if i is not None:
            inserts[i] = ["أقرأ ايضاً:"] + ctx.heads(rng, rng.randint(1, 2))
    body(p, rng, sep="line" if rng.random() < 0.5 else "blank", inserts=inserts)
    p.blank()
    p.bp("أخبار ذات صلة")
    for it in ctx.items(rng, rng.randint(3, 5)):
        rd = rand_near(rng, d)
        p.bp(f"{it['title']} [{rd.day:02d}/{rd.month:02d}/{rd.year}]")
    p.blank()
    p.bp("التعليقات", "لا توجد تعليقات", "اضف تعليقك", "الاسم", "التعليق", "ارسال")
    p.blank()
    p.bp("الأكثر قراءة")
    p.bp(*ctx.heads(rng, 4))
    p.blank()
    p.bp(f"جميع الحقوق محفوظة © 26 سبتمبر نت {today.year}")
    p.bp("الصفحة الرئيسية | من نحن | اتصل بنا | RSS")


# ------------------------------------------------------------------ El-Massa (Algeria)
DZ_NAV = [
    "الرئيسية",
    "الحدث",
    "الوطني",
    "الدولي",
    "المجتمع",
    "الثقافة",
    "الرياضة",
    "الاقتصاد",
    "المحلي",
    "الشباب",
    "ملفات",
    "مساء الجمعة",
]
DZ_SIGN = ["ق. و", "ن. جاوت", "س. زميحي", "م. بوسلاح", "واج", "ع. ب", "ز. زبير"]


def b_elmassa(ctx: Ctx, a, rng, o, p: Page):
    d = article_dt(a, rng)
    today = crawl_day(rng)
    p.bp("El Massa", "المساء")
    p.bp(f"{wd(today)} {today.day:02d} {M_DZ[today.month - 1]} {today.year}")
    p.blank()
    p.bp(*DZ_NAV[: rng.randint(8, len(DZ_NAV))])
    p.blank()
    p.bp(f"الرئيسية / {section('elmassa', a)}")
    p.blank()
    p.bp(a["title"])
    if o.get("date"):
        p.bp(
            rng.choice(
                [
                    f"{d.day:02d} {M_DZ[d.month - 1]} {d.year}",
                    f"نُشر في {wd(d)} {d.day} {M_DZ[d.month - 1]} {d.year}",
                    f"{d.day} {M_DZ[d.month - 1]} {d.year} - {d.hour:02d}:{d.minute:02d}",
                ]
            )
        )
        p.set_date(d)
    p.blank()
    if rng.random() < 0.6:
        p.bp(rng.choice(["الصورة: أرشيف", "أرشيف", "صورة: المساء"]))
        p.blank()
    inserts = {}
    if o.get("inline"):
        i = insert_point(a, rng)
        if i is not None:
            inserts[i] = [rng.choice(["قد يعجبك أيضا", "اقرأ أيضا"])] + ctx.heads(rng, rng.randint(1, 2))
    body(p, rng, sep="blank", inserts=inserts)
    p.bp(rng.choice(DZ_SIGN))  # signature under the last paragraph
    p.blank()
    tags = (["الجزائر"] if is_local("elmassa", a) else []) + title_tags(a, rng.randint(2, 4))
    p.bp("الكلمات المفتاحية")
    p.bp(*tags)
    p.blank()
    p.bp("مقالات ذات صلة")
    for it in ctx.items(rng, rng.randint(2, 4)):
        rd = rand_near(rng, d)
        p.bp(it["title"], f"{rd.day:02d} {M_DZ[rd.month - 1]} {rd.year}")
    p.blank()
    p.bp("تابعونا على", "فيسبوك", "تويتر", "يوتيوب")
    p.blank()
    p.bp("من نحن", "اتصل بنا", "الإشهار")
    p.bp(f"© {today.year} المساء - جميع الحقوق محفوظة")


# ------------------------------------------------------------------ Al-Chourouk (Tunisia)
TN_NAV = ["الرئيسية", "وطنية", "جهات", "عالمية", "رياضة", "ثقافة", "اقتصاد", "حوادث", "منوعات", "آراء", "الشروق الورقي"]


def b_alchourouk(ctx: Ctx, a, rng, o, p: Page):
    d = article_dt(a, rng)
    today = crawl_day(rng)
    p.bp("  ".join(TN_NAV[: rng.randint(8, len(TN_NAV))]))
    p.bp("الشروق أون لاين")
    p.blank()
    p.bp(a["title"])
    p.blank()
    p.bp(a["title"])  # the page shows the title twice
    p.blank()
    if o.get("date"):
        if o.get("printed"):
            p.bp(f"صدر هذا المقال بالنسخة الورقية للشروق - تاريخ النشر : {d.year}/{d.month:02d}/{d.day:02d}")
        else:
            p.bp(
                rng.choice(
                    [
                        f"نشر في {d.day} {M_DZ[d.month - 1]} {d.year} على الساعة {d.hour:02d}:{d.minute:02d}",
                        f"{d.hour:02d}:{d.minute:02d} - {d.year}/{d.month:02d}/{d.day:02d}",
                    ]
                )
            )
        p.set_date(d)
        p.blank()
    if rng.random() < 0.6:
        p.bp(rng.choice(["تونس (الشروق)", "الشروق - مكتب صفاقس", "الشروق أون لاين - وكالات", "تونس - الشروق أون لاين"]))
    inserts = {}
    if o.get("inline"):
        i = insert_point(a, rng)
        if i is not None:
            inserts[i] = ["اقرأ أيضا"] + ctx.heads(rng, 1)
    body(p, rng, sep="blank", inserts=inserts)
    p.blank()
    p.bp("تعليقات الفيسبوك")
    p.bp(f"{rng.randint(0, 4)} تعليقات", "ترتيب حسب", "الأقدم", "إضافة تعليق...", "المكون الإضافي لتعليقات فيسبوك")
    p.blank()
    p.bp("في نفس السياق")
    p.blank()
    for it in ctx.items(rng, rng.randint(3, 5)):
        rd = (
            rand_near(rng, d)
            if o.get("date")
            else dt.datetime.combine(today - dt.timedelta(days=rng.randint(0, 9)), dt.time(7, 0))
        )
        p.bp(it["paras"][0][:100])  # teaser cut mid-word, as the site shows it
        p.bp(f"{rd.hour:02d}:{rd.minute:02d} - {rd.year}/{rd.month:02d}/{rd.day:02d}")
    p.blank()
    p.bp("الأكثر قراءة")
    p.bp(*ctx.heads(rng, 4))
    p.blank()
    p.bp(f"جميع الحقوق محفوظة © دار الأنوار {today.year}")


# ------------------------------------------------------------------ Al-Ahdath Al-Maghribia (Morocco)
MA_NAV = [
    "الرئيسية",
    "سياسة",
    "مجتمع",
    "اقتصاد",
    "جهات",
    "رياضة",
    "فن وثقافة",
    "كتاب وآراء",
    "ميديا",
    "فيديو",
    "بالفرنسية",
]
MA_NAMES = ["سعيد نافع", "خديجة البوعزاوي", "يونس الخراشي", "أسماء بلعربي", "عبد الكريم الزيتوني"]


def b_ahdath(ctx: Ctx, a, rng, o, p: Page):
    d = article_dt(a, rng)
    today = crawl_day(rng)
    p.bp(f"{a['title']} - أحداث.أنفو")
    p.blank()
    p.bp("أحداث.أنفو", "Ahdath.info")
    p.bp(f"{wd(today)} {today.day} {M_MA[today.month - 1]} {today.year}")
    p.blank()
    p.bp(*MA_NAV[: rng.randint(8, len(MA_NAV))])
    p.blank()
    p.bp("آخر الأخبار")
    p.bp(*ctx.heads(rng, rng.randint(2, 3)))
    p.blank()
    p.bp(f"الرئيسية » {section('ahdath', a)} » {a['title']}")
    p.blank()
    p.bp(a["title"])
    p.blank()
    p.bp(
        rng.choice(
            ["أحداث.أنفو", "بقلم: " + rng.choice(MA_NAMES), "الرباط: " + rng.choice(MA_NAMES), "أحداث أنفو - وكالات"]
        )
    )
    if o.get("date"):
        p.bp(
            rng.choice(
                [
                    f"{wd(d)} {d.day} {M_MA[d.month - 1]} {d.year} - {d.hour:02d}:{d.minute:02d}",
                    f"{d.day} {M_MA[d.month - 1]} {d.year} | {d.hour:02d}:{d.minute:02d}",
                    f"بتاريخ {d.day:02d}/{d.month:02d}/{d.year}",
                ]
            )
        )
        p.set_date(d)
    p.blank()
    p.bp("فيسبوك", "X", "واتساب", "مشاركة")
    p.blank()
    inserts = {}
    if o.get("inline"):
        i = insert_point(a, rng)
        if i is not None:
            inserts[i] = ["اقرأ أيضا: " + ctx.heads(rng, 1)[0]]
    body(p, rng, sep="blank" if rng.random() < 0.6 else "line", inserts=inserts)
    p.blank()
    p.bp(rng.choice(["تابعوا آخر الأخبار من أحداث أنفو على Google News", "انضموا إلى قناة أحداث أنفو على واتساب"]))
    p.blank()
    p.bp("الوسوم")
    p.bp(*((["المغرب"] if is_local("ahdath", a) else []) + title_tags(a, 3)))
    p.blank()
    prev, nxt = ctx.heads(rng, 2)
    p.bp("المقال السابق", prev, "المقال التالي", nxt)
    p.blank()
    p.bp("مقالات ذات صلة")
    p.bp(*ctx.heads(rng, 3))
    p.blank()
    p.bp(
        "اترك تعليقاً",
        "إلغاء الرد",
        "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *",
        "التعليق *",
        "الاسم *",
        "البريد الإلكتروني *",
        "الموقع الإلكتروني",
        "احفظ اسمي، بريدي الإلكتروني، والموقع الإلكتروني في هذا المتصفح لاستخدامها المرة المقبلة في تعليقي.",
        "إرسال التعليق",
    )
    p.blank()
    p.bp(f"© {today.year} أحداث.أنفو. جميع الحقوق محفوظة.")


# ------------------------------------------------------------------ Al-Bilad (Saudi Arabia)
SA_NAV = ["الرئيسية", "محليات", "اقتصاد", "رياضة", "دولية", "ثقافة وفنون", "مقالات", "كاريكاتير", "الأرشيف", "PDF"]


def sa_date(d, eastern: bool) -> str:
    s = f"{wd(d)} {hijri_str(d, 'هـ')} - {d.day} {M_EG[d.month - 1]} {d.year}م"
    return east(s) if eastern else s


def b_albilad(ctx: Ctx, a, rng, o, p: Page):
    d = article_dt(a, rng)
    today = crawl_day(rng)
    eastern = bool(o.get("eastern"))
    p.bp(sa_date(today, eastern))
    p.blank()
    p.bp("صحيفة البلاد", "أول صحيفة سعودية")
    p.bp(" ".join(SA_NAV[: rng.randint(7, len(SA_NAV))]))
    p.bp("النسخة الورقية")
    p.blank()
    p.bp(section("albilad", a))
    p.bp(a["title"])
    p.blank()
    p.bp(
        rng.choice(
            [
                "البلاد – جدة",
                "جدة – البلاد",
                "الرياض – واس",
                "البلاد – متابعات",
                "جدة – ياسر بن يوسف",
                "مكة المكرمة – أحمد الأحمدي",
            ]
        )
    )
    if o.get("date"):
        if rng.random() < 0.6:
            p.bp(sa_date(d, eastern))
        else:
            s = f"{d.year}/{d.month:02d}/{d.day:02d} {d.hour:02d}:{d.minute:02d}"
            p.bp(east(s) if eastern else s)
        p.set_date(d)
    p.blank()
    if rng.random() < 0.5:
        p.bp(rng.choice(["تصوير: خالد المالكي", "(واس)", "صورة أرشيفية"]))
        p.blank()
    inserts = {}
    if o.get("inline"):
        i = insert_point(a, rng)
        if i is not None:
            inserts[i] = ["اقرأ أيضاً:"] + ctx.heads(rng, rng.randint(1, 2))
    body(p, rng, sep="blank" if rng.random() < 0.6 or p.wrap_mode else "line", inserts=inserts)
    p.blank()
    p.bp("مشاركة", "X", "فيسبوك", "واتساب", "نسخ الرابط")
    p.blank()
    p.bp("أخبار ذات صلة")
    for it in ctx.items(rng, rng.randint(3, 4)):
        p.bp(it["title"])
    p.blank()
    p.bp("الأكثر قراءة")
    p.bp(*ctx.heads(rng, 5))
    p.blank()
    p.bp("عن البلاد", "اتصل بنا", "الاشتراكات", "سياسة الخصوصية")
    yr = east(str(today.year)) if eastern else str(today.year)
    p.bp(f"جميع الحقوق محفوظة لصحيفة البلاد © {yr}")


BUILDERS = {
    "almesryoon": b_almesryoon,
    "aliraqia": b_aliraqia,
    "tayyar": b_tayyar,
    "26sep": b_26sep,
    "elmassa": b_elmassa,
    "alchourouk": b_alchourouk,
    "ahdath": b_ahdath,
    "albilad": b_albilad,
}


# ------------------------------------------------------------------ pages without an article
def page_404(ctx: Ctx, rng) -> Page:
    """Al-Mesryoon furniture around a 'page not found' message."""
    p = Page(None, None)
    p.bp("الصفحة غير موجودة | المصريون")
    p.blank()
    p.bp("المصريون")
    p.bp(*EG_NAV[:11])
    p.blank()
    p.bp("404")
    p.bp("عفوا، الصفحة التي تحاول الوصول إليها غير موجودة أو ربما تم نقلها.")
    p.bp("يمكنك العودة إلى الصفحة الرئيسية أو استخدام البحث.")
    p.bp("العودة للرئيسية")
    p.blank()
    p.bp("الأكثر قراءة")
    for it in ctx.items(rng, 5):
        p.bp(it["title"])
        p.bp(cut(it["paras"][0], 140))
        p.blank()
    p.bp(" | ".join(["من نحن", "اتصل بنا", "أعلن معنا", "سياسة الخصوصية"]))
    p.bp("جميع الحقوق محفوظة © المصريون 2025")
    p.feature("404 page, no article (Al-Mesryoon furniture)")
    return p


def page_index(ctx: Ctx, rng) -> Page:
    """El-Massa section index: headlines, dates and teasers, no article."""
    p = Page(None, None)
    p.bp("El Massa", "المساء")
    p.blank()
    p.bp(*DZ_NAV[:10])
    p.blank()
    p.bp("الدولي")
    p.blank()
    for it in ctx.items(rng, 8):
        d = article_dt(it, rng) or rand_near(rng, None)
        p.bp(it["title"])
        p.bp(f"{d.day:02d} {M_DZ[d.month - 1]} {d.year}")
        p.bp(cut(it["paras"][0], 180))
        p.bp("قراءة المزيد")
        p.blank()
    p.bp("« الأولى", "‹ السابق", "1", "2", "3", "التالي ›", "الأخيرة »")
    p.blank()
    p.bp("© 2025 المساء - جميع الحقوق محفوظة")
    p.feature("section index page, no article (El-Massa furniture)")
    return p


# ------------------------------------------------------------------ file-level variations
def hard_wrap(line: str, width: int) -> list[str]:
    if len(line) <= width:
        return [line]
    out, cur = [], ""
    for word in line.split(" "):
        if not cur:
            cur = word
        elif len(cur) + 1 + len(word) <= width:
            cur += " " + word
        else:
            out.append(cur)
            cur = word
    out.append(cur)
    return out


def add_marks(p: Page, rng: random.Random):
    for idx, (ln, kind) in enumerate(zip(p.lines, p.kinds)):
        if kind == "b" or rng.random() > 0.55:
            continue
        pool = MARKS_SAFE if kind == "c" else MARKS_FURNITURE
        chars = list(ln)
        for _ in range(rng.randint(1, 3)):
            chars.insert(rng.randint(0, len(chars)), rng.choice(pool))
        p.lines[idx] = "".join(chars)
    # a line made only of invisible marks near the top
    pos = min(3, len(p.lines))
    p.lines.insert(pos, "\u200f\u202b\u202c")
    p.kinds.insert(pos, "f")


def render(p: Page, spec: dict, rng: random.Random) -> tuple[bytes, str]:
    if spec.get("marks"):
        add_marks(p, rng)
        p.feature("invisible direction / zero-width marks (ZWJ only in furniture)")
    lines = []
    if spec.get("wrap"):
        w = spec["wrap"]
        for ln, kind in zip(p.lines, p.kinds):
            parts = hard_wrap(ln, w)
            if kind == "c":
                assert " ".join(parts) == ln
            lines.extend(parts)
        p.feature(f"hard-wrapped at {w} columns at existing spaces")
    else:
        lines = list(p.lines)
    text = "\n".join(lines)
    if not spec.get("nofinalnl"):
        text += "\n"
    else:
        p.feature("no final newline")
    if spec.get("crlf"):
        text = text.replace("\n", "\r\n")
        p.feature("CRLF line endings")
    enc = "utf-8"
    if spec.get("cp1256"):
        enc = "cp1256"
        p.feature("Windows-1256 encoding")
    elif spec.get("bom"):
        enc = "utf-8-sig"
        p.feature("UTF-8 byte order mark")
    return text.encode(enc), enc


# ------------------------------------------------------------------ build
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
    chosen = choose_articles(arts, excluded)
    main_ids = set(chosen.values())
    assert len(main_ids) == len(chosen) == 48
    pool = sorted(k for k in arts if k not in excluded and k not in main_ids)
    ctx = Ctx(arts, pool)

    dumps_dir, gold_dir = os.path.join(out, "dumps"), os.path.join(out, "gold")
    clean_dir(dumps_dir, (".txt",))
    clean_dir(gold_dir, (".json",))
    manifest = []
    n = 0
    for slug, name, name_ar, country in SITES:
        for i, spec in enumerate(PLAN[slug]):
            n += 1
            a = arts[chosen[(slug, i)]]
            rng = random.Random(f"{SEED}:{slug}:{i}")
            ctx.enc = "cp1256" if spec.get("cp1256") else "utf-8"
            p = Page(a, slug, wrap_mode=bool(spec.get("wrap")))
            BUILDERS[slug](ctx, a, rng, spec, p)
            if spec.get("date"):
                assert p.date == a["date"][:10], (slug, i)
            else:
                assert p.date is None
            data, enc = render(p, spec, random.Random(f"{SEED}:{slug}:{i}:file"))
            stem = f"{n:03d}_{slug}"
            manifest.append(entry(stem, slug, name, country, a, enc, spec, p))
            write_out(dumps_dir, gold_dir, stem, data, p)
    # pages without an article, and a whitespace-only file
    extra = [("almesryoon", page_404), ("elmassa", page_index), (None, None)]
    for slug, fn in extra:
        n += 1
        rng = random.Random(f"{SEED}:extra:{n}")
        ctx.enc = "utf-8"
        if fn:
            p = fn(ctx, rng)
            data, enc = render(p, {}, rng)
        else:
            p = Page(None, None)
            p.feature("whitespace-only file")
            data, enc = b"  \n\t\n   \n\n \t \n", "utf-8"
        stem = f"{n:03d}_{slug or 'misc'}"
        site = next((s for s in SITES if s[0] == slug), None)
        manifest.append(entry(stem, slug, site[1] if site else None, site[3] if site else None, None, enc, {}, p))
        write_out(dumps_dir, gold_dir, stem, data, p)
    write_json(
        os.path.join(out, "manifest.json"),
        {
            "seed": SEED,
            "generator": "make.py",
            "excludes": "every article_id listed in the corpus manifest.json (development dumps)",
            "sites": [{"slug": s, "name": nm, "name_ar": ar, "country": c} for s, nm, ar, c in SITES],
            "dumps": manifest,
        },
    )
    return manifest


def entry(stem, slug, name, country, a, enc, spec, p: Page) -> dict:
    return {
        "dump": stem + ".txt",
        "site": slug,
        "site_name": name,
        "country": country,
        "article_id": a["id"] if a else None,
        "article_outlet": a["outlet"] if a else None,
        "encoding": enc,
        "features": p.features + sorted(k for k, v in spec.items() if v is True),
        "gold_blocks": len(p.blocks),
        "gold_headings": sum(1 for b in p.blocks if b["kind"] == "heading"),
        "gold_date": p.date,
    }


def write_out(dumps_dir, gold_dir, stem, data: bytes, p: Page):
    with open(os.path.join(dumps_dir, stem + ".txt"), "wb") as fh:
        fh.write(data)
    write_json(
        os.path.join(gold_dir, stem + ".json"),
        {"title": p.title, "date": p.date, "outlet": p.outlet, "blocks": p.blocks},
    )


def selfcheck(out: str) -> int:
    score_path = os.path.join(out, "score.py")
    spec = importlib.util.spec_from_file_location("heldout_score", score_path)
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    gold_dir, sc_dir = os.path.join(out, "gold"), os.path.join(out, "selfcheck")
    clean_dir(sc_dir, (".md",))
    for name in sorted(os.listdir(gold_dir)):
        if name.endswith(".json"):
            with open(os.path.join(gold_dir, name), encoding="utf-8") as fh:
                gold = json.load(fh)
            with open(os.path.join(sc_dir, name[:-5] + ".md"), "w", encoding="utf-8", newline="\n") as fh:
                fh.write(score.render_markdown(gold))
    res = subprocess.run(
        [sys.executable, score_path, gold_dir, sc_dir, "--json"], capture_output=True, text=True, check=True
    )
    table = subprocess.run([sys.executable, score_path, gold_dir, sc_dir], capture_output=True, text=True, check=True)
    print(table.stdout.rstrip("\n"))
    total = json.loads(res.stdout)["total"]
    keys = [
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
        "heading_precision",
        "heading_recall",
        "heading_f1",
        "date_accuracy",
    ]
    bad = [k for k in keys if abs(total[k] - 1.0) > 1e-9]
    bad += ["missing_outputs"] if total.get("missing_outputs") else []
    print("self-check: " + ", ".join(f"{k}={total[k]:.3f}" for k in keys))
    if bad:
        print("SELF-CHECK FAILED: " + ", ".join(bad))
        return 1
    print(f"self-check passed: {total['files']} gold files, all scores 1.000")
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Build the held-out dumps, gold and self-check.")
    ap.add_argument("out_dir")
    ap.add_argument("--corpus", default=DEFAULT_CORPUS)
    args = ap.parse_args(argv)
    out = os.path.abspath(args.out_dir)
    os.makedirs(out, exist_ok=True)
    manifest = build(out, args.corpus)
    shutil.copyfile(os.path.join(args.corpus, "score.py"), os.path.join(out, "score.py"))
    print(f"wrote {len(manifest)} dumps to {out}/dumps")
    return selfcheck(out)


if __name__ == "__main__":
    sys.exit(main())
