#!/usr/bin/env python3
"""Thirteenth site family for the Warraq dump cleaner (set m).

    python3 tests/heldout/make_sites_m.py OUT_DIR [--corpus DIR]

writes OUT_DIR/dumps/*.txt (raw text dumps, as a scraper saves the visible
text of a news page), OUT_DIR/gold/*.json (what a perfect cleaner keeps, in
the format of shared/corpus/gold and score.py) and OUT_DIR/manifest.json.
The shared corpus is --corpus, else $WARRAQ_CORPUS, else ../shared/corpus
beside the repository.

Each dump wraps one real article of shared/corpus/articles/*.jsonl that no
development dump uses (and none whose body matches BAD: links, share or
read-more lines, credits), in the page furniture of one of eight Arabic news
sites that the development set does not imitate:

    kuna       KUNA, Kuwait News Agency
    wam        WAM, Emirates News Agency
    assawsana  Assawsana (Jordan)
    liwaa      Al-Liwaa (Lebanon)
    tagheer    Al-Tagheer (Yemen)
    marsad     Al-Marsad (Libya)
    arabytv    Al-Araby TV
    sahafa     Al-Sahafa (Sudan)

48 articles (6 per site, taken in turn from each outlet, dated ones first),
plus a 404 page (WAM furniture), a section index (Al-Marsad furniture) and
an empty file.  Built on 2026-11-27 as a held-out set; first measured at
547c4a8 (body P 0.949 R 0.994, titles 0.980, headings F1 0.723).  The
furniture is written here from general knowledge of how those pages look.
The gold file keeps the article's title, its blocks as given by block_kinds,
its outlet, and the publication date only when the page states it with its
year.

Deterministic: fixed seed 13131 (each page seeds its own rng from it and the
article id), no dependence on hash order or the clock.  Standard library only
(Python 3.11).
"""

import argparse
import datetime
import glob
import json
import os
import random
import re
import shutil
import sys

SEED = 13131
HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_CORPUS = os.environ.get("WARRAQ_CORPUS") or os.path.join(HERE, "..", "..", "..", "shared", "corpus")

MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
LEVANT = [
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
DAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

RLM, LRM, ZWSP = "\u200f", "\u200e", "\u200b"

BAD = re.compile(
    r"اقرأ|إقرأ|للمزيد|شاهد|تابعو|http|www|\.com|@|#|^>|المصدر|تصوير|©|"
    r"حقوق|اشترك|فيديو|رابط|انقر|اضغط|إعلان|يمكنكم|لمتابعة|^\(|^\*|"
    r"تويتر|فيسبوك|<|>|\[|\]"
)

COMMENT_NAMES = [
    "أبو خالد",
    "سامر",
    "مواطن غيور",
    "ليلى م.",
    "عبدالله الحربي",
    "متابع",
    "أم يوسف",
    "حسين",
    "زائر",
    "نبيل من عمان",
    "رامي",
    "فاطمة الزهراء",
    "ابن البلد",
    "مهند",
]
COMMENT_TEXTS = [
    "كلام في محله، نتمنى أن نرى نتائج على أرض الواقع قريبا.",
    "كل سنة نسمع نفس الوعود ولا شيء يتغير.",
    "شكرا على التغطية الدقيقة.",
    "الله يحفظ البلاد والعباد.",
    "أين الجهات المعنية من كل هذا؟",
    "خبر مهم لكن ينقصه بعض التفاصيل.",
    "أتمنى أن تتابعوا الموضوع في الأيام القادمة.",
    "هذا ما كنا نحذر منه منذ سنوات.",
    "المهم التنفيذ وليس التصريحات.",
    "ربنا يستر.",
    "تحليل منطقي جدا، أتفق مع الكاتب.",
    "لماذا لا يتم نشر الأرقام كاملة؟",
]
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
]
CAPTIONS = ["صورة أرشيفية", "صورة تعبيرية", "من الأرشيف", "جانب من الحدث", "الصورة من الأرشيف", "لقطة عامة"]
CREDITS = ["(رويترز)", "(أ ف ب)", "Getty Images", "EPA", "(أرشيفية)", "AFP", "(الأناضول)", "(مواقع التواصل)"]


# ------------------------------------------------------------------ helpers
def adate(a):
    if not a.get("date"):
        return None
    return datetime.date.fromisoformat(a["date"][:10])


def atime(a, rng):
    d = a.get("date") or ""
    if "T" in d:
        return int(d[11:13]), int(d[14:16])
    return rng.randint(7, 22), rng.choice([0, 5, 12, 20, 31, 40, 47, 55])


def blocks(a):
    return list(zip(a["block_kinds"], a["body"].split("\n\n")))


def teaser(a, n):
    words = a["body"].split("\n\n")[0].split()
    return " ".join(words[:n]) + "..."


def wrap_line(line, width):
    if len(line) <= width:
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
    if cur:
        out.append(cur)
    return out


def h12(h, m, ar=True):
    suf = ("ص" if h < 12 else "م") if ar else ("AM" if h < 12 else "PM")
    hh = h % 12 or 12
    return "%d:%02d %s" % (hh, m, suf)


