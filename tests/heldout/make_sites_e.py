#!/usr/bin/env python3
"""Fifth site family for the Warraq dump cleaner (regression floor, no longer held out).

Each dump wraps the real body of one article from articles/*.jsonl that no
development dump uses, in page furniture written for this set in the manner
of eight Arabic news sites that the development corpus does not imitate:
Le360, Assabah News, Al-Ghad, Al-Ittihad, TRT Arabi, Al-Sabah (Iraq),
Al-Thawra (Syria) and Aswat Masriya; plus a 404 page, a section index and an
empty file.  Written by a helper who did not read the cleaner's code, as a
held-out set; the cleaner has since been fixed on it, so it is now a
regression floor (tests/test_cleaner_sites.py), not held out.

    python3 tests/heldout/make_sites_e.py OUT_DIR   # writes OUT_DIR/dumps, OUT_DIR/gold, OUT_DIR/manifest.json

Deterministic: fixed seed 5055; standard library only.
"""

from __future__ import annotations

import datetime as dt
import glob
import json
import os
import random
import re
import shutil
import sys
import textwrap
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = os.environ.get("WARRAQ_CORPUS") or os.path.join(HERE, "..", "..", "..", "shared", "corpus")
SEED = 5055
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "corpus")

# ------------------------------------------------------------------ calendars
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
M_TN = ["جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
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


def to_hijri(d: dt.date) -> tuple[int, int, int]:
    """Tabular Islamic calendar (furniture only; may be a day off Umm al-Qura)."""
    jd = d.toordinal() + 1721424.5
    days = int(jd - 1948439.5)
    year = (30 * days + 10646) // 10631
    start = 354 * (year - 1) + (3 + 11 * year) // 30
    month = min(12, int((days - start - 0.5) // 29.5) + 1)
    ms = start + int(29.5 * (month - 1) + 0.5)
    day = days - ms + 1
    if day < 1:
        month -= 1
        ms = start + int(29.5 * (month - 1) + 0.5)
        day = days - ms + 1
    return year, month, day


def parse_date(s):
    if not s:
        return None
    try:
        if len(s) == 10:
            return dt.datetime.strptime(s, "%Y-%m-%d")
        return dt.datetime.fromisoformat(s).replace(tzinfo=None)
    except ValueError:
        return None


def ampm(d):
    h = d.hour % 12 or 12
    return f"{h:02d}:{d.minute:02d} " + ("ص" if d.hour < 12 else "م")


def fmt_date(d: dt.datetime, style: str) -> str:
    wd = WEEKDAYS[d.weekday()]
    if style == "eg":  # الثلاثاء، 12 يونيو 2018 - 03:45 م
        return f"{wd}، {d.day} {M_EG[d.month - 1]} {d.year} - {ampm(d)}"
    if style == "eg_short":  # 12 يونيو 2018 01:25
        return f"{d.day:02d} {M_EG[d.month - 1]} {d.year} {d.hour:02d}:{d.minute:02d}"
    if style == "lev":  # الأحد 10 حزيران 2018
        return f"{wd} {d.day} {M_LEV[d.month - 1]} {d.year}"
    if style == "lev_dual":  # 10 حزيران/يونيو 2018
        return f"{d.day} {M_LEV[d.month - 1]}/{M_EG[d.month - 1]} {d.year}"
    if style == "lev_updated":  # آخر تحديث: 10:45 ص، الأحد 10 حزيران 2018
        return f"آخر تحديث: {ampm(d)}، {wd} {d.day} {M_LEV[d.month - 1]} {d.year}"
    if style == "ma":  # في 12 يوليوز 2017 على الساعة 14:35
        return f"في {d.day} {M_MA[d.month - 1]} {d.year} على الساعة {d.hour:02d}:{d.minute:02d}"
    if style == "ma_num":  # نشر في: 12/07/2017 - 14h35
        return f"نشر في: {d.day:02d}/{d.month:02d}/{d.year} - {d.hour:02d}h{d.minute:02d}"
    if style == "tn":  # الأربعاء 14 جوان 2017 - 10:21
        return f"{wd} {d.day} {M_TN[d.month - 1]} {d.year} | {d.hour:02d}:{d.minute:02d}"
    if style == "tn_pub":  # نشر في 14 جوان 2017 على الساعة 10:21
        return f"نشر في {d.day:02d} {M_TN[d.month - 1]} {d.year} على الساعة {d.hour:02d}:{d.minute:02d}"
    if style == "hijri":  # الثلاثاء 27 رمضان 1439 هـ الموافق 12 يونيو 2018 م
        hy, hm, hd = to_hijri(d.date())
        return f"{wd} {hd} {M_HIJRI[hm - 1]} {hy} هـ الموافق {d.day} {M_EG[d.month - 1]} {d.year} م"
    if style == "num_dot":  # 12.04.2018 | 14:32
        return f"{d.day:02d}.{d.month:02d}.{d.year} | {d.hour:02d}:{d.minute:02d}"
    if style == "num_iso":  # 2018/05/21
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    if style == "num_dash":  # الأحد 3-6-2018
        return f"{wd} {d.day}-{d.month}-{d.year}"
    if style == "eastern":  # ٢١ أيار ٢٠١٨
        return f"{d.day} {M_LEV[d.month - 1]} {d.year}".translate(EASTERN)
    raise ValueError(style)


def relative(rng, unit=None) -> str:
    unit = unit or rng.choice(["min", "hour", "day"])
    if unit == "min":
        return f"منذ {rng.randint(3, 55)} دقيقة"
    if unit == "hour":
        n = rng.randint(1, 11)
        return {1: "منذ ساعة", 2: "منذ ساعتين"}.get(n, f"منذ {n} ساعات")
    n = rng.randint(1, 6)
    return {1: "منذ يوم", 2: "منذ يومين"}.get(n, f"منذ {n} أيام")


# ------------------------------------------------------------------ articles
CONTROL_STRIP = re.compile("[\u200b\u200c\u200d\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff\u061c]")


def load_articles():
    arts = {}
    for path in sorted(glob.glob(os.path.join(DEV, "articles", "*.jsonl"))):
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    a = json.loads(line)
                    a["paras"] = a["body"].split("\n\n")
                    a["kinds"] = a.get("block_kinds") or ["paragraph"] * len(a["paras"])
                    arts[a["id"]] = a
    return arts


def dev_text() -> str:
    """All development dumps, decoded, invisible marks removed, whitespace collapsed."""
    parts = []
    for path in sorted(glob.glob(os.path.join(DEV, "dumps", "*.txt"))):
        raw = open(path, "rb").read()
        if raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        try:
            t = raw.decode("utf-8")
        except UnicodeDecodeError:
            t = raw.decode("cp1256")
        parts.append(t)
    t = CONTROL_STRIP.sub("", unicodedata.normalize("NFC", "\n".join(parts)))
    return re.sub(r"\s+", " ", t)


def norm(s: str) -> str:
    s = CONTROL_STRIP.sub("", unicodedata.normalize("NFC", s))
    return re.sub(r"\s+", " ", s).strip()


def free_articles(arts):
    with open(os.path.join(DEV, "manifest.json"), encoding="utf-8") as fh:
        man = json.load(fh)
    used = {d["article_id"] for d in man["dumps"] if d.get("article_id")}
    text = dev_text()
    free = []
    for k in sorted(arts):
        a = arts[k]
        if k in used:
            continue
        first = norm(a["paras"][0])
        if norm(a["title"]) in text or first[:60] in text:
            continue
        # no paragraph of it may show up in a dev dump either (teasers)
        if any(len(norm(p)) > 40 and norm(p)[:60] in text for p in a["paras"]):
            continue
        free.append(k)
    return free


# ------------------------------------------------------------------ page
class Page:
    def __init__(self, a):
        self.a = a
        self.lines: list[str] = []
        self.blocks: list[dict] = []
        self.furniture: list[str] = []
        self.repeats: list[str] = []  # furniture that repeats article text (standfirst)
        self.title = a["title"] if a else None
        self.outlet = a["outlet"] if a else None
        self.date = None
        self.features: list[str] = []

    def f(self, *lines):
        """furniture lines"""
        for ln in lines:
            self.lines.append(ln)
            if ln.strip():
                self.furniture.append(ln)

    def t(self, line):
        """a title line (title, possibly with a suffix); not content"""
        self.lines.append(line)

    def blank(self, n=1):
        self.lines.extend([""] * n)

    def feat(self, *names):
        for n in names:
            if n not in self.features:
                self.features.append(n)

    def body(self, rng, sep="blank", inserts=None, first_prefix="", split=(), indent=""):
        """Write the article blocks (their real text) and record the gold."""
        inserts = inserts or {}
        if sep == "line":
            self.feat("no blank lines between paragraphs")
        paras, kinds = self.a["paras"], self.a["kinds"]
        for i, (text, kind) in enumerate(zip(paras, kinds)):
            if i in inserts:
                self.f(*inserts[i])
                if sep == "blank":
                    self.blank()
            shown = (first_prefix + text) if i == 0 else text
            if i in split and kind == "paragraph":
                words = shown.split(" ")
                cut = rng.randint(len(words) // 3, 2 * len(words) // 3)
                self.lines.append(indent + " ".join(words[:cut]))
                self.lines.append(indent + " ".join(words[cut:]))
            else:
                self.lines.append(indent + shown)
            self.blocks.append({"kind": kind, "text": text})
            if sep == "blank" and i < len(paras) - 1:
                self.blank()

    def text(self):
        while self.lines and not self.lines[-1].strip():
            self.lines.pop()
        return "\n".join(self.lines)

    def gold(self):
        return {"title": self.title, "date": self.date, "outlet": self.outlet, "blocks": self.blocks}


# ------------------------------------------------------------------ shared furniture
NAMES = [
    "سليم الحداد",
    "منى العبيدي",
    "ياسين بنعلي",
    "رانية الخطيب",
    "هشام الزعبي",
    "نادية بوزيد",
    "كريم السامرائي",
    "لبنى الشريف",
    "أنس الحمصي",
    "ريم المصري",
    "مراد التونسي",
    "جمانة العمري",
    "عادل الكبيسي",
    "سارة بن عمر",
    "طارق النجار",
    "إيمان الدباغ",
    "وليد العطار",
    "هالة يوسف",
]
BIOS = [
    "صحافي يغطي الشؤون السياسية والبرلمانية منذ عام 2009.",
    "محررة في القسم الدولي، تكتب عن قضايا الهجرة وحقوق الإنسان.",
    "مراسل متخصص في الاقتصاد والطاقة، عمل سابقاً في عدة صحف عربية.",
    "كاتبة وباحثة في الشؤون الثقافية، تحمل ماجستير في الإعلام.",
    "محرر أخبار رياضية، يتابع الدوريات المحلية والعربية.",
    "صحافية متخصصة في التحقيقات الاجتماعية وقضايا التعليم.",
]
COMMENTERS = [
    "أبو أحمد",
    "ابن البلد",
    "Samir",
    "متابع",
    "أم علي",
    "حسام",
    "زائر كريم",
    "yassine",
    "فاطمة الزهراء",
    "قارئ قديم",
    "nour",
    "مهند",
]
COMMENT_SHORT = [
    "كلام في الصميم",
    "وين الحكومة من هذا الكلام؟",
    "الله يستر",
    "نريد حلولاً لا تصريحات",
    "شكراً على الخبر",
    "ليس جديداً علينا",
    "هل من متابعة لهذا الموضوع؟",
    "المهم التطبيق على الأرض",
    "ما شاء الله",
    "لا تعليق ....",
    "يا رب الفرج",
]
COMMENT_LONG = [
    "قرأت الخبر أكثر من مرة ولم أفهم ما هو المطلوب من المواطن بالضبط، نرجو من الصحيفة توضيح التفاصيل في تقرير لاحق.",
    "هذه ليست المرة الأولى التي نسمع فيها مثل هذه الوعود، والتجارب السابقة لا تبعث على التفاؤل للأسف الشديد.",
    "مقال متوازن وشكراً للمحرر، لكن كان من الأفضل أخذ رأي الطرف الآخر أيضاً حتى تكتمل الصورة لدى القارئ.",
]
CAPTIONS = [
    "صورة أرشيفية",
    "جانب من اللقاء",
    "من مكان الحادث",
    "صورة تعبيرية",
    "خلال المؤتمر الصحفي",
    "لقطة عامة",
    "من الأرشيف",
]
AGENCIES_AR = ["رويترز", "أ ف ب", "الأناضول", "أ ب", "د ب أ", "وكالات"]
AGENCIES_LAT = ["AFP", "Reuters", "AA", "AP", "Getty Images", "EPA"]
SHARE_AR = ["فيسبوك", "تويتر", "واتساب", "تلغرام", "لينكد إن", "البريد الإلكتروني", "طباعة", "نسخ الرابط"]
SHARE_LAT = ["Facebook", "Twitter", "WhatsApp", "Messenger", "Telegram", "Email"]
TAG_POOL = [
    "سياسة",
    "اقتصاد",
    "الأمم المتحدة",
    "الانتخابات",
    "كرة القدم",
    "الصحة",
    "التعليم",
    "النفط",
    "أوروبا",
    "الولايات المتحدة",
    "الشرق الأوسط",
    "الطقس",
    "التكنولوجيا",
    "حقوق الإنسان",
    "السياحة",
    "الهجرة",
]


def comments(rng, n, fmt):
    out = []
    for name in rng.sample(COMMENTERS, n):
        txt = rng.choice(COMMENT_SHORT if rng.random() < 0.6 else COMMENT_LONG)
        when = relative(rng, rng.choice(["hour", "day", "min"]))
        if fmt == "stack":
            out += [name, when, txt, "رد", ""]
        elif fmt == "inline":
            out += [f"{name} - {when}", txt, ""]
        else:  # "indent"
            out += ["  " + name, "  " + when, "  " + txt, ""]
    return out


def newsletter(rng):
    return rng.choice(
        [
            ["النشرة البريدية", "اشترك ليصلك أهم الأخبار صباح كل يوم", "بريدك الإلكتروني", "اشترك"],
            ["اشترك في نشرتنا الإخبارية", "أدخل بريدك الإلكتروني", "تسجيل", "بالتسجيل أنت توافق على سياسة الخصوصية"],
            ["لا تفوّت شيئاً", "احصل على ملخص الأخبار اليومي مجاناً", "البريد الإلكتروني", "اشتراك"],
        ]
    )


def social_embed(rng):
    code = "".join(rng.choice("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(10))
    handle = rng.choice(["newsdesk", "press_office", "info_center", "mofa_news"])
    mon = rng.choice(["April", "May", "June", "March", "October"])
    return rng.choice(
        [
            [f"pic.twitter.com/{code}", f"— {handle} (@{handle}) {mon} {rng.randint(1, 28)}, 2018"],
            ["View this post on Instagram", f"A post shared by {handle} (@{handle})"],
            ["تغريدة مضمنة", f"pic.twitter.com/{code}"],
            [f"https://t.co/{code}", "Embed from Getty Images"],
        ]
    )


def wrap_text(text: str, width: int) -> str:
    out = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
        else:
            out.extend(textwrap.wrap(line, width=width, break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)


def add_marks(text: str, rng, zwnj: bool) -> str:
    """Direction marks at line edges / inside lines; ZWNJ inside words."""
    out = []
    for line in text.split("\n"):
        if line.strip() and rng.random() < 0.55:
            chars = list(line)
            for _ in range(rng.randint(1, 3)):
                mark = rng.choice(["\u200f", "\u200f", "\u200e", "\u200b", "\u061c"])
                if zwnj and rng.random() < 0.5:
                    # inside a word: between two Arabic letters
                    spots = [
                        i
                        for i in range(1, len(chars))
                        if "\u0621" <= chars[i - 1] <= "\u064a" and "\u0621" <= chars[i] <= "\u064a"
                    ]
                    if spots:
                        chars.insert(rng.choice(spots), "\u200c")
                        continue
                chars.insert(rng.choice([0, len(chars), rng.randint(0, len(chars))]), mark)
            line = "".join(chars)
        out.append(line)
    return "\n".join(out)


# ------------------------------------------------------------------ helpers on headline pool
class Pool:
    """Headlines and teasers of corpus articles that are used nowhere as gold here
    (nor in the development dumps)."""

    def __init__(self, arts, ids, rng):
        self.arts, self.ids, self.rng = arts, ids, rng

    def titles(self, n):
        return [self.arts[k]["title"] for k in self.rng.sample(self.ids, n)]

    def items(self, n):
        return [self.arts[k] for k in self.rng.sample(self.ids, n)]

    @staticmethod
    def teaser(a, limit=150):
        first = a["paras"][0]
        if len(first) <= limit:
            return first[: max(20, len(first) - 15)].rsplit(" ", 1)[0] + "..."
        return first[:limit].rsplit(" ", 1)[0] + "..."


def nav(items, mode):
    if mode == "lines":
        return list(items)
    sep = {"spaces": "  ", "pipes": " | ", "tabs": "\t", "dots": " • ", "dash": " - "}[mode]
    return [sep.join(items)]


def related_insert(a, pool, rng, header, n, prefix=""):
    idx = None
    if len(a["paras"]) >= 4:
        idx = rng.randint(2, len(a["paras"]) - 2)
    titles = pool.titles(n)
    if header and n == 1 and rng.random() < 0.5:
        return idx, [f"{header} {titles[0]}"]
    return idx, ([header] if header else []) + [prefix + t for t in titles]


# ------------------------------------------------------------------ site styles
# All furniture below is written for this set; none of it is copied from a page.


def style_le360(a, pool, rng, o) -> Page:
    """Le360 (Morocco), Arabic edition."""
    p = Page(a)
    d = parse_date(a.get("date"))
    p.f("Le360", *nav(["Français", "English", "العربية"], "spaces"))
    items = ["الرئيسية", "سياسة", "اقتصاد", "مجتمع", "رياضة", "ثقافة", "منوعات", "فيديو", "بورتريه", "العالم"]
    p.f(*nav(items, o.get("nav", "lines")))
    p.blank()
    if o.get("suffix"):
        p.t(a["title"] + " | Le360")
        p.blank()
    p.f(rng.choice(["سياسة", "مجتمع", "العالم", "اقتصاد", "رياضة"]))
    p.t(a["title"])
    if o.get("byline"):
        p.f(f"كتب: {rng.choice(NAMES)}" if rng.random() < 0.6 else "Le360 - وكالات")
    if d and o.get("date"):
        p.f(fmt_date(d, o["date"]))
        p.date = d.date().isoformat()
        if rng.random() < 0.5:
            p.f(f"آخر تحديث: {relative(rng, 'hour')}")
    elif o.get("relative"):
        p.f(relative(rng))
    p.blank()
    cap = f"{rng.choice(CAPTIONS)} © Le360" if rng.random() < 0.5 else "الصورة: DR"
    prefix = ""
    if o.get("glued_caption"):
        prefix = cap + " "
        p.furniture.append(cap)
        p.feat("caption glued to the first paragraph")
    else:
        p.f(cap)
        p.blank()
    inserts = {}
    if o.get("related"):
        i, lines = related_insert(a, pool, rng, "اقرأ أيضا :", o["related"])
        if i is not None:
            inserts[i] = lines
            p.feat("related")
    if o.get("video"):
        inserts[len(a["paras"]) - 1] = ["فيديو. " + pool.titles(1)[0], f"0{rng.randint(1, 5)}:{rng.randint(10, 59)}"]
        p.feat("video teaser")
    p.body(rng, sep=o.get("sep", "blank"), inserts=inserts, first_prefix=prefix, split=o.get("split", ()))
    p.blank()
    p.f(*nav(SHARE_LAT[: rng.randint(3, 6)], rng.choice(["lines", "spaces"])))
    p.blank()
    if o.get("tags"):
        p.f("كلمات دلالية: " + "، ".join(rng.sample(TAG_POOL, 4)))
        p.blank()
    if o.get("most"):
        p.f("الأكثر مشاهدة")
        for i, t in enumerate(pool.titles(o["most"]), 1):
            p.f(f"{i}", t)
        p.blank()
    if o.get("cookie"):
        p.f(
            "Le360 utilise des cookies pour mesurer l'audience et personnaliser les contenus. "
            "En poursuivant votre navigation, vous acceptez leur utilisation.",
            "J'accepte",
            "En savoir plus",
        )
        p.feat("cookie")
        p.blank()
    p.f(
        "من نحن  اتصل بنا  شروط الاستخدام  الإشهار",
        f"© Le360 {(d or dt.datetime(2018, 1, 1)).year} - جميع الحقوق محفوظة",
    )
    return p


def style_assabah(a, pool, rng, o) -> Page:
    """Assabah News (Tunisia)."""
    p = Page(a)
    d = parse_date(a.get("date"))
    if o.get("crawl_date"):
        p.f("تونس، الخميس 20 نوفمبر 2025")
        p.feat("crawl date at the top")
    p.f("الصباح نيوز", "جريدة الصباح اليومية - تأسست سنة 1951")
    p.blank()
    items = ["الرئيسية", "وطنية", "جهات", "عالمية", "اقتصاد", "رياضة", "ثقافة", "مجتمع", "الصباح الأسبوعي", "آراء"]
    p.f(*nav(items, o.get("nav", "spaces")))
    p.blank()
    if o.get("ticker"):
        p.f("آخر الأخبار")
        for t in pool.titles(3):
            p.f(f"{rng.randint(7, 23):02d}:{rng.randint(0, 59):02d} - {t}")
        p.blank()
        p.feat("ticker")
    if o.get("breadcrumb"):
        p.f("الرئيسية » " + rng.choice(["وطنية", "جهات", "عالمية", "رياضة"]))
    p.t(a["title"])
    p.blank()
    if d and o.get("date"):
        p.f(fmt_date(d, o["date"]))
        p.date = d.date().isoformat()
    if o.get("byline"):
        p.f(f"بقلم: {rng.choice(NAMES)}")
    p.blank()
    inserts = {}
    if o.get("related"):
        i, lines = related_insert(a, pool, rng, "اقرأ أيضا", o["related"])
        if i is not None:
            inserts[i] = lines
            p.feat("related")
    p.body(rng, sep=o.get("sep", "blank"), inserts=inserts, split=o.get("split", ()))
    if o.get("credit"):
        p.f(rng.choice(["(وات)", "-وات-", "المصدر: وات"]))
        p.feat("agency credit line")
    p.blank()
    p.f("شارك المقال", *SHARE_AR[:4])
    p.blank()
    if o.get("comments"):
        p.f(f"التعليقات ({o['comments']})")
        p.f(*comments(rng, o["comments"], "inline"))
        p.f("أضف تعليقا", "الاسم", "البريد الإلكتروني", "إرسال")
        p.blank()
        p.feat("comments")
    if o.get("most"):
        p.f("الأكثر قراءة")
        p.blank()
        for a2 in pool.items(o["most"]):
            p.f(a2["title"])
            if o.get("teasers"):
                p.f(Pool.teaser(a2))
            p.blank()
    p.f(
        "من نحن | اتصل بنا | الإشهار | الأرشيف",
        f"جميع الحقوق محفوظة لدار الصباح © {(d or dt.datetime(2017, 1, 1)).year}",
    )
    return p


def style_alghad(a, pool, rng, o) -> Page:
    """Al-Ghad (Jordan)."""
    p = Page(a)
    d = parse_date(a.get("date"))
    if o.get("suffix"):
        p.t(a["title"] + " - الغد")
        p.blank()
    items = [
        "الرئيسية",
        "محليات",
        "عربي ودولي",
        "اقتصاد",
        "رياضة",
        "فنون",
        "مقالات",
        "تكنولوجيا",
        "صحة وأسرة",
        "بودكاست",
        "فيديو",
        "الغد TV",
    ]
    p.f(*nav(items, o.get("nav", "lines")))
    p.f("الغد", "اشترك")
    p.blank()
    if o.get("ticker"):
        p.f("عاجل", pool.titles(1)[0])
        p.blank()
        p.feat("ticker")
    p.f("الرئيسية › " + rng.choice(["عربي ودولي", "محليات", "اقتصاد", "رياضة"]))
    p.blank()
    p.t(a["title"])
    p.blank()
    if o.get("byline"):
        p.f(rng.choice(["عمان- الغد", "ترجمة: " + rng.choice(NAMES), "عمان - " + rng.choice(NAMES)]))
    if d and o.get("date"):
        p.f(fmt_date(d, o["date"]))
        p.date = d.date().isoformat()
    elif o.get("relative"):
        p.f(relative(rng, "hour"))
    p.blank()
    if o.get("caption"):
        p.f(f"{rng.choice(CAPTIONS)} - ({rng.choice(AGENCIES_AR)})")
        p.blank()
    inserts = {}
    if o.get("related"):
        i, lines = related_insert(a, pool, rng, "اقرأ المزيد :", o["related"])
        if i is not None:
            inserts[i] = lines
            p.feat("related")
    if o.get("podcast") and len(a["paras"]) > 2:
        inserts.setdefault(len(a["paras"]) // 2, ["بودكاست الغد | " + pool.titles(1)[0], "استمع الآن", "00:00 / 24:13"])
        p.feat("podcast teaser")
    p.body(rng, sep=o.get("sep", "blank"), inserts=inserts, split=o.get("split", ()))
    p.blank()
    if o.get("tags"):
        p.f("الوسوم", *rng.sample(TAG_POOL, 3))
        p.blank()
    p.f(*nav(["شارك"] + SHARE_AR[:5], "spaces"))
    p.blank()
    if o.get("author_box"):
        p.f(rng.choice(NAMES), rng.choice(BIOS))
        p.blank()
        p.feat("author box")
    if o.get("comments") is not None:
        n = o["comments"]
        p.f("التعليقات", f"{n} تعليقات" if n != 1 else "تعليق واحد")
        p.f(*comments(rng, n, "stack"))
        p.f("اضف تعليق", "يجب أن تكون مسجلا للتعليق")
        p.blank()
        p.feat("comments")
    if o.get("most"):
        p.f("الأكثر قراءة")
        for i, t in enumerate(pool.titles(o["most"]), 1):
            p.f(f"{i}. {t}" if i % 2 else f"{i}- {t}") if o.get("numbered") else p.f(t)
        p.blank()
    p.f(
        "عن الغد | أعلن معنا | اتصل بنا | سياسة الخصوصية",
        f"جميع الحقوق محفوظة © {(d or dt.datetime(2018, 1, 1)).year} شركة المحور الإعلامية",
    )
    return p


def style_alittihad(a, pool, rng, o) -> Page:
    """Al-Ittihad (Abu Dhabi)."""
    p = Page(a)
    d = parse_date(a.get("date"))
    if o.get("suffix"):
        tail = " - صحيفة الاتحاد" + (f" - {d.day:02d}/{d.month:02d}/{d.year}" if d and o.get("date") else "")
        p.t(a["title"] + tail)
        p.blank()
    items = [
        "الرئيسية",
        "الإمارات",
        "العالم",
        "الاقتصادي",
        "الرياضي",
        "الثقافي",
        "وجهات نظر",
        "منوعات",
        "علوم",
        "فيديو",
        "ملحق الاتحاد",
    ]
    p.f(*nav(items, o.get("nav", "pipes")))
    p.blank()
    p.f("الرئيسية / " + rng.choice(["العالم / عربي", "العالم / دولي", "الاقتصادي", "الرياضي", "منوعات"]))
    p.blank()
    p.t(a["title"])
    if d and o.get("date"):
        p.f(fmt_date(d, o["date"]))
        p.date = d.date().isoformat()
    p.blank()
    cap = f"{rng.choice(CAPTIONS)} ({rng.choice(AGENCIES_AR)})"
    prefix = ""
    if o.get("glued_caption"):
        prefix = cap
        p.furniture.append(cap)
        p.feat("caption glued to the first paragraph")
    elif o.get("caption", True):
        p.f(cap)
        p.blank()
    if o.get("byline"):
        p.f(rng.choice(["أبوظبي (الاتحاد)", "دبي (وام)", "عواصم (وكالات)", "القاهرة (الاتحاد)"]))
    inserts = {}
    if o.get("related"):
        i, lines = related_insert(a, pool, rng, "اقرأ أيضاً", o["related"])
        if i is not None:
            inserts[i] = lines
            p.feat("related")
    if o.get("embed") and len(a["paras"]) > 2:
        inserts.setdefault(1, social_embed(rng))
        p.feat("social embed residue")
    p.body(rng, sep=o.get("sep", "blank"), inserts=inserts, first_prefix=prefix, split=o.get("split", ()))
    p.blank()
    p.f("المصدر: " + rng.choice(["الاتحاد - أبوظبي", "وكالات", "وام"]))
    p.f(*nav(SHARE_AR[:6], rng.choice(["lines", "pipes"])))
    p.blank()
    if o.get("newsletter"):
        p.f(*newsletter(rng))
        p.blank()
        p.feat("newsletter")
    if o.get("most"):
        p.f("الأكثر قراءة")
        for a2 in pool.items(o["most"]):
            p.f(a2["title"])
            if o.get("teasers"):
                p.f(Pool.teaser(a2, 120))
        p.blank()
    p.f(
        "حمّل تطبيق الاتحاد",
        "App Store",
        "Google Play",
        "تابعونا",
        f"© {(d or dt.datetime(2018, 1, 1)).year} أبوظبي للإعلام - جميع الحقوق محفوظة",
    )
    return p


def style_trt(a, pool, rng, o) -> Page:
    """TRT Arabi (Istanbul)."""
    p = Page(a)
    d = parse_date(a.get("date"))
    if o.get("cookie"):
        p.f(
            "We use cookies to improve your experience on our website. By continuing, you agree to our cookie policy.",
            "Accept",
            "نستخدم ملفات الارتباط لتحسين تجربة التصفح. متابعتك تعني موافقتك.",
            "موافق",
        )
        p.blank()
        p.feat("cookie")
    p.t(a["title"] + (" | TRT عربي" if o.get("suffix", True) else ""))
    p.blank()
    items = ["أخبار", "حكايات", "اقتصاد", "رياضة", "فيديو", "بودكاست", "تركيا", "آراء", "بث مباشر"]
    p.f(*nav(items, o.get("nav", "tabs")))
    p.f("TRT عربي", "بحث")
    p.blank()
    if o.get("ticker"):
        p.f("عاجل | " + pool.titles(1)[0])
        p.blank()
        p.feat("ticker")
    p.f(rng.choice(["الشرق الأوسط", "العالم", "تركيا", "رياضة", "اقتصاد"]))
    p.t(a["title"])
    p.blank()
    first = a["paras"][0]
    if o.get("lead") and len(first) > 80 and not first.startswith("هذا التقرير"):
        lead = first if len(first) < 260 else first[:200].rsplit(" ", 1)[0] + "..."
        p.lines.append(lead)  # a standfirst repeating the first paragraph
        p.repeats.append(lead)
        p.blank()
        p.feat("standfirst repeating the first paragraph")
    cap = f"{rng.choice(CAPTIONS)} (" + rng.choice(AGENCIES_LAT) + ")"
    p.f(cap)
    if d and o.get("date"):
        p.f(fmt_date(d, o["date"]))
        p.date = d.date().isoformat()
    elif o.get("relative"):
        p.f(relative(rng), "تابعنا على")
    if o.get("byline"):
        p.f("TRT عربي - وكالات")
    p.blank()
    inserts = {}
    if o.get("video") and len(a["paras"]) > 2:
        inserts[rng.randint(1, len(a["paras"]) - 1)] = ["شاهد: " + pool.titles(1)[0], "▶", f"00:{rng.randint(30, 59)}"]
        p.feat("video teaser")
    if o.get("embed") and len(a["paras"]) > 3:
        k = rng.randint(2, len(a["paras"]) - 1)
        if k not in inserts:
            inserts[k] = social_embed(rng)
            p.feat("social embed residue")
    p.body(rng, sep=o.get("sep", "blank"), inserts=inserts, split=o.get("split", ()))
    p.blank()
    if o.get("agency"):
        p.f("المصدر: TRT عربي - وكالات")
    p.f("#" + " #".join(t.replace(" ", "_") for t in rng.sample(TAG_POOL, 3)))
    p.blank()
    p.f("مزيد من الأخبار" if rng.random() < 0.5 else "ذات صلة")
    for a2 in pool.items(o.get("more", 3)):
        p.f(a2["title"], relative(rng, "day"))
    p.blank()
    p.f(
        "اشترك في قناتنا على يوتيوب",
        "TRT عربي © " + str((d or dt.datetime(2018, 1, 1)).year),
        "من نحن  |  اتصل بنا  |  شروط الاستخدام  |  الخصوصية",
    )
    return p


def style_alsabah(a, pool, rng, o) -> Page:
    """Al-Sabah (Baghdad)."""
    p = Page(a)
    d = parse_date(a.get("date"))
    p.f("جريدة الصباح", "يومية سياسية عامة تصدر عن شبكة الإعلام العراقي")
    p.f(f"العدد {rng.randint(3900, 4400)}")
    if o.get("issue_date") and d:
        p.f(fmt_date(d, o["issue_date"]))
    p.blank()
    items = [
        "الرئيسية",
        "محليات",
        "سياسية",
        "اقتصادية",
        "رياضة",
        "ثقافة",
        "أسرة ومجتمع",
        "آراء",
        "ملاحق",
        "الصباح الجديد",
        "كاريكاتير",
        "العدد الورقي",
    ]
    p.f(*nav(items, o.get("nav", "dots")))
    p.blank()
    if o.get("ticker"):
        p.f("عاجل", *pool.titles(2))
        p.blank()
        p.feat("ticker")
    p.t(a["title"])
    p.blank()
    if o.get("byline"):
        p.f(
            rng.choice(
                ["بغداد / الصباح", "متابعة / الصباح", "بغداد/ " + rng.choice(NAMES), "ترجمة / " + rng.choice(NAMES)]
            )
        )
    if d and o.get("date"):
        p.f(fmt_date(d, o["date"]))
        p.date = d.date().isoformat()
    p.blank()
    inserts = {}
    if o.get("related"):
        i, lines = related_insert(a, pool, rng, "مواضيع ذات صلة", o["related"])
        if i is not None:
            inserts[i] = lines
            p.feat("related")
    p.body(rng, sep=o.get("sep", "line"), inserts=inserts, split=o.get("split", ()))
    p.blank()
    if o.get("editor"):
        p.f("المحرر: " + rng.choice(NAMES))
    p.f(f"عدد المشاهدات: {rng.randint(100, 9000):,}")
    if o.get("tags"):
        p.f("الكلمات المفتاحية: " + " - ".join(rng.sample(TAG_POOL, 3)))
    p.blank()
    if o.get("most"):
        p.f("الأكثر مشاهدة")
        for t in pool.titles(o["most"]):
            p.f(t)
        p.blank()
    p.f(
        "جميع الحقوق محفوظة لجريدة الصباح " + str((d or dt.datetime(2018, 1, 1)).year),
        "تصميم وتطوير قسم الإعلام الرقمي",
    )
    return p


def style_althawra(a, pool, rng, o) -> Page:
    """Al-Thawra (Damascus)."""
    p = Page(a)
    d = parse_date(a.get("date"))
    p.f("صحيفة الثورة", "يومية سياسية تصدر عن مؤسسة الوحدة للصحافة والطباعة والنشر")
    if o.get("masthead"):
        p.f("المدير العام رئيس التحرير: " + rng.choice(NAMES))
    p.blank()
    items = [
        "الرئيسية",
        "سياسة",
        "محليات",
        "اقتصاد",
        "ثقافة",
        "رياضة",
        "مجتمع",
        "دراسات",
        "رأي",
        "الملحق الثقافي",
        "أرشيف",
    ]
    p.f(*nav(items, o.get("nav", "dash")))
    p.blank()
    if d and o.get("date"):
        p.f(fmt_date(d, o["date"]))
        p.date = d.date().isoformat()
    p.f(rng.choice(["سياسة", "دولي", "اقتصاد", "مجتمع", "رياضة"]))
    p.t(a["title"])
    if o.get("byline"):
        p.f(
            rng.choice(
                ["دمشق - الثورة", "ترجمة وإعداد: " + rng.choice(NAMES), "الثورة أون لاين - " + rng.choice(NAMES)]
            )
        )
    p.blank()
    inserts = {}
    if o.get("related"):
        i, lines = related_insert(a, pool, rng, "مقالات ذات صلة", o["related"])
        if i is not None:
            inserts[i] = lines
            p.feat("related")
    p.body(rng, sep=o.get("sep", "blank"), inserts=inserts, split=o.get("split", ()))
    p.blank()
    if o.get("author_box"):
        p.f("بقلم: " + rng.choice(NAMES), rng.choice(BIOS))
        p.feat("author box")
    p.f("طباعة المقال", "أرسل لصديق", f"عدد القراءات: {rng.randint(120, 4000)}")
    p.blank()
    if o.get("comments") is not None:
        n = o["comments"]
        p.f(f"التعليقات: {n}")
        p.f(*comments(rng, n, "indent"))
        p.blank()
        p.feat("comments")
    if o.get("most"):
        p.f("الأكثر قراءة")
        for t in pool.titles(o["most"]):
            p.f("• " + t)
        p.blank()
    p.f(
        "اتصل بنا | من نحن | الإعلانات | الأرشيف",
        f"© جميع الحقوق محفوظة لصحيفة الثورة {(d or dt.datetime(2018, 1, 1)).year}",
    )
    return p


def style_aswat(a, pool, rng, o) -> Page:
    """Aswat Masriya (Cairo)."""
    p = Page(a)
    d = parse_date(a.get("date"))
    p.t(a["title"] + (" - أصوات مصرية" if o.get("suffix") else ""))
    p.blank()
    items = [
        "أخبار",
        "سياسة",
        "اقتصاد",
        "حوادث",
        "رياضة",
        "فن ومنوعات",
        "تقارير",
        "حوارات",
        "ملفات",
        "فيديو",
        "English",
    ]
    p.f("أصوات مصرية", "Aswat Masriya")
    p.f(*nav(items, o.get("nav", "lines")))
    p.blank()
    if o.get("ticker"):
        p.f("عاجل: " + pool.titles(1)[0])
        p.blank()
        p.feat("ticker")
    p.t(a["title"])
    p.blank()
    if d and o.get("date"):
        p.f(fmt_date(d, o["date"]))
        p.date = d.date().isoformat()
    if o.get("byline"):
        p.f(rng.choice(["القاهرة (أصوات مصرية)", "كتب: " + rng.choice(NAMES), "إعداد: " + rng.choice(NAMES)]))
    p.blank()
    cap = rng.choice(["تصوير: ", "عدسة: "]) + rng.choice(NAMES)
    prefix = ""
    if o.get("glued_caption"):
        prefix = f"{rng.choice(CAPTIONS)} - {cap}"
        p.furniture.append(prefix)
        p.feat("caption glued to the first paragraph")
    else:
        p.f(f"{rng.choice(CAPTIONS)} - {cap}")
        p.blank()
    inserts = {}
    if o.get("related"):
        i, lines = related_insert(a, pool, rng, "اقرأ أيضا:", o["related"])
        if i is not None:
            inserts[i] = lines
            p.feat("related")
    p.body(rng, sep=o.get("sep", "blank"), inserts=inserts, first_prefix=prefix, split=o.get("split", ()))
    p.blank()
    if o.get("reuters"):
        p.f("أصوات مصرية بالتعاون مع رويترز")
    p.f("شارك", *SHARE_AR[:3], "تابعونا على تويتر")
    p.blank()
    if o.get("fb_comments"):
        p.f(f"{o['fb_comments']} تعليقات", "ترتيب حسب", "الأقدم")
        p.f(*comments(rng, o["fb_comments"], "stack"))
        p.f("أضف تعليقًا...", "المكون الإضافي لتعليقات فيسبوك")
        p.blank()
        p.feat("comments")
    if o.get("most"):
        p.f("الأكثر قراءة")
        p.blank()
        for a2 in pool.items(o["most"]):
            p.f(a2["title"])
            if o.get("teasers"):
                p.f(Pool.teaser(a2, 130), "المزيد")
            p.blank()
    if o.get("newsletter"):
        p.f(*newsletter(rng))
        p.blank()
        p.feat("newsletter")
    p.f(
        "عن أصوات مصرية  اتصل بنا  سياسة التحرير",
        f"جميع الحقوق محفوظة © أصوات مصرية {(d or dt.datetime(2018, 1, 1)).year}",
    )
    return p


def page_404(pool, rng) -> Page:
    """404 page in the TRT Arabi manner."""
    p = Page(None)
    p.f("الصفحة غير موجودة | TRT عربي", "")
    p.f(*nav(["أخبار", "حكايات", "اقتصاد", "رياضة", "فيديو", "بودكاست", "تركيا", "آراء"], "tabs"))
    p.blank()
    p.f(
        "404",
        "عذرًا! لم نتمكن من العثور على الصفحة المطلوبة",
        "قد يكون الرابط غير صحيح أو أن الصفحة نُقلت إلى عنوان آخر.",
        "ابحث في الموقع",
        "عودة إلى الرئيسية",
    )
    p.blank()
    p.f("قد يهمك أيضاً")
    for a2 in pool.items(4):
        p.f(a2["title"], Pool.teaser(a2, 140))
        p.blank()
    p.f("اشترك في قناتنا على يوتيوب", "TRT عربي © 2018")
    p.feat("all-boilerplate 404")
    return p


def page_index(pool, rng) -> Page:
    """Section index in the Al-Ghad manner: headlines, dates and teasers."""
    p = Page(None)
    p.f(*nav(["الرئيسية", "محليات", "عربي ودولي", "اقتصاد", "رياضة", "فنون", "مقالات"], "lines"))
    p.f("الغد", "")
    p.f("الرئيسية › عربي ودولي", "", "عربي ودولي", "")
    for a2 in pool.items(8):
        p.f(a2["title"])
        dd = parse_date(a2.get("date"))
        p.f(fmt_date(dd, "lev") if dd else relative(rng, "day"))
        p.f(Pool.teaser(a2, 170))
        p.blank()
    p.f("« السابق  1  2  3  4  ...  87  التالي »", "")
    p.f("جميع الحقوق محفوظة © 2018 شركة المحور الإعلامية")
    p.feat("all-boilerplate section index")
    return p


STYLES = {
    "le360": style_le360,
    "assabah": style_assabah,
    "alghad": style_alghad,
    "alittihad": style_alittihad,
    "trtarabi": style_trt,
    "alsabah": style_alsabah,
    "althawra": style_althawra,
    "aswatmasriya": style_aswat,
}

# preferred article outlets per site (the page style need not match the outlet,
# as in the development set)
PREF = {
    "le360": ["jawharafm", "france24ar", "alarabiya"],
    "assabah": ["jawharafm"],
    "alghad": ["bbcarabic", "france24ar", "skynewsarabia"],
    "alittihad": ["skynewsarabia", "alarabiya", "aleqtisadiya", "alriyadh", "alyaum"],
    "trtarabi": ["bbcarabic", "cnnarabic", "france24ar"],
    "alsabah": ["alarabiya", "okaz", "aljazirah", "alwatan", "3alyoum", "almadina"],
    "althawra": ["alwatan", "aawsat", "okaz", "almadina", "3alyoum", "alweeam", "bbcarabic"],
    "aswatmasriya": ["cnnarabic", "alarabiya", "skynewsarabia"],
}

# need: any / heading / list / dated / undated ; file: crlf, cp1256, bom, marks, zwnj, wrap
PLAN = [
    # Le360
    dict(site="le360", need="dated", opt=dict(date="ma", byline=True, most=5, tags=True)),
    dict(
        site="le360", need="heading", opt=dict(date="ma_num", glued_caption=True, related=1, cookie=True, nav="spaces")
    ),
    dict(site="le360", need="list", opt=dict(suffix=True, relative=True, video=True, sep="line")),
    dict(site="le360", need="dated", opt=dict(date="ma", byline=True, related=2, most=6), file=dict(wrap=80)),
    dict(site="le360", need="any", opt=dict(relative=True, tags=True, cookie=True, nav="pipes")),
    dict(site="le360", need="heading", opt=dict(date="ma", suffix=True, most=4, split=(1,))),
    # Assabah
    dict(site="assabah", need="dated", opt=dict(date="tn", byline=True, credit=True, comments=3, most=4)),
    dict(site="assabah", need="heading", opt=dict(date="tn_pub", ticker=True, related=2, breadcrumb=True)),
    dict(
        site="assabah",
        need="dated",
        opt=dict(date="tn", credit=True, most=5, teasers=True, sep="line"),
        file=dict(cp1256=True),
    ),
    dict(site="assabah", need="dated", opt=dict(crawl_date=True, date="tn_pub", byline=True, comments=2, nav="lines")),
    dict(site="assabah", need="any", opt=dict(ticker=True, breadcrumb=True, most=6, split=(2,)), file=dict(crlf=True)),
    dict(site="assabah", need="heading", opt=dict(date="tn", credit=True, related=1, comments=1, sep="line")),
    # Al-Ghad
    dict(
        site="alghad", need="heading", opt=dict(date="lev", byline=True, caption=True, related=2, most=5, numbered=True)
    ),
    dict(
        site="alghad",
        need="dated",
        opt=dict(date="lev_updated", suffix=True, ticker=True, comments=2, tags=True),
        file=dict(crlf=True),
    ),
    dict(site="alghad", need="heading", opt=dict(relative=True, podcast=True, author_box=True, nav="spaces")),
    dict(site="alghad", need="list", opt=dict(date="lev_dual", caption=True, comments=0, most=4)),
    dict(site="alghad", need="dated", opt=dict(date="lev", byline=True, related=1, tags=True), file=dict(wrap=100)),
    dict(site="alghad", need="heading", opt=dict(date="lev_dual", suffix=True, author_box=True, most=6, sep="line")),
    # Al-Ittihad
    dict(site="alittihad", need="dated", opt=dict(date="eg_short", byline=True, related=2, most=5, teasers=True)),
    dict(site="alittihad", need="heading", opt=dict(date="eg_short", suffix=True, embed=True, newsletter=True)),
    dict(site="alittihad", need="dated", opt=dict(date="hijri", byline=True, split=(1, 3), most=4)),
    dict(site="alittihad", need="any", opt=dict(glued_caption=True, byline=True, newsletter=True, nav="lines")),
    dict(
        site="alittihad",
        need="heading",
        opt=dict(date="eg_short", suffix=True, related=1, sep="line"),
        file=dict(bom=True),
    ),
    dict(site="alittihad", need="list", opt=dict(caption=False, byline=True, most=6, embed=True)),
    # TRT Arabi
    dict(site="trtarabi", need="dated", opt=dict(date="num_dot", cookie=True, lead=True, video=True)),
    dict(site="trtarabi", need="heading", opt=dict(relative=True, byline=True, embed=True, split=(2,), more=4)),
    dict(site="trtarabi", need="dated", opt=dict(date="num_dot", ticker=True, agency=True, nav="spaces")),
    dict(
        site="trtarabi",
        need="heading",
        opt=dict(date="num_dot", suffix=False, lead=True, sep="line"),
        file=dict(crlf=True),
    ),
    dict(site="trtarabi", need="any", opt=dict(relative=True, cookie=True, video=True, embed=True)),
    dict(
        site="trtarabi",
        need="heading",
        opt=dict(date="num_dot", byline=True, agency=True, more=5),
        file=dict(marks=True),
    ),
    # Al-Sabah
    dict(site="alsabah", need="dated", opt=dict(date="lev", issue_date="num_iso", byline=True, editor=True, most=5)),
    dict(site="alsabah", need="heading", opt=dict(ticker=True, byline=True, related=2, tags=True)),
    dict(
        site="alsabah",
        need="dated",
        opt=dict(date="eastern", byline=True, most=4, sep="blank"),
        file=dict(marks=True, zwnj=True),
    ),
    dict(site="alsabah", need="any", opt=dict(byline=True, editor=True, nav="lines", tags=True)),
    dict(
        site="alsabah", need="dated", opt=dict(date="num_iso", ticker=True, related=1, most=6, sep="blank", split=(1,))
    ),
    dict(site="alsabah", need="heading", opt=dict(date="lev", byline=True, editor=True)),
    # Al-Thawra
    dict(site="althawra", need="heading", opt=dict(masthead=True, byline=True, related=2, most=5)),
    dict(site="althawra", need="dated", opt=dict(date="num_dash", byline=True, comments=2), file=dict(wrap=72)),
    dict(site="althawra", need="heading", opt=dict(author_box=True, most=4, sep="line", nav="lines")),
    dict(site="althawra", need="dated", opt=dict(date="num_dash", masthead=True, related=1, comments=0)),
    dict(site="althawra", need="list", opt=dict(byline=True, author_box=True, most=6)),
    dict(
        site="althawra",
        need="any",
        opt=dict(masthead=True, byline=True, comments=3, sep="line"),
        file=dict(cp1256=True),
    ),
    # Aswat Masriya
    dict(site="aswatmasriya", need="dated", opt=dict(date="eg", byline=True, reuters=True, most=5, teasers=True)),
    dict(
        site="aswatmasriya",
        need="heading",
        opt=dict(date="eg", suffix=True, fb_comments=3, related=2),
        file=dict(marks=True),
    ),
    dict(site="aswatmasriya", need="dated", opt=dict(date="hijri", glued_caption=True, byline=True, newsletter=True)),
    dict(site="aswatmasriya", need="heading", opt=dict(ticker=True, byline=True, most=4, nav="dots")),
    dict(site="aswatmasriya", need="dated", opt=dict(date="eg", reuters=True, related=1, split=(1,), fb_comments=2)),
    dict(site="aswatmasriya", need="list", opt=dict(suffix=True, byline=True, most=6, teasers=True, sep="line")),
]


def meets(a, need):
    if need == "heading":
        return "heading" in a["kinds"]
    if need == "list":
        return "list_item" in a["kinds"]
    if need == "dated":
        return bool(parse_date(a.get("date")))
    return True


def choose(arts, free, used, spec, rng):
    need = spec["need"]
    site = spec["site"]
    enc = spec.get("file", {}).get("cp1256")

    def ok(k):
        a = arts[k]
        if k in used or not meets(a, need):
            return False
        if enc:
            try:
                (a["title"] + a["body"]).encode("cp1256")
            except UnicodeEncodeError:
                return False
        if len(a["paras"]) < 2:
            return False
        return True

    pref = [k for k in free if ok(k) and arts[k]["outlet"] in PREF[site]]
    cands = pref or [k for k in free if ok(k)]
    # "any" also gets some undated articles; keep list items for the list slots
    if need != "list":
        no_list = [k for k in cands if "list_item" not in arts[k]["kinds"]]
        cands = no_list or cands
    return rng.choice(cands)


def main():
    rng = random.Random(SEED)
    arts = load_articles()
    free = free_articles(arts)
    used: set[str] = set()
    # list slots first so that the few list articles go to them
    order = sorted(range(len(PLAN)), key=lambda i: (PLAN[i]["need"] != "list", i))
    picks = {}
    for i in order:
        k = choose(arts, free, used, PLAN[i], rng)
        used.add(k)
        picks[i] = k
    pool_ids = [k for k in free if k not in used]
    pool = Pool(arts, pool_ids, rng)

    dumps_dir, gold_dir = os.path.join(OUT, "dumps"), os.path.join(OUT, "gold")
    for folder in (dumps_dir, gold_dir):
        if os.path.isdir(folder):
            shutil.rmtree(folder)
        os.makedirs(folder)

    manifest = []
    specs = [(i + 1, PLAN[i]) for i in range(len(PLAN))]
    specs += [
        (len(PLAN) + 1, dict(site="404")),
        (len(PLAN) + 2, dict(site="index")),
        (len(PLAN) + 3, dict(site="empty")),
    ]
    for n, spec in specs:
        site = spec["site"]
        fopt = spec.get("file", {})
        art = None
        if site in STYLES:
            art = arts[picks[n - 1]]
            page = STYLES[site](art, pool, rng, dict(spec["opt"]))
        elif site == "404":
            page = page_404(pool, rng)
        elif site == "index":
            page = page_index(pool, rng)
        else:
            page = Page(None)
            page.feat("empty file")
        text = page.text()
        if fopt.get("wrap"):
            text = wrap_text(text, fopt["wrap"])
            page.feat(f"hard-wrapped at {fopt['wrap']} columns")
        if fopt.get("marks"):
            text = add_marks(text, rng, fopt.get("zwnj", False))
            page.feat("direction and zero-width marks" + (", ZWNJ inside words" if fopt.get("zwnj") else ""))
        if spec.get("opt", {}).get("split"):
            page.feat("paragraph split over two lines")
        if art and "heading" in art["kinds"]:
            page.feat("subheadings")
        if art and "list_item" in art["kinds"]:
            page.feat("list items")
        if fopt.get("crlf"):
            text = text.replace("\n", "\r\n")
            page.feat("CRLF line endings")
        encoding = "utf-8"
        if fopt.get("bom"):
            encoding = "utf-8-sig"
            page.feat("UTF-8 byte order mark")
        if fopt.get("cp1256"):
            encoding = "cp1256"
            page.feat("Windows-1256 encoding")
        slug = art["outlet"] if art else site
        stem = f"{n:03d}_{site}_{slug}"
        if encoding == "cp1256":
            data = text.encode("cp1256", errors="ignore")  # furniture symbols cp1256 lacks are dropped
            assert (art["title"] + art["body"]).encode("cp1256")
        else:
            data = text.encode(encoding) if text else b""
        with open(os.path.join(dumps_dir, stem + ".txt"), "wb") as fh:
            fh.write(data)
        with open(os.path.join(gold_dir, stem + ".json"), "w", encoding="utf-8", newline="\n") as fh:
            json.dump(page.gold(), fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        opts = spec.get("opt", {})
        manifest.append(
            {
                "dump": stem + ".txt",
                "style": site,
                "article_id": art["id"] if art else None,
                "article_outlet": art["outlet"] if art else None,
                "encoding": encoding,
                "features": list(
                    dict.fromkeys(
                        page.features
                        + sorted(k for k, v in opts.items() if v and k not in ("split", "sep", "date", "nav"))
                        + ([f"date:{opts['date']}"] if opts.get("date") else [])
                        + ([f"nav:{opts['nav']}"] if opts.get("nav") else [])
                    )
                ),
                "gold_blocks": len(page.blocks),
                "gold_date": page.date,
            }
        )
    with open(os.path.join(OUT, "manifest.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump({"seed": SEED, "dumps": manifest}, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    shutil.copyfile(os.path.join(DEV, "score.py"), os.path.join(OUT, "score.py"))
    print(f"wrote {len(manifest)} dumps to {OUT} ({len(free)} eligible articles, {len(used)} used)")


if __name__ == "__main__":
    main()
