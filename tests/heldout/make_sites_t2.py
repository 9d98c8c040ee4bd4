#!/usr/bin/env python3
"""Twenty-eighth site family for the Warraq dump cleaner (set t2; built as a held-out set, seed 30303).

    python3 tests/heldout/make_sites_t2.py OUT_DIR [--corpus DIR]

The shared corpus is --corpus, else $WARRAQ_CORPUS, else ../shared/corpus beside the repository.
Sites: Assahifa (Morocco), Al-Ayyam (Yemen), Al-Youm Al-Thamen (Lebanon), Al-Roya (Oman), Al-Zaman (Iraq),
Alanba (Sudan), El Hiwar (Algeria), Al-Hurriya (Egypt).
STILL HELD OUT (session 14): only its totals have been printed (first at fa9f782); nobody fixing the
cleaner has read its dumps. Keep it so: score it with scripts/score_cleaner.py --json and read the
totals only. The original header follows.

Build a held-out test set for the Warraq article cleaner.

    python3 make.py OUT_DIR [--corpus DIR]

Writes OUT_DIR/dumps/*.txt (raw plain-text dumps of Arabic news pages),
OUT_DIR/gold/*.json (score.py gold format), OUT_DIR/manifest.json, a copy of
score.py, OUT_DIR/selfcheck/*.md (each gold rendered as cleaned Markdown), and
then runs score.py on selfcheck against gold (must be 1.000 everywhere).

Each article dump wraps one real corpus article (never one the development
dumps use, each used once) in the page furniture of one of eight Arabic news
sites.  The furniture wording is our own, modelled on what such pages carry
(menus, breadcrumbs, bylines, datelines, dates in the site's calendar style,
captions, share lines, related boxes, appeals, tags, comments, most-read
lists, footers).  Article text is never changed.

Deterministic: fixed SEED, string-seeded sub-generators, sorted inputs, no
clock.  Standard library only (Python 3.11).
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

SEED = 30303
HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_CORPUS = os.environ.get("WARRAQ_CORPUS") or os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "corpus"
)
PER_SITE = 6

# ------------------------------------------------------------------ calendars
WEEKDAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
WEEKDAYS_ALT = ["الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
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
MONTHS_DZ = ["جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
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
LRM, RLM, ZWJ, ZWNJ = "\u200e", "\u200f", "\u200d", "\u200c"


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
        return dt.datetime.fromisoformat(s).replace(tzinfo=None)
    except ValueError:
        return None


def ampm(h: int) -> str:
    return "ص" if h < 12 else "م"


def h12(h: int) -> int:
    return h % 12 or 12


# ------------------------------------------------------------------ articles
def load_articles(folder: str) -> dict:
    arts = {}
    for path in sorted(glob.glob(os.path.join(folder, "*.jsonl"))):
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    a = json.loads(line)
                    a["paras"] = a["body"].split("\n\n")
                    a["kinds"] = a.get("block_kinds") or ["paragraph"] * len(a["paras"])
                    arts[a["id"]] = a
    return arts


def used_ids(corpus: str) -> set:
    with open(os.path.join(corpus, "manifest.json"), encoding="utf-8") as fh:
        m = json.load(fh)
    return {d["article_id"] for d in m["dumps"] if d.get("article_id")}


def cp1256_ok(a: dict) -> bool:
    try:
        (a["title"] + a["body"] + (a.get("author") or "")).encode("cp1256")
        return True
    except UnicodeEncodeError:
        return False


# ------------------------------------------------------------------ page
class Page:
    def __init__(self, a, site):
        self.a = a
        self.site = site
        self.lines: list[str] = []
        self.blocks: list[dict] = []
        self.title = a["title"] if a else None
        self.date = None
        self.features: list[str] = []

    def bp(self, *lines):
        self.lines.extend(lines)

    def blank(self, n=1):
        self.lines.extend([""] * n)

    def feat(self, f):
        if f not in self.features:
            self.features.append(f)

    def set_date(self, d):
        self.date = d.date().isoformat()

    def body(self, sep="blank", inserts=None, wrap=0, marks=None, indent=""):
        """Article blocks, with boilerplate inserted before given indices."""
        inserts = inserts or {}
        marks = marks or {}
        a = self.a
        n = len(a["paras"])
        for i, (text, kind) in enumerate(zip(a["paras"], a["kinds"])):
            if i in inserts:
                self.bp(*inserts[i])
                if sep == "blank":
                    self.blank()
            self.blocks.append({"kind": kind, "text": text})
            shown = marks.get(i, "") + text
            if wrap and len(shown) > wrap:
                self.bp(*[indent + x for x in hard_wrap(shown, wrap)])
            else:
                self.bp(indent + shown)
            if sep == "blank" and i < n - 1:
                self.blank()

    def gold(self):
        return {
            "title": self.title,
            "date": self.date,
            "outlet": self.site["slug"] if self.a else None,
            "blocks": self.blocks,
        }


def hard_wrap(text: str, width: int) -> list[str]:
    """Break at existing single spaces; joining the lines with ' ' restores
    the text exactly."""
    words = text.split(" ")
    out, cur = [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = w
        else:
            cur = w if not cur else cur + " " + w
    out.append(cur)
    assert " ".join(out) == text
    return out


class Ctx:
    """Other corpus articles for related boxes, teasers and most-read lists."""

    def __init__(self, arts, exclude_titles):
        self.arts = arts
        self.ids = sorted(arts)
        self.exclude = exclude_titles

    def titles(self, rng, a, n):
        out = []
        while len(out) < n:
            k = rng.choice(self.ids)
            t = self.arts[k]["title"]
            if a is not None and (k == a["id"] or t == a["title"]):
                continue
            if t in out:
                continue
            out.append(t)
        return out

    def teaser(self, title, limit=130):
        for k in self.ids:
            if self.arts[k]["title"] == title:
                first = self.arts[k]["paras"][0]
                if len(first) <= limit:
                    return first
                return first[:limit].rsplit(" ", 1)[0] + "..."
        return ""


def short_title(t: str, n: int) -> str:
    if len(t) <= n:
        return t
    return t[:n].rsplit(" ", 1)[0] + "..."


def rel_time(rng) -> str:
    u = rng.choice(["min", "hour", "day", "week", "month"])
    if u == "min":
        return f"منذ {rng.randint(3, 55)} دقيقة"
    if u == "hour":
        k = rng.randint(1, 20)
        return {1: "منذ ساعة", 2: "منذ ساعتين"}.get(k, f"منذ {k} ساعات" if k <= 10 else f"منذ {k} ساعة")
    if u == "day":
        k = rng.randint(1, 6)
        return {1: "منذ يوم", 2: "منذ يومين"}.get(k, f"منذ {k} أيام")
    if u == "week":
        k = rng.randint(1, 3)
        return {1: "منذ أسبوع", 2: "منذ أسبوعين"}.get(k, f"منذ {k} أسابيع")
    k = rng.randint(1, 11)
    return {1: "منذ شهر", 2: "منذ شهرين"}.get(k, f"منذ {k} أشهر" if k <= 10 else f"منذ {k} شهرا")


COMMENTERS = [
    "ابو ياسر",
    "مواطن غيور",
    "Karim",
    "سعاد",
    "محمد ب.",
    "عبدالرحمن",
    "زائر",
    "ahmed 77",
    "أم أيمن",
    "ناصر",
    "Hicham",
    "فاطمة الزهراء",
    "علي حسن",
    "ابن البلد",
]
COMMENT_TEXTS = [
    "الله يستر من القادم",
    "كلام في الصميم",
    "وين الحكومة من هذا الكلام؟",
    "شكرا على الخبر",
    "المهم التطبيق على أرض الواقع",
    "نفس الكلام كل سنة",
    "ربي يحفظ البلاد والعباد",
    "مقال رائع ومفيد",
    "هذا هو الواقع للأسف",
    "اتمنى ان تتابعوا الموضوع",
    "خبر مهم جدا",
    "لا تعليق !!!",
]
COMMENT_LONG = [
    "المشكلة ليست في القرارات بل في من ينفذها، وقد رأينا قرارات كثيرة بقيت حبرا على ورق ولم يستفد منها المواطن البسيط.",
    "أرجو من الصحيفة متابعة هذا الملف ونشر ما يستجد فيه، لأن الناس تنتظر أجوبة واضحة من المسؤولين منذ مدة طويلة.",
    "تحليل منطقي إلى حد ما، لكن كان على الكاتب أن يذكر الرأي الآخر أيضا حتى تكتمل الصورة عند القارئ.",
]


def comments(rng, n, style="plain", eastern=False):
    out = []
    for name in rng.sample(COMMENTERS, n):
        t = rel_time(rng)
        txt = rng.choice(COMMENT_TEXTS if rng.random() < 0.6 else COMMENT_LONG)
        if eastern:
            t = t.translate(EASTERN)
        if style == "plain":
            out += [name, t, txt, "رد", ""]
        elif style == "inline":
            out += [f"{name} · {t}", txt, ""]
        elif style == "wp":
            out += [name + " يقول:", t, txt, "الرد", ""]
        else:
            out += [name, txt, t + "   إعجاب   رد", ""]
    return out[:-1]


def tags_of(a, rng, extra):
    base = [t for t in (a.get("tags") or []) if t]
    return base[:3] + rng.sample(extra, rng.randint(1, 3))


CAPTIONS = [
    "صورة أرشيفية",
    "صورة تعبيرية",
    "من مكان الحادث",
    "جانب من اللقاء",
    "خلال الاجتماع",
    "صورة من الأرشيف",
    "لقطة عامة",
    "أرشيفية",
]
AGENCIES = ["رويترز", "أ ف ب", "أ.ب", "الأناضول", "EPA", "AFP", "Getty Images", "د ب أ"]


def caption(rng):
    return rng.choice(
        [
            f"{rng.choice(CAPTIONS)} ({rng.choice(AGENCIES)})",
            f"{rng.choice(CAPTIONS)} - {rng.choice(AGENCIES)}",
            rng.choice(CAPTIONS),
        ]
    )


def body_inserts(rng, a, box, where="middle"):
    n = len(a["paras"])
    if n < 3:
        return {}
    if where == "early":
        return {1: box}
    return {rng.randint(2, max(2, n - 1)): box}


def date_or_none(p: Page, opt):
    d = parse_date(p.a.get("date"))
    if d is None or opt.get("no_date"):
        return None
    return d


# ------------------------------------------------------------------ sites
def site_assahifa(p, ctx, rng, opt):
    """Moroccan online paper: Maghrebi months, Latin edition links."""
    a, y = p.a, opt["year"]
    p.bp(f"{a['title']} - الصحيفة" if opt["k"] % 2 == 0 else a["title"])
    p.blank()
    if opt.get("topdate"):
        cd = opt["crawl"]
        p.bp(f"{WEEKDAYS[cd.weekday()]} {cd.day} {MONTHS_MA[cd.month - 1]} {cd.year}")
        p.feat("crawl_date_in_top_bar")
    p.bp("الصحيفة", "English", "Français", "")
    nav = [
        "الرئيسية",
        "سياسة",
        "اقتصاد",
        "مجتمع",
        "رياضة",
        "ثقافة",
        "حوارات",
        "رأي",
        "تقارير",
        "الصحيفة TV",
        "كاريكاتير",
        "مغاربة العالم",
    ]
    p.bp(*nav[: rng.randint(8, 12)])
    p.blank()
    sec = rng.choice(["سياسة", "اقتصاد", "مجتمع", "تقارير", "العالم"])
    p.bp(f"الرئيسية  »  {sec}  »  {short_title(a['title'], 38)}")
    p.feat("breadcrumb_short_title")
    p.blank()
    p.bp(sec)
    p.bp(a["title"])
    p.blank()
    by = rng.choice(
        [
            "الصحيفة - من الرباط",
            "الصحيفة - متابعة",
            "الصحيفة - حمزة الصافي",
            "الصحيفة من الدار البيضاء",
            "الصحيفة - خديجة بنعلي",
        ]
    )
    p.bp(by)
    d = date_or_none(p, opt)
    if d:
        p.bp(f"{WEEKDAYS[d.weekday()]} {d.day} {MONTHS_MA[d.month - 1]} {d.year} - {d.hour:02d}:{d.minute:02d}")
        p.set_date(d)
        p.feat("date_maghreb")
    p.blank()
    if opt.get("caption"):
        p.bp(caption(rng))
        p.blank()
        p.feat("caption")
    p.bp("شارك", "فيسبوك", "X", "واتساب", "")
    inserts = {}
    if opt.get("inline_related"):
        t = ctx.titles(rng, a, 1)[0]
        inserts = body_inserts(rng, a, [f"اقرأ أيضا: {t}"])
        p.feat("inline_related")
    p.body(sep=opt["sep"], inserts=inserts, wrap=opt.get("wrap", 0), marks=opt.get("marks"))
    p.blank()
    p.bp(
        "الوسوم: "
        + " ، ".join(tags_of(a, rng, ["المغرب", "الحكومة", "البرلمان", "الرباط", "أخنوش", "الجزائر", "الصحراء"]))
    )
    p.feat("tags")
    p.blank()
    n = opt.get("comments", 0)
    p.bp(f"تعليقات الزوار ({n})" if n else "لا توجد تعليقات")
    if n:
        p.blank()
        p.bp(*comments(rng, n, "plain"))
        p.feat("comments")
    p.blank()
    p.bp("أضف تعليقك", "الاسم", "البريد الإلكتروني", "إرسال")
    p.blank()
    p.bp("مقالات ذات صلة")
    for t in ctx.titles(rng, a, 3):
        p.bp(t)
        if opt.get("teasers"):
            p.bp(ctx.teaser(t))
    p.blank()
    p.bp("الأكثر قراءة")
    for i, t in enumerate(ctx.titles(rng, a, 5), 1):
        p.bp(f"{i}", t)
    p.feat("most_read")
    p.blank()
    p.bp("من نحن | هيئة التحرير | اتصل بنا | شروط الاستخدام")
    p.bp(f"© {y} الصحيفة. جميع الحقوق محفوظة")


def site_alayyam(p, ctx, rng, opt):
    """Aden daily: one-line pipe menu, dateline line, views and print links."""
    a, y = p.a, opt["year"]
    p.bp(f"{a['title']} | الأيام")
    p.blank()
    p.bp("صحيفة الأيام" + (ZWJ if opt.get("zwj") else ""))
    if opt.get("topdate"):
        cd = opt["crawl"]
        hy, hm, hd = to_hijri(cd.date())
        p.bp(
            f"{WEEKDAYS_ALT[cd.weekday()]} {hd} {HIJRI_MONTHS[hm - 1]} {hy} هـ - {cd.day} {MONTHS_EG[cd.month - 1]} {cd.year} م"
        )
        p.feat("crawl_date_in_top_bar")
    p.bp("الرئيسية | أخبار وتقارير | محليات | عربي ودولي | رياضة | آراء | الأيام الرياضي | كاريكاتير | أرشيف الأعداد")
    p.blank()
    p.bp(rng.choice(["أخبار وتقارير", "محليات", "عربي ودولي", "تقارير"]))
    p.blank()
    p.bp(a["title"])
    p.blank()
    d = date_or_none(p, opt)
    if d:
        if opt["k"] % 2:
            p.bp(
                f"{WEEKDAYS_ALT[d.weekday()]} - {d.day:02d} {MONTHS_EG[d.month - 1]} {d.year} - الساعة {h12(d.hour):02d}:{d.minute:02d} {ampm(d.hour)}"
            )
        else:
            p.bp(f"{d.day:02d}-{d.month:02d}-{d.year} {d.hour:02d}:{d.minute:02d}")
            p.feat("date_numeric")
        p.set_date(d)
    p.bp(rng.choice(["عدن «الأيام» خاص", "«الأيام» غرفة الأخبار", "عدن «الأيام» وكالات", "المكلا «الأيام» علي سالم"]))
    p.feat("dateline_line")
    if opt.get("caption"):
        p.blank()
        p.bp(caption(rng), "")
        p.feat("caption")
    else:
        p.blank()
    p.body(sep=opt["sep"], wrap=opt.get("wrap", 0), marks=opt.get("marks"))
    p.blank()
    p.bp(f"عدد القراءات: {rng.randint(150, 9000)}", "طباعة", "أرسل لصديق", "حفظ PDF")
    p.blank()
    if opt.get("inline_related"):
        p.bp("ذات صلة", *ctx.titles(rng, a, 3))
        p.blank()
        p.feat("related_after")
    p.bp("الأكثر قراءة")
    p.blank()
    for t in ctx.titles(rng, a, 6):
        p.bp(t, f"{rng.randint(1, 12):02d}:{rng.randint(0, 59):02d} {rng.choice(['ص', 'م'])}")
    p.feat("most_read")
    p.blank()
    p.bp("تابعونا على قناة الأيام في تلغرام", "")
    p.bp("من نحن", "الإعلان", "اتصل بنا")
    p.bp(f"جميع الحقوق محفوظة لمؤسسة الأيام للصحافة والطباعة والنشر © {y}")


def site_alyoum8(p, ctx, rng, opt):
    """Lebanese news site: Levantine months, source line, WhatsApp appeal."""
    a, y = p.a, opt["year"]
    p.bp(a["title"])
    p.blank()
    p.bp("اليوم الثامن", "")
    p.bp("لبنان  إقليمي  دولي  اقتصاد  رياضة  منوعات  صحة  مقالات  فيديو")
    p.blank()
    p.bp("آخر الأخبار")
    for t in ctx.titles(rng, a, 3):
        p.bp(f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}  {t}")
    p.feat("ticker")
    p.blank()
    sec = rng.choice(["لبنان", "إقليمي", "دولي", "اقتصاد"])
    p.bp(sec)
    if opt.get("repeat_title", True):
        p.bp(a["title"])
        p.feat("title_twice")
    p.blank()
    d = date_or_none(p, opt)
    if d:
        s = f"{WEEKDAYS[d.weekday()]} {d.day:02d} {MONTHS_LEV[d.month - 1]} {d.year}"
        if opt.get("eastern"):
            s = s.translate(EASTERN)
            p.feat("eastern_digits")
        s = s + f" | {d.hour:02d}:{d.minute:02d}" if opt["k"] % 2 else s
        p.bp((RLM + s + RLM) if opt.get("marks") else s)
        p.set_date(d)
        p.feat("date_levant")
    p.bp("المصدر: " + rng.choice(["اليوم الثامن", "وكالات", "خاص اليوم الثامن", "الوكالة الوطنية للإعلام"]))
    p.blank()
    if opt.get("caption"):
        p.bp(caption(rng), "")
        p.feat("caption")
    inserts = {}
    if opt.get("inline_related"):
        inserts = body_inserts(rng, a, ["اقرأ أيضاً"] + ctx.titles(rng, a, 2))
        p.feat("inline_related")
    p.body(sep=opt["sep"], inserts=inserts, wrap=opt.get("wrap", 0), marks=opt.get("marks"))
    p.blank()
    p.bp("لمتابعة آخر الأخبار انضموا إلى قناة «اليوم الثامن» على واتساب، اضغط هنا")
    p.feat("whatsapp")
    p.blank()
    p.bp("كلمات دلالية", *tags_of(a, rng, ["لبنان", "بيروت", "الحكومة", "مجلس النواب", "حزب الله"]))
    p.blank()
    p.bp("مواضيع ذات صلة", "")
    for t in ctx.titles(rng, a, 4):
        p.bp(t, "")
    if opt.get("comments"):
        p.bp(f"{opt['comments']} تعليقات", "ترتيب حسب: الأقدم")
        p.bp(*comments(rng, opt["comments"], "fb"))
        p.blank()
        p.feat("comments")
    p.bp("الأكثر قراءة", "")
    for t in ctx.titles(rng, a, 5):
        p.bp(t)
    p.feat("most_read")
    p.blank()
    p.bp(f"جميع الحقوق محفوظة © اليوم الثامن {y}", "Powered by " + "Web Studio")


def site_alroya(p, ctx, rng, opt):
    """Omani daily: Hijri alongside Gregorian, newsletter and app appeals."""
    a, y = p.a, opt["year"]
    p.bp(f"{a['title']} - جريدة الرؤية")
    p.blank()
    p.bp("جريدة الرؤية العمانية")
    p.bp(*["محليات", "اقتصاد", "رياضة", "العالم", "مقالات", "الرؤية الثقافي", "رؤية المجتمع", "النسخة الورقية PDF"])
    p.blank()
    if opt.get("standfirst"):
        p.bp(a["paras"][0] if opt.get("standfirst") == "full" else short_title(a["paras"][0], 140))
        p.blank()
        p.feat("standfirst_" + opt["standfirst"])
    p.bp(a["title"])
    p.blank()
    d = date_or_none(p, opt)
    if d:
        hy, hm, hd = to_hijri(d.date())
        if opt["k"] % 2:
            p.bp(
                f"{WEEKDAYS[d.weekday()]} {hd} {HIJRI_MONTHS[hm - 1]} {hy}هـ - {d.day} {MONTHS_EG[d.month - 1]} {d.year}م"
            )
            p.feat("date_hijri")
        else:
            p.bp(f"{d.day} {MONTHS_EG[d.month - 1]} {d.year} {h12(d.hour)}:{d.minute:02d} {ampm(d.hour)}")
        p.set_date(d)
    p.bp(rng.choice(["مسقط - الرؤية", "الرؤية - خاص", "ترجمة - رنا عبدالحكيم", "الرؤية - وكالات"]))
    p.blank()
    if opt.get("caption"):
        p.bp(caption(rng), "")
        p.feat("caption")
    inserts = {}
    if opt.get("inline_related"):
        t = ctx.titles(rng, a, 2)
        inserts = body_inserts(rng, a, ["اقرأ أيضًا:", *t])
        p.feat("inline_related")
    p.body(sep=opt["sep"], inserts=inserts, wrap=opt.get("wrap", 0), marks=opt.get("marks"))
    p.blank()
    p.bp(
        "الوسوم",
        " ".join("#" + t.replace(" ", "_") for t in tags_of(a, rng, ["عمان", "مسقط", "رؤية_2040", "الاقتصاد"])),
    )
    p.feat("hashtag_tags")
    p.blank()
    p.bp("أخبار ذات صلة")
    for t in ctx.titles(rng, a, 3):
        p.bp(t, caption(rng))
    p.blank()
    p.bp("اشترك في النشرة البريدية لجريدة الرؤية", "البريد الإلكتروني", "اشترك")
    p.feat("newsletter")
    p.blank()
    p.bp("حمّل تطبيق الرؤية", "App Store", "Google Play", "")
    p.bp("الأكثر قراءة")
    for t in ctx.titles(rng, a, 5):
        p.bp(t)
    p.feat("most_read")
    p.blank()
    p.bp(f"جميع الحقوق محفوظة لجريدة الرؤية © {y}", "رئيس التحرير | هيئة التحرير | للإعلان | اتصل بنا")


def site_azzaman(p, ctx, rng, opt):
    """Iraqi daily on WordPress: editions, prev/next links, comment form."""
    a, y = p.a, opt["year"]
    p.bp(f"{a['title']} – الزمان")
    p.blank()
    if opt.get("topdate"):
        cd = opt["crawl"]
        p.bp(f"{WEEKDAYS[cd.weekday()]}, {cd.day} {MONTHS_EG[cd.month - 1]}, {cd.year}")
        p.feat("crawl_date_in_top_bar")
    p.bp("طبعة العراق", "طبعة لندن", "Azzaman English")
    p.bp("جريدة الزمان الدولية")
    p.bp("الرئيسية", "اخبار", "مقالات", "اقتصاد", "رياضة", "ثقافة", "منوعات", "الصفحات PDF")
    p.blank()
    p.bp(f"الرئيسية / اخبار / {a['title']}")
    p.blank()
    p.bp(a["title"])
    d = date_or_none(p, opt)
    if d:
        if opt["k"] % 2:
            p.bp(f"{d.day} {MONTHS_LEV[d.month - 1]}/{MONTHS_EG[d.month - 1]} {d.year}")
        else:
            p.bp(f"{d.year}/{d.month:02d}/{d.day:02d}")
            p.feat("date_numeric")
        p.set_date(d)
        p.feat("date_levant")
    p.bp(
        "بواسطة " + rng.choice(["الزمان", "admin", "محرر الزمان"]),
        f"{rng.randint(40, 900)} مشاهدة",
        rng.choice(["0 تعليق", "دقيقة واحدة للقراءة", "3 دقائق للقراءة"]),
    )
    p.bp("Facebook Twitter WhatsApp Telegram Email")
    p.blank()
    p.bp(rng.choice(["بغداد – الزمان", "لندن – الزمان", "البصرة – الزمان", "واشنطن – وكالات"]))
    p.feat("dateline_line")
    inserts = {}
    if opt.get("inline_related"):
        inserts = body_inserts(rng, a, ["ذات صلة", *ctx.titles(rng, a, 3)], "early")
        p.feat("inline_related")
    p.body(sep=opt["sep"], inserts=inserts, wrap=opt.get("wrap", 0), marks=opt.get("marks"))
    p.blank()
    p.bp("الوسوم", *tags_of(a, rng, ["العراق", "بغداد", "البرلمان", "النفط"]))
    p.blank()
    prev, nxt = ctx.titles(rng, a, 2)
    p.bp("المقال السابق", prev, "المقال التالي", nxt)
    p.blank()
    p.bp("قد يعجبك ايضا", *ctx.titles(rng, a, 3))
    p.blank()
    if opt.get("comments"):
        p.bp(f"{opt['comments']} تعليقات")
        p.bp(*comments(rng, opt["comments"], "wp"))
        p.blank()
        p.feat("comments")
    p.bp(
        "اترك رد",
        "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *",
        "التعليق *",
        "الاسم *",
        "البريد الإلكتروني *",
        "الموقع",
        "أرسل التعليق",
    )
    p.blank()
    p.bp(f"© {y} - الزمان. جميع الحقوق محفوظة.")


def site_alanba(p, ctx, rng, opt):
    """Sudanese paper: Eastern Arabic digits, views counter, Telegram appeal."""
    a, y = p.a, opt["year"]
    p.bp(a["title"])
    p.blank()
    p.bp("الأنباء السودانية", "الرئيسية أخبار سياسة اقتصاد رياضة تقارير حوارات أعمدة الرأي منوعات")
    p.blank()
    if opt.get("repeat_title", True):
        p.bp(a["title"])
        p.blank()
    d = date_or_none(p, opt)
    if d:
        if opt["k"] % 2:
            s = f"{WEEKDAYS[d.weekday()]} {d.day} {MONTHS_EG[d.month - 1]} {d.year} - {h12(d.hour)}:{d.minute:02d} {ampm(d.hour)}"
        else:
            s = f"{d.day} {MONTHS_EG[d.month - 1]} {d.year}"
        p.bp(s.translate(EASTERN))
        p.set_date(d)
        p.feat("eastern_digits")
    p.bp(f"المشاهدات: {rng.randint(100, 5000)}".translate(EASTERN))
    p.bp(rng.choice(["الخرطوم: الأنباء", "الخرطوم - الأنباء", "وكالات - الأنباء", "بورتسودان: الأنباء"]))
    p.blank()
    if opt.get("caption"):
        p.bp(caption(rng), "")
        p.feat("caption")
    inserts = {}
    if opt.get("inline_related"):
        inserts = body_inserts(rng, a, ["اقرأ أيضاً: " + ctx.titles(rng, a, 1)[0]])
        p.feat("inline_related")
    p.body(sep=opt["sep"], inserts=inserts, wrap=opt.get("wrap", 0), marks=opt.get("marks"))
    p.blank()
    p.bp("انضم لقناة الأنباء على تيليجرام لمتابعة آخر الأخبار", "")
    p.feat("telegram")
    p.bp("شارك الخبر:", "فيسبوك", "واتساب", "تويتر", "تيليجرام", "")
    p.bp("اقرأ أيضاً")
    for t in ctx.titles(rng, a, 3):
        p.bp(t)
    p.blank()
    n = opt.get("comments", 0)
    if n:
        p.bp(f"التعليقات ({n})".translate(EASTERN), "")
        p.bp(*comments(rng, n, "inline", eastern=True))
        p.blank()
        p.feat("comments")
    p.bp("الأكثر قراءة")
    p.blank()
    for t in ctx.titles(rng, a, 5):
        p.bp(t)
    p.blank()
    p.bp(f"جميع الحقوق محفوظة © {y} الأنباء".translate(EASTERN))


def site_elhiwar(p, ctx, rng, opt):
    """Algerian daily: Algerian month names, initials bylines, relative times."""
    a, y = p.a, opt["year"]
    p.bp(f"{a['title']} – El Hiwar الحوار" if opt["k"] % 2 == 0 else a["title"])
    p.blank()
    p.bp("الحوار", "يومية وطنية إخبارية", "")
    nav = [
        "الرئيسية",
        "الوطني",
        "الدولي",
        "الاقتصاد",
        "الرياضة",
        "المجتمع",
        "الثقافة",
        "إسلاميات",
        "الحوار TV",
        "نسخة PDF",
    ]
    if opt.get("nav_line"):
        p.bp(" ".join(nav))
    else:
        p.bp(*nav)
    p.blank()
    p.bp(rng.choice(["الوطني", "الدولي", "المجتمع", "الاقتصاد"]))
    p.bp(a["title"])
    p.blank()
    p.bp(rng.choice(["ح. ب", "ز. مليكة", "بقلم: سارة بانة", "نصيرة سيد علي", "الحوار"]))
    d = date_or_none(p, opt)
    if d:
        p.bp(f"{d.day} {MONTHS_DZ[d.month - 1]} {d.year} - {d.hour:02d}:{d.minute:02d}")
        p.set_date(d)
        p.feat("date_algeria")
    elif opt.get("relative"):
        p.bp(rel_time(rng))
        p.feat("relative_time_only")
    p.blank()
    if opt.get("caption"):
        p.bp(caption(rng), "")
        p.feat("caption")
    inserts = {}
    if opt.get("inline_related"):
        inserts = body_inserts(rng, a, ["اقرأ أيضا", ctx.titles(rng, a, 1)[0]])
        p.feat("inline_related")
    p.body(sep=opt["sep"], inserts=inserts, wrap=opt.get("wrap", 0), marks=opt.get("marks"))
    p.blank()
    p.bp("الكلمات المفتاحية: " + " - ".join(tags_of(a, rng, ["الجزائر", "الحكومة", "تبون", "المجلس الشعبي الوطني"])))
    p.bp("Facebook", "Twitter", "WhatsApp", "Messenger", "")
    p.bp("مقالات ذات صلة")
    for t in ctx.titles(rng, a, 3):
        p.bp(t, rel_time(rng))
    p.blank()
    n = opt.get("comments", 0)
    if n:
        p.bp("التعليقات")
        p.bp(*comments(rng, n, "plain"))
        p.blank()
        p.feat("comments")
    p.bp("الأكثر مشاهدة")
    for t in ctx.titles(rng, a, 4):
        p.bp(t)
    p.feat("most_read")
    p.blank()
    p.bp(f"جميع الحقوق محفوظة © يومية الحوار {y}", "Copyright © El Hiwar " + str(y))


def site_alhurriya(p, ctx, rng, opt):
    """Egyptian news site: 'كتب:' byline, one-line read-also links, app appeals."""
    a, y = p.a, opt["year"]
    p.bp(f"{a['title']} | الحرية")
    p.blank()
    p.bp("الحرية")
    p.bp("الرئيسية أخبار مصر سياسة حوادث اقتصاد رياضة فن ومشاهير محافظات عرب وعالم")
    p.blank()
    p.bp("عاجل", ctx.titles(rng, a, 1)[0])
    p.feat("breaking_strip")
    p.blank()
    sec = rng.choice(["أخبار مصر", "عرب وعالم", "اقتصاد", "رياضة"])
    p.bp(f"الرئيسية > {sec}")
    p.blank()
    p.bp(a["title"])
    p.blank()
    p.bp("كتب: " + rng.choice(["أحمد عبد الفتاح", "منى السيد", "محمد فوزي", "الحرية"]))
    if a.get("author") and opt.get("author"):
        p.bp(a["author"])
    d = date_or_none(p, opt)
    if d:
        if opt["k"] % 2:
            hy, hm, hd = to_hijri(d.date())
            p.bp(
                f"{WEEKDAYS[d.weekday()]}، {d.day} {MONTHS_EG[d.month - 1]} {d.year} {h12(d.hour)}:{d.minute:02d} {ampm(d.hour)}"
            )
            p.bp(f"الموافق {hd} {HIJRI_MONTHS[hm - 1]} {hy}")
            p.feat("date_hijri")
        else:
            p.bp(f"{WEEKDAYS[d.weekday()]} {d.day}/{d.month}/{d.year}")
            p.feat("date_numeric")
        p.set_date(d)
    p.blank()
    if opt.get("caption"):
        p.bp(caption(rng), "")
        p.feat("caption")
    inserts = {}
    if opt.get("inline_related") and len(a["paras"]) >= 3:
        ts = ctx.titles(rng, a, 2)
        n = len(a["paras"])
        inserts = {1: ["اقرأ أيضًا: " + ts[0]]}
        if n > 4:
            inserts[n - 1] = ["اقرأ أيضًا: " + ts[1]]
        p.feat("inline_related")
    p.body(sep=opt["sep"], inserts=inserts, wrap=opt.get("wrap", 0), marks=opt.get("marks"))
    p.blank()
    p.bp("تابع آخر الأخبار من الحرية عبر Google News", "تابع قناة الحرية على واتساب")
    p.feat("google_news_whatsapp")
    p.blank()
    p.bp("الكلمات المفتاحية", *tags_of(a, rng, ["مصر", "القاهرة", "الحكومة", "مجلس الوزراء"]))
    p.blank()
    p.bp("موضوعات متعلقة", "")
    for t in ctx.titles(rng, a, 3):
        p.bp(t, "")
    p.bp("الأكثر قراءة")
    for i, t in enumerate(ctx.titles(rng, a, 5), 1):
        p.bp(f"{i}. {t}")
    p.feat("most_read")
    p.blank()
    p.bp("من نحن", "سياسة الخصوصية", "اتصل بنا", f"جميع الحقوق محفوظة © {y} الحرية")


SITES = [
    {"slug": "assahifa", "name": "الصحيفة", "country": "Morocco", "fn": site_assahifa},
    {"slug": "alayyam-yemen", "name": "الأيام", "country": "Yemen (Aden)", "fn": site_alayyam},
    {"slug": "alyoum-althamen", "name": "اليوم الثامن", "country": "Lebanon", "fn": site_alyoum8},
    {"slug": "alroya-oman", "name": "الرؤية", "country": "Oman", "fn": site_alroya},
    {"slug": "azzaman", "name": "الزمان", "country": "Iraq", "fn": site_azzaman},
    {"slug": "alanba-sudan", "name": "الأنباء", "country": "Sudan", "fn": site_alanba},
    {"slug": "elhiwar", "name": "الحوار", "country": "Algeria", "fn": site_elhiwar},
    {"slug": "alhurriya", "name": "الحرية", "country": "Egypt", "fn": site_alhurriya},
]


# ------------------------------------------------------------------ no-article pages
def page_404(ctx, rng):
    L = [
        "الصفحة غير موجودة – El Hiwar الحوار",
        "",
        "الحوار",
        "يومية وطنية إخبارية",
        "",
        "الرئيسية",
        "الوطني",
        "الدولي",
        "الاقتصاد",
        "الرياضة",
        "المجتمع",
        "الثقافة",
        "",
        "404",
        "",
        "عذراً، الصفحة التي تبحث عنها غير موجودة",
        "ربما تم حذفها أو تغيير رابطها. جرّب البحث أو عد إلى الصفحة الرئيسية.",
        "بحث",
        "العودة إلى الرئيسية",
        "",
        "آخر الأخبار",
    ]
    for t in ctx.titles(rng, None, 5):
        L += [t, rel_time(rng)]
    L += ["", "جميع الحقوق محفوظة © يومية الحوار 2018"]
    return L


def page_index(ctx, rng):
    L = [
        "محليات | الأيام",
        "",
        "صحيفة الأيام",
        "الرئيسية | أخبار وتقارير | محليات | عربي ودولي | رياضة | آراء | أرشيف الأعداد",
        "",
        "محليات",
        "",
    ]
    for t in ctx.titles(rng, None, 8):
        L += [
            t,
            ctx.teaser(t, 150),
            f"{rng.randint(1, 28):02d}-{rng.randint(1, 12):02d}-2018 {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}",
            "المزيد",
            "",
        ]
    L += ["1", "2", "3", "...", "التالي »", "", "الأكثر قراءة"]
    L += ctx.titles(rng, None, 4)
    L += ["", "جميع الحقوق محفوظة لمؤسسة الأيام للصحافة والطباعة والنشر © 2018"]
    return L


# ------------------------------------------------------------------ plan
def choose_articles(arts, used, rng):
    pool = sorted(k for k in arts if k not in used)
    seen, uniq = set(), []
    for k in pool:  # avoid two dumps with the same title
        t = arts[k]["title"]
        if t not in seen and 2 <= len(arts[k]["paras"]) and len(arts[k]["body"]) <= 7000:
            seen.add(t)
            uniq.append(k)
    heads = [k for k in uniq if "heading" in arts[k]["kinds"]]
    pick = rng.sample(heads, 9)
    rest = [k for k in uniq if k not in pick]
    pick += rng.sample(rest, len(SITES) * PER_SITE - len(pick))
    rng.shuffle(pick)
    return pick


def build(corpus, out):
    arts = load_articles(os.path.join(corpus, "articles"))
    used = used_ids(corpus)
    prng = random.Random(f"{SEED}:plan")
    picked = choose_articles(arts, used, prng)
    assert not (set(picked) & used) and len(set(picked)) == len(picked)
    n = len(picked)
    # encoding and layout features spread over the set
    slots = list(range(n))
    prng.shuffle(slots)
    cp_slot = next(i for i in slots if cp1256_ok(arts[picked[i]]))
    rest = [i for i in slots if i != cp_slot]
    crlf = set(rest[0:7])
    bom = set(rest[7:11])
    wrap = set(rest[11:18])
    marks = set(rest[18:26])
    ctx = Ctx(arts, set())

    for d in ("dumps", "gold", "selfcheck"):
        shutil.rmtree(os.path.join(out, d), ignore_errors=True)
        os.makedirs(os.path.join(out, d))
    manifest = {
        "seed": SEED,
        "generator": "make.py",
        "sites": [{k: s[k] for k in ("slug", "name", "country")} for s in SITES],
        "dumps": [],
    }

    idx = 0
    for si, site in enumerate(SITES):
        for k in range(PER_SITE):
            a = arts[picked[idx]]
            rng = random.Random(f"{SEED}:{site['slug']}:{k}")
            d = parse_date(a.get("date"))
            year = d.year if d else 2018
            opt = {
                "k": k,
                "year": year,
                "crawl": (d or dt.datetime(2018, 6, 1)) + dt.timedelta(days=rng.randint(3, 400)),
                "sep": "line" if (k == 2 and idx not in wrap) else "blank",
                "no_date": k == 4,
                "inline_related": k in (0, 2, 3) or rng.random() < 0.2,
                "caption": rng.random() < 0.6,
                "comments": rng.choice([0, 2, 3]),
                "teasers": rng.random() < 0.5,
                "topdate": k in (1, 5),
                "repeat_title": k != 3,
                "eastern": k in (1, 4),
                "standfirst": {1: "full", 3: "cut"}.get(k),
                "relative": k == 4,
                "nav_line": k % 2 == 1,
                "author": k in (0, 5),
                "zwj": False,
            }
            if idx in wrap:
                opt["wrap"] = rng.choice([66, 72, 80, 90])
            if idx in marks:
                m = {}
                for i in range(len(a["paras"])):
                    if rng.random() < 0.4:
                        m[i] = rng.choice([RLM, LRM, "\u202b"])
                opt["marks"] = m
                opt["zwj"] = True
            p = Page(a, site)
            site["fn"](p, ctx, rng, opt)
            lines = p.lines
            if idx in marks:
                # zero-width joiners / direction marks in furniture lines
                gold_texts = set(a["paras"]) | {a["title"]}
                cand = [i for i, l in enumerate(lines) if l and l not in gold_texts and len(l) < 60]
                for i in rng.sample(cand, min(4, len(cand))):
                    lines[i] = rng.choice([ZWJ, ZWNJ, LRM, RLM]) + lines[i] + rng.choice([ZWJ, LRM, ""])
                lines.insert(rng.randint(1, 4), RLM + "\u202b\u202c")
                p.feat("invisible_marks")
            if opt.get("wrap"):
                p.feat(f"hard_wrap_{opt['wrap']}")
            if opt["sep"] == "line":
                p.feat("no_blank_between_paragraphs")
            text = "\n".join(lines).rstrip("\n") + "\n"
            encoding = "utf-8"
            if idx in crlf:
                text = text.replace("\n", "\r\n")
                p.feat("crlf")
            if idx == cp_slot:
                data = text.encode("cp1256")
                encoding = "cp1256"
                p.feat("windows-1256")
            else:
                data = text.encode("utf-8")
                if idx in bom:
                    data = b"\xef\xbb\xbf" + data
                    encoding = "utf-8-sig"
                    p.feat("bom")
            stem = f"{idx + 1:03d}_{site['slug']}"
            write_pair(out, stem, data, p.gold())
            manifest["dumps"].append(
                {
                    "dump": stem + ".txt",
                    "site": site["slug"],
                    "article_id": a["id"],
                    "article_outlet": a["outlet"],
                    "encoding": encoding,
                    "features": sorted(p.features),
                    "gold_blocks": len(p.blocks),
                    "gold_headings": sum(1 for b in p.blocks if b["kind"] == "heading"),
                    "gold_date": p.date,
                }
            )
            idx += 1

    extra = [
        ("404", page_404(ctx, random.Random(f"{SEED}:404")), "elhiwar"),
        ("index", page_index(ctx, random.Random(f"{SEED}:index")), "alayyam-yemen"),
    ]
    for name, lines, site in extra:
        stem = f"{idx + 1:03d}_{name}"
        data = ("\n".join(lines) + "\n").encode("utf-8")
        write_pair(out, stem, data, {"title": None, "date": None, "outlet": None, "blocks": []})
        manifest["dumps"].append(
            {
                "dump": stem + ".txt",
                "site": site,
                "article_id": None,
                "article_outlet": None,
                "encoding": "utf-8",
                "features": [name + "_page"],
                "gold_blocks": 0,
                "gold_headings": 0,
                "gold_date": None,
            }
        )
        idx += 1
    stem = f"{idx + 1:03d}_empty"
    write_pair(out, stem, b"  \n\t\n\r\n   \n\n", {"title": None, "date": None, "outlet": None, "blocks": []})
    manifest["dumps"].append(
        {
            "dump": stem + ".txt",
            "site": None,
            "article_id": None,
            "article_outlet": None,
            "encoding": "ascii",
            "features": ["whitespace_only"],
            "gold_blocks": 0,
            "gold_headings": 0,
            "gold_date": None,
        }
    )
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(manifest, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    return len(manifest["dumps"])


def write_pair(out, stem, data, gold):
    with open(os.path.join(out, "dumps", stem + ".txt"), "wb") as fh:
        fh.write(data)
    with open(os.path.join(out, "gold", stem + ".json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out_dir")
    ap.add_argument("--corpus", default=DEFAULT_CORPUS)
    args = ap.parse_args(argv)
    out = os.path.abspath(args.out_dir)
    os.makedirs(out, exist_ok=True)
    n = build(args.corpus, out)
    score_src = os.path.join(args.corpus, "score.py")
    score_dst = os.path.join(out, "score.py")
    shutil.copyfile(score_src, score_dst)
    spec = importlib.util.spec_from_file_location("heldout_score", score_dst)
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    for name in sorted(os.listdir(os.path.join(out, "gold"))):
        with open(os.path.join(out, "gold", name), encoding="utf-8") as fh:
            g = json.load(fh)
        with open(os.path.join(out, "selfcheck", name[:-5] + ".md"), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(score.render_markdown(g))
    res = subprocess.run(
        [sys.executable, score_dst, os.path.join(out, "gold"), os.path.join(out, "selfcheck"), "--json"],
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
    ok = all(abs(tot[k] - 1.0) < 1e-12 for k in keys) and tot["stray_controls"] == 0
    print(f"wrote {n} dumps to {out}")
    print(
        "selfcheck: "
        + " ".join(f"{k}={tot[k]:.3f}" for k in keys)
        + f" stray_controls={tot['stray_controls']} -> {'OK' if ok else 'FAILED'}"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
