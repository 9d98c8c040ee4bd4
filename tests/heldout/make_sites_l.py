#!/usr/bin/env python3
"""Twelfth site family for the Warraq dump cleaner (set l).

    python3 tests/heldout/make_sites_l.py OUT_DIR [--corpus DIR]

writes OUT_DIR/dumps/*.txt (raw text dumps, as a scraper saves the visible
text of a news page), OUT_DIR/gold/*.json (what a perfect cleaner keeps, in
the format of shared/corpus/gold and score.py) and OUT_DIR/manifest.json.
The shared corpus is --corpus, else $WARRAQ_CORPUS, else ../shared/corpus
beside the repository.

Each dump wraps one real article of shared/corpus/articles/*.jsonl that no
development dump uses (and none of SKIP, nor one whose body holds links or
share lines), in the page furniture of one of eight Arabic news sites that
the development set does not imitate:

    syriatv      Syria TV
    alayam       Al-Ayam (Bahrain)
    tnumerique   Tunisie Numérique, Arabic edition (Tunisia)
    akhbarak     Akhbarak.net (Egypt)
    adenalghad   Aden al-Ghad (Yemen)
    nidaawatan   Nidaa al-Watan (Lebanon)
    almaghreb24  Almaghreb24 (Morocco)
    alghadtv     Alghad TV

48 articles (6 per site), plus a 404 page (Alghad TV furniture), a section
index (Almaghreb24 furniture) and an empty file.  Built on 2026-11-27 as a
held-out set; first measured at b25309b (body P 0.963 R 0.990, titles 0.882,
headings F1 0.833).  The furniture is written here from general knowledge of
how those pages look.  The gold file keeps the article's title, its blocks
as given by block_kinds, its outlet, and the publication date only when the
page states it with its year.

Deterministic: fixed seed 12121, no dependence on hash order or the clock.
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
import sys

SEED = 12121
HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_CORPUS = os.environ.get("WARRAQ_CORPUS") or os.path.join(HERE, "..", "..", "..", "shared", "corpus")

# ------------------------------------------------------------------ calendar
WEEKDAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
M_STD = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
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
M_TUN = ["جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
M_MAR = ["يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر"]
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
INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def hijri(d: dt.date) -> tuple[int, int, int]:
    """Tabular Islamic calendar (civil); returns (year, month, day)."""
    jdn = d.toordinal() + 1721425
    l = jdn - 1948440 + 10632
    n = (l - 1) // 10631
    l = l - 10631 * n + 354
    j = ((10985 - l) // 5316) * ((50 * l) // 17719) + (l // 5670) * ((43 * l) // 15238)
    l = l - ((30 - j) // 15) * ((17719 * j) // 50) - (j // 16) * ((15238 * j) // 43) + 29
    m = (24 * l) // 709
    day = l - (709 * m) // 24
    y = 30 * n + j - 30
    return y, m, day


def hm12(t: dt.datetime) -> str:
    h = t.hour % 12 or 12
    return "%d:%02d %s" % (h, t.minute, "ص" if t.hour < 12 else "م")


def fmt_date(t: dt.datetime, style: str) -> str:
    wd = WEEKDAYS[t.weekday()]
    d, m, y = t.day, t.month, t.year
    hy, hm, hd = hijri(t.date())
    if style == "iso_time":
        return "%04d-%02d-%02d %02d:%02d" % (y, m, d, t.hour, t.minute)
    if style == "levant":
        return "%s %d %s %d" % (wd, d, M_LEV[m - 1], y)
    if style == "levant_dual":
        return "%d %s (%s) %d" % (d, M_LEV[m - 1], M_STD[m - 1], y)
    if style == "gulf_print":
        return "%s %d %s %d الموافق %d %s %dهـ" % (wd, d, M_STD[m - 1], y, hd, M_HIJ[hm - 1], hy)
    if style == "hijri_first":
        return "%s %d %s %d هـ - %d %s %d م" % (wd, hd, M_HIJ[hm - 1], hy, d, M_STD[m - 1], y)
    if style == "tunis":
        return "%s %d %s %d على الساعة %02d:%02d" % (wd, d, M_TUN[m - 1], y, t.hour, t.minute)
    if style == "tunis_short":
        return "%d %s %d - %02d:%02d" % (d, M_TUN[m - 1], y, t.hour, t.minute)
    if style == "egypt_indic":
        return ("%s، %d %s %d - %s" % (wd, d, M_STD[m - 1], y, hm12(t))).translate(INDIC)
    if style == "slash":
        return "%02d/%02d/%04d %02d:%02d" % (d, m, y, t.hour, t.minute)
    if style == "aden":
        return "%s - %d %s %d - %s" % (wd, d, M_STD[m - 1], y, hm12(t))
    if style == "maroc":
        return "%s %d %s %d - %02d:%02d" % (wd, d, M_MAR[m - 1], y, t.hour, t.minute)
    if style == "maroc_dots":
        return "%02d.%02d.%04d | %02d:%02d" % (d, m, y, t.hour, t.minute)
    if style == "std_time":
        return "%d %s %d %s" % (d, M_STD[m - 1], y, hm12(t))
    if style == "no_year":
        return "%d %s | %02d:%02d" % (d, M_STD[m - 1], t.hour, t.minute)
    raise ValueError(style)


# ------------------------------------------------------------------ articles
SKIP = {
    "okaz-853937ad4a",
    "okaz-f60787356a",  # share line glued into the body
    "CN-middleEast-155-20180303",  # body refers to an embedded photo
    "AL-technology-24-20180204",
}  # how-to with UI instructions
RESIDUE_RE = re.compile(
    r"https?://|www\.|#|اقرأ أيضا|اقرأ المزيد|للمزيد|اضغط هنا|"
    r"شارك من خلال|جميع الحقوق|©|\(صورة\)|الصورة:"
)


def load_articles(corpus: str) -> dict[str, dict]:
    arts = {}
    for path in sorted(glob.glob(os.path.join(corpus, "articles", "*.jsonl"))):
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    a = json.loads(line)
                    a["paras"] = a["body"].split("\n\n")
                    a["kinds"] = a.get("block_kinds") or ["paragraph"] * len(a["paras"])
                    arts[a["id"]] = a
    return arts


def used_ids(corpus: str) -> list[str]:
    with open(os.path.join(corpus, "manifest.json"), encoding="utf-8") as fh:
        man = json.load(fh)
    return sorted(d["article_id"] for d in man["dumps"] if d.get("article_id"))


def eligible(a: dict) -> bool:
    if a["id"] in SKIP or len(a["paras"]) != len(a["kinds"]):
        return False
    if not 3 <= len(a["paras"]) <= 22:
        return False
    if RESIDUE_RE.search(a["body"]) or RESIDUE_RE.search(a["title"]):
        return False
    if any(not p.strip() or p != p.strip() or "  " in p for p in a["paras"]):
        return False
    if a["title"] in a["paras"] or len(a["body"]) > 7000:
        return False
    return True


def art_time(a: dict, rng: random.Random) -> dt.datetime | None:
    d = a.get("date")
    if not d:
        return None
    t = dt.datetime(int(d[:4]), int(d[5:7]), int(d[8:10]))
    if len(d) >= 16 and d[11:16] != "00:00":
        t = t.replace(hour=int(d[11:13]), minute=int(d[14:16]))
    else:
        t = t.replace(hour=rng.randint(7, 22), minute=rng.randint(0, 59))
    return t


# ------------------------------------------------------------------ page
class Page:
    def __init__(self, art: dict | None):
        self.art = art
        self.lines: list[str] = []
        self.blocks: list[dict] = []
        self.title = art["title"] if art else None
        self.outlet = art["outlet"] if art else None
        self.date: str | None = None
        self.features: list[str] = []

    def bp(self, *lines: str):
        self.lines.extend(lines)

    def blank(self, n: int = 1):
        self.lines.extend([""] * n)

    def feat(self, f: str):
        if f not in self.features:
            self.features.append(f)

    def state_date(self, t: dt.datetime | None):
        """The page states the article's date (with its year)."""
        if t is not None:
            self.date = t.strftime("%Y-%m-%d")

    def body(
        self,
        sep: str = "blank",
        inserts: dict | None = None,
        first_prefix: str = "",
        after_first: list[str] | None = None,
    ):
        inserts = inserts or {}
        paras, kinds = self.art["paras"], self.art["kinds"]
        for i, (text, kind) in enumerate(zip(paras, kinds)):
            if i in inserts:
                self.bp(*inserts[i])
                if sep == "blank":
                    self.blank()
            shown = first_prefix + text if i == 0 and first_prefix else text
            self.lines.append(shown)
            self.blocks.append({"kind": kind, "text": text})
            if sep == "blank" and i < len(paras) - 1:
                self.blank()

    def gold(self) -> dict:
        return {"title": self.title, "date": self.date, "outlet": self.outlet, "blocks": self.blocks}


