#!/usr/bin/env python3
"""Held-out test set for the Warraq dump cleaner.

Wraps 60 real articles (articles/*.jsonl, none of those used by the
development dumps) in page furniture of ten Arabic news sites that are NOT
among the development styles (Orient, Aawsat, RT, Hespress, Al-Sharq, Saudi
print sites).  The furniture is written from general knowledge of how these
sites look; it is deliberately worded differently from make_dumps.py.

    python3 tests/heldout/make_sites_a.py OUT_DIR   # writes OUT_DIR/dumps, OUT_DIR/gold, OUT_DIR/manifest.json

Deterministic: fixed seed, one Random per dump.
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

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.environ.get("WARRAQ_CORPUS") or os.path.join(HERE, "..", "..", "..", "shared", "corpus")
ARTICLES = os.path.join(SHARED, "articles")
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "corpus")
SEED = 77031
N_ARTICLES = 60

# ------------------------------------------------------------------ calendar
WD = ["الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
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
M_DZ = ["جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
M_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


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
    return f"{h:02d}:{d.minute:02d} {'ص' if d.hour < 12 else 'م'}"


# ------------------------------------------------------------------ furniture
CAPTION_SENTENCES = [
    "متظاهرون يرفعون الأعلام خلال احتجاجات سابقة وسط العاصمة",
    "عناصر من قوات الأمن ينتشرون في محيط مكان الحادث",
    "جانب من جلسة البرلمان التي عقدت أمس",
    "لقطة عامة للمدينة من أعلى أحد الأبراج",
    "مسؤولون خلال توقيع الاتفاقية في مقر الوزارة",
    "صورة تعبيرية",
    "لاعبون يحتفلون بتسجيل هدف خلال مباراة سابقة",
    "مواطنون ينتظرون أمام أحد المكاتب الحكومية",
    "الرئيس يتحدث خلال مؤتمر صحفي مشترك",
    "آليات عسكرية على طريق سريع قرب الحدود",
]
CREDIT_AGENCIES = ["رويترز", "أ ف ب", "الأناضول", "غيتي", "أسوشيتد برس", "EPA", "AFP", "Getty Images"]
REL_TIMES = [
    "منذ 5 دقائق",
    "منذ 40 دقيقة",
    "منذ ساعة",
    "منذ ساعتين",
    "منذ 3 ساعات",
    "منذ 7 ساعات",
    "منذ يوم",
    "منذ يومين",
    "منذ أسبوع",
    "قبل 12 ساعة",
]
COMMENTERS = [
    "محمود من الإسكندرية",
    "أبو سليم",
    "Karim",
    "مغترب",
    "هدى.ع",
    "ابن البلد",
    "رامي الحلبي",
    "صلاح الدين",
    "Yacine DZ",
    "قارئ دائم",
    "فاطمة الزهراء",
    "ناصر",
    "عبد الحق - وهران",
    "متابع",
]
COMMENT_SHORT = [
    "ربنا يستر على البلد",
    "يا ريت الكلام ده يتنفذ بجد",
    "خبر مهم شكرا",
    "وين الحكومة من كل هذا؟؟",
    "bravo pour l'article",
    "نفس الكلام كل سنة",
    "حسبي الله ونعم الوكيل",
    "Allah y3awen",
    "مقال في الصميم",
    "هل من مزيد من التفاصيل؟",
]
COMMENT_LONG = [
    "المشكلة أن الناس تعبت من الوعود، كل مسؤول يأتي يقول نفس الكلام ثم يرحل دون أن يتغير شيء على الأرض، ونحن ندفع الثمن من جيوبنا ومن صحة أولادنا.",
    "أعتقد أن الموضوع أعقد مما يطرحه الخبر، فهناك أطراف كثيرة مستفيدة من بقاء الوضع على ما هو عليه، والإعلام لا يسلط الضوء عليها بما يكفي.",
    "اللهم احفظ بلادنا من كل سوء، ونتمنى أن يكون هذا القرار بداية لإصلاح حقيقي وليس مجرد تصريحات للاستهلاك الإعلامي كما تعودنا.",
    "كنت أعمل في هذا المجال سنوات طويلة وأستطيع القول إن الأرقام المذكورة أقل بكثير من الواقع، والمطلوب رقابة مستقلة على التنفيذ.",
    "شكرا للصحفي على هذا التقرير المفصل، لكن كان من الأفضل أن يتم سؤال المواطنين المتضررين مباشرة بدلا من الاكتفاء بتصريحات المسؤولين.",
]
TAG_WORDS = [
    "الحكومة",
    "البرلمان",
    "الانتخابات",
    "الاقتصاد",
    "كرة القدم",
    "الشرق الأوسط",
    "الولايات المتحدة",
    "روسيا",
    "النفط",
    "التعليم",
    "الصحة",
    "الأمم المتحدة",
    "مصر",
    "سوريا",
    "العراق",
    "تونس",
    "الجزائر",
    "المغرب",
    "لبنان",
    "السعودية",
]


class Page:
    def __init__(self, art):
        self.art = art
        self.lines: list[str] = []
        self.blocks: list[dict] = []
        self.title = art["title"] if art else None
        self.date = None
        self.outlet = art["outlet"] if art else None
        self.features: set[str] = set()

    def bp(self, *lines):
        for l in lines:
            if isinstance(l, (list, tuple)):
                self.bp(*l)
            else:
                self.lines.append(l)

    def blank(self, n=1):
        self.lines.extend([""] * n)

    def set_date(self, d):
        self.date = d.date().isoformat()

    def body(self, rng, sep="blank", inserts=None, list_marker=None, indent=""):
        """sep: blank | none | double | mixed.  inserts: {i: lines before block i}."""
        inserts = inserts or {}
        a = self.art
        n = len(a["paras"])
        for i, (text, kind) in enumerate(zip(a["paras"], a["kinds"])):
            if i in inserts:
                self.bp(*inserts[i])
                if sep != "none":
                    self.blank()
            shown = text
            if kind == "list_item" and list_marker and not re.match(r"^\s*(?:[-–•*·▪●+٭]|\d{1,3}[.)\-–])", text):
                shown = list_marker + text
            self.lines.append(indent + shown)
            self.blocks.append({"kind": kind, "text": text})
            if i < n - 1:
                if sep == "blank":
                    self.blank()
                elif sep == "double":
                    self.blank(2)
                elif sep == "mixed" and rng.random() < 0.5:
                    self.blank()

    def text(self):
        return "\n".join(self.lines)

    def gold(self):
        return {"title": self.title, "date": self.date, "outlet": self.outlet, "blocks": self.blocks}


class Ctx:
    """Headline pool: other real articles, never one of the 60 wrapped ones."""

    def __init__(self, pool):
        self.pool = pool

    def heads(self, rng, n):
        return [a["title"] for a in rng.sample(self.pool, n)]

    def items(self, rng, n):
        return rng.sample(self.pool, n)


def teaser(a, limit=150):
    first = a["paras"][0]
    if len(first) <= limit:
        return first
    return first[:limit].rsplit(" ", 1)[0] + "..."


def caption(rng, style="paren"):
    s = rng.choice(CAPTION_SENTENCES)
    ag = rng.choice(CREDIT_AGENCIES)
    if style == "paren":
        return f"{s} ({ag})"
    if style == "dash":
        return f"{s} - {ag}"
    return s


def inner_positions(rng, n_paras, k):
    """k distinct insert positions between paragraphs (1..n-1)."""
    cand = list(range(1, n_paras))
    if not cand:
        return []
    return sorted(rng.sample(cand, min(k, len(cand))))


def date_or_none(a, rng):
    d = parse_date(a.get("date"))
    if d is None:
        return None
    if d.hour == 0 and d.minute == 0:
        d = d.replace(hour=rng.randint(6, 23), minute=rng.randint(0, 59))
    return d


# ------------------------------------------------------------------ styles
def st_aljazeera(ctx, a, rng, o):
    p = Page(a)
    d = date_or_none(a, rng)
    if o.get("page_title"):
        p.bp(f"{a['title']} | الجزيرة نت")
        p.blank()
    p.bp("تخطي إلى المحتوى", "الجزيرة")
    nav = [
        "الأخبار",
        "مباشر",
        "أخبار",
        "سياسة",
        "اقتصاد",
        "رياضة",
        "صحة",
        "تكنولوجيا",
        "ثقافة",
        "أسلوب حياة",
        "بودكاست",
        "وثائقيات",
        "المزيد",
        "بحث",
    ]
    if o.get("nav_line"):
        p.bp("   ".join(nav))
    else:
        p.bp(*nav)
    p.blank()
    p.bp(rng.choice(["أخبار|سياسة", "أخبار|اقتصاد", "أخبار|رياضة", "الأخبار|منوعات"]))
    p.blank()
    p.bp(a["title"])
    p.blank()
    if d:
        p.bp(f"{d.day}/{d.month}/{d.year}")
        up = d + dt.timedelta(hours=rng.randint(1, 9))
        p.bp(f"|آخر تحديث: {up.day}/{up.month}/{up.year}{up.hour:02d}:{up.minute:02d} (بتوقيت مكة المكرمة)")
        p.set_date(d)
        p.blank()
    p.bp("حفظ")
    if o.get("listen"):
        p.bp("استمع إلى المقال (" + str(rng.randint(2, 7)) + " دقائق)")
    p.blank()
    if o.get("caption"):
        p.bp(caption(rng, "paren"))
        p.blank()
    ins = {}
    pos = inner_positions(rng, len(a["paras"]), 1)
    if pos and o.get("read_also", True):
        ins[pos[0]] = (
            ["اقرأ أيضا", ""] + [x for h in ctx.heads(rng, 3) for x in (h, "")] + ["list of 3 items", "end of list"]
        )
        p.features.add("inline related list")
    p.body(rng, sep=o.get("sep", "blank"), inserts=ins)
    p.blank()
    p.bp(rng.choice(["المصدر : الجزيرة + وكالات", "المصدر : الجزيرة", "المصدر : الجزيرة + رويترز", "المصدر : وكالات"]))
    p.blank()
    if o.get("tags"):
        p.bp("الكلمات الدالة", *rng.sample(TAG_WORDS, 4))
        p.blank()
    p.bp("الأكثر قراءة")
    p.blank()
    for h in ctx.heads(rng, o.get("most_read", 5)):
        p.bp(h)
        p.blank()
    p.bp(
        "حول",
        "من نحن",
        "مدونة قواعد السلوك",
        "الشروط والأحكام",
        "تفضيلات ملفات تعريف الارتباط",
        "إمكانية الوصول",
        "تواصل",
        "تواصل معنا",
        "أعلن معنا",
        "تابع الجزيرة نت على:",
        "يوتيوب",
        "فيسبوك",
        "إكس",
        "إنستغرام",
        "تليغرام",
    )
    p.blank()
    p.bp("© 2024 المركز الإعلامي لشبكة الجزيرة")
    if o.get("cookie"):
        p.blank()
        p.bp(
            "نستعين بملفات الارتباط (الكوكيز) لتقديم المحتوى وتخصيص الإعلانات وتحليل حركة الزوار، ويمكنك تعديل اختياراتك في أي وقت من خلال إعدادات الخصوصية.",
            "قبول الكل",
            "إدارة التفضيلات",
        )
        p.features.add("cookie banner (sentence)")
    return p


def st_youm7(ctx, a, rng, o):
    p = Page(a)
    d = date_or_none(a, rng)
    p.bp(f"{a['title']} - اليوم السابع")
    p.blank()
    p.bp("اليوم السابع")
    p.bp(
        " | ".join(
            [
                "الرئيسية",
                "أخبار عاجلة",
                "سياسة",
                "حوادث",
                "محافظات",
                "اقتصاد وبورصة",
                "رياضة",
                "فن",
                "المرأة والمنوعات",
                "فيديو",
                "Youm7 English",
            ]
        )
    )
    p.blank()
    if o.get("breaking"):
        p.bp("عاجل")
        for h in ctx.heads(rng, 3):
            p.bp(h)
        p.blank()
        p.features.add("breaking ticker before article")
    p.bp("اليوم السابع > " + rng.choice(["أخبار عاجلة", "سياسة", "أخبار عربية", "أخبار عالمية", "رياضة"]))
    p.blank()
    if not o.get("no_h1"):
        p.bp(a["title"])
        p.blank()
    else:
        p.features.add("title only with site suffix")
    p.bp(rng.choice(["كتب محمد السيد", "كتبت آية دعبس", "كتب أحمد جمعة", "كتب محمود عبد الراضي", "وكالات"]))
    if d:
        p.bp(f"{WD[d.weekday()]}، {d.day:02d} {M_EG[d.month - 1]} {d.year} {ampm(d)}")
        p.set_date(d)
    p.blank()
    if o.get("caption"):
        p.bp(rng.choice(["جانب من اللقاء", "صورة أرشيفية", caption(rng, "none")]))
        p.blank()
    ins = {}
    k = o.get("read_also", 2)
    for i, pos in enumerate(inner_positions(rng, len(a["paras"]), k)):
        h = ctx.heads(rng, 1)[0]
        ins[pos] = [f"اقرأ أيضا: {h}"] if i % 2 == 0 else ["اقرأ أيضا..", h]
        p.features.add("inline read-also")
    p.body(rng, sep=o.get("sep", "blank"), inserts=ins, list_marker="- ")
    p.blank()
    if o.get("whatsapp"):
        p.bp("لمتابعة آخر الأخبار لحظة بلحظة تابعوا قناة اليوم السابع على واتساب من خلال الرابط التالي")
        p.blank()
        p.features.add("channel prompt sentence")
    p.bp("الموضوعات المتعلقة")
    p.blank()
    for it in ctx.items(rng, o.get("related", 4)):
        p.bp(it["title"])
        dd = parse_date(it.get("date")) or dt.datetime(2018, 3, 1, 13, 0)
        p.bp(f"{WD[dd.weekday()]}، {dd.day:02d} {M_EG[dd.month - 1]} {dd.year} {ampm(dd)}")
        p.blank()
    p.bp("Advertisements")
    p.blank()
    p.bp("اضف تعليق", "الاسم", "البريد الإلكتروني", "عنوان التعليق", "التعليق", "إرسال")
    p.blank()
    p.bp("الأكثر قراءة")
    for i, h in enumerate(ctx.heads(rng, o.get("most_read", 5)), 1):
        p.bp(str(i), h)
    p.blank()
    p.bp("تطبيق اليوم السابع", "حمل تطبيق اليوم السابع الآن على أندرويد وآيفون")
    p.bp("جميع الحقوق محفوظة لـ اليوم السابع 2008 - 2024")
    return p


def st_masry(ctx, a, rng, o):
    p = Page(a)
    d = date_or_none(a, rng)
    if o.get("page_title"):
        p.bp(f"{a['title']} | المصري اليوم")
        p.blank()
    p.bp("المصري اليوم", "اشترك الآن", "النسخة الورقية")
    p.bp("  ".join(["أخبار", "مصر", "عرب وعالم", "حوادث", "رياضة", "اقتصاد", "فنون", "رأي", "لايف ستايل", "أسعار"]))
    p.blank()
    p.bp(
        "الرئيسية » "
        + rng.choice(["أخبار", "عرب وعالم", "رياضة", "اقتصاد"])
        + " » "
        + rng.choice(["أخبار مصر", "أخبار العالم", "أخبار الرياضة", "تقارير"])
    )
    p.blank()
    p.bp(a["title"])
    by = rng.choice(["كتب: أحمد شلبي", "كتب: وكالات", "كتبت: منى ياسين", "كتب: محمد عبد الخالق"])
    if d:
        p.bp(f"{by} | {WD[d.weekday()]} {d.day:02d}-{d.month:02d}-{d.year} {d.hour:02d}:{d.minute:02d}")
        p.set_date(d)
    else:
        p.bp(by)
    p.blank()
    if o.get("caption"):
        p.bp(caption(rng, "none"))
        p.bp("تصوير : " + rng.choice(["محمد شكري الجرنوسي", "فؤاد الجرنوسي", "طارق وجيه"]))
        p.blank()
    p.bp("شارك", "فيسبوك", "تويتر", "لينكد إن", "واتس اب", "ماسنجر")
    p.blank()
    ins = {}
    for pos in inner_positions(rng, len(a["paras"]), o.get("read_also", 2)):
        ins[pos] = [f"اقرأ أيضًا: {ctx.heads(rng, 1)[0]}"]
        p.features.add("inline read-also")
    p.body(rng, sep=o.get("sep", "blank"), inserts=ins, list_marker="• ")
    p.blank()
    p.bp("اشترك لتصلك أهم الأخبار")
    p.bp("تابع المصري اليوم على جوجل نيوز")
    p.blank()
    p.bp("أخبار متعلقة")
    for it in ctx.items(rng, o.get("related", 3)):
        p.bp(it["title"])
        if o.get("teasers"):
            p.bp(teaser(it))
    p.blank()
    p.bp("جميع الحقوق محفوظة © 2024 المصري اليوم")
    return p


def st_enab(ctx, a, rng, o):
    p = Page(a)
    d = date_or_none(a, rng)
    crawl = dt.datetime(2024, 9, 11)
    p.bp("English", "عنب بلدي", f"{WD[crawl.weekday()]} {crawl.day} {M_LEV[crawl.month - 1]} {crawl.year}")
    p.bp(
        " | ".join(["أخبار سوريا", "اقتصاد", "رأي وتحليل", "تحقيقات", "ثقافة", "رياضة", "مجتمع", "ملتيميديا", "ملفات"])
    )
    p.blank()
    p.bp(a["title"])
    p.blank()
    if d:
        p.bp(f"{d.day} {M_LEV[d.month - 1]} {d.year}")
        p.set_date(d)
    p.bp(rng.choice(["عنب بلدي – دمشق", "عنب بلدي – خاص", "عنب بلدي – إدلب", "عنب بلدي – متابعات"]))
    p.blank()
    p.bp("حجم الخط", "A", "A", "A")
    p.blank()
    if o.get("caption"):
        p.bp(
            f"{rng.choice(CAPTION_SENTENCES)} - {d.day if d else 3} {M_LEV[(d.month if d else 9) - 1]} {d.year if d else 2018} (عنب بلدي/ {rng.choice(['أنس الخربوطلي', 'يوسف غريبي', 'عاصم ملحم'])})"
        )
        p.blank()
        p.features.add("long dated caption")
    ins = {}
    if o.get("mid_related"):
        pos = inner_positions(rng, len(a["paras"]), 1)
        if pos:
            ins[pos[0]] = ["مقالات متعلقة"] + ctx.heads(rng, 2)
            p.features.add("inline related list")
    p.body(rng, sep=o.get("sep", "none"), inserts=ins, list_marker="• ")
    p.blank()
    p.bp("الكلمات المفتاحية")
    p.bp(*rng.sample(TAG_WORDS, 3))
    p.blank()
    p.bp("مقالات متعلقة")
    for h in ctx.heads(rng, 4):
        p.bp(h)
    p.blank()
    if o.get("newsletter"):
        p.bp("اشترك بالنشرة البريدية الأسبوعية لعنب بلدي لتصلك أحدث المقالات والتحقيقات", "بريدك الإلكتروني", "اشترك")
        p.blank()
    p.bp("تابعوا عنب بلدي على تلغرام")
    p.bp("© 2024 عنب بلدي. جميع الحقوق محفوظة.")
    return p


def st_annahar(ctx, a, rng, o):
    p = Page(a)
    d = date_or_none(a, rng)
    if o.get("page_title"):
        p.bp(f"{a['title']} | النهار")
    p.bp("النهار", "مباشر", "EN")
    p.bp(
        *[
            "لبنان",
            "العالم العربي",
            "دوليات",
            "اقتصاد وأعمال",
            "رياضة",
            "ثقافة",
            "آراء",
            "فيديو",
            "النهار الرياضي",
            "بودكاست",
        ]
    )
    p.blank()
    p.bp("A+", "A-")
    p.bp(rng.choice(["لبنان", "العالم العربي", "دوليات", "اقتصاد وأعمال"]))
    p.bp(a["title"])
    p.bp(rng.choice(['المصدر: "النهار"', "المصدر: النهار العربي", "بيروت-النهار", "المصدر: وكالات"]))
    if d:
        p.bp(f"{d.day:02d}-{d.month:02d}-{d.year} | {d.hour:02d}:{d.minute:02d}")
        p.set_date(d)
    p.blank()
    p.bp(rng.choice(["(أرشيفية)", "(تعبيرية)", "(أ ف ب)", caption(rng, "paren")]))
    p.blank()
    ins = {}
    for pos in inner_positions(rng, len(a["paras"]), o.get("ads", 2)):
        ins[pos] = [rng.choice(["Advertisement", "إعلان", "ADVERTISEMENT"])]
        p.features.add("ad markers between paragraphs")
    p.body(rng, sep=o.get("sep", "blank"), inserts=ins)
    p.blank()
    p.bp(" ".join("#" + t.replace(" ", "_") for t in rng.sample(TAG_WORDS, 3)))
    p.blank()
    p.bp("Advertisement")
    p.blank()
    p.bp("الأكثر قراءة")
    for i, h in enumerate(ctx.heads(rng, 5), 1):
        p.bp(f"{i:02d}", h)
    p.blank()
    if o.get("newsletter"):
        p.bp("سجّل بريدك للحصول على أبرز الأخبار يومياً", "البريد الإلكتروني", "تسجيل")
        p.blank()
    p.bp('تابعوا آخر الأخبار عبر تطبيق "النهار"')
    p.bp("© 2024 جميع الحقوق محفوظة لدار النهار للنشر")
    return p


def st_alquds(ctx, a, rng, o):
    p = Page(a)
    d = date_or_none(a, rng)
    p.bp(f"{a['title']} | القدس العربي")
    p.blank()
    p.bp("القدس العربي", "بحث")
    for it in [
        "الرئيسية",
        "أخبار",
        "سياسة",
        "اقتصاد",
        "ثقافة",
        "رياضة",
        "رأي",
        "صحافة",
        "مدونات",
        "تحقيقات",
        "سوشيال ميديا",
    ]:
        p.bp("   " + it)
    p.blank()
    p.bp(a["title"])
    p.blank()
    if d:
        p.bp(f"{M_EG[d.month - 1]} {d.day}, {d.year}")
        p.set_date(d)
    p.bp(rng.choice(["لندن – «القدس العربي»:", "القاهرة – «القدس العربي»:", "وكالات:", "رام الله – «القدس العربي»:"]))
    p.blank()
    p.bp("حجم الخط")
    p.blank()
    ins = {}
    if o.get("read_also"):
        for pos in inner_positions(rng, len(a["paras"]), 1):
            ins[pos] = ["اقرأ أيضا:", ctx.heads(rng, 1)[0]]
            p.features.add("inline read-also")
    p.body(rng, sep=o.get("sep", "blank"), inserts=ins)
    p.blank()
    p.bp("الوسوم", ", ".join(rng.sample(TAG_WORDS, 4)))
    p.blank()
    p.bp("مواضيع ذات صلة")
    for it in ctx.items(rng, 3):
        p.bp(it["title"])
        if o.get("teasers"):
            p.bp(teaser(it, 120))
    p.blank()
    nc = o.get("comments", 2)
    if nc:
        p.bp(f"{nc} تعليقات" if nc > 2 else ("تعليقان" if nc == 2 else "تعليق واحد"))
        p.blank()
        for name in rng.sample(COMMENTERS, nc):
            cd = (d or dt.datetime(2018, 5, 1)) + dt.timedelta(hours=rng.randint(2, 40))
            p.bp(
                f"{name} يقول:",
                f"{M_EG[cd.month - 1]} {cd.day}, {cd.year} في {cd.hour % 12 or 12}:{cd.minute:02d} {'ص' if cd.hour < 12 else 'م'}",
            )
            p.bp(rng.choice(COMMENT_LONG if rng.random() < 0.6 else COMMENT_SHORT))
            p.bp("رد")
            p.blank()
        p.features.add("comments")
    p.bp(
        "اترك تعليقاً",
        "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *",
        "التعليق *",
        "الاسم *",
        "البريد الإلكتروني *",
        "حفظ اسمي، بريدي الإلكتروني، والموقع الإلكتروني في هذا المتصفح لاستخدامها المرة المقبلة في تعليقي.",
        "إرسال التعليق",
    )
    p.blank()
    p.bp("© 2024 القدس العربي. جميع الحقوق محفوظة", "Powered by WordPress")
    return p


def st_echorouk(ctx, a, rng, o):
    p = Page(a)
    d = date_or_none(a, rng)
    ind = "\t" if o.get("indent") else ""
    p.bp("الشروق أونلاين", "Echorouk Online")
    p.bp(" - ".join(["الجزائر", "العالم", "رياضة", "اقتصاد", "ثقافة", "مجتمع", "إسلاميات", "منوعات", "بالفيديو"]))
    p.blank()
    sect = rng.choice(["الجزائر", "العالم", "رياضة"])
    p.bp(f"الرئيسية > {sect} > {a['title']}")
    p.features.add("title inside breadcrumb")
    p.blank()
    p.bp(ind + a["title"])
    p.blank()
    p.bp(rng.choice(["الشروق أونلاين", "ب. ع", "ق. و", "وكالات"]))
    if d:
        p.bp(f"{d.year}/{d.month:02d}/{d.day:02d} {d.hour:02d}:{d.minute:02d}")
        p.set_date(d)
    p.bp(f"{rng.randint(1, 40)},{rng.randint(100, 999)} مشاهدة", f"{o.get('comments', 0)} تعليقات")
    p.blank()
    p.bp(ind + "(أرشيفية)")
    p.blank()
    ins = {}
    for pos in inner_positions(rng, len(a["paras"]), o.get("read_also", 1)):
        ins[pos] = [ind + "اقرأ أيضا: " + ctx.heads(rng, 1)[0]]
        p.features.add("inline read-also")
    p.body(rng, sep=o.get("sep", "blank"), inserts=ins, indent=ind)
    p.blank()
    nc = o.get("comments", 0)
    if nc:
        p.bp("تعليقات الزوار")
        for name in rng.sample(COMMENTERS, nc):
            p.bp(name, rng.choice(REL_TIMES), rng.choice(COMMENT_LONG if rng.random() < 0.5 else COMMENT_SHORT))
            p.blank()
        p.bp("أضف تعليقك", "الاسم", "البريد الإلكتروني", "التعليق", "أرسل")
        p.blank()
        p.features.add("comments")
    p.bp("أخبار ذات صلة")
    for h in ctx.heads(rng, 4):
        p.bp(h)
    p.blank()
    p.bp("الأكثر قراءة", "خلال 24 ساعة  |  الأسبوع  |  الشهر")
    for h in ctx.heads(rng, 5):
        p.bp(h)
    p.blank()
    p.bp("من نحن - اتصل بنا - إعلانات - شروط الاستخدام")
    p.bp("جميع الحقوق محفوظة © الشروق أونلاين 2024")
    return p


def st_rudaw(ctx, a, rng, o):
    p = Page(a)
    d = date_or_none(a, rng)
    p.bp("کوردی | Kurmancî | English | Türkçe | عربي | فارسی")
    p.bp("رووداو", "البث المباشر", "راديو")
    p.bp(" ".join(["كوردستان", "العراق", "الشرق الأوسط", "العالم", "اقتصاد", "رياضة", "فيديو", "برامج", "تقارير"]))
    p.blank()
    p.bp(a["title"])
    p.bp(rng.choice(["رووداو ديجيتال", "رووداو - أربيل", "رووداو - بغداد"]))
    if d:
        p.bp(f"{d.day:02d}-{d.month:02d}-{d.year} الساعة {d.hour:02d}:{d.minute:02d}")
        p.set_date(d)
    p.blank()
    p.bp("صورة أرشيفية: رووداو" if rng.random() < 0.5 else f"صورة: {rng.choice(CREDIT_AGENCIES)}")
    p.blank()
    ins = {}
    if o.get("video"):
        pos = inner_positions(rng, len(a["paras"]), 1)
        if pos:
            ins[pos[0]] = ["شاهد الفيديو", "00:00", "03:41"]
            p.features.add("video player residue")
    p.body(rng, sep=o.get("sep", "blank"), inserts=ins, list_marker="• ")
    p.blank()
    p.bp("الكلمات الدالة")
    p.bp(*rng.sample(TAG_WORDS, 3))
    p.blank()
    p.bp("المزيد من الأخبار")
    for it in ctx.items(rng, 4):
        p.bp(it["title"])
        p.bp(rng.choice(["منذ 5 ساعات", "منذ ساعتين", "أمس", "منذ يومين"]))
    p.blank()
    p.bp(
        "أضف تعليقاً",
        "تحتفظ شبكة رووداو الإعلامية بحق حذف أي تعليق يتضمن إساءة أو تحريضاً أو عبارات تخالف المعايير المهنية، ولا تعبر التعليقات عن رأي الشبكة.",
    )
    if o.get("comments"):
        for name in rng.sample(COMMENTERS, o["comments"]):
            p.bp(name, rng.choice(REL_TIMES), rng.choice(COMMENT_LONG + COMMENT_SHORT))
        p.features.add("comments")
    p.blank()
    p.bp("حمّل تطبيق رووداو", "Copyright © Rudaw 2024. All rights reserved.")
    return p


def st_independent(ctx, a, rng, o):
    p = Page(a)
    d = date_or_none(a, rng)
    p.bp("اندبندنت عربية", "Independent عربية")
    nav = [
        "الرئيسية",
        "أخبار",
        "آراء",
        "تحقيقات ومطولات",
        "ثقافة",
        "رياضة",
        "منوعات",
        "صحة",
        "علوم وتكنولوجيا",
        "اقتصاد",
        "سوشيال ميديا",
        "فيديو",
        "بودكاست",
    ]
    p.bp(" | ".join(nav) if o.get("nav_line") else "\n".join(nav))
    p.blank()
    p.bp("أخبار › " + rng.choice(["العالم العربي", "دوليات", "رياضة", "اقتصاد", "منوعات"]))
    p.blank()
    p.bp(a["title"])
    p.blank()
    p.bp(caption(rng, "paren"))
    p.blank()
    p.bp(
        rng.choice(
            ["اندبندنت عربية", "اندبندنت عربية ووكالات", "سوسن مهنا صحافية @SawsanMhanna", "طارق الحميد كاتب وصحافي"]
        )
    )
    if d:
        p.bp(f"{WD[d.weekday()]} {d.day} {M_EG[d.month - 1]} {d.year} {d.hour}:{d.minute:02d}")
        p.set_date(d)
    mins = max(1, sum(len(x) for x in a["paras"]) // 900)
    p.bp("دقيقة للقراءة" if mins == 1 else ("دقيقتان للقراءة" if mins == 2 else f"{mins} دقائق للقراءة"))
    p.blank()
    ins = {}
    pos = inner_positions(rng, len(a["paras"]), 2)
    if pos:
        ins[pos[0]] = ["اقرأ المزيد"] + [x for h in ctx.heads(rng, 2) for x in (h, "")][:-1]
        p.features.add("inline related list")
    if len(pos) > 1 and o.get("mid_caption"):
        ins[pos[1]] = [caption(rng, "paren")]
        p.features.add("caption between paragraphs")
    p.body(rng, sep=o.get("sep", "blank"), inserts=ins)
    p.blank()
    p.bp("المزيد عن: " + "|".join(rng.sample(TAG_WORDS, 3)))
    p.blank()
    p.bp("الأكثر قراءة")
    for it in ctx.items(rng, 5):
        p.bp(rng.choice(["منوعات", "العالم العربي", "اقتصاد", "رياضة", "ثقافة"]))
        p.bp(it["title"])
    p.blank()
    p.bp("تابعوا اندبندنت عربية على", "Facebook  Twitter  Instagram  YouTube  Telegram")
    p.bp("من نحن", "الشروط والأحكام", "سياسة الخصوصية")
    p.bp("© 2024 Independent Arabia. All rights reserved")
    if o.get("cookie"):
        p.blank()
        p.bp(
            "We use cookies to improve your experience on our website. By continuing to browse, you agree to our use of cookies.",
            "Accept",
        )
        p.features.add("English cookie banner")
    return p


def st_arabi21(ctx, a, rng, o):
    p = Page(a)
    d = date_or_none(a, rng)
    p.bp(f"{a['title']} | عربي21")
    p.blank()
    for it in [
        "الرئيسية",
        "سياسة",
        "اقتصاد",
        "رياضة",
        "مدونات",
        "مقالات",
        "هاف بوست عربي",
        "تكنولوجيا",
        "صحة",
        "منوعات",
    ]:
        p.bp(it)
    p.blank()
    p.bp(a["title"])
    p.blank()
    p.bp(caption(rng, "none") + " - " + rng.choice(["جيتي", "الأناضول", "تويتر", "أرشيفية"]))
    p.blank()
    p.bp(rng.choice(["عربي21- وكالات", "عربي21- محمد عبد الله", "عربي21- متابعات", "عربي21"]))
    if d:
        p.bp(f"{WD[d.weekday()]}، {d.day:02d} {M_EG[d.month - 1]} {d.year} {ampm(d)} بتوقيت غرينتش")
        p.set_date(d)
    p.bp(f"{rng.randint(0, 9)}", "شارك", f"{rng.randint(0, 30)}", "تعليق")
    p.blank()
    ins = {}
    for pos in inner_positions(rng, len(a["paras"]), o.get("toggles", 2)):
        ins[pos] = [rng.choice(["اظهار أخبار متعلقة", "اظهار اخبار متعلقة", "اظهار أخبار متعلقة"])]
        p.features.add("related-toggle lines between paragraphs")
    if o.get("mid_list"):
        pos = inner_positions(rng, len(a["paras"]), 1)
        if pos:
            ins[pos[0]] = ins.get(pos[0], []) + ctx.heads(rng, 3)
            p.features.add("inline headlines without header")
    p.body(rng, sep=o.get("sep", "blank"), inserts=ins)
    p.blank()
    p.bp("الكلمات الدالة: " + "، ".join(rng.sample(TAG_WORDS, 4)))
    p.blank()
    p.bp("التعليقات", "لا توجد تعليقات على الخبر.", "أضف تعليقك")
    p.blank()
    p.bp("الأكثر مشاهدة")
    for h in ctx.heads(rng, 5):
        p.bp(h)
        if o.get("teasers"):
            pass
    p.blank()
    p.bp("تابع عربي21", "جميع الحقوق محفوظة © عربي21 2024")
    return p


def pg_404(ctx, rng):
    p = Page(None)
    p.bp("اندبندنت عربية", "الرئيسية | أخبار | آراء | ثقافة | رياضة | منوعات")
    p.blank()
    p.bp(
        "عفواً، لم نتمكن من العثور على الصفحة المطلوبة",
        "قد يكون الرابط الذي اتبعته غير صحيح أو أن الصفحة أزيلت من الموقع.",
        "Error 404 - Page not found",
        "عودة للرئيسية",
    )
    p.blank()
    p.bp("ربما يهمك")
    for it in ctx.items(rng, 4):
        p.bp(it["title"], teaser(it, 140))
        p.blank()
    p.bp("© 2024 Independent Arabia. All rights reserved")
    p.features.add("no article: 404")
    return p


def pg_index(ctx, rng):
    p = Page(None)
    p.bp("الشروق أونلاين", "الجزائر - العالم - رياضة - اقتصاد - ثقافة")
    p.blank()
    p.bp("العالم")
    p.blank()
    for it in ctx.items(rng, 8):
        p.bp(it["title"])
        dd = parse_date(it.get("date")) or dt.datetime(2018, 6, 2, 10, 0)
        p.bp(f"{dd.year}/{dd.month:02d}/{dd.day:02d}")
        p.bp(teaser(it, 200))
        p.blank()
    p.bp("1 2 3 4 ... 250 التالي")
    p.bp("جميع الحقوق محفوظة © الشروق أونلاين 2024")
    p.features.add("no article: section index")
    return p


STYLES = {
    "aljazeera": st_aljazeera,
    "youm7": st_youm7,
    "masry": st_masry,
    "enab": st_enab,
    "annahar": st_annahar,
    "alquds": st_alquds,
    "echorouk": st_echorouk,
    "rudaw": st_rudaw,
    "independent": st_independent,
    "arabi21": st_arabi21,
}

# Per style: six option sets; file-level tweaks under "_file".
PLAN = {
    "aljazeera": [
        dict(page_title=True, caption=True, tags=True),
        dict(nav_line=True, listen=True, cookie=True),
        dict(caption=True, sep="none", most_read=6),
        dict(page_title=True, read_also=True, _file=dict(crlf=True)),
        dict(listen=True, tags=True, sep="double"),
        dict(caption=True, cookie=True, sep="mixed"),
    ],
    "youm7": [
        dict(caption=True, read_also=2, whatsapp=True),
        dict(breaking=True, read_also=1, sep="none"),
        dict(no_h1=True, read_also=2),
        dict(caption=True, read_also=3, whatsapp=True, sep="mixed"),
        dict(breaking=True, read_also=2, _file=dict(crlf=True)),
        dict(read_also=1, related=6),
    ],
    "masry": [
        dict(caption=True, read_also=2),
        dict(page_title=True, read_also=1, teasers=True),
        dict(read_also=3, sep="none", teasers=True),
        dict(caption=True, read_also=2, _file=dict(cp1256=True)),
        dict(page_title=True, read_also=2, related=4),
        dict(caption=True, read_also=1, sep="mixed"),
    ],
    "enab": [
        dict(caption=True, newsletter=True),
        dict(mid_related=True),
        dict(caption=True, sep="blank", mid_related=True),
        dict(newsletter=True, _file=dict(controls=True)),
        dict(caption=True, mid_related=True, sep="blank"),
        dict(newsletter=True, sep="none"),
    ],
    "annahar": [
        dict(page_title=True, ads=2),
        dict(ads=3, newsletter=True),
        dict(ads=1, sep="none"),
        dict(page_title=True, ads=2, newsletter=True, _file=dict(bom=True)),
        dict(ads=2, sep="double"),
        dict(ads=3, newsletter=True, sep="mixed"),
    ],
    "alquds": [
        dict(comments=2, teasers=True),
        dict(comments=0, read_also=True),
        dict(comments=4, sep="none"),
        dict(comments=1, read_also=True, teasers=True, _file=dict(crlf=True)),
        dict(comments=3),
        dict(comments=2, read_also=True, sep="mixed"),
    ],
    "echorouk": [
        dict(comments=3),
        dict(comments=0, read_also=2, _file=dict(cp1256=True)),
        dict(comments=2, indent=True),
        dict(comments=1, read_also=1, sep="none"),
        dict(comments=4, indent=True, read_also=2),
        dict(comments=0, sep="double"),
    ],
    "rudaw": [
        dict(video=True, comments=2),
        dict(),
        dict(video=True, sep="none"),
        dict(comments=3, sep="mixed"),
        dict(video=True, comments=1),
        dict(sep="double"),
    ],
    "independent": [
        dict(mid_caption=True, cookie=True),
        dict(nav_line=True),
        dict(mid_caption=True, sep="none"),
        dict(cookie=True, nav_line=True, _file=dict(crlf=True)),
        dict(mid_caption=True),
        dict(sep="mixed", mid_caption=True, cookie=True),
    ],
    "arabi21": [
        dict(toggles=2),
        dict(toggles=1, mid_list=True),
        dict(toggles=3, sep="none"),
        dict(toggles=2, mid_list=True, _file=dict(controls=True)),
        dict(toggles=1),
        dict(toggles=2, mid_list=True, sep="mixed"),
    ],
}

CONTROLS = ["\u200f", "\u200e", "\u200b", "\u202b", "\u202c"]


def insert_controls(text, rng):
    out = []
    for line in text.split("\n"):
        if line.strip() and rng.random() < 0.5:
            ch = list(line)
            for _ in range(rng.randint(1, 2)):
                ch.insert(rng.randint(0, len(ch)), rng.choice(CONTROLS))
            line = "".join(ch)
        out.append(line)
    return "\n".join(out)


# ------------------------------------------------------------------ build
def load_articles():
    arts = []
    for path in sorted(glob.glob(os.path.join(ARTICLES, "*.jsonl"))):
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    a = json.loads(line)
                    a["paras"] = a["body"].split("\n\n")
                    a["kinds"] = a.get("block_kinds") or ["paragraph"] * len(a["paras"])
                    arts.append(a)
    return arts


# articles whose source body carries an obvious scraper residue line
EXCLUDE = {"BB-internationalNews-156-20180319"}


def select(arts, rng):
    with open(os.path.join(SHARED, "manifest.json"), encoding="utf-8") as fh:
        dev_ids = {d["article_id"] for d in json.load(fh)["dumps"] if d["article_id"]}
    free = [
        a
        for a in arts
        if a["id"] not in dev_ids and a["id"] not in EXCLUDE and not a["id"].startswith("BB-internationalNews-156-")
    ]
    by_outlet = {}
    for a in free:
        by_outlet.setdefault(a["outlet"], []).append(a)
    outlets = sorted(by_outlet)
    for o in outlets:
        rng.shuffle(by_outlet[o])
    rng.shuffle(outlets)
    chosen = []
    while len(chosen) < N_ARTICLES:
        for o in outlets:
            if by_outlet[o] and len(chosen) < N_ARTICLES:
                chosen.append(by_outlet[o].pop())
    rest = [a for o in outlets for a in by_outlet[o]]
    return chosen, rest


def main():
    rng = random.Random(SEED)
    arts = load_articles()
    chosen, rest = select(arts, rng)
    ctx = Ctx(sorted(rest, key=lambda a: a["id"]))
    rng.shuffle(chosen)
    # hand out articles to (style, variant) slots; cp1256 slots need an encodable article
    slots = [(s, i) for s in STYLES for i in range(6)]
    assign = {}
    pool = list(chosen)
    for s, i in slots:
        if PLAN[s][i].get("_file", {}).get("cp1256"):
            for a in pool:
                try:
                    (a["title"] + a["body"]).encode("cp1256")
                    break
                except UnicodeEncodeError:
                    continue
            else:
                raise SystemExit("no cp1256-encodable article left")
            pool.remove(a)
            assign[(s, i)] = a
    for s, i in slots:
        if (s, i) not in assign:
            assign[(s, i)] = pool.pop(0)

    dumps_dir = os.path.join(OUT, "dumps")
    gold_dir = os.path.join(OUT, "gold")
    for dname in (dumps_dir, gold_dir):
        shutil.rmtree(dname, ignore_errors=True)
        os.makedirs(dname)
    shutil.copy(os.path.join(SHARED, "score.py"), os.path.join(OUT, "score.py"))
    manifest = []
    n = 0

    def write(stem, page, style, opt, frng):
        f = opt.get("_file", {}) if opt else {}
        text = page.text()
        enc = "utf-8"
        if f.get("controls"):
            text = insert_controls(text, frng)
            page.features.add("direction/zero-width marks")
        if f.get("crlf"):
            text = text.replace("\n", "\r\n")
            page.features.add("CRLF")
        if f.get("bom"):
            enc = "utf-8-sig"
            page.features.add("BOM")
        if f.get("cp1256"):
            enc = "cp1256"
            page.features.add("cp1256")
        with open(os.path.join(dumps_dir, stem + ".txt"), "wb") as fh:
            fh.write(text.encode(enc) if text else b"")
        with open(os.path.join(gold_dir, stem + ".json"), "w", encoding="utf-8") as fh:
            json.dump(page.gold(), fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        manifest.append(
            {
                "dump": stem + ".txt",
                "style": style,
                "article_id": page.art["id"] if page.art else None,
                "article_outlet": page.outlet,
                "encoding": enc,
                "options": {k: v for k, v in (opt or {}).items() if k != "_file"},
                "features": sorted(page.features),
                "gold_blocks": len(page.blocks),
                "gold_date": page.date,
            }
        )

    for s, i in slots:
        n += 1
        a = assign[(s, i)]
        frng = random.Random(SEED * 1000 + n)
        opt = PLAN[s][i]
        page = STYLES[s](ctx, a, frng, opt)
        write(f"h{n:02d}_{s}_{a['outlet']}", page, s, opt, frng)
    for name, fn in (("404", pg_404), ("index", pg_index)):
        n += 1
        frng = random.Random(SEED * 1000 + n)
        write(f"h{n:02d}_{name}", fn(ctx, frng), name, {}, frng)
    n += 1
    empty = Page(None)
    empty.features.add("no article: whitespace-only file")
    empty.lines = ["", "   ", "\t", "", ""]
    write(f"h{n:02d}_empty", empty, "empty", {}, None)

    with open(os.path.join(OUT, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump({"seed": SEED, "dumps": manifest}, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(f"wrote {len(manifest)} dumps to {OUT}")


if __name__ == "__main__":
    sys.exit(main())
