#!/usr/bin/env python3
"""Seventh site family for the Warraq dump cleaner (set g).

Each dump wraps the real body of one article from articles/*.jsonl that no
development dump uses (neither as its own article nor with its title or first
paragraph quoted in a dev dump), in page furniture written for this set in the
manner of six Arabic news sites that the development corpus does not imitate:
Al-Jarida (Kuwait), Akhbar Al-Khaleej (Bahrain), Vetogate (Egypt), Al-Watan
(Oman), Al-Raya (Qatar) and Al-Mashhad; 42 articles, seven a site, plus a 404
page, a section index and an empty file.  All furniture is written in the
helper's own wording, in the manner of the real sites.  Written by a helper who
read neither the cleaner's code nor the other sets, as a held-out set; first
measured on 2026-11-27 (cleaner at 70f8468: body P 0.963 R 0.972, titles
1.000, headings F1 0.941).

    python3 tests/heldout/make_sites_g.py OUT_DIR   # writes OUT_DIR/dumps, OUT_DIR/gold, OUT_DIR/manifest.json

Deterministic: fixed seed 7077; standard library only.
"""

from __future__ import annotations

import datetime as dt
import glob
import json
import math
import os
import random
import re
import shutil
import sys
import unicodedata

SEED = 7077
HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.environ.get("WARRAQ_CORPUS") or os.path.join(HERE, "..", "..", "..", "shared", "corpus")
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "corpus")

CONTROL_RE = re.compile("[\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff\u061c]")


def norm(s: str) -> str:
    s = unicodedata.normalize("NFC", s)
    s = CONTROL_RE.sub("", s)
    return re.sub(r"\s+", " ", s).strip()


def read_text(path):
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    for enc in ("utf-8", "cp1256", "latin-1"):
        try:
            return raw.decode(enc).replace("\r\n", "\n").replace("\r", "\n")
        except UnicodeDecodeError:
            continue


# ------------------------------------------------------------------ articles
def load_articles():
    with open(os.path.join(SRC, "manifest.json"), encoding="utf-8") as fh:
        dev = json.load(fh)
    used = {d["article_id"] for d in dev["dumps"] if d.get("article_id")}
    devtext = " ".join(norm(read_text(p)) for p in sorted(glob.glob(os.path.join(SRC, "dumps", "*.txt"))))
    arts = []
    for f in sorted(glob.glob(os.path.join(SRC, "articles", "*.jsonl"))):
        for line in open(f, encoding="utf-8"):
            a = json.loads(line)
            paras = a["body"].split("\n\n")
            if a["id"] in used:
                continue
            if norm(a["title"]) in devtext or norm(paras[0])[:60] in devtext:
                continue
            a["paras"] = paras
            arts.append(a)
    return arts


