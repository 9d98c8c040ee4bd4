#!/usr/bin/env python3
"""Fourth site family for the Warraq dump cleaner (regression floor, no longer held out).

Wraps 48 real articles (articles/*.jsonl) that no development dump uses,
neither as its article nor as a related headline or teaser, in page furniture
of eight Arabic news sites that the development corpus does not imitate:
Al Mayadeen, Shafaq News, Roya News, Mosaique FM, Anadolu Agency (Arabic),
Al-Rai (Kuwait), Sputnik Arabic and Mada Masr; plus a 404 page, a section
index and an empty file.  All furniture is written here in our own wording;
related/most-read lists mix real headlines of other unused articles with
headlines written for this set.  Written by a helper who did not read the
cleaner's code, as a held-out set; the cleaner has since been fixed on it, so
it is now a regression floor (tests/test_cleaner_sites.py), not held out.

    python3 tests/heldout/make_sites_d.py OUT_DIR   # writes OUT_DIR/dumps, OUT_DIR/gold, OUT_DIR/manifest.json

Deterministic: fixed seed 4044; standard library only.
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

SEED = 4044
HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.environ.get("WARRAQ_CORPUS") or os.path.join(HERE, "..", "..", "..", "shared", "corpus")
CORPUS = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "corpus")

# ------------------------------------------------------------------ calendars
WEEKDAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
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
MONTHS_TN = ["جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
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
    """Tabular Islamic calendar (may differ by a day from Umm al-Qura)."""
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


def parse_date(s):
    if not s:
        return None
    try:
        if len(s) == 10:
            return dt.datetime.strptime(s, "%Y-%m-%d")
        return dt.datetime.fromisoformat(s)
    except ValueError:
        return None


def hm(d):
    return f"{d.hour:02d}:{d.minute:02d}"


def ampm(d):
    h = d.hour % 12 or 12
    return f"{h:02d}:{d.minute:02d} {'ص' if d.hour < 12 else 'م'}"


def relative(rng):
    return rng.choice(
        [
            "منذ 3 ساعات",
            "منذ ساعتين",
            "منذ 45 دقيقة",
            "منذ ساعة",
            "منذ 7 ساعات",
            "منذ يوم",
            "منذ 20 دقيقة",
            "منذ 11 ساعة",
        ]
    )


# ------------------------------------------------------------------ shared furniture (our wording)
OWN_HEADLINES = [
    "ارتفاع أسعار الخضار في الأسواق المحلية مع بداية موسم الصيف",
    "وزير الصحة يتفقد مستشفى المدينة ويعد بتوسعة قسم الطوارئ",
    "منتخب الشباب يستعد لمواجهة ودية قبل انطلاق التصفيات القارية",
    "أمطار غزيرة متوقعة على المناطق الشمالية خلال اليومين المقبلين",
    "البنك المركزي يبقي على أسعار الفائدة دون تغيير للشهر الرابع",
    "افتتاح معرض الكتاب بمشاركة أكثر من 400 دار نشر عربية وأجنبية",
    "توقيف شبكة لتهريب الوقود على الحدود الجنوبية",
    "انطلاق امتحانات الشهادة الثانوية وسط إجراءات تنظيمية مشددة",
    "دراسة: قلة النوم تؤثر على قدرة المراهقين على التركيز",
    "الحكومة تعلن خطة لدعم المشاريع الصغيرة في الأرياف",
    "نادي العاصمة يتعاقد مع مدرب جديد لموسمين",
    "انقطاع الكهرباء عن أحياء واسعة بسبب عطل في محطة التحويل",
    "مهرجان المسرح العربي يكرم رواد الخشبة في دورته الجديدة",
    "تراجع أسعار النفط بعد بيانات عن زيادة المخزونات الأمريكية",
    "البرلمان يناقش مشروع قانون الإيجارات في جلسة مسائية",
    "إطلاق تطبيق إلكتروني لحجز مواعيد المراجعات الحكومية",
    "حريق يلتهم مستودعا للأخشاب في المنطقة الصناعية دون إصابات",
    "قمة ثلاثية مرتقبة لبحث ملف المياه والطاقة",
    "طلاب الجامعات يطالبون بتخفيض رسوم السكن الجامعي",
    "الأرصاد تحذر من موجة غبار تضرب المناطق الصحراوية",
    "نجم الكرة السابق يفتتح أكاديمية لتدريب الناشئين",
    "عشرة أطعمة تساعد على تقوية المناعة في فصل الشتاء",
    "المعارضة تدعو إلى حوار وطني شامل قبل الانتخابات",
    "ارتفاع عدد السياح الوافدين بنسبة 12 بالمئة خلال الربع الأول",
    "اتفاقية لإنشاء محطة جديدة لتحلية مياه البحر",
    "وفاة فنان شعبي معروف عن عمر ناهز 78 عاما",
    "شركة طيران محلية تعلن عن خطوط جديدة نحو أوروبا",
    "بالصور: ازدحام خانق على الطريق الدولي بعد حادث سير",
    "تحقيق: كيف تحولت الأرصفة إلى مواقف للسيارات؟",
    "وزارة التربية تعلن موعد بدء العام الدراسي الجديد",
    "خبراء: الذكاء الاصطناعي سيغير سوق العمل خلال عقد",
    "القبض على مشتبه به في سرقة محل مجوهرات وسط المدينة",
    "بلدية العاصمة تطلق حملة لزراعة عشرة آلاف شجرة",
    "فيديو: لحظة إنقاذ طفل علق في بئر مهجورة",
    "مجلس الأمن يعقد جلسة طارئة لبحث التطورات الأخيرة",
    "غلاء الأدوية يثقل كاهل المرضى المزمنين",
]
OWN_TEASERS = [
    "أوضح البيان أن اللجنة المختصة ستعقد اجتماعات متتالية خلال الأسبوع الجاري لاستكمال...",
    "يأتي ذلك في وقت تتزايد فيه المطالب الشعبية بتحسين مستوى الخدمات، خاصة في...",
    "نقل مراسلنا عن شهود عيان أن الحركة عادت إلى طبيعتها بعد ساعات من...",
    "بحسب الأرقام الرسمية، فإن القطاع سجل نموا ملحوظا مقارنة بالفترة نفسها من...",
    "رأى محللون أن الخطوة تحمل رسائل سياسية واضحة، لا سيما بعد التصريحات الأخيرة التي...",
    "دعا المشاركون في الندوة إلى تعزيز التعاون بين المؤسسات الرسمية والمجتمع المدني من أجل...",
    "قالت مصادر مطلعة إن الاجتماع سيتناول عددا من الملفات العالقة بين الطرفين، وفي مقدمتها...",
    "أعلنت السلطات المحلية عن إجراءات جديدة تدخل حيز التنفيذ مطلع الشهر المقبل، وتشمل...",
    "شهدت الأسواق حركة نشطة خلال الأيام الماضية، في ظل توقعات بارتفاع الطلب على...",
    "أكد المسؤول في تصريح صحفي أن العمل جار على إنهاء المشروع قبل نهاية العام، مشيرا إلى...",
]
COMMENTERS = [
    "أبو خليل",
    "رنا م.",
    "محمود السيد",
    "ابن البلد",
    "Sami_88",
    "حسين",
    "متابع قديم",
    "أم سارة",
    "Karim B.",
    "ناصر",
    "طارق الحلبي",
    "زينب",
    "عبد الرحمن",
    "hadi",
]
COMMENTS = [
    "كلام مهم ويجب أن يصل إلى أصحاب القرار",
    "أين كانت الحكومة طوال هذه السنوات؟",
    "خبر مفرح أخيرا",
    "نريد متابعة لهذا الموضوع في الأيام القادمة",
    "المشكلة أعمق من ذلك بكثير",
    "شكرا للمراسل على التفاصيل",
    "الله يستر من القادم",
    "هل من مصدر رسمي يؤكد هذا الكلام؟",
    "تقرير متوازن على غير العادة، يسلم الكاتب ويسلم الموقع على المتابعة الدائمة لقضايا الناس.",
    "كنت شاهدا على ما حصل ولم يذكر التقرير أن الناس انتظروا ساعات قبل وصول أي جهة رسمية.",
    "لا أفهم لماذا يتم تأجيل الحلول دائما إلى ما بعد وقوع الكارثة، نفس السيناريو كل مرة.",
]
CAPTION_TEXTS = [
    "صورة تعبيرية",
    "من الأرشيف",
    "جانب من الجلسة",
    "لقطة عامة للمكان",
    "في أثناء المؤتمر الصحفي",
    "صورة نشرتها وسائل إعلام محلية",
    "خلال الزيارة",
]
CAPTION_CREDITS = ["رويترز", "فرانس برس", "أسوشيتد برس", "إي بي إيه", "غيتي", "الأناضول", "مواقع التواصل"]


# ------------------------------------------------------------------ articles
def load_articles():
    arts = {}
    for path in sorted(glob.glob(os.path.join(SRC, "articles", "*.jsonl"))):
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    a = json.loads(line)
                    a["paras"] = a["body"].split("\n\n")
                    a["kinds"] = a.get("block_kinds") or ["paragraph"] * len(a["paras"])
                    arts[a["id"]] = a
    return arts


def dev_text():
    out = []
    for path in sorted(glob.glob(os.path.join(SRC, "dumps", "*.txt"))):
        raw = open(path, "rb").read()
        try:
            t = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            t = raw.decode("cp1256")
        out.append(t.replace("\r", ""))
    return "\n".join(out)


def free_articles(arts):
    """Articles that no development dump uses in any way."""
    man = json.load(open(os.path.join(SRC, "manifest.json"), encoding="utf-8"))
    used = {d["article_id"] for d in man["dumps"] if d["article_id"]}
    text = dev_text()
    free = []
    for k in sorted(arts):
        a = arts[k]
        if k in used or a["title"] in text or any(p[:60] in text for p in a["paras"]):
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
        self.title = a["title"] if a else None
        self.outlet = a["outlet"] if a else None
        self.date = None
        self.features: list[str] = []

    def bp(self, *lines):
        for l in lines:
            self.lines.append(l)
            if l.strip():
                self.furniture.append(l)

    def rep(self, *lines):
        """Repeats of article text (title copies, lead): not furniture, not gold."""
        self.lines.extend(lines)

    def blank(self, n=1):
        self.lines.extend([""] * n)

    def body(self, rng, sep="blank", inserts=None, first_prefix="", split=0, indent=""):
        inserts = inserts or {}
        paras, kinds = self.a["paras"], self.a["kinds"]
        splittable = [i for i, (t, k) in enumerate(zip(paras, kinds)) if k == "paragraph" and len(t) > 220]
        to_split = set(rng.sample(splittable, min(split, len(splittable))))
        for i, (text, kind) in enumerate(zip(paras, kinds)):
            if i in inserts:
                self.bp(*inserts[i])
                if sep == "blank":
                    self.blank()
            self.blocks.append({"kind": kind, "text": text})
            shown = text
            if i in to_split:
                shown = odd_split(text, rng)
            if i == 0 and first_prefix:
                self.furniture.append(first_prefix.strip())
                shown = first_prefix + shown
            for sub in shown.split("\n"):
                self.lines.append(indent + sub)
            if sep == "blank" and i < len(paras) - 1:
                self.blank()
        if to_split:
            self.features.append("paragraph broken mid-sentence over two lines")

    def text(self):
        return "\n".join(self.lines)

    def gold(self):
        return {"title": self.title, "date": self.date, "outlet": self.outlet, "blocks": self.blocks}


def odd_split(text, rng):
    """Break a paragraph in the middle of a sentence (no punctuation before the break)."""
    words = text.split(" ")
    cands = [
        i
        for i in range(len(words) // 3, 2 * len(words) // 3)
        if words[i] and words[i][-1] not in '.،,:؛!?؟"»)' and words[i + 1][:1] not in '"«('
    ]
    if not cands:
        return text
    i = rng.choice(cands)
    return " ".join(words[: i + 1]) + "\n" + " ".join(words[i + 1 :])


class Ctx:
    """Shared state: headline pools for furniture lists."""

    def __init__(self, arts, pool_ids, rng):
        self.arts = arts
        self.pool = pool_ids  # unused free articles (headlines/teasers only)
        self.rng = rng

    def headlines(self, n, exclude=None):
        rng = self.rng
        out = []
        real = rng.sample(self.pool, n)
        for i in range(n):
            if rng.random() < 0.5:
                out.append(("real", self.arts[real[i]]))
            else:
                out.append(("own", None))
        own = rng.sample(OWN_HEADLINES, n)
        own_t = rng.sample(OWN_TEASERS, n)
        res = []
        for (kind, a), oh, ot in zip(out, own, own_t):
            if kind == "real":
                res.append((a["title"], teaser(a["paras"][0], rng.randint(110, 170))))
            else:
                res.append((oh, ot))
        return res


def teaser(p, limit):
    if len(p) <= limit:
        return p[: limit - 20].rsplit(" ", 1)[0] + "..."
    return p[:limit].rsplit(" ", 1)[0] + "..."


def caption(rng):
    return f"{rng.choice(CAPTION_TEXTS)} ({rng.choice(CAPTION_CREDITS)})"


def comments(rng, n, name_prefix="", time_fmt=None):
    out = []
    for name in rng.sample(COMMENTERS, n):
        t = time_fmt(rng) if time_fmt else relative(rng)
        out += [name_prefix + name, t, rng.choice(COMMENTS), ""]
    return out[:-1]


def middle_insert_index(a, rng):
    n = len(a["paras"])
    if n < 4:
        return None
    return rng.randint(2, n - 2)


def the_date(a, rng):
    d = parse_date(a.get("date"))
    if d and len(a.get("date") or "") == 10:
        d = d.replace(hour=rng.randint(7, 22), minute=rng.randint(0, 59))
    return d


# ------------------------------------------------------------------ site 1: Al Mayadeen
MAY_NAV = [
    "الرئيسية",
    "أخبار",
    "سياسة",
    "اقتصاد",
    "ثقافة",
    "رياضة",
    "صحة",
    "تكنولوجيا",
    "فلسطين",
    "لبنان",
    "سوريا",
    "العراق",
    "اليمن",
    "البرامج",
    "بودكاست",
    "الميادين Go",
]


def site_mayadeen(ctx, a, rng, o):
    p = Page(a)
    d = the_date(a, rng)
    p.rep(a["title"] + " | الميادين")
    p.blank()
    p.bp("الميادين نت", "بث مباشر")
    nav = MAY_NAV[: rng.randint(9, len(MAY_NAV))]
    if o.get("nav") == "lines":
        p.bp(*nav)
    else:
        p.bp("  |  ".join(nav))
    p.blank()
    if o.get("ticker"):
        p.bp(
            "عاجل",
            "مصادر الميادين: وصول وفد تفاوضي إلى العاصمة خلال ساعات",
            "عاجل | الدفاع المدني: السيطرة على حريق اندلع في أحد المستودعات",
        )
        p.blank()
    sec = (a.get("tags") or ["أخبار"])[0]
    p.bp(rng.choice([f"الرئيسية / أخبار / {sec}", f"الرئيسية / {sec}", f"أخبار / {sec}"]))
    p.blank()
    p.rep(a["title"])
    if o.get("lead"):
        p.bp(
            rng.choice(
                [
                    "تقرير يرصد آخر المستجدات ويعرض المواقف الرسمية منها.",
                    "الميادين نت تعرض تفاصيل الخبر وردود الفعل عليه.",
                ]
            )
        )
    p.blank()
    if d and o.get("date", True):
        p.bp(f"{d.day} {MONTHS_LEV[d.month - 1]} {d.year} {hm(d)}")
        p.date = d.date().isoformat()
    p.bp(rng.choice(["الميادين نت", "الميادين نت + وكالات", "المصدر: وكالات"]))
    p.blank()
    cap = caption(rng)
    prefix = ""
    if o.get("glued_caption"):
        prefix = cap + " "
        p.features.append("caption glued to first paragraph")
    else:
        p.bp(cap)
        p.blank()
    ins = {}
    k = middle_insert_index(a, rng)
    if k:
        h = ctx.headlines(1)[0][0]
        ins[k] = ["اقرأ أيضاً: " + h]
    p.body(rng, sep=o.get("sep", "blank"), inserts=ins, first_prefix=prefix, split=o.get("split", 0))
    p.blank()
    p.bp("الكلمات المفتاحية")
    tags = [t for t in (a.get("tags") or [])[:3]]
    tags += rng.sample(["أخبار", "تقارير", "متابعات", "العالم"], 4 - len(tags) if len(tags) < 3 else 1)
    if o.get("tags_lines"):
        p.bp(*tags)
    else:
        p.bp("  ".join(tags))
    p.blank()
    p.bp("شارك", "Facebook", "X", "WhatsApp", "Telegram")
    p.blank()
    p.bp("المزيد من الميادين نت")
    p.blank()
    for t, tz in ctx.headlines(o.get("more", 4)):
        p.bp(t)
        if o.get("teasers"):
            p.bp(tz)
        p.blank()
    p.bp("نشرة الميادين", "احصل على أبرز الأخبار والتقارير في بريدك كل صباح", "البريد الإلكتروني", "اشترك")
    p.blank()
    p.bp("من نحن  اتصل بنا  ترددات البث  سياسة الخصوصية  الشروط والأحكام")
    year = d.year if d else 2018
    p.bp(f"جميع الحقوق محفوظة © الميادين {year}")
    return p


# ------------------------------------------------------------------ site 2: Shafaq News
def site_shafaq(ctx, a, rng, o):
    p = Page(a)
    d = the_date(a, rng)
    p.bp("English", "Kurdî", "عربي")
    p.blank()
    p.bp("شفق نيوز")
    nav = [
        "الرئيسية",
        "العراق",
        "كوردستان",
        "عربي ودولي",
        "اقتصاد",
        "رياضة",
        "صحة",
        "منوعات",
        "تقارير وتحليلات",
        "مقالات",
        "فيديو",
    ]
    if o.get("nav") == "line":
        p.bp(" ".join(nav))
    else:
        p.bp(*nav)
    p.blank()
    if o.get("ticker"):
        hs = [h for h, _ in ctx.headlines(4)]
        p.bp("آخر الأخبار: " + "  ◄  ".join(hs))
        p.blank()
    title_line = a["title"] + " - شفق نيوز"
    if o.get("suffix_only"):
        p.rep(title_line)
        p.features.append("title only with site suffix")
    else:
        p.rep(title_line)
        p.blank()
        p.rep(a["title"])
    p.blank()
    if d and o.get("date_style") == "numeric":
        p.bp(f"{d.year}-{d.month:02d}-{d.day:02d} {hm(d)}")
        p.date = d.date().isoformat()
    elif d and o.get("date_style") == "slash":
        p.bp(f"{d.day:02d}/{d.month:02d}/{d.year} | {hm(d)}")
        p.date = d.date().isoformat()
    else:
        p.bp(relative(rng))
        p.features.append("relative date only")
    p.bp(f"{rng.randint(300, 9000):,} مشاهدة")
    p.blank()
    p.bp(rng.choice(["بغداد – شفق نيوز", "شفق نيوز – أربيل", "شفق نيوز – البصرة", "شفق نيوز – متابعة"]))
    ins = {}
    k = middle_insert_index(a, rng)
    if k and o.get("embed"):
        ins[k] = [
            "ما نشره الحساب الرسمي عبر منصة إكس:",
            "نتابع الموقف عن كثب وسنصدر بيانا تفصيليا في وقت لاحق اليوم pic.twitter.com/Qm7RzT2wKe",
            f"— المكتب الإعلامي (@media_office_iq) {['January', 'March', 'May', 'July', 'October'][rng.randrange(5)]} {rng.randint(1, 28)}, {d.year if d else 2018}",
        ]
        p.features.append("social embed leftover mid-article")
    p.body(rng, sep=o.get("sep", "line"), inserts=ins, split=o.get("split", 0))
    p.blank()
    tags = rng.sample(["العراق", "بغداد", "اقليم_كوردستان", "الحكومة", "البرلمان", "الاقتصاد", "الامن"], 4)
    p.bp(" ".join("#" + t for t in tags))
    p.blank()
    p.bp("الأكثر قراءة")
    for i, (t, _) in enumerate(ctx.headlines(o.get("most_read", 5)), 1):
        if o.get("numbered"):
            p.bp(str(i), t)
        else:
            p.bp(t)
    p.blank()
    p.bp("حمل تطبيق شفق نيوز", "iOS", "Android")
    p.blank()
    year = d.year if d else 2018
    p.bp("من نحن | اتصل بنا | أعلن معنا", f"© شفق نيوز {year}. جميع الحقوق محفوظة")
    return p


# ------------------------------------------------------------------ site 3: Roya News
def site_roya(ctx, a, rng, o):
    p = Page(a)
    d = the_date(a, rng)
    p.rep(a["title"] + " - رؤيا الإخباري")
    p.blank()
    p.bp("رؤيا", "البث المباشر", "الرئيسية محليات عربي دولي اقتصاد رياضة فن ومشاهير صحة تكنولوجيا فيديو برامج")
    p.blank()
    if o.get("ticker"):
        p.bp("عاجل", "الأمن العام: إغلاق الطريق الصحراوي مؤقتا بسبب الضباب")
        p.blank()
    p.bp(rng.choice(["الرئيسية » محليات", "الرئيسية » عربي ودولي", "الرئيسية » اقتصاد"]))
    p.blank()
    p.rep(a["title"])
    p.blank()
    if d and o.get("date_style") == "levant":
        p.bp(f"نشر: {WEEKDAYS[d.weekday()]}، {d.day} {MONTHS_LEV[d.month - 1]} {d.year} - {hm(d)}")
        p.date = d.date().isoformat()
    elif d and o.get("date_style") == "noyear":
        p.bp(f"{d.day} {MONTHS_LEV[d.month - 1]} {hm(d)}")
        p.features.append("date without year")
    else:
        p.bp("آخر تحديث: " + relative(rng))
        p.features.append("relative date only")
    p.bp("رؤيا الإخباري")
    p.blank()
    if o.get("video"):
        p.bp("فيديو", "مدة الفيديو 02:14", "شاهد التقرير كاملا عبر شاشة رؤيا")
        p.blank()
    ins = {}
    k = middle_insert_index(a, rng)
    if k:
        ins[k] = ["اقرأ أيضاً :"] + [h for h, _ in ctx.headlines(2)]
    p.body(rng, sep=o.get("sep", "blank"), inserts=ins, split=o.get("split", 0))
    p.blank()
    p.bp("تابعوا قناة رؤيا على يوتيوب", "نسخ الرابط")
    p.blank()
    if o.get("comments"):
        n = o["comments"]
        p.bp(f"التعليقات ({n})", "أضف تعليقك")
        p.blank()
        p.bp(*comments(rng, n))
        p.blank()
    p.bp("الأكثر مشاهدة")
    p.blank()
    for t, _ in ctx.headlines(o.get("most_read", 5)):
        p.bp(t)
        if o.get("view_times"):
            p.bp(relative(rng))
    p.blank()
    year = d.year if d else 2018
    p.bp(f"جميع الحقوق محفوظة لقناة رؤيا © {year}")
    return p


# ------------------------------------------------------------------ site 4: Mosaique FM
def site_mosaique(ctx, a, rng, o):
    p = Page(a)
    d = the_date(a, rng)
    p.bp("FR | AR", "موزاييك أف.أم", "استمع مباشرة")
    p.blank()
    nav = ["الرئيسية", "وطنية", "جهوية", "عالمية", "اقتصاد", "رياضة", "ثقافة", "مجتمع", "بودكاست", "فيديو"]
    if o.get("nav") == "sep":
        p.bp(" • ".join(nav))
    else:
        p.bp(*nav)
    p.blank()
    if o.get("ticker"):
        p.bp("آخر الأخبار  " + "  •  ".join(h for h, _ in ctx.headlines(3)))
        p.blank()
    p.bp(rng.choice(["وطنية", "جهوية", "عالمية", "رياضة"]))
    p.rep(a["title"])
    p.blank()
    if d:
        if o.get("date_style") == "short":
            p.bp(f"{d.day:02d} {MONTHS_TN[d.month - 1]} {d.year}")
        else:
            p.bp(f"{WEEKDAYS[d.weekday()]} {d.day:02d} {MONTHS_TN[d.month - 1]} {d.year} - {hm(d)}")
        p.date = d.date().isoformat()
    if o.get("author"):
        p.bp(rng.choice(["بقلم: سنية العياري", "إعداد: منجي الحامدي", "بقلم : هالة بن علي"]))
    p.blank()
    cap = caption(rng)
    prefix = ""
    if o.get("glued_caption"):
        prefix = cap
        p.features.append("caption glued to first paragraph (no space)")
    else:
        p.bp(cap)
    p.bp("Partager", "شارك على فايسبوك")
    p.blank()
    p.body(rng, sep=o.get("sep", "blank"), first_prefix=prefix, split=o.get("split", 0))
    p.blank()
    p.bp("مقالات مرتبطة")
    for t, tz in ctx.headlines(3):
        p.bp(t)
        if o.get("teasers"):
            p.bp(tz)
    p.blank()
    if o.get("cookie"):
        p.bp(
            "يستعمل موقعنا ملفات تعريف الارتباط (كوكيز) لتحسين خدماته. بمواصلة التصفح فإنكم تقبلون استعمالها.",
            "قبول",
            "المزيد من المعلومات",
        )
        p.blank()
    year = d.year if d else 2017
    p.bp(f"Mosaïque FM © {year} - جميع الحقوق محفوظة")
    return p


# ------------------------------------------------------------------ site 5: Anadolu Agency (Arabic)
def site_anadolu(ctx, a, rng, o):
    p = Page(a)
    d = the_date(a, rng)
    p.bp("Türkçe  English  Français  Bosanski  Русский  Kurdî  Español  فارسی  اردو")
    p.blank()
    p.bp("وكالة الأناضول")
    nav = ["تركيا", "الشرق الأوسط", "العالم", "اقتصاد", "رياضة", "تحليلات", "ثقافة وفن", "صحة", "فيديو", "إنفوغراف"]
    p.bp(*nav) if o.get("nav") == "lines" else p.bp(" | ".join(nav))
    p.blank()
    p.rep(a["title"])
    p.blank()
    city = rng.choice(["إسطنبول", "أنقرة", "القدس", "الدوحة", "بيروت"])
    p.bp(rng.choice([f"{city}/ الأناضول", f"{city}/ أحمد يلدز/ الأناضول", f"{city}/ مراسلو الأناضول"]))
    if d:
        p.bp(f"{d.day:02d}.{d.month:02d}.{d.year}")
        if o.get("updated"):
            p.bp(f"تحديث: {d.day:02d}.{d.month:02d}.{d.year}")
        p.date = d.date().isoformat()
    p.blank()
    if o.get("caption_credit"):
        p.bp(f"{rng.choice(CAPTION_TEXTS)} - وكالة الأناضول")
        p.blank()
    ins = {}
    k = middle_insert_index(a, rng)
    if k:
        h = ctx.headlines(1)[0][0]
        ins[k] = [rng.choice(["شاهد أيضا: ", "يهمك أيضا: "]) + h]
    p.body(rng, sep=o.get("sep", "blank"), inserts=ins, split=o.get("split", 0))
    p.blank()
    p.bp(
        "يُسمح بالاقتباس من أخبار الوكالة المنشورة على موقعها مع الإشارة إلى المصدر، ويقتصر النشر الكامل على المشتركين."
    )
    p.blank()
    tags = rng.sample(["تركيا", "فلسطين", "الأمم المتحدة", "الاقتصاد", "روسيا", "سوريا", "الولايات المتحدة"], 3)
    p.bp("الوسوم", *tags)
    p.blank()
    p.bp("أخبار ذات صلة")
    for t, _ in ctx.headlines(o.get("more", 4)):
        p.bp(t)
    p.blank()
    year = d.year if d else 2018
    p.bp(f"© {year} وكالة الأناضول", "سياسة الخصوصية  شروط الاستخدام  اتصل بنا")
    return p


# ------------------------------------------------------------------ site 6: Al-Rai (Kuwait)
def site_alrai(ctx, a, rng, o):
    p = Page(a)
    d = the_date(a, rng)
    today = dt.date(2025, 9, 21)
    hy, hmn, hd = to_hijri(today)
    p.bp(f"الأحد {hd} {HIJRI_MONTHS[hmn - 1]} {hy} - {today.day} {MONTHS_EG[today.month - 1]} {today.year}")
    p.bp("الراي", "النسخة الورقية  |  الأعداد السابقة  |  تلفزيون الراي")
    p.blank()
    nav = ["محليات", "برلمان", "اقتصاد", "خارجيات", "رياضة", "ثقافة", "مشاهير", "مقالات", "منوعات", "كاريكاتير"]
    p.bp(*nav) if o.get("nav") == "lines" else p.bp("   ".join(nav))
    p.blank()
    p.rep(a["title"])
    p.blank()
    if o.get("byline"):
        p.bp(rng.choice(["| كتب عادل الشمري |", "| القاهرة - من فهد المطيري |", "| إعداد: منى الرشيد |"]))
    if d:
        if o.get("date_style") == "hijri":
            hy, hmn, hd = to_hijri(d.date())
            p.bp(
                f"{WEEKDAYS[d.weekday()]} {hd} {HIJRI_MONTHS[hmn - 1]} {hy} هـ الموافق {d.day} {MONTHS_EG[d.month - 1]} {d.year}"
            )
        else:
            p.bp(f"نُشر في: {d.day:02d} {MONTHS_EG[d.month - 1]} {d.year} , {ampm(d)}")
        p.date = d.date().isoformat()
    p.features.append("page header shows today's date (not the article date)")
    p.bp("A+ A-  طباعة  حفظ")
    p.blank()
    if o.get("caption"):
        p.bp(caption(rng))
        p.blank()
    ins = {}
    k = middle_insert_index(a, rng)
    if k and o.get("related_mid"):
        ins[k] = ["• " + h for h, _ in ctx.headlines(2)]
    p.body(rng, sep=o.get("sep", "blank"), inserts=ins, split=o.get("split", 0))
    p.blank()
    if o.get("comments"):
        p.bp("تعليقات القراء")
        p.blank()
        p.bp(
            *comments(
                rng,
                o["comments"],
                time_fmt=lambda r: (
                    f"{r.randint(1, 28)}/{r.randint(1, 12)}/2025 {r.randint(1, 12)}:{r.randint(10, 59)} م"
                ),
            )
        )
        p.blank()
        p.bp("أضف تعليقا", "الاسم", "التعليق", "إرسال")
        p.blank()
    p.bp("الأكثر قراءة")
    for t, _ in ctx.headlines(o.get("most_read", 5)):
        p.bp(t)
    p.blank()
    p.bp(f"جميع الحقوق محفوظة لجريدة الراي {d.year if d else 2015} ©", "الشروط والأحكام  |  سياسة الخصوصية  |  للإعلان")
    return p


# ------------------------------------------------------------------ site 7: Sputnik Arabic
def site_sputnik(ctx, a, rng, o):
    p = Page(a)
    d = the_date(a, rng)
    p.rep(a["title"] + " - سبوتنيك عربي")
    p.blank()
    p.bp("سبوتنيك عربي", "الأخبار العالم العربي روسيا اقتصاد رياضة علوم مجتمع فيديو راديو", "ابحث")
    p.blank()
    if o.get("ticker"):
        p.bp("عاجل", "الكرملين: لا خطط حاليا لعقد لقاء على مستوى القمة")
        p.blank()
    p.bp(rng.choice(["العالم العربي", "العالم", "اقتصاد", "رياضة"]))
    p.rep(a["title"])
    p.blank()
    if d:
        h2 = d + dt.timedelta(minutes=rng.randint(5, 90))
        p.bp(
            f"{hm(d)} GMT {d.day:02d}.{d.month:02d}.{d.year} (تم التحديث: {hm(h2)} GMT {h2.day:02d}.{h2.month:02d}.{h2.year})"
        )
        p.date = d.date().isoformat()
    p.bp(
        rng.choice(
            [
                "© Sputnik . Alexei Druzhinin",
                "© AFP 2018 / Stringer",
                "© REUTERS / Handout",
                "© Sputnik . Vladimir Fedorenko",
            ]
        )
    )
    p.blank()
    if o.get("lead"):
        first = re.split(r"(?<=[.!؟])\s", a["paras"][0], maxsplit=1)[0]
        p.rep(first)
        p.blank()
        p.features.append("standfirst repeats the first sentence")
    p.bp("تابعوا آخر الأخبار عبر قناتنا على تليغرام")
    p.blank()
    ins = {}
    k = middle_insert_index(a, rng)
    if k:
        ins[k] = ["اقرأ أيضا"] + [h for h, _ in ctx.headlines(2)]
    p.body(rng, sep=o.get("sep", "blank"), inserts=ins, split=o.get("split", 0))
    p.blank()
    tags = rng.sample(["روسيا", "الشرق الأوسط", "الولايات المتحدة", "سوريا", "الأمم المتحدة", "النفط", "أوروبا"], 3)
    p.bp("الوسوم: " + "، ".join(tags))
    p.blank()
    if o.get("comments"):
        p.bp("التعليقات", "للمشاركة في النقاش سجّل الدخول أو أنشئ حسابا جديدا")
        p.blank()
        p.bp(*comments(rng, o["comments"]))
        p.blank()
    p.bp("الأكثر مشاهدة" if rng.random() < 0.5 else "الأكثر قراءة")
    for t, _ in ctx.headlines(o.get("most_read", 4)):
        p.bp(t)
    p.blank()
    year = d.year if d else 2018
    p.bp(
        f"© {year} سبوتنيك. جميع الحقوق محفوظة. 18+",
        "نستخدم ملفات الارتباط (كوكيز) لتخصيص المحتوى وتحليل حركة الزيارات. موافق",
    )
    return p


# ------------------------------------------------------------------ site 8: Mada Masr
def site_madamasr(ctx, a, rng, o):
    p = Page(a)
    d = the_date(a, rng)
    p.bp("مدى مصر", "English", "عربي", "القائمة", "الأخبار  القصص  الرأي  البودكاست  النشرة اليومية  ادعم مدى")
    p.blank()
    p.bp(rng.choice(["قصص", "أخبار", "رأي", "تقارير"]))
    p.rep(a["title"])
    p.blank()
    author = rng.choice(["هالة عبد الفتاح", "كريم حسين", "نادين سمير", "فريق مدى مصر"])
    if d:
        p.bp(f"{author} {d.day} {MONTHS_EG[d.month - 1]} {d.year}")
        p.date = d.date().isoformat()
    else:
        p.bp(author)
    p.blank()
    if o.get("caption"):
        p.bp(f"{rng.choice(CAPTION_TEXTS)} - المصدر: {rng.choice(CAPTION_CREDITS)}")
        p.blank()
    ins = {}
    k = middle_insert_index(a, rng)
    if k and o.get("embed"):
        ins[k] = ["View this post on Instagram", "A post shared by مبادرة شارع (@share3.initiative)"]
        p.features.append("social embed leftover mid-article")
    elif k:
        ins[k] = ["موضوعات ذات صلة", ctx.headlines(1)[0][0]]
    p.body(rng, sep=o.get("sep", "blank"), inserts=ins, split=o.get("split", 0))
    p.blank()
    p.bp(author)
    if author != "فريق مدى مصر":
        p.bp(
            "صحفية وباحثة تكتب عن السياسات العامة والحقوق الاجتماعية"
            if rng.random() < 0.5
            else "صحفي يغطي ملفات الاقتصاد والعمل"
        )
    p.blank()
    p.bp("ادعم صحافة مستقلة", "تعتمد مدى مصر على دعم قرائها لمواصلة عملها دون وصاية. ساهم بما تستطيع.", "ادعمنا الآن")
    p.blank()
    if o.get("newsletter"):
        p.bp("النشرة اليومية", "ملخص يومي لأهم ما يحدث، يصلك كل صباح", "عنوان بريدك الإلكتروني", "اشترك")
        p.blank()
    p.bp("اقرأ أيضًا")
    for t, tz in ctx.headlines(3):
        p.bp(t, tz)
    p.blank()
    p.bp(f"مدى مصر © {d.year if d else 2018}", "ينشر المحتوى برخصة المشاع الإبداعي ما لم يذكر غير ذلك")
    return p


SITES = {
    "almayadeen": site_mayadeen,
    "shafaq": site_shafaq,
    "roya": site_roya,
    "mosaiquefm": site_mosaique,
    "anadolu": site_anadolu,
    "alrai": site_alrai,
    "sputnik": site_sputnik,
    "madamasr": site_madamasr,
}

# ------------------------------------------------------------------ plan
# pool: "head" = article with subheadings, "tn" = Tunisian (jawharafm) with date,
# "dated", "any", or id=...; file-level: wrap, crlf, enc, ctrl (rlm|zwnj), nofinal
PLAN = [
    ("almayadeen", dict(pool="dated"), dict(nav="line", ticker=True, teasers=True, more=4)),
    ("almayadeen", dict(pool="head"), dict(nav="lines", glued_caption=True, sep="line"), dict(crlf=True)),
    ("almayadeen", dict(pool="dated"), dict(nav="line", lead=True, tags_lines=True, split=1)),
    ("almayadeen", dict(pool="any"), dict(nav="lines", more=6), dict(ctrl="rlm")),
    ("almayadeen", dict(pool="head"), dict(nav="line", date=False, teasers=True)),
    ("almayadeen", dict(pool="dated"), dict(nav="line", sep="line", more=3), dict(wrap=78)),
    ("shafaq", dict(pool="dated"), dict(nav="lines", date_style="numeric", embed=True, numbered=True)),
    ("shafaq", dict(pool="any"), dict(nav="line", ticker=True, sep="blank")),
    (
        "shafaq",
        dict(pool="head"),
        dict(nav="lines", date_style="slash", suffix_only=True, sep="blank"),
        dict(enc="cp1256"),
    ),
    ("shafaq", dict(pool="dated"), dict(nav="lines", date_style="relative", split=1), dict(ctrl="zwnj")),
    ("shafaq", dict(pool="dated"), dict(nav="line", date_style="numeric", most_read=7, numbered=True), dict(crlf=True)),
    (
        "shafaq",
        dict(id="BB-internationalNews-1016-20180831"),
        dict(nav="lines", date_style="slash", embed=True, sep="blank"),
    ),
    ("roya", dict(pool="dated"), dict(date_style="levant", video=True, comments=3)),
    ("roya", dict(pool="head"), dict(date_style="levant", ticker=True, view_times=True)),
    ("roya", dict(pool="any"), dict(date_style="relative", comments=2, sep="line")),
    ("roya", dict(pool="dated"), dict(date_style="noyear", split=1), dict(wrap=70)),
    ("roya", dict(pool="dated"), dict(date_style="levant", comments=5, most_read=6), dict(ctrl="rlm")),
    ("roya", dict(pool="head"), dict(date_style="levant", video=True)),
    ("mosaiquefm", dict(pool="tn"), dict(nav="sep", ticker=True, cookie=True, teasers=True)),
    ("mosaiquefm", dict(pool="tn"), dict(nav="lines", glued_caption=True, author=True)),
    ("mosaiquefm", dict(pool="tn"), dict(nav="sep", date_style="short", sep="line"), dict(enc="cp1256")),
    ("mosaiquefm", dict(id="JA-sport-1197-20170515"), dict(nav="sep", cookie=True)),
    ("mosaiquefm", dict(pool="tn_head"), dict(nav="lines", author=True, teasers=True), dict(crlf=True)),
    ("mosaiquefm", dict(pool="tn"), dict(nav="sep", split=1, cookie=True), dict(ctrl="zwnj")),
    ("anadolu", dict(pool="dated"), dict(nav="line", updated=True, caption_credit=True)),
    ("anadolu", dict(pool="head"), dict(nav="lines", more=5)),
    ("anadolu", dict(pool="dated"), dict(nav="line", sep="line", caption_credit=True), dict(wrap=80)),
    ("anadolu", dict(pool="dated"), dict(nav="line", updated=True, split=1)),
    ("anadolu", dict(pool="any"), dict(nav="lines", more=3), dict(ctrl="rlm", nofinal=True)),
    ("anadolu", dict(id="AL-economy-535-20180508"), dict(nav="line", caption_credit=True)),
    ("alrai", dict(pool="saudi"), dict(nav="line", byline=True, date_style="hijri", comments=2)),
    ("alrai", dict(pool="saudi"), dict(nav="lines", caption=True, related_mid=True)),
    ("alrai", dict(pool="head"), dict(nav="line", byline=True, sep="line", related_mid=True)),
    ("alrai", dict(pool="dated"), dict(nav="lines", date_style="hijri", comments=3, split=1), dict(wrap=76)),
    ("alrai", dict(pool="saudi"), dict(nav="line", caption=True, most_read=8), dict(crlf=True)),
    ("alrai", dict(pool="dated"), dict(nav="line", byline=True, caption=True)),
    ("sputnik", dict(pool="dated"), dict(lead=True, ticker=True, comments=2)),
    ("sputnik", dict(pool="head"), dict(most_read=5)),
    ("sputnik", dict(pool="dated"), dict(lead=True, sep="line")),
    ("sputnik", dict(pool="dated"), dict(comments=4, split=1), dict(ctrl="rlm")),
    ("sputnik", dict(pool="any"), dict(lead=True, most_read=6), dict(crlf=True)),
    ("sputnik", dict(pool="dated"), dict(ticker=True), dict(wrap=72)),
    ("madamasr", dict(id="AL-technology-24-20180204"), dict(newsletter=True)),
    ("madamasr", dict(pool="head"), dict(caption=True, embed=True)),
    ("madamasr", dict(pool="any"), dict(sep="line", newsletter=True), dict(wrap=72, nofinal=True)),
    ("madamasr", dict(pool="dated"), dict(caption=True, split=1)),
    ("madamasr", dict(pool="head"), dict(embed=True, newsletter=True), dict(ctrl="zwnj")),
    ("madamasr", dict(pool="dated"), dict(caption=True, sep="line")),
]

RLM_LIKE = ["\u200f", "\u200e", "\u200b", "\u202b", "\u202c", "\u2067", "\u2069"]
ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")


def add_controls(text, rng, kind):
    out = []
    for line in text.split("\n"):
        if line.strip() and rng.random() < 0.6:
            chars = list(line)
            inner = [
                i for i in range(1, len(chars)) if ARABIC_LETTER.match(chars[i - 1]) and ARABIC_LETTER.match(chars[i])
            ]
            for _ in range(rng.randint(1, 3)):
                if kind == "zwnj" and inner:
                    pos = rng.choice(inner)
                    chars.insert(pos, "\u200c")
                    inner = [i + (1 if i >= pos else 0) for i in inner]
                else:
                    pos = rng.choice(inner) if inner and rng.random() < 0.6 else rng.choice([0, len(chars)])
                    chars.insert(pos, rng.choice(RLM_LIKE))
            line = "".join(chars)
        out.append(line)
    if kind == "rlm":
        out.insert(min(6, len(out)), "\u200f\u200f\u202b\u202c")
    return "\n".join(out)


def hard_wrap(text, width):
    out = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
            continue
        ind = line[: len(line) - len(line.lstrip())]
        out.extend(
            textwrap.wrap(
                line, width, initial_indent=ind, subsequent_indent=ind, break_long_words=False, break_on_hyphens=False
            )
        )
    return "\n".join(out)


def page_404(ctx, rng):
    p = Page(None)
    p.rep("الصفحة غير موجودة - رؤيا الإخباري")
    p.blank()
    p.bp("رؤيا", "البث المباشر", "الرئيسية محليات عربي دولي اقتصاد رياضة فن ومشاهير صحة تكنولوجيا فيديو برامج")
    p.blank()
    p.bp(
        "خطأ 404",
        "عفواً، لم نعثر على الصفحة المطلوبة",
        "قد يكون الرابط غير صحيح أو أن المحتوى أزيل من الموقع.",
        "ابحث في الموقع",
        "عد إلى الرئيسية",
    )
    p.blank()
    p.bp("قد يهمك")
    p.blank()
    for t, tz in ctx.headlines(5):
        p.bp(t, tz)
        p.blank()
    p.bp("جميع الحقوق محفوظة لقناة رؤيا © 2018")
    p.features.append("all-boilerplate 404")
    return p


def page_index(ctx, rng, arts, pool):
    p = Page(None)
    p.bp("سبوتنيك عربي", "الأخبار العالم العربي روسيا اقتصاد رياضة علوم مجتمع فيديو راديو", "ابحث")
    p.blank()
    p.bp("العالم العربي", "آخر الأخبار في المنطقة العربية")
    p.blank()
    ids = [k for k in pool if arts[k]["date"]]
    for k in rng.sample(ids, 8):
        a = arts[k]
        d = parse_date(a["date"])
        p.bp(a["title"], f"{hm(d)} {d.day:02d}.{d.month:02d}.{d.year}", teaser(a["paras"][0], 150))
        p.blank()
    p.bp("تحميل المزيد")
    p.blank()
    p.bp("© 2018 سبوتنيك. جميع الحقوق محفوظة. 18+")
    p.features.append("all-boilerplate section index")
    return p


def encodable(text, enc):
    try:
        text.encode(enc)
        return True
    except UnicodeEncodeError:
        return False


def build():
    rng = random.Random(SEED)
    arts = load_articles()
    free = free_articles(arts)
    has_head = lambda k: "heading" in arts[k]["kinds"]
    fixed = {spec[1]["id"] for spec in PLAN if "id" in spec[1]}
    pools = {
        "head": [k for k in free if has_head(k) and arts[k]["outlet"] != "jawharafm"],
        "tn": [k for k in free if arts[k]["outlet"] == "jawharafm" and arts[k]["date"] and not has_head(k)],
        "tn_head": [k for k in free if arts[k]["outlet"] == "jawharafm" and arts[k]["date"] and has_head(k)],
        "dated": [k for k in free if arts[k]["date"] and arts[k]["outlet"] != "jawharafm" and not has_head(k)],
        "any": [k for k in free if arts[k]["outlet"] != "jawharafm" and not has_head(k)],
        "saudi": [k for k in free if arts[k]["source_dataset"] == "saudinewsnet" and not has_head(k)],
    }
    used = set(fixed)
    # choose main articles first, so the headline pool excludes all of them
    chosen = []
    for site, sel, opt, *rest in PLAN:
        if "id" in sel:
            chosen.append(sel["id"])
            continue
        fileopt = rest[0] if rest else {}
        cands = [k for k in pools[sel["pool"]] if k not in used and len(arts[k]["body"]) < 6000]
        if fileopt.get("enc") == "cp1256":
            cands = [k for k in cands if encodable(arts[k]["title"] + arts[k]["body"], "cp1256")]
        k = rng.choice(cands)
        used.add(k)
        chosen.append(k)
    headline_pool = sorted(k for k in free if k not in used)
    ctx = Ctx(arts, headline_pool, rng)

    dumps_dir = os.path.join(CORPUS, "dumps")
    gold_dir = os.path.join(CORPUS, "gold")
    for folder in (dumps_dir, gold_dir):
        os.makedirs(folder, exist_ok=True)
        for name in os.listdir(folder):
            os.remove(os.path.join(folder, name))
    manifest = []

    def write(stem, page, text, fileopt, style, art):
        if fileopt.get("ctrl"):
            text = add_controls(text, rng, fileopt["ctrl"])
            page.features.append(
                "zero-width non-joiners inside words"
                if fileopt["ctrl"] == "zwnj"
                else "direction and zero-width marks inside lines (and a line made only of them)"
            )
        if fileopt.get("wrap"):
            text = hard_wrap(text, fileopt["wrap"])
            page.features.append(f"hard-wrapped at {fileopt['wrap']} characters")
        if text and not fileopt.get("nofinal"):
            text += "\n"
        elif text:
            page.features.append("no final newline")
        if fileopt.get("crlf"):
            text = text.replace("\n", "\r\n")
            page.features.append("CRLF line endings")
        enc = fileopt.get("enc", "utf-8")
        if enc == "cp1256":
            if not encodable(text, enc):
                bad = sorted({c for c in text if not encodable(c, enc)})
                raise SystemExit(f"{stem}: not encodable in cp1256: {bad}")
            page.features.append("Windows-1256 encoding")
        with open(os.path.join(dumps_dir, stem + ".txt"), "wb") as fh:
            fh.write(text.encode(enc))
        with open(os.path.join(gold_dir, stem + ".json"), "w", encoding="utf-8", newline="\n") as fh:
            json.dump(page.gold(), fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        manifest.append(
            {
                "dump": stem + ".txt",
                "style": style,
                "article_id": art["id"] if art else None,
                "article_outlet": art["outlet"] if art else None,
                "encoding": enc,
                "features": page.features,
                "gold_blocks": len(page.blocks),
                "gold_date": page.date,
            }
        )

    n = 0
    for (site, sel, opt, *rest), art_id in zip(PLAN, chosen):
        n += 1
        fileopt = rest[0] if rest else {}
        a = arts[art_id]
        page = SITES[site](ctx, a, rng, opt)
        page.features = (
            sorted((k if v is True else f"{k}={v}") for k, v in opt.items() if v and k != "split") + page.features
        )
        if "heading" in a["kinds"]:
            page.features.append("subheadings")
        if "list_item" in a["kinds"]:
            page.features.append("list items")
        while page.lines and page.lines[-1] == "":
            page.lines.pop()
        write(f"{n:03d}_{site}_{a['outlet']}", page, page.text(), fileopt, site, a)
    n += 1
    p = page_404(ctx, rng)
    write(f"{n:03d}_404_404", p, p.text(), {}, "404", None)
    n += 1
    p = page_index(ctx, rng, arts, headline_pool)
    write(f"{n:03d}_index_index", p, p.text(), {}, "index", None)
    n += 1
    p = Page(None)
    p.features.append("empty file")
    write(f"{n:03d}_empty_empty", p, "", {}, "empty", None)

    with open(os.path.join(CORPUS, "manifest.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump({"seed": SEED, "dumps": manifest}, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    shutil.copyfile(os.path.join(SRC, "score.py"), os.path.join(CORPUS, "score.py"))
    print(f"wrote {len(manifest)} dumps to {CORPUS}")


if __name__ == "__main__":
    build()