class Page:
    """Collects sections of lines; the article body is a section of its own."""

    def __init__(self):
        self.sections = []  # (kind, [lines])

    def add(self, *lines):
        self.sections.append(("f", [l for l in lines if l is not None]))

    def extend(self, lines):
        self.sections.append(("f", list(lines)))

    def body(self, lines):
        self.sections.append(("b", list(lines)))


class Ctx:
    def __init__(self, rng, art, pool, opt):
        self.rng, self.a, self.pool, self.opt = rng, art, pool, opt
        self.feat = set()
        self.date_shown = False

    def heads(self, n):
        items = self.rng.sample(self.pool, n)
        return [x["title"] for x in items]

    def arts(self, n):
        return self.rng.sample(self.pool, n)

    def comments(self, n):
        self.feat.add("comments")
        out = []
        for _ in range(n):
            out.append((self.rng.choice(COMMENT_NAMES), self.rng.choice(REL_TIMES), self.rng.choice(COMMENT_TEXTS)))
        return out

    def section(self):
        t = self.a.get("tags") or []
        return t[0] if t and len(t[0]) < 20 else "أخبار"

    def body_lines(self, inserts=None, glue=None):
        """Article blocks, with furniture lines inserted after some blocks
        (inserts: {index: [lines]}) and an optional string glued to the start
        of the first paragraph."""
        out = []
        bl = blocks(self.a)
        for i, (k, t) in enumerate(bl):
            if i == 0 and glue:
                t = glue + t
                self.feat.add("caption glued to first paragraph")
            out.append(t)
            if inserts and i in inserts and i < len(bl) - 1:
                out.append(inserts[i])
        return out

    def mid(self, make):
        """Pick a position inside the body for a related box."""
        n = len(self.a["block_kinds"])
        if n < 3:
            return {}
        self.feat.add("related inside body")
        return {self.rng.randint(0, n - 2): make()}


# ------------------------------------------------------------------ dates
def date_variant(ctx, fmt_full, fmt_noyear):
    """Returns a date line according to opt['date']; records whether the
    article date is stated."""
    a, rng, mode = ctx.a, ctx.rng, ctx.opt["date"]
    d = adate(a)
    if mode == "full" and d:
        ctx.date_shown = True
        ctx.feat.add("date")
        h, m = atime(a, rng)
        return fmt_full(d, h, m)
    if mode == "noyear" and d:
        ctx.feat.add("date without year")
        h, m = atime(a, rng)
        return fmt_noyear(d, h, m)
    return None


# ------------------------------------------------------------------ sites
def site_kuna(ctx):
    a, rng, o = ctx.a, ctx.rng, ctx.opt
    p = Page()
    title = a["title"]
    if o["affix"] == "suffix":
        p.add(title + " | كونا")
    elif o["affix"] == "prefix":
        p.add("كونا : " + title)
    p.add("English", "العربية", "Français", "中文")
    p.add("وكالة الأنباء الكويتية", "KUNA")
    p.add("الرئيسية | الكويت | الخليج | عربي | دولي | اقتصاد | رياضة | ثقافة | صحة | بيئة | ملفات | الصور | الفيديو")
    p.add("بحث متقدم")
    p.add("الرئيسية > الأخبار > " + ctx.section())
    dl = date_variant(
        ctx,
        lambda d, h, m: "%02d/%02d/%04d %02d:%02d" % (d.day, d.month, d.year, h, m),
        lambda d, h, m: "%d %s | %02d:%02d" % (d.day, MONTHS[d.month - 1], h, m),
    )
    p.add(title)
    if dl:
        p.add(dl)
    elif o["date"] == "relative":
        p.add(rng.choice(REL_TIMES[1:6]))
        ctx.feat.add("relative time only")
    p.add("طباعة", "إرسال لصديق", "تكبير الخط", "تصغير الخط")
    if rng.random() < 0.6:
        ctx.feat.add("caption")
        p.add(rng.choice(CAPTIONS) + " - " + rng.choice(["كونا", "(كونا)", "صورة من كونا"]))
    ins = ctx.mid(lambda: "اقرأ أيضا: " + ctx.heads(1)[0]) if rng.random() < 0.5 else {}
    p.body(ctx.body_lines(ins))
    p.add("(النهاية)")
    p.add("%s %s %s / %s %s %s" % tuple(rng.choice("ابتثجحخدرزسشصطعغفقكلمنهو") for _ in range(6)))
    p.add("أخبار ذات صلة")
    p.extend(ctx.heads(4))
    ctx.feat.add("most_read")
    p.add("الأكثر قراءة")
    for i, t in enumerate(ctx.heads(5), 1):
        p.add("%d %s" % (i, t))
    p.add("آخر الأخبار")
    for t in ctx.heads(6):
        p.add("%02d:%02d" % (rng.randint(0, 23), rng.randint(0, 59)), t)
    p.add("حمل تطبيق كونا على هاتفك", "App Store", "Google Play")
    p.add("اتصل بنا | خريطة الموقع | سياسة الخصوصية | شروط الاستخدام | الأرشيف")
    p.add("جميع الحقوق محفوظة لوكالة الأنباء الكويتية (كونا) © 2024")
    return p