class Ctx:
    def __init__(self, arts: dict, rng: random.Random):
        self.arts = arts
        self.rng = rng
        self.ids = sorted(arts)

    def titles(self, exclude: str | None, n: int) -> list[str]:
        ids = [k for k in self.ids if k != exclude]
        return [self.arts[k]["title"] for k in self.rng.sample(ids, n)]

    def others(self, exclude: str | None, n: int) -> list[dict]:
        ids = [k for k in self.ids if k != exclude]
        return [self.arts[k] for k in self.rng.sample(ids, n)]


def teaser(a: dict, limit: int) -> str:
    first = a["paras"][0]
    if len(first) <= limit:
        return first
    return first[:limit].rsplit(" ", 1)[0] + "..."


def rel_time(rng: random.Random) -> str:
    return rng.choice(
        [
            "منذ دقيقتين",
            "منذ 14 دقيقة",
            "منذ 35 دقيقة",
            "منذ ساعة",
            "منذ ساعتين",
            "منذ 3 ساعات",
            "منذ 7 ساعات",
            "منذ يوم",
            "منذ يومين",
            "منذ 4 أيام",
            "منذ أسبوع",
            "منذ 3 أسابيع",
        ]
    )


COMMENTERS = [
    "أبو خالد",
    "سامر الحلبي",
    "محمد علي",
    "ابن البلد",
    "نادية",
    "مواطن",
    "عبدالرحمن",
    "أم يوسف",
    "زائر",
    "رامي",
    "خالد ابراهيم",
    "سلمى ع.",
    "متابع",
    "يوسف المصري",
    "حمزة",
    "Omar K.",
    "ليلى",
]
COMMENTS = [
    "الله يفرجها على الجميع، صار الوضع لا يطاق.",
    "خبر مهم، لكن أين باقي التفاصيل؟",
    "كلام جميل على الورق، والتطبيق شيء آخر.",
    "شكراً على التغطية المتواصلة.",
    "هذا ما كنا نحذر منه منذ سنوات ولا أحد يسمع.",
    "نتمنى المتابعة ونشر ما يستجد.",
    "أين الرقابة؟ كل مرة نفس القصة.",
    "مقال موضوعي وواضح، بارك الله فيكم.",
    "العنوان لا يعكس المحتوى يا جماعة.",
    "والله حرام، الناس تعبت.",
    "ننتظر النتائج على الأرض.",
    "تحليل منطقي، أتفق مع أغلب ما جاء فيه.",
]


