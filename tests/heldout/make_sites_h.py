#!/usr/bin/env python3
"""Eighth site family for the Warraq dump cleaner (set h).

    python3 tests/heldout/make_sites_h.py OUT_DIR [--corpus DIR]

writes OUT_DIR/dumps/*.txt (raw text dumps, as a scraper saves the visible
text of a news page), OUT_DIR/gold/*.json (what a perfect cleaner keeps, in
the format of shared/corpus/gold and score.py) and OUT_DIR/manifest.json.
The shared corpus is --corpus, else $WARRAQ_CORPUS, else ../shared/corpus
beside the repository.

Each dump wraps one real article of shared/corpus/articles/*.jsonl that no
development dump uses, in the page furniture of one of eight Arabic news
sites that the development set does not imitate:

    qabas      Al-Qabas (Kuwait)            alqabas.com
    sabq       Sabq (Saudi Arabia)          sabq.org
    khaleejon  Al-Khaleej Online (Gulf)     alkhaleejonline.net
    akhbar     Al-Akhbar (Lebanon)          al-akhbar.com
    shorouk    Al-Shorouk (Egypt)           shorouknews.com
    yaoum24    Alyaoum24 (Morocco)          alyaoum24.com
    sana       SANA (Syria)                 sana.sy
    ammon      Ammon News (Jordan)          ammonnews.net

48 articles, plus a 404 page, a section index and an empty file.  Written by
a helper who read neither the cleaner's code nor the other sets, as a
held-out set; first measured on 2026-11-27 (cleaner at 70f8468: body
P 0.942 R 0.978, titles 0.882, headings F1 0.719).

The furniture is written for this set from general knowledge of how such
pages look; it is not copied from the development catalogue.  Gold follows
the corpus conventions: title = the article's title, blocks = the article's
blocks with their kinds, date = the article's publication day only when the
page states it (not the crawl date in a masthead, not a relative time, not
the date of a comment or of a related story), outlet = the article's outlet.

Deterministic: fixed seed 8088, no dependence on hash order or the clock.
Standard library only (Python 3.11).
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

SEED = 8088
HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_CORPUS = os.environ.get("WARRAQ_CORPUS") or os.path.join(HERE, "..", "..", "..", "shared", "corpus")
CRAWL = dt.datetime(2025, 11, 4, 9, 12)  # when the "scraper" saved the pages

# ------------------------------------------------------------------ calendars
WD = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
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
M_HIJ = [
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
    """Tabular Islamic calendar (the 'Kuwaiti algorithm').  Used for page
    furniture only; a day off from Umm al-Qura does not matter."""
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


def east(s) -> str:
    return str(s).translate(EAST)


def h12(d: dt.datetime) -> tuple[int, str]:
    h = d.hour % 12 or 12
    return h, ("ص" if d.hour < 12 else "م")


def ampm(d: dt.datetime) -> str:
    h = d.hour % 12 or 12
    return f"{h:02d}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"


def parse_dt(s: str | None) -> dt.datetime | None:
    if not s:
        return None
    try:
        if len(s) == 10:
            return dt.datetime.strptime(s, "%Y-%m-%d")
        return dt.datetime.fromisoformat(s).replace(tzinfo=None)  # local time as published
    except ValueError:
        return None


def minutes_word(n: int) -> str:
    if n == 1:
        return "دقيقة واحدة"
    if n == 2:
        return "دقيقتان"
    if 3 <= n <= 10:
        return f"{n} دقائق"
    return f"{n} دقيقة"


def count_comments(n: int) -> str:
    if n == 1:
        return "تعليق واحد"
    if n == 2:
        return "تعليقان"
    if 3 <= n <= 10:
        return f"{n} تعليقات"
    return f"{n} تعليقاً"


def years_ago(y: int) -> str:
    if y <= 1:
        return "منذ عام"
    if y == 2:
        return "منذ عامين"
    if y <= 10:
        return f"منذ {y} أعوام"
    return f"منذ {y} عاماً"


RECENT = [
    "منذ 5 دقائق",
    "منذ 20 دقيقة",
    "منذ ساعة",
    "منذ ساعتين",
    "منذ 3 ساعات",
    "منذ 7 ساعات",
    "منذ 11 ساعة",
    "منذ يوم",
    "منذ يومين",
    "منذ 4 أيام",
]
RECENT_QABL = [
    "قبل 8 دقائق",
    "قبل 35 دقيقة",
    "قبل ساعة",
    "قبل ساعتين",
    "قبل 5 ساعات",
    "قبل 9 ساعات",
    "قبل يوم",
    "قبل 3 أيام",
    "قبل أسبوع",
]

# ------------------------------------------------------------------ shared bits
CAT_OF_ID = {
    "internationalNews": "intl",
    "middleEast": "arab",
    "economy": "econ",
    "sport": "sport",
    "technology": "tech",
    "culture": "culture",
    "society": "society",
    "localNews": "local",
    "politic": "politics",
    "diverse": "misc",
}

KEYWORDS = [
    "السعودية",
    "مصر",
    "سوريا",
    "لبنان",
    "الأردن",
    "العراق",
    "إيران",
    "تركيا",
    "روسيا",
    "الصين",
    "ترامب",
    "فرنسا",
    "بريطانيا",
    "تونس",
    "المغرب",
    "الجزائر",
    "قطر",
    "الإمارات",
    "الكويت",
    "اليمن",
    "فلسطين",
    "إسرائيل",
    "ألمانيا",
    "اليابان",
    "كرة القدم",
    "النفط",
    "الاقتصاد",
    "الصحة",
    "التعليم",
    "الرياض",
    "جدة",
    "كأس العالم",
    "الأمم المتحدة",
    "فيسبوك",
    "غوغل",
    "أوروبا",
    "الهند",
    "البرلمان",
    "الانتخابات",
    "السياحة",
    "الطاقة",
    "البنوك",
    "الشباب",
    "المرأة",
    "الإرهاب",
    "اللاجئين",
]

READER_NAMES = [
    "أبو فهد",
    "ريم",
    "Hamza",
    "سلطان العتيبي",
    "متابع",
    "أم خالد",
    "yousef88",
    "ناصر",
    "عبدالرحمن",
    "صوت الحق",
    "ابن البلد",
    "Lina",
    "مراقب",
    "حسام",
    "قارئ قديم",
]
READER_TEXTS = [
    "خبر مهم، شكراً للمتابعة.",
    "نرجو متابعة القصة ونشر ما يستجد.",
    "العنوان أكبر من المضمون بصراحة",
    "الله يصلح الحال",
    "وين الجهات الرقابية من كل هذا؟",
    "كل سنة نقرأ نفس الكلام",
    "معلومات مفيدة جزاكم الله خيراً",
    "أتفق مع ما ورد في التقرير جملة وتفصيلاً",
    "هل من مصدر رسمي يؤكد هذه الأرقام؟",
    "لا تعليق..",
    "برأيي المشكلة أعمق من ذلك بكثير، فالحلول الجزئية لم تعد تنفع، والمطلوب خطة واضحة بجدول زمني يحاسَب عليه المسؤول إذا تأخر.",
    "أعمل في هذا المجال منذ أكثر من عشر سنوات، وما ذكره المقال صحيح إلى حد بعيد، لكن التطبيق على الأرض شيء آخر تماماً.",
    "تغطية ممتازة كالعادة، وأتمنى أن تفتحوا ملف الأسعار أيضاً لأن المواطن البسيط هو من يدفع الثمن في النهاية.",
    "قرأت الخبر في أكثر من موقع وكل موقع يذكر رقماً مختلفاً، نرجو التدقيق قبل النشر حفاظاً على المصداقية.",
]


class Article:
    def __init__(self, raw: dict):
        self.raw = raw
        self.id = raw["id"]
        self.outlet = raw["outlet"]
        self.title = raw["title"]
        self.paras = raw["body"].split("\n\n")
        self.kinds = raw.get("block_kinds") or ["paragraph"] * len(self.paras)
        assert len(self.kinds) == len(self.paras), self.id
        self.date_s = raw.get("date")
        self.author = raw.get("author")
        self.tags = raw.get("tags") or []
        parts = self.id.split("-")
        self.cat = CAT_OF_ID.get(parts[1], "misc") if len(parts) >= 4 and parts[0].isupper() else "local"

    def has(self, kind: str) -> bool:
        return kind in self.kinds

    def keywords(self, n: int) -> list[str]:
        text = self.title + " " + " ".join(self.paras)
        found = [k for k in KEYWORDS if k in text]
        return found[:n]


class Page:
    """Accumulates the dump lines; article content also goes to gold."""

    def __init__(self, art: Article | None):
        self.art = art
        self.lines: list[str] = []
        self.blocks: list[dict] = []
        self.date: str | None = None

    def bp(self, *lines: str):
        for x in lines:
            self.lines.extend(x.split("\n"))

    def blank(self, n: int = 1):
        self.lines.extend([""] * n)

    def gap(self):
        """One blank line unless the last line already is one."""
        if self.lines and self.lines[-1] != "":
            self.lines.append("")

    def set_date(self, d: dt.datetime):
        self.date = d.date().isoformat()

    def body(
        self,
        sep: str = "blank",
        inserts: dict | None = None,
        first_prefix: str = "",
        last_suffix: str = "",
        indent: str = "",
    ):
        """Write the article blocks; sep 'blank' = an empty line between
        blocks, 'none' = single newlines.  inserts[i] = furniture lines put
        before block i; prefix/suffix = furniture glued to the first/last block."""
        inserts = inserts or {}
        a = self.art
        n = len(a.paras)
        for i, (text, kind) in enumerate(zip(a.paras, a.kinds)):
            if i in inserts:
                self.bp(*inserts[i])
                if sep == "blank":
                    self.blank()
            shown = text
            if i == 0 and first_prefix:
                shown = first_prefix + shown
            if i == n - 1 and last_suffix:
                shown = shown + last_suffix
            self.lines.append(indent + shown)
            self.blocks.append({"kind": kind, "text": text})
            if sep == "blank" and i < n - 1:
                self.blank()

    def text(self) -> str:
        lines = list(self.lines)
        while lines and lines[-1] == "":
            lines.pop()
        return "\n".join(lines)

    def gold(self) -> dict:
        a = self.art
        return {
            "title": a.title if a else None,
            "date": self.date,
            "outlet": a.outlet if a else None,
            "blocks": self.blocks,
        }


class Ctx:
    """Access to other articles for related lists, teasers and tickers."""

    def __init__(self, arts: dict[str, Article], rng: random.Random):
        self.arts = arts
        self.ids = sorted(arts)
        self.rng = rng

    def others(self, exclude: str | None, n: int) -> list[Article]:
        ids = [k for k in self.ids if k != exclude]
        return [self.arts[k] for k in self.rng.sample(ids, n)]

    def titles(self, exclude: str | None, n: int) -> list[str]:
        return [a.title for a in self.others(exclude, n)]

    @staticmethod
    def teaser(a: Article, limit: int, ell: str = "...") -> str:
        first = a.paras[0]
        if len(first) <= limit:
            return first
        return first[:limit].rsplit(" ", 1)[0] + ell


def reader_comments(rng: random.Random, n: int) -> list[tuple[str, str]]:
    names = rng.sample(READER_NAMES, n)
    texts = rng.sample(READER_TEXTS, n)
    return list(zip(names, texts))


def article_time(a: Article, rng: random.Random) -> dt.datetime | None:
    d = parse_dt(a.date_s)
    if d and len(a.date_s) == 10:
        d = d.replace(hour=rng.randint(7, 22), minute=rng.randint(0, 59))
    return d


def first_sentence(p: str) -> str:
    m = re.match(r"^(.{40,}?[.!؟?])(\s|$)", p)
    return m.group(1) if m else p


def reading_minutes(a: Article) -> int:
    words = sum(len(p.split()) for p in a.paras)
    return max(1, round(words / 180))


def pick_insert_point(a: Article, rng: random.Random, lo: int = 2) -> int | None:
    """An index between paragraphs (never right after a heading)."""
    cands = [i for i in range(lo, len(a.paras) - 1) if a.kinds[i - 1] == "paragraph" and a.kinds[i] == "paragraph"]
    return rng.choice(cands) if cands else None


# ================================================================== sites
# ------------------------------------------------------------------ Al-Qabas
QABAS_SEC = {
    "intl": "دولي",
    "arab": "عربي",
    "econ": "اقتصاد",
    "sport": "رياضة",
    "tech": "تكنولوجيا",
    "culture": "ثقافة وفنون",
    "society": "مجتمع",
    "local": "محليات",
    "politics": "سياسة",
    "misc": "منوعات",
}
QABAS_NAV = [
    "الكويت",
    "عربي",
    "دولي",
    "اقتصاد",
    "رياضة",
    "ثقافة وفنون",
    "آراء",
    "منوعات",
    "صحة",
    "تكنولوجيا",
    "فيديو",
    "بودكاست",
    "النسخة الورقية",
    "الأرشيف",
]
QABAS_CAPTIONS = [
    "صورة تعبيرية",
    "من الأرشيف",
    "لقطة عامة للموقع",
    "جانب من اللقاء",
    "المشاركون في الجلسة",
    "في موقع الحدث",
]
QABAS_CREDITS = ["(أ ف ب)", "(رويترز)", "(إ ب أ)", "(أسوشيتد برس)", "(القبس)"]


def site_qabas(p: Page, a: Article, rng: random.Random, o: dict, ctx: Ctx):
    d = article_time(a, rng) if o.get("date", True) else None
    sec = QABAS_SEC[a.cat]
    if o.get("page_title"):
        p.bp(a.title + (" | القبس" if o.get("suffix") else ""))
        p.blank()
    p.bp("القبس")
    hy, hm, hd = hijri(CRAWL.date())
    p.bp(f"{WD[CRAWL.weekday()]} {hd} {M_HIJ[hm - 1]} {hy} هـ | {CRAWL.day} {M_EG[CRAWL.month - 1]} {CRAWL.year} م")
    p.bp("اشترك", "تسجيل الدخول")
    p.blank()
    nav = ["الرئيسية"] + rng.sample(QABAS_NAV, rng.randint(8, 12))
    if o.get("nav_line"):
        p.bp("   ".join(nav))
    else:
        p.bp(*nav)
    p.blank()
    p.bp(sec)
    p.bp(a.title)
    if o.get("repeat_title"):
        p.blank()
        p.bp(a.title)
    p.blank()
    p.bp(a.author or rng.choice(["محرر الشؤون الدولية", "القبس الإلكتروني", "قسم التحرير"]))
    if d:
        h, ap = h12(d)
        p.bp(f"{d.day} {M_EG[d.month - 1]} {d.year}  {h}:{d.minute:02d} {ap}")
        p.set_date(d)
    p.bp(f"{reading_minutes(a)} د قراءة" if o.get("read_time") else "A-   A   A+")
    p.blank()
    cap = f"{rng.choice(QABAS_CAPTIONS)} {rng.choice(QABAS_CREDITS)}"
    prefix = ""
    if o.get("caption") == "glued":
        prefix = cap
    elif o.get("caption"):
        p.bp(cap)
        p.blank()
    if o.get("share_top"):
        p.bp("مشاركة:", "واتساب", "X", "فيسبوك", "لينكدإن", "نسخ الرابط")
        p.blank()
    inserts = {}
    if o.get("related_in"):
        k = pick_insert_point(a, rng)
        if k is not None:
            inserts[k] = ["موضوعات ذات علاقة"] + ["• " + t for t in ctx.titles(a.id, 2)]
    p.body(sep=o.get("sep", "blank"), inserts=inserts, first_prefix=prefix)
    p.blank()
    if o.get("tags"):
        tags = a.keywords(4) or [sec]
        p.bp("الكلمات المفتاحية")
        p.bp(*tags) if rng.random() < 0.5 else p.bp("  ".join(tags))
        p.blank()
    p.bp("واتساب   X   فيسبوك   تيليغرام   نسخ الرابط")
    p.blank()
    if o.get("most_read"):
        p.bp("الأكثر مشاهدة")
        for i, other in enumerate(ctx.others(a.id, o["most_read"]), 1):
            if o.get("teasers"):
                p.bp(f"{i:02d}", other.title, ctx.teaser(other, 110, "…"))
            else:
                p.bp(f"{i}", other.title)
        p.blank()
    if o.get("newsletter"):
        p.bp(
            "النشرة الصباحية", "أهم ما تنشره القبس يصلك إلى بريدك قبل الثامنة صباحاً", "البريد الإلكتروني", "اشترك الآن"
        )
        p.blank()
    if o.get("app"):
        p.bp("تطبيق القبس", "اقرأ الخبر لحظة حدوثه", "App Store", "Google Play", "AppGallery")
        p.blank()
    if o.get("cookie"):
        p.bp(
            "يستعين موقع القبس بملفات الارتباط لقياس الزيارات وتحسين ما نقدمه لك من محتوى. "
            "استمرارك في التصفح يعني موافقتك على سياسة الخصوصية.",
            "أوافق",
            "اعرف المزيد",
        )
        p.blank()
    foot = ["عن القبس", "أسرة التحرير", "الإعلان في القبس", "الاشتراكات", "الخصوصية", "تواصل معنا"]
    if o.get("big_footer"):
        p.bp(*rng.sample(QABAS_NAV, 9))
        p.blank()
        p.bp(*foot)
        p.bp("تابعونا", "Instagram", "X", "YouTube", "TikTok", "Snapchat")
    else:
        p.bp(" | ".join(foot))
    p.bp(f"© {CRAWL.year} دار القبس للصحافة والطباعة والنشر - الكويت")


# ------------------------------------------------------------------ Sabq
SABQ_SEC = {
    "intl": "العالم",
    "arab": "العالم",
    "econ": "مال وأعمال",
    "sport": "رياضة",
    "tech": "تقنية",
    "culture": "منوعات",
    "society": "المملكة",
    "local": "المملكة",
    "politics": "العالم",
    "misc": "منوعات",
}
SABQ_NAV = [
    "المملكة",
    "العالم",
    "مال وأعمال",
    "رياضة",
    "صحة",
    "تقنية",
    "منوعات",
    "مرئيات",
    "إنفوجرافيك",
    "سياحة",
    "ثقافة",
    "وظائف",
]
SABQ_CITIES = ["الرياض", "جدة", "الدمام", "مكة المكرمة", "المدينة المنورة", "أبها", "تبوك"]


def site_sabq(p: Page, a: Article, rng: random.Random, o: dict, ctx: Ctx):
    d = article_time(a, rng) if o.get("date", True) else None
    if o.get("page_title"):
        p.bp(a.title + (" - صحيفة سبق الإلكترونية" if o.get("suffix") else ""))
    p.bp("سبق")
    hy, hm, hd = hijri(CRAWL.date())
    p.bp(f"{WD[CRAWL.weekday()]} {hd} {M_HIJ[hm - 1]} {hy}هـ")
    p.blank()
    nav = ["الرئيسية"] + rng.sample(SABQ_NAV, rng.randint(7, 10))
    if o.get("nav_line"):
        p.bp("  ".join(nav))
    else:
        p.bp(*nav)
    p.blank()
    if o.get("breaking"):
        p.bp("عاجل")
        p.bp(ctx.titles(a.id, 1)[0])
        p.blank()
    p.bp(SABQ_SEC[a.cat])
    p.blank()
    p.bp(a.title)
    p.blank()
    if a.author:
        p.bp(a.author)
    else:
        p.bp(f"سبق - {rng.choice(SABQ_CITIES)}")
    if d:
        hy, hm, hd = hijri(d.date())
        if o.get("eastern"):
            p.bp(f"نُشر في {east(d.day)} {M_EG[d.month - 1]} {east(d.year)}م - {east(hd)} {M_HIJ[hm - 1]} {east(hy)}هـ")
        else:
            p.bp(f"نُشر في: {d.day:02d}/{d.month:02d}/{d.year} م الموافق {hd:02d}/{hm:02d}/{hy} هـ")
        p.set_date(d)
    else:
        p.bp(f"نُشر {years_ago(CRAWL.year - 2015)}")
    p.blank()
    p.bp("شارك")
    p.bp("X", "واتساب", "سناب شات", "تيليجرام", "نسخ الرابط") if o.get("share_lines") else p.bp(
        "X  واتساب  سناب شات  تيليجرام  نسخ الرابط"
    )
    p.blank()
    if o.get("caption"):
        p.bp(rng.choice(["صورة أرشيفية - سبق", "الصورة من المصدر", "تعبيرية"]))
        p.blank()
    inserts = {}
    if o.get("related_in"):
        k = pick_insert_point(a, rng)
        if k is not None:
            inserts[k] = ["اقرأ في سبق: " + ctx.titles(a.id, 1)[0]]
    p.body(sep=o.get("sep", "none"), inserts=inserts)
    p.blank()
    if o.get("hashtags"):
        tags = a.keywords(4) or ["السعودية"]
        p.bp(" ".join("#" + t.replace(" ", "_") for t in tags + ["سبق"]))
        p.blank()
    if o.get("related"):
        p.bp("أخبار قد تهمك")
        p.blank()
        for t in ctx.titles(a.id, o["related"]):
            p.bp(t, rng.choice(RECENT))
            p.blank()
    if o.get("comments"):
        n = o["comments"]
        p.bp(count_comments(n))
        p.blank()
        for name, txt in reader_comments(rng, n):
            when = years_ago(CRAWL.year - d.year) if d else rng.choice(RECENT_QABL)
            p.bp(name, when, txt, f"رد  ·  {rng.randint(0, 40)} إعجاب")
            p.blank()
        p.bp("أضف تعليقاً", "التعليقات المنشورة تعبّر عن آراء أصحابها ولا تمثل رأي الصحيفة")
        p.blank()
    if o.get("app"):
        p.bp("حمّل تطبيق سبق", "iOS", "Android")
        p.blank()
    p.bp("عن سبق", "هيئة التحرير", "أعلن معك", "الشروط والأحكام", "سياسة الخصوصية", "راسلنا")
    p.bp("صحيفة إلكترونية سعودية مرخّصة من وزارة الإعلام")
    p.bp(f"© {CRAWL.year} سبق. الحقوق كافة محفوظة")


# ------------------------------------------------------------------ Al-Khaleej Online
KO_SEC = {
    "intl": "سياسة",
    "arab": "سياسة",
    "econ": "اقتصاد",
    "sport": "رياضة",
    "tech": "تكنولوجيا",
    "culture": "ثقافة",
    "society": "مجتمع",
    "local": "مجتمع",
    "politics": "سياسة",
    "misc": "منوعات",
}
KO_NAV = [
    "سياسة",
    "اقتصاد",
    "رياضة",
    "مجتمع",
    "تكنولوجيا",
    "صحة",
    "ثقافة",
    "منوعات",
    "ترجمات",
    "تقارير",
    "إنفوغرافيك",
    "فيديو",
    "بودكاست",
    "الخليج 365",
]


def site_khaleejon(p: Page, a: Article, rng: random.Random, o: dict, ctx: Ctx):
    d = article_time(a, rng) if o.get("date", True) else None
    sec = KO_SEC[a.cat]
    if o.get("page_title"):
        p.bp(a.title + (" | الخليج أونلاين" if o.get("suffix") else ""))
        p.blank()
    p.bp("الخليج أونلاين")
    p.bp(*rng.sample(KO_NAV, rng.randint(8, 12)))
    p.bp("بحث")
    p.blank()
    if o.get("breaking"):
        p.bp("عاجل | " + ctx.titles(a.id, 1)[0])
        p.blank()
    p.bp(f"الرئيسية / {sec}")
    p.blank()
    p.bp(a.title)
    p.blank()
    if o.get("standfirst"):
        p.bp(first_sentence(a.paras[0]))
        p.blank()
    p.bp(a.author or "الخليج أونلاين - " + rng.choice(["متابعات", "وكالات", "ترجمة"]))
    if d:
        if o.get("date_fmt") == "slash":
            p.bp(f"تاريخ النشر: {WD[d.weekday()]}، {d.day:02d}/{d.month:02d}/{d.year}")
        else:
            p.bp(f"{d.day:02d}-{d.month:02d}-{d.year} الساعة {d.hour:02d}:{d.minute:02d} (بتوقيت مكة المكرمة)")
        p.set_date(d)
    p.bp(f"وقت القراءة: {minutes_word(reading_minutes(a))}")
    p.blank()
    if o.get("caption"):
        p.bp("مصدر الصورة: " + rng.choice(["رويترز", "أ ف ب", "وكالة الأناضول", "غيتي إيمجز"]))
        p.blank()
    inserts = {}
    for _ in range(o.get("related_in", 0)):
        k = pick_insert_point(a, rng, 2)
        if k is not None and k not in inserts:
            inserts[k] = ["طالع أيضاً: " + ctx.titles(a.id, 1)[0]]
    p.body(sep=o.get("sep", "blank"), inserts=inserts)
    p.blank()
    code = "".join(rng.choice("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    p.bp("رابط مختصر", f"https://khaleej.online/{code}", "نسخ")
    p.blank()
    p.bp("لمتابعة الأخبار لحظة بلحظة انضم إلى قناة «الخليج أونلاين» على واتساب")
    p.blank()
    if o.get("related"):
        p.bp("مواضيع قد تهمك")
        p.blank()
        for other in ctx.others(a.id, o["related"]):
            p.bp(KO_SEC[other.cat], other.title)
            if o.get("teasers"):
                p.bp(ctx.teaser(other, 140))
            p.blank()
    if o.get("latest"):
        p.bp("الأحدث")
        for t in ctx.titles(a.id, o["latest"]):
            p.bp(f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}", t)
        p.blank()
    if o.get("cookie"):
        p.bp("يعتمد موقعنا على الكوكيز لقياس الزيارات وتخصيص المحتوى. هل توافق على ذلك؟", "نعم", "إعدادات")
        p.blank()
    p.bp("عن الخليج أونلاين", "فريق العمل", "راسلنا", "الخصوصية", "الشروط")
    p.bp(f"© {CRAWL.year} الخليج أونلاين. كل الحقوق محفوظة")


# ------------------------------------------------------------------ Al-Akhbar (Lebanon)
AKH_SEC = {
    "intl": "العالم",
    "arab": "العرب",
    "econ": "اقتصاد",
    "sport": "رياضة",
    "tech": "علوم وتكنولوجيا",
    "culture": "ثقافة وناس",
    "society": "مجتمع",
    "local": "مجتمع",
    "politics": "سياسة",
    "misc": "منوعات",
}
AKH_NAV = [
    "سياسة",
    "لبنان",
    "فلسطين",
    "العرب",
    "العالم",
    "اقتصاد",
    "ثقافة وناس",
    "رياضة",
    "رأي",
    "كاريكاتور",
    "ملحق",
    "مجتمع",
]
AKH_WRITERS = [
    "رامي الخطيب",
    "هالة سليمان",
    "جورج عبد النور",
    "زينب حمود",
    "عمر نشابة",
    "ميسم رزق",
    "كارلا أبي نادر",
    "محمد الأمين",
]
AKH_FILES = ["العالم في أسبوع", "الحرب الاقتصادية", "ملف اليوم", "متابعات دولية"]


def site_akhbar(p: Page, a: Article, rng: random.Random, o: dict, ctx: Ctx):
    d = article_time(a, rng) if o.get("date", True) else None
    dg = east if o.get("eastern", True) else str
    if o.get("page_title"):
        p.bp(a.title + (" | الأخبار" if o.get("suffix") else ""))
        p.blank()
    p.bp("الأخبار")
    issue = 5400 + (CRAWL - dt.datetime(2025, 1, 1)).days
    p.bp(f"العدد {dg(issue)} · {WD[CRAWL.weekday()]} {dg(CRAWL.day)} {M_LEV[CRAWL.month - 1]} {dg(CRAWL.year)}")
    p.bp("اشتراك   دخول   بحث")
    p.blank()
    p.bp(" • ".join(rng.sample(AKH_NAV, rng.randint(8, 11))))
    p.blank()
    p.bp(AKH_SEC[a.cat])
    if o.get("file"):
        p.bp("من ملف: " + rng.choice(AKH_FILES))
    p.blank()
    p.bp(a.title)
    p.blank()
    if a.author:
        p.bp(a.author)
    else:
        p.bp(rng.choice(AKH_WRITERS))
    if d:
        p.bp(f"{WD[d.weekday()]} {dg(d.day)} {M_LEV[d.month - 1]} {dg(d.year)}")
        p.set_date(d)
    p.blank()
    p.bp("فيسبوك • تويتر • واتساب • تيليغرام • طباعة")
    p.blank()
    prefix = ""
    if o.get("caption"):
        cap = (
            rng.choice(["من الأرشيف", "تصوير", "صورة من التظاهرة", "خلال الجلسة"])
            + " ("
            + rng.choice(["هيثم علي", "مروان يونس", "أ ف ب", "رويترز", "سامر حسين"])
            + ")"
        )
        if o["caption"] == "glued":
            prefix = cap + " "
        else:
            p.bp(cap)
            p.blank()
    inserts = {}
    if o.get("related_in"):
        k = pick_insert_point(a, rng)
        if k is not None:
            inserts[k] = ["اقرأ أيضاً في «الأخبار»", ctx.titles(a.id, 1)[0]]
    p.body(sep=o.get("sep", "blank"), inserts=inserts, first_prefix=prefix)
    p.blank()
    if o.get("tags"):
        p.bp("وسوم")
        p.bp(*(a.keywords(4) or [AKH_SEC[a.cat]]))
        p.blank()
    p.bp("تابعوا «الأخبار» على يوتيوب وتيليغرام")
    p.blank()
    if o.get("same_issue"):
        p.bp("في العدد نفسه")
        p.blank()
        for t in ctx.titles(a.id, o["same_issue"]):
            p.bp(t, rng.choice(AKH_WRITERS))
            p.blank()
    if o.get("trending"):
        p.bp("الأكثر تداولاً")
        for i, t in enumerate(ctx.titles(a.id, o["trending"]), 1):
            p.bp(f"{dg(i)}. {t}")
        p.blank()
    p.bp("من نحن • اتصل بنا • الأرشيف • أعلن معنا • اشترك")
    p.bp(f"© {dg(CRAWL.year)} جريدة الأخبار، بيروت")


# ------------------------------------------------------------------ Al-Shorouk (Egypt)
SHR_NAV = [
    "أخبار مصر",
    "عرب وعالم",
    "اقتصاد",
    "رياضة",
    "حوادث",
    "فن",
    "ثقافة",
    "منوعات",
    "مقالات",
    "صحة",
    "تكنولوجيا",
    "فيديو",
    "انفوجراف",
    "محافظات",
]
SHR_BYLINE = ["كتب - أحمد عبد الحليم", "كتبت - منى ياسين", "أ ش أ", "وكالات", "كتب - محمد حسين", "أسماء سعد:"]


def site_shorouk(p: Page, a: Article, rng: random.Random, o: dict, ctx: Ctx):
    d = article_time(a, rng) if o.get("date", True) else None
    if o.get("page_title"):
        p.bp(a.title + (" - بوابة الشروق" if o.get("suffix") else ""))
        p.blank()
    p.bp("بوابة الشروق")
    p.bp(f"{WD[CRAWL.weekday()]}، {CRAWL.day} {M_EG[CRAWL.month - 1]} {CRAWL.year}")
    p.bp(" | ".join(rng.sample(SHR_NAV, rng.randint(8, 12))))
    p.blank()
    if o.get("ticker"):
        p.bp("أخبار عاجلة")
        p.bp(" ■ ".join(ctx.titles(a.id, 3)))
        p.blank()
    p.bp(a.title)
    if o.get("repeat_title"):
        p.bp(a.title)
    p.blank()
    p.bp(a.author or rng.choice(SHR_BYLINE))
    if d:
        h, ap = h12(d)
        line = f"نشر في: {WD[d.weekday()]} {d.day} {M_EG[d.month - 1]} {d.year} - {h}:{d.minute:02d} {ap}"
        if o.get("updated"):
            u = min(d + dt.timedelta(minutes=rng.randint(10, 300)), d.replace(hour=23, minute=59))
            hu, apu = h12(u)
            line += f" | آخر تحديث: {WD[u.weekday()]} {u.day} {M_EG[u.month - 1]} {u.year} - {hu}:{u.minute:02d} {apu}"
        p.bp(line)
        p.set_date(d)
    p.blank()
    p.bp("تكبير الخط  تصغير الخط  طباعة")
    p.blank()
    prefix = ""
    if o.get("caption"):
        cap = rng.choice(["أرشيفية", "صورة أرشيفية للموقع", "تصوير: إيهاب طلعت", "من الفعالية"])
        if o["caption"] == "glued":
            prefix = cap
        else:
            p.bp(cap)
            p.blank()
    inserts = {}
    if o.get("related_in"):
        k = pick_insert_point(a, rng)
        if k is not None:
            inserts[k] = ["اقرأ كذلك"] + ["- " + t for t in ctx.titles(a.id, 2)]
    p.body(sep=o.get("sep", "blank"), inserts=inserts, first_prefix=prefix)
    p.blank()
    p.bp("تابعوا آخر أخبار بوابة الشروق عبر Google News")
    p.blank()
    if o.get("related"):
        p.bp("أخبار متعلقة")
        for other in ctx.others(a.id, o["related"]):
            p.bp(other.title)
            od = parse_dt(other.date_s)
            if d and od:
                p.bp(f"{WD[od.weekday()]} {od.day} {M_EG[od.month - 1]} {od.year}")
        p.blank()
    if o.get("fb_comments"):
        p.bp(
            "تعليقات فيسبوك",
            "0 تعليقات",
            "ترتيب حسب",
            "الأقدم",
            "إضافة تعليق...",
            "المكوّن الإضافي للتعليقات على فيسبوك",
        )
        p.blank()
    if o.get("most_read"):
        p.bp("الأكثر قراءة اليوم")
        for i, t in enumerate(ctx.titles(a.id, o["most_read"]), 1):
            p.bp(f"{i} {t}")
        p.blank()
    p.bp("من نحن | اتصل بنا | سياسة الخصوصية | الأرشيف | إعلانات")
    p.bp(f"© حقوق النشر محفوظة لبوابة الشروق {CRAWL.year}")


# ------------------------------------------------------------------ Alyaoum24 (Morocco)
Y24_SEC = {
    "intl": "دولي",
    "arab": "دولي",
    "econ": "اقتصاد",
    "sport": "رياضة",
    "tech": "تكنولوجيا",
    "culture": "فن وثقافة",
    "society": "مجتمع",
    "local": "مجتمع",
    "politics": "سياسة",
    "misc": "منوعات",
}
Y24_NAV = [
    "سياسة",
    "مجتمع",
    "اقتصاد",
    "دولي",
    "رياضة",
    "فن وثقافة",
    "رأي",
    "فيديو",
    "منوعات",
    "صحة",
    "حوارات",
    "الأخيرة",
]
Y24_AUTHORS = ["اليوم 24", "ياسين الصالحي", "سناء الإدريسي", "هيئة التحرير", "عادل بنحمو"]


def site_yaoum24(p: Page, a: Article, rng: random.Random, o: dict, ctx: Ctx):
    d = article_time(a, rng) if o.get("date", True) else None
    ncom = o.get("comments", 0)
    if o.get("page_title"):
        p.bp(a.title + (" - اليوم 24" if o.get("suffix") else ""))
        p.blank()
    p.bp("اليوم 24")
    p.bp(f"{WD[CRAWL.weekday()]} {CRAWL.day:02d} {M_MA[CRAWL.month - 1]} {CRAWL.year}")
    p.bp(" ".join(["الرئيسية"] + rng.sample(Y24_NAV, rng.randint(7, 10))))
    p.blank()
    p.bp(Y24_SEC[a.cat])
    p.bp(a.title)
    if o.get("repeat_title"):
        p.blank()
        p.bp(a.title)
    p.blank()
    p.bp(rng.choice(Y24_AUTHORS))
    if d:
        if o.get("date_fmt") == "num":
            p.bp(f"{d.day:02d}/{d.month:02d}/{d.year} - {d.hour:02d}:{d.minute:02d}")
        else:
            p.bp(f"{d.day:02d} {M_MA[d.month - 1]} {d.year} - {d.hour:02d}:{d.minute:02d}")
        p.set_date(d)
    else:
        p.bp(years_ago(CRAWL.year - 2017))
    p.bp("تعليقات (0)" if not ncom else f"تعليقات ({ncom})")
    p.blank()
    p.bp("شارك", "Facebook", "X", "WhatsApp")
    p.blank()
    tags = a.keywords(3) or [Y24_SEC[a.cat]]
    suffix = ""
    if o.get("tags") == "glued":
        suffix = "كلمات دلالية: " + "، ".join(tags)
    p.body(sep=o.get("sep", "blank"), last_suffix=suffix)
    p.blank()
    if o.get("tags") == "line":
        p.bp("كلمات دلالية: " + "، ".join(tags))
        p.blank()
    if o.get("similar"):
        p.bp("مواضيع مشابهة")
        p.blank()
        for other in ctx.others(a.id, o["similar"]):
            p.bp(other.title)
            if o.get("teasers"):
                p.bp(ctx.teaser(other, 130, " [...]"))
            p.blank()
    if ncom:
        p.bp(count_comments(ncom))
        p.blank()
        for name, txt in reader_comments(rng, ncom):
            p.bp(f"{name} يقول:", years_ago(CRAWL.year - (d.year if d else 2017)), txt, "رد")
            p.blank()
    p.bp(
        "أضف تعليقك",
        "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *",
        "التعليق",
        "الاسم *",
        "البريد الإلكتروني *",
        "إرسال التعليق",
    )
    p.blank()
    if o.get("latest"):
        p.bp("الأخبار الأخيرة")
        for t in ctx.titles(a.id, o["latest"]):
            p.bp(t)
        p.blank()
    if o.get("cookie"):
        p.bp("Ce site utilise des cookies pour vous offrir la meilleure expérience de navigation.", "J'accepte")
        p.blank()
    p.bp("من نحن", "هيئة التحرير", "اتصل بنا", "الإعلانات")
    p.bp(f"© {CRAWL.year} اليوم 24 - موقع إخباري مغربي")


# ------------------------------------------------------------------ SANA (Syria)
SANA_SEC = {
    "intl": "عربي ودولي",
    "arab": "عربي ودولي",
    "econ": "اقتصاد",
    "sport": "رياضة",
    "tech": "علوم وتكنولوجيا",
    "culture": "ثقافة",
    "society": "مجتمع",
    "local": "محلي",
    "politics": "سياسة",
    "misc": "منوعات",
}
SANA_NAV = [
    "سياسة",
    "محلي",
    "اقتصاد",
    "ثقافة",
    "رياضة",
    "علوم وتكنولوجيا",
    "صحة",
    "منوعات",
    "صور",
    "فيديو",
    "مقالات",
    "إنفوغرافيك",
    "تحقيقات",
]
SANA_DATELINES = {
    "intl": ["عواصم-سانا", "موسكو-سانا", "باريس-سانا", "واشنطن-سانا"],
    "arab": ["عواصم-سانا", "بيروت-سانا", "القدس المحتلة-سانا"],
    "econ": ["عواصم-سانا"],
    "sport": ["عواصم-سانا"],
    "tech": ["عواصم-سانا", "لندن-سانا"],
    "culture": ["دمشق-سانا"],
    "society": ["دمشق-سانا"],
    "local": ["دمشق-سانا"],
    "politics": ["عواصم-سانا"],
    "misc": ["عواصم-سانا"],
}
SANA_STAFF = ["رشا محمود", "سامر الأحمد", "لينا عيسى", "حسام الخطيب", "ديما علي"]


def site_sana(p: Page, a: Article, rng: random.Random, o: dict, ctx: Ctx):
    d = article_time(a, rng) if o.get("date", True) else None
    sec = SANA_SEC[a.cat]
    if o.get("page_title"):
        p.bp(a.title + (" – سانا" if o.get("suffix") else ""))
        p.blank()
    p.bp("الوكالة العربية السورية للأنباء", "SANA")
    if o.get("langs", True):
        p.bp("English | Français | Español | Deutsch | Русский | Türkçe | فارسی | 中文")
    p.bp(f"{WD[CRAWL.weekday()]}, {CRAWL.day} {M_LEV[CRAWL.month - 1]} {CRAWL.year}")
    p.blank()
    p.bp(*(["الرئيسية"] + rng.sample(SANA_NAV, rng.randint(8, 11))))
    p.blank()
    p.bp(f"الرئيسية » {sec}")
    p.blank()
    p.bp(a.title)
    if d:
        if o.get("date_fmt") == "iso":
            p.bp(f"{d.year}-{d.month:02d}-{d.day:02d} {d.hour:02d}:{d.minute:02d}")
        else:
            p.bp(f"{d.day} {M_LEV[d.month - 1]}، {d.year}")
        p.set_date(d)
    p.blank()
    if o.get("caption"):
        p.bp(rng.choice(["من أرشيف سانا", "من الفعالية", "خلال اللقاء"]))
        p.blank()
    p.bp(rng.choice(SANA_DATELINES[a.cat]))
    if o.get("sep", "blank") == "blank":
        p.blank()
    inserts = {}
    if o.get("related_in"):
        k = pick_insert_point(a, rng)
        if k is not None:
            inserts[k] = ["تابع: " + ctx.titles(a.id, 1)[0]]
    p.body(sep=o.get("sep", "blank"), inserts=inserts)
    p.blank()
    if o.get("credits"):
        p.bp(f"تحرير: {rng.choice(SANA_STAFF)}")
        p.blank()
    p.bp("لمتابعة أخبار سانا أولاً بأول انضموا إلى قناتنا على تلغرام عبر الرابط:", "https://t.me/sana_news_ar")
    p.blank()
    if o.get("related"):
        p.bp("مقالات متعلقة")
        p.blank()
        for t in ctx.titles(a.id, o["related"]):
            p.bp(t)
        p.blank()
    if o.get("most_visited"):
        p.bp("الأكثر زيارة")
        for t in ctx.titles(a.id, o["most_visited"]):
            p.bp("› " + t)
        p.blank()
    p.bp(f"© {CRAWL.year} سانا – الوكالة العربية السورية للأنباء")


# ------------------------------------------------------------------ Ammon News (Jordan)
AMMON_SEC = {
    "intl": "عربي دولي",
    "arab": "عربي دولي",
    "econ": "اقتصاد",
    "sport": "رياضة",
    "tech": "تكنولوجيا",
    "culture": "ثقافة وفن",
    "society": "مجتمع",
    "local": "محليات",
    "politics": "عربي دولي",
    "misc": "منوعات",
}
AMMON_NAV = [
    "محليات",
    "برلمانيات",
    "عربي دولي",
    "اقتصاد",
    "رياضة",
    "جامعات",
    "مقالات",
    "فيديو",
    "وفيات",
    "مناسبات",
    "ثقافة وفن",
    "أخبار الشركات",
]


def site_ammon(p: Page, a: Article, rng: random.Random, o: dict, ctx: Ctx):
    d = article_time(a, rng) if o.get("date", True) else None
    sec = AMMON_SEC[a.cat]
    if o.get("page_title"):
        p.bp(a.title + (" - وكالة عمون الاخبارية" if o.get("suffix") else ""))
        p.blank()
    p.bp("وكالة عمون الاخبارية", "Ammon News")
    p.bp(f"{WD[CRAWL.weekday()]} {CRAWL.day:02d}-{CRAWL.month:02d}-{CRAWL.year}")
    p.bp("عمان 17°")
    p.blank()
    p.bp(" | ".join(rng.sample(AMMON_NAV, rng.randint(8, 11))))
    p.blank()
    p.bp(f"الرئيسية > {sec}")
    p.blank()
    p.bp(a.title)
    if o.get("repeat_title"):
        p.bp(a.title)
    p.blank()
    if d:
        p.bp(f"تاريخ النشر : {d.day:02d}-{d.month:02d}-{d.year} {ampm(d)}")
        p.set_date(d)
    p.bp(f"مشاهدة : {rng.randint(900, 48000):,}")
    p.blank()
    if o.get("caption"):
        p.bp("تعبيرية")
        p.blank()
    inserts = {}
    if o.get("related_in"):
        k = pick_insert_point(a, rng)
        if k is not None:
            inserts[k] = ["اقرأ أيضاً :", ctx.titles(a.id, 1)[0]]
    p.body(sep=o.get("sep", "blank"), inserts=inserts)
    p.blank()
    p.bp("طباعة  |  أرسل لصديق  |  فيسبوك  |  تويتر  |  واتساب")
    p.blank()
    if o.get("more_in_sec"):
        p.bp(f"المزيد من {sec}")
        for t in ctx.titles(a.id, o["more_in_sec"]):
            p.bp(t)
        p.blank()
    n = o.get("comments", 0)
    if n:
        p.bp("تعليقات القراء")
        p.bp("تنويه: تحتفظ «عمون» بحق حذف أي تعليق مسيء أو خارج عن موضوع الخبر، والتعليقات تعبّر عن آراء كاتبيها فقط.")
        p.blank()
        for i, (name, txt) in enumerate(reader_comments(rng, n), 1):
            if d:
                c = d + dt.timedelta(minutes=rng.randint(20, 1500))
                when = f"{c.day:02d}-{c.month:02d}-{c.year} {ampm(c)}"
            else:
                when = rng.choice(RECENT)
            p.bp(f"{i}) تعليق بواسطة : {name}", when, txt)
            p.blank()
    p.bp("اضف تعليق", "الاسم : *", "البريد الالكتروني :", "التعليق : *", "حقل مطلوب", "اضافة تعليق")
    p.blank()
    if o.get("most_read"):
        p.bp("الأكثر قراءة خلال 24 ساعة")
        for t in ctx.titles(a.id, o["most_read"]):
            p.bp(t)
        p.blank()
    p.bp("من نحن | اعلن لدينا | اتصل بنا | سياسة الخصوصية")
    p.bp(f"© {CRAWL.year} عمون. يسمح بالاقتباس مع ذكر المصدر")
    p.bp("Designed & Developed by Ammon Tech Team")


SITES = {
    "qabas": (site_qabas, "Al-Qabas (Kuwait)"),
    "sabq": (site_sabq, "Sabq (Saudi Arabia)"),
    "khaleejon": (site_khaleejon, "Al-Khaleej Online"),
    "akhbar": (site_akhbar, "Al-Akhbar (Lebanon)"),
    "shorouk": (site_shorouk, "Al-Shorouk (Egypt)"),
    "yaoum24": (site_yaoum24, "Alyaoum24 (Morocco)"),
    "sana": (site_sana, "SANA (Syria)"),
    "ammon": (site_ammon, "Ammon News (Jordan)"),
}


# ------------------------------------------------------------------ pages without an article
def page_404(ctx: Ctx, rng: random.Random) -> Page:
    """Sabq-like 404 page."""
    p = Page(None)
    p.bp("الصفحة غير موجودة - صحيفة سبق الإلكترونية")
    p.blank()
    p.bp("سبق")
    p.bp("  ".join(["الرئيسية"] + rng.sample(SABQ_NAV, 8)))
    p.blank()
    p.bp(
        "404",
        "عفواً، لم نعثر على الصفحة المطلوبة",
        "ربما حُذف الرابط أو نُقل إلى عنوان آخر، تأكد من كتابته بشكل صحيح.",
        "ابحث في سبق",
        "العودة إلى الرئيسية",
    )
    p.blank()
    p.bp("أخبار قد تهمك")
    p.blank()
    for t in ctx.titles(None, 6):
        p.bp(t, rng.choice(RECENT))
        p.blank()
    p.bp("عن سبق", "هيئة التحرير", "الشروط والأحكام", "سياسة الخصوصية", "راسلنا")
    p.bp(f"© {CRAWL.year} سبق. الحقوق كافة محفوظة")
    return p


def page_index(ctx: Ctx, rng: random.Random) -> Page:
    """Al-Qabas-like section index: headlines, teasers, times; no article."""
    p = Page(None)
    p.bp("اقتصاد | القبس")
    p.blank()
    p.bp("القبس")
    p.bp("   ".join(["الرئيسية"] + rng.sample(QABAS_NAV, 10)))
    p.blank()
    p.bp("اقتصاد")
    p.bp("أسواق   بنوك   نفط وطاقة   عقار   شركات")
    p.blank()
    pool = sorted(k for k, a in ctx.arts.items() if a.cat == "econ" or a.outlet == "aleqtisadiya")
    for k in rng.sample(pool, 9):
        a = ctx.arts[k]
        p.bp(a.title)
        p.bp(ctx.teaser(a, 150, "…"))
        d = parse_dt(a.date_s)
        p.bp(f"{d.day} {M_EG[d.month - 1]} {d.year}" if d else rng.choice(RECENT))
        p.blank()
    p.bp("1   2   3   4   5   …   التالي")
    p.blank()
    p.bp("عن القبس | أسرة التحرير | الإعلان في القبس | الاشتراكات | الخصوصية | تواصل معنا")
    p.bp(f"© {CRAWL.year} دار القبس للصحافة والطباعة والنشر - الكويت")
    return p


# ------------------------------------------------------------------ plan
# pools: which articles a site may carry (its regional beat)
POOLS = {
    "qabas": ["aawsat", "aleqtisadiya", "alarabiya", "skynewsarabia", "alyaum"],
    "sabq": ["okaz", "aljazirah", "alriyadh", "alyaum", "alwatan", "almadina", "alweeam", "3alyoum"],
    "khaleejon": ["alarabiya", "skynewsarabia", "cnnarabic", "aleqtisadiya", "aawsat"],
    "akhbar": ["bbcarabic", "france24ar", "skynewsarabia"],
    "shorouk": ["cnnarabic", "bbcarabic", "skynewsarabia", "alarabiya"],
    "yaoum24": ["jawharafm"],
    "sana": ["france24ar", "skynewsarabia", "bbcarabic"],
    "ammon": ["bbcarabic", "cnnarabic", "france24ar", "alarabiya"],
}
# articles whose text still carries a residue line inside the body: never used
EXCLUDE = {"aljazirah-e93e5baac0", "aljazirah-d2381058a6"}

# each entry: site, article (id=..., or need=dated/undated/head), options, file tweaks
PLAN = [
    # ---- Al-Qabas
    dict(
        site="qabas",
        need="dated",
        opt=dict(page_title=True, suffix=True, caption=True, related_in=True, tags=True, most_read=6, big_footer=True),
    ),
    dict(
        site="qabas",
        id="AL-technology-185-20180429",
        opt=dict(nav_line=True, share_top=True, newsletter=True, read_time=True),
        wrap=80,
    ),
    dict(
        site="qabas",
        need="head",
        opt=dict(page_title=True, repeat_title=True, caption="glued", most_read=5, teasers=True, app=True),
        crlf=True,
    ),
    dict(site="qabas", id="okaz-45a841d0ab", opt=dict(tags=True, sep="none", cookie=True, most_read=4)),
    dict(site="qabas", need="undated", opt=dict(related_in=True, most_read=7, teasers=True, nav_line=True)),
    dict(
        site="qabas",
        need="dated",
        opt=dict(page_title=True, suffix=True, newsletter=True, big_footer=True, caption=True),
        wrap=100,
    ),
    # ---- Sabq
    dict(
        site="sabq",
        need="dated",
        opt=dict(page_title=True, suffix=True, breaking=True, related=4, comments=3, share_lines=True),
    ),
    dict(site="sabq", id="alwatan-36e51343dc", opt=dict(nav_line=True, hashtags=True, related=3, app=True)),
    dict(
        site="sabq",
        id="AL-culture-202-20180328",
        opt=dict(hashtags=True, eastern=True, comments=2, sep="blank"),
        note="body paragraphs carry #hashtags; a boilerplate hashtag line too",
    ),
    dict(site="sabq", need="undated", opt=dict(caption=True, related_in=True, related=5, comments=4), crlf=True),
    dict(site="sabq", need="head", opt=dict(page_title=True, sep="blank", breaking=True, app=True), wrap=76),
    dict(site="sabq", need="dated", opt=dict(eastern=True, nav_line=True, related=3, comments=1), controls=True),
    # ---- Al-Khaleej Online
    dict(
        site="khaleejon",
        id="AL-technology-24-20180204",
        opt=dict(page_title=True, suffix=True, related=4, latest=5, cookie=True),
    ),
    dict(
        site="khaleejon", need="dated", opt=dict(standfirst=True, related_in=2, related=3, teasers=True, breaking=True)
    ),
    dict(
        site="khaleejon",
        need="head",
        opt=dict(page_title=True, caption=True, related_in=1, latest=6, date_fmt="slash"),
        crlf=True,
    ),
    dict(site="khaleejon", need="undated", opt=dict(standfirst=True, related=4, sep="none")),
    dict(site="khaleejon", need="dated", opt=dict(page_title=True, suffix=True, related_in=1, latest=4), wrap=72),
    dict(site="khaleejon", need="dated", opt=dict(caption=True, related=5, teasers=True, cookie=True), bom=True),
    # ---- Al-Akhbar
    dict(
        site="akhbar",
        id="BB-internationalNews-1016-20180831",
        opt=dict(file=True, caption=True, tags=True, same_issue=4),
    ),
    dict(
        site="akhbar", need="head", opt=dict(page_title=True, suffix=True, related_in=True, trending=5, eastern=False)
    ),
    dict(site="akhbar", need="dated", opt=dict(caption="glued", same_issue=3, trending=5), wrap=80),
    dict(site="akhbar", need="dated", opt=dict(date=False, file=True, related_in=True, tags=True, trending=4)),
    dict(site="akhbar", need="head", opt=dict(page_title=True, caption=True, sep="none", same_issue=5), crlf=True),
    dict(site="akhbar", need="dated", opt=dict(eastern=False, related_in=True, tags=True, trending=6), controls=True),
    # ---- Al-Shorouk
    dict(
        site="shorouk",
        need="dated",
        opt=dict(page_title=True, suffix=True, ticker=True, updated=True, related=4, fb_comments=True, most_read=5),
    ),
    dict(site="shorouk", need="head", opt=dict(repeat_title=True, caption=True, related_in=True, related=3)),
    dict(site="shorouk", need="dated", opt=dict(caption="glued", updated=True, most_read=6), wrap=76),
    dict(site="shorouk", need="dated", opt=dict(page_title=True, sep="none", related=5, fb_comments=True), crlf=True),
    dict(site="shorouk", need="head", opt=dict(ticker=True, updated=True, related_in=True, most_read=4)),
    dict(site="shorouk", need="dated", opt=dict(date=False, page_title=True, suffix=True, related=3, most_read=5)),
    # ---- Alyaoum24
    dict(
        site="yaoum24",
        id="JA-sport-1197-20170515",
        opt=dict(page_title=True, suffix=True, similar=4, teasers=True, comments=2),
    ),
    dict(site="yaoum24", need="head", opt=dict(tags="line", similar=3, latest=6, cookie=True)),
    dict(site="yaoum24", need="dated", opt=dict(repeat_title=True, tags="glued", date_fmt="num", comments=3), wrap=80),
    dict(site="yaoum24", need="dated", opt=dict(page_title=True, sep="none", similar=5, teasers=True), crlf=True),
    dict(site="yaoum24", need="dated", opt=dict(date=False, tags="line", comments=4, latest=5)),
    dict(site="yaoum24", need="dated", opt=dict(page_title=True, tags="glued", similar=4, cookie=True), bom=True),
    # ---- SANA
    dict(
        site="sana",
        need="dated",
        opt=dict(page_title=True, suffix=True, caption=True, credits=True, related=4, most_visited=5),
    ),
    dict(site="sana", need="head", opt=dict(date_fmt="iso", related_in=True, related=5)),
    dict(site="sana", need="dated", opt=dict(credits=True, most_visited=6), wrap=72),
    dict(site="sana", need="head", opt=dict(page_title=True, caption=True, related=3, langs=False), crlf=True),
    dict(site="sana", need="dated", opt=dict(date_fmt="iso", sep="none", related_in=True, most_visited=4)),
    dict(site="sana", need="dated", opt=dict(date=False, page_title=True, credits=True, related=4)),
    # ---- Ammon
    dict(site="ammon", id="AL-economy-535-20180508", opt=dict(page_title=True, suffix=True, comments=3, most_read=5)),
    dict(site="ammon", need="head", opt=dict(repeat_title=True, related_in=True, more_in_sec=5)),
    dict(site="ammon", need="dated", opt=dict(caption=True, comments=2, most_read=6), wrap=100),
    dict(
        site="ammon", need="dated", opt=dict(page_title=True, sep="none", more_in_sec=4, comments=4), encoding="cp1256"
    ),
    dict(site="ammon", need="dated", opt=dict(date=False, related_in=True, comments=2, most_read=5), crlf=True),
    dict(site="ammon", need="head", opt=dict(page_title=True, suffix=True, more_in_sec=6, comments=1)),
    # ---- pages without an article
    dict(site="404"),
    dict(site="index"),
    dict(site="empty"),
]

CONTROLS = ["\u200f", "\u200e", "\u200b", "\u202b", "\u202c"]


def insert_controls(text: str, rng: random.Random) -> str:
    """Direction marks and zero-width spaces as they survive in copied RTL text."""
    out = []
    for line in text.split("\n"):
        if line.strip() and rng.random() < 0.5:
            chars = list(line)
            for _ in range(rng.randint(1, 2)):
                chars.insert(rng.randint(0, len(chars)), rng.choice(CONTROLS))
            line = "".join(chars)
        out.append(line)
    return "\n".join(out)


def hard_wrap(text: str, width: int) -> str:
    """Wrap every line at `width` characters on spaces, as a text-mode
    browser dump does; continuation lines keep the line's indentation."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
            continue
        indent = line[: len(line) - len(line.lstrip())]
        cur = ""
        for w in line.split():
            if cur and len(indent) + len(cur) + 1 + len(w) > width:
                out.append(indent + cur)
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(indent + cur)
    return "\n".join(out)