def site_wam(ctx):
    a, rng, o = ctx.a, ctx.rng, ctx.opt
    p = Page()
    title = a["title"]
    if o["affix"] == "suffix":
        p.add(title + " - وكالة أنباء الإمارات")
    elif o["affix"] == "prefix":
        p.add("وام | " + title)
    if rng.random() < 0.5:
        ctx.feat.add("cookie notice")
        p.add(
            "يستخدم هذا الموقع ملفات الكوكيز لتقديم أفضل تجربة تصفح ممكنة لك. باستمرارك في استخدام الموقع فأنت توافق على سياستنا بهذا الشأن.",
            "قبول",
            "المزيد من المعلومات",
        )
    p.add("وكالة أنباء الإمارات", "وام")
    p.add("الرئيسية الإمارات الخليج العالم العربي العالم اقتصاد رياضة ثقافة وفنون منوعات صور فيديو")
    p.add("EN | عربي | Français | Español | Русский")
    p.add("الرئيسية › " + ctx.section())
    p.add(title)
    dl = date_variant(
        ctx,
        lambda d, h, m: "%s، %d %s %d %s" % (DAYS[d.weekday()], d.day, MONTHS[d.month - 1], d.year, h12(h, m)),
        lambda d, h, m: "%d %s - %s" % (d.day, MONTHS[d.month - 1], h12(h, m)),
    )
    if dl:
        p.add(dl)
    elif o["date"] == "relative":
        p.add("آخر تحديث " + rng.choice(REL_TIMES[2:7]))
        ctx.feat.add("relative time only")
    p.add("مشاركة :", "فيسبوك", "إكس", "لينكدإن", "واتساب", "نسخ الرابط")
    if rng.random() < 0.5:
        ctx.feat.add("audio player")
        p.add("استمع للخبر", "00:00", "0%s" % rng.choice(["1:48", "2:15", "3:02"]))
    ins = ctx.mid(lambda: "ذات صلة | " + ctx.heads(1)[0]) if rng.random() < 0.6 else {}
    p.body(ctx.body_lines(ins))
    p.add(
        "وام/%s/%s"
        % (
            rng.choice(["عاصم الخولي", "دينا عمر", "مصطفى بدر", "هدى الكبيسي"]),
            rng.choice(["أحمد جمال", "عاطف مراد", "رضا عبدالنور"]),
        )
    )
    p.add("رقم الخبر : %d" % rng.randint(300000, 399999))
    p.add("أخبار ذات صلة")
    for x in ctx.arts(3):
        p.add(x["title"])
        d = adate(x)
        if d:
            p.add("%d %s %d" % (d.day, MONTHS[d.month - 1], d.year))
    p.add("اشترك في النشرة الإخبارية لوكالة أنباء الإمارات", "أدخل بريدك الإلكتروني", "اشترك")
    p.add("عن وام | اتصل بنا | الشروط والأحكام | سياسة الخصوصية | خدمات وام")
    p.add("© 2024 وكالة أنباء الإمارات. جميع الحقوق محفوظة")
    return p


def site_assawsana(ctx):
    a, rng, o = ctx.a, ctx.rng, ctx.opt
    p = Page()
    title = a["title"]
    if o["affix"] == "suffix":
        p.add(title + " - السوسنة")
    elif o["affix"] == "prefix":
        p.add("وكالة السوسنة الإخبارية - " + title)
    p.add("السوسنة", "وكالة إخبارية أردنية مستقلة")
    p.add("عاجل", ctx.heads(1)[0])
    p.add("الرئيسية")
    p.extend(
        [
            "محليات",
            "عربي ودولي",
            "اقتصاد",
            "رياضة",
            "فن ومشاهير",
            "صحة وجمال",
            "تكنولوجيا",
            "وظائف وتعليم",
            "مقالات",
            "كاريكاتير",
        ]
    )
    p.add("عمان %d°" % rng.randint(14, 34), "صرف الدولار 0.709")
    p.add(title)
    dl = date_variant(
        ctx,
        lambda d, h, m: "%02d-%02d-%04d %s" % (d.day, d.month, d.year, h12(h, m, False)),
        lambda d, h, m: "%d %s %s" % (d.day, MONTHS[d.month - 1], h12(h, m)),
    )
    if dl:
        p.add(dl)
    elif o["date"] == "relative":
        p.add("قبل " + rng.choice(["ساعتين", "3 ساعات", "يوم"]))
        ctx.feat.add("relative time only")
    ctx.feat.add("counter")
    p.add("عدد المشاهدات: {:,}".format(rng.randint(400, 30000)))
    p.add("حجم الخط : أ+ أ-")
    glue = None
    if rng.random() < 0.35:
        glue = rng.choice(CAPTIONS) + " " + rng.choice(CREDITS)
        ctx.feat.add("caption")
    elif rng.random() < 0.5:
        ctx.feat.add("caption")
        p.add(rng.choice(CAPTIONS))
    ins = ctx.mid(lambda: "اقرأ المزيد: " + ctx.heads(1)[0]) if rng.random() < 0.5 else {}
    p.body(ctx.body_lines(ins, glue))
    if rng.random() < 0.5:
        ctx.feat.add("tags")
        p.add("كلمات دالة:", " ، ".join((a.get("tags") or [ctx.section()])[:3] + ["الأردن"]))
    p.add("تابعوا السوسنة على تطبيق نبض", "تابعوا السوسنة على قناة الواتساب")
    cm = ctx.comments(rng.randint(1, 4))
    p.add("التعليقات (%d)" % len(cm))
    for i, (n, t, c) in enumerate(cm, 1):
        p.add("%d) تعليق بواسطة : %s" % (i, n), t, c, "رد")
    p.add(
        "اضف تعليق",
        "الاسم",
        "البريد الالكتروني",
        "التعليق",
        "إرسال",
        "تنويه: ما يُنشر من تعليقات يعبّر عن آراء أصحابها فقط، وتحتفظ الإدارة بحق حذف أي تعليق مسيء.",
    )
    ctx.feat.add("most_read")
    p.add("الأكثر مشاهدة")
    p.extend(ctx.heads(5))
    p.add("من نحن - اتصل بنا - أعلن معنا - سياسة الخصوصية")
    p.add("جميع الحقوق محفوظة لوكالة السوسنة الإخبارية 2024")
    return p


