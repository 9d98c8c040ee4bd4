#!/usr/bin/env python3
"""Eleventh site family for the Warraq dump cleaner (set k).

    python3 tests/heldout/make_sites_k.py OUT_DIR [--corpus DIR]

writes OUT_DIR/dumps/*.txt (raw text dumps, as a scraper saves the visible
text of a news page), OUT_DIR/gold/*.json (what a perfect cleaner keeps, in
the format of shared/corpus/gold and score.py) and OUT_DIR/manifest.json.
The shared corpus is --corpus, else $WARRAQ_CORPUS, else ../shared/corpus
beside the repository.

Each dump wraps the body of one real article (from the corpus articles/,
none of those used by the development dumps) in the page furniture of one of
eight Arabic news sites that the development set does not imitate, written
from general knowledge of how such pages look.  None of the furniture
strings is taken from the corpus' BOILERPLATE.md or make_dumps.py.  The gold
file keeps exactly the article's blocks, its title, its outlet, and the
publication date only when the page states it (with a year, as the article's
own date; crawl dates in header bars, dates of other stories, relative times
and dates without a year do not count).

Sites imitated (one slug each, 6 dumps per site):

    alwatanbh    Al-Watan (Bahrain), alwatannews.net
    elfagr       Al-Fajr portal (Egypt), elfagr.org
    felesteen    Felesteen / Palestine Online (Gaza), felesteen.news
    lebanon24    Lebanon24 (Beirut), lebanon24.com
    almasdar     Al-Masdar Online (Yemen), almasdaronline.com
    baghdadtoday Baghdad Today news agency (Iraq), baghdadtoday.news
    zamanalwsl   Zaman al-Wasl (Syria), zamanalwsl.net
    al3omk       Al-Omk al-Maghribi (Morocco), al3omk.com

48 articles, plus a 404 page, a section index page and an empty file.
Built on 2026-11-27 by a helper who read neither the cleaner's code nor the
other sets, as a held-out set; first measured at fd3f5c5 (body P 0.985
R 0.997, titles 0.843, headings F1 0.933).

Deterministic: fixed seed 11111, no dependence on hash order or the clock;
two runs give byte-identical files.  Standard library only (Python 3.11).
"""

from __future__ import annotations

import argparse
import datetime as dt
import glob
import json
import os
import random
import re
import sys
import unicodedata

SEED = 11111
HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_CORPUS = os.environ.get("WARRAQ_CORPUS") or os.path.join(HERE, "..", "..", "..", "shared", "corpus")

