#!/usr/bin/env python3
"""Twenty-sixth site family for the Warraq dump cleaner (set x; built as a held-out set, seed 24242).

    python3 tests/heldout/make_sites_x.py OUT_DIR [--corpus DIR]

The shared corpus is --corpus, else $WARRAQ_CORPUS, else ../shared/corpus beside the repository.
Sites: Hespress (Morocco), Al-Sharq (Qatar), Al-Nahar (Kuwait), Ajel (Saudi Arabia), Cairo 24,
Al Jadeed TV (Lebanon), Ean Libya, Alrakoba (Sudan).
STILL HELD OUT (session 14): only its totals have been printed (first at b54a1ec); nobody fixing the
cleaner has read its dumps. Keep it so: score it with scripts/score_cleaner.py --json and read the
totals only. The original header follows.

Build a held-out test set for the Warraq article cleaner.

    python3 make.py OUT_DIR [--corpus DIR]

Eight Arabic news sites, six dumps each: every dump wraps the body of one real
article of the shared corpus (never one of the development dumps, never the
same article twice) in page furniture modelled on that site.  Then a 404 page,
a section index page and a whitespace-only file.

Writes OUT_DIR/dumps/*.txt, OUT_DIR/gold/*.json, OUT_DIR/manifest.json,
OUT_DIR/score.py (copied from the corpus), OUT_DIR/selfcheck/*.md (each gold
rendered as cleaned Markdown) and then scores selfcheck/ against gold/ with
score.py: everything must be 1.000.

Deterministic: fixed SEED, one string-seeded generator per dump, sorted
inputs, no clock.  Two runs give byte-identical files.

Furniture strings are written for this set (our wording) unless noted as
observed on the site (Al-Sharq masthead, Hespress date style, Al Jadeed
"YYYY-MM-DD | HH:MM" date line, the Alrakoba feed footer and its old
"MM-DD-YYYY hh:mm AM" date line, WordPress comment-form strings).
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

SEED = 24242
HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_CORPUS = os.environ.get("WARRAQ_CORPUS") or os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "corpus"
)

SITES = [
    # slug, name (gold outlet), country
    ("hespress", "Hespress", "Morocco"),
    ("alsharq", "Al-Sharq", "Qatar"),
    ("alnahar", "Al-Nahar", "Kuwait"),
    ("ajel", "Ajel", "Saudi Arabia"),
    ("cairo24", "Cairo 24", "Egypt"),
    ("aljadeed", "Al Jadeed TV", "Lebanon"),
    ("eanlibya", "Ean Libya", "Libya"),
    ("alrakoba", "Alrakoba", "Sudan"),
]
OUTLET = {slug: slug for slug, _, _ in SITES}

# ----------------------------------------------------------------- calendars
WD = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
WD_EG = ["الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
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
    """Tabular Islamic calendar (can differ by a day from Umm al-Qura)."""
    jd = d.toordinal() + 1721424.5
    days = int(jd - 1948439.5)
    year = (30 * days + 10646) // 10631
    start = 354 * (year - 1) + (3 + 11 * year) // 30
    month = min(12, int((days - start - 0.5) // 29.5) + 1)
    mstart = start + int(29.5 * (month - 1) + 0.5)
    day = days - mstart + 1
    if day < 1:
        month -= 1
        mstart = start + int(29.5 * (month - 1) + 0.5)
        day = days - mstart + 1
    return year, month, day


def hm12(d: dt.datetime) -> str:
    h = d.hour % 12 or 12
    return f"{h:02d}:{d.minute:02d} " + ("ص" if d.hour < 12 else "م")


def hm12_latin(d: dt.datetime) -> str:
    h = d.hour % 12 or 12
    return f"{h:02d}:{d.minute:02d} " + ("AM" if d.hour < 12 else "PM")


def parse_date(s: str | None) -> dt.datetime | None:
    if not s:
        return None
    try:
        if len(s) == 10:
            return dt.datetime.strptime(s, "%Y-%m-%d")
        return dt.datetime.fromisoformat(s).replace(tzinfo=None)
    except ValueError:
        return None


# ----------------------------------------------------------------- articles
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


def teaser(a: dict, limit: int) -> str:
    first = a["paras"][0]
    if len(first) <= limit:
        return first
    return first[:limit].rsplit(" ", 1)[0] + "..."


def short_title(t: str, words: int = 6) -> str:
    parts = t.split(" ")
    if len(parts) <= words:
        return t
    return " ".join(parts[:words]) + "..."


class Ctx:
    def __init__(self, arts: dict):
        self.arts = arts
        self.ids = sorted(arts)

    def others(self, r: random.Random, n: int, exclude: str) -> list[dict]:
        ids = [k for k in self.ids if k != exclude]
        return [self.arts[k] for k in r.sample(ids, n)]


# ----------------------------------------------------------------- page
class Page:
    def __init__(self, site: str, a: dict | None):
        self.site = site
        self.a = a
        self.lines: list[str] = []
        self.kinds: list[str] = []  # "bp" or "content" per line (for marks)
        self.blocks: list[dict] = []
        self.title = a["title"] if a else None
        self.date: str | None = None
        self.features: list[str] = []

    def bp(self, *lines: str):
        for ln in lines:
            self.lines.append(ln)
            self.kinds.append("bp")

    def blank(self, n: int = 1):
        self.bp(*([""] * n))

    def dateline(self, text: str, d: dt.datetime):
        """A line stating the article's publication date."""
        self.bp(text)
        self.date = d.date().isoformat()

    def body(self, sep: str = "blank", inserts: dict | None = None, indent: str = ""):
        inserts = inserts or {}
        paras, kinds = self.a["paras"], self.a["kinds"]
        for i, (text, kind) in enumerate(zip(paras, kinds)):
            if i in inserts:
                self.bp(*inserts[i])
                if sep == "blank":
                    self.blank()
            self.lines.append(indent + text)
            self.kinds.append("content")
            self.blocks.append({"kind": kind, "text": text})
            if sep == "blank" and i < len(paras) - 1:
                self.blank()

    def trim(self):
        while self.lines and self.lines[-1] == "":
            self.lines.pop()
            self.kinds.pop()

    def gold(self) -> dict:
        return {
            "title": self.title,
            "date": self.date,
            "outlet": OUTLET[self.site] if self.a else None,
            "blocks": self.blocks,
        }


def pub(a: dict, r: random.Random) -> dt.datetime | None:
    """Publication time of an article; a display time is made up when the
    source gives only a day (the time is furniture, the day is the fact)."""
    d = parse_date(a.get("date"))
    if d and len(a.get("date") or "") == 10:
        d = d.replace(hour=r.randint(7, 22), minute=r.randint(0, 59))
    return d


def inline_positions(a: dict, r: random.Random, n: int) -> list[int]:
    """Block indexes (not the first two, not the last) before which a box goes."""
    cand = list(range(2, len(a["paras"]) - 1))
    if not cand:
        return []
    return sorted(r.sample(cand, min(n, len(cand))))