def site_liwaa(ctx):
    a, rng, o = ctx.a, ctx.rng, ctx.opt
    p = Page()
    title = a["title"]
    if o["affix"] == "suffix":
        p.add(title + " - جريدة اللواء")
    elif o["affix"] == "prefix":
        p.add("اللواء | " + title)
    ctx.feat.add("masthead date (not the article date)")
    p.add("الأربعاء 12 حزيران 2024 م - 6 ذو الحجة 1445 هـ", "العدد %d" % rng.randint(15800, 16100))
    p.add("اللواء", "صحيفة يومية سياسية مستقلة")
    p.add("الرئيسية · سياسة · محليات · عربي ودولي · اقتصاد · ثقافة · رياضة · رأي · تحقيقات · الأرشيف · PDF")
    p.add(ctx.section())
    p.add(title)
    if a.get("author") and rng.random() < 0.8:
        ctx.feat.add("byline")
        p.add("كتب " + a["author"].rstrip(":"))
    dl = date_variant(
        ctx,
        lambda d, h, m: "%s %d %s %d" % (DAYS[d.weekday()], d.day, LEVANT[d.month - 1], d.year),
        lambda d, h, m: "%d %s" % (d.day, LEVANT[d.month - 1]),
    )
    if dl:
        p.add(dl)
    p.add("A+ A-", "طباعة")
    if rng.random() < 0.5:
        ctx.feat.add("caption")
        p.add(rng.choice(CAPTIONS) + " " + rng.choice(CREDITS))
    ins = ctx.mid(lambda: "• " + ctx.heads(1)[0]) if rng.random() < 0.4 else {}
    p.body(ctx.body_lines(ins))
    p.add("المزيد من " + ctx.section())
    for x in ctx.arts(3):
        p.add(x["title"], teaser(x, rng.randint(12, 20)))
    ctx.feat.add("most_read")
    p.add("الأكثر قراءة")
    p.extend(ctx.heads(5))
    p.add("مقالات الرأي")
    for _ in range(3):
        p.add(rng.choice(["د. سمير الحسن", "هيام القصيفي", "رضوان عقيل", "صلاح سلام", "نقولا ناصيف"]), ctx.heads(1)[0])
    p.add("اشترك في النسخة الرقمية من اللواء", "PDF عدد اليوم")
    p.add("جميع الحقوق محفوظة © جريدة اللواء - بيروت")
    return p


def site_tagheer(ctx):
    a, rng, o = ctx.a, ctx.rng, ctx.opt
    p = Page()
    title = a["title"]
    if o["affix"] == "suffix":
        p.add(title + " :: التغيير")
    elif o["affix"] == "prefix":
        p.add("التغيير نت - " + title)
    p.add("التغيير", "صحيفة إلكترونية يمنية مستقلة")
    p.add("أخبار اليمن | عربي ودولي | اقتصاد | رياضة | حقوق وحريات | تقارير | كتابات | منوعات")
    p.add("آخر الأخبار:", ctx.heads(1)[0])
    p.add("الرئيسية / " + ctx.section())
    p.add(title)
    p.add("التغيير - " + rng.choice(["متابعات", "خاص", "وكالات"]))
    dl = date_variant(
        ctx,
        lambda d, h, m: (
            "%s %02d %s %d - الساعة: %02d:%02d:%02d"
            % (DAYS[d.weekday()], d.day, MONTHS[d.month - 1], d.year, h, m, rng.randint(0, 59))
        ),
        lambda d, h, m: "%s %02d %s - الساعة: %02d:%02d" % (DAYS[d.weekday()], d.day, MONTHS[d.month - 1], h, m),
    )
    if dl:
        p.add(dl)
    elif o["date"] == "relative":
        p.add("نشر " + rng.choice(REL_TIMES[3:8]))
        ctx.feat.add("relative time only")
    ctx.feat.add("counter")
    p.add("قراءات: %d" % rng.randint(150, 9000))
    ins = ctx.mid(lambda: "(اقرأ ايضاً: " + ctx.heads(1)[0] + ")") if rng.random() < 0.6 else {}
    p.body(ctx.body_lines(ins))
    p.add("شارك الخبر", "طباعة", "حفظ", "أرسل الخبر لصديق")
    p.add("أخبار متعلقة")
    p.extend(ctx.heads(3))
    if rng.random() < 0.6:
        ctx.feat.add("poll")
        p.add(
            "استطلاع الرأي",
            rng.choice(
                [
                    "هل تتوقع نجاح جولة المشاورات القادمة؟",
                    "ما تقييمك لأداء الحكومة خلال العام الماضي؟",
                    "هل تؤيد تعويم سعر صرف العملة المحلية؟",
                ]
            ),
            "نعم",
            "لا",
            "لا أدري",
            "تصويت",
            "النتائج",
        )
    cm = ctx.comments(rng.randint(0, 3)) if rng.random() < 0.6 else []
    if cm:
        p.add("تعليقات الزوار")
        for n, t, c in cm:
            p.add("%s - %s" % (n, t), c)
    p.add("أضف تعليقك", "الاسم", "نص التعليق", "أرسل")
    ctx.feat.add("most_read")
    p.add("الأكثر قراءة", "الأكثر تعليقاً")
    p.extend(ctx.heads(5))
    p.add("كتابات")
    for x in ctx.arts(2):
        p.add(rng.choice(["عبدالباري طاهر", "محمد المقالح", "سامية الأغبري"]), x["title"])
    p.add("تابعنا على تيليجرام")
    p.add("جميع الحقوق محفوظة لصحيفة التغيير 2004 - 2024")
    return p