# ------------------------------------------------------------------ dates
MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
LEV = [
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
EAST = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def hijri(d: dt.date):
    jd = d.toordinal() + 1721424.5

    def i2jd(y, m, dd):
        return dd + math.ceil(29.5 * (m - 1)) + (y - 1) * 354 + math.floor((3 + 11 * y) / 30) + 1948439.5 - 1

    y = math.floor((30 * (jd - 1948439.5) + 10646) / 10631)
    m = min(12, math.ceil((jd - (29 + i2jd(y, 1, 1))) / 29.5) + 1)
    day = int(jd - i2jd(y, m, 1) + 1)
    return day, m, y


def art_date(a):
    return dt.date.fromisoformat(a["date"][:10]) if a.get("date") else None


# ------------------------------------------------------------------ shared furniture pools
COMMENTS = [
    "كلام منطقي، ننتظر التطبيق على أرض الواقع",
    "للأسف نسمع هذا الكلام كل سنة ولا شيء يتغير",
    "شكرا على التغطية المميزة والسريعة",
    "أين الجهات المختصة من كل هذا؟",
    "الخبر ناقص، نريد تفاصيل أكثر عن الأرقام",
    "الله يصلح الأحوال ويهدي الجميع",
    "أتفق مع ما جاء في التقرير بشكل كامل",
    "متى نرى مثل هذه القرارات عندنا؟",
]
NAMES = [
    "أبو فيصل",
    "سارة م.",
    "مواطن غيور",
    "خالد العنزي",
    "نورة",
    "متابع من الدوحة",
    "عبدالله",
    "ريم الشامسي",
    "حسن ع.",
]
REL = ["منذ 5 دقائق", "منذ 40 دقيقة", "منذ ساعة", "منذ ساعتين", "منذ 7 ساعات", "منذ يوم", "منذ 3 أيام", "قبل أسبوع"]
FOOT = ["من نحن", "اتصل بنا", "سياسة الخصوصية", "شروط الاستخدام", "أعلن معنا", "خريطة الموقع", "الأرشيف", "وظائف"]


class Dump:
    def __init__(self):
        self.lines: list[str] = []
        self.furn: list[str] = []
        self.glued: list[int] = []
        self.features: set[str] = set()

    def f(self, *lines):
        for s in lines:
            self.lines.append(s)
            if s.strip():
                self.furn.append(s)

    def blank(self):
        self.lines.append("")


def wrap(text, width):
    out, cur = [], ""
    for w in text.split(" "):
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = w
        else:
            cur = cur + " " + w if cur else w
    if cur:
        out.append(cur)
    return out


def split_two(text, rng):
    words = text.split(" ")
    if len(words) < 12:
        return [text]
    # prefer a sentence end in the middle
    cands = [i for i in range(4, len(words) - 4) if words[i - 1].endswith((".", "،", ":"))]
    i = rng.choice(cands) if cands else len(words) // 2
    return [" ".join(words[:i]), " ".join(words[i:])]


def body(d: Dump, a, rng, *, sep=True, width=None, split=0, inserts=None, glue=None, marks=False):
    """Write the article blocks; inserts: {index: [furniture lines]} placed before block index."""
    inserts = inserts or {}
    paras = a["paras"]
    kinds = a["block_kinds"]
    split_idx = set()
    if split:
        cand = [i for i, k in enumerate(kinds) if k == "paragraph" and len(paras[i]) > 120]
        split_idx = set(rng.sample(cand, min(split, len(cand))))
        if split_idx:
            d.features.add("split_paragraphs")
    for i, (p, k) in enumerate(zip(paras, kinds)):
        if i in inserts:
            for s in inserts[i]:
                if s == "":
                    d.blank()
                else:
                    d.f(s)
            if sep:
                d.blank()
        if k == "heading" and not sep:
            pass
        text = p
        if i == 0 and glue:
            text = glue + " " + p
            d.glued.append(0)
            d.furn.append(glue)
        if marks and i in (1, 3) and k == "paragraph":
            text = "\u200f" + text.replace(" ", " \u200b", 1)
            d.features.add("direction and zero-width marks")
        if width and k == "paragraph":
            lines = wrap(text, width)
        elif i in split_idx:
            lines = split_two(text, rng)
        else:
            lines = [text]
        d.lines.extend(lines)
        if sep or k == "heading":
            d.blank()
    if not sep and d.lines and d.lines[-1] != "":
        d.blank()


def others(pool, a, rng, n):
    cand = [x for x in pool if x["id"] != a["id"]]
    return rng.sample(cand, n)


def teaser(x, n=90):
    p = x["paras"][0]
    if len(p) <= n:
        return p[: max(20, len(p) - 15)].rsplit(" ", 1)[0] + "..."
    return p[:n].rsplit(" ", 1)[0] + "..."


def comments(d, rng, n, style):
    if style == 1:
        d.f(f"التعليقات ({n})")
    elif style == 2:
        d.f(f"{n} تعليقات", "أضف تعليقك")
    else:
        d.f("آراء القراء", f"عدد التعليقات: {n}")
    d.blank()
    for _ in range(n):
        d.f(rng.choice(NAMES), rng.choice(REL), rng.choice(COMMENTS))
        d.blank()


# ------------------------------------------------------------------ site styles
def s_aljarida(a, rng, pool, k):
    """الجريدة (Kuwait)."""
    d = Dump()
    dd = art_date(a)
    sfx = rng.random() < 0.6
    d.f(a["title"] + (" - جريدة الجريدة الكويتية" if sfx else ""))
    if sfx:
        d.features.add("suffix")
    d.blank()
    d.f("تسجيل الدخول", "اشترك")
    menu = ["الرئيسية", "محليات", "برلمانيات", "اقتصاد", "دوليات", "رياضة", "ثقافات", "مقالات", "الأخيرة"]
    if k % 2:
        d.f(*menu)
    else:
        d.f("  ".join(menu))
    d.features.add("menu")
    d.blank()
    if dd:
        d.f(f"{DAYS[dd.weekday()]} {dd.day} {MONTHS[dd.month - 1]} {dd.year}")
        d.features.add("date")
    d.blank()
    d.f("دوليات" if a["outlet"] in ("bbcarabic", "france24ar", "cnnarabic", "skynewsarabia") else "محليات")
    d.f(a["title"])
    d.blank()
    if a.get("author"):
        d.f(a["author"])
        d.features.add("byline")
    d.f("0 تعليق", "A A A")
    d.blank()
    cap = rng.random() < 0.6
    if cap:
        d.f(rng.choice(["صورة أرشيفية (رويترز)", "من الاجتماع (كونا)", "صورة من الموقع (أ ف ب)"]))
        d.features.add("caption")
        d.blank()
    rel = others(pool, a, rng, 2)
    n = len(a["paras"])
    ins = {}
    if n > 3:
        ins[n // 2] = ["اقرأ أيضاً", rel[0]["title"], rel[1]["title"]]
        d.features.add("related")
    width = 96 if k == 3 else None
    if width:
        d.features.add("hard_wrap_96")
    body(d, a, rng, sep=(k != 5), width=width, split=(2 if k == 6 else 0), inserts=ins)
    if k == 5:
        d.features.add("no_blank_lines")
    tags = [t for t in ["الكويت", "الخليج", "مجلس الأمة", "أسعار النفط", "الحكومة"] if rng.random() < 0.5] or ["أخبار"]
    d.f("الوسوم", *tags)
    d.blank()
    d.f("شارك الخبر", "فيسبوك", "إكس", "واتساب", "نسخ الرابط")
    d.features.add("tags")
    d.blank()
    if k in (1, 4):
        comments(d, rng, rng.randint(1, 3), 1)
        d.features.add("comments")
    d.f("الأكثر قراءة")
    for x in others(pool, a, rng, 4):
        d.f(x["title"])
    d.features.add("most_read")
    d.blank()
    d.f("النشرة البريدية", "سجل بريدك الإلكتروني لتصلك أهم الأخبار يومياً", "اشترك")
    d.blank()
    d.f(" | ".join(FOOT[:5]), "جميع الحقوق محفوظة © 2024 جريدة الجريدة الكويتية")
    return d


def s_akhbarkhaleej(a, rng, pool, k):
    """أخبار الخليج (Bahrain)."""
    d = Dump()
    dd = art_date(a)
    d.f(a["title"] + " | أخبار الخليج")
    d.blank()
    d.f(" | ".join(["الرئيسية", "محليات", "الخليج", "عربية ودولية", "اقتصاد", "رياضة", "أعمدة", "قضايا وآراء", "فسحة"]))
    d.features.add("menu_one_line")
    d.blank()
    t = others(pool, a, rng, 3)
    d.f("عاجل", *["• " + x["title"] for x in t])
    d.features.add("ticker")
    d.blank()
    if dd:
        h = hijri(dd)
        issue = 14000 + (dd.toordinal() % 900)
        if k % 2:
            d.f(
                f"العدد : {issue} - {DAYS[dd.weekday()]} {str(dd.day).translate(EAST)} {MONTHS[dd.month - 1]} {str(dd.year).translate(EAST)} م، الموافق {str(h[0]).translate(EAST)} {HIJRI[h[1] - 1]} {str(h[2]).translate(EAST)}هـ"
                if k != 1
                else f"العدد : {issue} - {DAYS[dd.weekday()]} {dd.day} {MONTHS[dd.month - 1]} {dd.year} م، الموافق {h[0]} {HIJRI[h[1] - 1]} {h[2]}هـ"
            )
            d.features.add("date_hijri_issue")
        else:
            d.f(f"{dd.day:02d}-{dd.month:02d}-{dd.year}")
            d.features.add("date_dmy")
    d.blank()
    d.f("الرئيسية › عربية ودولية")
    d.features.add("breadcrumb")
    d.blank()
    d.f(a["title"])
    d.blank()
    glue = None
    if k in (2, 5):
        glue = rng.choice(["(تصوير: أرشيف أخبار الخليج)", "صورة أرشيفية - تصوير: علي عبدالله"])
        d.features.add("caption_glued")
    elif k % 3 == 0:
        d.f("صورة توضيحية (أ ف ب)")
        d.features.add("caption")
        d.blank()
    n = len(a["paras"])
    ins = {}
    if n > 4:
        x = others(pool, a, rng, 1)[0]
        ins[2] = ["اقرأ المزيد: " + x["title"]]
        d.features.add("related")
    body(d, a, rng, sep=True, split=(1 if k == 4 else 0), inserts=ins, glue=glue, marks=(k == 6))
    if a.get("author") and k % 2 == 0:
        d.f("الكاتب", a["author"], "جميع مقالات الكاتب")
        d.features.add("author_box")
        d.blank()
    d.f("طباعة", "إرسال لصديق", "مشاركة")
    d.blank()
    if k in (3, 6):
        comments(d, rng, 2, 2)
        d.features.add("comments")
    d.f("الأكثر قراءة")
    for i, x in enumerate(others(pool, a, rng, 5), 1):
        d.f(f"{i}", x["title"])
    d.features.add("most_read")
    d.blank()
    d.f("يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك. باستمرارك في التصفح فإنك توافق على ذلك.", "موافق")
    d.features.add("cookie")
    d.blank()
    d.f("جميع الحقوق محفوظة لصحيفة أخبار الخليج 2024 ©", "دار أخبار الخليج للصحافة والطباعة والنشر - مملكة البحرين")
    return d


def s_vetogate(a, rng, pool, k):
    """فيتو (Egypt)."""
    d = Dump()
    dd = art_date(a)
    d.f(a["title"] + (" - فيتو" if k % 2 else ""))
    d.blank()
    d.f("فيتو", "رئيس مجلس الإدارة والتحرير")
    d.blank()
    d.f("الرئيسية", "أخبار مصر", "حوادث", "عربي ودولي", "اقتصاد", "رياضة", "فن", "المرأة", "ملفات", "فيديو")
    d.features.add("menu")
    d.blank()
    d.f("الرئيسية > عربي ودولي")
    d.features.add("breadcrumb")
    d.blank()
    d.f(a["title"])
    d.blank()
    d.f("كتب: " + rng.choice(["أحمد سعيد", "محمد شاكر", "منى عادل", "عمرو حسن"]))
    d.features.add("byline")
    if dd:
        hh = rng.randint(1, 11)
        d.f(
            f"{DAYS[dd.weekday()]} {dd.day:02d}/{MONTHS[dd.month - 1]}/{dd.year} - {hh:02d}:{rng.randint(0, 59):02d} {'ص' if rng.random() < 0.5 else 'م'}"
        )
        d.features.add("date")
    d.blank()
    glue = None
    if k in (1, 4, 6):
        glue = rng.choice(["صورة أرشيفية", "صورة ارشيفية - فيتو", "الرئيس في لقاء سابق"])
        d.features.add("caption_glued")
    n = len(a["paras"])
    ins = {}
    rel = others(pool, a, rng, 2)
    if n > 2:
        ins[1] = ["اقرأ أيضا: " + rel[0]["title"]]
        d.features.add("related")
    if n > 5:
        ins[4] = ["اقرأ أيضا: " + rel[1]["title"]]
    body(
        d,
        a,
        rng,
        sep=(k not in (2, 5)),
        width=(60 if k == 3 else None),
        inserts=ins,
        glue=glue,
        split=(2 if k == 5 else 0),
    )
    if k == 3:
        d.features.add("hard_wrap_60")
    if k in (2, 5):
        d.features.add("no_blank_lines")
    d.f("الكلمات المفتاحية", "مصر   الحكومة   مجلس الوزراء   أخبار اليوم")
    d.features.add("tags")
    d.blank()
    d.f("احصل على تطبيق فيتو", "App Store", "Google Play")
    d.blank()
    d.f("تابع موقع فيتو عبر تطبيق (نبض) والنشرة الإخبارية اليومية")
    d.features.add("newsletter")
    d.blank()
    if k in (2, 6):
        comments(d, rng, rng.randint(2, 3), 3)
        d.features.add("comments")
    d.f("الأكثر مشاهدة")
    for x in others(pool, a, rng, 4):
        d.f(x["title"])
    d.features.add("most_read")
    d.blank()
    d.f("  ".join(FOOT[:4]), "جميع الحقوق محفوظة لموقع فيتو © 2024")
    return d


def s_alwatan_om(a, rng, pool, k):
    """الوطن (Oman), text-browser style dump, hard wrapped."""
    d = Dump()
    dd = art_date(a)
    width = [64, 70, 72, 76, 80, 88, 100][k - 1]
    d.features.add(f"hard_wrap_{width}")
    d.f(a["title"] + " – جريدة الوطن")
    d.blank()
    d.f("   [بحث]   [القائمة]")
    d.f("   * الرئيسية", "   * أخبار محلية", "   * اقتصاد", "   * العالم", "   * رياضة", "   * آراء", "   * أشرعة")
    d.features.add("menu_bullets")
    d.blank()
    d.f("   الرئيسية / العالم / " + a["title"][:30] + "...")
    d.features.add("breadcrumb")
    d.blank()
    d.f(a["title"])
    d.blank()
    if dd:
        if k % 2:
            d.f(f"   {dd.day} {MONTHS[dd.month - 1]}، {dd.year}   " + rng.choice(["عمان", "العالم", "اقتصاد"]))
        else:
            d.f(f"   {dd.day} {LEV[dd.month - 1]} {dd.year}")
        d.features.add("date")
    d.f("   " + rng.choice(["مسقط - العمانية:", "الوطن - وكالات", "مسقط ـ الوطن:"]))
    d.features.add("byline")
    d.blank()
    if k % 3 == 1:
        d.f("   [صورة: من المصدر (العمانية)]")
        d.features.add("caption")
        d.blank()
    ins = {}
    if len(a["paras"]) > 3:
        x = others(pool, a, rng, 1)[0]
        ins[3] = ["   مقالات ذات صلة", "   * " + x["title"]]
        d.features.add("related")
    body(d, a, rng, sep=(k != 4), width=width, inserts=ins)
    if k == 4:
        d.features.add("no_blank_lines")
    d.f("   شارك هذا الخبر:", "   [فيسبوك] [إكس] [واتساب] [تيليجرام]")
    d.features.add("share")
    d.blank()
    d.f("   مقالات مشابهة")
    for x in others(pool, a, rng, 3):
        d.f("   * " + x["title"], "     " + teaser(x, 70))
    d.features.add("teasers")
    d.blank()
    if k in (2, 5):
        d.f("   اترك تعليقاً", "   لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *")
        d.blank()
    d.f("   جميع الحقوق محفوظة لمؤسسة الوطن للصحافة والطباعة والنشر - سلطنة عمان ©")
    return d


def s_alraya(a, rng, pool, k):
    """الراية (Qatar): paragraphs without blank lines."""
    d = Dump()
    dd = art_date(a)
    d.f("الراية", "الراية")
    d.f("الرئيسية محليات اقتصاد رياضة دولي منوعات الراية الثقافية كتاب الراية فيديو")
    d.features.add("menu_one_line")
    d.blank()
    if k in (2, 5):
        t = others(pool, a, rng, 2)
        d.f("آخر الأخبار:  " + "   ".join(x["title"] for x in t))
        d.features.add("ticker")
    d.f(a["title"] + (" | الراية" if k % 2 else ""))
    d.f("الدوحة - الراية:" if k % 3 else (a.get("author") or "الراية - وكالات"))
    d.features.add("byline")
    if dd:
        hh = rng.randint(7, 22)
        if k == 4:
            d.f(f"نشر في: {dd.day} {MONTHS[dd.month - 1]}")
            d.features.add("date_without_year")
        else:
            d.f(
                f"نشر في: {dd.day:02d}/{dd.month:02d}/{dd.year} - {hh}:{rng.randint(10, 59)} | آخر تحديث: {dd.day:02d}/{dd.month:02d}/{dd.year} - {hh + 1}:05"
            )
            d.features.add("date")
    else:
        d.f("آخر تحديث: " + rng.choice(REL))
        d.features.add("relative_date")
    if k != 3:
        d.f(rng.choice(["(تصوير - عمرو دياب)", "جانب من الفعالية (تصوير: الراية)", "صورة من الأرشيف - (قنا)"]))
        d.features.add("caption")
    d.f("حجم الخط", "طباعة")
    ins = {}
    if len(a["paras"]) > 4:
        x = others(pool, a, rng, 1)[0]
        ins[len(a["paras"]) - 2] = ["مواضيع ذات صلة", x["title"]]
        d.features.add("related")
    body(d, a, rng, sep=False, split=(1 if k in (1, 6) else 0), inserts=ins)
    d.features.add("no_blank_lines")
    d.f("شارك", "فيسبوك", "إكس", "لينكدإن", "واتساب")
    d.f("كلمات دالة: قطر، الدوحة، " + rng.choice(["اقتصاد", "سياسة", "العالم"]))
    d.features.add("tags")
    d.blank()
    if k in (1, 3, 6):
        comments(d, rng, rng.randint(1, 3), 2)
        d.features.add("comments")
    d.f("الأكثر قراءة")
    for x in others(pool, a, rng, 3):
        d.f(x["title"], teaser(x))
    d.features.add("most_read")
    d.blank()
    d.f("اشترك في نشرة الراية", "أدخل بريدك الإلكتروني", "اشتراك")
    d.features.add("newsletter")
    d.blank()
    d.f("جريدة الراية - جميع الحقوق محفوظة © 2024", "الراية - دار الشرق")
    return d


def s_almashhad(a, rng, pool, k):
    """المشهد (UAE-based, pan-Arab)."""
    d = Dump()
    dd = art_date(a)
    d.f(a["title"] + " - المشهد")
    d.blank()
    d.f("المشهد", "بث مباشر", "Live")
    d.blank()
    d.f("أخبار", "العالم", "الخليج", "مال وأعمال", "تكنولوجيا", "رياضة", "ترند", "فيديو", "بودكاست")
    d.features.add("menu")
    d.blank()
    d.f("العالم")
    d.f(a["title"])
    d.blank()
    if k % 2:
        d.f(rng.choice(["المشهد - دبي", "المشهد - وكالات", "المشهد - بيروت"]))
        d.features.add("byline")
    if dd:
        if k == 2:
            d.f(
                f"نُشر {dd.day:02d}.{dd.month:02d}.{dd.year}".translate(EAST)
                + " | "
                + f"{rng.randint(10, 23)}:{rng.randint(10, 59)}".translate(EAST)
            )
        else:
            d.f(f"نُشر {dd.day:02d}.{dd.month:02d}.{dd.year} | {rng.randint(10, 23)}:{rng.randint(10, 59)}")
        d.features.add("date")
    else:
        d.f(rng.choice(REL))
        d.features.add("relative_date")
    d.blank()
    if k != 4:
        d.f(rng.choice(["صورة تعبيرية (رويترز)", "مشهد عام (أ ف ب)", "أرشيفية (إكس)"]))
        d.features.add("caption")
        d.blank()
    if k in (1, 5):
        d.f("تابعوا آخر الأخبار عبر تطبيق المشهد")
        d.blank()
    ins = {}
    n = len(a["paras"])
    rel = others(pool, a, rng, 2)
    if n > 3:
        ins[n // 2] = ["مواضيع ذات صلة", rel[0]["title"], rel[1]["title"]]
        d.features.add("related")
    body(d, a, rng, sep=(k != 6), split=(2 if k == 2 else 0), inserts=ins, marks=(k == 5))
    if k == 6:
        d.features.add("no_blank_lines")
    d.f("مشاركة", "انسخ الرابط", "تم نسخ الرابط")
    d.features.add("share")
    d.blank()
    d.f("قصص مقترحة")
    for x in others(pool, a, rng, 4):
        d.f(x["title"], rng.choice(REL))
    d.features.add("most_read")
    d.blank()
    d.f(
        "نحن نستخدم ملفات الارتباط (الكوكيز) لتقديم أفضل تجربة ممكنة. يمكنك تعديل الإعدادات في أي وقت.",
        "قبول الكل",
        "الإعدادات",
    )
    d.features.add("cookie")
    d.blank()
    d.f("© 2024 المشهد. جميع الحقوق محفوظة", "  ".join(FOOT[:3]))
    return d


SITES = [
    ("aljarida", "Al-Jarida (Kuwait)", s_aljarida),
    ("akhbarkhaleej", "Akhbar Al-Khaleej (Bahrain)", s_akhbarkhaleej),
    ("vetogate", "Vetogate (Egypt)", s_vetogate),
    ("alwatanom", "Al-Watan (Oman)", s_alwatan_om),
    ("alraya", "Al-Raya (Qatar)", s_alraya),
    ("almashhad", "Al-Mashhad", s_almashhad),
]


def page_404(rng):
    d = Dump()
    d.f("الصفحة غير موجودة - الراية", "")
    d.f("الرئيسية محليات اقتصاد رياضة دولي منوعات كتاب الراية فيديو")
    d.blank()
    d.f(
        "خطأ 404",
        "عفواً، لم نتمكن من العثور على الصفحة المطلوبة",
        "قد يكون الرابط غير صحيح أو أن الصفحة أزيلت.",
        "ابحث في الموقع",
        "العودة للرئيسية",
    )
    d.blank()
    d.f("جريدة الراية - جميع الحقوق محفوظة © 2024")
    return d


def page_index(rng, pool):
    d = Dump()
    d.f("عربي ودولي - فيتو", "")
    d.f("الرئيسية", "أخبار مصر", "حوادث", "عربي ودولي", "اقتصاد", "رياضة", "فن")
    d.blank()
    d.f("عربي ودولي")
    d.blank()
    for x in rng.sample(pool, 8):
        dd = art_date(x)
        d.f(x["title"])
        if dd:
            d.f(f"{DAYS[dd.weekday()]} {dd.day:02d}/{MONTHS[dd.month - 1]}/{dd.year}")
        d.f(teaser(x, 110), "المزيد")
        d.blank()
    d.f("« السابق", "1 2 3 4 5", "التالي »")
    d.blank()
    d.f("جميع الحقوق محفوظة لموقع فيتو © 2024")
    return d


def main():
    rng = random.Random(SEED)
    arts = load_articles()
    arts.sort(key=lambda a: a["id"])
    # moderate length; keep all articles with headings or list items in the pool
    pool = [a for a in arts if 2 <= len(a["paras"]) <= 30 and len(a["body"]) < 9000]
    rich = [a for a in pool if set(a["block_kinds"]) - {"paragraph"}]
    plain = [a for a in pool if a not in rich]
    rng.shuffle(rich)
    rng.shuffle(plain)
    chosen = rich[:12] + plain[:30]
    rng.shuffle(chosen)
    # the Windows-1256 dump needs an encodable article
    cp_slot = 8  # akhbarkhaleej, k=2

    def enc_ok(a):
        try:
            a["body"].encode("cp1256")
            a["title"].encode("cp1256")
            (a.get("author") or "").encode("cp1256")
            return True
        except UnicodeEncodeError:
            return False

    if not enc_ok(chosen[cp_slot]):
        j = next(i for i, a in enumerate(chosen) if enc_ok(a))
        chosen[cp_slot], chosen[j] = chosen[j], chosen[cp_slot]
    chosen_ids = {a["id"] for a in chosen}
    furn_pool = [a for a in arts if a["id"] not in chosen_ids]

    for p in (os.path.join(OUT, "dumps"), os.path.join(OUT, "gold")):
        if os.path.isdir(p):
            shutil.rmtree(p)
        os.makedirs(p)
    manifest = {"seed": SEED, "dumps": []}
    n = 0
    for si, (slug, name, fn) in enumerate(SITES):
        for k in range(1, 8):
            a = chosen[si * 7 + k - 1]
            n += 1
            stem = f"{n:03d}_{slug}_{a['outlet']}"
            d = fn(a, rng, furn_pool, k)
            enc, nl = "utf-8", "\n"
            if slug == "akhbarkhaleej" and k == 2:
                enc = "cp1256"
                d.features.add("Windows-1256 encoding")
            if slug == "almashhad" and k == 3:
                nl = "\r\n"
                d.features.add("CRLF line endings")
            text = nl.join(d.lines).rstrip("\r\n") + nl
            if slug == "vetogate" and k == 7:
                text = text.rstrip("\n")
                d.features.add("no final newline")
            with open(os.path.join(OUT, "dumps", stem + ".txt"), "wb") as fh:
                fh.write(text.encode(enc))
            has_date = any(f in d.features for f in ("date", "date_hijri_issue", "date_dmy"))
            gold = {
                "title": a["title"],
                "date": a["date"][:10] if (a.get("date") and has_date) else None,
                "outlet": a["outlet"],
                "blocks": [{"kind": kd, "text": t} for t, kd in zip(a["paras"], a["block_kinds"])],
            }
            with open(os.path.join(OUT, "gold", stem + ".json"), "w", encoding="utf-8", newline="\n") as fh:
                json.dump(gold, fh, ensure_ascii=False, indent=1)
            kinds = set(a["block_kinds"])
            feats = sorted(d.features)
            if "heading" in kinds:
                feats.append("subheadings kept as headings")
            if "list_item" in kinds:
                feats.append("list items")
            manifest["dumps"].append(
                {
                    "dump": stem + ".txt",
                    "style": slug,
                    "article_id": a["id"],
                    "article_outlet": a["outlet"],
                    "encoding": enc,
                    "features": feats,
                    "gold_blocks": len(gold["blocks"]),
                    "gold_date": gold["date"],
                }
            )
    specials = [
        ("404", page_404(rng), "all-boilerplate 404"),
        ("index", page_index(rng, furn_pool), "all-boilerplate section index"),
        ("empty", None, "empty file"),
    ]
    for slug, d, feat in specials:
        n += 1
        stem = f"{n:03d}_{slug}_{slug}"
        text = "" if d is None else "\n".join(d.lines).rstrip("\n") + "\n"
        with open(os.path.join(OUT, "dumps", stem + ".txt"), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        with open(os.path.join(OUT, "gold", stem + ".json"), "w", encoding="utf-8", newline="\n") as fh:
            json.dump({"title": None, "date": None, "outlet": None, "blocks": []}, fh, ensure_ascii=False, indent=1)
        manifest["dumps"].append(
            {
                "dump": stem + ".txt",
                "style": slug,
                "article_id": None,
                "article_outlet": slug,
                "encoding": "utf-8",
                "features": [feat],
                "gold_blocks": 0,
                "gold_date": None,
            }
        )
    with open(os.path.join(OUT, "manifest.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(manifest, fh, ensure_ascii=False, indent=1)
    print(f"wrote {n} dumps to {OUT}")


if __name__ == "__main__":
    main()