# ----------------------------------------------------------------- comments
COMMENTS = {
    "hespress": (
        [
            "مغربي حر",
            "ابن الشمال",
            "مواطن من فاس",
            "زائر",
            "أمين",
            "المهاجر",
            "سعيد من أكادير",
            "hicham",
            "ولد الشعب",
            "مراكشي",
        ],
        [
            "الله يهدي ما خلق، هادشي ما بقاش معقول.",
            "فين هي المحاسبة؟ كل مرة نفس الكلام ونفس النتيجة.",
            "شكرا هسبريس على نقل الخبر بكل مهنية.",
            "المشكل ماشي في القوانين، المشكل في التطبيق ديالها على أرض الواقع.",
            "خبر مهم، نتمنى تتبع الموضوع ونشر المستجدات.",
            "كنتمنى يكون هاد القرار فيه الخير للبلاد والعباد.",
            "واش كاين شي حد كيسمع للمواطن البسيط ولا غير كلام الجرائد؟",
        ],
    ),
    "ajel": (
        ["أبو فيصل", "ناصح", "مواطن", "سعود", "متابع", "أبو عبدالله", "غيور", "ام نواف", "القحطاني"],
        [
            "الله يحفظ بلادنا وولاة أمرنا",
            "وش السالفة بالضبط؟ الخبر ناقص",
            "خبر مفرح والله، الله يوفق الجميع",
            "نبي حلول مو تصاريح",
            "شكراً عاجل على المتابعة",
            "متى يطبق هالشي عندنا في المنطقة؟",
            "كلام جميل بس العبرة بالتنفيذ",
        ],
    ),
    "alrakoba": (
        ["ود البلد", "حامد", "سوداني حر", "أبو مهند", "الكنداكة", "محمد أحمد", "زول ساي", "ابن النيل", "المغترب"],
        [
            "ربنا يلطف بالبلد دي ويرفع عنها البلاء",
            "كلام في الصميم والله، بس منو البسمع؟",
            "يا جماعة البلد دي ماشة على وين؟",
            "الخبر ده اتنشر قبل كده ولا جديد فيه",
            "شكرا للراكوبة على النشر",
            "المشكلة ما في الناس، المشكلة في الحكومات المتعاقبة كلها",
            "نتمنى من الجهات المسؤولة تتحرك قبل فوات الأوان",
        ],
    ),
    "eanlibya": (
        ["ليبي حر", "ابن طرابلس", "عبدالسلام", "مواطن من بنغازي", "أبو أنس", "ناصر", "زائر"],
        [
            "ربي يصلح الحال ويهدي الجميع",
            "البلاد تبي ناس تخدم مش كلام",
            "متابعين معاكم، شكرا عين ليبيا",
            "كل يوم نفس الأخبار والمواطن هو اللي يدفع الثمن",
            "الله يرحم الشهداء ويحفظ ليبيا",
        ],
    ),
}
REL_TIMES = [
    "منذ 5 دقائق",
    "منذ 20 دقيقة",
    "منذ ساعة",
    "منذ ساعتين",
    "منذ 3 ساعات",
    "منذ 7 ساعات",
    "منذ يوم",
    "منذ يومين",
    "منذ 4 أيام",
    "منذ أسبوع",
    "منذ أسبوعين",
    "منذ شهر",
    "منذ 3 أشهر",
    "منذ سنة",
    "منذ 6 سنوات",
]


def comment_items(site: str, r: random.Random, n: int) -> list[tuple[str, str, str]]:
    """Comments, newest first, with relative times from one stretch of the scale."""
    names, texts = COMMENTS[site]
    lo = r.randint(0, len(REL_TIMES) - n - 3)
    times = sorted(r.sample(range(lo, lo + n + 3), n))
    return [(nm, REL_TIMES[t], r.choice(texts)) for nm, t in zip(r.sample(names, n), times)]


CAPTIONS = [
    "صورة أرشيفية",
    "صورة تعبيرية",
    "من مكان الحادث",
    "جانب من اللقاء",
    "خلال مؤتمر صحفي",
    "مشهد عام",
    "من الأرشيف",
]
AGENCIES = ["رويترز", "أ ف ب", "د ب أ", "أ ب", "الأناضول", "إي بي إيه"]


# ================================================================= Hespress
HES_NAV = [
    "الرئيسية",
    "سياسة",
    "اقتصاد",
    "مجتمع",
    "جهات",
    "رياضة",
    "فن وثقافة",
    "تكنولوجيا",
    "دولية",
    "مغاربة العالم",
    "كتاب وآراء",
    "صوت وصورة",
    "بانوراما",
    "ميديا",
    "ⵜⴰⵎⴰⵣⵉⵖⵜ",
    "Hespress FR",
    "Hespress English",
]
HES_TAGS = [
    "الحكومة المغربية",
    "البرلمان",
    "وزارة الداخلية",
    "المجتمع المدني",
    "الجالية المغربية",
    "تونس",
    "الإرهاب",
    "كرة القدم",
    "الاقتصاد الوطني",
    "حقوق الإنسان",
    "التعليم",
    "الصحة",
    "الأمن",
    "الانتخابات",
]


def fmt_hespress(d: dt.datetime) -> str:
    # observed: "الثلاثاء 26 يناير 2010 - 11:09"
    return f"{WD[d.weekday()]} {d.day} {M_MA[d.month - 1]} {d.year} - {d.hour:02d}:{d.minute:02d}"


def site_hespress(p: Page, a: dict, r: random.Random, o: dict, C: Ctx):
    d = pub(a, r)
    section = r.choice(["سياسة", "مجتمع", "دولية", "جهات", "رياضة"])
    if o.get("suffix"):
        p.bp(f"{a['title']} | هسبريس")
        p.blank()
    if o.get("nav") == "lines":
        p.bp("هسبريس", "")
        p.bp(*HES_NAV[: r.randint(12, len(HES_NAV))])
        p.blank()
    elif o.get("nav") == "line":
        p.bp("  ".join(HES_NAV[:14]))
        p.blank()
    if o.get("crumb"):
        p.bp(f"الرئيسية » {section}")
        p.blank()
    p.bp(a["title"])
    p.blank()
    if o.get("repeat_title"):
        p.bp(a["title"])
    if o.get("byline"):
        p.bp(r.choice(["هسبريس - و.م.ع", "هسبريس من الرباط", "هسبريس - متابعة", "هسبريس من الدار البيضاء"]))
    if d and o.get("date", True):
        p.dateline(fmt_hespress(d), d)
    p.blank()
    if o.get("caption"):
        p.bp(f"{r.choice(CAPTIONS)}", "صورة: هسبريس" if r.random() < 0.5 else f"صورة: {r.choice(AGENCIES)}")
        p.blank()
    if o.get("share_top"):
        p.bp("فيسبوك", "تويتر", "واتساب", "تلغرام", "")
    inserts = {}
    if o.get("inline"):
        for i in inline_positions(a, r, 1):
            inserts[i] = ["اقرأ أيضا"] + [x["title"] for x in C.others(r, 2, a["id"])]
    p.body(sep=o.get("sep", "blank"), inserts=inserts)
    p.blank()
    if o.get("gnews"):
        p.bp("تابعوا آخر الأخبار من هسبريس على Google News")
        p.blank()
    if o.get("tags"):
        p.bp(*r.sample(HES_TAGS, r.randint(3, 5)))
        p.blank()
    if o.get("related"):
        p.bp(r.choice(["مقالات ذات صلة", "أخبار ذات صلة"]))
        p.blank()
        for x in C.others(r, o["related"], a["id"]):
            p.bp(x["title"])
            xd = parse_date(x.get("date"))
            if xd and o.get("related_dates"):
                if len(x.get("date") or "") == 10:
                    xd = xd.replace(hour=r.randint(7, 22), minute=r.randint(0, 59))
                p.bp(fmt_hespress(xd))
            p.blank()
    if o.get("newsletter"):
        p.bp(
            "النشرة الإخبارية",
            "اشترك الآن في النشرة الإخبارية لجريدة هسبريس، لتصلك آخر الأخبار يوميا",
            "البريد الإلكتروني",
            "اشترك",
        )
        p.blank()
    if o.get("comments"):
        n = o["comments"]
        p.bp("تعليقات الزوار", f"({n})", "")
        for k, (nm, when, txt) in enumerate(comment_items("hespress", r, n), 1):
            p.bp(f"{k} - {nm}", when, txt, "")
        p.bp("المرجو عدم تضمين تعليقاتكم بعبارات تسيء للأشخاص أو المقدسات، فالتعليقات المسيئة لن تنشر.")
        p.bp("أضف تعليقك", "")
    if o.get("video"):
        p.bp("صوت وصورة", "")
        for x in C.others(r, 3, a["id"]):
            p.bp(f"{r.randint(1, 9):02d}:{r.randint(0, 59):02d}", x["title"])
        p.blank()
    if o.get("most_read"):
        p.bp("الأكثر قراءة", "")
        for x in C.others(r, o["most_read"], a["id"]):
            p.bp(x["title"])
        p.blank()
    p.bp("هسبريس جريدة إلكترونية مغربية")
    p.bp("من نحن  اتصل بنا  الإعلانات  شروط الاستخدام  سياسة الخصوصية")
    p.bp(f"© هسبريس {2018 if not parse_date(a.get('date')) else parse_date(a['date']).year} - جميع الحقوق محفوظة")
    if o.get("cookie"):
        p.blank()
        p.bp("يستعمل هذا الموقع ملفات تعريف الارتباط لتحسين تجربة التصفح، ومواصلة التصفح تعني قبولكم لذلك.", "حسنا")