# ------------------------------------------------------------------ sites
def s_syriatv(c: Ctx, a: dict, o: dict) -> Page:
    r, p = c.rng, Page(a)
    t = art_time(a, r)
    sep = o.get("sep", "blank")
    if o.get("page_title"):
        p.bp(a["title"] + " | تلفزيون سوريا")
        p.blank()
        p.feat("title_suffix")
    p.bp("انتقل إلى المحتوى", "تلفزيون سوريا")
    menu = [
        "الرئيسية",
        "أخبار سوريا",
        "سياسة",
        "اقتصاد",
        "تقارير وتحقيقات",
        "رأي",
        "منوعات",
        "رياضة",
        "برامج",
        "البث المباشر",
    ]
    if o.get("menu_lines"):
        p.bp(*menu)
        p.feat("menu_lines")
    else:
        p.bp("   ".join(menu))
    p.bp("بحث", "")
    sect = r.choice(["أخبار سوريا", "سياسة", "اقتصاد", "عربي ودولي"])
    p.bp("الرئيسية / %s" % sect, "")
    p.bp(a["title"])
    p.blank()
    if t and o.get("date", True):
        p.bp("%s %s" % (r.choice(["نُشر في", "تاريخ النشر:"]), fmt_date(t, o.get("date_style", "levant"))))
        p.state_date(t)
        p.feat("date")
    p.bp("إسطنبول - تلفزيون سوريا" if not a.get("author") else a["author"])
    p.blank()
    if o.get("caption", True):
        cap = r.choice(["صورة تعبيرية (إنترنت)", "صورة أرشيفية - AFP", "من الأرشيف (رويترز)", "أرشيفية - Getty Images"])
        p.bp(cap)
        p.blank()
        p.feat("caption")
    ins = {}
    if o.get("read_also") and len(a["paras"]) > 4:
        k = min(3, len(a["paras"]) - 2)
        ins[k] = ["اقرأ أيضاً: " + c.titles(a["id"], 1)[0]]
        p.feat("read_also_inline")
    p.body(sep=sep, inserts=ins)
    p.blank()
    p.bp("مشاركة الخبر", "فيسبوك", "تويتر", "واتساب", "تلغرام", "نسخ الرابط", "")
    if o.get("tags"):
        words = sorted({w.strip('"«»:.,،؟') for w in a["title"].split()}, key=lambda w: (-len(w), w))
        p.bp("الوسوم: " + "  ".join(list(a.get("tags") or []) + [w for w in words[:3] if w]))
        p.blank()
        p.feat("tags")
    p.bp("مواد ذات صلة", "")
    for oa in c.others(a["id"], 3):
        p.bp(oa["title"])
        if o.get("teasers"):
            p.bp(teaser(oa, 140))
        p.blank()
    p.bp("الأكثر قراءة", "")
    for i, ti in enumerate(c.titles(a["id"], o.get("most_read", 5)), 1):
        p.bp(str(i), ti)
    p.blank()
    if o.get("app"):
        p.bp(
            "حمّل تطبيق تلفزيون سوريا واحصل على آخر الأخبار والبث المباشر أينما كنت",
            "متوفر على Google Play",
            "حمّله من App Store",
            "",
        )
        p.feat("app_promo")
    p.bp("من نحن", "اتصل بنا", "سياسة الخصوصية", "شروط الاستخدام", "أعلن معنا", "")
    p.bp("© %d تلفزيون سوريا. جميع الحقوق محفوظة" % r.choice([2023, 2024, 2025]))
    return p


def s_alayam(c: Ctx, a: dict, o: dict) -> Page:
    r, p = c.rng, Page(a)
    t = art_time(a, r)
    sep = o.get("sep", "line")
    issue = r.randint(9500, 10900)
    p.bp("الأيام", "صحيفة يومية سياسية مستقلة تصدر عن مؤسسة الأيام للصحافة والنشر والتوزيع")
    if t and o.get("date", True):
        p.bp("العدد %d | %s" % (issue, fmt_date(t, o.get("date_style", "gulf_print"))))
        p.state_date(t)
        p.feat("print_issue_date")
    else:
        p.bp("العدد %d" % issue)
    p.blank()
    if o.get("widgets", True):
        p.bp(
            "المنامة %d° %s" % (r.randint(19, 41), r.choice(["مشمس", "غائم جزئياً", "رطب", "مغبر"])),
            "الدينار البحريني: الدولار 0.376 | اليورو %.3f | الريال السعودي 0.100" % r.uniform(0.40, 0.44),
            "مواقيت الصلاة: الفجر 3:%02d  الظهر 11:%02d  العصر 2:%02d  المغرب 6:%02d  العشاء 7:%02d"
            % (r.randint(10, 59), r.randint(10, 59), r.randint(10, 59), r.randint(10, 59), r.randint(10, 59)),
            "",
        )
        p.feat("weather_currency_prayer")
    p.bp("الرئيسية | محليات | سياسة | اقتصاد | الخليج والعالم | رياضة | ثقافة | كتاب الأيام | الأرشيف | PDF")
    p.blank()
    sect = r.choice(["محليات", "الخليج والعالم", "اقتصاد", "رياضة"])
    p.bp("%s > %s" % ("الرئيسية", sect))
    p.blank()
    if o.get("repeat_title"):
        p.bp(a["title"])
        p.feat("repeat_title")
    p.bp(a["title"])
    p.blank()
    if a.get("author"):
        p.bp(a["author"])
    else:
        p.bp(r.choice(["كتب - محرر الشؤون المحلية:", "متابعات - الأيام:", "الأيام - وكالات:"]))
    p.bp("طباعة | إرسال لصديق | حجم الخط: A+ A-")
    if not (t and o.get("date", True)):
        p.bp("تاريخ النشر: " + rel_time(r))
    p.blank()
    ins = {}
    if o.get("ad") and len(a["paras"]) > 3:
        ins[2] = ["- إعلان -"]
        p.feat("ad_slot")
    p.body(sep=sep, inserts=ins)
    p.blank()
    p.bp("عدد القراءات: %d" % r.randint(140, 9800))
    p.blank()
    p.bp("أخبار أخرى في " + sect, "")
    for ti in c.titles(a["id"], 4):
        p.bp("• " + ti)
    p.blank()
    if o.get("columns"):
        p.bp("كتاب الأيام", "")
        for name in r.sample(
            ["عيسى الشايجي", "سعيد الحمد", "د. منى الجلاهمة", "فاطمة المسلم", "أحمد جمعة", "يوسف البنخليل"], 3
        ):
            p.bp(name, c.titles(a["id"], 1)[0])
        p.blank()
        p.feat("columnists_box")
    p.bp("اشترك في النسخة الرقمية للأيام واحصل على العدد كاملاً بصيغة PDF كل صباح")
    p.blank()
    p.bp(
        "من نحن | الاشتراكات | الإعلانات | اتصل بنا",
        "جميع الحقوق محفوظة لمؤسسة الأيام للصحافة والنشر والتوزيع © %d" % r.choice([2022, 2024]),
    )
    return p


