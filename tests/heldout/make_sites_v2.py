#!/usr/bin/env python3
"""Twenty-fifth site family for the Warraq dump cleaner (set v2; built as held-out set 28, seed 28282).

    python3 tests/heldout/make_sites_v2.py OUT_DIR [--corpus DIR]

The shared corpus is --corpus, else $WARRAQ_CORPUS, else ../shared/corpus beside the repository.
Sites: Anfas Press (Morocco), Al-Shahed (Kuwait), Jo24 (Jordan), Hawamer (Saudi forum), Maghreb Voices,
Sudanile (Sudan), Yemen Future, Lebanon Debate.
Held out in session 14 (first measured at 908cae6, then looked at and fixed on). The original header follows.

Build a held-out test set for the Warraq article cleaner.

    python3 make.py OUT_DIR [--corpus DIR]

Writes OUT_DIR/dumps/*.txt, OUT_DIR/gold/*.json, OUT_DIR/manifest.json,
OUT_DIR/score.py (copy), OUT_DIR/selfcheck/*.md (gold rendered as Markdown)
and then scores selfcheck against gold (must be 1.000 everywhere).

Eight sites (page furniture written in our own words, modelled on what the
article pages of these sites show): Anfas Press (Morocco), Al-Shahed
(Kuwait), Jo24 (Jordan), Hawamer (Saudi Arabia, vBulletin forum), Maghreb
Voices / Asswat Magharibia, Sudanile (Sudan, Joomla), Yemen Future (Yemen),
Lebanon Debate (Lebanon).  Six dumps per site, each wrapping one real corpus
article not used by the development dumps, plus a 404 page, a section index
page and a whitespace-only file.  Deterministic: fixed SEED, string-seeded
sub-generators, sorted inputs, no clock.  Standard library only.
"""

from __future__ import annotations

import argparse
import datetime as dt
import glob
import importlib.util
import json
import os
import random
import shutil
import subprocess
import sys

SEED = 28282
HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_CORPUS = os.environ.get("WARRAQ_CORPUS") or os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "corpus"
)

LRM, RLM, ZWJ, ZWNJ, ZWSP = "\u200e", "\u200f", "\u200d", "\u200c", "\u200b"

WEEKDAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
WEEKDAYS_MA = ["الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
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
MONTHS_MA = ["يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر"]
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
    """Tabular Islamic calendar (may be a day off the official one)."""
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


def parse_date(s, rng):
    if not s:
        return None
    if len(s) == 10:
        d = dt.datetime.strptime(s, "%Y-%m-%d")
        return d.replace(hour=rng.randint(7, 22), minute=rng.randint(0, 59))
    d = dt.datetime.fromisoformat(s)
    if d.hour == 0 and d.minute == 0:
        d = d.replace(hour=rng.randint(7, 22), minute=rng.randint(0, 59))
    return d.replace(tzinfo=None)


def ampm(d, ar=False):
    h = d.hour % 12 or 12
    if ar:
        return f"{h:02d}:{d.minute:02d} {'م' if d.hour >= 12 else 'ص'}"
    return f"{h:02d}:{d.minute:02d} {'PM' if d.hour >= 12 else 'AM'}"


# ----------------------------------------------------------------- generic
GENERIC_COMMENTS = [
    "الله يستر من الجاي",
    "كلام منطقي ولكن التطبيق هو الأهم",
    "وين الحكومة من هذا الكلام؟",
    "شكرا على الخبر",
    "نتمنى المتابعة وعدم ترك الموضوع",
    "هذا متوقع من زمان",
    "الخبر ناقص تفاصيل مهمة",
    "ربنا يصلح الحال",
    "الى متى ؟؟",
    "مقال في الصميم",
    "ما في شي جديد",
    "صح لسانك",
    "المشكلة أن هذه الأخبار تتكرر ولا أحد يحاسب المسؤولين عنها، والمواطن وحده من يدفع الثمن في النهاية.",
    "أرجو من الموقع أن يتابع القضية وينشر ما يستجد فيها، فالرأي العام ينتظر توضيحاً رسمياً منذ مدة.",
]
COMMENT_NAMES = [
    "أبو خالد",
    "سمير",
    "مواطن غيور",
    "هدى",
    "ابن البلد",
    "Ahmad",
    "karim",
    "زائر",
    "أم علي",
    "متابع",
    "نزار",
    "عبدالله",
    "youssef",
    "حسن",
]


def rel_time(rng):
    n = rng.randint(1, 11)
    unit = rng.choice(["ساعة", "ساعات", "يوم", "أيام", "شهر", "أشهر", "سنة", "سنوات"])
    if unit in ("ساعة", "يوم", "شهر", "سنة"):
        return "منذ " + unit
    if n < 3:
        n = 3
    return f"منذ {n} {unit}"


def wrap_line(line: str, width: int) -> list[str]:
    if len(line) <= width:
        return [line]
    words = line.split(" ")
    out, cur = [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = w
        else:
            cur = w if not cur else cur + " " + w
    out.append(cur)
    return out


# ----------------------------------------------------------------- page
class Page:
    def __init__(self, art, outlet):
        self.art = art
        self.lines: list[str] = []
        self.blocks: list[dict] = []
        self.date = None
        self.title = art["title"] if art else None
        self.outlet = outlet
        self.features: set[str] = set()

    def bp(self, *lines):
        self.lines.extend(lines)

    def blank(self, n=1):
        self.lines.extend([""] * n)

    def body(self, rng, sep="blank", inserts=None, marks=False):
        """Article blocks; inserts maps block index -> lines placed after it."""
        kinds = self.art["block_kinds"]
        paras = self.art["body"].split("\n\n")
        inserts = inserts or {}
        for i, (k, t) in enumerate(zip(kinds, paras)):
            self.blocks.append({"kind": k, "text": t})
            shown = t
            if marks and k == "paragraph" and rng.random() < 0.3:
                shown = rng.choice([RLM + t, t + RLM, t + " " + ZWSP])
            self.lines.append(shown)
            if sep == "blank" or (sep == "mixed" and rng.random() < 0.5):
                self.lines.append("")
            if i in inserts:
                if self.lines and self.lines[-1] != "":
                    self.lines.append("")
                self.lines.extend(inserts[i])
                self.lines.append("")
        if self.lines and self.lines[-1] != "":
            self.lines.append("")

    def gold(self):
        return {"title": self.title, "date": self.date, "outlet": self.outlet, "blocks": self.blocks}


class Ctx:
    def __init__(self, arts, used_titles):
        self.arts = arts
        self.titles = sorted({a["title"] for a in arts.values() if a["title"]})

    def other_titles(self, rng, a, n):
        pool = [t for t in self.titles if not a or t != a["title"]]
        if a:
            body = {p.strip() for p in a["body"].split("\n\n")}
            pool = [t for t in pool if t.strip() not in body]
        return rng.sample(pool, n)

    def teaser_items(self, rng, a, n, limit=130):
        ids = sorted(k for k in self.arts if not a or k != a["id"])
        out = []
        for k in rng.sample(ids, n):
            o = self.arts[k]
            first = o["body"].split("\n\n")[0]
            if len(first) > limit:
                cut = first[:limit].rsplit(" ", 1)[0]
                first = cut + " ..."
            out.append((o["title"], first))
        return out


def inline_related_positions(rng, a, opt):
    n = len(a["block_kinds"])
    if not opt.get("inline") or n < 3:
        return None
    return rng.randint(1, max(1, n - 2))


def pick(rng, seq):
    return rng.choice(seq)


# ================================================================ sites
SITES = ["anfaspress", "alshahed", "jo24", "hawamer", "maghrebvoices", "sudanile", "yemenfuture", "lebanondebate"]
SITE_NAMES = {
    "anfaspress": "Anfas Press",
    "alshahed": "Al-Shahed",
    "jo24": "Jo24",
    "hawamer": "Hawamer",
    "maghrebvoices": "Maghreb Voices",
    "sudanile": "Sudanile",
    "yemenfuture": "Yemen Future",
    "lebanondebate": "Lebanon Debate",
}


def site_anfas(ctx, a, rng, opt):
    p = Page(a, "anfaspress")
    d = parse_date(a["date"], rng)
    p.bp("أنفاس بريس" + (" | جريدة إلكترونية مغربية" if opt["k"] % 2 else ""))
    menu = [
        "الرئيسية",
        "أخبار",
        "سياسة",
        "اقتصاد",
        "مجتمع",
        "جهات",
        "حوادث",
        "رياضة",
        "فن وثقافة",
        "أنفاس ميديا",
        "كتاب وآراء",
        "إعلام",
        "مغاربة العالم",
    ]
    if opt["menu_lines"]:
        p.bp(*menu)
    else:
        p.bp(" | ".join(menu))
    p.blank()
    p.bp(a["title"])
    p.blank()
    author = pick(rng, ["أنفاس بريس", "عبد الرحيم بن عمر", "حميد زيد", "أنفاس بريس - الرباط"])
    if opt["byline"]:
        p.bp("بقلم: " + author if author != "أنفاس بريس" else author)
    if d and opt["date"]:
        p.bp(f"{WEEKDAYS_MA[d.weekday()]} {d.day} {MONTHS_MA[d.month - 1]} {d.year} - {d.hour:02d}:{d.minute:02d}")
        p.date = d.date().isoformat()
    p.bp(pick(rng, ["فيسبوك", "تويتر"]) + " " + "واتساب" + " " + "طباعة")
    p.blank()
    if opt["caption"]:
        p.bp(
            "في الصورة: " + pick(rng, ["مشهد من الحدث", "صورة أرشيفية", "جانب من اللقاء", "عبد اللطيف بنسعيد (أرشيف)"])
        )
        p.blank()
    pos = inline_related_positions(rng, a, opt)
    ins = {}
    if pos is not None:
        ins[pos] = ["اقرأ أيضا:", *ctx.other_titles(rng, a, 2)]
        p.features.add("inline_related")
    p.body(rng, sep=opt["sep"], inserts=ins, marks=opt["marks"])
    if opt["tags"]:
        p.bp(
            "الكلمات المفتاحية: "
            + "، ".join(
                rng.sample(
                    [
                        "المغرب",
                        "الحكومة",
                        "البرلمان",
                        "الانتخابات",
                        "الاقتصاد",
                        "الرباط",
                        "الدار البيضاء",
                        "كورونا",
                        "التعليم",
                    ],
                    3,
                )
            )
        )
        p.blank()
    p.bp("أخبار ذات صلة")
    for t in ctx.other_titles(rng, a, 4):
        p.bp(t)
    p.blank()
    if opt["comments"]:
        p.bp("أضف تعليقك", "الاسم", "البريد الإلكتروني", "التعليق", "إرسال")
        p.blank()
    p.bp("الأكثر قراءة")
    p.bp(*ctx.other_titles(rng, a, 5))
    p.blank()
    p.bp("من نحن | هيئة التحرير | اتصل بنا | شروط الاستعمال")
    p.bp(f"© {2024 + opt['k'] % 2} أنفاس بريس - جميع الحقوق محفوظة")
    return p


def site_alshahed(ctx, a, rng, opt):
    p = Page(a, "alshahed")
    d = parse_date(a["date"], rng)
    p.bp("جريدة الشاهد الكويتية", "الشاهد اليومية")
    p.bp("الرئيسية  محليات  برلمان  اقتصاد  دوليات  عربيات  رياضة  فنون  مقالات  كاريكاتير  PDF  الشاهد TV")
    p.blank()
    if opt["header_date"]:
        p.bp("الكويت: الأحد ٢١ ديسمبر ٢٠٢٥")
        p.features.add("header_date_not_article_date")
    p.bp(pick(rng, ["دوليات", "محليات", "عربيات", "اقتصاد"]))
    p.blank()
    p.bp(a["title"])
    if d and opt["date"]:
        hy, hm, hd = to_hijri(d.date())
        g = f"{WEEKDAYS[d.weekday()]}، {d.day} {MONTHS_EG[d.month - 1]} {d.year}"
        h = f"{hd} {HIJRI_MONTHS[hm - 1]} {hy} هـ"
        s = f"{g} - {h}"
        if opt["eastern"]:
            s = s.translate(EASTERN)
            p.features.add("eastern_digits")
        p.bp(s)
        p.date = d.date().isoformat()
    if opt["byline"]:
        p.bp("كتب: " + pick(rng, ["المحرر المحلي", "محمد الرشيدي", "أحمد الشمري", "قسم الدوليات"]))
    p.bp(f"عدد المشاهدات: {rng.randint(120, 4000)}")
    p.blank()
    if opt["caption"]:
        p.bp(pick(rng, ["صورة أرشيفية", "جانب من الجلسة", "من الحدث"]))
    pos = inline_related_positions(rng, a, opt)
    ins = {}
    if pos is not None:
        ins[pos] = ["إقرأ أيضاً", ctx.other_titles(rng, a, 1)[0]]
        p.features.add("inline_related")
    p.body(rng, sep=opt["sep"], inserts=ins, marks=opt["marks"])
    p.bp("شارك هذا الخبر", "فيسبوك  تويتر  واتساب  لينكد إن  البريد")
    p.blank()
    p.bp("أخبار متعلقة")
    for t in ctx.other_titles(rng, a, 3):
        p.bp(t)
    p.blank()
    if opt["comments"]:
        p.bp("التعليقات")
        p.bp("لا توجد تعليقات حتى الآن. كن أول من يعلق!")
        p.blank()
    p.bp("تابعوا الشاهد على تلغرام", "حمل تطبيق الشاهد")
    p.blank()
    p.bp("جميع الحقوق محفوظة لجريدة الشاهد © 2025", "من نحن   اتصل بنا   الإعلانات   الأرشيف")
    return p


def site_jo24(ctx, a, rng, opt):
    p = Page(a, "jo24")
    d = parse_date(a["date"], rng)
    first = a["title"] + " - جو 24" if opt["suffix"] else None
    if first:
        p.bp(first)
        p.blank()
        p.features.add("title_suffix_line")
    if opt["header_date"]:
        p.bp("الأربعاء، 17 أيلول 2025", "عمّان 29°")
        p.features.add("header_date_not_article_date")
    p.bp("جو 24", "Jo24")
    p.bp(
        *(
            [
                "الرئيسية",
                "محليات",
                "عربي ودولي",
                "اقتصاد",
                "رياضة",
                "جامعات",
                "كتّاب جو 24",
                "فيديو",
                "وظائف",
                "تكنولوجيا",
            ]
            if opt["menu_lines"]
            else ["الرئيسية محليات عربي ودولي اقتصاد رياضة جامعات كتّاب جو 24 فيديو وظائف تكنولوجيا"]
        )
    )
    p.blank()
    p.bp("الرئيسية > " + pick(rng, ["عربي ودولي", "محليات", "اقتصاد"]))
    p.bp(a["title"])
    p.blank()
    if d and opt["date"]:
        p.bp(f"تاريخ النشر : {d.year}-{d.month:02d}-{d.day:02d} {ampm(d).lower()}")
        p.date = d.date().isoformat()
    p.bp("جو 24 :")
    pos = inline_related_positions(rng, a, opt)
    ins = {}
    if pos is not None:
        ins[pos] = ["اقرأ أيضاً : " + ctx.other_titles(rng, a, 1)[0]]
        p.features.add("inline_related")
    p.body(rng, sep=opt["sep"], inserts=ins, marks=opt["marks"])
    p.bp("تابعوا جو 24 على واتساب - اضغط هنا")
    p.bp("تابعوا آخر الأخبار عبر تطبيق جو 24 على أجهزة أندرويد وآيفون")
    p.blank()
    if opt["tags"]:
        p.bp(
            "#" + " #".join(rng.sample(["الأردن", "عمان", "الحكومة", "مجلس_النواب", "الاقتصاد", "فلسطين", "سوريا"], 3))
        )
        p.blank()
    if opt["comments"]:
        p.bp("تعليقات القراء")
        for _ in range(rng.randint(2, 4)):
            p.bp(pick(rng, COMMENT_NAMES), rel_time(rng), pick(rng, GENERIC_COMMENTS))
        p.bp("أكتب تعليقا", "إرسال")
        p.blank()
    p.bp("الأكثر مشاهدة")
    for i, t in enumerate(ctx.other_titles(rng, a, 5), 1):
        p.bp(f"{i} {t}")
    p.blank()
    p.bp("جميع الحقوق محفوظة لـ جو 24 © 2025", "من نحن | اتصل بنا | سياسة الخصوصية")
    return p


def vb_user(rng):
    return (
        pick(
            rng,
            [
                "ابو فيصل 2010",
                "المستثمر الصبور",
                "ساهر الليل",
                "تاسي_مان",
                "sahm123",
                "صقر الشمال",
                "المضارب الذكي",
                "ابو نواف",
            ],
        ),
        pick(rng, ["عضو نشط", "عضو هوامير المميز", "عضو", "هامور"]),
        f"تاريخ التسجيل: {pick(rng, ['Jan', 'Mar', 'May', 'Aug', 'Nov'])} {rng.randint(2006, 2013)}",
        f"المشاركات: {rng.randint(12, 25000):,}",
    )


def site_hawamer(ctx, a, rng, opt):
    p = Page(a, "hawamer")
    d = parse_date(a["date"], rng)
    p.bp(a["title"] + " - هوامير البورصة السعودية")
    p.blank()
    p.bp("هوامير البورصة السعودية")
    p.bp("المنتديات  التسجيل  التعليمـــات  قائمة الأعضاء  التقويم  مشاركات اليوم  البحث")
    sec = pick(rng, ["منتدى الأخبار الاقتصادية والسياسية", "سوق الأسهم السعودية", "المنتدى العام"])
    p.bp(
        "منتديات هوامير البورصة السعودية > "
        + sec
        + " > "
        + (a["title"][:40].rsplit(" ", 1)[0] + "..." if len(a["title"]) > 45 else a["title"])
    )
    p.blank()
    p.bp("اسم المستخدم", "كلمة المرور", "حفظ البيانات؟", "تسجيل الدخول")
    p.blank()
    p.bp("أدوات الموضوع", "انواع عرض الموضوع")
    p.blank()
    if d and opt["date"]:
        p.bp(f"{d.day:02d}-{d.month:02d}-{d.year}, {ampm(d)}")
        p.date = d.date().isoformat()
    else:
        p.bp(f"اليوم, {rng.randint(1, 12):02d}:{rng.randint(0, 59):02d} PM")
    p.bp("  #1")
    u = vb_user(rng)
    p.bp(*u)
    p.blank()
    p.bp(a["title"])
    p.blank()
    p.body(rng, sep=opt["sep"], marks=opt["marks"])
    if opt["source"]:
        p.bp("المصدر: " + a.get("outlet_name", "صحيفة"))
    else:
        p.bp("منقول")
    p.blank()
    p.bp("التوقيع", pick(rng, ["اللهم اغفر لي ولوالدي", "لا إله إلا الله", "توكلت على الله"]))
    p.bp("رد مع اقتباس")
    p.blank()
    nrep = rng.randint(2, 5) if opt["comments"] else 1
    base = d or dt.datetime(2015, 7, 1, 9, 0)
    for i in range(nrep):
        rd = base + dt.timedelta(minutes=rng.randint(5, 300) * (i + 1))
        if p.date:
            p.bp(f"{rd.day:02d}-{rd.month:02d}-{rd.year}, {ampm(rd)}")
        else:
            p.bp(f"اليوم, {ampm(rd)}")
        p.bp(f"  #{i + 2}")
        p.bp(*vb_user(rng))
        p.blank()
        if i and rng.random() < 0.5:
            p.bp("اقتباس:", "المشاركة الأصلية كتبت بواسطة " + u[0])
        p.bp(pick(rng, GENERIC_COMMENTS))
        p.bp("رد مع اقتباس")
        p.blank()
    p.bp("المواضيع المتشابهة")
    p.bp("الموضوع  كاتب الموضوع  المنتدى  مشاركات  آخر مشاركة")
    for t in ctx.other_titles(rng, a, 4):
        p.bp(t)
    p.blank()
    p.bp(
        "الساعة الآن 11:47 PM",
        "Powered by vBulletin® Version 3.8.11",
        "Copyright ©2000 - 2025, vBulletin Solutions Inc.",
        "جميع المواضيع والمشاركات تعبر عن وجهة نظر كاتبها ولا تعبر عن وجهة نظر إدارة الموقع",
    )
    return p


def site_mbn(ctx, a, rng, opt):
    p = Page(a, "maghrebvoices")
    d = parse_date(a["date"], rng)
    if opt["suffix"]:
        p.bp(a["title"] + " | أصوات مغاربية")
        p.blank()
        p.features.add("title_suffix_line")
    p.bp("تخطي إلى المحتوى الرئيسي", "أصوات مغاربية")
    p.bp("الرئيسية الجزائر المغرب تونس ليبيا موريتانيا منوعات مجتمع فيديو بودكاست")
    p.blank()
    p.bp(pick(rng, ["مغاربي", "منوعات", "مجتمع", "اقتصاد"]))
    p.bp(a["title"])
    if d and opt["date"]:
        p.bp(f"{d.day:02d} {MONTHS_EG[d.month - 1]} {d.year}")
        p.date = d.date().isoformat()
        if opt["updated"]:
            u = d + dt.timedelta(hours=rng.randint(1, 5))
            p.bp(f"تم التحديث {u.day:02d} {MONTHS_EG[u.month - 1]} {u.year}")
    p.bp("شارك", "فيسبوك", "تويتر", "واتساب", "نسخ الرابط")
    p.blank()
    if opt["caption"]:
        p.bp(pick(rng, ["صورة تعبيرية - أرشيف", "صورة من الأرشيف", "مشهد عام من العاصمة"]))
        p.bp(pick(rng, ["Reuters", "AFP", "AP", "Getty Images"]))
        p.blank()
    pos = inline_related_positions(rng, a, opt)
    ins = {}
    if pos is not None:
        t, te = ctx.teaser_items(rng, a, 1)[0]
        ins[pos] = ["اقرأ أيضا...", t, te]
        p.features.add("inline_related")
    p.body(rng, sep=opt["sep"], inserts=ins, marks=opt["marks"])
    p.bp("المصدر: أصوات مغاربية" + pick(rng, ["", "/ وكالات", " / وسائل إعلام محلية"]))
    p.blank()
    if opt["newsletter"]:
        p.bp("اشترك في نشرتنا الإخبارية", "البريد الإلكتروني", "اشترك")
        p.blank()
    p.bp("الأكثر قراءة")
    for t in ctx.other_titles(rng, a, 5):
        p.bp(t)
    p.blank()
    p.bp("مواضيع ذات صلة")
    for t, te in ctx.teaser_items(rng, a, 2):
        p.bp(t, te)
    p.blank()
    p.bp(
        "من نحن",
        "اتصل بنا",
        "شروط الاستخدام",
        "سياسة الخصوصية",
        "أصوات مغاربية موقع تابع لشبكة الشرق الأوسط للإرسال (MBN)",
        "© 2025 أصوات مغاربية. جميع الحقوق محفوظة.",
    )
    return p


JOOMLA_MONTHS = [
    "كانون الثاني/يناير",
    "شباط/فبراير",
    "آذار/مارس",
    "نيسان/أبريل",
    "أيار/مايو",
    "حزيران/يونيو",
    "تموز/يوليو",
    "آب/أغسطس",
    "أيلول/سبتمبر",
    "تشرين1/أكتوبر",
    "تشرين2/نوفمبر",
    "كانون1/ديسمبر",
]


def site_sudanile(ctx, a, rng, opt):
    p = Page(a, "sudanile")
    d = parse_date(a["date"], rng)
    p.bp("سودانايل - Sudanile", "صحيفة سودانايل الإلكترونية")
    p.bp("الرئيسية | الأخبار | المقالات | الإقتصاد | الرياضة | منبر الرأي | المنوعات | أرشيف")
    p.blank()
    p.bp(
        "أنت هنا: الرئيسية / "
        + pick(rng, ["أخبار", "أخبار عالمية", "المقالات"])
        + " / "
        + (a["title"][:35].rsplit(" ", 1)[0] + " ..." if len(a["title"]) > 40 else a["title"])
    )
    p.blank()
    p.bp(a["title"])
    if opt["byline"]:
        p.bp("كتب بواسطة: " + pick(rng, ["سودانايل", "د. عمر محمد", "الخرطوم: سودانايل"]))
    if d and opt["date"]:
        p.bp(f"نشر بتاريخ: {d.day:02d} {JOOMLA_MONTHS[d.month - 1]} {d.year}")
        p.date = d.date().isoformat()
    p.bp(f"الزيارات: {rng.randint(30, 3000)}")
    p.bp("طباعة", "البريد الإلكتروني")
    p.blank()
    p.body(rng, sep=opt["sep"], marks=opt["marks"])
    if opt["email"]:
        p.bp("عنوان البريد الإلكتروني هذا محمي من روبوتات السبام. يجب عليك تفعيل دعم الجافاسكربت لرؤيته.")
        p.blank()
    if opt["comments"]:
        p.bp("التعليقات")
        for _ in range(rng.randint(1, 3)):
            p.bp(pick(rng, COMMENT_NAMES) + " - " + rel_time(rng), pick(rng, GENERIC_COMMENTS))
        p.blank()
    p.bp("المزيد من المقالات في هذا القسم: " if rng.random() < 0.5 else "المزيد في هذه الفئة :")
    for t in ctx.other_titles(rng, a, 4):
        p.bp("« " + t)
    p.blank()
    p.bp("آخر الأخبار")
    p.bp(*ctx.other_titles(rng, a, 3))
    p.blank()
    p.bp("جميع الحقوق محفوظة © سودانايل 2025", "Powered by Joomla")
    return p


def site_yemen(ctx, a, rng, opt):
    p = Page(a, "yemenfuture")
    d = parse_date(a["date"], rng)
    p.bp("يمن فيوتشر", "Yemen Future")
    if opt["menu_lines"]:
        p.bp(
            "الرئيسية",
            "أخبار محلية",
            "تقارير",
            "اقتصاد",
            "عربي ودولي",
            "حوارات",
            "آراء",
            "رياضة",
            "منوعات",
            "انفوجرافيك",
        )
    else:
        p.bp("الرئيسية ◂ أخبار محلية ◂ تقارير ◂ اقتصاد ◂ عربي ودولي ◂ آراء ◂ منوعات")
    p.blank()
    p.bp("عاجل: " + ctx.other_titles(rng, a, 1)[0])
    p.blank()
    p.bp(a["title"])
    if d and opt["date"]:
        hy, hm, hd = to_hijri(d.date())
        s = f"{WEEKDAYS[d.weekday()]} {d.day} {MONTHS_EG[d.month - 1]} {d.year}م - {hd} {HIJRI_MONTHS[hm - 1]} {hy}هـ"
        if opt["eastern"]:
            s = s.translate(EASTERN)
            p.features.add("eastern_digits")
        p.bp(s)
        p.date = d.date().isoformat()
    elif opt["rel_only"]:
        p.bp(rel_time(rng))
    p.blank()
    p.bp("يمن فيوتشر - " + pick(rng, ["خاص:", "متابعات:", "عدن:", "صنعاء:"]))
    pos = inline_related_positions(rng, a, opt)
    ins = {}
    if pos is not None:
        ins[pos] = ["مواضيع مقترحة", *ctx.other_titles(rng, a, 2)]
        p.features.add("inline_related")
    p.body(rng, sep=opt["sep"], inserts=ins, marks=opt["marks"])
    p.bp("لمتابعة أخبار يمن فيوتشر على تلغرام اضغط هنا", "تابعونا على قناة واتساب")
    p.blank()
    if opt["tags"]:
        p.bp(
            "الوسوم",
            *rng.sample(["اليمن", "الحوثي", "عدن", "الاقتصاد", "صنعاء", "الحكومة الشرعية", "تعز", "المساعدات"], 3),
        )
        p.blank()
    p.bp("أخبار ذات صلة")
    for t, te in ctx.teaser_items(rng, a, 3, limit=100):
        p.bp(t)
        if opt["teasers"]:
            p.bp(te)
    p.blank()
    p.bp("الأكثر قراءة")
    p.bp(*ctx.other_titles(rng, a, 4))
    p.blank()
    p.bp("جميع الحقوق محفوظة © يمن فيوتشر 2025", "تصميم وتطوير")
    return p


def site_lebdeb(ctx, a, rng, opt):
    p = Page(a, "lebanondebate")
    d = parse_date(a["date"], rng)
    if opt["header_date"]:
        p.bp("الجمعة 05 كانون الأول 2025")
        p.features.add("header_date_not_article_date")
    p.bp("Lebanon Debate", "ليبانون ديبايت")
    p.bp("الرئيسية المحلية خاص الاقليمي والدولي اقتصاد أمن وقضاء متفرقات رياضة صحة فيديو")
    p.blank()
    if opt["suffix"]:
        p.bp("Lebanon Debate | " + a["title"])
        p.features.add("title_prefix_line")
    p.bp(pick(rng, ["الاقليمي والدولي", "المحلية", "خاص", "متفرقات"]))
    p.bp(a["title"])
    if opt["byline"]:
        p.bp(pick(rng, ["ليبانون ديبايت", "ليبانون ديبايت - وكالات", "المحرر السياسي"]))
    if d and opt["date"]:
        p.bp(f"{WEEKDAYS[d.weekday()]} {d.day:02d} {MONTHS_LEV[d.month - 1]} {d.year} - {d.hour:02d}:{d.minute:02d}")
        p.date = d.date().isoformat()
    p.bp("حجم الخط", "A-  A+")
    p.blank()
    pos = inline_related_positions(rng, a, opt)
    ins = {}
    if pos is not None:
        ins[pos] = ["اقرأ أيضاً", *ctx.other_titles(rng, a, 3)]
        p.features.add("inline_related")
    p.body(rng, sep=opt["sep"], inserts=ins, marks=opt["marks"])
    p.bp('انضم إلى قناة "Lebanon Debate" على يوتيوب الآن، اضغط هنا')
    p.bp("لمتابعة آخر الأخبار، انضموا إلى قناتنا على واتساب")
    p.blank()
    if opt["comments"]:
        p.bp("التعليقات")
        for _ in range(rng.randint(2, 3)):
            p.bp(pick(rng, COMMENT_NAMES), pick(rng, GENERIC_COMMENTS), rel_time(rng))
        p.blank()
    p.bp("الأكثر قراءة")
    for i, t in enumerate(ctx.other_titles(rng, a, 5), 1):
        p.bp(str(i), t)
    p.blank()
    p.bp("مقالات مختارة")
    p.bp(*ctx.other_titles(rng, a, 3))
    p.blank()
    p.bp("© 2025 Lebanon Debate. All rights reserved.", "من نحن | اتصل بنا | أعلن معنا")
    return p


BUILDERS = {
    "anfaspress": site_anfas,
    "alshahed": site_alshahed,
    "jo24": site_jo24,
    "hawamer": site_hawamer,
    "maghrebvoices": site_mbn,
    "sudanile": site_sudanile,
    "yemenfuture": site_yemen,
    "lebanondebate": site_lebdeb,
}


def options(rng, k, a):
    has_date = bool(a["date"])
    return {
        "k": k,
        "date": has_date and (k != 3 or rng.random() < 0.3),  # some dated articles show no date
        "sep": rng.choice(["blank", "blank", "none", "mixed"]),
        "menu_lines": rng.random() < 0.5,
        "byline": rng.random() < 0.7,
        "caption": rng.random() < 0.6,
        "inline": k in (0, 2, 4) or rng.random() < 0.3,
        "tags": rng.random() < 0.6,
        "comments": rng.random() < 0.6,
        "header_date": k in (1, 4),
        "eastern": k % 2 == 1,
        "suffix": rng.random() < 0.5,
        "updated": rng.random() < 0.4,
        "newsletter": rng.random() < 0.6,
        "email": rng.random() < 0.6,
        "source": rng.random() < 0.6,
        "rel_only": rng.random() < 0.6,
        "teasers": rng.random() < 0.6,
        "marks": False,
    }


# ================================================================ non-articles
def page_404(ctx, rng):
    p = Page(None, "jo24")
    p.bp("الصفحة غير موجودة - جو 24", "", "جو 24", "Jo24")
    p.bp("الرئيسية محليات عربي ودولي اقتصاد رياضة جامعات كتّاب جو 24 فيديو وظائف")
    p.blank()
    p.bp("404", "عذراً، الصفحة التي تبحث عنها غير موجودة أو تم نقلها.", "العودة إلى الصفحة الرئيسية")
    p.blank()
    p.bp("الأكثر مشاهدة")
    p.bp(*ctx.other_titles(rng, None, 5))
    p.blank()
    p.bp("جميع الحقوق محفوظة لـ جو 24 © 2025", "من نحن | اتصل بنا | سياسة الخصوصية")
    return p


def page_index(ctx, rng):
    p = Page(None, "maghrebvoices")
    p.bp("مجتمع | أصوات مغاربية", "", "تخطي إلى المحتوى الرئيسي", "أصوات مغاربية")
    p.bp("الرئيسية الجزائر المغرب تونس ليبيا موريتانيا منوعات مجتمع فيديو بودكاست")
    p.blank()
    p.bp("مجتمع")
    p.blank()
    base = dt.date(2018, 6, 20)
    for i, (t, te) in enumerate(ctx.teaser_items(rng, None, 10, limit=160)):
        dd = base - dt.timedelta(days=i * rng.randint(1, 3))
        p.bp(t, te, f"{dd.day:02d} {MONTHS_EG[dd.month - 1]} {dd.year}")
        p.blank()
    p.bp("تحميل المزيد")
    p.blank()
    p.bp("© 2025 أصوات مغاربية. جميع الحقوق محفوظة.")
    return p


# ================================================================ main
def load_articles(corpus):
    arts = {}
    for f in sorted(glob.glob(os.path.join(corpus, "articles", "*.jsonl"))):
        with open(f, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    a = json.loads(line)
                    arts[a["id"]] = a
    return arts


def add_marks(lines, rng, body):
    """Direction marks anywhere; ZWJ (not removed by score.py) only in furniture."""
    out = []
    for ln in lines:
        r = rng.random()
        if ln and r < 0.12:
            ln = RLM + ln
        elif ln and r < 0.18:
            ln = ln + LRM
        elif ln and r < 0.30 and " " in ln and ln not in body:
            i = ln.index(" ")
            ln = ln[:i] + ZWJ + ln[i:]
        out.append(ln)
    out.insert(min(3, len(out)), RLM + "\u202b" + "\u202c")
    return out


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("out_dir")
    ap.add_argument("--corpus", default=DEFAULT_CORPUS)
    args = ap.parse_args(argv)
    corpus, out = args.corpus, args.out_dir
    arts = load_articles(corpus)
    with open(os.path.join(corpus, "manifest.json"), encoding="utf-8") as fh:
        used = {d["article_id"] for d in json.load(fh)["dumps"] if d.get("article_id")}
    avail = sorted(k for k, a in arts.items() if k not in used and a["title"] and a["body"].strip())
    sel_rng = random.Random(f"{SEED}:select")
    sel_rng.shuffle(avail)
    chosen = avail[: len(SITES) * 6]
    ctx = Ctx(arts, used)

    for sub in ("dumps", "gold", "selfcheck"):
        d = os.path.join(out, sub)
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)

    # encoding / layout features spread over the 48 article dumps
    frng = random.Random(f"{SEED}:formats")
    slots = list(range(len(chosen)))
    frng.shuffle(slots)
    fmt = {i: set() for i in slots}
    for i in slots[0:6]:
        fmt[i].add("crlf")
    for i in slots[6:11]:
        fmt[i].add("bom")
    for i in slots[11:17]:
        fmt[i].add("wrap")
    for i in slots[17:24]:
        fmt[i].add("marks")
    cp_candidates = slots[24:]

    pages = []
    n = 0
    for si, site in enumerate(SITES):
        for k in range(6):
            idx = si * 6 + k
            a = arts[chosen[idx]]
            n += 1
            stem = f"{n:03d}_{site}_{a['outlet']}"
            rng = random.Random(f"{SEED}:{stem}")
            opt = options(rng, k, a)
            if "wrap" in fmt[idx]:
                opt["sep"] = "blank"
            if "marks" in fmt[idx]:
                opt["marks"] = True
            p = BUILDERS[site](ctx, a, rng, opt)
            pages.append((stem, idx, a, p, opt))

    # choose the Windows-1256 dump: first candidate whose text encodes
    cp_idx = None
    for idx in cp_candidates:
        stem, _, a, p, opt = pages[idx]
        try:
            "\n".join(p.lines).encode("cp1256")
            cp_idx = idx
            break
        except UnicodeEncodeError:
            continue

    manifest = {"seed": SEED, "sites": [SITE_NAMES[s] for s in SITES], "dumps": []}
    for stem, idx, a, p, opt in pages:
        rng = random.Random(f"{SEED}:{stem}:layout")
        lines = list(p.lines)
        feats = set(p.features)
        if "marks" in fmt[idx]:
            lines = add_marks(lines, rng, {b["text"] for b in p.blocks})
            feats.add("direction_zero_width_marks")
        if "wrap" in fmt[idx]:
            width = rng.choice([72, 76, 80, 90])
            wl = []
            for ln in lines:
                wl.extend(wrap_line(ln, width))
            lines = wl
            feats.add(f"hard_wrapped_{width}")
        text = "\n".join(lines).rstrip("\n") + "\n"
        enc = "utf-8"
        if "crlf" in fmt[idx]:
            text = text.replace("\n", "\r\n")
            feats.add("crlf")
        if "bom" in fmt[idx]:
            enc = "utf-8-sig"
            feats.add("utf8_bom")
        if idx == cp_idx:
            enc = "cp1256"
            feats.add("windows-1256")
        for key in ("comments", "tags", "caption", "byline"):
            if opt.get(key):
                feats.add(key)
        if not p.date:
            feats.add("no_date")
        feats.add("sep_" + opt["sep"])
        if any(b["kind"] == "heading" for b in p.blocks):
            feats.add("subheadings")
        write_dump(out, stem, text, enc)
        write_gold(out, stem, p.gold())
        manifest["dumps"].append(
            {
                "dump": stem + ".txt",
                "site": SITE_NAMES[p.outlet],
                "article_id": a["id"],
                "article_outlet": a["outlet"],
                "encoding": enc,
                "features": sorted(feats),
                "gold_blocks": len(p.blocks),
                "gold_date": p.date,
            }
        )

    extra = [
        (f"{n + 1:03d}_404_jo24", page_404(ctx, random.Random(f"{SEED}:404")), "404 page"),
        (f"{n + 2:03d}_index_maghrebvoices", page_index(ctx, random.Random(f"{SEED}:index")), "section index page"),
    ]
    for stem, p, what in extra:
        text = "\n".join(p.lines).rstrip("\n") + "\n"
        write_dump(out, stem, text, "utf-8")
        write_gold(out, stem, {"title": None, "date": None, "outlet": p.outlet, "blocks": []})
        manifest["dumps"].append(
            {
                "dump": stem + ".txt",
                "site": SITE_NAMES[p.outlet],
                "article_id": None,
                "article_outlet": None,
                "encoding": "utf-8",
                "features": [what],
                "gold_blocks": 0,
                "gold_date": None,
            }
        )
    stem = f"{n + 3:03d}_empty"
    write_dump(out, stem, "  \n\n\t \n   \n", "utf-8")
    write_gold(out, stem, {"title": None, "date": None, "outlet": None, "blocks": []})
    manifest["dumps"].append(
        {
            "dump": stem + ".txt",
            "site": None,
            "article_id": None,
            "article_outlet": None,
            "encoding": "utf-8",
            "features": ["whitespace only"],
            "gold_blocks": 0,
            "gold_date": None,
        }
    )

    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(manifest, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")

    # sanity: every article used once, none from the development set
    ids = [d["article_id"] for d in manifest["dumps"] if d["article_id"]]
    assert len(ids) == len(set(ids)) == 48 and not set(ids) & used

    # copy score.py, render selfcheck, score
    shutil.copyfile(os.path.join(corpus, "score.py"), os.path.join(out, "score.py"))
    spec = importlib.util.spec_from_file_location("hs_score", os.path.join(out, "score.py"))
    sc = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sc)
    for name in sorted(os.listdir(os.path.join(out, "gold"))):
        with open(os.path.join(out, "gold", name), encoding="utf-8") as fh:
            g = json.load(fh)
        with open(os.path.join(out, "selfcheck", name[:-5] + ".md"), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(sc.render_markdown(g))
    res = subprocess.run(
        [
            sys.executable,
            os.path.join(out, "score.py"),
            os.path.join(out, "gold"),
            os.path.join(out, "selfcheck"),
            "--json",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    tot = json.loads(res.stdout)["total"]
    keys = [
        "micro_precision",
        "micro_recall",
        "micro_f1",
        "macro_f1",
        "line_f1",
        "title_accuracy",
        "heading_f1",
        "date_accuracy",
    ]
    ok = all(abs(tot[k] - 1.0) < 1e-9 for k in keys)
    print("selfcheck: files=%d " % tot["files"] + " ".join("%s=%.3f" % (k, tot[k]) for k in keys))
    print("SELFCHECK OK" if ok else "SELFCHECK FAILED")
    return 0 if ok else 1


def write_dump(out, stem, text, enc):
    with open(os.path.join(out, "dumps", stem + ".txt"), "wb") as fh:
        fh.write(text.encode(enc))


def write_gold(out, stem, g):
    with open(os.path.join(out, "gold", stem + ".json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(g, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    sys.exit(main())