# ------------------------------------------------------------------ calendar
WEEKDAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
M_EG = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
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
M_MA = ["يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر"]
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
EAST = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def hijri(d: dt.date) -> tuple[int, int, int]:
    """Arithmetic ("Kuwaiti") Islamic calendar; close enough for furniture."""
    jd = d.toordinal() + 1721425
    l = jd - 1948440 + 10632
    n = (l - 1) // 10631
    l = l - 10631 * n + 354
    j = ((10985 - l) // 5316) * ((50 * l) // 17719) + (l // 5670) * ((43 * l) // 15238)
    l = l - ((30 - j) // 15) * ((17719 * j) // 50) - (j // 16) * ((15238 * j) // 43) + 29
    m = (24 * l) // 709
    day = l - (709 * m) // 24
    return 30 * n + j - 30, m, day


def wd(d) -> str:
    return WEEKDAYS[d.weekday()]


def ampm(d: dt.datetime, long: bool = False) -> str:
    h = d.hour % 12 or 12
    if long:
        suf = "صباحاً" if d.hour < 12 else "مساءً"
    else:
        suf = "ص" if d.hour < 12 else "م"
    return f"{h}:{d.minute:02d} {suf}"


def east(s: str) -> str:
    return s.translate(EAST)


def parse_date(s: str | None) -> dt.datetime | None:
    if not s:
        return None
    try:
        if len(s) == 10:
            return dt.datetime.strptime(s, "%Y-%m-%d")
        return dt.datetime.fromisoformat(s).replace(tzinfo=None)
    except ValueError:
        return None


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


def dev_used(corpus: str) -> set[str]:
    with open(os.path.join(corpus, "manifest.json"), encoding="utf-8") as fh:
        man = json.load(fh)
    return {d["article_id"] for d in man["dumps"] if d.get("article_id")}


# Articles whose own body carries something an editor would call furniture
# (a byline or disclaimer as first paragraph, a photo caption or an inline
# "related" headline among the paragraphs, a lone "." paragraph ...).
SKIP = {
    "CN-sport-414-20180926",  # "هذا المقال بقلم ..." disclaimer
    "CN-sport-124-20180319",  # same disclaimer
    "CN-middleEast-113-20180227",  # "مقال لمراسل ..." byline paragraph
    "CN-sport-319-20180529",  # bare player name: a caption
    "CN-technology-90-20180419",  # product-card residue
    "CN-middleEast-155-20180303",  # embedded-post residue
    "BB-internationalNews-156-20180315",  # inline related headline
    "BB-internationalNews-958-20180811",  # inline related headline
    "BB-economy-140-20180523",  # unlabelled crosshead
    "BB-internationalNews-1186-20181012",
    "alwatan-36e51343dc",  # a paragraph that is only "."
    "alyaum-e137b60442",  # photo captions as last paragraphs
    "aljazirah-e93af61744",  # caption "وزير التعليم" as first paragraph
    "3alyoum-1c33744acf",  # slider residue in byline
    # CNN pages whose crawl appended teasers of other stories to the body
    "CN-economy-245-20180903",
    "CN-middleEast-1191-20180813",
    "CN-middleEast-1354-20180911",
    "CN-middleEast-1390-20180930",
    "CN-middleEast-1408-20181003",
    "CN-middleEast-1530-20181014",
    "CN-middleEast-852-20180509",  # site disclaimer as last paragraph
    "BB-internationalNews-259-20180331",  # inline related headline
    "BB-middleEast-1007-20181001",  # inline related headline
    "FR-culture-126-20180817",  # pull quote repeating a later sentence
    "alwatan-ccdb275054",  # paragraph split mid-sentence
    "alriyadh-f102920df8",  # pull quote among paragraphs
    "aljazirah-d2381058a6",  # the writer's other column titles glued on
    "aljazirah-e93e5baac0",  # same
    "alweeam-405f00bea9",  # link-back line inside the last paragraph
}
ENDS_OK = tuple(".!?؟\"”»):…:؛'-")

FURNITURE_IN_BODY = re.compile(
    r"^(اقرأ|إقرأ|شاهد|طالع|المصدر|تصوير|بقلم|للمزيد|مصدر الصورة|صورة)\b|https?://|www\.|\.com\b"
)


def eligible(a: dict, used: set[str]) -> bool:
    if a["id"] in used or a["id"] in SKIP:
        return False
    if len(a["paras"]) < 3 or len(a["body"]) > 6000:
        return False
    if a.get("removed_residue") or {}:
        return False
    for t, k in zip(a["paras"], a["kinds"]):
        if FURNITURE_IN_BODY.search(t) or t.strip() == a["title"].strip():
            return False
        if k == "paragraph" and len(t) < 12:
            return False
        # a long paragraph that stops without punctuation is usually a cut
        # teaser or a headline of another story (Jawhara FM lists excepted)
        if (
            k == "paragraph"
            and len(t) > 50
            and not t.rstrip().endswith(ENDS_OK)
            and a["outlet"] != "jawharafm"
            and a["id"] != "almadina-c89550aa95"
        ):
            return False
        if "@" in t:
            return False
    if a["kinds"][0] == "heading":
        return False
    return True


# ------------------------------------------------------------------ page
class Page:
    """Lines of a dump; article blocks written with content() go to gold."""

    def __init__(self, art: dict | None, site: str):
        self.art = art
        self.site = site
        self.lines: list[str] = []
        self.furn: list[str] = []  # every furniture string (for checks)
        self.blocks: list[dict] = []
        self.title = art["title"] if art else None
        self.outlet = art["outlet"] if art else None
        self.date: str | None = None
        self.features: list[str] = []

    def bp(self, *lines: str):
        for ln in lines:
            self.lines.append(ln)
            if ln.strip():
                self.furn.append(ln)

    def blank(self, n: int = 1):
        self.lines.extend([""] * n)

    def gap(self, sep: str):
        if sep == "blank":
            self.blank()

    def trim(self):
        while self.lines and not self.lines[-1].strip():
            self.lines.pop()

    def feat(self, *f: str):
        for x in f:
            if x not in self.features:
                self.features.append(x)

    def body(
        self, sep: str = "blank", inserts: dict | None = None, prefix: str = "", suffix: str = "", indent: str = ""
    ):
        """Article blocks in order.  inserts: block index -> furniture lines
        shown before that block.  prefix/suffix: furniture glued to the first
        / last block on the same line."""
        inserts = inserts or {}
        a = self.art
        n = len(a["paras"])
        for i, (text, kind) in enumerate(zip(a["paras"], a["kinds"])):
            if i in inserts:
                self.bp(*inserts[i])
                self.gap(sep)
            shown = text
            if i == 0 and prefix:
                shown = prefix + shown
                self.furn.append(prefix.strip())
            if i == n - 1 and suffix:
                shown = shown + suffix
                self.furn.append(suffix.strip())
            self.lines.append(indent + shown)
            self.blocks.append({"kind": kind, "text": text})
            if i < n - 1:
                self.gap(sep)

    def gold(self) -> dict:
        return {"title": self.title, "date": self.date, "outlet": self.outlet, "blocks": self.blocks}


# ------------------------------------------------------------------ helpers
class Ctx:
    def __init__(self, arts: dict, rng: random.Random):
        self.arts = arts
        self.rng = rng
        self.ids = sorted(arts)

    def others(self, exclude: str | None, n: int) -> list[dict]:
        ids = [k for k in self.ids if k != exclude]
        return [self.arts[k] for k in self.rng.sample(ids, n)]

    def titles(self, exclude: str | None, n: int) -> list[str]:
        return [a["title"] for a in self.others(exclude, n)]


def teaser(a: dict, limit: int, tail: str = "...") -> str:
    first = a["paras"][0]
    if len(first) <= limit:
        return first[: max(20, len(first) - 15)].rsplit(" ", 1)[0] + tail
    return first[:limit].rsplit(" ", 1)[0] + tail


def rand_time(rng: random.Random, d: dt.datetime, a: dict) -> dt.datetime:
    """Keep the article's own time when the source has one."""
    if a.get("date") and len(a["date"]) > 10:
        return d
    return d.replace(hour=rng.randint(7, 22), minute=rng.randint(0, 59))


def rel_age(rng: random.Random, unit: str | None = None) -> str:
    unit = unit or rng.choice(["min", "hour", "day", "year"])
    if unit == "min":
        n = rng.randint(3, 55)
        return f"منذ {n} دقيقة" if n > 10 else f"منذ {n} دقائق"
    if unit == "hour":
        n = rng.randint(1, 23)
        return {1: "منذ ساعة", 2: "منذ ساعتين"}.get(n, f"منذ {n} ساعات" if n <= 10 else f"منذ {n} ساعة")
    if unit == "day":
        n = rng.randint(1, 9)
        return {1: "منذ يوم", 2: "منذ يومين"}.get(n, f"منذ {n} أيام")
    n = rng.randint(5, 7)
    return f"منذ {n} سنوات"


def age_of(a: dict) -> str:
    """Relative age of the article as a 2025 page would print it."""
    src = a.get("date") or a.get("date_extracted") or "2018"
    n = 2025 - int(src[:4])
    return f"منذ {n} سنوات" if n <= 10 else f"منذ {n} سنة"


def wrap_line(line: str, width: int) -> list[str]:
    if len(line) <= width:
        return [line]
    ind = len(line) - len(line.lstrip(" "))
    words = line.strip(" ").split(" ")
    out, cur = [], ""
    for w in words:
        if not cur:
            cur = w
        elif len(cur) + 1 + len(w) <= width - ind:
            cur += " " + w
        else:
            out.append(cur)
            cur = w
    if cur:
        out.append(cur)
    return [" " * ind + x for x in out]


CONTROLS_MIX = ["\u200f", "\u200e", "\u200b", "\u202b", "\u202c", "\u2067", "\u2069", "\u061c"]


def sprinkle_controls(lines: list[str], rng: random.Random) -> list[str]:
    """Direction marks as pages leave them: RLM at line starts, LRM around
    Latin words and numbers, embeddings around a line, a zero-width space at
    a word gap, and one line made only of marks."""
    out = []
    for ln in lines:
        if ln.strip() and rng.random() < 0.55:
            mode = rng.randint(0, 3)
            if mode == 0:
                ln = "\u200f" + ln
            elif mode == 1:
                ln = re.sub(r"([A-Za-z0-9][A-Za-z0-9.,:%/-]*)", lambda m: "\u200e" + m.group(1) + "\u200e", ln, count=2)
            elif mode == 2:
                ln = "\u202b" + ln + "\u202c"
            else:
                sp = [m.start() for m in re.finditer(" ", ln)]
                if sp:
                    p = rng.choice(sp)
                    ln = ln[:p] + "\u200b" + ln[p:]
                else:
                    ln = "\u200f" + ln
        out.append(ln)
    pos = min(3, len(out))
    out.insert(pos, "\u200f\u200e\u200b")
    return out


def menu(items: list[str], how: str, sep: str = " ") -> list[str]:
    if how == "lines":
        return list(items)
    return [sep.join(items)]


ARAB_NAMES = [
    "ياسر فتحي",
    "منى عبد الحميد",
    "أحمد سمير",
    "هبة الشريف",
    "محمود الدسوقي",
    "إسلام عادل",
    "نورهان مصطفى",
    "عمرو حسني",
    "سارة منصور",
    "محمد القاضي",
]


KEYWORDS = [
    "السعودية",
    "إيران",
    "تركيا",
    "العراق",
    "سوريا",
    "اليمن",
    "فلسطين",
    "إسرائيل",
    "ترامب",
    "روسيا",
    "مصر",
    "لبنان",
    "الحوثي",
    "ريال مدريد",
    "برشلونة",
    "فيسبوك",
    "تونس",
    "المغرب",
    "الجزائر",
    "النفط",
    "الدولار",
    "ليفربول",
    "محمد صلاح",
    "أوروبا",
    "الصين",
    "فرنسا",
    "بريطانيا",
    "ألمانيا",
    "قطر",
    "الإمارات",
    "البحرين",
    "الكويت",
    "الأمم المتحدة",
    "واتساب",
    "آبل",
    "غوغل",
    "أردوغان",
    "بوتين",
    "الليرة",
    "غزة",
    "كأس العالم",
    "المونديال",
    "الأردن",
    "عدن",
    "صنعاء",
    "بغداد",
    "دمشق",
    "إدلب",
    "الانتخابات",
    "الإرهاب",
    "كرة القدم",
    "التعليم",
    "الصحة",
    "نيمار",
    "ميسي",
    "زيدان",
    "الاتفاق النووي",
    "واشنطن",
    "موسكو",
    "الاتحاد الأوروبي",
    "الرياض",
    "جدة",
]

SECTION_OF_TAG = {
    "دولية": "عربي ودولي",
    "الشرق الأوسط": "عربي ودولي",
    "رياضة": "رياضة",
    "تكنولوجيا": "تكنولوجيا",
    "اقتصاد": "اقتصاد",
    "ثقافة": "ثقافة وفن",
    "وطنية": "محليات",
    "مجتمع": "مجتمع",
    "سياسة": "سياسة",
}


def tags_for(a: dict, rng: random.Random, n: int) -> list[str]:
    text = a["title"] + " " + a["body"]
    counts = {
        k: len(re.findall(r"(?<![\u0621-\u064a])و?" + re.escape(k) + r"(?![\u0621-\u064a])", text)) for k in KEYWORDS
    }
    found = [k for k in KEYWORDS if counts[k]]
    found.sort(key=lambda k: (-counts[k], KEYWORDS.index(k)))
    out = found[:n]
    if len(out) < 2:
        out += [SECTION_OF_TAG.get(t, t) for t in (a.get("tags") or [])][: 2 - len(out)]
    if not out:
        out = ["أخبار"]
    return out


def section_for(a: dict, default: str = "أخبار") -> str:
    for t in a.get("tags") or []:
        if t in SECTION_OF_TAG:
            return SECTION_OF_TAG[t]
    if a["outlet"] in (
        "okaz",
        "aljazirah",
        "aleqtisadiya",
        "alriyadh",
        "alyaum",
        "alwatan",
        "almadina",
        "alweeam",
        "3alyoum",
        "aawsat",
    ):
        gulf = r"السعودي|المملكة|الرياض|جدة|الخليج|الكويت|الإمارات|البحرين|قطر|مكة|المدينة المنورة"
        return "الخليج" if re.search(gulf, a["title"] + a["paras"][0]) else "عربي ودولي"
    return default


def inline_positions(a: dict, rng: random.Random, k: int) -> list[int]:
    """Indexes of blocks before which a box may go (not before the first two,
    not right before a heading's following paragraph ... keep it simple)."""
    n = len(a["paras"])
    cands = [i for i in range(2, n) if a["kinds"][i] != "list_item" and a["kinds"][i - 1] != "heading"]
    rng.shuffle(cands)
    return sorted(cands[:k])


COMMENTS_LEV = [
    "الله يفرجها على هالبلد، صار الواحد يخاف يفتح الأخبار",
    "كلام منطقي بس مين عم يسمع؟",
    "نفس السيناريو كل مرة وما حدا بيتعلم",
    "شكرا على التغطية، يا ريت تتابعوا الموضوع للآخر",
    "التحليل ناقص برأيي، ما في ذكر لموقف الطرف التاني أبداً",
    "الخبر منقول من وكالات أجنبية بدون تدقيق",
    "يعني شو بدنا نستفيد من هيك قرارات؟ الناس بدها تعيش",
    "كل التضامن مع أهلنا، ولا بد للحق أن ينتصر",
]
COMMENTS_EG = [
    "ربنا يستر ويعدي الأيام دي على خير",
    "والله الواحد زهق من نفس الكلام كل يوم",
    "خبر جميل ومبروك للجميع",
    "فين المسؤولين من الكلام ده؟",
    "محدش بيتعلم من اللي فات للأسف",
    "أحسن لاعب في العالم ومحدش يقدر يقول غير كده",
    "الموضوع محتاج تفاصيل أكتر من كده",
]
COMMENTS_GULF = [
    "الله يحفظ البلاد وأهلها من كل شر",
    "خطوة ممتازة ونتمنى تعميمها على باقي المناطق",
    "وين الرقابة من هذا الشي؟",
    "كلام في الصميم، شكراً للصحيفة",
    "نبي تطبيق فعلي مو بس تصريحات",
]
COMMENTS_MA = [
    "هادشي اللي كنا كنقولو من الأول",
    "الله يجيب التيسير لهاد البلاد",
    "مقال مزيان ولكن خاص يكون فيه توضيح أكثر",
    "فين هي الحكومة من هاد المشاكل؟",
    "تحية للصحافة الجادة، استمروا",
    "اللهم لا شماتة، ولكن هذا نتيجة سوء التسيير",
]
COMMENTS_IQ = [
    "الله يستر من الجايات",
    "شنو الفايدة من هيج تصريحات والناس بلا كهرباء؟",
    "خبر مهم، عاشت ايدكم",
    "نريد أفعال مو بس حچي",
    "كلشي واضح والشعب يعرف الحقيقة",
]


# ================================================================== sites
# ---------------------------------------------------------- Al-Watan (Bahrain)
WATAN_NAV = [
    "الرئيسية",
    "محليات",
    "برلمان",
    "اقتصاد",
    "رياضة",
    "عربي ودولي",
    "كتاب الوطن",
    "منوعات",
    "فيديو",
    "إنفوجرافيك",
    "الأعداد السابقة",
]


def site_alwatanbh(ctx: Ctx, a: dict, rng: random.Random, o: dict) -> Page:
    p = Page(a, "alwatanbh")
    d = parse_date(a.get("date"))
    crawl = dt.date(2025, 9, 23)
    hy, hm, hd = hijri(crawl)
    if o.get("page_title"):
        p.bp(f"{a['title']} | صحيفة الوطن البحرينية")
        p.blank()
        p.feat("title_suffix")
    p.bp(f"{wd(crawl)} {crawl.day} {M_EG[crawl.month - 1]} {crawl.year} - {hd} {M_HIJRI[hm - 1]} {hy}")
    if o.get("weather"):
        p.bp("المنامة 34° غائم جزئياً", "الرطوبة: 61%  الرياح: 18 كم/س")
        p.feat("weather")
    if o.get("prayer"):
        p.bp("مواقيت الصلاة", "الفجر 4:09", "الظهر 11:34", "العصر 2:59", "المغرب 5:37", "العشاء 6:52")
        p.feat("prayer_times")
    p.blank()
    p.bp("الوطن", "صحيفة يومية سياسية مستقلة")
    p.blank()
    p.bp(*menu(WATAN_NAV, o.get("nav", "lines")))
    p.bp("بحث", "النسخة الورقية", "English")
    p.blank()
    sec = section_for(a, "عربي ودولي")
    p.bp(f"الرئيسية › {sec}")
    p.blank()
    p.bp(a["title"])
    p.blank()
    byline = a.get("author") or rng.choice(["وكالات", "المنامة - الوطن"])
    if o.get("byline", True):
        p.bp(byline)
        p.feat("byline")
    if o.get("date") == "relative":
        p.bp("نشر " + age_of(a))
        p.feat("relative_date_only")
    elif d and o.get("date") == "hijri":
        hy2, hm2, hd2 = hijri(d.date())
        p.bp(f"{wd(d)} {hd2} {M_HIJRI[hm2 - 1]} {hy2}هـ - {d.day} {M_EG[d.month - 1]} {d.year}م")
        p.date = d.date().isoformat()
        p.feat("date_hijri_gregorian")
    elif d and o.get("date"):
        t = rand_time(rng, d, a)
        p.bp(f"تاريخ النشر: {d.day} {M_EG[d.month - 1]} {d.year} - {ampm(t)}")
        p.date = d.date().isoformat()
        p.feat("date")
    elif o.get("date") and not d:
        p.bp("نشر " + age_of(a))
        p.feat("relative_date_only")
    p.blank()
    if o.get("caption"):
        cap = rng.choice(["من أرشيف الوطن", "صورة تعبيرية", "لقطة عامة", "جانب من الحدث"])
        cred = rng.choice(["وكالات", "بنا", "رويترز", "أ ف ب"])
        if o["caption"] == "glued":
            p.bp(f"{cap}{cred}")
            p.feat("caption_glued_to_credit")
        else:
            p.bp(f"{cap} - {cred}")
            p.feat("caption")
        p.blank()
    if o.get("share"):
        p.bp("مشاركة الخبر", "طباعة", "تكبير الخط", "تصغير الخط")
        p.blank()
        p.feat("share_print_font")
    inserts = {}
    if o.get("related_in"):
        for i in inline_positions(a, rng, o["related_in"]):
            t = ctx.titles(a["id"], 1)[0]
            inserts[i] = ["اقرأ أيضاً في الوطن:", t]
        p.feat("related_inline")
    p.body(sep=o.get("sep", "blank"), inserts=inserts)
    p.blank()
    if o.get("tags"):
        p.bp("الكلمات الدالة")
        p.bp(*tags_for(a, rng, rng.randint(3, 5)))
        p.blank()
        p.feat("tags")
    p.bp("أخبار متعلقة")
    p.blank()
    for oa in ctx.others(a["id"], o.get("related", 3)):
        p.bp(oa["title"])
        od = parse_date(oa.get("date"))
        if od:
            p.bp(f"{od.day} {M_EG[od.month - 1]} {od.year}")
        p.blank()
    p.feat("related_after")
    if o.get("most_read"):
        p.bp("الأكثر تداولاً")
        for k, t in enumerate(ctx.titles(a["id"], o["most_read"]), 1):
            p.bp(str(k), t)
        p.blank()
        p.feat("most_read")
    if o.get("newsletter"):
        p.bp("النشرة الإخبارية", "سجّل بريدك الإلكتروني ليصلك موجز أخبار الوطن كل صباح", "البريد الإلكتروني", "تسجيل")
        p.blank()
        p.feat("newsletter")
    p.bp("عن الوطن", "هيئة التحرير", "للإعلان في الوطن", "راسلونا", "الخصوصية")
    p.bp("تابعوا الوطن على", "X", "Instagram", "YouTube", "Facebook")
    p.bp(f"© {2025} جميع الحقوق محفوظة لصحيفة الوطن - مملكة البحرين")
    p.feat("footer")
    return p


# ---------------------------------------------------------- Al-Fajr (Egypt)
FAJR_NAV = [
    "الرئيسية",
    "أخبار مصر",
    "حوادث",
    "رياضة",
    "فن",
    "اقتصاد",
    "محافظات",
    "عرب وعالم",
    "سياحة",
    "توك شو",
    "منوعات",
    "صحة",
    "تكنولوجيا",
    "فيديو",
]
FAJR_SPONSORED = [
    "7 عادات صباحية يحرص عليها الناجحون.. تعرف عليها",
    "بسعر مفاجئ.. شقق بالتقسيط على 8 سنوات في قلب العاصمة الجديدة",
    "طبيب يكشف المشروب الأفضل قبل النوم",
    "لن تصدق كيف أصبح شكل بطلة هذا المسلسل الشهير",
]


def fajr_date(d: dt.datetime, eastern: bool) -> str:
    s = f"{wd(d)} {d.day:02d}/{M_EG[d.month - 1]}/{d.year} - {d.hour % 12 or 12:02d}:{d.minute:02d} {'ص' if d.hour < 12 else 'م'}"
    return east(s) if eastern else s


def site_elfagr(ctx: Ctx, a: dict, rng: random.Random, o: dict) -> Page:
    p = Page(a, "elfagr")
    d = parse_date(a.get("date"))
    crawl = dt.date(2025, 9, 20)
    if o.get("page_title"):
        p.bp(f"{a['title']} | بوابة الفجر")
        p.blank()
        p.feat("title_suffix")
    p.bp("بوابة الفجر")
    hy, hm, hd = hijri(crawl)
    p.bp(f"{wd(crawl)} {crawl.day} {M_EG[crawl.month - 1]} {crawl.year} م | {hd} {M_HIJRI[hm - 1]} {hy} هـ")
    p.blank()
    if o.get("breaking"):
        for t in ctx.titles(a["id"], 3):
            p.bp(f"عاجل| {t}")
        p.blank()
        p.feat("breaking_strip")
    p.bp(*menu(FAJR_NAV, o.get("nav", "line")))
    p.blank()
    sec = section_for(a, "عرب وعالم")
    p.bp(f"الرئيسية » {sec}")
    p.blank()
    p.bp(a["title"])
    p.blank()
    if o.get("repeat_title"):
        p.bp(a["title"])
        p.feat("repeat_title")
    p.bp(rng.choice(["كتب: ", "كتبت: "]) + rng.choice(ARAB_NAMES))
    p.feat("byline")
    if d and o.get("date"):
        t = rand_time(rng, d, a)
        p.bp(fajr_date(t, o.get("eastern", False)))
        p.date = d.date().isoformat()
        p.feat("date_eastern_digits" if o.get("eastern") else "date")
    p.blank()
    if o.get("caption"):
        subj = tags_for(a, rng, 1)[0]
        if o["caption"] == "glued":
            p.bp(f"{subj}أرشيفية")
            p.feat("caption_glued_to_credit")
        else:
            p.bp(subj, "صورة ارشيفية")
            p.feat("caption")
        p.blank()
    inserts = {}
    if o.get("related_in"):
        for i in inline_positions(a, rng, o["related_in"]):
            inserts[i] = [rng.choice(["اقرأ أيضًا: ", "طالع أيضًا: "]) + ctx.titles(a["id"], 1)[0]]
        p.feat("related_inline")
    p.body(sep=o.get("sep", "blank"), inserts=inserts)
    p.blank()
    p.bp("تابعوا آخر أخبار بوابة الفجر عبر Google News")
    p.blank()
    if o.get("tags"):
        p.bp(" ".join("#" + t.replace(" ", "_") for t in tags_for(a, rng, 4)))
        p.blank()
        p.feat("tags")
    if o.get("poll"):
        p.bp(
            "استفتاء الفجر",
            "من ترشح للفوز بلقب الدوري هذا الموسم؟",
            "الأهلي",
            "الزمالك",
            "بيراميدز",
            "تصويت",
            "عرض النتائج",
        )
        p.blank()
        p.feat("poll")
    if o.get("sponsored"):
        p.bp("قد يعجبك أيضًا", "محتوى مُموَّل")
        p.bp(*rng.sample(FAJR_SPONSORED, 3))
        p.blank()
        p.feat("sponsored")
    p.bp("الأحدث")
    mins = sorted(rng.sample(range(2, 59), o.get("latest", 5)))
    for t, m in zip(ctx.titles(a["id"], o.get("latest", 5)), mins):
        p.bp(t, f"منذ {m} دقيقة" if m > 10 else f"منذ {m} دقائق")
    p.blank()
    p.feat("latest_news")
    if o.get("most_read"):
        p.bp("الأكثر قراءة خلال 24 ساعة")
        for t in ctx.titles(a["id"], o["most_read"]):
            p.bp(t)
        p.blank()
        p.feat("most_read")
    if o.get("comments"):
        p.bp(f"تعليقات القراء ({o['comments']})")
        names = rng.sample(["زائر", "مصري", "أبو أحمد", "سيد", "Mohamed", "أم مريم"], o["comments"])
        for who, txt in zip(names, rng.sample(COMMENTS_EG, o["comments"])):
            p.bp(who, rel_age(rng, "year"), txt)
        p.bp("أضف تعليقك", "الاسم", "نص التعليق", "إرسال")
        p.blank()
        p.feat("comments")
    p.bp("عن البوابة - هيئة التحرير - تواصل معنا - شروط الاستخدام - خريطة الموقع")
    p.bp(f"جميع حقوق النشر محفوظة لبوابة الفجر © {2025}")
    p.feat("footer")
    return p


# ---------------------------------------------------------- Felesteen (Gaza)
FEL_NAV = [
    "الرئيسية",
    "الأخبار",
    "الضفة والقدس",
    "غزة",
    "الأسرى",
    "عربي ودولي",
    "اقتصاد",
    "رياضة",
    "مقالات",
    "تقارير",
    "منوعات",
    "صور",
    "فيديو",
]


def site_felesteen(ctx: Ctx, a: dict, rng: random.Random, o: dict) -> Page:
    p = Page(a, "felesteen")
    d = parse_date(a.get("date"))
    crawl = dt.date(2025, 9, 21)
    if o.get("page_title"):
        p.bp(f"فلسطين أون لاين | {a['title']}")
        p.blank()
        p.feat("title_prefix")
    p.bp("فلسطين أون لاين")
    p.bp(f"{wd(crawl)}، {crawl.day} {M_LEV[crawl.month - 1]} {crawl.year}")
    if o.get("currency"):
        p.bp("أسعار العملات مقابل الشيكل", "دولار 3.34", "دينار 4.71", "يورو 3.92", "جنيه مصري 0.07")
        p.feat("currency_widget")
    p.blank()
    p.bp(*menu(FEL_NAV, o.get("nav", "lines")))
    p.blank()
    if o.get("ticker"):
        p.bp("عاجل الآن")
        for t in ctx.titles(a["id"], 4):
            p.bp(t)
        p.blank()
        p.feat("ticker")
    p.bp(a["title"])
    p.blank()
    if d and o.get("date"):
        t = rand_time(rng, d, a)
        if o["date"] == "numeric":
            p.bp(f"{d.day}/{d.month}/{d.year} {ampm(t)}")
        else:
            p.bp(f"{d.day} {M_LEV[d.month - 1]} {d.year} | {ampm(t)}")
        p.date = d.date().isoformat()
        p.feat("date_levantine" if o["date"] != "numeric" else "date_numeric")
    place = rng.choice(["غزة", "القدس المحتلة", "رام الله", "وكالات"])
    p.bp(f"{place}/ فلسطين أون لاين")
    p.feat("dateline_own_line")
    p.blank()
    if o.get("caption"):
        p.bp(rng.choice(["(صورة أرشيف)", "أرشيف فلسطين أون لاين", "صورة من المكان"]))
        p.blank()
        p.feat("caption")
    if o.get("font"):
        p.bp("حجم الخط  A+  A-")
        p.blank()
        p.feat("font_size")
    inserts = {}
    if o.get("related_in"):
        for i in inline_positions(a, rng, o["related_in"]):
            inserts[i] = ["اقرأ أيضًا: " + ctx.titles(a["id"], 1)[0]]
        p.feat("related_inline")
    p.body(sep=o.get("sep", "blank"), inserts=inserts)
    p.blank()
    if o.get("tags"):
        p.bp("وسوم: " + " ، ".join(tags_for(a, rng, 4)))
        p.blank()
        p.feat("tags")
    p.bp("تابعوا قناة فلسطين أون لاين على تيليجرام لأخبار عاجلة ولحظية")
    p.blank()
    p.bp("اخترنا لكم")
    for oa in ctx.others(a["id"], 3):
        p.bp(oa["title"])
        if o.get("teasers"):
            p.bp(teaser(oa, 110))
    p.blank()
    p.feat("related_after")
    if o.get("fb_comments"):
        p.bp("0 تعليقات", "ترتيب حسب", "الأقدم", "أضف تعليقًا...", "المكوّن الإضافي لتعليقات فيسبوك")
        p.blank()
        p.feat("facebook_comments_residue")
    if o.get("live"):
        p.bp("الأخبار أولًا بأول")
        base = dt.datetime(2025, 9, 21, 14, 5)
        for k, t in enumerate(ctx.titles(a["id"], 6)):
            tm = base - dt.timedelta(minutes=17 * k + rng.randint(0, 9))
            p.bp(f"{tm.hour:02d}:{tm.minute:02d}", t)
        p.blank()
        p.feat("live_updates")
    p.bp("الأكثر قراءة اليوم")
    for t in ctx.titles(a["id"], o.get("most_read", 4)):
        p.bp(t)
    p.blank()
    p.bp("عن الصحيفة | أسرة التحرير | راسلونا | الشروط والأحكام")
    p.bp(f"جميع الحقوق محفوظة لصحيفة فلسطين © 2007 - {2025}")
    p.feat("footer")
    return p


# ---------------------------------------------------------- Lebanon24
L24_NAV = [
    "لبنان",
    "خاص",
    "مقالات لبنان24",
    "إقتصاد",
    "عربي-دولي",
    "مجتمع",
    "صحة",
    "رياضة",
    "متفرقات",
    "تكنولوجيا",
    "فيديو",
    "ميديا",
]


def l24_date(d: dt.datetime, style: str) -> str:
    if style == "numeric":
        return f"{d.day:02d}-{d.month:02d}-{d.year} | {d.hour:02d}:{d.minute:02d}"
    return f"{wd(d)} {d.day:02d} {M_LEV[d.month - 1]} {d.year} - {d.hour:02d}:{d.minute:02d}"


def site_lebanon24(ctx: Ctx, a: dict, rng: random.Random, o: dict) -> Page:
    p = Page(a, "lebanon24")
    d = parse_date(a.get("date"))
    if o.get("page_title"):
        p.bp(f"Lebanon24 | {a['title']}")
        p.blank()
        p.feat("title_prefix")
    p.bp("Lebanon 24", "لبنان 24")
    if o.get("weather"):
        p.bp("بيروت 27°", "طرابلس 25°", "صيدا 28°")
        p.feat("weather")
    p.blank()
    p.bp(*menu(L24_NAV, o.get("nav", "line"), " | "))
    p.blank()
    p.bp(section_for(a, "عربي-دولي").replace("عربي ودولي", "عربي-دولي"))
    p.bp(a["title"])
    p.blank()
    p.bp("A+", "A-")
    p.feat("font_size")
    if d and o.get("date"):
        t = rand_time(rng, d, a)
        p.bp(l24_date(t, o.get("date_style", "lev")))
        p.date = d.date().isoformat()
        p.feat("date")
        if o.get("updated"):
            u = t + dt.timedelta(days=1, hours=rng.randint(1, 5))
            p.bp("آخر تحديث: " + l24_date(u, o.get("date_style", "lev")))
            p.feat("updated_date_differs")
    if o.get("source", True):
        p.bp(f"المصدر: {a['outlet_name']}")
        p.feat("source_line")
    p.blank()
    inserts = {}
    if o.get("ads"):
        for i in inline_positions(a, rng, o["ads"]):
            inserts[i] = ["Advertisement"]
        p.feat("ad_labels_in_body")
    prefix = ""
    if o.get("glue_photo"):
        prefix = "Lebanon24"
        p.feat("photo_credit_glued_to_first_paragraph")
    p.body(sep=o.get("sep", "blank"), inserts=inserts, prefix=prefix)
    p.blank()
    p.bp("انضم إلى قناة لبنان 24 على واتساب")
    p.blank()
    if o.get("tags"):
        p.bp("الوسوم: " + " - ".join(tags_for(a, rng, 3)))
        p.blank()
        p.feat("tags")
    p.bp("قد يهمك أيضاً")
    for oa in ctx.others(a["id"], 4):
        p.bp(oa["title"])
        od = parse_date(oa.get("date"))
        if od:
            p.bp(l24_date(rand_time(rng, od, oa), "numeric"))
    p.blank()
    p.feat("related_after")
    if o.get("video"):
        p.bp("فيديوهات لبنان 24", ctx.titles(a["id"], 1)[0], "00:00 / 02:17", "تشغيل", "كتم الصوت")
        p.blank()
        p.feat("video_leftover")
    if o.get("author_box"):
        p.bp("كتّاب لبنان24", "المحرر السياسي", "المزيد من مقالات الكاتب")
        p.blank()
        p.feat("author_box")
    p.bp("الأكثر رواجاً")
    for k, t in enumerate(ctx.titles(a["id"], 5), 1):
        p.bp(f"{k:02d}", t)
    p.blank()
    p.bp("حمّل تطبيق لبنان 24", "App Store", "Google Play")
    p.bp(f"Copyright © {2025} Lebanon24. جميع الحقوق محفوظة")
    p.feat("app_promo", "footer")
    return p


# ---------------------------------------------------------- Al-Masdar Online (Yemen)
MASDAR_NAV = [
    "الرئيسية",
    "أخبار محلية",
    "تقارير",
    "عربي ودولي",
    "اقتصاد",
    "حقوق وحريات",
    "رياضة",
    "ثقافة",
    "مقالات",
    "منوعات",
    "المصدر أونلاين English",
]


def masdar_date(d: dt.datetime, style: str) -> str:
    if style == "iso":
        return f"{d.year}/{d.month:02d}/{d.day:02d} {d.hour:02d}:{d.minute:02d}"
    return f"{wd(d)}، {d.day} {M_EG[d.month - 1]} {d.year} {ampm(d, long=True)}"


def site_almasdar(ctx: Ctx, a: dict, rng: random.Random, o: dict) -> Page:
    p = Page(a, "almasdar")
    d = parse_date(a.get("date"))
    if o.get("page_title"):
        p.bp(f"{a['title']} - المصدر أونلاين")
        p.blank()
        p.feat("title_suffix")
    p.bp("المصدر أونلاين", "English")
    if o.get("exchange"):
        p.bp(
            "أسعار الصرف",
            "عدن",
            "الدولار: 1617 شراء - 1629 بيع",
            "السعودي: 425 شراء - 428 بيع",
            "صنعاء",
            "الدولار: 535 شراء - 538 بيع",
            "السعودي: 140 شراء - 140.5 بيع",
            "آخر تحديث: منذ ساعتين",
        )
        p.feat("exchange_widget")
    p.blank()
    p.bp(*menu(MASDAR_NAV, o.get("nav", "lines")))
    p.blank()
    p.bp(a["title"])
    if o.get("repeat_title"):
        p.blank()
        p.bp(a["title"])
        p.feat("repeat_title")
    p.blank()
    src = rng.choice(
        ["المصدر أونلاين - متابعات خاصة", "المصدر أونلاين - وكالات", "عدن - المصدر أونلاين", "المصدر أونلاين - خاص"]
    )
    p.bp(src)
    p.feat("byline")
    if o.get("date") == "relative":
        p.bp(age_of(a))
        p.feat("relative_date_only")
    elif d and o.get("date"):
        t = rand_time(rng, d, a)
        p.bp(masdar_date(t, o.get("date_style", "long")))
        p.date = d.date().isoformat()
        p.feat("date")
    p.blank()
    if o.get("share"):
        p.bp("شارك الخبر: فيسبوك X واتساب تيليجرام طباعة")
        p.blank()
        p.feat("share")
    inserts = {}
    if o.get("related_in"):
        for i in inline_positions(a, rng, o["related_in"]):
            inserts[i] = ["إقرأ أيضاً", ctx.titles(a["id"], 1)[0]]
        p.feat("related_inline")
    p.body(sep=o.get("sep", "blank"), inserts=inserts)
    p.blank()
    if o.get("tags"):
        p.bp("كلمات دلالية")
        p.bp("  ".join("#" + t for t in tags_for(a, rng, 3)))
        p.blank()
        p.feat("tags")
    if o.get("comments"):
        p.bp(f"{o['comments']} تعليقات")
        p.blank()
        names = rng.sample(["يمني حر", "أبو صالح", "محمد العدني", "ابن تعز", "مغترب", "sami"], o["comments"])
        texts = rng.sample(COMMENTS_GULF + ["الله يرحم اليمن وأهله", "والله ما عاد فينا نتحمل أكثر"], o["comments"])
        for who, txt in zip(names, texts):
            p.bp(who)
            p.bp(rel_age(rng, "year"))
            p.bp(txt)
            p.bp("رد")
            p.blank()
        p.bp("أضف تعليقاً", "الاسم *", "البريد الإلكتروني *", "نشر التعليق")
        p.blank()
        p.feat("comments")
    p.bp("أخبار مرتبطة")
    for oa in ctx.others(a["id"], o.get("related", 3)):
        p.bp(oa["title"])
        if o.get("teasers"):
            p.bp(teaser(oa, 130))
        p.blank()
    p.feat("related_after")
    p.bp("الأكثر قراءة هذا الأسبوع", "اليوم", "الشهر")
    for t in ctx.titles(a["id"], 5):
        p.bp(t)
    p.blank()
    p.bp("تابعوا المصدر أونلاين على تيليجرام")
    p.bp(f"© {2025} جميع الحقوق محفوظة للمصدر أونلاين")
    p.feat("footer")
    return p


# ---------------------------------------------------------- Baghdad Today (Iraq)
BT_NAV = [
    "الرئيسية",
    "سياسة",
    "أمن",
    "اقتصاد",
    "محليات",
    "رياضة",
    "عربي ودولي",
    "منوعات",
    "تقارير",
    "إنفوغرافيك",
    "فيديو",
]


def site_baghdadtoday(ctx: Ctx, a: dict, rng: random.Random, o: dict) -> Page:
    p = Page(a, "baghdadtoday")
    d = parse_date(a.get("date"))
    if o.get("page_title"):
        p.bp(f"بغداد اليوم :: {a['title']}")
        p.blank()
        p.feat("title_prefix")
    p.bp("بغداد اليوم", "وكالة أنباء مستقلة")
    if o.get("widgets"):
        p.bp("بغداد 43° مشمس", "سعر صرف الدولار في بورصة بغداد: 100 دولار = 142,350 دينار")
        p.feat("weather", "currency_widget")
    p.blank()
    if o.get("breaking"):
        p.bp("عاجل")
        base = dt.datetime(2025, 9, 22, 11, 40)
        for k, t in enumerate(ctx.titles(a["id"], 3)):
            tm = base - dt.timedelta(minutes=23 * k + rng.randint(0, 7))
            p.bp(f"{tm.hour:02d}:{tm.minute:02d} {t}")
        p.blank()
        p.feat("breaking_strip")
    p.bp(*menu(BT_NAV, o.get("nav", "line"), "  "))
    p.blank()
    p.bp(a["title"])
    p.blank()
    if d and o.get("date") == "noyear":
        t = rand_time(rng, d, a)
        p.bp(f"{wd(d)} {d.day} {M_LEV[d.month - 1]} | {t.hour:02d}:{t.minute:02d}")
        p.feat("date_without_year")
    elif d and o.get("date"):
        t = rand_time(rng, d, a)
        if o["date"] == "iso":
            p.bp(f"{d.year}-{d.month:02d}-{d.day:02d} {t.hour:02d}:{t.minute:02d}")
        else:
            p.bp(f"{d.day} {M_LEV[d.month - 1]}/{M_EG[d.month - 1]} {d.year} - {ampm(t)}")
        p.date = d.date().isoformat()
        p.feat("date")
    if o.get("views"):
        p.bp(f"عدد القراءات: {rng.randint(1200, 48000):,}")
        p.feat("view_counter")
    p.blank()
    if o.get("caption"):
        p.bp(rng.choice(["صورة تعبيرية", "أرشيف الوكالة", "(أرشيفية - بغداد اليوم)"]))
        p.blank()
        p.feat("caption")
    p.bp(rng.choice(["بغداد اليوم - متابعة", "بغداد اليوم - بغداد", "بغداد اليوم – ترجمة"]))
    p.feat("dateline_own_line")
    if o.get("sep", "blank") == "blank":
        p.blank()
    inserts = {}
    if o.get("related_in"):
        for i in inline_positions(a, rng, o["related_in"]):
            inserts[i] = ["اقرأ ايضاً: " + ctx.titles(a["id"], 1)[0]]
        p.feat("related_inline")
    p.body(sep=o.get("sep", "blank"), inserts=inserts)
    p.blank()
    p.bp("تابعوا آخر أخبار بغداد اليوم على تطبيق تيليغرام وواتساب")
    p.blank()
    if o.get("live"):
        p.bp("تغطية مستمرة")
        base = dt.datetime(2025, 9, 22, 11, 52)
        for k, t in enumerate(ctx.titles(a["id"], 7)):
            tm = base - dt.timedelta(minutes=11 * k + rng.randint(0, 6))
            p.bp(f"{tm.hour:02d}:{tm.minute:02d}", t)
        p.blank()
        p.feat("live_updates")
    p.bp("الأكثر مشاهدة")
    for t in ctx.titles(a["id"], 4):
        p.bp(t)
    p.blank()
    if o.get("comments"):
        p.bp("التعليقات")
        names = rng.sample(["حيدر", "ابو علي البصري", "مصطفى", "Zaid", "ام حسين"], o["comments"])
        for who, txt in zip(names, rng.sample(COMMENTS_IQ, o["comments"])):
            p.bp(who + " · " + rel_age(rng, "year"))
            p.bp(txt)
        p.blank()
        p.feat("comments")
    p.bp("عن الوكالة", "الخصوصية وشروط النشر", "راسلنا")
    p.bp(f"جميع الحقوق محفوظة لوكالة بغداد اليوم الإخبارية © {2025}")
    p.feat("footer")
    return p


# ---------------------------------------------------------- Zaman al-Wasl (Syria)
ZW_NAV = [
    "الرئيسية",
    "أخبار",
    "تقارير خاصة",
    "مقالات",
    "حوارات",
    "اقتصاد",
    "رياضة",
    "ثقافة وفنون",
    "منوعات",
    "كاريكاتير",
    "English",
]


def site_zamanalwsl(ctx: Ctx, a: dict, rng: random.Random, o: dict) -> Page:
    p = Page(a, "zamanalwsl")
    d = parse_date(a.get("date"))
    if o.get("page_title"):
        p.bp(f"{a['title']} - زمان الوصل")
        p.blank()
        p.feat("title_suffix")
    p.bp("زمان الوصل")
    p.bp(*menu(ZW_NAV, o.get("nav", "lines")))
    p.blank()
    p.bp(a["title"])
    if o.get("repeat_title", True):
        p.blank()
        p.bp(a["title"])
        p.feat("repeat_title")
    p.blank()
    p.bp(rng.choice(["زمان الوصل - خاص", "زمان الوصل - رصد", "وكالات - زمان الوصل", "زمان الوصل - ترجمة"]))
    p.feat("byline")
    if d and o.get("date"):
        t = rand_time(rng, d, a)
        if o["date"] == "iso":
            p.bp(f"{d.year}-{d.month:02d}-{d.day:02d} {t.hour:02d}:{t.minute:02d}:{t.second:02d}")
        else:
            s = f"{wd(d)} {d.day} {M_LEV[d.month - 1]} {d.year}"
            p.bp(east(s) if o.get("eastern") else s)
        p.date = d.date().isoformat()
        p.feat("date_eastern_digits" if o.get("eastern") else "date")
    p.blank()
    if o.get("caption"):
        cap = rng.choice(["من الإنترنت", "أرشيف", "صورة متداولة"])
        if o["caption"] == "glued":
            p.bp(cap + "-زمان الوصل")
            p.feat("caption_glued_to_credit")
        else:
            p.bp(cap)
            p.feat("caption")
        p.blank()
    inserts = {}
    if o.get("related_in"):
        for i in inline_positions(a, rng, o["related_in"]):
            inserts[i] = ["اقرأ في الموضوع:", ctx.titles(a["id"], 1)[0]]
        p.feat("related_inline")
    p.body(sep=o.get("sep", "blank"), inserts=inserts)
    p.blank()
    code = rng.randint(120000, 239999)
    p.bp(f"رابط مختصر: zamanalwsl.net/news/{code}")
    p.bp(f"({rng.randint(40, 900)})    حفظ    طباعة    إرسال")
    p.feat("short_link", "counter")
    p.blank()
    if o.get("tags"):
        p.bp("الكلمات الدلالية: " + " | ".join(tags_for(a, rng, 4)))
        p.blank()
        p.feat("tags")
    if o.get("comments") is not None:
        n = o["comments"]
        p.bp(f"{n} تعليق")
        p.blank()
        names = rng.sample(["أبو عمر", "حمصي", "سوري حر", "Samer", "ابن إدلب", "رامي"], n)
        for who, txt in zip(names, rng.sample(COMMENTS_LEV, n)):
            where = rng.choice(["ألمانيا", "تركيا", "سوريا", "السويد", "الأردن"])
            p.bp(f"{who}-{where}", rel_age(rng, "year"), txt)
            p.blank()
        p.bp("أضف تعليق", "الاسم", "البلد", "تعليقك هنا", "أرسل التعليق")
        p.blank()
        p.feat("comments")
    if o.get("teasers"):
        p.bp("اقرأ في زمان الوصل")
        for oa in ctx.others(a["id"], 4):
            p.bp(oa["title"], teaser(oa, 140))
            p.blank()
        p.feat("related_after", "teasers")
    p.bp("الأكثر متابعة")
    for t in ctx.titles(a["id"], o.get("most_read", 5)):
        p.bp(t)
    p.blank()
    p.bp("جميع المواد المنشورة تعبّر عن رأي كاتبها، والموقع غير مسؤول عن التعليقات")
    p.bp(f"حقوق النشر محفوظة © زمان الوصل {2025}")
    p.feat("footer")
    return p


# ---------------------------------------------------------- Al-Omk al-Maghribi (Morocco)
OMK_NAV = [
    "الرئيسية",
    "سياسة",
    "مجتمع",
    "اقتصاد",
    "جهات",
    "دولي",
    "رياضة",
    "فن وثقافة",
    "تربية وتعليم",
    "رأي",
    "العمق TV",
]


def omk_date(d: dt.datetime, style: str) -> str:
    if style == "short":
        return f"{d.day} {M_MA[d.month - 1]} {d.year} - {d.hour:02d}:{d.minute:02d}"
    return f"{wd(d)} {d.day:02d} {M_MA[d.month - 1]} {d.year} | {d.hour:02d}:{d.minute:02d}"


def site_al3omk(ctx: Ctx, a: dict, rng: random.Random, o: dict) -> Page:
    p = Page(a, "al3omk")
    d = parse_date(a.get("date"))
    crawl = dt.datetime(2025, 9, 21)
    if o.get("page_title"):
        p.bp(f"{a['title']} | العمق المغربي")
        p.blank()
        p.feat("title_suffix")
    if o.get("cookie") == "top":
        p.bp(
            "يستعمل موقعنا ملفات تعريف الارتباط (كوكيز) لتقديم محتوى يناسب اهتماماتك. "
            "بمواصلة التصفح نعتبر أنك موافق على سياسة الكوكيز.",
            "قبول",
            "إعدادات",
        )
        p.blank()
        p.feat("cookie_notice")
    p.bp("العمق المغربي")
    p.bp(f"{wd(crawl)} {crawl.day} {M_MA[crawl.month - 1]} {crawl.year}")
    p.blank()
    p.bp(*menu(OMK_NAV, o.get("nav", "lines")))
    p.blank()
    p.bp(a["title"])
    p.blank()
    p.bp(rng.choice(["العمق المغربي", "العمق - متابعة", "العمق - وكالات", "هيئة التحرير"]))
    p.feat("byline")
    if o.get("date") == "relative":
        p.bp(age_of(a))
        p.feat("relative_date_only")
    elif d and o.get("date"):
        t = rand_time(rng, d, a)
        p.bp(omk_date(t, o.get("date_style", "long")))
        p.date = d.date().isoformat()
        p.feat("date_maghrebi_months")
    p.bp(rng.choice(["دقيقتان للقراءة", "3 دقائق للقراءة", "قراءة في 4 دقائق"]))
    p.feat("reading_time")
    p.blank()
    if o.get("audio"):
        p.bp("استمع إلى هذا المقال", "0:00 / 0:00", "1x")
        p.blank()
        p.feat("audio_leftover")
    if o.get("caption"):
        p.bp(rng.choice(["صورة: أرشيف", "صورة توضيحية", "صورة: العمق"]))
        p.blank()
        p.feat("caption")
    suffix = ""
    if o.get("glue_tags"):
        suffix = " الوسوم " + " ".join(tags_for(a, rng, 3))
        p.feat("tags_glued_to_last_paragraph")
    inserts = {}
    if o.get("related_in"):
        for i in inline_positions(a, rng, o["related_in"]):
            inserts[i] = ["إقرأ أيضا", ctx.titles(a["id"], 1)[0]]
        p.feat("related_inline")
    p.body(sep=o.get("sep", "blank"), inserts=inserts, suffix=suffix)
    p.blank()
    if o.get("tags") and not o.get("glue_tags"):
        p.bp("الوسوم")
        p.bp(*tags_for(a, rng, 3))
        p.blank()
        p.feat("tags")
    p.bp("تابعوا آخر الأخبار من العمق على Google News")
    p.blank()
    if o.get("poll"):
        p.bp(
            "استطلاع رأي",
            "هل أنت راض عن أداء الحكومة؟",
            "نعم",
            "لا",
            "بدون رأي",
            "صوت",
            f"مجموع الأصوات: {rng.randint(800, 9000)}",
        )
        p.blank()
        p.feat("poll")
    if o.get("comments") is not None:
        n = o["comments"]
        p.bp(f"تعليقات الزوار ({n})")
        names = rng.sample(["مواطن", "Hassan", "ولد الشعب", "مغربي حر", "سعيد"], n)
        for k, (who, txt) in enumerate(zip(names, rng.sample(COMMENTS_MA, n))):
            p.bp(f"{k + 1} - {who}")
            p.bp(rel_age(rng, "year"))
            p.bp(txt)
            p.bp("مقبول", "مرفوض", str(rng.randint(0, 40)))
        p.bp("أضف تعليقك", "الاسم", "البريد الإلكتروني", "نص التعليق", "إرسال")
        p.blank()
        p.feat("comments")
    p.bp("مقالات مشابهة")
    for oa in ctx.others(a["id"], 3):
        p.bp(oa["title"])
        od = parse_date(oa.get("date"))
        if od:
            p.bp(omk_date(rand_time(rng, od, oa), "short"))
    p.blank()
    p.bp("الأكثر تعليقا")
    for t in ctx.titles(a["id"], 4):
        p.bp(t)
    p.blank()
    if o.get("cookie") == "bottom":
        p.bp("نحن نستخدم الكوكيز لتحسين تجربتك وتحليل حركة الزوار. هل توافق؟", "نعم، أوافق", "لا")
        p.blank()
        p.feat("cookie_notice")
    p.bp("هيئة التحرير - الخط التحريري - اتصل بنا - إشهار")
    p.bp(f"العمق المغربي © {2025} . جميع الحقوق محفوظة")
    p.feat("footer")
    return p


# ---------------------------------------------------------- pages without an article
def page_404(ctx: Ctx, rng: random.Random) -> Page:
    """Baghdad Today style 'page not found'."""
    p = Page(None, "baghdadtoday")
    p.bp("الصفحة غير موجودة :: بغداد اليوم")
    p.blank()
    p.bp("بغداد اليوم", "وكالة أنباء مستقلة")
    p.blank()
    p.bp(*menu(BT_NAV, "line", "  "))
    p.blank()
    p.bp("404")
    p.bp("عذراً، لم نعثر على الصفحة المطلوبة")
    p.bp("قد يكون الرابط الذي اتبعته غير صحيح، أو أن الخبر نُقل إلى عنوان آخر أو حُذف.")
    p.bp("يمكنك البحث في الموقع أو العودة إلى الصفحة الرئيسية.")
    p.bp("بحث", "الرئيسية")
    p.blank()
    p.bp("الأحدث في بغداد اليوم")
    base = dt.datetime(2025, 9, 22, 12, 10)
    for k, t in enumerate(ctx.titles(None, 6)):
        tm = base - dt.timedelta(minutes=14 * k + rng.randint(0, 5))
        p.bp(f"{tm.hour:02d}:{tm.minute:02d}", t)
    p.blank()
    p.bp("عن الوكالة", "الخصوصية وشروط النشر", "راسلنا")
    p.bp(f"جميع الحقوق محفوظة لوكالة بغداد اليوم الإخبارية © {2025}")
    p.feat("all-boilerplate 404")
    return p


def page_index(ctx: Ctx, rng: random.Random) -> Page:
    """Al-Omk section page: headlines, bylines, dates, cut teasers, no article."""
    p = Page(None, "al3omk")
    p.bp("دولي | العمق المغربي")
    p.blank()
    p.bp("العمق المغربي")
    p.bp(*menu(OMK_NAV, "line", " - "))
    p.blank()
    p.bp("دولي")
    p.blank()
    ids = sorted(k for k, v in ctx.arts.items() if v["outlet"] in ("jawharafm", "france24ar") and v.get("date"))
    for k in rng.sample(ids, 8):
        a = ctx.arts[k]
        d = rand_time(rng, parse_date(a["date"]), a)
        p.bp(a["title"])
        p.bp(rng.choice(["العمق المغربي", "وكالات", "العمق - متابعة"]) + " | " + omk_date(d, "short"))
        p.bp(teaser(a, 150))
        p.bp("تابع القراءة")
        p.blank()
    p.bp("1", "2", "3", "...", "47", "التالي »")
    p.blank()
    p.bp("هيئة التحرير - الخط التحريري - اتصل بنا - إشهار")
    p.bp(f"العمق المغربي © {2025} . جميع الحقوق محفوظة")
    p.feat("all-boilerplate section index")
    return p


SITES = {
    "alwatanbh": site_alwatanbh,
    "elfagr": site_elfagr,
    "felesteen": site_felesteen,
    "lebanon24": site_lebanon24,
    "almasdar": site_almasdar,
    "baghdadtoday": site_baghdadtoday,
    "zamanalwsl": site_zamanalwsl,
    "al3omk": site_al3omk,
}
SITE_NAMES = {
    "alwatanbh": "Al-Watan (Bahrain)",
    "elfagr": "Al-Fajr (Egypt)",
    "felesteen": "Felesteen / Palestine Online (Gaza)",
    "lebanon24": "Lebanon24",
    "almasdar": "Al-Masdar Online (Yemen)",
    "baghdadtoday": "Baghdad Today (Iraq)",
    "zamanalwsl": "Zaman al-Wasl (Syria)",
    "al3omk": "Al-Omk al-Maghribi (Morocco)",
}

# ------------------------------------------------------------------ pools
SAUDI = (
    "okaz",
    "aljazirah",
    "aleqtisadiya",
    "alriyadh",
    "alyaum",
    "alwatan",
    "almadina",
    "alweeam",
    "3alyoum",
    "aawsat",
)
ANT = ("alarabiya", "cnnarabic", "bbcarabic", "skynewsarabia", "france24ar")
RX = {
    "gulf": r"السعودي|الإمارات|البحرين|الكويت|قطر|الخليج|سلطنة عمان|دبي|أبوظبي|الرياض",
    "pal": r"فلسطين|إسرائيل|غزة|القدس|نتنياهو|نتانياهو|الضفة",
    "yemen": r"اليمن|الحوثي|عدن|صنعاء|تعز|الحديدة",
    "iraq": r"العراق|بغداد|إيران|الصدر|الموصل|البصرة|كردستان|تركيا|أردوغان|الليرة",
    "syria": r"سوري|دمشق|حلب|إدلب|الأسد|الغوطة|روسيا|بوتين|لبنان|داعش",
    "maghreb": r"تونس|المغرب|الجزائر|ليبيا|موريتانيا",
}


def pools(arts: dict, used: set[str]) -> dict[str, list[str]]:
    ok = {k: a for k, a in arts.items() if eligible(a, used)}

    def ids(pred):
        return sorted(k for k, a in ok.items() if pred(a))

    def has(a, key):
        return re.search(RX[key], a["title"] + " " + a["paras"][0]) is not None

    return {
        "gulf": ids(lambda a: a["outlet"] in SAUDI or (a["outlet"] in ANT and has(a, "gulf"))),
        "egypt": ids(lambda a: a["outlet"] in ANT and set(a.get("tags") or []) & {"رياضة", "ثقافة", "تكنولوجيا"}),
        "pal": ids(lambda a: has(a, "pal")),
        "world": ids(lambda a: a["outlet"] in ANT and set(a.get("tags") or []) & {"دولية", "اقتصاد", "تكنولوجيا"}),
        "yemen": ids(lambda a: has(a, "yemen") or a["outlet"] in SAUDI),
        "iraq": ids(lambda a: has(a, "iraq")),
        "syria": ids(lambda a: has(a, "syria")),
        "maghreb": ids(lambda a: a["outlet"] == "jawharafm" or has(a, "maghreb")),
        "any": ids(lambda a: True),
    }


# ------------------------------------------------------------------ plan
# pool: article pool; need: extra requirement on the article; opt: page
# options; file-level: wrap (width), indent, crlf, enc, bom, controls, nl.
P = dict
PLAN = [
    # Al-Watan (Bahrain)
    P(
        site="alwatanbh",
        pool="gulf",
        need="dated",
        opt=P(page_title=True, weather=True, date="hijri", caption="plain", tags=True, most_read=5),
    ),
    P(
        site="alwatanbh",
        pool="gulf",
        need="undated",
        opt=P(prayer=True, date="relative", share=True, related_in=1, newsletter=True, sep="none", nav="line"),
    ),
    P(
        site="alwatanbh",
        pool="gulf",
        need="datetime",
        opt=P(date="plain", caption="glued", tags=True, related=4),
        wrap=76,
    ),
    P(site="alwatanbh", pool="gulf", need="heading", opt=P(byline=False, date="plain", most_read=6)),
    P(
        site="alwatanbh",
        pool="gulf",
        need="dated",
        opt=P(weather=True, prayer=True, date="hijri", related_in=2, newsletter=True, sep="none"),
    ),
    P(
        site="alwatanbh",
        pool="gulf",
        need="undated",
        opt=P(page_title=True, share=True, tags=True, nav="line", caption="plain"),
    ),
    # Al-Fajr (Egypt)
    P(
        site="elfagr",
        pool="egypt",
        need="dated",
        opt=P(
            page_title=True, breaking=True, date=True, caption="plain", related_in=1, tags=True, poll=True, most_read=5
        ),
    ),
    P(
        site="elfagr",
        pool="egypt",
        need="dated",
        opt=P(date=True, eastern=True, caption="glued", sponsored=True, comments=2, sep="none"),
        crlf=True,
    ),
    P(
        site="elfagr",
        pool="egypt",
        need="heading",
        opt=P(repeat_title=True, date=True, related_in=2, latest=6, nav="lines"),
    ),
    P(
        site="elfagr",
        pool="egypt",
        need="dated",
        opt=P(breaking=True, date=True, caption="plain", sponsored=True, poll=True, tags=True),
    ),
    P(site="elfagr", pool="gulf", need="undated", opt=P(date=True, comments=3, related_in=1, most_read=4)),
    P(
        site="elfagr",
        pool="egypt",
        need="dated",
        opt=P(page_title=True, date=True, eastern=True, most_read=6, tags=True),
        controls=True,
    ),
    # Felesteen (Gaza)
    P(
        site="felesteen",
        pool="pal",
        need="dated",
        opt=P(
            page_title=True,
            currency=True,
            date="lev",
            caption=True,
            related_in=1,
            tags=True,
            fb_comments=True,
            live=True,
        ),
    ),
    P(site="felesteen", pool="pal", need=None, opt=P(ticker=True, date="numeric", font=True, sep="none", teasers=True)),
    P(
        site="felesteen",
        pool="pal",
        need="dated",
        opt=P(currency=True, date="lev", related_in=2, tags=True, most_read=5),
        controls=True,
    ),
    P(site="felesteen", pool="pal", need="dated", opt=P(caption=True, fb_comments=True, live=True)),
    P(site="felesteen", pool="pal", need=None, opt=P(page_title=True, date="lev", teasers=True, tags=True), wrap=72),
    P(
        site="felesteen",
        pool="pal",
        need="heading",
        opt=P(ticker=True, font=True, date="numeric", tags=True, live=True, sep="none"),
    ),
    # Lebanon24
    P(
        site="lebanon24",
        pool="world",
        need="dated",
        opt=P(page_title=True, weather=True, date=True, ads=1, tags=True, video=True),
    ),
    P(
        site="lebanon24",
        pool="world",
        need="heading",
        opt=P(date=True, date_style="numeric", updated=True, author_box=True, sep="none"),
    ),
    P(
        site="lebanon24",
        pool="world",
        need="dated",
        opt=P(glue_photo=True, date=True, video=True, tags=True, nav="lines"),
    ),
    P(site="lebanon24", pool="world", need="dated", opt=P(source=True, ads=2), crlf=True),
    P(
        site="lebanon24",
        pool="world",
        need="list",
        opt=P(page_title=True, weather=True, date=True, date_style="numeric", author_box=True, tags=True),
    ),
    P(site="lebanon24", pool="world", need="dated", opt=P(date=True, ads=1, video=True, source=False), bom=True),
    # Al-Masdar Online (Yemen)
    P(
        site="almasdar",
        pool="yemen",
        need="datetime",
        opt=P(exchange=True, date=True, share=True, related_in=1, tags=True, comments=2),
    ),
    P(
        site="almasdar",
        pool="yemen",
        need="datetime",
        opt=P(page_title=True, repeat_title=True, date=True, date_style="iso", teasers=True, sep="none"),
    ),
    P(site="almasdar", pool="yemen", need="undated", opt=P(date="relative", exchange=True, comments=3), crlf=True),
    P(
        site="almasdar",
        pool="yemen",
        need="heading",
        opt=P(date=True, related_in=2, tags=True, share=True, related=4, teasers=True),
    ),
    P(
        site="almasdar",
        pool="yemen",
        need="dated",
        opt=P(exchange=True, date=True, date_style="iso", comments=1),
        enc="cp1256",
    ),
    P(site="almasdar", pool="yemen", need=None, opt=P(page_title=True, date=True, sep="none", tags=True)),
    # Baghdad Today (Iraq)
    P(
        site="baghdadtoday",
        pool="iraq",
        need="dated",
        opt=P(page_title=True, widgets=True, breaking=True, date="lev", views=True, live=True, caption=True),
    ),
    P(site="baghdadtoday", pool="iraq", need="dated", opt=P(date="iso", related_in=1, comments=2), crlf=True),
    P(site="baghdadtoday", pool="iraq", need="dated", opt=P(date="noyear", widgets=True, live=True, sep="none")),
    P(
        site="baghdadtoday",
        pool="iraq",
        need="heading",
        opt=P(breaking=True, date="iso", views=True, related_in=2, caption=True),
    ),
    P(site="baghdadtoday", pool="iraq", need="dated", opt=P(page_title=True, date="lev", live=True, comments=3)),
    P(site="baghdadtoday", pool="iraq", need=None, opt=P(date="iso", widgets=True, views=True), wrap=78),
    # Zaman al-Wasl (Syria)
    P(
        site="zamanalwsl",
        pool="syria",
        need="dated",
        opt=P(page_title=True, date="lev", caption="plain", related_in=1, tags=True, comments=2, teasers=True),
    ),
    P(site="zamanalwsl", pool="syria", need="dated", opt=P(date="iso", comments=0), wrap=80),
    P(
        site="zamanalwsl",
        pool="syria",
        need="dated",
        opt=P(date="lev", eastern=True, caption="glued", comments=3, sep="none"),
    ),
    P(
        site="zamanalwsl",
        pool="syria",
        need="heading",
        opt=P(repeat_title=False, date="iso", related_in=2, tags=True, teasers=True),
    ),
    P(site="zamanalwsl", pool="syria", need=None, opt=P(date="lev", caption="plain", comments=1), controls=True),
    P(site="zamanalwsl", pool="syria", need="undated", opt=P(page_title=True, comments=4, tags=True, nav="line")),
    # Al-Omk al-Maghribi (Morocco)
    P(
        site="al3omk",
        pool="maghreb",
        need="dated",
        opt=P(page_title=True, cookie="top", date=True, audio=True, tags=True, comments=2, poll=True),
    ),
    P(
        site="al3omk",
        pool="maghreb",
        need="dated",
        opt=P(date=True, date_style="short", caption=True, related_in=1, glue_tags=True, sep="none"),
    ),
    P(site="al3omk", pool="maghreb", need="heading", opt=P(cookie="bottom", date=True, comments=3, related_in=1)),
    P(
        site="al3omk",
        pool="maghreb",
        need="dated",
        opt=P(date=True, date_style="short", tags=True, audio=True),
        wrap=70,
        indent="   ",
    ),
    P(site="al3omk", pool="maghreb", need="dated", opt=P(page_title=True, date="relative", poll=True, comments=0)),
    P(
        site="al3omk",
        pool="maghreb",
        need=None,
        opt=P(cookie="top", date=True, caption=True, tags=True, nav="line"),
        crlf=True,
    ),
    # pages without an article
    P(site="404"),
    P(site="index"),
    P(site="empty"),
]


def meets(a: dict, need: str | None) -> bool:
    if need is None:
        return True
    if need == "dated":
        return bool(a.get("date"))
    if need == "datetime":
        return bool(a.get("date")) and len(a["date"]) > 10
    if need == "undated":
        return not a.get("date")
    if need == "heading":
        return "heading" in a["kinds"]
    if need == "list":
        return "list_item" in a["kinds"]
    raise ValueError(need)


# ------------------------------------------------------------------ checks
CONTROL_RE = re.compile("[\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff\u061c]")


def norm(s: str) -> str:
    s = unicodedata.normalize("NFC", s)
    s = CONTROL_RE.sub("", s)
    return re.sub(r"\s+", " ", s).strip()


def check_page(p: Page, text: str, wrapped: bool):
    """The gold must be recoverable from the dump, and no furniture string
    may equal an article block."""
    gold = {norm(b["text"]) for b in p.blocks}
    if p.title:
        assert norm(p.title) not in gold, ("title equals a block", p.title)
        assert norm(p.title) in {norm(x) for x in p.furn}, "title not shown"
    for f in p.furn:
        assert norm(f) not in gold, ("furniture equals a block", f)
    clean = CONTROL_RE.sub("", text)
    if wrapped:
        flat = re.sub(r"\s+", " ", clean)
        for b in p.blocks:
            assert b["text"] in flat, ("block lost", b["text"][:60])
    else:
        lines = clean.split("\n")
        for b in p.blocks:
            assert any(b["text"] in ln for ln in lines), ("block lost", b["text"][:60])


# ------------------------------------------------------------------ build
def render(page: Page, spec: dict, rng: random.Random) -> tuple[str, list[str], bool]:
    feats = []
    page.trim()
    lines = list(page.lines)
    if spec.get("indent"):
        lines = [spec["indent"] + ln if ln.strip() else ln for ln in lines]
        feats.append("every line indented (text-browser dump)")
    wrapped = False
    if spec.get("wrap"):
        w = spec["wrap"]
        out = []
        for ln in lines:
            out.extend(wrap_line(ln, w) if ln.strip() else [ln])
        lines = out
        wrapped = True
        feats.append(f"hard-wrapped at {w} columns")
    if spec.get("controls"):
        lines = sprinkle_controls(lines, rng)
        feats.append("direction and zero-width marks")
    final_nl = spec.get("nl", rng.random() < 0.7)
    text = "\n".join(lines) + ("\n" if final_nl and lines else "")
    if not final_nl:
        feats.append("no final newline")
    return text, feats, wrapped


def build(out_dir: str, corpus: str) -> list[dict]:
    arts = load_articles(corpus)
    used = dev_used(corpus)
    rng = random.Random(SEED)
    ctx = Ctx(arts, rng)
    pl = pools(arts, used)
    dumps_dir = os.path.join(out_dir, "dumps")
    gold_dir = os.path.join(out_dir, "gold")
    for folder in (dumps_dir, gold_dir):
        os.makedirs(folder, exist_ok=True)
        for name in os.listdir(folder):
            if re.match(r"^\d{3}_.*\.(txt|json)$", name):
                os.remove(os.path.join(folder, name))
    mine: set[str] = set()
    manifest = []
    for n, spec in enumerate(PLAN, start=1):
        site = spec["site"]
        enc = spec.get("enc", "utf-8")
        art = None
        if site in SITES:

            def cands(pool):
                c = [k for k in pl[pool] if k not in mine and meets(arts[k], spec.get("need"))]
                if enc != "utf-8":
                    c = [k for k in c if _encodable(arts[k], enc)]
                return c

            c = cands(spec["pool"]) or cands("any")
            art = arts[rng.choice(c)]
            mine.add(art["id"])
            page = SITES[site](ctx, art, rng, spec.get("opt", {}))
        elif site == "404":
            page = page_404(ctx, rng)
        elif site == "index":
            page = page_index(ctx, rng)
        else:
            page = Page(None, "empty")
            page.feat("empty file")
        if site == "empty":
            text, feats, wrapped = "", [], False
        else:
            text, feats, wrapped = render(page, spec, rng)
        check_page(page, text, wrapped)
        if spec.get("crlf"):
            text = text.replace("\n", "\r\n")
            feats.append("CRLF line endings")
        if spec.get("bom"):
            enc = "utf-8-sig"
            feats.append("UTF-8 byte order mark")
        if enc == "cp1256":
            feats.append("Windows-1256 encoding")
        slug = art["outlet"] if art else site
        stem = f"{n:03d}_{site}_{slug}"
        with open(os.path.join(dumps_dir, stem + ".txt"), "wb") as fh:
            fh.write(text.encode(enc) if text else b"")
        with open(os.path.join(gold_dir, stem + ".json"), "w", encoding="utf-8", newline="\n") as fh:
            json.dump(page.gold(), fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        manifest.append(
            {
                "dump": stem + ".txt",
                "style": site,
                "site": SITE_NAMES.get(site, site) if art else SITE_NAMES.get(page.site, None),
                "article_id": art["id"] if art else None,
                "article_outlet": art["outlet"] if art else None,
                "encoding": enc,
                "features": page.features + feats,
                "gold_blocks": len(page.blocks),
                "gold_date": page.date,
            }
        )
    with open(os.path.join(out_dir, "manifest.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(
            {
                "seed": SEED,
                "corpus_articles_excluded": "all article ids in the development manifest",
                "dumps": manifest,
            },
            fh,
            ensure_ascii=False,
            indent=1,
        )
        fh.write("\n")
    return manifest


def _encodable(a: dict, enc: str) -> bool:
    try:
        (a["title"] + a["body"] + (a.get("outlet_name") or "")).encode(enc)
        return True
    except UnicodeEncodeError:
        return False


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Build site set k (dumps, gold, manifest).")
    ap.add_argument("out", help="folder that receives dumps/, gold/ and manifest.json")
    ap.add_argument("--corpus", default=DEFAULT_CORPUS, help="shared corpus (articles/, manifest.json)")
    args = ap.parse_args(argv)
    out = args.out
    os.makedirs(out, exist_ok=True)
    man = build(out, args.corpus)
    arts = sum(1 for m in man if m["article_id"])
    print(f"wrote {len(man)} dumps ({arts} with an article) to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