def site_marsad(ctx):
    a, rng, o = ctx.a, ctx.rng, ctx.opt
    p = Page()
    title = a["title"]
    if o["affix"] == "suffix":
        p.add(title + " – المرصد")
    elif o["affix"] == "prefix":
        p.add("صحيفة المرصد الليبية | " + title)
    p.add("تخطى إلى المحتوى")
    p.add("المرصد", "صحيفة المرصد الليبية")
    p.add(
        "ليبيا",
        "الشأن السياسي",
        "الشأن الاقتصادي",
        "الشأن الأمني",
        "منوعات",
        "رياضة",
        "عربي ودولي",
        "مقالات",
        "اتصل بنا",
    )
    p.add("الرئيسية » " + ctx.section() + " » " + (title if len(title) < 50 else title[:45] + "…"))
    p.add(ctx.section())
    p.add(title)
    dl = date_variant(
        ctx,
        lambda d, h, m: "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year),
        lambda d, h, m: "%d %s" % (d.day, MONTHS[d.month - 1]),
    )
    author = rng.choice(["المرصد", "فريق التحرير", "ليبيا - المرصد"])
    p.add("بواسطة " + author)
    if dl:
        p.add(dl)
    p.add("%d تعليق" % rng.randint(0, 4), "%d دقائق للقراءة" % max(1, len(a["body"]) // 900))
    p.add("فيسبوك", "إكس", "واتساب", "تيليجرام", "مشاركة عبر البريد", "طباعة")
    glue = None
    if rng.random() < 0.35:
        glue = rng.choice(["أرشيفية", "صورة أرشيفية", "صورة توضيحية"])
        ctx.feat.add("caption")
    ins = ctx.mid(lambda: "ذات صلة: " + ctx.heads(1)[0]) if rng.random() < 0.6 else {}
    p.body(ctx.body_lines(ins, glue))
    if a.get("tags") or rng.random() < 0.5:
        ctx.feat.add("tags")
        p.add("الوسوم", *((a.get("tags") or [])[:4] + ["ليبيا"]))
    p.add("شارك هذا الموضوع:", "Facebook", "X", "WhatsApp", "Telegram")
    p.add("عن الكاتب", author, "صحيفة ليبية إخبارية تصدر من طرابلس وتهتم بالشأن المحلي.")
    prv, nxt = ctx.heads(2)
    p.add("المقال السابق", prv, "المقال التالي", nxt)
    p.add("مقالات ذات صلة")
    for x in ctx.arts(3):
        d = adate(x)
        p.add(x["title"])
        if d:
            p.add("%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year))
    p.add(
        "اترك تعليقاً",
        "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *",
        "التعليق *",
        "الاسم *",
        "البريد الإلكتروني *",
        "الموقع",
        "احفظ اسمي، بريدي الإلكتروني، والموقع في هذا المتصفح لاستخدامها المرة المقبلة في تعليقي.",
        "إرسال التعليق",
    )
    ctx.feat.add("most_read")
    p.add("الأكثر قراءة")
    p.extend(ctx.heads(4))
    p.add("جميع الحقوق محفوظة © المرصد 2024 | تصميم وتطوير فريق المرصد")
    p.add("العودة للأعلى")
    return p


def site_arabytv(ctx):
    a, rng, o = ctx.a, ctx.rng, ctx.opt
    p = Page()
    title = a["title"]
    if o["affix"] == "suffix":
        p.add(title + " | التلفزيون العربي")
    elif o["affix"] == "prefix":
        p.add("التلفزيون العربي - " + title)
    p.add("التلفزيون العربي", "البث المباشر", "شاهد الآن")
    p.add("أخبار | سياسة | اقتصاد | مجتمع | منوعات | رياضة | برامج | وثائقيات | جدول البرامج")
    p.add("أخبار")
    p.add(ctx.section())
    p.add(title)
    dl = date_variant(
        ctx,
        lambda d, h, m: "%02d %s %d" % (d.day, MONTHS[d.month - 1], d.year),
        lambda d, h, m: "%02d %s" % (d.day, MONTHS[d.month - 1]),
    )
    if dl:
        p.add(dl)
    elif o["date"] == "relative":
        p.add("تم التحديث " + rng.choice(REL_TIMES[1:6]))
        ctx.feat.add("relative time only")
    if rng.random() < 0.7:
        ctx.feat.add("video leftovers")
        p.add(
            "مشاهدة",
            "Play Video",
            "00:00",
            "/",
            "%02d:%02d" % (rng.randint(1, 6), rng.randint(0, 59)),
            "كتم الصوت",
            "ملء الشاشة",
            "إعدادات",
        )
        p.add(
            rng.choice(
                [
                    "يأتي ذلك وسط تصاعد التوتر في المنطقة (غيتي)",
                    "تقرير: مراسل التلفزيون العربي",
                    "تقرير سابق حول الموضوع نفسه",
                ]
            )
        )
    ctx.feat.add("source line")
    src = rng.choice(["المصدر: التلفزيون العربي - وكالات", "المصدر: وكالات", "المصدر: التلفزيون العربي"])
    if rng.random() < 0.5:
        p.add(src)
        src = None
    ins = ctx.mid(lambda: "اقرأ أيضاً\n" + ctx.heads(1)[0]) if rng.random() < 0.5 else {}
    p.body(ctx.body_lines(ins))
    if src:
        p.add(src)
    p.add("شارك", "واتساب", "فيسبوك", "إكس", "تيليغرام", "نسخ الرابط")
    if rng.random() < 0.5:
        ctx.feat.add("tags")
        p.add("الكلمات المفتاحية", ctx.section(), rng.choice(["سياسة", "الشرق الأوسط", "حكومة"]))
    p.add("قد يهمك أيضاً")
    for x in ctx.arts(4):
        p.add(x["title"], rng.choice(REL_TIMES))
    p.add("برامج التلفزيون العربي", "للخبر بقية", "عين على الخريطة", "صباح النور", "كنت هناك")
    p.add("حمّل تطبيق التلفزيون العربي وشاهد البث المباشر أينما كنت")
    p.add("من نحن | الترددات | اتصل بنا | سياسة الخصوصية | الوظائف")
    p.add("© 2024 التلفزيون العربي. جميع الحقوق محفوظة.")
    return p


def site_sahafa(ctx):
    a, rng, o = ctx.a, ctx.rng, ctx.opt
    p = Page()
    title = a["title"]
    if o["affix"] == "suffix":
        p.add(title + " - صحيفة الصحافة")
    elif o["affix"] == "prefix":
        p.add("الصحافة :: " + title)
    ctx.feat.add("masthead date (not the article date)")
    p.add("الخرطوم %d°" % rng.randint(30, 44), "الثلاثاء 11 يونيو 2024")
    p.add("الصحافة", "صحيفة سياسية يومية شاملة")
    p.add("الرئيسية", "أخبار", "تقارير", "حوارات", "اقتصاد", "رياضة", "ثقافة", "أعمدة", "كاريكاتير", "أرشيف الأعداد")
    p.add("أخبار")
    p.add(title)
    if a.get("author") and rng.random() < 0.6:
        ctx.feat.add("byline")
        p.add(a["author"].rstrip(":") + ":")
    else:
        p.add("الخرطوم: الصحافة")
    dl = date_variant(
        ctx,
        lambda d, h, m: "نشر في: %d/%d/%d" % (d.day, d.month, d.year),
        lambda d, h, m: "نشر في: %d %s" % (d.day, MONTHS[d.month - 1]),
    )
    if dl:
        p.add(dl)
    p.add("شارك الخبر:")
    p.add("تويتر فيسبوك واتساب")
    if rng.random() < 0.5:
        ctx.feat.add("caption")
        p.add(rng.choice(CAPTIONS))
    ins = ctx.mid(lambda: "مواضيع مشابهة: " + ctx.heads(1)[0]) if rng.random() < 0.4 else {}
    p.body(ctx.body_lines(ins))
    p.add("تعليقات الفيسبوك")
    cm = ctx.comments(rng.randint(1, 3))
    for n, t, c in cm:
        p.add(n, c, "أعجبني · رد · " + t)
    p.add("إضافة تعليق...")
    p.add("أعمدة الرأي")
    for _ in range(3):
        p.add(
            rng.choice(["بالواضح", "همس الكلام", "ضد الانكسار", "نقطة نظام"])
            + " - "
            + rng.choice(["فتح الرحمن النحاس", "أمل أبوالقاسم", "عبدالله آدم", "محمد عبدالماجد"])
        )
    ctx.feat.add("most_read")
    p.add("الأكثر مشاهدة")
    for i, t in enumerate(ctx.heads(5), 1):
        p.add("%d. %s" % (i, t))
    p.add("كاريكاتير اليوم")
    p.add("الصحافة | من نحن | هيئة التحرير | للإعلان | اتصل بنا")
    p.add("جميع الحقوق محفوظة لصحيفة الصحافة السودانية ©")
    return p


DATE_CYCLE = ["full", "full", "none", "full", "noyear", "full", "relative", "full"]

SITES = [
    ("kuna", site_kuna),
    ("wam", site_wam),
    ("assawsana", site_assawsana),
    ("liwaa", site_liwaa),
    ("tagheer", site_tagheer),
    ("marsad", site_marsad),
    ("arabytv", site_arabytv),
    ("sahafa", site_sahafa),
]


# ------------------------------------------------------------------ no-article pages
def page_404(rng, pool):
    p = Page()
    p.add("الصفحة غير موجودة - وكالة أنباء الإمارات")
    p.add("وكالة أنباء الإمارات", "وام")
    p.add("الرئيسية الإمارات الخليج العالم العربي العالم اقتصاد رياضة ثقافة وفنون منوعات صور فيديو")
    p.add("404")
    p.add("عذراً، لم نتمكن من العثور على الصفحة المطلوبة.")
    p.add(
        "ربما تم حذف الصفحة أو تغيير عنوانها، أو أن الرابط الذي اتبعته غير صحيح. يمكنك العودة إلى الصفحة الرئيسية أو استخدام خانة البحث."
    )
    p.add("العودة إلى الرئيسية", "بحث")
    p.add("أحدث الأخبار")
    for x in rng.sample(pool, 6):
        p.add(x["title"])
    p.add("© 2024 وكالة أنباء الإمارات. جميع الحقوق محفوظة")
    return p


def page_index(rng, pool):
    p = Page()
    p.add("أخبار ليبيا – صحيفة المرصد الليبية")
    p.add("تخطى إلى المحتوى")
    p.add("المرصد", "صحيفة المرصد الليبية")
    p.add("ليبيا", "الشأن السياسي", "الشأن الاقتصادي", "الشأن الأمني", "منوعات", "رياضة", "عربي ودولي")
    p.add("الرئيسية » أخبار ليبيا")
    p.add("أخبار ليبيا")
    for x in rng.sample([x for x in pool if x.get("date")], 10):
        d = adate(x)
        p.add(
            x["title"],
            "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year),
            teaser(x, rng.randint(18, 30)),
            "اقرأ المزيد »",
        )
    p.add("1 2 3 4 … 250 التالي »")
    p.add("جميع الحقوق محفوظة © المرصد 2024 | تصميم وتطوير فريق المرصد")
    return p


# ------------------------------------------------------------------ render
def render(page, rng, opt):
    lines = []
    first = True
    for kind, sec in page.sections:
        if not sec:
            continue
        if not first:
            lines.append("")
        first = False
        if kind == "b":
            for i, l in enumerate(sec):
                if i and opt["blank"]:
                    lines.append("")
                lines.extend(l.split("\n"))
        else:
            spaced = opt["blank"] and rng.random() < 0.25
            for j, l in enumerate(sec):
                if j and spaced:
                    lines.append("")
                lines.extend(l.split("\n"))
    if opt["marks"]:
        out = []
        for l in lines:
            if l and rng.random() < 0.4:
                l = RLM + l
            if l and rng.random() < 0.2 and " " in l:
                k = l.index(" ")
                l = l[:k] + (ZWSP if not opt["cp1256"] else LRM) + l[k:]
            out.append(l)
            if not l and rng.random() < 0.1:
                out.append(RLM + LRM)
        lines = out
    if opt["wrap"]:
        out = []
        for l in lines:
            out.extend(wrap_line(l, opt["wrap"]))
        lines = out
    nl = "\r\n" if opt["crlf"] else "\n"
    text = nl.join(lines) + nl
    if opt["cp1256"]:
        return text.encode("cp1256")
    data = text.encode("utf-8")
    if opt["bom"]:
        data = b"\xef\xbb\xbf" + data
    return data


def cp_ok(s):
    try:
        s.encode("cp1256")
        return True
    except UnicodeEncodeError:
        return False


def build(out, corpus):
    rng = random.Random(SEED)
    with open(os.path.join(corpus, "manifest.json"), encoding="utf-8") as fh:
        man = json.load(fh)
    used = {d["article_id"] for d in man["dumps"] if d.get("article_id")}
    arts = []
    for f in sorted(glob.glob(os.path.join(corpus, "articles", "*.jsonl"))):
        with open(f, encoding="utf-8") as fh:
            for l in fh:
                if l.strip():
                    arts.append(json.loads(l))
    arts.sort(key=lambda x: x["id"])
    cand = []
    for a in arts:
        if a["id"] in used:
            continue
        ps = a["body"].split("\n\n")
        if len(ps) != len(a["block_kinds"]) or not (2 <= len(ps) <= 30) or len(a["body"]) > 6000:
            continue
        if any(BAD.search(p) for p in ps[1:]) or BAD.search(ps[0].replace("(CNN)", "")):
            continue
        if any(p.strip() != p or not p for p in ps) or a["title"].strip() != a["title"]:
            continue
        cand.append(a)
    rng.shuffle(cand)
    # round-robin over outlets so that the 48 articles spread
    cand.sort(key=lambda x: 0 if x.get("date") else 1)  # stable: dated first
    by = {}
    for a in cand:
        by.setdefault(a["outlet"], []).append(a)
    chosen = []
    while len(chosen) < 48:
        for k in sorted(by):
            if by[k] and len(chosen) < 48:
                chosen.append(by[k].pop(0))
    rng.shuffle(chosen)
    chosen_ids = {a["id"] for a in chosen}
    seen_titles = set()
    pool = []
    for a in arts:
        if a["id"] in chosen_ids or a["title"] in seen_titles:
            continue
        seen_titles.add(a["title"])
        pool.append(a)

    # the cp1256 dump: first article whose text encodes, placed at a fixed slot
    cp_idx = next(
        i for i, a in enumerate(chosen) if i % 8 == 3 and cp_ok(a["title"] + a["body"] + (a.get("author") or ""))
    )

    for sub in ("dumps", "gold"):
        d = os.path.join(out, sub)
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    entries = []
    n = 0
    for i, a in enumerate(chosen):
        site, fn = SITES[i % 8]
        n += 1
        opt = {
            "wrap": None,
            "crlf": rng.random() < 0.2,
            "cp1256": i == cp_idx,
            "marks": rng.random() < 0.18,
            "blank": rng.random() < 0.6,
            "repeat_title": rng.random() < 0.45,
            "affix": rng.choice([None, None, "suffix", "prefix"]),
            "bom": False,
            "date": DATE_CYCLE[sum(1 for x in chosen[:i] if x.get("date")) % len(DATE_CYCLE)]
            if a.get("date")
            else rng.choice(["none", "relative"]),
        }
        if rng.random() < 0.22:
            opt["wrap"] = rng.choice([72, 76, 80])
            opt["blank"] = True
        if site == "arabytv" and i // 8 == 2:
            opt["bom"] = True
        if opt["cp1256"]:
            opt["crlf"] = True
        prng = random.Random("%d-%s" % (SEED, a["id"]))
        ctx = Ctx(prng, a, pool, opt)
        page = fn(ctx)
        if opt["repeat_title"]:
            # og:title / share-box copy of the headline after the header
            pos = prng.randint(1, len(page.sections) - 1)
            page.sections.insert(pos, ("f", [a["title"]]))
        feats = set(ctx.feat)
        if opt["repeat_title"]:
            feats.add("repeat_title")
        if opt["affix"]:
            feats.add("title with site %s" % opt["affix"])
        if opt["wrap"]:
            feats.add("hard-wrapped at %d" % opt["wrap"])
        if opt["crlf"]:
            feats.add("CRLF line endings")
        if opt["marks"]:
            feats.add("direction marks")
        if opt["bom"]:
            feats.add("UTF-8 BOM")
        if not opt["blank"]:
            feats.add("no blank lines between paragraphs")
        if opt["cp1256"]:
            feats.add("Windows-1256")
            # furniture must encode too
            for si, (k, sec) in enumerate(page.sections):
                page.sections[si] = (k, [l if cp_ok(l) else "".join(c if cp_ok(c) else "-" for c in l) for l in sec])
        data = render(page, prng, opt)
        stem = "%03d_%s_%s" % (n, site, a["outlet"])
        with open(os.path.join(out, "dumps", stem + ".txt"), "wb") as fh:
            fh.write(data)
        gold = {
            "title": a["title"],
            "date": a["date"][:10] if ctx.date_shown else None,
            "outlet": a["outlet"],
            "blocks": [{"kind": k, "text": t} for k, t in blocks(a)],
        }
        with open(os.path.join(out, "gold", stem + ".json"), "w", encoding="utf-8", newline="\n") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        entries.append(
            {
                "dump": stem + ".txt",
                "style": site,
                "article_id": a["id"],
                "article_outlet": a["outlet"],
                "encoding": "cp1256" if opt["cp1256"] else ("utf-8-sig" if opt["bom"] else "utf-8"),
                "features": sorted(feats),
                "gold_blocks": len(gold["blocks"]),
                "gold_date": gold["date"],
            }
        )

    nrng = random.Random(SEED + 1)
    specials = [
        ("404", page_404(nrng, pool), "all-boilerplate 404"),
        ("index", page_index(nrng, pool), "all-boilerplate section index"),
        ("empty", None, "empty file"),
    ]
    for style, page, feat in specials:
        n += 1
        stem = "%03d_%s_%s" % (n, style, style)
        data = (
            b""
            if page is None
            else render(
                page,
                nrng,
                {"blank": style == "index", "marks": False, "wrap": None, "crlf": False, "cp1256": False, "bom": False},
            )
        )
        with open(os.path.join(out, "dumps", stem + ".txt"), "wb") as fh:
            fh.write(data)
        with open(os.path.join(out, "gold", stem + ".json"), "w", encoding="utf-8", newline="\n") as fh:
            json.dump({"title": None, "date": None, "outlet": None, "blocks": []}, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        entries.append(
            {
                "dump": stem + ".txt",
                "style": style,
                "article_id": None,
                "article_outlet": None,
                "encoding": "utf-8",
                "features": [feat],
                "gold_blocks": 0,
                "gold_date": None,
            }
        )
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump({"seed": SEED, "dumps": entries}, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    return n


def main(argv=None):
    ap = argparse.ArgumentParser(description="Build site set m (dumps, gold, manifest).")
    ap.add_argument("out", help="folder that receives dumps/, gold/ and manifest.json")
    ap.add_argument("--corpus", default=DEFAULT_CORPUS, help="shared corpus (articles/, manifest.json)")
    args = ap.parse_args(argv)
    n = build(args.out, args.corpus)
    print(f"wrote {n} dumps to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