# ================================================================= Al-Sharq
SHARQ_NAV = [
    "الرئيسية",
    "محليات",
    "عربي ودولي",
    "اقتصاد",
    "رياضة",
    "منوعات",
    "ثقافة وفنون",
    "كتاب وآراء",
    "تقارير وحوارات",
    "الشرق بلس",
    "فيديو",
    "العدد الورقي",
]


def fmt_sharq(d: dt.datetime, style: str) -> str:
    if style == "plain":  # observed: "03 نوفمبر 2016"
        return f"{d.day:02d} {M_EG[d.month - 1]} {d.year}"
    if style == "time":
        return f"{WD[d.weekday()]} {d.day:02d} {M_EG[d.month - 1]} {d.year} - {hm12(d)}"
    if style == "hijri":
        hy, hmn, hd = hijri(d.date())
        return f"{WD[d.weekday()]} {hd} {M_HIJRI[hmn - 1]} {hy} هـ - {d.day:02d} {M_EG[d.month - 1]} {d.year} م"
    raise ValueError(style)


def site_alsharq(p: Page, a: dict, r: random.Random, o: dict, C: Ctx):
    d = pub(a, r)
    if o.get("masthead"):
        # observed on al-sharq.com pages
        p.bp(
            "رئيس مجلس الإدارة : د. خالد بن ثاني آل ثاني",
            "",
            "Al-sharq",
            "",
            "رئيس التحرير: جابر سالم الحرمي",
            "",
            "الشرق",
            "",
        )
        p.bp(*(["مساحة إعلانية", ""] * r.randint(1, 3)))
    if o.get("nav"):
        p.bp(" | ".join(SHARQ_NAV))
        p.blank()
    if o.get("suffix"):
        p.bp(f"{a['title']} - جريدة الشرق")
        p.blank()
    p.bp(r.choice(["عربي ودولي", "محليات", "اقتصاد", "منوعات", "رياضة"]))
    p.bp(a["title"])
    p.blank()
    if o.get("byline"):
        p.bp(r.choice(["الدوحة - قنا", "الشرق - وكالات", "الدوحة - الشرق", "عواصم - وكالات"]))
    if d and o.get("date"):
        p.dateline(fmt_sharq(d, o["date"]), d)
        p.blank()
    if o.get("font"):
        p.bp("حجم الخط", "+", "-", "طباعة", "")
    if o.get("caption"):
        p.bp(f"{r.choice(CAPTIONS)} - {r.choice(AGENCIES)}")
        p.blank()
    inserts = {}
    for i in inline_positions(a, r, o.get("ads_inline", 0)):
        inserts[i] = ["مساحة إعلانية"]
    if o.get("inline"):
        for i in inline_positions(a, r, 1):
            inserts[i] = ["اقرأ المزيد", C.others(r, 1, a["id"])[0]["title"]]
    p.body(sep=o.get("sep", "line"), inserts=inserts)
    p.blank()
    if o.get("whatsapp"):
        p.bp("تابعوا آخر الأخبار عبر قناة الشرق على واتساب")
        p.blank()
    if o.get("tags"):
        p.bp(
            "الوسوم",
            "  ".join(
                r.sample(
                    [
                        "قطر",
                        "الدوحة",
                        "غزة",
                        "الخليج",
                        "الاقتصاد",
                        "كأس العالم",
                        "الأمم المتحدة",
                        "الطاقة",
                        "إيران",
                        "أمريكا",
                        "أوروبا",
                    ],
                    4,
                )
            ),
        )
        p.blank()
    if o.get("related"):
        p.bp("مواضيع ذات صلة")
        for x in C.others(r, o["related"], a["id"]):
            p.bp(x["title"])
            if o.get("teasers"):
                p.bp(teaser(x, 140))
        p.blank()
    if o.get("most_read"):
        p.bp("الأكثر قراءة")
        for k, x in enumerate(C.others(r, o["most_read"], a["id"]), 1):
            p.bp(str(k), x["title"])
        p.blank()
    if o.get("newsletter"):
        p.bp("اشترك في النشرة البريدية للشرق", "البريد الإلكتروني", "اشتراك")
        p.blank()
    p.bp("من نحن", "اتصل بنا", "أعلن معنا", "الاشتراكات", "سياسة الخصوصية")
    p.bp("جميع الحقوق محفوظة © دار الشرق للطباعة والنشر والتوزيع")


# ================================================================= Al-Nahar (Kuwait)
NAHAR_NAV = [
    "الرئيسية",
    "محليات",
    "برلمان",
    "اقتصاد",
    "دوليات",
    "عربيات",
    "رياضة",
    "فنون",
    "منوعات",
    "الأخيرة",
    "مقالات",
    "كاريكاتير",
    "PDF",
]
NAHAR_WRITERS = [
    "كتب: محرر الشؤون المحلية",
    "كتبت: نورة الفضلي",
    "كتب: فهد العنزي",
    "الكويت - النهار",
    "عواصم - وكالات",
    "كتب: عبدالله المطيري",
]


def fmt_nahar(d: dt.datetime, east: bool, weekday: bool = True) -> str:
    s = f"{d.day} {M_EG[d.month - 1]} {d.year}"
    if weekday:
        s = f"{WD[d.weekday()]} {s}"
    return s.translate(EAST) if east else s


def site_alnahar(p: Page, a: dict, r: random.Random, o: dict, C: Ctx):
    d = pub(a, r)
    if o.get("header_date"):
        # the site's "today" line: the day the page was crawled, not the article's date
        today = dt.datetime(2025, 3, 9)
        p.bp(fmt_nahar(today, east=True) + " - العدد " + str(r.randint(5100, 5600)).translate(EAST))
        p.blank()
    p.bp("جريدة النهار الكويتية")
    if o.get("nav"):
        p.blank()
        p.bp(*NAHAR_NAV)
    p.blank()
    if o.get("suffix"):
        p.bp(f"{a['title']} - جريدة النهار")
        p.blank()
    p.bp(r.choice(["محليات", "دوليات", "اقتصاد", "عربيات", "رياضة"]))
    p.bp(a["title"])
    p.blank()
    if o.get("byline"):
        if a["source_dataset"] == "saudinewsnet":
            p.bp(r.choice(NAHAR_WRITERS))
        else:
            p.bp(r.choice(["عواصم - وكالات", "وكالات", "النهار - وكالات"]))
    if d and o.get("date"):
        p.dateline(fmt_nahar(d, east=o["date"] == "east", weekday=r.random() < 0.6), d)
    if o.get("views"):
        p.bp(f"عدد المشاهدات: {r.randint(300, 9000)}", "طباعة  إرسال لصديق  حفظ")
    p.blank()
    if o.get("caption"):
        p.bp(f"{r.choice(CAPTIONS)}")
        p.blank()
    inserts = {}
    if o.get("inline"):
        for i in inline_positions(a, r, 1):
            inserts[i] = ["اقرأ أيضاً:"] + [x["title"] for x in C.others(r, 2, a["id"])]
    p.body(sep=o.get("sep", "blank"), inserts=inserts)
    p.blank()
    if o.get("tags"):
        p.bp(
            "الكلمات المفتاحية: "
            + "، ".join(
                r.sample(
                    [
                        "الكويت",
                        "مجلس الأمة",
                        "الحكومة",
                        "النفط",
                        "الخليج",
                        "السعودية",
                        "وزارة الداخلية",
                        "الصحة",
                        "التعليم",
                    ],
                    4,
                )
            )
        )
        p.blank()
    if o.get("related"):
        p.bp("أخبار ذات صلة", "")
        for x in C.others(r, o["related"], a["id"]):
            p.bp(x["title"])
        p.blank()
    if o.get("comment_form"):
        p.bp("أضف تعليق", "الاسم", "البريد الإلكتروني", "التعليق", "جميع التعليقات تخضع للمراجعة قبل نشرها", "إرسال")
        p.blank()
    if o.get("most_read"):
        p.bp("الأكثر قراءة", "")
        for x in C.others(r, o["most_read"], a["id"]):
            p.bp(x["title"])
        p.blank()
    p.bp("تابعونا على", "X", "Instagram", "YouTube", "")
    yr = str(2025)
    p.bp(f"جميع الحقوق محفوظة لجريدة النهار الكويتية © {yr.translate(EAST) if o.get('date') == 'east' else yr}")


# ================================================================= Ajel
AJEL_NAV = [
    "الرئيسية",
    "محليات",
    "عربي ودولي",
    "اقتصاد",
    "رياضة",
    "منوعات",
    "صحة",
    "تقنية",
    "فيديو",
    "سياحة",
    "آراء",
    "إنفوجرافيك",
]