def s_tnumerique(c: Ctx, a: dict, o: dict) -> Page:
    r, p = c.rng, Page(a)
    t = art_time(a, r)
    sep = o.get("sep", "blank")
    if o.get("page_title"):
        p.bp("Tunisie Numérique | " + a["title"])
        p.feat("title_prefix")
    p.bp("Tunisie Numérique", "Français | English | عربي")
    if t and o.get("date", True):
        today = t + dt.timedelta(days=r.randint(400, 2500))
        p.bp("%s %d %s %d" % (WEEKDAYS[today.weekday()], today.day, M_TUN[today.month - 1], today.year))
        p.feat("current_date_header")
    p.bp("تونس %d°C  %s" % (r.randint(8, 38), r.choice(["سماء صافية", "سحب عابرة", "أمطار متفرقة"])))
    p.blank()
    p.bp("الرئيسية", "وطنية", "سياسة", "اقتصاد", "جهات", "عالمية", "رياضة", "ثقافة", "تكنولوجيا")
    p.blank()
    p.bp("الرئيسية » " + r.choice(["وطنية", "جهات", "عالمية", "اقتصاد"]))
    p.blank()
    p.bp(a["title"])
    p.blank()
    if t and o.get("date", True):
        p.bp("نشرت في " + fmt_date(t, o.get("date_style", "tunis")))
        p.state_date(t)
        p.feat("date")
    p.bp("بواسطة " + r.choice(["هيئة التحرير", "سنية ب.", "محمد الهادي", "وليد م."]))
    p.blank()
    first_prefix = ""
    if o.get("glued_caption"):
        first_prefix = r.choice(["صورة من الأرشيف", "صورة توضيحية"])
        p.feat("caption_glued_to_first_paragraph")
    ins = {}
    if o.get("read_also") and len(a["paras"]) >= 3:
        ins[len(a["paras"]) // 2] = ["إقرأ أيضا", c.titles(a["id"], 1)[0]]
        p.feat("read_also_inline")
    p.body(sep=sep, inserts=ins, first_prefix=first_prefix)
    p.blank()
    p.bp("Partager", "فيسبوك", "تويتر", "لينكدإن", "")
    p.bp("قد يعجبك أيضا", "")
    for oa in c.others(a["id"], 4):
        if o.get("teasers"):
            p.bp(oa["title"], teaser(oa, 120), "")
        else:
            p.bp(oa["title"])
    p.blank()
    p.bp("الأخبار العاجلة", "")
    base = t or dt.datetime(2017, 1, 1, 9, 0)
    for i, ti in enumerate(c.titles(a["id"], 5)):
        hh = (base.hour + 5 - i) % 24
        p.bp("%02d:%02d  %s" % (hh, r.randint(0, 59), ti))
    p.blank()
    if o.get("currency"):
        p.bp(
            "أسعار الصرف (البنك المركزي التونسي)",
            "الأورو  %.4f د.ت" % r.uniform(2.6, 3.4),
            "الدولار  %.4f د.ت" % r.uniform(2.2, 3.1),
            "",
        )
        p.feat("currency_widget")
    if o.get("cookie"):
        p.bp(
            "يستعمل هذا الموقع ملفات تعريف الارتباط (cookies) لتحسين تجربة التصفح وقياس عدد الزوار. "
            "بمواصلة التصفح فإنك توافق على ذلك.",
            "Accepter   En savoir plus",
            "",
        )
        p.feat("cookie_notice")
    p.bp(
        "© Tunisie Numérique %d - جميع الحقوق محفوظة" % r.choice([2019, 2023, 2024]), "من نحن  -  اتصل بنا  -  الإشهار"
    )
    return p


def s_akhbarak(c: Ctx, a: dict, o: dict) -> Page:
    r, p = c.rng, Page(a)
    t = art_time(a, r)
    sep = o.get("sep", "blank")
    p.bp("أخبارك.نت", "أخبار مصر والعالم لحظة بلحظة")
    p.bp("الرئيسية - أخبار مصر - عربي ودولي - اقتصاد - رياضة - فن - حوادث - تكنولوجيا - فيديو")
    p.blank()
    p.bp("عاجل: " + c.titles(a["id"], 1)[0])
    p.blank()
    if o.get("page_title"):
        p.bp(a["title"] + " - أخبارك.نت")
        p.blank()
        p.feat("title_suffix")
    p.bp(a["title"])
    if t and o.get("date", True):
        style = o.get("date_style", "egypt_indic")
        p.bp(fmt_date(t, style))
        if style != "no_year":
            p.state_date(t)
        p.feat("date_" + style)
    p.bp("كتب: " + r.choice(["أحمد سمير", "منة الله حسن", "محرر أخبارك", "مصطفى عبد الرحيم"]))
    p.bp("المصدر: " + a["outlet_name"])
    p.blank()
    first_prefix = ""
    if o.get("glued_caption"):
        first_prefix = r.choice(["صورة أرشيفية", "صورة ارشيفية"])
        p.feat("caption_glued_to_first_paragraph")
    elif o.get("caption", True):
        p.bp(r.choice(["صورة أرشيفية", "صورة ارشيفية - أرشيف"]))
        p.feat("caption")
    ins = {}
    if o.get("watch") and len(a["paras"]) > 3:
        ins[2] = ["شاهد أيضاً", c.titles(a["id"], 1)[0], "00:00 / 0%d:%02d" % (r.randint(1, 5), r.randint(0, 59))]
        p.feat("video_leftover_inline")
    p.body(sep=sep, inserts=ins, first_prefix=first_prefix)
    p.blank()
    p.bp("تابعوا أخبارك على جوجل نيوز", "")
    p.bp("أخبار متعلقة", "")
    for ti in c.titles(a["id"], 3):
        p.bp(ti)
    p.blank()
    if o.get("comments"):
        n = o["comments"]
        p.bp("التعليقات (%d)" % n, "")
        for _ in range(n):
            p.bp(r.choice(COMMENTERS), rel_time(r).replace("منذ", "قبل"), r.choice(COMMENTS), "رد  إعجاب", "")
        p.bp("أضف تعليقك", "")
        p.feat("comments")
    p.bp("الأكثر قراءة", "")
    for ti in c.titles(a["id"], o.get("most_read", 5)):
        p.bp(ti)
    p.blank()
    p.bp("اشترك في نشرتنا البريدية ليصلك أهم الأخبار يوميًا", "البريد الإلكتروني", "اشترك", "")
    p.bp("جميع الحقوق محفوظة لموقع أخبارك.نت " + ("2024" if o.get("latin_year") else "٢٠٢٤"))
    return p


def s_adenalghad(c: Ctx, a: dict, o: dict) -> Page:
    r, p = c.rng, Page(a)
    t = art_time(a, r)
    sep = o.get("sep", "line")
    p.bp("عدن الغد", "صحيفة عدن الغد المستقلة")
    if o.get("menu_lines"):
        p.bp("الرئيسية", "أخبار محلية", "أخبار وتقارير", "عربية ودولية", "رياضة", "مقالات", "حوارات", "اتصل بنا")
        p.feat("menu_lines")
    else:
        p.bp("الرئيسية | أخبار محلية | أخبار وتقارير | عربية ودولية | رياضة | مقالات | حوارات | اتصل بنا")
    p.blank()
    p.bp("عاجل", *["- " + ti for ti in c.titles(a["id"], 3)])
    p.blank()
    if o.get("page_title"):
        p.bp("عدن الغد - " + a["title"])
        p.feat("title_prefix")
        p.blank()
    p.bp(a["title"])
    p.blank()
    if t and o.get("date", True):
        p.bp(fmt_date(t, o.get("date_style", "aden")))
        p.state_date(t)
        p.feat("date")
    else:
        p.bp(rel_time(r))
    p.bp("عدن الغد / " + r.choice(["خاص", "متابعات", "وكالات"]))
    p.blank()
    if o.get("caption"):
        p.bp("(عدن الغد) صورة أرشيفية")
        p.feat("caption")
    p.body(sep=sep)
    p.blank()
    p.bp("عدد القراءات: %s" % format(r.randint(300, 48000), ","))
    p.bp("طباعة  |  أرسل الخبر  |  حفظ")
    p.blank()
    if o.get("comments"):
        p.bp("تعليقات القراء", "")
        for i in range(1, o["comments"] + 1):
            p.bp("%d- %s" % (i, r.choice(COMMENTERS)), rel_time(r), r.choice(COMMENTS), "")
        p.bp("أضف تعليقك", "الاسم", "التعليق", "إرسال", "")
        p.bp("جميع التعليقات تعبر عن رأي كاتبيها ولا تعبر عن رأي الصحيفة", "")
        p.feat("comments")
    p.bp("المزيد من أخبار وتقارير", "")
    for oa in c.others(a["id"], o.get("more", 4)):
        p.bp(oa["title"])
        if o.get("teasers"):
            p.bp(teaser(oa, 150))
        p.blank()
    if o.get("poll"):
        p.bp(
            "استطلاع الرأي",
            "هل تتوقع تحسن الخدمات في عدن خلال الأشهر القادمة؟",
            "نعم",
            "لا",
            "لا أدري",
            "تصويت   النتائج",
            "",
        )
        p.feat("poll")
    p.bp("جميع الحقوق محفوظة © عدن الغد %d" % r.choice([2018, 2021, 2024]))
    return p


def s_nidaa(c: Ctx, a: dict, o: dict) -> Page:
    r, p = c.rng, Page(a)
    t = art_time(a, r)
    sep = o.get("sep", "blank")
    p.bp("نداء الوطن", "")
    p.bp("الرئيسية  محليات  إقليميات  دوليات  اقتصاد  رياضة  ثقافة  مقالات  العدد الورقي")
    p.bp("إشترك", "")
    p.bp("آخر الأخبار", "")
    base = t or dt.datetime(2015, 7, 1, 12, 0)
    for i, ti in enumerate(c.titles(a["id"], 4)):
        p.bp("%02d:%02d" % ((base.hour + 3 - i) % 24, r.randint(0, 59)), ti)
    p.blank()
    sect = r.choice(["إقليميات", "دوليات", "محليات", "مقالات"])
    p.bp(sect, "")
    if o.get("page_title"):
        p.bp(a["title"] + " | نداء الوطن")
        p.feat("title_suffix")
    else:
        p.bp(a["title"])
    p.blank()
    author = a.get("author") or r.choice(["رمال جوني", "طوني عيسى", "نخلة عضيمي", "المحرر الديبلوماسي"])
    p.bp(author)
    if t and o.get("date", True):
        p.bp(fmt_date(t, o.get("date_style", "levant")))
        p.state_date(t)
        p.feat("date")
    elif t and o.get("no_year"):
        p.bp("%d %s | %02d:%02d" % (t.day, M_LEV[t.month - 1], t.hour, t.minute))
        p.feat("date_without_year")
    p.blank()
    if o.get("caption"):
        p.bp(r.choice(["(أرشيف)", "(أ ف ب)", "(رمزي)"]))
        p.feat("caption")
    ins = {}
    if o.get("editor_pick") and len(a["paras"]) >= 5:
        ins[len(a["paras"]) - 2] = ["اختيارات المحرر", c.titles(a["id"], 1)[0]]
        p.feat("editor_pick_inline")
    p.body(sep=sep, inserts=ins)
    p.blank()
    if o.get("author_box"):
        p.bp("الكاتب", author, "كاتب وصحافي لبناني، يكتب في الشؤون السياسية والإقليمية.", "جميع مقالات الكاتب", "")
        p.feat("author_box")
    p.bp("شارك هذا المقال", "")
    p.bp("مقالات ذات صلة" if r.random() < 0.3 else "مواضيع ذات صلة", "")
    for oa in c.others(a["id"], 3):
        p.bp(oa["title"])
        p.bp(fmt_date(art_time(oa, r), "levant") if oa.get("date") else rel_time(r))
    p.blank()
    if o.get("newsletter"):
        p.bp("النشرة الإخبارية", "اشترك في النشرة ليصلك أبرز ما في العدد صباح كل يوم", "بريدك الإلكتروني", "اشتراك", "")
        p.feat("newsletter")
    p.bp("تابعونا", "Facebook  X  Instagram  YouTube", "")
    p.bp("© جميع الحقوق محفوظة لـ نداء الوطن %d" % r.choice([2020, 2023, 2024]))
    return p


def s_almaghreb24(c: Ctx, a: dict, o: dict) -> Page:
    r, p = c.rng, Page(a)
    t = art_time(a, r)
    sep = o.get("sep", "blank")
    p.bp("المغرب 24 | Almaghreb24", "")
    p.bp("الرئيسية", "سياسة", "مجتمع", "اقتصاد", "جهات", "دولي", "رياضة", "فن وثقافة", "كتاب وآراء", "")
    p.bp(
        "مواقيت الصلاة - الرباط: الفجر 5:%02d الظهر 1:%02d العصر 4:%02d المغرب 7:%02d العشاء 8:%02d"
        % (r.randint(0, 59), r.randint(0, 59), r.randint(0, 59), r.randint(0, 59), r.randint(0, 59))
    )
    p.blank()
    if o.get("repeat_title"):
        p.bp(a["title"] + " – Almaghreb24")
        p.blank()
        p.feat("title_suffix")
    p.bp(a["title"])
    p.blank()
    if t and o.get("date", True):
        p.bp(fmt_date(t, o.get("date_style", "maroc")))
        p.state_date(t)
        p.feat("date")
    p.bp("المغرب 24 - " + r.choice(["متابعة", "الرباط", "الدار البيضاء", "وكالات"]))
    p.bp("%d تعليق" % o.get("comments", 0))
    p.blank()
    if o.get("caption"):
        p.bp("صورة: أرشيف")
        p.blank()
        p.feat("caption")
    ins = {}
    if o.get("related_inline") and len(a["paras"]) >= 4:
        ins[2] = ["مقالات مشابهة", *c.titles(a["id"], 2)]
        p.feat("related_inline")
    p.body(sep=sep, inserts=ins)
    p.blank()
    p.bp("شاركها", "فيسبوك  تويتر  واتساب  بريد إلكتروني", "")
    if o.get("poll"):
        p.bp(
            "استطلاع", "ما رأيك في أداء الحكومة خلال هذه السنة؟", "جيد", "متوسط", "ضعيف", "صوّت الآن", "عرض النتائج", ""
        )
        p.feat("poll")
    if o.get("comments"):
        p.bp("التعليقات", "")
        for _ in range(o["comments"]):
            p.bp(r.choice(COMMENTERS) + " يقول:", rel_time(r), r.choice(COMMENTS), "")
        p.feat("comments")
    p.bp("أضف تعليقا", "الاسم *", "البريد الإلكتروني *", "نشر التعليق", "")
    p.bp("الأكثر تداولا", "")
    for ti in c.titles(a["id"], o.get("most_read", 5)):
        p.bp(ti)
    p.blank()
    p.bp("جميع الحقوق محفوظة © المغرب 24 - %d" % r.choice([2020, 2024]), "هيئة التحرير | اتصل بنا | الخصوصية")
    return p


def s_alghadtv(c: Ctx, a: dict, o: dict) -> Page:
    r, p = c.rng, Page(a)
    t = art_time(a, r)
    sep = o.get("sep", "blank")
    p.bp("قناة الغد", "البث المباشر", "")
    p.bp("الرئيسية | الأخبار | العالم العربي | تقارير | اقتصاد | رياضة | منوعات | برامج | فيديو")
    p.blank()
    if o.get("page_title"):
        p.bp(a["title"] + " - قناة الغد")
        p.blank()
        p.feat("title_suffix")
    if o.get("repeat_title"):
        p.bp(a["title"], "")
        p.feat("repeat_title")
    p.bp(a["title"])
    p.blank()
    p.bp(r.choice(["الغد - وكالات", "الغد - متابعات", "القاهرة - قناة الغد"]))
    if t and o.get("date", True):
        p.bp(fmt_date(t, o.get("date_style", "std_time")))
        p.state_date(t)
        p.feat("date")
    else:
        p.bp(rel_time(r))
    p.blank()
    if o.get("video"):
        p.bp("تشغيل الفيديو", "00:00 / 0%d:%02d" % (r.randint(1, 6), r.randint(0, 59)), "ملء الشاشة", "")
        p.feat("video_leftover")
    first_prefix = ""
    if o.get("glued_caption"):
        first_prefix = r.choice(["أرشيفية (رويترز)", "صورة أرشيفية - (أ ف ب)"])
        p.feat("caption_glued_to_first_paragraph")
    ins = {}
    if o.get("read_also") and len(a["paras"]) >= 4:
        ins[2] = ["اقرأ أيضا.. " + c.titles(a["id"], 1)[0]]
        p.feat("read_also_inline")
    p.body(sep=sep, inserts=ins, first_prefix=first_prefix)
    p.blank()
    p.bp(
        "الكلمات المفتاحية", "  ".join(list(a.get("tags") or []) + r.sample(["أخبار", "تقارير", "الغد", "متابعات"], 2))
    )
    p.blank()
    if o.get("live"):
        base = t or dt.datetime(2018, 5, 1, 15, 0)
        p.bp("تغطية مستمرة", "")
        for i, ti in enumerate(c.titles(a["id"], 4)):
            p.bp("%02d:%02d" % ((base.hour + 2) % 24, 50 - i * 11), ti)
        p.blank()
        p.feat("live_updates")
    p.bp("شاهد أيضا", "")
    for ti in c.titles(a["id"], 3):
        p.bp(ti, "0%d:%02d" % (r.randint(1, 9), r.randint(0, 59)))
    p.blank()
    p.bp("تابعونا على يوتيوب وفعّلوا زر الاشتراك لمشاهدة أحدث التقارير", "")
    p.bp("© قناة الغد %d. جميع الحقوق محفوظة" % r.choice([2019, 2024]))
    return p


def s_404(c: Ctx, o: dict) -> Page:
    p = Page(None)
    p.bp("قناة الغد", "البث المباشر", "")
    p.bp("الرئيسية | الأخبار | العالم العربي | تقارير | اقتصاد | رياضة | منوعات | برامج | فيديو", "")
    p.bp(
        "404",
        "عفواً، الصفحة المطلوبة غير موجودة",
        "ربما تم حذف الصفحة أو تغيير رابطها، أو أن الرابط الذي اتبعته غير صحيح.",
        "العودة إلى الصفحة الرئيسية",
        "",
    )
    p.bp("ابحث في الموقع", "")
    p.bp("أحدث الأخبار", "")
    for ti in c.titles(None, 6):
        p.bp(ti)
    p.blank()
    p.bp("© قناة الغد 2024. جميع الحقوق محفوظة")
    p.feat("404 page, no article")
    return p


def s_index(c: Ctx, o: dict) -> Page:
    r, p = c.rng, Page(None)
    p.bp("المغرب 24 | Almaghreb24", "")
    p.bp("الرئيسية", "سياسة", "مجتمع", "اقتصاد", "جهات", "دولي", "رياضة", "")
    p.bp("أرشيف قسم: دولي", "")
    for oa in c.others(None, 8):
        p.bp(oa["title"])
        if oa.get("date"):
            p.bp(fmt_date(art_time(oa, r), "maroc"))
        p.bp(teaser(oa, 170))
        p.bp("اقرأ المزيد »", "")
    p.bp("1  2  3  4  ...  87  التالي ›", "")
    p.bp("جميع الحقوق محفوظة © المغرب 24 - 2024")
    p.feat("section index, no article")
    return p


SITES = {
    "syriatv": s_syriatv,
    "alayam": s_alayam,
    "tnumerique": s_tnumerique,
    "akhbarak": s_akhbarak,
    "adenalghad": s_adenalghad,
    "nidaawatan": s_nidaa,
    "almaghreb24": s_almaghreb24,
    "alghadtv": s_alghadtv,
}

GULF_DATED = ("aleqtisadiya", "aljazirah", "okaz")
POOLS = {
    "syriatv": lambda a: a["outlet"] in ("bbcarabic", "france24ar", "skynewsarabia"),
    "alayam": lambda a: a["outlet"] in GULF_DATED,
    "alayam_nodate": lambda a: a["outlet"] in ("alyaum", "alriyadh"),
    "tnumerique": lambda a: a["outlet"] == "jawharafm",
    "akhbarak": lambda a: a["outlet"] in ("cnnarabic", "alarabiya"),
    "adenalghad": lambda a: a["outlet"] in ("skynewsarabia", "bbcarabic", "alwatan", "almadina"),
    "nidaawatan": lambda a: a["outlet"] in ("france24ar", "bbcarabic", "aawsat"),
    "almaghreb24": lambda a: a["outlet"] in ("jawharafm", "france24ar", "alarabiya"),
    "alghadtv": lambda a: a["outlet"] in ("skynewsarabia", "cnnarabic", "alarabiya", "3alyoum"),
}

# file-level options: wrap (width), crlf, cp1256, controls, bom
PLAN = [
    ("syriatv", "syriatv", dict(page_title=True, caption=True, most_read=5, tags=True), {}),
    ("syriatv", "syriatv", dict(menu_lines=True, read_also=True, teasers=True, app=True), dict(wrap=78)),
    ("syriatv", "syriatv", dict(date_style="iso_time", sep="line", most_read=6), dict(crlf=True)),
    ("syriatv", "syriatv", dict(date=False, caption=False, read_also=True), dict(controls=True)),
    ("syriatv", "syriatv", dict(date_style="levant_dual", teasers=True, tags=True, most_read=4), {}),
    ("syriatv", "syriatv", dict(page_title=True, app=True, sep="line"), {}),
    ("alayam", "alayam", dict(widgets=True, columns=True), {}),
    ("alayam", "alayam", dict(date_style="hijri_first", sep="blank", ad=True), dict(wrap=72)),
    ("alayam", "alayam_nodate", dict(repeat_title=True), {}),
    ("alayam", "alayam", dict(widgets=False, ad=True, columns=True), dict(crlf=True)),
    ("alayam", "alayam_nodate", dict(sep="blank", widgets=True), dict(cp1256=True)),
    ("alayam", "alayam", dict(repeat_title=True, sep="blank"), dict(bom=True)),
    ("tnumerique", "tnumerique", dict(cookie=True, teasers=True), {}),
    ("tnumerique", "tnumerique", dict(glued_caption=True, sep="line", currency=True), {}),
    ("tnumerique", "tnumerique", dict(page_title=True, read_also=True, date_style="tunis_short"), dict(wrap=80)),
    ("tnumerique", "tnumerique", dict(date=False, cookie=True, currency=True), {}),
    ("tnumerique", "tnumerique", dict(read_also=True, teasers=True), dict(controls=True)),
    ("tnumerique", "tnumerique", dict(glued_caption=True, date_style="slash"), dict(crlf=True)),
    ("akhbarak", "akhbarak", dict(comments=3, watch=True), {}),
    ("akhbarak", "akhbarak", dict(page_title=True, date_style="slash", sep="line"), {}),
    ("akhbarak", "akhbarak", dict(glued_caption=True, comments=2, latin_year=True), dict(wrap=76)),
    ("akhbarak", "akhbarak", dict(date_style="no_year", watch=True, most_read=7), {}),
    ("akhbarak", "akhbarak", dict(caption=False, comments=5), dict(controls=True)),
    ("akhbarak", "akhbarak", dict(date_style="hijri_first", sep="line"), dict(crlf=True)),
    ("adenalghad", "adenalghad", dict(comments=4, poll=True), {}),
    ("adenalghad", "adenalghad", dict(menu_lines=True, page_title=True, teasers=True), {}),
    ("adenalghad", "adenalghad", dict(caption=True, sep="blank", more=5), dict(wrap=74)),
    ("adenalghad", "adenalghad", dict(date_style="slash", comments=2, teasers=True), {}),
    ("adenalghad", "adenalghad", dict(date=False, poll=True, sep="blank"), {}),
    ("adenalghad", "adenalghad", dict(page_title=True, comments=6), dict(crlf=True)),
    ("nidaawatan", "nidaawatan", dict(author_box=True, newsletter=True), {}),
    ("nidaawatan", "nidaawatan", dict(page_title=True, caption=True, editor_pick=True), {}),
    ("nidaawatan", "nidaawatan", dict(date=False, no_year=True, sep="line"), {}),
    ("nidaawatan", "nidaawatan", dict(date_style="levant_dual", editor_pick=True), dict(wrap=70)),
    ("nidaawatan", "nidaawatan", dict(author_box=True, caption=True, sep="line"), dict(controls=True)),
    ("nidaawatan", "nidaawatan", dict(newsletter=True, date_style="iso_time"), {}),
    ("almaghreb24", "almaghreb24", dict(comments=3, poll=True), {}),
    ("almaghreb24", "almaghreb24", dict(repeat_title=True, related_inline=True, caption=True), {}),
    ("almaghreb24", "almaghreb24", dict(date_style="maroc_dots", sep="line", most_read=6), {}),
    ("almaghreb24", "almaghreb24", dict(related_inline=True, comments=2), dict(wrap=76)),
    ("almaghreb24", "almaghreb24", dict(date=False, poll=True, repeat_title=True), {}),
    ("almaghreb24", "almaghreb24", dict(caption=True, comments=4), dict(crlf=True)),
    ("alghadtv", "alghadtv", dict(video=True, live=True), {}),
    ("alghadtv", "alghadtv", dict(page_title=True, glued_caption=True, read_also=True), {}),
    ("alghadtv", "alghadtv", dict(repeat_title=True, sep="line", date_style="egypt_indic"), {}),
    ("alghadtv", "alghadtv", dict(date=False, video=True, read_also=True), dict(wrap=80)),
    ("alghadtv", "alghadtv", dict(live=True, date_style="slash"), dict(controls=True)),
    ("alghadtv", "alghadtv", dict(page_title=True, video=True, sep="line"), {}),
]

MARKS = ["\u200f", "\u200e", "\u200b", "\u202b", "\u202c", "\u061c"]


def wrap_line(line: str, width: int) -> list[str]:
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
    out.append(cur)
    return out


def add_marks(lines: list[str], rng: random.Random) -> list[str]:
    out = []
    for i, line in enumerate(lines):
        if line.strip() and rng.random() < 0.6:
            k = rng.random()
            if k < 0.4:
                line = "\u200f" + line
            elif k < 0.7:
                line = line + rng.choice(["\u200f", "\u200e"])
            else:
                words = line.split(" ")
                j = rng.randint(0, len(words) - 1)
                words[j] = rng.choice(MARKS) + words[j]
                line = " ".join(words)
        out.append(line)
        if i == 3:
            out.append("\u200f\u200e")  # a line made only of marks
    return out


def build(out: str, corpus: str) -> int:
    for sub in ("dumps", "gold"):
        shutil.rmtree(os.path.join(out, sub), ignore_errors=True)
        os.makedirs(os.path.join(out, sub))
    rng = random.Random(SEED)
    arts = load_articles(corpus)
    used = set(used_ids(corpus))
    ok = sorted(k for k, a in arts.items() if k not in used and eligible(a))
    ctx = Ctx(arts, rng)
    taken: list[str] = []
    manifest = {
        "seed": SEED,
        "sites": {
            "syriatv": "Syria TV (تلفزيون سوريا)",
            "alayam": "Al-Ayam, Bahrain (الأيام)",
            "tnumerique": "Tunisie Numérique, Arabic edition",
            "akhbarak": "Akhbarak.net (أخبارك)",
            "adenalghad": "Aden al-Ghad (عدن الغد)",
            "nidaawatan": "Nidaa al-Watan (نداء الوطن)",
            "almaghreb24": "Almaghreb24 (المغرب 24)",
            "alghadtv": "Alghad TV (قناة الغد)",
        },
        "dumps": [],
    }
    jobs = [(s, pool, o, f) for s, pool, o, f in PLAN] + [
        ("404", None, {}, {}),
        ("index", None, {}, {}),
        ("empty", None, {}, {}),
    ]
    for n, (site, pool, opt, fo) in enumerate(jobs, 1):
        if site in SITES:
            cands = [k for k in ok if k not in taken and POOLS[pool](arts[k])]
            if fo.get("cp1256"):
                cands = [k for k in cands if _encodable(arts[k])]
            aid = rng.choice(cands)
            taken.append(aid)
            a = arts[aid]
            page = SITES[site](ctx, a, opt)
            stem = "%03d_%s_%s" % (n, site, a["outlet"])
        elif site == "404":
            page, a, stem = s_404(ctx, opt), None, "%03d_404_404" % n
        elif site == "index":
            page, a, stem = s_index(ctx, opt), None, "%03d_index_index" % n
        else:
            page, a, stem = Page(None), None, "%03d_empty_empty" % n
            page.feat("empty file")
        lines = page.lines
        while lines and lines[-1] == "":
            lines.pop()
        if fo.get("wrap"):
            w = fo["wrap"]
            lines = [x for line in lines for x in wrap_line(line, w)]
            page.feat("hard_wrapped_%d" % w)
            for b in page.blocks:
                assert " ".join(wrap_line(b["text"], w)) == b["text"]
        if fo.get("controls"):
            lines = add_marks(lines, rng)
            page.feat("direction_marks")
        text = "\n".join(lines) + ("\n" if lines else "")
        if fo.get("crlf"):
            text = text.replace("\n", "\r\n")
            page.feat("crlf")
        enc = "utf-8"
        if fo.get("cp1256"):
            data = text.encode("cp1256")
            enc = "cp1256"
            page.feat("windows-1256")
        else:
            data = text.encode("utf-8")
            if fo.get("bom"):
                data = b"\xef\xbb\xbf" + data
                page.feat("utf8_bom")
        if page.art:
            sep_kind = opt.get("sep", "line" if site in ("alayam", "adenalghad") else "blank")
            page.feat("paragraphs_" + ("blank_separated" if sep_kind == "blank" else "one_per_line"))
        with open(os.path.join(out, "dumps", stem + ".txt"), "wb") as fh:
            fh.write(data)
        with open(os.path.join(out, "gold", stem + ".json"), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(json.dumps(page.gold(), ensure_ascii=False, indent=1) + "\n")
        manifest["dumps"].append(
            {
                "dump": stem + ".txt",
                "style": site,
                "article_id": a["id"] if a else None,
                "article_outlet": a["outlet"] if a else None,
                "encoding": enc,
                "features": sorted(page.features),
                "gold_blocks": len(page.blocks),
                "gold_date": page.date,
            }
        )
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n")
    return len(jobs)


def _encodable(a: dict) -> bool:
    try:
        (a["title"] + a["body"] + (a.get("author") or "") + a["outlet_name"]).encode("cp1256")
        return True
    except UnicodeEncodeError:
        return False


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Build site set l (dumps, gold, manifest).")
    ap.add_argument("out", help="folder that receives dumps/, gold/ and manifest.json")
    ap.add_argument("--corpus", default=DEFAULT_CORPUS, help="shared corpus (articles/, manifest.json)")
    args = ap.parse_args(argv)
    n = build(args.out, args.corpus)
    print(f"wrote {n} dumps to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
