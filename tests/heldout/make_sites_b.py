#!/usr/bin/env python3
"""Second held-out test set for the Arabic news-dump cleaner.

Deterministic (seed 2027): rewrites corpus/dumps/*.txt, corpus/gold/*.json and
corpus/manifest.json.  Each dump wraps one real article (from
/work/shared/corpus/articles, not used by the development dumps) in the page
furniture of one of eight site styles that the development set does not use:

    ahram      Al-Ahram gate (Egypt)          Egyptian months + Hijri masthead date
    akhbar     Al-Akhbar (Lebanon)            Levantine months, Eastern digits
    ayyam      Al-Ayyam (Palestine)           Levantine months, "|" menus
    khaleej    Al Khaleej (UAE)               Gulf months, "-" menus, A+/A- widget
    asharqbiz  Asharq News / Bloomberg        numeric dates, Latin photo credits
    sumaria    Al-Sumaria News (Iraq)         dual month names, indented lines
    ennahar    Ennahar (Algeria)              Algerian months (جويلية، أوت ...)
    akhbarona  Akhbarona (Morocco)            Moroccan months, numbered comments

plus three dumps without an article (404 page, section index, whitespace only).

The gold holds exactly the article's title and body blocks.  The boilerplate
wording is our own, modelled on the general look of those sites.
"""

from __future__ import annotations