def fmt_ajel(d: dt.datetime, style: str) -> str:
    hy, hmn, hd = hijri(d.date())
    if style == "hijri_first":
        return f"{WD[d.weekday()]} {hd} {M_HIJRI[hmn - 1]} {hy} هـ - {d.day} {M_EG[d.month - 1]} {d.year} م"
    if style == "greg_first":
        return f"{d.day} {M_EG[d.month - 1]} {d.year} م - {hd} {M_HIJRI[hmn - 1]} {hy} هـ | {hm12(d)}"
    if style == "east":
        s = f"{WD[d.weekday()]} {d.day} {M_EG[d.month - 1]} {d.year}م الموافق {hd} {M_HIJRI[hmn - 1]} {hy}هـ"
        return s.translate(EAST)
    raise ValueError(style)


def site_ajel(p: Page, a: dict, r: random.Random, o: dict, C: Ctx):
    d = pub(a, r)
    if o.get("suffix"):
        p.bp(f"{a['title']} | صحيفة عاجل")
        p.blank()
    p.bp("عاجل")
    if o.get("nav"):
        p.bp(*AJEL_NAV[: r.randint(8, len(AJEL_NAV))])
    p.blank()
    p.bp(r.choice(["محليات", "عربي ودولي", "اقتصاد", "رياضة", "منوعات"]))
    p.bp(a["title"])
    p.blank()
    p.bp(r.choice(["فريق التحرير", "عاجل - الرياض", "فريق التحرير - عاجل", "عاجل - جدة"]))
    if o.get("relative"):
        p.bp(r.choice(["منذ 9 سنوات", "منذ 8 سنوات", "منذ 10 سنوات"]))
    elif d and o.get("date"):
        p.dateline(fmt_ajel(d, o["date"]), d)
    p.blank()
    if o.get("share"):
        p.bp("مشاركة", "X", "واتساب", "سناب شات", "نسخ الرابط", "")
    inserts = {}
    if o.get("inline"):
        for i in inline_positions(a, r, o["inline"]):
            x = C.others(r, 1, a["id"])[0]
            inserts[i] = ["اقرأ أيضًا:", x["title"]]
    p.body(sep=o.get("sep", "blank"), inserts=inserts)
    p.blank()
    if o.get("app"):
        p.bp("حمّل تطبيق عاجل ليصلك كل جديد", "App Store", "Google Play", "")
    if o.get("telegram"):
        p.bp("تابع آخر الأخبار عبر قناة عاجل على تيليجرام", "")
    if o.get("tags"):
        p.bp("الكلمات الدلالية")
        p.bp(
            *r.sample(
                [
                    "السعودية",
                    "الرياض",
                    "جدة",
                    "وزارة الصحة",
                    "أمانة",
                    "الهلال",
                    "النصر",
                    "المرور",
                    "الطقس",
                    "رؤية 2030",
                    "هيئة",
                ],
                4,
            )
        )
        p.blank()
    if o.get("comments"):
        n = o["comments"]
        p.bp(f"التعليقات ({n})", "")
        for nm, when, txt in comment_items("ajel", r, n):
            p.bp(nm, when, txt, "إعجاب  رد", "")
        p.bp("أضف تعليقاً", "سيتم مراجعة التعليق قبل نشره", "")
    if o.get("most_read"):
        p.bp("الأكثر قراءة", "")
        for x in C.others(r, o["most_read"], a["id"]):
            p.bp(x["title"], "")
    p.bp("عن عاجل  اتصل بنا  سياسة الخصوصية  شروط الاستخدام")
    p.bp("جميع الحقوق محفوظة لصحيفة عاجل الإلكترونية ©")


# ================================================================= Cairo 24
C24_NAV = [
    "الرئيسية",
    "أخبار",
    "سياسة",
    "حوادث",
    "رياضة",
    "اقتصاد",
    "فن",
    "ثقافة",
    "منوعات",
    "صحة",
    "تكنولوجيا",
    "محافظات",
    "عرب وعالم",
    "تقارير وتحقيقات",
    "فيديو",
]
C24_WRITERS = ["كتب: أحمد عبد الرحمن", "كتبت: منة الله محمود", "كتب: محمود سعيد", "كتبت: سارة جمال", "كتب: عمرو حسين"]


def fmt_c24(d: dt.datetime, style: str) -> str:
    if style == "slash":
        return f"{WD_EG[d.weekday()]} {d.day:02d}/{M_EG[d.month - 1]}/{d.year} - {hm12(d)}"
    if style == "words":
        return f"{WD_EG[d.weekday()]}، {d.day} {M_EG[d.month - 1]} {d.year} {hm12(d)}"
    raise ValueError(style)


def site_cairo24(p: Page, a: dict, r: random.Random, o: dict, C: Ctx):
    d = pub(a, r)
    section = r.choice(["عرب وعالم", "أخبار", "تقارير وتحقيقات", "فن", "رياضة", "سياسة"])
    if o.get("suffix"):
        p.bp(f"{a['title']} - القاهرة 24")
        p.blank()
    p.bp("القاهرة 24")
    if o.get("ticker"):
        p.bp("عاجل", "    ".join(x["title"] for x in C.others(r, 4, a["id"])))
    if o.get("nav"):
        p.blank()
        p.bp(*C24_NAV)
    p.blank()
    if o.get("crumb"):
        p.bp(f"الرئيسية / {section} / {short_title(a['title'])}")
        p.blank()
    p.bp(a["title"])
    p.blank()
    if o.get("byline"):
        p.bp(r.choice(C24_WRITERS))
    if d and o.get("date"):
        p.dateline(fmt_c24(d, o["date"]), d)
        if o.get("updated"):
            u = d + dt.timedelta(days=r.randint(1, 3), hours=r.randint(1, 5))
            p.bp("آخر تحديث: " + fmt_c24(u, o["date"]))
    p.blank()
    if o.get("caption"):
        p.bp(r.choice(["صورة أرشيفية", "صورة تعبيرية", f"{r.choice(CAPTIONS)} - أرشيفية"]))
        p.blank()
    inserts = {}
    for i in inline_positions(a, r, o.get("inline", 0)):
        inserts[i] = ["اقرأ أيضًا"] + [x["title"] for x in C.others(r, r.randint(1, 3), a["id"])]
    if o.get("watch"):
        for i in inline_positions(a, r, 1):
            if i not in inserts:
                inserts[i] = ["شاهد.. " + C.others(r, 1, a["id"])[0]["title"]]
    p.body(sep=o.get("sep", "blank"), inserts=inserts)
    p.blank()
    if o.get("gnews"):
        p.bp("تابع القاهرة 24 على جوجل نيوز")
    if o.get("whatsapp"):
        p.bp("لمتابعة آخر الأخبار انضم إلى قناة القاهرة 24 على واتساب")
    p.blank()
    if o.get("tags"):
        p.bp("موضوعات متعلقة")
        p.bp(
            *r.sample(
                [
                    "مصر",
                    "القاهرة",
                    "الحكومة",
                    "أمريكا",
                    "روسيا",
                    "الأمم المتحدة",
                    "غزة",
                    "سوريا",
                    "كرة القدم",
                    "الدولار",
                    "أسعار الذهب",
                ],
                4,
            )
        )
        p.blank()
    if o.get("related"):
        p.bp("الموضوعات المتعلقة", "")
        for x in C.others(r, o["related"], a["id"]):
            p.bp(x["title"])
            if o.get("teasers"):
                p.bp(teaser(x, 150))
            p.blank()
    if o.get("most_read"):
        p.bp("الأكثر قراءة", "")
        for k, x in enumerate(C.others(r, o["most_read"], a["id"]), 1):
            p.bp(f"{k}", x["title"])
        p.blank()
    p.bp("من نحن", "اتصل بنا", "سياسة الخصوصية", "")
    p.bp(f"جميع الحقوق محفوظة © القاهرة 24 {2024}")


# ================================================================= Al Jadeed TV
JAD_NAV = [
    "الرئيسية",
    "أخبار",
    "لبنان",
    "عربي ودولي",
    "اقتصاد",
    "رياضة",
    "فن ومشاهير",
    "منوعات",
    "برامج",
    "مسلسلات",
    "فيديو",
    "جدول البرامج",
    "البث المباشر",
]


