#!/usr/bin/env python3
"""Twenty-seventh site family for the Warraq dump cleaner (set u2; built as a held-out set, seed 29292).

    python3 tests/heldout/make_sites_u2.py OUT_DIR [--corpus DIR]

The shared corpus is --corpus, else $WARRAQ_CORPUS, else ../shared/corpus beside the repository.
Sites: Masrawy Sports, Al-Ayam (Sudan), Tishreen (Syria), Al-Yamamah (Saudi weekly), Albiladpress
(Bahrain), Almasalah (Iraq), Alquds Alarabi Sports, Libya Al-Mostakbal.
STILL HELD OUT (session 14): only its totals have been printed (first at 1da360b); nobody fixing the
cleaner has read its dumps. Keep it so: score it with scripts/score_cleaner.py --json and read the
totals only. The original header follows.

Build the held-out test set (eight unseen sites) for the Warraq article cleaner.

Usage: python3 make.py OUT_DIR [--corpus DIR]
Deterministic: fixed SEED, string-seeded sub-generators, sorted inputs, no clock.
Standard library only (Python 3.11).  Article text is never changed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import os
import random
import shutil
import subprocess
import sys
import textwrap

SEED = 29292
PER_SITE = 6

LRM, RLM, ZWJ, ZWNJ, ZWSP = "\u200e", "\u200f", "\u200d", "\u200c", "\u200b"

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
MAGHREB = ["جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
HIJRI = [
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
WEEKDAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
AR_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def rng_for(*keys) -> random.Random:
    return random.Random(f"{SEED}:" + ":".join(str(k) for k in keys))


def ind(s: str) -> str:
    return s.translate(AR_DIGITS)


def hijri(d: dt.date) -> tuple[int, int, int]:
    """Tabular (civil) Islamic calendar; good enough for page furniture."""
    jd = d.toordinal() + 1721425  # Julian day number
    l = jd - 1948440 + 10632
    n = (l - 1) // 10631
    l = l - 10631 * n + 354
    j = ((10985 - l) // 5316) * ((50 * l) // 17719) + (l // 5670) * ((43 * l) // 15238)
    l = l - ((30 - j) // 15) * ((17719 * j) // 50) - (j // 16) * ((15238 * j) // 43) + 29
    m = (24 * l) // 709
    day = l - (709 * m) // 24
    y = 30 * n + j - 30
    return y, m, day


def hijri_str(d: dt.date) -> str:
    y, m, day = hijri(d)
    return f"{day} {HIJRI[m - 1]} {y} هـ"


def clock(r: random.Random, ampm: bool = False) -> str:
    h, mi = r.randint(0, 23), r.randint(0, 59)
    if ampm:
        suf = "ص" if h < 12 else "م"
        h12 = h % 12 or 12
        return f"{h12:02d}:{mi:02d} {suf}"
    return f"{h:02d}:{mi:02d}"


def rel_time(r: random.Random) -> str:
    return r.choice(
        [
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
            "قبل 12 ساعة",
            "قبل 3 أيام",
        ]
    )


# ------------------------------------------------------------------ corpus
def load_articles(corpus: str) -> tuple[list[dict], set[str]]:
    with open(os.path.join(corpus, "manifest.json"), encoding="utf-8") as f:
        man = json.load(f)
    used = {d.get("article_id") for d in man["dumps"] if d.get("article_id")}
    arts = []
    adir = os.path.join(corpus, "articles")
    for fn in sorted(os.listdir(adir)):
        if not fn.endswith(".jsonl"):
            continue
        with open(os.path.join(adir, fn), encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    arts.append(json.loads(line))
    arts.sort(key=lambda a: a["id"])
    return arts, used


def blocks_of(a: dict) -> list[dict]:
    paras = a["body"].split("\n\n")
    kinds = a.get("block_kinds") or ["paragraph"] * len(paras)
    assert len(kinds) == len(paras), a["id"]
    return [{"kind": k, "text": t} for k, t in zip(kinds, paras)]


def cp1256_ok(a: dict) -> bool:
    try:
        (a["title"] + a["body"]).encode("cp1256")
        return True
    except UnicodeEncodeError:
        return False


# ------------------------------------------------------------------ page builder
class Page:
    def __init__(self):
        self.lines: list[str] = []

    def add(self, *ls: str):
        self.lines.extend(ls)

    def blank(self):
        self.lines.append("")

    def text(self) -> str:
        out, prev_blank = [], True
        for l in self.lines:
            if l == "" and prev_blank:
                continue
            out.append(l)
            prev_blank = l == ""
        while out and out[-1] == "":
            out.pop()
        return "\n".join(out) + "\n"


def body_lines(blocks, opt, inserts: dict[int, list[str]], r: random.Random) -> list[str]:
    """The article body; inserts[i] = furniture lines placed after block i."""
    out = []
    sep_blank = opt["blank_sep"] or opt["wrap"]
    for i, b in enumerate(blocks):
        t = b["text"]
        if opt["wrap"] and b["kind"] != "heading" and len(t) > opt["wrap"]:
            ls = textwrap.wrap(
                t, width=opt["wrap"], break_long_words=False, break_on_hyphens=False, replace_whitespace=False
            )
        else:
            ls = [t]
        if opt["marks"] and r.random() < 0.3:
            ls[0] = r.choice([RLM, LRM + RLM, ZWJ]) + ls[0]
        if opt["marks"] and r.random() < 0.2:
            ls[-1] = ls[-1] + r.choice([LRM, ZWSP])
        if b["kind"] == "heading" or sep_blank:
            out.append("")
        out.extend(ls)
        if b["kind"] == "heading" or sep_blank:
            out.append("")
        if i in inserts:
            out.append("")
            out.extend(inserts[i])
            out.append("")
    return out


def pick_insert_pos(blocks, r: random.Random) -> int | None:
    n = len(blocks)
    if n < 3:
        return None
    cands = [
        i
        for i in range(0, n - 1)
        if blocks[i]["kind"] == "paragraph" and blocks[i + 1]["kind"] != "list_item" and i >= 1
    ]
    return r.choice(cands) if cands else None


# ------------------------------------------------------------------ sites
SITES = [
    ("masrawy", "مصراوي", "Masrawy Sports (Egypt)"),
    ("alayam-sd", "الأيام", "Al-Ayam (Sudan)"),
    ("tishreen", "تشرين", "Tishreen (Syria)"),
    ("alyamamah", "اليمامة", "Al-Yamamah (Saudi weekly)"),
    ("albiladpress", "البلاد", "Albiladpress (Bahrain)"),
    ("almasalah", "المسلة", "Almasalah (Iraq)"),
    ("alquds-sport", "القدس العربي", "Alquds Alarabi Sports (London)"),
    ("libya-almostakbal", "ليبيا المستقبل", "Libya Al-Mostakbal (Libya)"),
]
SPORTS_SITES = {"masrawy", "alquds-sport"}

NAMES = [
    "أحمد عبد الرحمن",
    "محمد السيد",
    "منى عادل",
    "ياسر حسن",
    "هبة عبد الله",
    "علي الكعبي",
    "سامر يوسف",
    "رنا الخطيب",
    "عمر الطاهر",
    "فاطمة المهدي",
    "خالد الزين",
    "نادية العريبي",
    "حيدر الموسوي",
    "زينب الجبوري",
    "عبد الرحيم الفاسي",
    "سالم بن ناصر",
]
COMMENTS = [
    "كلام سليم والله المستعان",
    "متى يتحرك المسؤولون؟",
    "تحليل ممتاز شكراً للكاتب",
    "الخبر منقوص ولم يذكر التفاصيل",
    "نتمنى التوفيق للجميع",
    "هذا ما كنا نحذر منه منذ سنوات",
    "أين الرقابة؟",
    "موضوع مهم يستحق المتابعة",
    "لا جديد تحت الشمس",
    "صح لسانك",
    "ننتظر النتائج على أرض الواقع",
    "الله يحفظ البلد وأهله",
]


def headlines(pool: list[dict], r: random.Random, n: int, exclude: str) -> list[dict]:
    c = [a for a in pool if a["id"] != exclude]
    return r.sample(c, n)


def teaser(a: dict, n: int = 90) -> str:
    first = a["body"].split("\n\n")[0]
    if len(first) <= n:
        return first[: max(20, len(first) - 15)].rstrip() + "..."
    cut = first[:n]
    if " " in cut:
        cut = cut[: cut.rfind(" ")]
    return cut + "..."


def date_std(d, r, digits_ind=False, weekday=True):
    s = f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if weekday:
        s = WEEKDAYS[d.weekday()] + " " + s
    return ind(s) if digits_ind else s


# ---- 1. Masrawy Sports (Egypt)
def site_masrawy(a, d, opt, r, pool):
    p = Page()
    t = a["title"]
    p.add(f"{t} | مصراوي" if opt["suffix"] else t, "")
    p.add("مصراوي", "الرئيسية أخبار رياضة فنون اقتصاد سيارات أخبار البنوك أخبار المحافظات منوعات فيديو")
    p.add("رياضة محلية", "كرة عالمية", "أبطال أوروبا", "مصر في كأس العالم", "إنفوجراف", "")
    if opt["ticker"]:
        p.add(
            "مباريات اليوم",
            "الأهلي 2 - 1 المصري البورسعيدي",
            "انتهت",
            "برشلونة 0 - 0 إشبيلية",
            "21:00",
            "عرض كل المباريات",
            "",
        )
    p.add("الرئيسية > رياضة > " + r.choice(["رياضة محلية", "كرة عالمية", "أخبار"]), "")
    p.add(t, "")
    p.add(f"كتب- {r.choice(NAMES)}:")
    if d:
        p.add(("\u200f" if opt["marks"] else "") + f"{clock(r, True)} {date_std(d, r)}")
    p.add("")
    if opt["caption"]:
        p.add(r.choice(["صورة أرشيفية", "أرشيفية", "صورة من المباراة"]) if r.random() < 0.5 else "أرشيفية - مصراوي", "")
    ins = {}
    k = pick_insert_pos(a["_blocks"], r) if opt["inline"] else None
    if k is not None:
        h = headlines(pool, r, 2, a["id"])
        ins[k] = ["اقرأ أيضًا:"] + [x["title"] for x in h]
    p.add(*body_lines(a["_blocks"], opt, ins, r))
    p.blank()
    p.add("لمتابعة أخر الأخبار اشترك في قناة مصراوي على واتساب اضغط هنا", "")
    if opt["tags"]:
        p.add("الكلمات المفتاحية", "الدوري المصري", "كرة القدم", r.choice(["الأهلي", "الزمالك", "المنتخب الوطني"]), "")
    p.add("هل أعجبك الموضوع؟", "")
    p.add("اقرأ أيضاً")
    for x in headlines(pool, r, 4, a["id"]):
        p.add(x["title"])
    p.blank()
    if opt["most_read"]:
        p.add("الأكثر قراءة")
        for x in headlines(pool, r, 5, a["id"]):
            p.add(x["title"])
        p.blank()
    p.add("أخبار", "رياضة", "فنون", "منوعات", "إسلاميات", "")
    p.add("من نحن", "اتصل بنا", "سياسة الخصوصية", "الشروط والأحكام", "أعلن معنا", "")
    p.add("جميع الحقوق محفوظة لشركة مصراوي للإعلام © 2024")
    return p


# ---- 2. Al-Ayam (Sudan), WordPress theme with Jetpack
def site_alayam(a, d, opt, r, pool):
    p = Page()
    t = a["title"]
    p.add(f"{t} – صحيفة الأيام" if opt["suffix"] else t, "")
    p.add("تخطى إلى المحتوى", "")
    if d:
        p.add(date_std(d, r, weekday=True) + ("" if r.random() < 0.5 else "، " + clock(r)))
    p.add("صحيفة الأيام السودانية", "الأولى في السودان منذ 1953", "")
    p.add("الرئيسية", "أخبار", "الاقتصاد", "الرأي", "أعمدة", "حوارات", "تحقيقات", "رياضة", "منوعات", "")
    p.add(r.choice(["أخبار", "الاقتصاد", "تقارير"]), "")
    p.add(t, "")
    p.add(
        f"بواسطة {r.choice(['الأيام', 'المحرر', r.choice(NAMES)])}"
        + (f"  {date_std(d, r, weekday=False)}" if d and opt["byline_date"] else ""),
        "",
    )
    if opt["caption"]:
        p.add("صورة: الأيام", "")
    ins = {}
    k = pick_insert_pos(a["_blocks"], r) if opt["inline"] else None
    if k is not None:
        ins[k] = ["إقرأ أيضاً: " + headlines(pool, r, 1, a["id"])[0]["title"]]
    p.add(*body_lines(a["_blocks"], opt, ins, r))
    p.blank()
    p.add("شارك هذا الموضوع:", "فيسبوك", "تويتر", "واتساب", "تيليجرام", "طباعة", "")
    p.add("معجب بهذه:", "إعجاب تحميل...", "")
    p.add("ذات صلة")
    for x in headlines(pool, r, 3, a["id"]):
        p.add(x["title"], 'في "' + r.choice(["أخبار", "تقارير", "الاقتصاد"]) + '"')
    p.blank()
    p.add(
        "التنقل بين المقالات",
        "السابق",
        headlines(pool, r, 1, a["id"])[0]["title"],
        "التالي",
        headlines(pool, r, 1, a["id"])[0]["title"],
        "",
    )
    if opt["comments"]:
        p.add("تعليق واحد" if r.random() < 0.5 else "2 تعليقان")
        for _ in range(r.randint(1, 2)):
            p.add(r.choice(NAMES), rel_time(r), r.choice(COMMENTS), "رد")
        p.blank()
    p.add(
        "اترك تعليقاً",
        "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *",
        "التعليق *",
        "الاسم *",
        "البريد الإلكتروني *",
        "الموقع الإلكتروني",
        "احفظ اسمي، بريدي الإلكتروني، والموقع الإلكتروني في هذا المتصفح لاستخدامها المرة المقبلة في تعليقي.",
        "",
    )
    if opt["most_read"]:
        p.add("الأكثر مشاهدة")
        for x in headlines(pool, r, 4, a["id"]):
            p.add(x["title"])
        p.blank()
    p.add("جميع الحقوق محفوظة © صحيفة الأيام 2024 | تصميم وتطوير", "")
    return p


# ---- 3. Tishreen (Syria)
def site_tishreen(a, d, opt, r, pool):
    p = Page()
    t = a["title"]
    p.add(f"{t} - صحيفة تشرين" if opt["suffix"] else t, "")
    p.add("صحيفة تشرين", "الرئيسية  محليات  سياسة  اقتصاد  ثقافة وفنون  رياضة  مجتمع  آراء  دراسات  أرشيف", "")
    if opt["ticker"]:
        p.add("عاجل", headlines(pool, r, 1, a["id"])[0]["title"], "")
    p.add(r.choice(["سياسة", "عربي ودولي", "اقتصاد", "محليات"]), "")
    p.add(t, "")
    if d:
        mon = LEVANT if opt["levant"] else MONTHS
        ds = f"{d.day} {mon[d.month - 1]} {d.year}"
        p.add(ind(ds) if opt["ind"] else ds)
    p.add(r.choice(["تشرين", "تشرين - وكالات", f"تشرين - {r.choice(NAMES)}"]), "")
    if opt["caption"]:
        p.add("(أرشيف)", "")
    ins = {}
    k = pick_insert_pos(a["_blocks"], r) if opt["inline"] else None
    if k is not None:
        ins[k] = ["اقرأ أيضاً:", headlines(pool, r, 1, a["id"])[0]["title"]]
    p.add(*body_lines(a["_blocks"], opt, ins, r))
    p.blank()
    if opt["tags"]:
        p.add("الوسوم: " + "، ".join(r.sample(["سوريا", "دمشق", "الحكومة", "اقتصاد", "العالم", "تقارير"], 3)), "")
    p.add("شارك هذا المقال", "Facebook", "Twitter", "Telegram", "WhatsApp", "")
    p.add("مقالات ذات صلة")
    for x in headlines(pool, r, 3, a["id"]):
        p.add(x["title"])
        if opt["teasers"]:
            p.add(teaser(x, 80))
    p.blank()
    if opt["most_read"]:
        p.add("الأكثر قراءة")
        for i, x in enumerate(headlines(pool, r, 5, a["id"]), 1):
            p.add(f"{i}", x["title"])
        p.blank()
    p.add("تابعونا على تلغرام", "")
    p.add("من نحن  اتصل بنا  الإعلانات  الاشتراكات", "")
    p.add("جميع الحقوق محفوظة لصحيفة تشرين © " + ("٢٠٢٤" if opt["ind"] else "2024"))
    return p


# ---- 4. Al-Yamamah (Saudi weekly magazine)
def site_alyamamah(a, d, opt, r, pool):
    p = Page()
    t = a["title"]
    p.add(f"مجلة اليمامة - {t}" if opt["suffix"] else t, "")
    p.add("مجلة اليمامة", "مجلة أسبوعية تصدر عن مؤسسة اليمامة الصحفية", "")
    issue = 2400 + r.randint(0, 300)
    if d:
        ds = f"{WEEKDAYS[d.weekday()]} {hijri_str(d)} - {d.day} {MONTHS[d.month - 1]} {d.year} م"
        p.add(ind(ds) if opt["ind"] else ds)
    p.add(("العدد " + ind(str(issue))) if opt["ind"] else f"العدد {issue}", "")
    p.add("الرئيسية", "الافتتاحية", "ملف العدد", "حوار", "ثقافة", "اقتصاد", "رياضة", "منوعات", "أرشيف الأعداد", "")
    p.add(r.choice(["متابعات", "ملف العدد", "تقارير", "شؤون دولية"]), "")
    p.add(t, "")
    if opt["byline"]:
        p.add(r.choice(["اليمامة - الرياض", f"إعداد: {r.choice(NAMES)}", f"الرياض - {r.choice(NAMES)}"]), "")
    if opt["caption"]:
        p.add("تصوير: " + r.choice(NAMES), "")
    ins = {}
    k = pick_insert_pos(a["_blocks"], r) if opt["inline"] else None
    if k is not None:
        ins[k] = ["مواضيع ذات صلة"] + [x["title"] for x in headlines(pool, r, 2, a["id"])]
    p.add(*body_lines(a["_blocks"], opt, ins, r))
    p.blank()
    p.add("طباعة", "إرسال لصديق", "مشاركة", "")
    if opt["comments"]:
        p.add("التعليقات (1)", r.choice(NAMES), rel_time(r), r.choice(COMMENTS), "")
    p.add("اشترك في المجلة", "للاشتراك في مجلة اليمامة الورقية والرقمية تواصل معنا", "")
    p.add("من العدد")
    for x in headlines(pool, r, 4, a["id"]):
        p.add(x["title"])
    p.blank()
    p.add("مؤسسة اليمامة الصحفية © جميع الحقوق محفوظة")
    return p


# ---- 5. Albiladpress (Bahrain)
def site_albilad(a, d, opt, r, pool):
    p = Page()
    t = a["title"]
    p.add(f"{t} | البلاد" if opt["suffix"] else t, "")
    p.add("البلاد", "صحيفة البلاد البحرينية", "")
    p.add("محليات | اقتصاد | رياضة | دولي | كتاب البلاد | منوعات | فيديو | العدد الرقمي", "")
    if opt["ticker"]:
        p.add("شريط الأخبار: " + "  ■  ".join(x["title"] for x in headlines(pool, r, 3, a["id"])), "")
    p.add(t, "")
    if d:
        ds = f"{WEEKDAYS[d.weekday()]} {d.day:02d} {MONTHS[d.month - 1]} {d.year}"
        p.add(ds + (" - " + clock(r) if r.random() < 0.6 else ""))
    p.add(r.choice(["المنامة - بنا", "البلاد - وكالات", f"{r.choice(NAMES)}"]))
    p.add(f"{r.randint(120, 9000)} مشاهدة" if r.random() < 0.5 else "", "")
    if opt["caption"]:
        p.add(r.choice(["", "\u200e"]) + "رابط مختصر", "")
    ins = {}
    k = pick_insert_pos(a["_blocks"], r) if opt["inline"] else None
    if k is not None:
        x = headlines(pool, r, 1, a["id"])[0]
        ins[k] = ["اقرأ أيضا", x["title"]]
    p.add(*body_lines(a["_blocks"], opt, ins, r))
    p.blank()
    p.add("تابعوا البلاد على قناة الواتساب", "")
    if opt["tags"]:
        p.add("الكلمات الدالة", "البحرين", r.choice(["المنامة", "اقتصاد", "العالم"]), "")
    p.add("مواضيع ذات صلة")
    for x in headlines(pool, r, 3, a["id"]):
        p.add(x["title"])
        if opt["teasers"]:
            p.add(teaser(x, 70))
    p.blank()
    if opt["most_read"]:
        p.add("الأكثر قراءة")
        for x in headlines(pool, r, 5, a["id"]):
            p.add(x["title"])
        p.blank()
    p.add("حمل تطبيق البلاد", "App Store", "Google Play", "")
    p.add("جميع الحقوق محفوظة © 2024 البلاد")
    return p


# ---- 6. Almasalah (Iraq)
def site_almasalah(a, d, opt, r, pool):
    p = Page()
    t = a["title"]
    p.add(f"{t} - المسلة" if opt["suffix"] else t, "")
    p.add("المسلة", "الرئيسية  سياسة  اقتصاد  أمن  محليات  تحليلات  آراء  عربي ودولي  منوعات", "")
    if opt["ticker"]:
        p.add("آخر الأخبار")
        for x in headlines(pool, r, 3, a["id"]):
            p.add(f"{clock(r)} {x['title']}")
        p.blank()
    p.add(t, "")
    if d:
        if opt["levant"]:
            p.add(f"{d.day} {LEVANT[d.month - 1]} {d.year}")
        else:
            p.add(f"{d.year}/{d.month:02d}/{d.day:02d} {clock(r)}")
    p.add(r.choice(["بغداد/المسلة:", "المسلة - متابعة", "بغداد - المسلة"]), "")
    if opt["caption"]:
        p.add("صورة تعبيرية", "")
    ins = {}
    k = pick_insert_pos(a["_blocks"], r) if opt["inline"] else None
    if k is not None:
        ins[k] = ["اقرأ المزيد: " + headlines(pool, r, 1, a["id"])[0]["title"]]
    p.add(*body_lines(a["_blocks"], opt, ins, r))
    p.blank()
    p.add("المسلة - وكالات", "")
    p.add(
        "النص الذي يتضمن اسم الكاتب او الجهة او الوكالة، لايعبّر بالضرورة عن وجهة نظر المسلة، والمصدر هو المسؤول عن المحتوى.",
        "",
    )
    if opt["tags"]:
        p.add(
            "كلمات مفتاحية: "
            + " ".join("#" + w for w in r.sample(["العراق", "بغداد", "الحكومة", "البرلمان", "النفط"], 3)),
            "",
        )
    p.add("تابعوا المسلة على تلغرام", "")
    if opt["comments"]:
        p.add("التعليقات")
        for _ in range(r.randint(1, 3)):
            p.add(r.choice(NAMES) + " · " + rel_time(r), r.choice(COMMENTS))
        p.blank()
    if opt["most_read"]:
        p.add("الأكثر قراءة")
        for x in headlines(pool, r, 5, a["id"]):
            p.add(x["title"])
        p.blank()
    p.add("جميع الحقوق محفوظة © المسلة 2024")
    return p


# ---- 7. Alquds Alarabi Sports (London)
def site_alquds(a, d, opt, r, pool):
    p = Page()
    t = a["title"]
    p.add(f"{t} | القدس العربي" if opt["suffix"] else t, "")
    p.add(
        "القدس العربي",
        "الرئيسية",
        "سياسة",
        "اقتصاد",
        "ثقافة",
        "رأي",
        "تحقيقات",
        "رياضة",
        "صحة",
        "تكنولوجيا",
        "مدونات",
        "",
    )
    p.add("رياضة", "رياضة عربية", "رياضة عالمية", "")
    p.add("اشترك في قائمتنا البريدية", "")
    p.add(t, "")
    if opt["byline"]:
        p.add(r.choice(["لندن – «القدس العربي»:", "الرباط – «القدس العربي»:", "حسين حمدان", "وكالات"]))
    if d:
        ds = f"{d.day} - {MONTHS[d.month - 1]} - {d.year}"
        p.add(ind(ds) if opt["ind"] else ds)
    elif opt["rel"]:
        p.add(rel_time(r))
    p.add("حجم الخط", "")
    if opt["caption"]:
        p.add(r.choice(["رويترز", "(أ ف ب)", "(غيتي)"]), "")
    ins = {}
    k = pick_insert_pos(a["_blocks"], r) if opt["inline"] else None
    if k is not None:
        ins[k] = ["اقرأ أيضا"] + [x["title"] for x in headlines(pool, r, 2, a["id"])]
    p.add(*body_lines(a["_blocks"], opt, ins, r))
    p.blank()
    if opt["tags"]:
        p.add("كلمات مفتاحية", "كرة القدم", r.choice(["الدوري الإنكليزي", "دوري أبطال أوروبا", "كأس العالم"]), "")
    if opt["comments"]:
        n = r.randint(1, 3)
        p.add(f"تعليقات {n}" if n > 1 else "تعليق واحد")
        for _ in range(n):
            p.add(r.choice(NAMES), rel_time(r), r.choice(COMMENTS))
        p.blank()
    p.add("إشترك في قائمتنا البريدية", "إشترك", "")
    p.add("الأكثر مشاهدة")
    for x in headlines(pool, r, 4, a["id"]):
        p.add(x["title"])
    p.blank()
    p.add("تابعنا", "فيسبوك", "إكس", "يوتيوب", "إنستغرام", "تلغرام", "")
    p.add("© 2024 القدس العربي. جميع الحقوق محفوظة")
    return p


# ---- 8. Libya Al-Mostakbal
def site_libya(a, d, opt, r, pool):
    p = Page()
    t = a["title"]
    p.add(f"ليبيا المستقبل - {t}" if opt["suffix"] else t, "")
    p.add("ليبيا المستقبل", "الرئيسية | أخبار ليبيا | عربي ودولي | اقتصاد | مقالات | ثقافة | رياضة | منوعات", "")
    p.add("أخبار", "")
    if opt["ticker"]:
        p.add("آخر الأخبار: " + headlines(pool, r, 1, a["id"])[0]["title"], "")
    p.add(t, "")
    if d:
        mon = MAGHREB if opt["maghreb"] else MONTHS
        p.add(f"{WEEKDAYS[d.weekday()]}، {d.day} {mon[d.month - 1]} {d.year}")
    p.add(r.choice(["ليبيا المستقبل - وكالات", "ليبيا المستقبل", "بوابة الوسط"]), "")
    if opt["caption"]:
        p.add("أرشيفية", "")
    ins = {}
    k = pick_insert_pos(a["_blocks"], r) if opt["inline"] else None
    if k is not None:
        ins[k] = ["مقالات ذات صلة:"] + [x["title"] for x in headlines(pool, r, 2, a["id"])]
    p.add(*body_lines(a["_blocks"], opt, ins, r))
    p.blank()
    p.add("شارك  |  أرسل لصديق  |  طباعة", "")
    if opt["comments"]:
        p.add("التعليقات")
        for _ in range(r.randint(1, 2)):
            p.add(f"{r.choice(NAMES)} | {rel_time(r)}", r.choice(COMMENTS))
        p.blank()
    p.add("أضف تعليقك", "")
    if opt["most_read"]:
        p.add("الأكثر قراءة")
        for x in headlines(pool, r, 4, a["id"]):
            p.add(x["title"])
        p.blank()
    p.add("© ليبيا المستقبل - جميع الحقوق محفوظة")
    return p


BUILDERS = {
    "masrawy": site_masrawy,
    "alayam-sd": site_alayam,
    "tishreen": site_tishreen,
    "alyamamah": site_alyamamah,
    "albiladpress": site_albilad,
    "almasalah": site_almasalah,
    "alquds-sport": site_alquds,
    "libya-almostakbal": site_libya,
}


# ------------------------------------------------------------------ special pages
def page_404(r, pool):
    p = Page()
    p.add("الصفحة غير موجودة | البلاد", "")
    p.add("البلاد", "محليات | اقتصاد | رياضة | دولي | كتاب البلاد | منوعات | فيديو | العدد الرقمي", "")
    p.add(
        "404",
        "عذراً، الصفحة التي تبحث عنها غير موجودة أو ربما تم نقلها.",
        "العودة إلى الصفحة الرئيسية",
        "ابحث في الموقع",
        "",
    )
    p.add("الأكثر قراءة")
    for x in r.sample(pool, 5):
        p.add(x["title"])
    p.blank()
    p.add("جميع الحقوق محفوظة © 2024 البلاد")
    return p


def page_index(r, pool):
    p = Page()
    p.add("أخبار الكرة العالمية - مصراوي", "")
    p.add("مصراوي", "الرئيسية أخبار رياضة فنون اقتصاد سيارات أخبار البنوك أخبار المحافظات منوعات فيديو", "")
    p.add("الرئيسية > رياضة > كرة عالمية", "", "كرة عالمية", "")
    xs = sorted(r.sample(pool, 8), key=lambda a: a["id"])
    for x in xs:
        p.add(x["title"])
        if x.get("date"):
            dd = dt.date.fromisoformat(x["date"][:10])
            p.add(f"{clock(r, True)} {date_std(dd, r)}")
        p.add(teaser(x, 110), "")
    p.add("المزيد", "1 2 3 4 5 ... التالي", "")
    p.add("جميع الحقوق محفوظة لشركة مصراوي للإعلام © 2024")
    return p


# ------------------------------------------------------------------ main
def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out_dir")
    ap.add_argument(
        "--corpus",
        default=os.environ.get("WARRAQ_CORPUS")
        or os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "corpus"),
    )
    args = ap.parse_args()
    out = args.out_dir
    arts, used = load_articles(args.corpus)
    avail = [a for a in arts if a["id"] not in used]
    for a in avail:
        a["_blocks"] = blocks_of(a)

    for sub in ("dumps", "gold", "selfcheck"):
        d = os.path.join(out, sub)
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)

    # ---- choose articles: sports for the sports sites, the rest shuffled
    sel_r = rng_for("select")
    sports = [a for a in avail if a["tags"][:1] == ["رياضة"]]
    taken: set[str] = set()
    chosen: dict[str, list[dict]] = {}
    for slug, _, _ in SITES:
        if slug in SPORTS_SITES:
            c = [a for a in sports if a["id"] not in taken]
            pick = sel_r.sample(c, PER_SITE)
            chosen[slug] = pick
            taken.update(a["id"] for a in pick)
    others = [a for a in avail if a["id"] not in taken and a["tags"][:1] != ["رياضة"]]
    # the Windows-1256 dump needs an article that encodes: reserve one for Almasalah
    cp_site, cp_idx = "almasalah", 2
    for slug, _, _ in SITES:
        if slug in SPORTS_SITES:
            continue
        c = [a for a in others if a["id"] not in taken]
        pick = sel_r.sample(c, PER_SITE)
        if slug == cp_site and not cp1256_ok(pick[cp_idx]):
            alt = [a for a in c if a not in pick and cp1256_ok(a)]
            pick[cp_idx] = alt[0]
        chosen[slug] = pick
        taken.update(a["id"] for a in pick)
    # headline pool for lists: corpus articles not used as a main article here
    pool = [a for a in arts if a["id"] not in taken]

    manifest = {"seed": SEED, "sites": [{"outlet": s, "name": n, "site": d} for s, n, d in SITES], "dumps": []}
    num = 0
    crlf_slots = {("alayam-sd", 3), ("libya-almostakbal", 1), ("masrawy", 4)}
    bom_slots = {("tishreen", 0), ("alquds-sport", 5)}
    for slug, name, desc in SITES:
        for i, a in enumerate(chosen[slug]):
            num += 1
            r = rng_for(slug, i, a["id"])
            opt = {
                "suffix": r.random() < 0.4,
                "ticker": r.random() < 0.4,
                "caption": r.random() < 0.6,
                "inline": i % 2 == 0 or r.random() < 0.3,
                "tags": r.random() < 0.6,
                "most_read": r.random() < 0.7,
                "comments": r.random() < 0.5,
                "teasers": r.random() < 0.5,
                "blank_sep": r.random() < 0.7,
                "wrap": 0,
                "marks": r.random() < 0.25,
                "levant": r.random() < 0.7,
                "ind": r.random() < 0.4,
                "byline": r.random() < 0.7,
                "byline_date": r.random() < 0.5,
                "rel": r.random() < 0.5,
                "maghreb": r.random() < 0.25,
            }
            if i in (1, 4) and r.random() < 0.8:
                opt["wrap"] = r.choice([72, 76, 80, 90])
            if slug == cp_site and i == cp_idx:
                opt["ind"] = False
            d = None
            if a.get("date") and r.random() < 0.85:
                d = dt.date.fromisoformat(a["date"][:10])
            page = BUILDERS[slug](a, d, opt, r, pool)
            text = page.text()
            # a line made only of invisible marks, now and then
            if opt["marks"]:
                text = text.replace("\n\n", "\n" + RLM + "\u202b\u202c" + "\n", 1)
            enc = "utf-8"
            if (slug, i) in crlf_slots:
                text = text.replace("\n", "\r\n")
            if (slug, i) in bom_slots:
                text = "\ufeff" + text
            if slug == cp_site and i == cp_idx:
                enc = "cp1256"
            data = text.encode(enc)
            stem = f"{num:03d}_{slug}_{a['outlet']}"
            with open(os.path.join(out, "dumps", stem + ".txt"), "wb") as f:
                f.write(data)
            gold = {
                "title": a["title"],
                "date": d.isoformat() if d else None,
                "outlet": slug,
                "blocks": [dict(b) for b in a["_blocks"]],
            }
            with open(os.path.join(out, "gold", stem + ".json"), "w", encoding="utf-8") as f:
                json.dump(gold, f, ensure_ascii=False, indent=1)
                f.write("\n")
            feats = sorted(k for k, v in opt.items() if v and k not in ("levant", "ind", "maghreb", "rel"))
            if d and slug in ("tishreen",) and opt["levant"]:
                feats.append("levantine_months")
            if d and slug == "almasalah" and opt["levant"]:
                feats.append("levantine_months")
            if d and slug == "libya-almostakbal" and opt["maghreb"]:
                feats.append("maghrebi_months")
            if d and slug == "alyamamah":
                feats.append("hijri_date")
            if opt["ind"] and d and slug in ("tishreen", "alyamamah", "alquds-sport"):
                feats.append("arabic_indic_digits")
            if (slug, i) in crlf_slots:
                feats.append("crlf")
            if (slug, i) in bom_slots:
                feats.append("utf8_bom")
            if not d:
                feats.append("no_date")
            manifest["dumps"].append(
                {
                    "dump": stem + ".txt",
                    "site": slug,
                    "article_id": a["id"],
                    "article_outlet": a["outlet"],
                    "encoding": enc,
                    "features": sorted(feats),
                    "gold_blocks": len(gold["blocks"]),
                    "gold_date": gold["date"],
                }
            )

    empty_gold = {"title": None, "date": None, "outlet": None, "blocks": []}
    specials = [
        (f"{num + 1:03d}_albiladpress_404", page_404(rng_for("404"), pool).text(), "404 page"),
        (f"{num + 2:03d}_masrawy_index", page_index(rng_for("index"), pool).text(), "section index page"),
        (f"{num + 3:03d}_empty", " \n\n\t\n   \n", "whitespace only"),
    ]
    for stem, text, what in specials:
        with open(os.path.join(out, "dumps", stem + ".txt"), "wb") as f:
            f.write(text.encode("utf-8"))
        with open(os.path.join(out, "gold", stem + ".json"), "w", encoding="utf-8") as f:
            json.dump(empty_gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
        manifest["dumps"].append(
            {
                "dump": stem + ".txt",
                "site": None,
                "article_id": None,
                "article_outlet": None,
                "encoding": "utf-8",
                "features": [what],
                "gold_blocks": 0,
                "gold_date": None,
            }
        )
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=1)
        f.write("\n")

    # ---- score.py copy, Markdown self-check
    score_dst = os.path.join(out, "score.py")
    shutil.copyfile(os.path.join(args.corpus, "score.py"), score_dst)
    spec = importlib.util.spec_from_file_location("hscore", score_dst)
    sc = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sc)
    for fn in sorted(os.listdir(os.path.join(out, "gold"))):
        with open(os.path.join(out, "gold", fn), encoding="utf-8") as f:
            g = json.load(f)
        with open(os.path.join(out, "selfcheck", fn[:-5] + ".md"), "w", encoding="utf-8") as f:
            f.write(sc.render_markdown(g))
    res = subprocess.run(
        [sys.executable, score_dst, os.path.join(out, "gold"), os.path.join(out, "selfcheck"), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    data = json.loads(res.stdout)
    summ = data["total"]
    per = data["files"]
    bad = [
        k
        for k, v in per.items()
        if not (
            v["f1"] == 1
            and v["title_correct"]
            and v["date_correct"]
            and v["headings_matched"] == v["headings_gold"] == v["headings_output"]
        )
    ]
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
    print("selfcheck:", " ".join(f"{k}={summ.get(k, float('nan')):.3f}" for k in keys), f"files={summ.get('files')}")
    if bad or any(summ.get(k) != 1 for k in keys):
        print("SELFCHECK FAILED:", bad, file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