def load_articles(corpus: str) -> dict[str, Article]:
    arts = {}
    for path in sorted(glob.glob(os.path.join(corpus, "articles", "*.jsonl"))):
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    a = Article(json.loads(line))
                    arts[a.id] = a
    return arts


def dev_used(corpus: str) -> set[str]:
    with open(os.path.join(corpus, "manifest.json"), encoding="utf-8") as fh:
        man = json.load(fh)
    return {d["article_id"] for d in man["dumps"] if d.get("article_id")}


def choose(arts, free: list[str], spec: dict, rng: random.Random) -> str:
    if "id" in spec:
        assert spec["id"] in free, spec["id"]
        return spec["id"]
    outlets = POOLS[spec["site"]]
    need = spec.get("need")
    cands = []
    for k in free:
        a = arts[k]
        if a.outlet not in outlets or k in EXCLUDE:
            continue
        if need == "dated" and not a.date_s:
            continue
        if need == "undated" and a.date_s:
            continue
        if need == "head" and not a.has("heading"):
            continue
        if len(a.paras) > 24:  # keep dumps to a readable size
            continue
        if a.kinds[0] != "paragraph":  # a lone short line first reads like a caption
            continue
        if spec["site"] == "sana" and re.search(r"\(CNN\)|^[^ ]+ ?[-–] ", a.paras[0][:60]):
            continue  # SANA prints its own dateline line
        if spec.get("encoding") == "cp1256":
            try:
                (a.title + "\n".join(a.paras)).encode("cp1256")
            except UnicodeEncodeError:
                continue
        cands.append(k)
    assert cands, spec
    return rng.choice(cands)