def fmt_jadeed(d: dt.datetime, style: str) -> str:
    if style == "iso":  # observed: "2025-05-23 | 12:18"
        return f"{d.year}-{d.month:02d}-{d.day:02d} | {d.hour:02d}:{d.minute:02d}"
    if style == "levant":
        return f"{WD[d.weekday()]} {d.day:02d} {M_LEV[d.month - 1]} {d.year}"
    raise ValueError(style)


def site_aljadeed(p: Page, a: dict, r: random.Random, o: dict, C: Ctx):
    d = pub(a, r)
    if o.get("live"):
        p.bp("🔴 مباشر", "LIVE", "")
    if o.get("nav"):
        p.bp(*JAD_NAV)
        p.blank()
    if o.get("suffix"):
        p.bp(f"{a['title']} | الجديد")
        p.blank()
    p.bp(a["title"])
    p.blank()
    if d and o.get("date"):
        p.dateline(fmt_jadeed(d, o["date"]), d)
    if o.get("repeat_title", True):
        p.bp(a["title"])
    p.blank()
    if o.get("caption"):
        p.bp(f"{r.choice(CAPTIONS)} ({r.choice(AGENCIES)})")
        p.blank()
    inserts = {}
    if o.get("inline"):
        for i in inline_positions(a, r, 1):
            inserts[i] = ["إقرأ أيضاً", C.others(r, 1, a["id"])[0]["title"]]
    p.body(sep=o.get("sep", "blank"), inserts=inserts)
    p.blank()
    if o.get("source"):
        p.bp("المصدر: وكالات")
        p.blank()
    if o.get("share"):
        p.bp("شارك", "Facebook", "X", "WhatsApp", "Telegram", "")
    if o.get("related"):
        p.bp("أخبار ذات صلة", "")
        for x in C.others(r, o["related"], a["id"]):
            xd = parse_date(x.get("date"))
            p.bp(x["title"])
            if xd:
                xd = xd.replace(hour=r.randint(7, 22), minute=r.randint(0, 59)) if len(x["date"]) == 10 else xd
                p.bp(fmt_jadeed(xd, "iso"))
            p.blank()
    if o.get("most_viewed"):
        p.bp("الأكثر مشاهدة", "")
        for x in C.others(r, o["most_viewed"], a["id"]):
            p.bp(x["title"])
        p.blank()
    if o.get("schedule"):
        p.bp(
            "جدول البرامج",
            "",
            "الآن",
            r.choice(["نشرة الأخبار المسائية", "الحدث", "فوق الـ18"]),
            "التالي",
            r.choice(["تحت طائلة المسؤولية", "مسلسل الليلة", "نشرة الأخبار الصباحية"]),
            "",
        )
    if o.get("app"):
        p.bp("حمّلوا تطبيق الجديد", "App Store", "Google Play", "")
    p.bp("من نحن", "اتصل بنا", "الشروط والأحكام", "")
    p.bp("© جميع الحقوق محفوظة لتلفزيون الجديد 2025")


# ================================================================= Ean Libya
EAN_NAV = [
    "الرئيسية",
    "أخبار ليبيا",
    "عربي ودولي",
    "اقتصاد",
    "رياضة",
    "مقالات رأي",
    "تقارير",
    "ثقافة وفنون",
    "صحة",
    "تكنولوجيا",
    "منوعات",
    "اتصل بنا",
]


def fmt_ean(d: dt.datetime, with_time: bool) -> str:
    s = f"{d.day} {M_EG[d.month - 1]} {d.year}"
    return f"{s} - {hm12(d)}" if with_time else s


WP_FORM = [  # WordPress core comment form (Arabic locale)
    "اترك تعليقاً",
    "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *",
    "التعليق *",
    "الاسم *",
    "البريد الإلكتروني *",
    "الموقع الإلكتروني",
    "احفظ اسمي، بريدي الإلكتروني، والموقع الإلكتروني في هذا المتصفح لاستخدامها المرة المقبلة في تعليقي.",
    "إرسال التعليق",
]


def site_eanlibya(p: Page, a: dict, r: random.Random, o: dict, C: Ctx):
    d = pub(a, r)
    if o.get("suffix"):
        p.bp(f"{a['title']} - عين ليبيا")
        p.blank()
    if o.get("nav"):
        p.bp("عين ليبيا", "")
        p.bp(*EAN_NAV)
        p.blank()
    if o.get("ticker"):
        p.bp("عاجل")
        for x in C.others(r, 3, a["id"]):
            p.bp(x["title"])
        p.blank()
    p.bp(r.choice(["أخبار ليبيا", "عربي ودولي", "اقتصاد", "رياضة"]))
    p.bp(a["title"])
    p.blank()
    p.bp("عين ليبيا")
    if d and o.get("date"):
        p.dateline(fmt_ean(d, o["date"] == "time"), d)
    p.blank()
    if o.get("share"):
        p.bp("شارك الخبر", "فيسبوك", "تويتر", "واتساب", "تيليغرام", "نسخ الرابط", "")
    if o.get("caption"):
        p.bp(r.choice(["أرشيفية", "صورة أرشيفية", f"({r.choice(AGENCIES)})"]))
        p.blank()
    inserts = {}
    if o.get("inline"):
        for i in inline_positions(a, r, 1):
            inserts[i] = ["اقرأ أيضا", C.others(r, 1, a["id"])[0]["title"]]
    p.body(sep=o.get("sep", "blank"), inserts=inserts)
    p.blank()
    if o.get("telegram"):
        p.bp("تابعوا عين ليبيا على قناة تيليغرام لمتابعة آخر الأخبار")
        p.blank()
    if o.get("tags"):
        p.bp(
            "وسوم: "
            + " ، ".join(
                r.sample(
                    [
                        "ليبيا",
                        "طرابلس",
                        "بنغازي",
                        "مصراتة",
                        "النفط",
                        "المجلس الرئاسي",
                        "البعثة الأممية",
                        "تونس",
                        "مصر",
                        "الهجرة غير الشرعية",
                    ],
                    4,
                )
            )
        )
        p.blank()
    if o.get("related"):
        p.bp(r.choice(["مقالات ذات صلة", "قد يعجبك ايضا"]), "")
        for x in C.others(r, o["related"], a["id"]):
            p.bp(x["title"])
            if o.get("teasers"):
                p.bp(teaser(x, 120))
            p.blank()
    if o.get("comments"):
        items = comment_items("eanlibya", r, o["comments"])
        p.bp(f"{len(items)} تعليقات", "")
        for nm, when, txt in items:
            p.bp(nm, when, txt, "رد", "")
    if o.get("form"):
        p.bp(*WP_FORM)
        p.blank()
    p.bp("الأكثر قراءة", "")
    for x in C.others(r, 4, a["id"]):
        p.bp(x["title"])
    p.blank()
    p.bp("جميع الحقوق محفوظة © عين ليبيا", "زر الذهاب إلى الأعلى")


# ================================================================= Alrakoba
RAK_NAV = [
    "الرئيسية",
    "أخبار السودان",
    "أخبار السياسة",
    "مقالات وآراء",
    "الاقتصاد",
    "رياضة",
    "منوعات",
    "أخبار عالمية",
    "كاريكاتير",
    "منبر الراكوبة",
]


def fmt_rakoba(d: dt.datetime, style: str) -> str:
    if style == "wp":  # WordPress "F j, Y" in the Arabic locale
        return f"{M_EG[d.month - 1]} {d.day}, {d.year}"
    if style == "east":
        return f"{d.day} {M_EG[d.month - 1]} {d.year}".translate(EAST)
    if style == "old":  # observed on the old site: "11-22-2010 11:17 AM"
        return f"{d.month:02d}-{d.day:02d}-{d.year} {hm12_latin(d)}"
    raise ValueError(style)


