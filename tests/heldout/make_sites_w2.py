#!/usr/bin/env python3
"""Twenty-fourth site family for the Warraq dump cleaner (set w2; built as held-out set 27, seed 27272).

    python3 tests/heldout/make_sites_w2.py OUT_DIR [--corpus DIR]

The shared corpus is --corpus, else $WARRAQ_CORPUS, else ../shared/corpus beside the repository.
Sites: Sahara Medias (Mauritania), Baghdad Post, BasNews Arabic, Palestine Today, Bahrain Mirror,
Al-Joumhouria (Lebanon), Atheer (Oman), Al-Marsd (Saudi Arabia).
Held out in session 14 (first measured at e3ccf5d, then looked at and fixed on). The original header follows.

Build a held-out test set for the Warraq article cleaner.

    python3 make.py OUT_DIR [--corpus DIR]

Each dump wraps one real article of the shared corpus (articles/*.jsonl; never
one the development dumps use, each article used once) in the page furniture
of one of eight Arabic news sites that the development set does not cover.
The gold file records what a perfect cleaner keeps: the article title, the
publication date when the dump states it, the site's name as outlet, and the
article's blocks (paragraphs, subheadings, list items) with their text
exactly as in the corpus.  Three pages hold no article (a 404 page, a section
index, a whitespace-only file).

Writes OUT_DIR/dumps/*.txt, OUT_DIR/gold/*.json, OUT_DIR/manifest.json,
OUT_DIR/score.py (a copy), OUT_DIR/selfcheck/*.md (each gold rendered as
cleaned Markdown by score.py) and then scores selfcheck/ against gold/ with
score.py; every figure must be 1.000.

Deterministic: fixed SEED, one string-seeded random generator per task,
sorted inputs, no clock.  Two runs give byte-identical files.
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
import shutil
import subprocess
import sys
import unicodedata

SEED = 27272
DEFAULT_CORPUS = os.environ.get("WARRAQ_CORPUS") or os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "corpus"
)
# the moment the pages were "scraped" (mastheads show today's date); fixed
CRAWL = dt.datetime(2025, 11, 20, 9, 41)

# ------------------------------------------------------------------ calendars
WEEKDAYS = ["الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
WEEKDAYS_SHORT = ["إثنين", "ثلاثاء", "أربعاء", "خميس", "جمعة", "سبت", "أحد"]
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
# Mauritanian usage (French-derived spellings)
MONTHS_MR = [
    "يناير",
    "فبراير",
    "مارس",
    "ابريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغشت",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "دجمبر",
]
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

LRM, RLM, ZWJ, ZWNJ, ALM, ZWNBSP = "\u200e", "\u200f", "\u200d", "\u200c", "\u061c", "\ufeff"


def to_hijri(d: dt.date) -> tuple[int, int, int]:
    """Tabular Islamic calendar (can differ by a day from Umm al-Qura)."""
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


def h12(d: dt.datetime, latin: bool = False) -> str:
    h = d.hour % 12 or 12
    if latin:
        return f"{h:02d}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"
    return f"{h:02d}:{d.minute:02d} {'ص' if d.hour < 12 else 'م'}"


def hijri_str(d: dt.datetime) -> str:
    hy, hm, hd = to_hijri(d.date())
    return f"{hd} {HIJRI_MONTHS[hm - 1]} {hy}"


def art_datetime(a: dict, rng: random.Random) -> dt.datetime | None:
    s = a.get("date")
    if not s:
        return None
    if len(s) == 10:
        d = dt.datetime.strptime(s, "%Y-%m-%d")
        return d.replace(hour=rng.randint(7, 22), minute=rng.randint(0, 59))
    return dt.datetime.fromisoformat(s).replace(tzinfo=None)


# ------------------------------------------------------------------ generic furniture (our wording)
CAPTIONS = [
    "صورة أرشيفية",
    "صورة تعبيرية",
    "من مكان الحدث",
    "جانب من اللقاء",
    "الصورة من مواقع التواصل الاجتماعي",
    "لقطة من الأرشيف",
    "خلال مؤتمر صحفي سابق",
]
PHOTO_CREDITS = ["رويترز", "فرانس برس", "أسوشيتد برس", "الأناضول", "إرنا", "Getty Images", "AFP", "EPA"]
COMMENT_SHORT = [
    "الله يستر من القادم",
    "خبر مهم، شكراً على المتابعة",
    "وين الحكومة من هذا الكلام؟",
    "نتمنى أن تتحسن الأمور قريباً",
    "المهم التنفيذ وليس التصريحات",
    "تغطية ممتازة كالعادة",
    "هل من مصدر رسمي يؤكد ذلك؟",
    "حسبنا الله ونعم الوكيل",
    "كلام في الصميم",
    "ننتظر النتائج على الأرض",
    "نفس الوعود كل سنة!!",
    "بالتوفيق إن شاء الله",
]
COMMENT_LONG = [
    "كل يوم نسمع نفس الكلام ولا شيء يتغير على أرض الواقع، والمواطن البسيط هو من يدفع الثمن في النهاية.",
    "أتفق مع ما جاء في الخبر لكن التفاصيل ناقصة، وكان من الأفضل نشر رأي الطرف الآخر حتى تكتمل الصورة.",
    "يا جماعة الموضوع أكبر من مجرد تصريح، لازم نشوف خطوات عملية ومحاسبة حقيقية لكل من قصّر.",
    "شكراً للموقع على الخبر، وأتمنى متابعة القضية في الأيام القادمة لأن الناس تنتظر معرفة ما سيحدث.",
]
REL_TIMES = [
    "منذ ساعتين",
    "منذ 5 ساعات",
    "منذ يوم",
    "منذ يومين",
    "منذ 3 أيام",
    "منذ أسبوع",
    "منذ شهر",
    "منذ سنة",
    "منذ 4 سنوات",
    "قبل 20 دقيقة",
]
STOP = {
    "الذي",
    "التي",
    "على",
    "إلى",
    "الى",
    "بعد",
    "قبل",
    "حول",
    "عن",
    "بين",
    "خلال",
    "منذ",
    "هذا",
    "هذه",
    "ذلك",
    "يوم",
    "أمام",
    "عام",
    "جديد",
    "جديدة",
    "مع",
    "في",
    "من",
    "حتى",
}


def teaser(a: dict, limit: int, ell: str = "...") -> str:
    first = a["paras"][0]
    return first[:limit].rsplit(" ", 1)[0] + ell


def short_title(t: str, n: int) -> str:
    if len(t) <= n:
        return t
    return t[:n].rsplit(" ", 1)[0] + "…"


def keywords(a: dict, rng: random.Random, k: int) -> list[str]:
    words = []
    for w in re.findall(r"[\u0621-\u064A]{4,}", a["title"]):
        if w not in STOP and w not in words:
            words.append(w)
    out = list(a.get("tags") or [])[:1]
    out += words[:k]
    return [w for i, w in enumerate(out) if w not in out[:i]]


def eastern(s: str) -> str:
    return s.translate(EASTERN)


def code(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(n))


# ------------------------------------------------------------------ page model
class Page:
    """Dump lines tagged as boilerplate ('bp'), article content ('c') or blank."""

    def __init__(self, site: dict | None, article: dict | None):
        self.items: list[tuple[str, str]] = []
        self.blocks: list[dict] = []
        self.title = article["title"] if article else None
        self.date: str | None = None
        self.outlet = site["slug"] if site else None
        self.features: list[str] = []
        self.date_text: str | None = None

    def bp(self, *lines: str):
        for line in lines:
            self.items.append(("bp", line))

    def blank(self, n: int = 1):
        self.items.extend([("blank", "")] * n)

    def feat(self, name: str):
        if name not in self.features:
            self.features.append(name)

    def dateline(self, d: dt.datetime, text: str):
        """A line that states the publication date d."""
        self.bp(text)
        self.date = d.date().isoformat()
        self.date_text = text
        self.feat("date")

    def body(self, a: dict, sep: str = "blank", inserts: dict | None = None):
        inserts = inserts or {}
        n = len(a["paras"])
        for i, (text, kind) in enumerate(zip(a["paras"], a["kinds"])):
            if i in inserts:
                self.bp(*inserts[i])
                if sep == "blank":
                    self.blank()
            self.items.append(("c", text))
            self.blocks.append({"kind": kind, "text": text})
            if sep == "blank" and i < n - 1:
                self.blank()

    def gold(self) -> dict:
        return {"title": self.title, "date": self.date, "outlet": self.outlet, "blocks": self.blocks}


class Ctx:
    def __init__(self, filler: list[dict]):
        self.filler = filler

    def heads(self, rng: random.Random, n: int) -> list[dict]:
        return rng.sample(self.filler, n)


def inline_box(ctx, a, rng, header: str | None, n: int = 1, glue: str | None = None) -> dict:
    """A related-links box placed inside the body, before a middle paragraph."""
    if len(a["paras"]) < 4:
        return {}
    pos = rng.randint(2, len(a["paras"]) - 1)
    titles = [h["title"] for h in ctx.heads(rng, n)]
    if glue is not None:
        lines = [glue + titles[0]] + titles[1:]
    else:
        lines = [header] + titles
    return {pos: lines}


def comments(rng, n: int, names: list[str], layout: str) -> list[str]:
    out = []
    texts = rng.sample(COMMENT_SHORT, n - n // 2) + rng.sample(COMMENT_LONG, n // 2)
    rng.shuffle(texts)
    for name, text in zip(rng.sample(names, n), texts):
        when = rng.choice(REL_TIMES)
        if layout == "stack":
            out += [name, when, text, "رد", ""]
        elif layout == "inline":
            out += [f"{name} - {when}", text, ""]
        else:  # indented
            out += ["    " + name, "    " + when, "    " + text, ""]
    while out and out[-1] == "":
        out.pop()
    return out


# ------------------------------------------------------------------ site styles
def style_sahara(ctx, a, rng, o, p):
    """Sahara Medias (saharamedias.net, Nouakchott): WordPress theme, French
    switch, dash lists of other posts, Mauritanian month spellings."""
    d = art_datetime(a, rng)
    if o.get("skip"):
        p.bp("تخطى إلى المحتوى")
    p.bp("Français", "صحراء ميديا")
    p.blank()
    nav = ["الرئيسية", "أخبار", "تقارير", "مقابلات", "رأي", "ثقافة وفن", "رياضة", "اقتصاد", "دولي", "صحراء TV"]
    if o.get("nav") == "lines":
        p.bp(*nav)
    else:
        p.bp(" ".join(nav))
    p.blank()
    section = rng.choice(["أخبار", "تقارير", "دولي", "مجتمع"])
    if o.get("breadcrumb"):
        p.bp(f"الرئيسية » {section} » {short_title(a['title'], 38)}")
        p.blank()
        p.feat("breadcrumb with shortened title")
    else:
        p.bp(section)
    p.bp(a["title"])
    p.blank()
    if o.get("author", True):
        p.bp(rng.choice(["الكاتب: صحراء ميديا", "نواكشوط – صحراء ميديا"]))
    if d and o.get("date", True):
        txt = f"{d.day} {MONTHS_MR[d.month - 1]} {d.year}"
        if o.get("time"):
            txt += f" - {d.hour:02d}:{d.minute:02d}"
        p.dateline(d, txt)
    p.blank()
    if o.get("caption"):
        p.bp(f"{rng.choice(CAPTIONS)} (صحراء ميديا)")
        p.blank()
        p.feat("caption")
    inserts = {}
    if o.get("inline"):
        inserts = inline_box(ctx, a, rng, None, 1, glue="اقرأ أيضا: ")
        if inserts:
            p.feat("inline related link")
    p.body(a, sep=o.get("sep", "blank"), inserts=inserts)
    p.blank()
    if o.get("share", True):
        p.bp("شارك هذا المقال", "فيسبوك", "X", "واتساب", "تيليغرام", "البريد الإلكتروني")
        p.blank()
    if o.get("tags"):
        p.bp("الوسوم", *keywords(a, rng, 3))
        p.blank()
        p.feat("tags")
    if o.get("related"):
        p.bp("مقالات ذات صلة")
        p.bp(*["- " + h["title"] for h in ctx.heads(rng, o["related"])])
        p.blank()
        p.feat("related list")
    if o.get("latest"):
        p.bp("آخر الأخبار")
        for h in ctx.heads(rng, o["latest"]):
            p.bp("- " + h["title"])
            if o.get("teasers"):
                p.bp(teaser(h, 150, "…"))
        p.blank()
        p.feat("latest list")
    if o.get("whatsapp"):
        p.bp("تابعوا صحراء ميديا على واتساب لتصلكم آخر الأخبار")
        p.blank()
        p.feat("whatsapp appeal")
    p.bp(
        "صحراء ميديا",
        "مؤسسة إعلامية موريتانية تعنى بالخبر والتحقيق في منطقة الساحل والمغرب العربي.",
        "من نحن اتصل بنا سياسة الخصوصية",
        f"جميع الحقوق محفوظة © صحراء ميديا {CRAWL.year}",
    )


def style_baghdadpost(ctx, a, rng, o, p):
    """The Baghdad Post (thebaghdadpost.com/ar): English page title, breaking
    ticker, Iraqi (Syriac) month names or Latin AM/PM times, view counter."""
    d = art_datetime(a, rng)
    head = o.get("head", "suffix")
    if head == "suffix":
        p.bp(f"{a['title']} | بغداد بوست")
        p.feat("title with site suffix")
    elif head == "short":
        p.bp(f"{short_title(a['title'], 45)} - بغداد بوست")
        p.feat("shortened title")
    else:
        p.bp("Iraq News - Local News - Baghdadpost")
    p.blank()
    p.bp("English", "بغداد بوست")
    nav = ["الرئيسية", "عراقية", "عربي ودولي", "اقتصاد", "رياضة", "منوعات", "مقالات", "فيديو", "إنفوغراف"]
    p.bp(" | ".join(nav))
    p.blank()
    if o.get("ticker"):
        for h in ctx.heads(rng, 3):
            p.bp("عاجل | " + h["title"])
        p.blank()
        p.feat("breaking ticker")
    p.bp(rng.choice(["عراقية", "عربي ودولي", "اقتصاد"]))
    p.bp(a["title"])
    if d and o.get("date", True):
        if o.get("latin"):
            txt = f"{d.year}/{d.month:02d}/{d.day:02d} {h12(d, latin=True)}"
        else:
            txt = f"{d.day:02d} {MONTHS_LEV[d.month - 1]} {d.year} {h12(d)}"
        p.dateline(d, txt)
        if o.get("updated"):
            u = d + dt.timedelta(days=1, hours=3)
            p.bp(f"آخر تحديث: {u.day:02d} {MONTHS_LEV[u.month - 1]} {u.year} {h12(u)}")
            p.feat("later update date")
    views = rng.randint(300, 9000)
    p.bp(rng.choice([f"👁{ZWJ}🗨 {views}", f"المشاهدات: {views}"]))
    p.blank()
    if o.get("caption"):
        p.bp(f"{rng.choice(CAPTIONS)} - {rng.choice(PHOTO_CREDITS)}")
        p.blank()
        p.feat("caption")
    inserts = {}
    if o.get("inline"):
        inserts = inline_box(ctx, a, rng, "اقرأ أيضاً", 2)
        if inserts:
            p.feat("inline related box")
    p.body(a, sep=o.get("sep", "blank"), inserts=inserts)
    p.blank()
    if o.get("telegram"):
        p.bp("لمتابعة الأخبار العاجلة أولاً بأول تابعوا قناة بغداد بوست على تلغرام")
        p.blank()
        p.feat("telegram appeal")
    p.bp("مشاركة", "Facebook", "Twitter", "WhatsApp", "Telegram")
    p.blank()
    if o.get("related"):
        p.bp("أخبار ذات صلة")
        p.blank()
        for h in ctx.heads(rng, o["related"]):
            hd = art_datetime(h, rng) or dt.datetime(2019, 1, 1, 12, 0)
            p.bp(f"{hd.day:02d} {MONTHS_LEV[hd.month - 1]} {hd.year} {h12(hd)}", h["title"])
            if o.get("teasers"):
                p.bp(teaser(h, 120))
            p.blank()
        p.feat("related list with dates")
    if o.get("most_viewed"):
        p.bp("الأكثر مشاهدة")
        for i, h in enumerate(ctx.heads(rng, o["most_viewed"]), 1):
            p.bp(str(i), h["title"])
        p.blank()
        p.feat("most viewed")
    p.bp("من نحن | اتصل بنا | سياسة الخصوصية", f"جميع الحقوق محفوظة لموقع بغداد بوست © {CRAWL.year}")


def style_basnews(ctx, a, rng, o, p):
    """BasNews Arabic (basnews.com/ar, Erbil): language switch with Kurdish
    script, Kurdish spelling كوردستان, numeric dates, numbered most-read list."""
    d = art_datetime(a, rng)
    p.bp("کوردی", "English", "Türkçe", "عربي")
    p.blank()
    p.bp("باسنيوز")
    nav = ["الرئيسية", "كوردستان", "العراق", "الشرق الأوسط", "العالم", "اقتصاد", "رياضة", "منوعات", "تقارير", "آراء"]
    if o.get("nav") == "inline":
        p.bp("  ".join(nav))
    else:
        p.bp(*nav)
    p.bp("بحث")
    p.blank()
    p.bp(rng.choice(["العالم", "الشرق الأوسط", "العراق", "تقارير"]))
    p.blank()
    p.bp(a["title"])
    p.blank()
    if d and o.get("date", True):
        if o.get("iso"):
            p.dateline(d, f"{d.year}-{d.month:02d}-{d.day:02d} {d.hour:02d}:{d.minute:02d}")
        else:
            p.dateline(d, f"{d.day:02d}/{d.month:02d}/{d.year} - {h12(d)}")
    else:
        p.bp(rng.choice(REL_TIMES[4:]))
        p.feat("relative time only")
    if o.get("byline", True):
        p.bp(rng.choice(["أربيل (باسنيوز)", "باسنيوز", "بغداد (باسنيوز)"]))
    p.blank()
    if o.get("caption"):
        p.bp(rng.choice(CAPTIONS), rng.choice(PHOTO_CREDITS))
        p.blank()
        p.feat("caption and credit")
    inserts = {}
    if o.get("inline"):
        inserts = inline_box(ctx, a, rng, "اقرأ أيضاً:", 1)
        if inserts:
            p.feat("inline related box")
    p.body(a, sep=o.get("sep", "blank"), inserts=inserts)
    p.blank()
    if o.get("tags", True):
        p.bp("الكلمات الدالة")
        p.bp(*keywords(a, rng, 3), "كوردستان")
        p.blank()
        p.feat("tags")
    if o.get("related"):
        p.bp("اقرأ أيضاً")
        for h in ctx.heads(rng, o["related"]):
            hd = art_datetime(h, rng) or dt.datetime(2018, 6, 1, 10, 0)
            p.bp(h["title"], f"{hd.day:02d}/{hd.month:02d}/{hd.year}")
        p.blank()
        p.feat("related list with dates")
    if o.get("most_read"):
        p.bp("الأكثر قراءة")
        for i, h in enumerate(ctx.heads(rng, o["most_read"]), 1):
            p.bp(str(i), h["title"])
        p.blank()
        p.feat("numbered most read")
    if o.get("app"):
        p.bp("حمّل تطبيق باسنيوز", "App Store", "Google Play")
        p.blank()
        p.feat("app appeal")
    p.bp("من نحن", "اتصل بنا", "سياسة الخصوصية", f"© {CRAWL.year} باسنيوز. جميع الحقوق محفوظة")


def style_paltoday(ctx, a, rng, o, p):
    """Palestine Today (paltoday.ps, Gaza): masthead with today's date,
    shekel exchange rates, ticker, Jerusalem time, short link, Telegram."""
    d = art_datetime(a, rng)
    p.bp("وكالة فلسطين اليوم الإخبارية")
    if o.get("masthead_date", True):
        c = CRAWL
        p.bp(f"{WEEKDAYS[c.weekday()]}، {c.day} {MONTHS_EG[c.month - 1]} {c.year}")
        p.feat("masthead date (not the article date)")
    if o.get("rates"):
        p.bp("دولار / شيكل", "3.26", "دينار / شيكل", "4.60", "يورو / شيكل", "3.78")
        p.feat("exchange rates widget")
    p.blank()
    if o.get("ticker"):
        p.bp("عاجل", "    |    ".join(h["title"] for h in ctx.heads(rng, 4)))
        p.blank()
        p.feat("ticker line")
    nav = ["الرئيسية", "فلسطين", "القدس", "الأسرى", "عربي ودولي", "اقتصاد", "رياضة", "منوعات", "مقالات", "فيديو"]
    p.bp(*nav)
    p.blank()
    p.bp(f"الرئيسية / {rng.choice(['فلسطين', 'عربي ودولي', 'تقارير'])}")
    p.bp(a["title"])
    if o.get("description"):
        p.bp(teaser(a, 140))
        p.feat("cut description repeating first paragraph")
    p.blank()
    if d and o.get("date", True):
        if o.get("lev"):
            txt = f"{WEEKDAYS[d.weekday()]} {d.day:02d} {MONTHS_EG[d.month - 1]}/{MONTHS_LEV[d.month - 1]} {d.year}"
        else:
            txt = f"{WEEKDAYS[d.weekday()]} {d.day:02d} {MONTHS_EG[d.month - 1]} {d.year} | {h12(d)} بتوقيت القدس"
        p.dateline(d, txt)
    if o.get("byline", True):
        p.bp(
            rng.choice(
                [
                    "غزة - فلسطين اليوم",
                    "رام الله - فلسطين اليوم",
                    "القدس المحتلة - فلسطين اليوم",
                    "فلسطين اليوم - وكالات",
                ]
            )
        )
    p.blank()
    if o.get("caption"):
        p.bp(f"{rng.choice(CAPTIONS)} ({rng.choice(PHOTO_CREDITS)})")
        p.blank()
        p.feat("caption")
    inserts = {}
    if o.get("inline"):
        inserts = inline_box(ctx, a, rng, None, 1, glue="اقرأ أيضاً: ")
        if inserts:
            p.feat("inline related link")
    p.body(a, sep=o.get("sep", "blank"), inserts=inserts)
    p.blank()
    p.bp("رابط مختصر", f"https://paltoday.ps/p/{code(rng, 6)}")
    p.blank()
    if o.get("telegram", True):
        p.bp("تابعوا آخر الأخبار عبر قناة فلسطين اليوم على تيليجرام")
        p.blank()
        p.feat("telegram appeal")
    if o.get("tags"):
        p.bp("الوسوم: " + " ، ".join(keywords(a, rng, 3)))
        p.blank()
        p.feat("tags line")
    if o.get("comments"):
        p.bp(f"التعليقات ({o['comments']})")
        p.bp(*comments(rng, o["comments"], ["أبو محمد", "ابن غزة", "سامي", "لاجئ", "أم خليل", "حر"], "inline"))
        p.bp("أضف تعليقك")
        p.blank()
        p.feat("comments")
    if o.get("most_read"):
        p.bp("الأكثر قراءة")
        p.blank()
        for h in ctx.heads(rng, o["most_read"]):
            p.bp(h["title"])
            if o.get("teasers"):
                p.bp(teaser(h, 130))
            p.blank()
        p.feat("most read")
    p.bp("جميع الحقوق محفوظة لوكالة فلسطين اليوم الإخبارية © " + str(CRAWL.year))


def style_bahrainmirror(ctx, a, rng, o, p):
    """Bahrain Mirror (bahrainmirror.com): bilingual masthead, font tools,
    ISO dates, source/translation credit after the text."""
    d = art_datetime(a, rng)
    p.bp("مرآة البحرين", "Bahrain Mirror")
    p.blank()
    nav = ["الرئيسية", "أخبار", "تقارير", "ترجمات", "مقالات", "ملفات", "حوارات", "كاريكاتير", "English"]
    if o.get("nav") == "lines":
        p.bp(*nav)
    else:
        p.bp(" - ".join(nav))
    p.blank()
    section = rng.choice(["أخبار", "ترجمات", "تقارير"])
    p.bp(section)
    p.bp(a["title"])
    if d and o.get("date", True):
        if o.get("time"):
            p.dateline(
                d,
                f"{d.year}-{d.month:02d}-{d.day:02d} - {d.hour % 12 or 12}:{d.minute:02d} {'ص' if d.hour < 12 else 'م'}",
            )
        else:
            p.dateline(d, f"{d.year}-{d.month:02d}-{d.day:02d}")
    p.bp("تكبير الخط", "تصغير الخط", "طباعة", "إرسال")
    p.blank()
    if o.get("caption"):
        p.bp(rng.choice(CAPTIONS))
        p.blank()
        p.feat("caption")
    inserts = {}
    if o.get("inline"):
        inserts = inline_box(ctx, a, rng, "ذات صلة", 2)
        if inserts:
            p.feat("inline related box")
    p.body(a, sep=o.get("sep", "blank"), inserts=inserts)
    if o.get("source"):
        p.blank()
        p.bp(o["source"])
        p.feat("source/translation credit line")
    p.blank()
    if o.get("newsletter"):
        p.bp("اشترك في القائمة البريدية لمرآة البحرين", "البريد الإلكتروني", "اشتراك")
        p.blank()
        p.feat("newsletter box")
    if o.get("related"):
        p.bp("أخبار ذات صلة")
        for h in ctx.heads(rng, o["related"]):
            hd = art_datetime(h, rng) or dt.datetime(2015, 7, 20, 12, 0)
            p.bp("  • " + h["title"], f"    {hd.year}-{hd.month:02d}-{hd.day:02d}")
            if o.get("teasers"):
                p.bp("    مرآة البحرين: " + teaser(h, 160))
            p.blank()
        p.feat("related list with ISO dates")
    if o.get("most_read"):
        p.bp("الأكثر قراءة")
        p.bp(*[h["title"] for h in ctx.heads(rng, o["most_read"])])
        p.blank()
        p.feat("most read")
    p.bp("تابعونا", "تويتر", "فيسبوك", "يوتيوب", "تيليغرام")
    p.bp(f"جميع الحقوق محفوظة © مرآة البحرين 2011 - {CRAWL.year}")


JOUM_SECRETS = [
    "لاحظ مراقبون أن مسؤولاً بارزاً تغيّب عن اجتماع مهم من دون أن يقدّم أي تبرير لغيابه.",
    "يتردد في أوساط سياسية أن كتلة نيابية تدرس تبديل موقفها من ملف خلافي قبل الجلسة المقبلة.",
    "استغربت أوساط ديبلوماسية غياب أي تعليق رسمي على زيارة موفد أجنبي إلى بيروت.",
    "قال نائب مخضرم لزواره إن الأسابيع المقبلة ستحمل مفاجآت لم يتوقعها أحد.",
    "تسأل مرجعية روحية عن أسباب تأخير صرف مستحقات مؤسسات تربوية منذ أشهر.",
]


def style_aljoumhouria(ctx, a, rng, o, p):
    """Al-Joumhouria (aljoumhouria.com, Beirut daily): masthead with the
    issue date in Levantine months, writer line, "أسرار الجمهورية" box."""
    d = art_datetime(a, rng)
    p.bp("الجمهورية")
    if o.get("masthead_date", True):
        c = CRAWL
        p.bp(f"{WEEKDAYS[c.weekday()]} {c.day:02d} {MONTHS_LEV[c.month - 1]} {c.year}")
        p.feat("masthead date (not the article date)")
    p.blank()
    nav = [
        "محليات",
        "سياسة",
        "اقتصاد",
        "أمن وقضاء",
        "دوليات",
        "رياضة",
        "مجتمع",
        "ثقافة",
        "صحة",
        "مقالات",
        "أسرار الجمهورية",
    ]
    if o.get("nav") == "inline":
        p.bp(" | ".join(nav))
    else:
        p.bp(*nav)
    p.bp("ابحث")
    p.blank()
    p.bp(rng.choice(["دوليات", "سياسة", "اقتصاد", "مجتمع"]))
    if o.get("writer_first"):
        p.bp(rng.choice(["المحرر السياسي", "المحرر الاقتصادي", "الجمهورية"]))
    p.bp(a["title"])
    if not o.get("writer_first") and o.get("writer", True):
        p.bp(rng.choice(["المحرر السياسي", "المحرر الاقتصادي", "الجمهورية"]))
    if d and o.get("date", True):
        if o.get("numeric"):
            p.dateline(d, f"{d.day:02d}-{d.month:02d}-{d.year} | {d.hour:02d}:{d.minute:02d}")
        else:
            p.dateline(d, f"{WEEKDAYS[d.weekday()]} {d.day:02d} {MONTHS_LEV[d.month - 1]} {d.year}")
    p.bp("A+ A-", "طباعة")
    p.blank()
    if o.get("caption"):
        p.bp(rng.choice(CAPTIONS))
        p.blank()
        p.feat("caption")
    inserts = {}
    if o.get("inline"):
        inserts = inline_box(ctx, a, rng, "إقرأ أيضاً", 1)
        if inserts:
            p.feat("inline related box")
    p.body(a, sep=o.get("sep", "blank"), inserts=inserts)
    p.blank()
    if o.get("secrets"):
        p.bp("أسرار الجمهورية")
        p.bp(*rng.sample(JOUM_SECRETS, o["secrets"]))
        p.bp("اقرأ المزيد")
        p.blank()
        p.feat("gossip box with sentence-like lines")
    if o.get("related"):
        p.bp("مقالات ذات صلة")
        p.blank()
        for h in ctx.heads(rng, o["related"]):
            p.bp(h["title"])
            if o.get("teasers"):
                p.bp(teaser(h, 200, "… اقرأ المزيد"))
            p.blank()
        p.feat("related list")
    if o.get("most_read"):
        p.bp("الأكثر قراءة")
        p.bp(*[h["title"] for h in ctx.heads(rng, o["most_read"])])
        p.blank()
        p.feat("most read")
    p.bp("من نحن", "اتصل بنا", "أعلن معنا", f"© جميع الحقوق محفوظة لـ الجمهورية {CRAWL.year}")


def style_atheer(ctx, a, rng, o, p):
    """Atheer (atheer.om, Muscat): e-paper tagline, "رصد - أثير" bylines,
    Hijri alongside Gregorian, WhatsApp channel, WordPress comment form."""
    d = art_datetime(a, rng)
    p.bp("أثير", "جريدة إلكترونية عُمانية")
    p.blank()
    nav = ["الرئيسية", "محليات", "عربي ودولي", "اقتصاد", "رياضة", "ثقافة", "مقالات", "تحقيقات", "صحة", "تقنية"]
    if o.get("nav") == "lines":
        p.bp(*nav)
    else:
        p.bp(" ".join(nav))
    p.blank()
    if o.get("title_twice"):
        p.bp(a["title"])
        p.blank()
        p.feat("title twice")
    p.bp(a["title"])
    p.blank()
    if o.get("byline", True):
        p.bp(rng.choice(["رصد – أثير", "مسقط - أثير", "أثير - المحرر", "أثير - خاص"]))
    if d and o.get("date", True):
        if o.get("hijri"):
            txt = f"{WEEKDAYS[d.weekday()]} {hijri_str(d)} هـ - {d.day} {MONTHS_EG[d.month - 1]} {d.year} م"
        else:
            txt = f"{d.day:02d} {MONTHS_EG[d.month - 1]} {d.year}"
        p.dateline(d, txt)
    p.blank()
    if o.get("caption"):
        p.bp("الصورة: " + rng.choice(CAPTIONS))
        p.blank()
        p.feat("caption")
    inserts = {}
    if o.get("inline"):
        inserts = inline_box(ctx, a, rng, "مقالات ذات صلة", 2)
        if inserts:
            p.feat("inline related box")
    p.body(a, sep=o.get("sep", "blank"), inserts=inserts)
    p.blank()
    if o.get("source"):
        p.bp("المصدر: " + o["source"])
        p.blank()
        p.feat("source line")
    if o.get("whatsapp", True):
        p.bp("انضموا إلى قناة أثير على واتساب لتصلكم الأخبار أولاً بأول")
        p.blank()
        p.feat("whatsapp appeal")
    if o.get("tags"):
        p.bp("الوسوم: " + "، ".join(keywords(a, rng, 3)))
        p.blank()
        p.feat("tags line")
    if o.get("related"):
        p.bp("قد يعجبك أيضاً")
        p.blank()
        for h in ctx.heads(rng, o["related"]):
            p.bp(h["title"])
            p.blank()
        p.feat("related list")
    if o.get("form"):
        p.bp(
            "اترك تعليقاً",
            "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *",
            "التعليق *",
            "الاسم *",
            "البريد الإلكتروني *",
            "الموقع الإلكتروني",
            "احفظ اسمي، بريدي الإلكتروني، والموقع الإلكتروني في هذا المتصفح لاستخدامها المرة المقبلة في تعليقي.",
            "إرسال التعليق",
        )
        p.blank()
        p.feat("comment form")
    p.bp(f"جميع الحقوق محفوظة لـ أثير © {CRAWL.year}", "سياسة الخصوصية | اتصل بنا | أعلن معنا")


def style_almarsd(ctx, a, rng, o, p):
    """Al-Marsd (al-marsd.com, Riyadh): archive notice, Hijri + Gregorian
    dates (Eastern digits on some pages), view counters, comments."""
    d = art_datetime(a, rng)
    if o.get("archive"):
        p.bp("أنت تتصفح الآن نسخة الأرشيف من صحيفة المرصد، للانتقال إلى الموقع الحالي اضغط هنا")
        p.blank()
        p.feat("archive notice")
    p.bp("صحيفة المرصد")
    c = CRAWL
    mast = f"{WEEKDAYS[c.weekday()]} {hijri_str(c)} هـ الموافق {c.day} {MONTHS_EG[c.month - 1]} {c.year} م"
    p.bp(eastern(mast) if o.get("eastern") else mast)
    p.feat("masthead date (not the article date)")
    p.blank()
    nav = ["الرئيسية", "محليات", "عربي ودولي", "رياضة", "اقتصاد", "منوعات", "كتاب المرصد", "فيديو", "جولة المرصد"]
    if o.get("nav") == "lines":
        p.bp(*nav)
    else:
        p.bp("  ".join(nav))
    p.blank()
    p.bp(a["title"])
    p.blank()
    if o.get("byline", True):
        p.bp(rng.choice(["صحيفة المرصد - متابعات", "المرصد - الرياض", "صحيفة المرصد - جدة", "المرصد - واس"]))
    if d and o.get("date", True):
        txt = f"{WEEKDAYS[d.weekday()]} {hijri_str(d)} هـ - {d.day} {MONTHS_EG[d.month - 1]} {d.year} م"
        p.dateline(d, eastern(txt) if o.get("eastern") else txt)
    views = rng.randint(200, 20000)
    vline = f"عدد المشاهدات {views}"
    p.bp(eastern(vline) if o.get("eastern") else vline)
    p.blank()
    inserts = {}
    if o.get("inline"):
        inserts = inline_box(ctx, a, rng, "أخبار قد تهمك", 2)
        if inserts:
            p.feat("inline related box")
    p.body(a, sep=o.get("sep", "blank"), inserts=inserts)
    p.blank()
    if o.get("social", True):
        p.bp("تابعوا المرصد على", "سناب شات", "تويتر", "إنستقرام", "يوتيوب")
        p.blank()
        p.feat("social appeal")
    if o.get("related"):
        p.bp("أخبار قد تهمك")
        for h in ctx.heads(rng, o["related"]):
            p.bp(h["title"])
            if o.get("teasers"):
                p.bp(teaser(h, 140))
            p.bp(rng.choice(REL_TIMES))
        p.blank()
        p.feat("related list with relative times")
    if o.get("comments"):
        p.bp(f"التعليقات ({o['comments']})")
        p.blank()
        p.bp(*comments(rng, o["comments"], ["أبو فهد", "مواطن", "ناصر", "أم عبدالله", "سعودي", "متابع"], "stack"))
        p.blank()
        p.feat("comments")
    p.bp(f"جميع الحقوق محفوظة لصحيفة المرصد © {CRAWL.year}")


# ------------------------------------------------------------------ pages without an article
def page_404(ctx, site, rng) -> Page:
    p = Page(site, None)
    p.bp("الصفحة غير موجودة | بغداد بوست")
    p.blank()
    p.bp(
        "English",
        "بغداد بوست",
        " | ".join(["الرئيسية", "عراقية", "عربي ودولي", "اقتصاد", "رياضة", "منوعات", "مقالات", "فيديو"]),
    )
    p.blank()
    p.bp(
        "404",
        "عذراً، لم نعثر على الصفحة المطلوبة",
        "قد يكون الرابط غير صحيح أو أن المحتوى نُقل إلى عنوان آخر.",
        "العودة إلى الصفحة الرئيسية",
    )
    p.blank()
    p.bp("الأكثر مشاهدة")
    for i, h in enumerate(ctx.heads(rng, 5), 1):
        p.bp(str(i), h["title"])
    p.blank()
    p.bp("من نحن | اتصل بنا | سياسة الخصوصية", f"جميع الحقوق محفوظة لموقع بغداد بوست © {CRAWL.year}")
    p.feat("404 page, no article")
    return p


def page_index(ctx, site, rng) -> Page:
    p = Page(site, None)
    p.bp("Français", "صحراء ميديا")
    p.blank()
    p.bp(" ".join(["الرئيسية", "أخبار", "تقارير", "مقابلات", "رأي", "ثقافة وفن", "رياضة", "اقتصاد", "دولي"]))
    p.blank()
    p.bp("تقارير")
    p.blank()
    for h in ctx.heads(rng, 8):
        p.bp(h["title"])
        hd = art_datetime(h, rng)
        if hd:
            p.bp(f"{hd.day} {MONTHS_MR[hd.month - 1]} {hd.year}")
        p.bp(teaser(h, 190, "…"))
        p.bp("اقرأ المزيد")
        p.blank()
    p.bp("« السابق", "1 2 3 4 … 212", "التالي »")
    p.blank()
    p.bp("صحراء ميديا", f"جميع الحقوق محفوظة © صحراء ميديا {CRAWL.year}")
    p.feat("section index page, no article")
    return p


# ------------------------------------------------------------------ the plan
LEV_RE = re.compile(r"سوري|دمشق|حلب|إدلب|لبنان|بيروت|الأسد|الأردن|فلسطين|غزة|القدس|إسرائيل|العراق|الضفة")
IRAQ_RE = re.compile(r"العراق|بغداد|أربيل|كردستان|الأكراد|الكردي|إيران|الموصل|داعش|تركيا")
PAL_RE = re.compile(r"فلسطين|غزة|القدس|إسرائيل|الإسرائيلي|الضفة|حماس|نتنياهو")

# file-level tweaks: wrap (width), crlf, bom, enc, marks, final_nl
SITES = [
    dict(
        slug="saharamedias",
        name="صحراء ميديا",
        en="Sahara Medias",
        region="Mauritania",
        domain="saharamedias.net",
        style=style_sahara,
        pool=lambda a: a["outlet"] == "jawharafm",
        prefer=None,
        plans=[
            dict(o=dict(skip=True, caption=True, related=4, latest=5)),
            dict(
                o=dict(nav="lines", breadcrumb=True, time=True, inline=True, tags=True, latest=6, teasers=True),
                f=dict(bom=True),
            ),
            dict(o=dict(date=False, author=False, sep="line", related=3, whatsapp=True)),
            dict(o=dict(caption=True, inline=True, tags=True, related=5), f=dict(wrap=76)),
            dict(o=dict(breadcrumb=True, share=False, latest=4, teasers=True, whatsapp=True), f=dict(crlf=True)),
            dict(o=dict(skip=True, time=True, sep="line", tags=True, related=3, latest=3)),
        ],
    ),
    dict(
        slug="thebaghdadpost",
        name="بغداد بوست",
        en="The Baghdad Post",
        region="Iraq",
        domain="thebaghdadpost.com",
        style=style_baghdadpost,
        pool=lambda a: a["outlet"] in ("alarabiya", "skynewsarabia"),
        prefer=IRAQ_RE,
        plans=[
            dict(o=dict(head="suffix", ticker=True, caption=True, related=4, most_viewed=5)),
            dict(
                o=dict(head="english", latin=True, inline=True, telegram=True, related=3, teasers=True),
                f=dict(marks=True),
            ),
            dict(o=dict(head="short", updated=True, sep="line", most_viewed=6), f=dict(crlf=True)),
            dict(o=dict(head="suffix", date=False, inline=True, telegram=True, related=5)),
            dict(o=dict(head="english", ticker=True, caption=True, latin=True, most_viewed=4, related=2, teasers=True)),
            dict(o=dict(head="suffix", updated=True, inline=True, related=3), f=dict(final_nl=False)),
        ],
    ),
    dict(
        slug="basnews",
        name="باسنيوز",
        en="BasNews Arabic",
        region="Kurdistan region (Iraq)",
        domain="basnews.com",
        style=style_basnews,
        pool=lambda a: a["outlet"] in ("bbcarabic", "france24ar"),
        prefer=IRAQ_RE,
        plans=[
            dict(o=dict(caption=True, related=4, most_read=5)),
            dict(o=dict(nav="inline", iso=True, inline=True, related=3, app=True), f=dict(wrap=72)),
            dict(o=dict(date=False, byline=False, most_read=6, app=True)),
            dict(o=dict(caption=True, inline=True, sep="line", most_read=4), f=dict(marks=True)),
            dict(o=dict(iso=True, tags=False, related=5, most_read=3), f=dict(crlf=True, bom=True)),
            dict(o=dict(nav="inline", inline=True, caption=True, related=2)),
        ],
    ),
    dict(
        slug="paltoday",
        name="فلسطين اليوم",
        en="Palestine Today",
        region="Palestine",
        domain="paltoday.ps",
        style=style_paltoday,
        pool=lambda a: a["outlet"] in ("skynewsarabia", "france24ar", "alarabiya", "cnnarabic", "bbcarabic"),
        prefer=PAL_RE,
        plans=[
            dict(o=dict(rates=True, ticker=True, inline=True, comments=3, most_read=4)),
            dict(o=dict(description=True, caption=True, tags=True, most_read=5, teasers=True), f=dict(marks=True)),
            dict(o=dict(lev=True, masthead_date=False, inline=True, telegram=False, comments=2)),
            dict(o=dict(date=False, rates=True, sep="line", tags=True, most_read=3), f=dict(crlf=True)),
            dict(o=dict(ticker=True, description=True, byline=False, inline=True, comments=4, most_read=4)),
            dict(o=dict(lev=True, caption=True, tags=True, most_read=6, teasers=True)),
        ],
    ),
    dict(
        slug="bahrainmirror",
        name="مرآة البحرين",
        en="Bahrain Mirror",
        region="Bahrain",
        domain="bahrainmirror.com",
        style=style_bahrainmirror,
        pool=lambda a: a["outlet"] in ("cnnarabic", "aawsat", "alyaum", "alwatan"),
        prefer=None,
        plans=[
            dict(o=dict(source="ترجمة: مرآة البحرين", related=3, teasers=True, most_read=5)),
            dict(o=dict(nav="lines", time=True, inline=True, newsletter=True, related=4)),
            dict(o=dict(caption=True, sep="line", source="المصدر: وكالات", most_read=6), f=dict(marks=True)),
            dict(o=dict(date=False, inline=True, related=2, teasers=True), f=dict(bom=True)),
            dict(o=dict(time=True, caption=True, newsletter=True, most_read=4), f=dict(final_nl=False)),
            dict(o=dict(nav="lines", inline=True, source="مرآة البحرين - خاص", related=5)),
        ],
    ),
    dict(
        slug="aljoumhouria",
        name="الجمهورية",
        en="Al-Joumhouria",
        region="Lebanon",
        domain="aljoumhouria.com",
        style=style_aljoumhouria,
        pool=lambda a: a["outlet"] in ("bbcarabic", "france24ar", "cnnarabic", "skynewsarabia"),
        prefer=LEV_RE,
        plans=[
            dict(o=dict(nav="inline", secrets=3, related=3, teasers=True)),
            dict(o=dict(writer_first=True, inline=True, most_read=5), f=dict(crlf=True)),
            dict(o=dict(numeric=True, caption=True, secrets=2, related=4), f=dict(wrap=80)),
            dict(o=dict(nav="inline", date=False, masthead_date=True, inline=True, most_read=6)),
            dict(o=dict(masthead_date=False, sep="line", secrets=4, related=2, teasers=True)),
            dict(o=dict(numeric=True, writer=False, inline=True, caption=True, most_read=4)),
        ],
    ),
    dict(
        slug="atheer",
        name="أثير",
        en="Atheer",
        region="Oman",
        domain="atheer.om",
        style=style_atheer,
        pool=lambda a: a["outlet"] in ("aleqtisadiya", "okaz", "aljazirah", "alriyadh", "skynewsarabia"),
        prefer=None,
        plans=[
            dict(o=dict(hijri=True, caption=True, tags=True, related=4, form=True)),
            dict(o=dict(nav="lines", inline=True, source="العمانية", related=3), f=dict(crlf=True)),
            dict(o=dict(title_twice=True, sep="line", whatsapp=True, form=True), f=dict(bom=True)),
            dict(o=dict(date=False, inline=True, tags=True, related=5)),
            dict(o=dict(hijri=True, byline=False, caption=True, whatsapp=False, related=2, form=True)),
            dict(o=dict(title_twice=True, inline=True, source="وكالات", tags=True)),
        ],
    ),
    dict(
        slug="almarsd",
        name="صحيفة المرصد",
        en="Al-Marsd",
        region="Saudi Arabia",
        domain="al-marsd.com",
        style=style_almarsd,
        pool=lambda a: (
            a["outlet"] in ("3alyoum", "almadina", "alweeam", "alriyadh", "alyaum", "okaz", "aljazirah", "aleqtisadiya")
        ),
        prefer=None,
        plans=[
            dict(o=dict(archive=True, related=4, comments=3)),
            dict(o=dict(nav="lines", inline=True, related=3, teasers=True), f=dict(enc="cp1256")),
            dict(o=dict(sep="line", comments=2, social=False), f=dict(crlf=True)),
            dict(o=dict(eastern=True, archive=True, inline=True, comments=4)),
            dict(o=dict(byline=False, related=5, teasers=True)),
            dict(o=dict(date=False, nav="lines", inline=True, comments=2), f=dict(marks=True)),
        ],
    ),
]
HEADING_SLOTS = (1, 4)  # plan positions that prefer an article with subheadings


# ------------------------------------------------------------------ corpus
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


def encodable(s: str, enc: str) -> bool:
    try:
        s.encode(enc)
        return True
    except UnicodeEncodeError:
        return False


def pick_articles(arts: dict, dev_ids: set[str]) -> dict[tuple[str, int], str]:
    used = set(dev_ids)
    chosen = {}
    for site in SITES:
        rng = random.Random(f"{SEED}:articles:{site['slug']}")
        for i, plan in enumerate(site["plans"]):
            cands = sorted(k for k, a in arts.items() if k not in used and site["pool"](a) and len(a["paras"]) >= 2)
            if plan.get("f", {}).get("enc"):
                cands = [k for k in cands if encodable(arts[k]["title"] + arts[k]["body"], plan["f"]["enc"])]
            want_head = i in HEADING_SLOTS
            narrowed = [k for k in cands if ("heading" in arts[k]["kinds"]) == want_head]
            if narrowed:
                cands = narrowed
            if site["prefer"] is not None:
                pref = [k for k in cands if site["prefer"].search(arts[k]["title"] + " " + arts[k]["paras"][0])]
                if pref:
                    cands = pref
            k = rng.choice(cands)
            used.add(k)
            chosen[(site["slug"], i)] = k
    return chosen


# ------------------------------------------------------------------ rendering
def hard_wrap(line: str, width: int) -> list[str]:
    if len(line) <= width or line != line.strip() or "  " in line:
        return [line]
    out, cur = [], ""
    for w in line.split(" "):
        if not cur:
            cur = w
        elif len(cur) + 1 + len(w) <= width:
            cur += " " + w
        else:
            out.append(cur)
            cur = w
    out.append(cur)
    assert " ".join(out) == line
    return out


def add_marks(items: list[tuple[str, str]], rng: random.Random) -> list[tuple[str, str]]:
    out = []
    for kind, text in items:
        if kind == "bp" and text.strip() and rng.random() < 0.4:
            m = rng.choice([LRM, RLM, ZWJ, ZWNBSP, ALM, LRM + RLM])
            pos = rng.choice(["start", "end", "space"])
            if pos == "start":
                text = m + text
            elif pos == "end":
                text = text + m
            else:
                text = text.replace(" ", " " + m, 1)
        elif kind == "c" and rng.random() < 0.45:
            r = rng.random()
            if r < 0.4:
                text = RLM + text
            elif r < 0.7 and re.search(r"\d+", text):
                text = re.sub(r"\d+", lambda mm: LRM + mm.group(0) + LRM, text, count=1)
            else:
                text = text + RLM
        out.append((kind, text))
    # a line made only of direction marks near the top
    out.insert(min(3, len(out)), ("bp", RLM + LRM + RLM))
    return out


def render(page: Page, tweaks: dict, rng: random.Random) -> str:
    items = list(page.items)
    if tweaks.get("marks"):
        items = add_marks(items, rng)
    enc = tweaks.get("enc")
    if enc:
        items = [(k, "".join(ch for ch in t if encodable(ch, enc)) if k == "bp" else t) for k, t in items]
    lines: list[str] = []
    width = tweaks.get("wrap")
    for idx, (kind, text) in enumerate(items):
        if width:
            if kind == "c":
                if lines and lines[-1] != "":
                    lines.append("")
                lines.extend(hard_wrap(text, width))
                nxt = items[idx + 1][0] if idx + 1 < len(items) else "blank"
                if nxt != "blank":
                    lines.append("")
                continue
            if kind == "bp" and lines and lines[-1] != "" and idx > 0 and items[idx - 1][0] == "c":
                lines.append("")
            lines.extend(hard_wrap(text, width) if kind == "bp" else [text])
        else:
            lines.extend(text.split("\n") if kind == "bp" else [text])
    # no blank runs longer than 2, no leading blank lines
    clean: list[str] = []
    for line in lines:
        if line == "" and (not clean or (len(clean) >= 2 and clean[-1] == "" and clean[-2] == "")):
            continue
        clean.append(line)
    while clean and clean[-1] == "":
        clean.pop()
    text = "\n".join(clean)
    if tweaks.get("final_nl", True):
        text += "\n"
    return text


def encode(text: str, tweaks: dict) -> tuple[bytes, str]:
    if tweaks.get("crlf"):
        text = text.replace("\n", "\r\n")
    if tweaks.get("enc"):
        return text.encode(tweaks["enc"]), tweaks["enc"]
    if tweaks.get("bom"):
        return text.encode("utf-8-sig"), "utf-8-sig"
    return text.encode("utf-8"), "utf-8"


# ------------------------------------------------------------------ checks
CONTROL_RE = re.compile("[\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff\u061c]")


def norm(s: str) -> str:
    s = unicodedata.normalize("NFC", s)
    s = CONTROL_RE.sub("", s)
    return re.sub(r"\s+", " ", s).strip()


def decode_like_score(raw: bytes) -> str:
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    for enc in ("utf-8", "cp1256", "latin-1"):
        try:
            text = raw.decode(enc)
            break
        except UnicodeDecodeError:
            continue
    return text.replace("\r\n", "\n").replace("\r", "\n")


def check_dump(raw: bytes, gold: dict, wrapped: bool, stem: str):
    text = decode_like_score(raw)
    lines = [norm(l) for l in text.split("\n")]
    units = set(lines)
    if wrapped:  # paragraphs = runs of non-blank lines
        paras, cur = [], []
        for l in lines + [""]:
            if l:
                cur.append(l)
            elif cur:
                paras.append(" ".join(cur))
                cur = []
        units |= set(paras)
    for b in gold["blocks"]:
        assert norm(b["text"]) in units, f"{stem}: block not recoverable: {b['text'][:40]}"
    if gold["title"]:
        assert norm(gold["title"]) in norm(text.replace("\n", " ")), f"{stem}: title missing"
    # no boilerplate line may duplicate an article block
    block_set = {norm(b["text"]) for b in gold["blocks"]}
    content_lines = sum(1 for l in lines if l in block_set)
    assert content_lines <= len(gold["blocks"]) or wrapped, f"{stem}: duplicated block lines"


# ------------------------------------------------------------------ build
def clear_generated(folder: str, exts: tuple[str, ...]):
    os.makedirs(folder, exist_ok=True)
    for name in sorted(os.listdir(folder)):
        if re.match(r"^\d{3}_", name) and name.endswith(exts):
            os.remove(os.path.join(folder, name))


def build(corpus: str, out: str) -> list[dict]:
    arts = load_articles(os.path.join(corpus, "articles"))
    dev_ids = dev_article_ids(corpus)
    chosen = pick_articles(arts, dev_ids)
    wrapped_ids = set(chosen.values())
    filler = [arts[k] for k in sorted(arts) if k not in dev_ids and k not in wrapped_ids]
    ctx = Ctx(filler)

    dumps_dir, gold_dir = os.path.join(out, "dumps"), os.path.join(out, "gold")
    clear_generated(dumps_dir, (".txt",))
    clear_generated(gold_dir, (".json",))

    manifest = []
    n = 0

    def write(
        stem: str, data: bytes, page: Page, site: dict | None, art: dict | None, tweaks: dict, encoding: str, opts: dict
    ):
        with open(os.path.join(dumps_dir, stem + ".txt"), "wb") as fh:
            fh.write(data)
        gold = page.gold()
        with open(os.path.join(gold_dir, stem + ".json"), "w", encoding="utf-8", newline="\n") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        if art:
            check_dump(data, gold, bool(tweaks.get("wrap")), stem)
        if page.date_text:  # the stated date must survive encoding and wrapping
            flat = norm(decode_like_score(data).replace("\n", " "))
            assert norm(page.date_text) in flat, f"{stem}: date line damaged"
        feats = list(page.features)
        if tweaks.get("wrap"):
            feats.append(f"hard-wrapped at {tweaks['wrap']} columns")
        if tweaks.get("crlf"):
            feats.append("CRLF line endings")
        if tweaks.get("bom"):
            feats.append("UTF-8 byte order mark")
        if tweaks.get("enc"):
            feats.append("Windows-1256 encoding")
        if tweaks.get("marks"):
            feats.append("direction and zero-width marks")
        if tweaks.get("final_nl") is False:
            feats.append("no final newline")
        if art and "heading" in art["kinds"]:
            feats.append("article has subheadings")
        if art and "list_item" in art["kinds"]:
            feats.append("article has list items")
        if art and page.date is None:
            feats.append("no publication date stated")
        manifest.append(
            {
                "dump": stem + ".txt",
                "site": site["slug"] if site else None,
                "site_name": site["name"] if site else None,
                "article_id": art["id"] if art else None,
                "article_outlet": art["outlet"] if art else None,
                "encoding": encoding,
                "features": feats,
                "gold_blocks": len(page.blocks),
                "gold_headings": sum(1 for b in page.blocks if b["kind"] == "heading"),
                "gold_date": page.date,
            }
        )

    for site in SITES:
        for i, plan in enumerate(site["plans"]):
            n += 1
            art = arts[chosen[(site["slug"], i)]]
            rng = random.Random(f"{SEED}:page:{site['slug']}:{i}")
            page = Page(site, art)
            opts = plan.get("o", {})
            site["style"](ctx, art, rng, opts, page)
            tweaks = dict(plan.get("f", {}))
            text = render(page, tweaks, random.Random(f"{SEED}:render:{site['slug']}:{i}"))
            data, encoding = encode(text, tweaks)
            stem = f"{n:03d}_{site['slug']}_{art['outlet']}"
            write(stem, data, page, site, art, tweaks, encoding, opts)

    by_slug = {s["slug"]: s for s in SITES}
    # 404 page (Baghdad Post furniture)
    n += 1
    site = by_slug["thebaghdadpost"]
    page = page_404(ctx, site, random.Random(f"{SEED}:page:404"))
    data, encoding = encode(render(page, {}, random.Random(f"{SEED}:render:404")), {})
    write(f"{n:03d}_404_{site['slug']}", data, page, site, None, {}, encoding, {})
    # section index page (Sahara Medias furniture)
    n += 1
    site = by_slug["saharamedias"]
    page = page_index(ctx, site, random.Random(f"{SEED}:page:index"))
    data, encoding = encode(render(page, {}, random.Random(f"{SEED}:render:index")), {})
    write(f"{n:03d}_index_{site['slug']}", data, page, site, None, {}, encoding, {})
    # whitespace-only file
    n += 1
    page = Page(None, None)
    page.feat("whitespace-only file")
    write(f"{n:03d}_blank_whitespace", b" \n\n\t \n   \n", page, None, None, {}, "utf-8", {})

    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(
            {
                "seed": SEED,
                "description": "held-out dumps: real corpus articles in the furniture of eight Arabic news sites "
                "not used by the development set; gold outlet = site slug",
                "crawl_date_shown_on_mastheads": CRAWL.date().isoformat(),
                "development_articles_excluded": len(dev_ids),
                "sites": [
                    {
                        "slug": s["slug"],
                        "name": s["name"],
                        "name_en": s["en"],
                        "region": s["region"],
                        "domain": s["domain"],
                        "dumps": len(s["plans"]),
                    }
                    for s in SITES
                ],
                "dumps": manifest,
            },
            fh,
            ensure_ascii=False,
            indent=1,
        )
        fh.write("\n")
    return manifest


def selfcheck(out: str) -> int:
    score = os.path.join(out, "score.py")
    sc_dir = os.path.join(out, "selfcheck")
    clear_generated(sc_dir, (".md",))
    py = [sys.executable, "-B", score]
    subprocess.run(py + ["--export-markdown", sc_dir, os.path.join(out, "gold")], check=True, stdout=subprocess.DEVNULL)
    res = subprocess.run(py + [os.path.join(out, "gold"), sc_dir, "--json"], check=True, capture_output=True, text=True)
    report = json.loads(res.stdout)
    total, files = report["total"], report["files"]
    bad = []
    for key in (
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
    ):
        if abs(total[key] - 1.0) > 1e-9:
            bad.append(f"total {key} = {total[key]:.4f}")
    for name, v in sorted(files.items()):
        for key in ("precision", "recall", "f1"):
            if abs(v[key] - 1.0) > 1e-9:
                bad.append(f"{name} {key} = {v[key]:.4f}")
        if not v["title_correct"] or not v["date_correct"] or v["missing"]:
            bad.append(f"{name}: title/date/missing")
        if not (v["headings_matched"] == v["headings_gold"] == v["headings_output"]):
            bad.append(f"{name}: headings")
    st = subprocess.run(py + ["--self-test", os.path.join(out, "gold")], capture_output=True, text=True)
    if st.returncode != 0:
        bad.append("score.py --self-test failed: " + st.stdout.strip())
    print(
        f"selfcheck: {total['files']} files, micro P/R/F1 = {total['micro_precision']:.3f}/"
        f"{total['micro_recall']:.3f}/{total['micro_f1']:.3f}, macro F1 = {total['macro_f1']:.3f}, "
        f"title = {total['title_accuracy']:.3f}, headings F1 = {total['heading_f1']:.3f} "
        f"({total['headings_gold']} gold), date = {total['date_accuracy']:.3f}"
    )
    print("\n".join(l for l in st.stdout.splitlines() if not l.startswith("wrote ")))
    if bad:
        print("SELFCHECK FAILED")
        for b in bad:
            print("  " + b)
        return 1
    print("selfcheck passed: 1.000 everywhere")
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Build the held-out dumps, gold files and self-check.")
    ap.add_argument("out_dir")
    ap.add_argument(
        "--corpus", default=DEFAULT_CORPUS, help="shared corpus folder (articles/, manifest.json, score.py)"
    )
    args = ap.parse_args(argv)
    out = os.path.abspath(args.out_dir)
    os.makedirs(out, exist_ok=True)
    manifest = build(args.corpus, out)
    shutil.copyfile(os.path.join(args.corpus, "score.py"), os.path.join(out, "score.py"))
    print(f"wrote {len(manifest)} dumps ({len(manifest) - 3} with an article) to {out}")
    return selfcheck(out)


if __name__ == "__main__":
    sys.exit(main())