import datetime as dt
import glob
import json
import os
import random
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "corpus")
SRC = os.environ.get("WARRAQ_CORPUS") or os.path.join(HERE, "..", "..", "..", "shared", "corpus")
SEED = 2027

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
M_DZ = ["جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
M_HIJRI = [
    "محرم",
    "صفر",
    "ربيع الأول",
    "ربيع الثاني",
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


def hijri(d: dt.date):
    """Arithmetic Islamic calendar (close enough for a masthead)."""
    jd = d.toordinal() + 1721425
    l = jd - 1948440 + 10632
    n = (l - 1) // 10631
    l = l - 10631 * n + 354
    j = ((10985 - l) // 5316) * ((50 * l) // 17719) + (l // 5670) * ((43 * l) // 15238)
    l = l - ((30 - j) // 15) * ((17719 * j) // 50) - (j // 16) * ((15238 * j) // 43) + 29
    m = (24 * l) // 709
    day = l - (709 * m) // 24
    year = 30 * n + j - 30
    return year, m, day


def parse_date(s):
    if not s:
        return None
    try:
        if len(s) == 10:
            return dt.datetime.strptime(s, "%Y-%m-%d").replace(hour=9, minute=30)
        return dt.datetime.fromisoformat(s).replace(tzinfo=None)
    except ValueError:
        return None


def wd(d):
    return WEEKDAYS[d.weekday()]


# ------------------------------------------------------------------ furniture
COMMENTERS = [
    "محمود المصري",
    "ابن البلد",
    "سعاد ع.",
    "Karim",
    "متابع من عمّان",
    "حسين الكربلائي",
    "يوسف",
    "نادية",
    "مغترب",
    "abdelkader",
    "رامي",
    "قارئ",
    "hamza_dz",
    "أبو أحمد الغزاوي",
    "ريم",
    "سليم",
]
COMMENT_BODIES = [
    "مقال رائع ويستحق القراءة أكثر من مرة، شكراً للكاتب على هذا الجهد والتوضيح.",
    "كل هذا الكلام سمعناه من قبل ولم يتغير شيء على أرض الواقع، ننتظر النتائج.",
    "أين الرقابة؟ المواطن البسيط هو من يدفع ثمن هذه القرارات في نهاية المطاف.",
    "معلومات مهمة جداً، أتمنى أن تتابعوا الموضوع وتنشروا ما يستجد من تطورات.",
    "الصورة غير واضحة حتى الآن والأيام القادمة ستكشف الحقيقة كاملة.",
    "يا جماعة الخير، لا تصدقوا كل ما ينشر قبل التأكد من المصادر الرسمية.",
    "تحية للصحيفة على المهنية في نقل الخبر بعيداً عن التهويل.",
    "برافو",
    "الله يستر",
    "وماذا بعد؟",
    "تعليقي لم ينشر في المرة السابقة، أرجو نشره هذه المرة.",
    "كلام في الصميم",
]
CAPTIONS = [
    "أرشيفية",
    "جانب من اللقاء",
    "من مكان الحادث - أرشيف",
    "صورة تعبيرية",
    "خلال المؤتمر الصحفي",
    "لقطة عامة للمدينة",
    "(أرشيف)",
    "من الجلسة",
]
LATIN_CREDITS = [
    "Photographer: Simon Dawson/Bloomberg",
    "Getty Images",
    "Photographer: Christopher Pike/Bloomberg",
    "AFP/Getty Images",
    "Bloomberg",
    "Photographer: Andrey Rudakov/Bloomberg",
]
FILLER_HEADLINES = [
    "ارتفاع أسعار الذهب في التعاملات المسائية",
    "الأرصاد: طقس حار نهاراً ومعتدل ليلاً حتى نهاية الأسبوع",
    "بالصور.. افتتاح المعرض الدولي للكتاب بمشاركة 30 دولة",
    "تعرف على مواعيد صرف الرواتب للشهر الجاري",
    "مصرع 3 أشخاص في حادث سير على الطريق الصحراوي",
    "بعد غياب طويل.. نجم شهير يعود إلى الشاشة",
    "وزير التربية يعلن موعد بدء العام الدراسي الجديد",
    "انقطاع الكهرباء عن عدة أحياء بسبب أعمال صيانة",
    "5 نصائح للحفاظ على صحتك في فصل الصيف",
    "فيديو.. لحظة انهيار مبنى قديم وسط المدينة",
    "البنك المركزي يثبت أسعار الفائدة",
    "منتخب الشباب يتأهل إلى الدور نصف النهائي",
]


class Page:
    def __init__(self, name, style, art):
        self.name, self.style, self.art = name, style, art
        self.lines: list[str] = []
        self.blocks: list[dict] = []
        self.title = art["title"] if art else None
        self.date = None
        self.features: list[str] = []

    def bp(self, *ls):
        self.lines.extend(ls)

    def blank(self, n=1):
        self.lines.extend([""] * n)

    def feat(self, f):
        self.features.append(f)

    def body(self, rng, sep="blank", inserts=None, indent=""):
        """Article blocks in order; inserts[i] = boilerplate lines written
        before block i (each item a list of lines; '' = blank)."""
        inserts = inserts or {}
        paras, kinds = self.art["paras"], self.art["kinds"]
        for i, (p, k) in enumerate(zip(paras, kinds)):
            if i in inserts:
                self.lines.extend(inserts[i])
            self.lines.append(indent + p)
            self.blocks.append({"kind": k, "text": p})
            if sep == "blank":
                self.lines.append("")
            elif sep == "mixed" and rng.random() < 0.5:
                self.lines.append("")


def pick_inserts(rng, art, groups):
    """Place each boilerplate group before a random block (not the first)."""
    n = len(art["paras"])
    out = {}
    if n < 3:
        return out
    for g in groups:
        pos = rng.randint(1, n - 1)
        out.setdefault(pos, []).extend(g)
    return out


def headlines(rng, pool, k, own):
    cand = [h for h in pool if h != own]
    return rng.sample(cand, k)


def comments(rng, fmt_date, n):
    out = []
    for _ in range(n):
        out.append((rng.choice(COMMENTERS), fmt_date(rng), rng.choice(COMMENT_BODIES)))
    return out


# ------------------------------------------------------------------ styles
def style_ahram(pg, art, rng, ctx):
    d = parse_date(art["date"])
    v = ctx["variant"]
    pg.bp(f"{art['title']} - بوابة الأهرام", "")
    if d:
        hy, hm, hd = hijri(d.date())
        pg.bp(
            f"{wd(d)} {hd} من {M_HIJRI[hm - 1]} {hy} هــ {d.day} {M_EG[d.month - 1]} {d.year}"
            f" السنة {d.year - 1876} العدد {46000 + (d.toordinal() % 900)}"
        )
        pg.feat("hijri+gregorian masthead date")
    pg.bp("بوابة الأهرام", "")
    for it in [
        "الرئيسية",
        "أخبار مصر",
        "عربي ودولي",
        "اقتصاد",
        "رياضة",
        "حوادث",
        "فن وثقافة",
        "المحافظات",
        "تحقيقات",
        "آراء",
        "الأهرام اليومي",
        "بنوك وتأمين",
    ]:
        pg.bp(it)
    pg.feat("menu one per line")
    pg.blank()
    sec = (art.get("tags") or ["أخبار"])[0]
    pg.bp(f"الرئيسية > {sec}", "")
    pg.bp(art["title"])
    pg.feat("title twice, suffix on first")
    if d:
        pg.bp(f"{d.day}-{d.month}-{d.year} | {d.hour:02d}:{d.minute:02d}")
        pg.date = d.date().isoformat()
    else:
        pg.bp(f"منذ {rng.randint(2, 9)} ساعات")
        pg.feat("relative time, no date")
    if v % 2 == 0:
        pg.bp(f"كتب - {rng.choice(['محمد سعيد', 'أحمد عبد الحميد', 'هبة عادل', 'شريف عبد الله'])}")
        pg.feat("byline 'كتب - '")
    else:
        pg.bp("أ ش أ")
    pg.bp("تكبير الخط  |  تصغير الخط", "طباعة", "أرسل لصديق", "")
    pg.feat("font-size widget")
    pg.bp(rng.choice(CAPTIONS), "")
    pg.feat("caption")
    groups = [["اقرأ أيضًا:", headlines(rng, ctx["pool"], 1, art["title"])[0], ""]]
    if v % 3 == 0:
        groups.append(["-- إعلان --", ""])
        pg.feat("ad marker '-- إعلان --'")
    pg.body(rng, "blank", pick_inserts(rng, art, groups))
    pg.feat("inline related with blank lines")
    pg.bp("كلمات البحث")
    for t in (art.get("tags") or []) + ["مصر"]:
        pg.bp(t)
    pg.feat("tags as lines under 'كلمات البحث'")
    pg.blank()
    pg.bp("مواضيع قد تهمك")
    for h in headlines(rng, ctx["pool"], 4, art["title"]):
        pg.bp(h)
    pg.blank()
    pg.bp("الأكثر قراءة")
    for i, h in enumerate(ctx["style_most_read"], 1):
        pg.bp(str(i), h)
    pg.feat("related box + numbered most-read")
    pg.blank()
    pg.bp(
        "جميع الحقوق محفوظة لمؤسسة الأهرام - ©" + (str(d.year) if d else "2015"),
        "من نحن | اتصل بنا | خريطة الموقع | سياسة الخصوصية",
    )


def style_akhbar(pg, art, rng, ctx):
    d = parse_date(art["date"])
    v = ctx["variant"]
    pg.bp("الأخبار", "سياسة لبنان العالم اقتصاد مجتمع ثقافة وفنون رياضة رأي ملحق القوس كاريكاتير الأرشيف")
    pg.feat("menu on one line, spaces")
    if d:
        issue = str(2600 + d.toordinal() % 700).translate(EAST)
        pg.bp(f"العدد {issue} {wd(d)} {str(d.day).translate(EAST)} {M_LEV[d.month - 1]} {str(d.year).translate(EAST)}")
        pg.date = d.date().isoformat()
        pg.feat("Levantine month, Eastern digits issue line")
    pg.blank()
    sec = (art.get("tags") or ["سياسة"])[0]
    pg.bp(sec)
    if v % 2 == 0:
        pg.bp(f"{art['title']} | الأخبار", "")
        pg.feat("title once, with suffix only")
    else:
        pg.bp(art["title"], "")
        pg.feat("title once")
    author = rng.choice(["ميسم رزق", "حسن عليق", "رلى إبراهيم", "وفيق قانصوه", "ليا القزي"])
    if v % 3 == 0:
        pg.bp(f"بقلم: {author}")
    else:
        pg.bp(author)
    pg.feat("byline")
    if v % 2 == 1:
        pg.bp(f"من ملف : {rng.choice(['الحرب على سوريا', 'أزمة النفايات', 'النفط والغاز', 'الانتخابات'])}")
    pg.blank()
    groups = [
        ["ذات صلة", headlines(rng, ctx["pool"], 1, art["title"])[0], headlines(rng, ctx["pool"], 1, art["title"])[0]]
    ]
    pg.body(rng, "line", pick_inserts(rng, art, groups))
    pg.feat("paragraphs without blank lines; inline 'ذات صلة' box without blank lines")
    pg.blank()
    pg.bp("انضم إلى قناة «الأخبار» على واتساب", "تابع «الأخبار» على تلغرام", "")
    pg.feat("app/channel prompts")
    if art.get("tags"):
        pg.bp("الوسوم: " + "، ".join(art["tags"] + ["لبنان"]))
        pg.feat("tag line 'الوسوم:'")
    pg.blank()
    cs = comments(
        rng,
        lambda r: f"{r.randint(1, 28)}/{r.randint(1, 12)}/2015 {r.randint(0, 23):02d}:{r.randint(0, 59):02d}",
        3 if v % 2 == 0 else 2,
    )
    pg.bp(f"التعليقات ({len(cs)})".translate(EAST))
    for n, dtxt, c in cs:
        pg.bp(f"{n} - {dtxt}".translate(EAST), c, "")
    pg.bp("أضف تعليقاً", "")
    pg.feat("comments with names and dates")
    pg.bp("© 2015 جريدة الأخبار. جميع الحقوق محفوظة")


def style_ayyam(pg, art, rng, ctx):
    d = parse_date(art["date"])
    v = ctx["variant"]
    pg.bp(f"{art['title']} - جريدة الأيام")
    pg.bp("الرئيسية | محليات | عربي ودولي | اقتصاد | رياضة | ثقافة | مقالات | دفاتر الأيام | كاريكاتير")
    pg.feat("menu with '|'")
    pg.blank()
    if d:
        pg.bp(f"{wd(d)} {d.day:02d} {M_LEV[d.month - 1]} {d.year}")
        pg.date = d.date().isoformat()
    pg.bp(art["title"])
    pg.feat("title twice, suffix on first")
    if v % 2 == 0:
        pg.bp(f"كتب {rng.choice(['عبد الرؤوف أرناؤوط', 'حسن جبر', 'محمد الجمل', 'يوسف الشايب'])}:")
        pg.feat("byline 'كتب ...:'")
    else:
        pg.bp('رام الله - "الأيام":')
        pg.feat("dateline on own line")
    pg.bp(f"عدد القراءات: {rng.randint(150, 4800)}", "طباعة | إرسال | حفظ", "")
    pg.feat("view count")
    groups = [[f"اقرأ المزيد: {headlines(rng, ctx['pool'], 1, art['title'])[0]}"]]
    if len(art["paras"]) > 6:
        groups.append([f"اقرأ المزيد: {headlines(rng, ctx['pool'], 1, art['title'])[0]}"])
    sep = "mixed" if v % 2 == 0 else "blank"
    pg.body(rng, sep, pick_inserts(rng, art, groups))
    pg.feat(f"body sep {sep}; inline 'اقرأ المزيد: headline' lines without blank lines")
    pg.blank()
    pg.bp("أخبار ذات صلة")
    for h in headlines(rng, ctx["pool"], 3, art["title"]):
        if d:
            pg.bp(h, f"{d.day:02d}-{d.month:02d}-{d.year}")
        else:
            pg.bp(h)
    pg.blank()
    if v % 3 != 1:
        cs = comments(rng, lambda r: f"{r.randint(1, 28)}-0{r.randint(1, 9)}-2015", 2)
        pg.bp("تعليقات القراء")
        for n, dtxt, c in cs:
            pg.bp(f"{n}  {dtxt}", c)
        pg.feat("comments")
        pg.blank()
    pg.bp("جميع الحقوق محفوظة © جريدة الأيام 2015", "تصميم وتطوير: دائرة تكنولوجيا المعلومات")


def style_khaleej(pg, art, rng, ctx):
    d = parse_date(art["date"])
    v = ctx["variant"]
    pg.bp("الخليج", "الرئيسية - الإمارات - عربي ودولي - اقتصاد - رياضة - ثقافة - منوعات - صحة - ملاحق الخليج")
    pg.feat("menu with '-'")
    sec = (art.get("tags") or ["عربي ودولي"])[0]
    pg.bp(f"الرئيسية / {sec}", "")
    pg.feat("breadcrumb '/'")
    pg.bp(art["title"])
    if v == 2:
        pg.bp(art["title"])
        pg.feat("title twice, no suffix")
    pg.blank()
    if d:
        ampm = "صباحاً" if d.hour < 12 else "مساءً"
        pg.bp(f"{d.day} {M_EG[d.month - 1]} {d.year} {((d.hour - 1) % 12) + 1:02d}:{d.minute:02d} {ampm}")
        pg.bp(
            f"آخر تحديث: {d.day} {M_EG[d.month - 1]} {d.year} {(((d.hour + 2) - 1) % 12) + 1:02d}:{(d.minute + 17) % 60:02d} {ampm}"
        )
        pg.date = d.date().isoformat()
        pg.feat("'آخر تحديث'")
    else:
        pg.bp(f"آخر تحديث: منذ {rng.randint(2, 9)} ساعات")
    pg.bp("A+ A A-")
    pg.feat("font widget A+ A A-")
    pg.bp(rng.choice(["دبي: «الخليج»", "أبوظبي: «الخليج»", "الشارقة: «الخليج»"]), "")
    pg.bp(rng.choice(CAPTIONS), "")
    groups = [["إعلان"]]
    if v % 2 == 0:
        groups.append(["", "مواضيع قد تهمك", headlines(rng, ctx["pool"], 1, art["title"])[0], ""])
        pg.feat("inline 'مواضيع قد تهمك' with blank lines")
    pg.body(rng, "blank", pick_inserts(rng, art, groups))
    pg.feat("ad 'إعلان'")
    pg.bp("شارك", "فيسبوك", "إكس", "واتس آب", "لينكد إن", "البريد الإلكتروني", "")
    pg.feat("share row one per line")
    if art.get("tags"):
        pg.bp("الوسوم", *[f"#{t}" for t in art["tags"]], "")
    pg.bp("مواضيع قد تهمك")
    for h in headlines(rng, ctx["pool"], 3, art["title"]):
        pg.bp(h, f"{rng.randint(1, 23)} ساعة")
    pg.blank()
    pg.bp("النشرة الإخبارية", "سجّل بريدك الإلكتروني لتصلك أبرز الأخبار يومياً", "اشترك الآن", "")
    pg.feat("newsletter")
    pg.bp("حمّل تطبيق الخليج", "")
    pg.bp("جميع الحقوق محفوظة © 2015 دار الخليج للصحافة والطباعة والنشر")


def style_asharqbiz(pg, art, rng, ctx):
    d = parse_date(art["date"])
    v = ctx["variant"]
    pg.bp("الشرق للأخبار", "بث مباشر", "أخبار اقتصاد شركات أسواق طاقة تكنولوجيا ثقافة رياضة بودكاست", "Bloomberg", "")
    pg.feat("menu on one line, spaces")
    pg.bp(art["title"])
    pg.feat("title once")
    if v % 2 == 0:
        pg.bp(rng.choice(["المصدر: الشرق", "المصدر: بلومبرغ", "الشرق"]))
    if d:
        pg.bp(f"تم النشر: {d.day:02d}/{d.month:02d}/{d.year} {d.hour:02d}:{d.minute:02d}")
        pg.bp(f"آخر تحديث: {d.day:02d}/{d.month:02d}/{d.year} {(d.hour + 1) % 24:02d}:{d.minute:02d}")
        pg.date = d.date().isoformat()
        pg.feat("numeric date + 'آخر تحديث'")
    pg.bp(f"{rng.randint(2, 7)} دقائق قراءة", "")
    pg.feat("reading time")
    pg.bp(rng.choice(CAPTIONS) + " - المصدر: بلومبرغ", rng.choice(LATIN_CREDITS), "")
    pg.feat("caption + Latin photo credit")
    groups = [["", f"اقرأ أيضاً: {headlines(rng, ctx['pool'], 1, art['title'])[0]}", ""], ["Advertisement"]]
    if len(art["paras"]) > 5:
        groups.append(["", "اقرأ أيضاً: " + headlines(rng, ctx["pool"], 1, art["title"])[0], ""])
    pg.body(rng, "blank", pick_inserts(rng, art, groups))
    pg.feat("inline 'اقرأ أيضاً: headline' with blank lines; 'Advertisement'")
    kws = (art.get("tags") or []) + ["الأسواق"]
    pg.bp("كلمات مفتاحية: " + " - ".join(kws), "")
    pg.feat("tag line 'كلمات مفتاحية'")
    pg.bp("اشترك في نشرة الشرق الصباحية", "بريدك الإلكتروني", "اشتراك", "")
    pg.feat("newsletter")
    pg.bp("اقرأ المزيد")
    for h in headlines(rng, ctx["pool"], 4, art["title"]):
        pg.bp(h, f"منذ {rng.randint(2, 11)} ساعات")
    pg.blank()
    if v % 2 == 1:
        pg.bp(
            "يستخدم موقعنا ملفات الكوكيز (Cookies) لضمان حصولك على أفضل تجربة تصفح ممكنة.",
            "موافق",
            "إدارة التفضيلات",
            "",
        )
        pg.feat("cookie prompt")
    pg.bp("تابعونا", "© 2024 الشرق للأخبار. جميع الحقوق محفوظة.")


def style_sumaria(pg, art, rng, ctx):
    d = parse_date(art["date"])
    v = ctx["variant"]
    ind = "    " if v % 2 == 0 else ""
    if ind:
        pg.feat("indented lines")
    pg.bp(f"{art['title']} - السومرية نيوز", "")
    for it in ["الرئيسية", "أمنية", "سياسية", "اقتصادية", "محلية", "رياضة", "فنون", "منوعات", "السومرية TV"]:
        pg.bp(ind + it)
    pg.feat("menu one per line")
    pg.blank()
    pg.bp(ind + "الرئيسية » " + (art.get("tags") or ["سياسية"])[0])
    pg.bp(ind + art["title"])
    if d:
        pg.bp(
            ind
            + f"{wd(d)} {d.day:02d} {M_LEV[d.month - 1]} ({M_EG[d.month - 1]}) {d.year} - {d.hour:02d}:{d.minute:02d}"
        )
        pg.date = d.date().isoformat()
        pg.feat("dual month names 'آب (أغسطس)'")
    pg.bp(ind + f"عدد المشاهدات: {rng.randint(1000, 9999):,}")
    pg.bp(ind + "السومرية نيوز/ " + rng.choice(["بغداد", "البصرة", "نينوى", "أربيل"]))
    pg.feat("dateline line 'السومرية نيوز/ ...'")
    pg.blank()
    groups = [[ind + "اقرأ ايضاً", ind + headlines(rng, ctx["pool"], 1, art["title"])[0]]]
    pg.body(rng, "blank", pick_inserts(rng, art, groups), indent=ind)
    pg.feat("inline 'اقرأ ايضاً' + headline, no blank")
    pg.bp(ind + "شارك الخبر: فيسبوك تويتر تلغرام واتساب", "")
    pg.bp(ind + "المزيد من الأخبار")
    for h in ctx["style_most_read"]:
        pg.bp(ind + h)
    pg.blank()
    pg.bp(ind + "حمل تطبيق السومرية نيوز", ind + "متاح على متجر آبل", ind + "متاح على غوغل بلاي", "")
    pg.feat("app prompt")
    pg.bp(ind + "© 2015 قناة السومرية. جميع الحقوق محفوظة")


def style_ennahar(pg, art, rng, ctx):
    d = parse_date(art["date"])
    v = ctx["variant"]
    pg.bp(f"{art['title']} | النهار أونلاين")
    pg.bp("الوطني | دولي | رياضة | مجتمع | اقتصاد | فن | فيديو | دين | النهار TV")
    pg.feat("menu '|'")
    pg.blank()
    pg.bp(art["title"])
    pg.feat("title twice, suffix on first")
    if d:
        pg.bp(f"نشر في: {d.day:02d} {M_DZ[d.month - 1]} {d.year} - {d.hour:02d}:{d.minute:02d}")
        pg.date = d.date().isoformat()
        pg.feat("Algerian months")
    else:
        pg.bp(f"نشر في: منذ {rng.randint(2, 9)} ساعات")
    pg.bp(
        f"{rng.choice(['سمير.ب', 'نسيمة.ع', 'كريم حداد'])} - مراسل النهار من {rng.choice(['وهران', 'قسنطينة', 'تيزي وزو', 'عنابة'])}"
    )
    pg.feat("byline 'مراسل'")
    pg.bp(f"القراءات: {rng.randint(800, 25000):,}", "")
    groups = [["Advertisement"], ["اقرأ أيضا", headlines(rng, ctx["pool"], 1, art["title"])[0]]]
    sep = "blank" if v % 2 == 0 else "line"
    pg.body(rng, sep, pick_inserts(rng, art, groups))
    pg.feat(f"body sep {sep}; inline related; 'Advertisement'")
    pg.blank()
    pg.bp("ذات صلة")
    for h in headlines(rng, ctx["pool"], 3, art["title"]):
        pg.bp(h)
    pg.blank()
    cs = comments(
        rng,
        lambda r: (
            f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2015 على {r.randint(0, 23):02d}:{r.randint(0, 59):02d}"
        ),
        3,
    )
    pg.bp("تعليقات القراء", "")
    for n, dtxt, c in cs:
        pg.bp(n, dtxt, c, "")
    pg.feat("comments name/date/text")
    pg.bp("أضف تعليقك", "إلغاء الرد", "")
    pg.bp("© النهار أونلاين 2015 - جميع الحقوق محفوظة")


def style_akhbarona(pg, art, rng, ctx):
    d = parse_date(art["date"])
    v = ctx["variant"]
    pg.bp("أخبارنا المغربية", "الرئيسية وطنية سياسة اقتصاد مجتمع رياضة دولية فن ومشاهير تكنولوجيا أخبارنا تيفي")
    pg.feat("menu on one line")
    pg.blank()
    pg.bp(art["title"])
    if v % 2 == 1:
        pg.blank()
        pg.bp(art["title"])
        pg.feat("title twice")
    pg.blank()
    pg.bp(
        rng.choice(["أخبارنا المغربية - الرباط", "أخبارنا المغربية ـ عبد الإله بوسحابة", "أخبارنا المغربية - متابعة"])
    )
    pg.feat("byline line")
    if d:
        pg.bp(f"{wd(d)} {d.day:02d} {M_MA[d.month - 1]} {d.year} على الساعة {d.hour:02d}:{d.minute:02d}")
        pg.date = d.date().isoformat()
        pg.feat("Moroccan months")
    pg.bp("حجم الخط:  +  -", "")
    pg.feat("font-size widget")
    groups = [["اقرأ أيضاً", "", headlines(rng, ctx["pool"], 1, art["title"])[0], ""]]
    if v % 3 == 0:
        groups.append(["-- إعلان --"])
    pg.body(rng, "blank", pick_inserts(rng, art, groups))
    pg.bp("تابعوا آخر الأخبار من أخبارنا المغربية على Google News", "")
    pg.bp("مواضيع ذات علاقة")
    for h in headlines(rng, ctx["pool"], 4, art["title"]):
        pg.bp(h)
    pg.blank()
    cs = comments(
        rng,
        lambda r: (
            f"{wd(d or dt.datetime(2015, 7, 31))} {r.randint(1, 28):02d} {M_MA[r.randint(0, 11)]} 2015 - {r.randint(0, 23):02d}:{r.randint(0, 59):02d}"
        ),
        2 + v % 3,
    )
    pg.bp(f"التعليقات ({len(cs)})", "")
    for i, (n, dtxt, c) in enumerate(cs, 1):
        pg.bp(f"{i} - {n}", dtxt, c, "")
    pg.feat("numbered comments with dates")
    pg.bp("المرجو الالتزام بآداب الحوار وعدم نشر التعليقات المسيئة", "إرسال", "")
    pg.bp("جميع الحقوق محفوظة © أخبارنا المغربية 2015")


STYLES = {
    "ahram": style_ahram,
    "akhbar": style_akhbar,
    "ayyam": style_ayyam,
    "khaleej": style_khaleej,
    "asharqbiz": style_asharqbiz,
    "sumaria": style_sumaria,
    "ennahar": style_ennahar,
    "akhbarona": style_akhbarona,
}


# ------------------------------------------------------------------ no-article pages
def page_404(pg, rng, ctx):
    pg.bp("الصفحة غير موجودة | النهار أونلاين")
    pg.bp("الوطني | دولي | رياضة | مجتمع | اقتصاد | فن | فيديو | دين | النهار TV", "")
    pg.bp(
        "404",
        "عذراً، الصفحة التي تبحث عنها غير موجودة",
        "ربما تم حذف الصفحة أو تغيير رابطها، يمكنك العودة إلى الصفحة الرئيسية أو استخدام خانة البحث.",
        "العودة إلى الرئيسية",
        "",
    )
    pg.bp("آخر الأخبار")
    for h in headlines(rng, ctx["pool"], 5, None):
        pg.bp(h)
    pg.blank()
    pg.bp("© النهار أونلاين 2015 - جميع الحقوق محفوظة")
    pg.feat("404 page, no article")


def page_index(pg, rng, ctx):
    pg.bp("اقتصاد - الخليج", "الخليج")
    pg.bp("الرئيسية - الإمارات - عربي ودولي - اقتصاد - رياضة - ثقافة - منوعات - صحة - ملاحق الخليج", "")
    pg.bp("الرئيسية / اقتصاد", "", "اقتصاد", "")
    for a in ctx["index_arts"]:
        pg.bp(a["title"])
        words = a["paras"][0].split()
        pg.bp(" ".join(words[:22]) + "...")
        d = parse_date(a["date"])
        if d:
            pg.bp(f"{d.day} {M_EG[d.month - 1]} {d.year}")
        pg.blank()
    pg.bp("1 2 3 4 5 ... التالي »", "")
    pg.bp("جميع الحقوق محفوظة © 2015 دار الخليج للصحافة والطباعة والنشر")
    pg.feat("section index: headlines + teasers + dates, no article")


# ------------------------------------------------------------------ build
def load_articles():
    arts = []
    for path in sorted(glob.glob(os.path.join(SRC, "articles", "*.jsonl"))):
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    a = json.loads(line)
                    a["paras"] = a["body"].split("\n\n")
                    a["kinds"] = a["block_kinds"]
                    assert len(a["paras"]) == len(a["kinds"]), a["id"]
                    arts.append(a)
    return arts


# bodies whose last paragraphs are photo captions left by the crawler
EXCLUDE = {"alyaum-e137b60442"}


def cp1256_ok(text):
    try:
        text.encode("cp1256")
        return True
    except UnicodeEncodeError:
        return False


def main():
    rng = random.Random(SEED)
    with open(os.path.join(SRC, "manifest.json"), encoding="utf-8") as fh:
        used = {d.get("article_id") for d in json.load(fh)["dumps"]}
    # skip bodies that still end in scraper residue ("other articles by the writer")
    arts = [
        a
        for a in load_articles()
        if a["id"] not in used
        and a["id"] not in EXCLUDE
        and not any(p.startswith(("مقالات أخرى للكاتب", "شارك من خلال")) for p in a["paras"])
    ]
    by_outlet = {}
    for a in arts:
        by_outlet.setdefault(a["outlet"], []).append(a)
    chosen = []
    for outlet in sorted(by_outlet):
        chosen.extend(rng.sample(by_outlet[outlet], 3))
    # make sure a few bodies carry list items: swap in one list article for
    # each outlet that has one but got none
    for outlet in sorted(by_outlet):
        mine = [a for a in chosen if a["outlet"] == outlet]
        if any("list_item" in a["kinds"] for a in mine):
            continue
        li = [a for a in by_outlet[outlet] if "list_item" in a["kinds"] and a not in chosen]
        if li and outlet in ("alarabiya", "aljazirah", "alwatan", "okaz"):
            chosen[chosen.index(mine[0])] = rng.choice(li)
    assert len(chosen) == 48
    chosen_ids = {a["id"] for a in chosen}
    rest = [a for a in arts if a["id"] not in chosen_ids]
    pool = sorted({a["title"] for a in rest}) + FILLER_HEADLINES
    rng.shuffle(chosen)

    style_names = list(STYLES)
    for d in ("dumps", "gold"):
        p = os.path.join(OUT, d)
        if os.path.isdir(p):
            shutil.rmtree(p)
        os.makedirs(p)
    shutil.copy(os.path.join(SRC, "score.py"), os.path.join(OUT, "score.py"))

    pages = []
    for i, art in enumerate(chosen):
        style = style_names[i % 8]
        variant = i // 8
        name = f"{i + 1:03d}_{style}_{art['outlet']}"
        prng = random.Random(f"{SEED}-{name}")
        srng = random.Random(f"{SEED}-{style}")
        ctx = {"pool": pool, "variant": variant, "style_most_read": srng.sample(pool, 5)}
        pg = Page(name, style, art)
        STYLES[style](pg, art, prng, ctx)
        pages.append(pg)

    extra_rng = random.Random(f"{SEED}-extra")
    n = len(pages)
    pg = Page(f"{n + 1:03d}_404", "ennahar", None)
    page_404(pg, extra_rng, {"pool": pool})
    pages.append(pg)
    pg = Page(f"{n + 2:03d}_index", "khaleej", None)
    page_index(pg, extra_rng, {"pool": pool, "index_arts": extra_rng.sample(rest, 7)})
    pages.append(pg)
    pg = Page(f"{n + 3:03d}_blank", "-", None)
    pg.bp("   ", "", "\t", "  ", "")
    pg.feat("whitespace only")
    pages.append(pg)

    # encodings: a few CRLF, one cp1256 (first page whose text fits cp1256)
    crlf = {pages[3].name, pages[17].name, pages[30].name, pages[n].name}
    cp = None
    for pg in pages[:n]:
        if (
            pg.style not in ("akhbar",)
            and pg.name not in crlf
            and cp1256_ok("\n".join(pg.lines))
            and pages.index(pg) >= 20
        ):
            cp = pg.name
            break
    manifest = []
    for pg in pages:
        text = "\n".join(pg.lines)
        if pg.name.endswith("_blank"):
            text = "\n".join(pg.lines)
        else:
            text = text.rstrip("\n") + "\n"
        enc = "utf-8"
        if pg.name in crlf:
            text = text.replace("\n", "\r\n")
            pg.feat("CRLF")
        if pg.name == cp:
            data = text.encode("cp1256")
            enc = "cp1256"
            pg.feat("cp1256")
        else:
            data = text.encode("utf-8")
        with open(os.path.join(OUT, "dumps", pg.name + ".txt"), "wb") as fh:
            fh.write(data)
        gold = {"title": pg.title, "date": pg.date, "outlet": pg.art["outlet"] if pg.art else None, "blocks": pg.blocks}
        with open(os.path.join(OUT, "gold", pg.name + ".json"), "w", encoding="utf-8") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        manifest.append(
            {
                "dump": pg.name + ".txt",
                "style": pg.style,
                "article_id": pg.art["id"] if pg.art else None,
                "encoding": enc,
                "features": pg.features,
                "gold_blocks": len(pg.blocks),
            }
        )
    with open(os.path.join(OUT, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump({"seed": SEED, "dumps": manifest}, fh, ensure_ascii=False, indent=1)
    print(f"wrote {len(pages)} dumps to {OUT}")


if __name__ == "__main__":
    sys.exit(main())