def site_alrakoba(p: Page, a: dict, r: random.Random, o: dict, C: Ctx):
    d = pub(a, r)
    if o.get("old"):
        # the old site: plain table layout
        p.bp("الراكوبة", "الرئيسية  |  الأخبار  |  المقالات  |  منبر الحوار  |  الكاريكاتير  |  الأرشيف", "")
        p.bp(a["title"])
        if d and o.get("date"):
            p.dateline(fmt_rakoba(d, "old"), d)
        p.blank()
        p.body(sep=o.get("sep", "blank"))
        p.blank()
        p.bp("ارسل الخبر لصديق  |  طباعة  |  حفظ", "")
        p.bp("تقييم الخبر", "")
        n = o.get("comments", 0)
        if n:
            p.bp(f"التعليقات ({n})", "")
            names, texts = COMMENTS["alrakoba"]
            cd = d or dt.datetime(2018, 1, 1, 9, 0)
            for k, nm in enumerate(r.sample(names, n), 1):
                cd = cd + dt.timedelta(hours=r.randint(1, 20), minutes=r.randint(0, 59))
                p.bp(f"#{k}", f"[{nm}]", fmt_rakoba(cd, "old"), r.choice(texts), "")
        p.bp("جميع الحقوق محفوظة لصحيفة الراكوبة")
        return
    if o.get("suffix"):
        p.bp(f"{a['title']} - صحيفة الراكوبة")
        p.blank()
    p.bp("الراكوبة")
    if o.get("nav"):
        p.bp(*RAK_NAV)
    p.blank()
    p.bp(r.choice(["أخبار السودان", "أخبار عالمية", "أخبار السياسة", "منوعات"]))
    p.bp(a["title"])
    p.blank()
    if o.get("byline"):
        p.bp(r.choice(["الراكوبة", "الخرطوم: الراكوبة", "متابعات - الراكوبة"]))
    if d and o.get("date"):
        p.dateline(fmt_rakoba(d, o["date"]), d)
    if o.get("ncomments"):
        p.bp(f"{o['ncomments']} تعليقات")
    p.blank()
    if o.get("share_top"):
        p.bp("Facebook", "Twitter", "WhatsApp", "Telegram", "")
    inserts = {}
    if o.get("inline"):
        for i in inline_positions(a, r, 1):
            inserts[i] = ["اقرأ ايضا"] + [x["title"] for x in C.others(r, 2, a["id"])]
    p.body(sep=o.get("sep", "blank"), inserts=inserts)
    p.blank()
    if o.get("source"):
        p.bp("المصدر: " + a["outlet_name"])
        p.blank()
    if o.get("feed"):
        # observed on feed copies: "The post <title> appeared first on صحيفة الراكوبة."
        p.bp(f"The post {a['title']} appeared first on صحيفة الراكوبة.")
        p.blank()
    if o.get("share"):
        p.bp("شارك هذا الموضوع:", "فيسبوك", "واتساب", "تيليجرام", "تويتر", "")
    if o.get("related"):
        p.bp(r.choice(["قد يعجبك ايضا", "أخبار ذات صلة"]), "")
        for x in C.others(r, o["related"], a["id"]):
            p.bp(x["title"])
            if o.get("teasers"):
                p.bp(teaser(x, 130))
            p.blank()
    if o.get("ncomments"):
        p.bp(f"{o['ncomments']} تعليقات", "")
        for nm, when, txt in comment_items("alrakoba", r, o["ncomments"]):
            p.bp(nm, when, txt, "رد", "")
        p.bp(*WP_FORM[:2])
        p.blank()
    if o.get("most_commented"):
        p.bp("الأكثر تعليقاً", "")
        for x in C.others(r, o["most_commented"], a["id"]):
            p.bp(x["title"])
        p.blank()
    p.bp("تابعونا على تيليجرام وواتساب ليصلكم كل جديد الراكوبة", "")
    p.bp("جميع الحقوق محفوظة © الراكوبة")


BUILDERS = {
    "hespress": site_hespress,
    "alsharq": site_alsharq,
    "alnahar": site_alnahar,
    "ajel": site_ajel,
    "cairo24": site_cairo24,
    "aljadeed": site_aljadeed,
    "eanlibya": site_eanlibya,
    "alrakoba": site_alrakoba,
}


# ================================================================= pages without an article
def page_404(C: Ctx, r: random.Random) -> Page:
    p = Page("cairo24", None)
    p.bp("الصفحة غير موجودة - القاهرة 24", "", "القاهرة 24", "")
    p.bp(*C24_NAV)
    p.blank()
    p.bp(
        "404",
        "عفوا، الصفحة التي تبحث عنها غير موجودة",
        "ربما تم حذف الصفحة أو تغيير رابطها، يمكنك البحث عما تريد أو العودة إلى الصفحة الرئيسية.",
        "ابحث",
        "العودة إلى الرئيسية",
        "",
    )
    p.bp("الأكثر قراءة", "")
    for k, x in enumerate(C.others(r, 6, ""), 1):
        p.bp(str(k), x["title"])
    p.blank()
    p.bp("من نحن", "اتصل بنا", "سياسة الخصوصية", "", "جميع الحقوق محفوظة © القاهرة 24 2024")
    p.features.append("404 page (no article)")
    return p


def page_index(C: Ctx, r: random.Random) -> Page:
    p = Page("eanlibya", None)
    p.bp("أخبار ليبيا - عين ليبيا", "", "عين ليبيا", "")
    p.bp(*EAN_NAV)
    p.blank()
    p.bp("أخبار ليبيا", "")
    for x in C.others(r, 8, ""):
        p.bp(x["title"])
        xd = parse_date(x.get("date"))
        if xd:
            p.bp(fmt_ean(xd, False))
        p.bp(teaser(x, 150))
        p.bp("اقرأ المزيد", "")
    p.bp("1  2  3  …  412  التالي »", "")
    p.bp("جميع الحقوق محفوظة © عين ليبيا", "زر الذهاب إلى الأعلى")
    p.features.append("section index page (headlines, dates, teasers; no article)")
    return p