def build(out: str, corpus: str) -> list[dict]:
    rng = random.Random(SEED)
    arts = load_articles(corpus)
    used_dev = dev_used(corpus)
    free = sorted(k for k in arts if k not in used_dev)
    fixed = {s["id"] for s in PLAN if "id" in s}
    ctx = Ctx(arts, rng)
    dumps_dir, gold_dir = os.path.join(out, "dumps"), os.path.join(out, "gold")
    for folder in (dumps_dir, gold_dir):
        os.makedirs(folder, exist_ok=True)
        for name in sorted(os.listdir(folder)):  # files of an earlier run
            if re.match(r"^\d{3}_.*\.(txt|json)$", name):
                os.remove(os.path.join(folder, name))
    taken: set[str] = set()
    manifest = []
    for n, spec in enumerate(PLAN, start=1):
        site = spec["site"]
        # a hard-wrapped page keeps paragraphs apart with blank lines, or no
        # reader could tell where one ends
        assert not (spec.get("wrap") and spec.get("opt", {}).get("sep") == "none"), spec
        art = None
        features: list[str] = []
        if site in SITES:
            pool = [k for k in free if k not in taken and (k not in fixed or k == spec.get("id"))]
            art_id = choose(arts, pool, spec, rng)
            taken.add(art_id)
            art = arts[art_id]
            page = Page(art)
            SITES[site][0](page, art, rng, spec.get("opt", {}), ctx)
        elif site == "404":
            page = page_404(ctx, rng)
            features.append("all-boilerplate 404 page (Sabq-like)")
        elif site == "index":
            page = page_index(ctx, rng)
            features.append("all-boilerplate section index (Al-Qabas-like)")
        else:
            page = Page(None)
            features.append("empty file")
        text = page.text()
        if spec.get("controls"):
            text = insert_controls(text, rng)
            features.append("direction and zero-width marks")
        if spec.get("wrap"):
            text = hard_wrap(text, spec["wrap"])
            features.append(f"hard-wrapped at {spec['wrap']} columns")
        if spec.get("crlf"):
            text = text.replace("\n", "\r\n")
            features.append("CRLF line endings")
        encoding = spec.get("encoding", "utf-8")
        if spec.get("bom"):
            encoding = "utf-8-sig"
            features.append("UTF-8 byte order mark")
        if encoding == "cp1256":
            features.append("Windows-1256 encoding")
        slug = art.outlet if art else site
        stem = f"{n:03d}_{site}_{slug}"
        with open(os.path.join(dumps_dir, stem + ".txt"), "wb") as fh:
            fh.write(text.encode(encoding) if text else b"")
        with open(os.path.join(gold_dir, stem + ".json"), "w", encoding="utf-8", newline="\n") as fh:
            json.dump(page.gold(), fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        opts = spec.get("opt", {})
        manifest.append(
            {
                "dump": stem + ".txt",
                "style": site,
                "site": SITES[site][1] if site in SITES else None,
                "article_id": art.id if art else None,
                "article_outlet": art.outlet if art else None,
                "encoding": encoding,
                "features": features
                + sorted(k if v is True else f"{k}={v}" for k, v in opts.items())
                + ([spec["note"]] if spec.get("note") else []),
                "gold_blocks": len(page.blocks),
                "gold_date": page.date,
            }
        )
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(
            {"seed": SEED, "crawl_date": CRAWL.date().isoformat(), "dumps": manifest}, fh, ensure_ascii=False, indent=1
        )
        fh.write("\n")
    return manifest


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Build site set h (dumps, gold, manifest).")
    ap.add_argument("out", help="folder that receives dumps/, gold/ and manifest.json")
    ap.add_argument("--corpus", default=DEFAULT_CORPUS, help="shared corpus (articles/, manifest.json)")
    args = ap.parse_args(argv)
    manifest = build(args.out, args.corpus)
    print(f"wrote {len(manifest)} dumps to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