# ================================================================= plan
# need: tuple of constraints on the article; pool: outlets to pick from
SAUDI = ("alriyadh", "alyaum", "alwatan", "okaz", "almadina", "alweeam", "3alyoum", "aleqtisadiya", "aljazirah")
PLAN = {
    "hespress": [
        dict(
            pool=("jawharafm",),
            need=("dated",),
            opt=dict(
                nav="lines", crumb=True, byline=True, caption=True, gnews=True, tags=True, comments=3, most_read=5
            ),
        ),
        dict(
            pool=("jawharafm",), need=("dated", "head"), opt=dict(suffix=True, inline=True, newsletter=True), crlf=True
        ),
        dict(
            pool=("france24ar",),
            need=("dated",),
            opt=dict(nav="line", repeat_title=True, related=4, related_dates=True),
            wrap=76,
        ),
        dict(
            pool=("jawharafm", "france24ar"),
            need=("dated",),
            opt=dict(date=False, byline=True, share_top=True, comments=5, most_read=6),
            marks=True,
        ),
        dict(
            pool=("jawharafm",),
            need=("dated", "list"),
            opt=dict(repeat_title=True, sep="line", tags=True, video=True),
            bom=True,
        ),
        dict(
            pool=("jawharafm", "france24ar"),
            need=("dated",),
            opt=dict(nav="lines", caption=True, related=5, comments=2, cookie=True),
        ),
    ],
    "alsharq": [
        dict(
            pool=("alarabiya", "skynewsarabia"),
            need=("dated",),
            opt=dict(masthead=True, byline=True, date="plain", ads_inline=1, related=4),
        ),
        dict(
            pool=("alarabiya", "skynewsarabia", "aljazirah"),
            need=("dated", "head"),
            opt=dict(nav=True, suffix=True, date="hijri", font=True, sep="blank", whatsapp=True, most_read=5),
        ),
        dict(
            pool=("aawsat",),
            need=("undated",),
            opt=dict(masthead=True, byline=True, inline=True, caption=True, tags=True),
        ),
        dict(
            pool=("alarabiya", "skynewsarabia"),
            need=("dated",),
            opt=dict(nav=True, date="time", sep="blank", related=3, teasers=True),
            wrap=72,
        ),
        dict(
            pool=("alarabiya", "skynewsarabia", "aljazirah"),
            need=("dated",),
            opt=dict(masthead=True, date="plain", tags=True, ads_inline=2, most_read=6),
            marks=True,
        ),
        dict(
            pool=("alarabiya", "skynewsarabia"),
            need=("dated",),
            opt=dict(nav=True, byline=True, date="time", caption=True, related=4, teasers=True, newsletter=True),
            bom=True,
        ),
    ],
    "alnahar": [
        dict(
            pool=("alwatan", "alyaum", "alriyadh", "okaz", "aleqtisadiya", "skynewsarabia"),
            need=("dated",),
            opt=dict(header_date=True, nav=True, byline=True, date="east", tags=True, related=4),
        ),
        dict(
            pool=("okaz", "aleqtisadiya", "aljazirah", "skynewsarabia"),
            need=("dated",),
            opt=dict(suffix=True, byline=True, date="west", inline=True, most_read=5),
            crlf=True,
        ),
        dict(
            pool=("alwatan", "alyaum", "alriyadh"),
            need=("undated",),
            opt=dict(header_date=True, nav=True, byline=True, caption=True, related=3),
        ),
        dict(
            pool=("skynewsarabia", "aleqtisadiya", "okaz"),
            need=("dated",),
            opt=dict(byline=True, date="east", views=True, related=4),
            wrap=80,
        ),
        dict(
            pool=("alwatan", "alyaum", "alriyadh", "aleqtisadiya"),
            need=("head",),
            opt=dict(nav=True, byline=True, date="west", views=True, comment_form=True, most_read=6, sep="line"),
        ),
        dict(
            pool=("alwatan", "okaz", "aljazirah", "alyaum", "alriyadh", "aleqtisadiya"),
            need=("list",),
            opt=dict(byline=True, date="east", caption=True, tags=True, inline=True),
            marks=True,
        ),
    ],
    "ajel": [
        dict(
            pool=SAUDI,
            need=("dated",),
            opt=dict(nav=True, date="hijri_first", share=True, inline=1, app=True, tags=True, comments=3, most_read=5),
        ),
        dict(pool=SAUDI, need=("dated",), opt=dict(suffix=True, relative=True, inline=2, telegram=True, comments=2)),
        dict(pool=SAUDI, need=("undated",), opt=dict(nav=True, share=True, app=True, most_read=4), bom=True),
        dict(pool=SAUDI, need=("dated", "head"), opt=dict(date="greg_first", tags=True, most_read=5), wrap=76),
        dict(
            pool=SAUDI,
            need=("undated", "head"),
            opt=dict(nav=True, share=True, inline=1, telegram=True, comments=4),
            crlf=True,
            marks=True,
        ),
        dict(
            pool=SAUDI,
            need=("dated",),
            opt=dict(suffix=True, date="east", sep="line", app=True, comments=6, most_read=5),
        ),
    ],
    "cairo24": [
        dict(
            pool=("cnnarabic", "skynewsarabia", "bbcarabic", "alarabiya"),
            need=("dated",),
            opt=dict(
                nav=True,
                crumb=True,
                byline=True,
                date="slash",
                caption=True,
                inline=2,
                gnews=True,
                tags=True,
                most_read=5,
            ),
        ),
        dict(
            pool=("cnnarabic", "skynewsarabia", "bbcarabic"),
            need=("dated", "head"),
            opt=dict(suffix=True, byline=True, date="words", updated=True, whatsapp=True, related=4, teasers=True),
        ),
        dict(
            pool=("cnnarabic", "skynewsarabia", "bbcarabic", "alarabiya"),
            need=("dated",),
            opt=dict(ticker=True, crumb=True, byline=True, date="slash", inline=1, related=3),
            wrap=72,
        ),
        dict(
            pool=("cnnarabic", "skynewsarabia", "bbcarabic"),
            need=("dated",),
            opt=dict(nav=True, byline=True, caption=True, inline=1, gnews=True, most_read=6),
            crlf=True,
            marks=True,
        ),
        dict(
            pool=("cnnarabic", "skynewsarabia", "bbcarabic", "alarabiya"),
            need=("dated",),
            opt=dict(crumb=True, byline=True, date="words", watch=True, tags=True, most_read=5),
            bom=True,
        ),
        dict(
            pool=("bbcarabic", "alarabiya"),
            need=("dated", "list"),
            opt=dict(nav=True, byline=True, date="slash", updated=True, sep="line", inline=1, whatsapp=True, related=3),
        ),
    ],
    "aljadeed": [
        dict(
            pool=("bbcarabic", "france24ar", "skynewsarabia"),
            need=("dated",),
            opt=dict(live=True, nav=True, date="iso", inline=True, most_viewed=5, app=True),
        ),
        dict(
            pool=("bbcarabic", "france24ar", "skynewsarabia"),
            need=("dated",),
            opt=dict(nav=True, date="levant", repeat_title=False, caption=True, share=True, related=3),
            crlf=True,
        ),
        dict(
            pool=("bbcarabic", "france24ar", "cnnarabic"),
            need=("dated",),
            opt=dict(suffix=True, date="iso", source=True, related=3),
            wrap=80,
        ),
        dict(
            pool=("bbcarabic", "france24ar", "skynewsarabia", "cnnarabic"),
            need=("dated",),
            opt=dict(live=True, nav=True, caption=True, share=True, most_viewed=6),
            marks=True,
        ),
        dict(
            pool=("bbcarabic", "france24ar", "skynewsarabia"),
            need=("dated", "head"),
            opt=dict(nav=True, date="iso", inline=True, schedule=True, related=4),
            bom=True,
        ),
        dict(
            id="AL-culture-202-20180328",
            opt=dict(live=True, date="iso", share=True, source=True, most_viewed=5, schedule=True),
            note="paragraphs open with #hashtags (text, not Markdown)",
        ),
    ],
    "eanlibya": [
        dict(
            pool=("france24ar", "bbcarabic", "skynewsarabia", "alarabiya"),
            need=("dated",),
            opt=dict(nav=True, ticker=True, date="plain", share=True, caption=True, tags=True, related=3, form=True),
        ),
        dict(
            pool=("france24ar", "bbcarabic", "jawharafm"),
            need=("dated",),
            opt=dict(suffix=True, date="time", inline=True, telegram=True, related=4, teasers=True),
        ),
        dict(
            pool=("france24ar", "bbcarabic", "skynewsarabia"),
            need=("dated",),
            opt=dict(nav=True, share=True, tags=True, related=3, form=True),
            wrap=76,
        ),
        dict(
            pool=("france24ar", "bbcarabic", "skynewsarabia", "alarabiya"),
            need=("dated", "head"),
            opt=dict(ticker=True, date="time", caption=True, telegram=True, comments=2, form=True),
            crlf=True,
        ),
        dict(
            pool=("france24ar", "bbcarabic", "jawharafm", "skynewsarabia"),
            need=("dated",),
            opt=dict(nav=True, date="plain", share=True, inline=True, comments=3, form=True),
            marks=True,
        ),
        dict(
            pool=("france24ar", "bbcarabic", "alarabiya", "jawharafm"),
            need=("dated",),
            opt=dict(suffix=True, date="plain", sep="line", related=4, teasers=True),
            bom=True,
        ),
    ],
    "alrakoba": [
        dict(
            pool=("bbcarabic", "cnnarabic", "france24ar", "alarabiya"),
            need=("dated",),
            opt=dict(nav=True, byline=True, date="wp", share=True, source=True, ncomments=3, most_commented=5),
        ),
        dict(
            pool=("bbcarabic", "cnnarabic", "aawsat", "france24ar"),
            need=(),
            opt=dict(byline=True, feed=True, sep="blank"),
            note="feed copy: no date line",
        ),
        dict(
            pool=("bbcarabic", "cnnarabic", "france24ar", "alarabiya", "aawsat"),
            need=("dated", "day13", "cp1256"),
            opt=dict(old=True, date=True, comments=3),
            encoding="cp1256",
        ),
        dict(
            pool=("bbcarabic", "cnnarabic", "france24ar"),
            need=("dated",),
            opt=dict(nav=True, byline=True, date="east", inline=True, source=True, related=3, teasers=True),
            marks=True,
        ),
        dict(
            pool=("bbcarabic", "cnnarabic", "aawsat", "alarabiya"),
            need=("head",),
            opt=dict(suffix=True, byline=True, date="wp", share_top=True, ncomments=2, related=3),
            crlf=True,
        ),
        dict(
            pool=("bbcarabic", "cnnarabic", "france24ar", "alarabiya"),
            need=("dated",),
            opt=dict(nav=True, date="wp", sep="line", share=True, source=True, most_commented=4),
            bom=True,
        ),
    ],
}


def meets(a: dict, need: tuple) -> bool:
    for n in need:
        if n == "dated" and not parse_date(a.get("date")):
            return False
        if n == "undated" and parse_date(a.get("date")):
            return False
        if n == "head" and "heading" not in a["kinds"]:
            return False
        if n == "list" and "list_item" not in a["kinds"]:
            return False
        if n == "day13":
            d = parse_date(a.get("date"))
            if not d or d.day <= 12:
                return False
        if n == "cp1256":
            try:
                (a["title"] + a["body"] + a["outlet_name"]).encode("cp1256")
            except UnicodeEncodeError:
                return False
    return True


# ================================================================= post-processing
MARKS_CONTENT = ["\u200f", "\u200e"]  # RLM / LRM (removed by score.py's normalisation)
MARKS_BP = ["\u200f", "\u200e", "\u200d", "\u200c"]  # plus ZWJ / ZWNJ on furniture lines


def add_marks(p: Page, r: random.Random):
    """Invisible direction marks: RLM at the start of some paragraphs, LRM
    around Latin words and digit runs; ZWJ/ZWNJ only on furniture lines (a
    cleaner keeps article text, and these two are not removed by the scorer's
    normalisation, so they stay out of article lines); one line made only of
    marks."""
    for i, (line, kind) in enumerate(zip(p.lines, p.kinds)):
        if not line.strip():
            continue
        if kind == "content":
            if r.random() < 0.5:
                line = "\u200f" + line
            if r.random() < 0.5:
                line = re.sub(
                    r"(?<![\w])([0-9]+|[A-Za-z]{2,})(?![\w])", lambda m: "\u200e" + m.group(1) + "\u200e", line, count=2
                )
        elif p.title and p.title in line:
            # a title line: only marks that the scorer's normalisation removes
            if r.random() < 0.6:
                line = "\u200f" + line
        elif r.random() < 0.6:
            # at a word boundary (start, end or next to a space)
            cuts = [0, len(line)] + [m.start() for m in re.finditer(" ", line)]
            pos = r.choice(cuts)
            line = line[:pos] + r.choice(MARKS_BP) + line[pos:]
            if r.random() < 0.3:
                line = line + "\u200d"
        p.lines[i] = line
    k = min(3, len(p.lines))
    p.lines.insert(k, "\u200f\u200e\u200f")
    p.kinds.insert(k, "bp")


def hard_wrap(text: str, width: int) -> str:
    out = []
    for line in text.split("\n"):
        if len(line) <= width or " " not in line.strip():
            out.append(line)
            continue
        indent = line[: len(line) - len(line.lstrip(" "))]
        words = line[len(indent) :].split(" ")
        cur = ""
        for w in words:
            if cur and len(indent) + len(cur) + 1 + len(w) > width:
                out.append((indent + cur).rstrip())
                cur = w
            else:
                cur = w if not cur else cur + " " + w
        out.append((indent + cur).rstrip())
    return "\n".join(out)


# ================================================================= build
def write_bytes(path: str, data: bytes):
    with open(path, "wb") as fh:
        fh.write(data)


def build(corpus: str, out: str) -> int:
    arts = load_articles(corpus)
    dev = dev_article_ids(corpus)
    C = Ctx(arts)
    for sub in ("dumps", "gold", "selfcheck"):
        d = os.path.join(out, sub)
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    used: set[str] = set()
    manifest = []
    n = 0
    for slug, name, country in SITES:
        for k, spec in enumerate(PLAN[slug], 1):
            n += 1
            if "id" in spec:
                art_id = spec["id"]
                assert art_id not in dev and art_id not in used, art_id
            else:
                cands = [
                    i
                    for i in C.ids
                    if arts[i]["outlet"] in spec["pool"]
                    and i not in dev
                    and i not in used
                    and meets(arts[i], spec["need"])
                ]
                assert cands, (slug, k)
                art_id = random.Random(f"{SEED}/pick/{slug}/{k}").choice(cands)
            used.add(art_id)
            a = arts[art_id]
            r = random.Random(f"{SEED}/page/{slug}/{k}")
            p = Page(slug, a)
            BUILDERS[slug](p, a, r, spec.get("opt", {}), C)
            p.trim()
            feats = sorted(key for key, v in spec.get("opt", {}).items() if v)
            if spec.get("marks"):
                add_marks(p, random.Random(f"{SEED}/marks/{slug}/{k}"))
                feats.append("invisible direction / zero-width marks")
            text = "\n".join(p.lines)
            if spec.get("wrap"):
                text = hard_wrap(text, spec["wrap"])
                feats.append(f"hard-wrapped at {spec['wrap']} columns")
            stem = f"{n:03d}_{slug}"
            manifest.append(finish(out, stem, p, text, spec, feats, a, slug, name, country))
    # pages without an article
    extra = [
        ("404", page_404(C, random.Random(f"{SEED}/page/404"))),
        ("index", page_index(C, random.Random(f"{SEED}/page/index"))),
    ]
    for kind, p in extra:
        n += 1
        p.trim()
        stem = f"{n:03d}_{kind}_{p.site}"
        manifest.append(
            finish(
                out,
                stem,
                p,
                "\n".join(p.lines),
                {},
                list(p.features),
                None,
                p.site,
                dict((s, nm) for s, nm, _ in SITES)[p.site],
                None,
            )
        )
    n += 1
    blank = Page("hespress", None)
    stem = f"{n:03d}_whitespace"
    manifest.append(
        finish(out, stem, blank, "  \n\n \t \n\n   \n", {}, ["whitespace-only file"], None, None, None, None)
    )
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(
            {
                "seed": SEED,
                "sites": [{"slug": s, "name": nm, "country": c} for s, nm, c in SITES],
                "dumps_per_site": 6,
                "articles_excluded_as_used_by_development_dumps": len(dev),
                "dumps": manifest,
            },
            fh,
            ensure_ascii=False,
            indent=1,
        )
        fh.write("\n")
    return n


def finish(out, stem, p: Page, text, spec, feats, a, slug, name, country) -> dict:
    encoding = spec.get("encoding", "utf-8")
    if spec.get("crlf"):
        text = text.replace("\n", "\r\n")
        feats.append("CRLF line endings")
    if spec.get("bom"):
        encoding = "utf-8-sig"
        feats.append("UTF-8 byte order mark")
    if encoding == "cp1256":
        feats.append("Windows-1256 encoding")
    if spec.get("note"):
        feats.append(spec["note"])
    data = text.encode(encoding)  # raises if the page does not fit the encoding
    write_bytes(os.path.join(out, "dumps", stem + ".txt"), data)
    gold = p.gold()
    with open(os.path.join(out, "gold", stem + ".json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    return {
        "dump": stem + ".txt",
        "site": slug,
        "site_name": name,
        "country": country,
        "article_id": a["id"] if a else None,
        "article_outlet": a["outlet"] if a else None,
        "encoding": encoding,
        "features": feats,
        "gold_blocks": len(gold["blocks"]),
        "gold_headings": sum(1 for b in gold["blocks"] if b["kind"] == "heading"),
        "gold_date": gold["date"],
    }


# ================================================================= self-check
def selfcheck(out: str) -> bool:
    score_path = os.path.join(out, "score.py")
    spec = importlib.util.spec_from_file_location("heldout_score", score_path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    gold_dir = os.path.join(out, "gold")
    sc_dir = os.path.join(out, "selfcheck")
    for name in sorted(os.listdir(gold_dir)):
        with open(os.path.join(gold_dir, name), encoding="utf-8") as fh:
            gold = json.load(fh)
        with open(os.path.join(sc_dir, name[:-5] + ".md"), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(mod.render_markdown(gold))
    res = subprocess.run(
        [sys.executable, score_path, gold_dir, sc_dir, "--json"], capture_output=True, text=True, check=True
    )
    total = json.loads(res.stdout)["total"]
    table = subprocess.run(
        [sys.executable, score_path, gold_dir, sc_dir], capture_output=True, text=True, check=True
    ).stdout
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
    print("\n".join(table.splitlines()[-10:]))
    if bad or total["missing_outputs"] or total["stray_controls"]:
        print("SELF-CHECK FAILED:", bad)
        return False
    print("self-check: 1.000 everywhere (%d files)" % total["files"])
    return True


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Build the held-out dumps, gold files and self-check.")
    ap.add_argument("out_dir")
    ap.add_argument("--corpus", default=DEFAULT_CORPUS)
    args = ap.parse_args(argv)
    out = os.path.abspath(args.out_dir)
    os.makedirs(out, exist_ok=True)
    shutil.copyfile(os.path.join(args.corpus, "score.py"), os.path.join(out, "score.py"))
    n = build(args.corpus, out)
    print(f"wrote {n} dumps to {out}")
    return 0 if selfcheck(out) else 1


if __name__ == "__main__":
    sys.exit(main())
