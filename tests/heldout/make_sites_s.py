#!/usr/bin/env python3
"""Nineteenth site family for the Warraq dump cleaner (set s; built as held-out set 19, seed 19191).

    python3 tests/heldout/make_sites_s.py OUT_DIR [--corpus DIR]

The shared corpus is --corpus, else $WARRAQ_CORPUS, else ../shared/corpus beside the repository.
Sites: BBC Arabic, Arab48, Noon Post, Ultra Sawt, Nas News, Kurdistan24, Al-Mawqea Post, Al-Moheet.
Held out in session 12 (totals only then); looked at and fixed on from session 13. The original header follows.

Held-out test set no. 19 for the Warraq article cleaner.

    python3 make.py OUT_DIR [--corpus DIR]

Writes OUT_DIR/dumps/*.txt (raw page dumps), OUT_DIR/gold/*.json (what a
perfect cleaner keeps, same format as the corpus gold), OUT_DIR/manifest.json,
a copy of the corpus score.py, and OUT_DIR/selfcheck/*.md (the gold rendered
as cleaned Markdown by score.py's own renderer, scored against the gold).

Each article dump wraps the body of a real article from CORPUS/articles that
no development dump uses, in the page furniture of one of eight news sites
that the development set does not imitate: BBC Arabic, Arab48, Noon Post,
Ultra Sawt, Nas News (Iraq), Kurdistan24 Arabic, Al-Mawqea Post (Yemen) and
Al-Moheet (Egypt).  Furniture wording is modelled on those sites as a text
scrape shows them; it is written from memory of the sites, not copied.

Article text is never changed.  The only "damage" is the kind score.py
normalises or a Markdown reader undoes: direction / zero-width marks inside
lines, CRLF line ends, a BOM, Windows-1256 bytes, and hard-wrapped
paragraphs (wrapped at a fixed width, paragraphs still separated by a blank
line, so that the lines of one paragraph rejoin with a space).

Deterministic: a fixed seed, sorted inputs, no clock; two runs give
byte-identical output.  Standard library only (Python 3.11).
"""

from __future__ import annotations

import argparse
import datetime as dt
import glob
import importlib.util
import json
import os
import random
import re
import shutil
import sys
import textwrap
import unicodedata

SEED = 19191
DEFAULT_CORPUS = os.environ.get("WARRAQ_CORPUS") or os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "corpus"
)
CRAWL_DAY = dt.datetime(2025, 11, 16, 9, 40)  # the day the pages were "scraped"

# Articles whose body still carries scraper residue (share row or link-back
# glued into a paragraph): the gold would have to keep boilerplate, so skip.
RESIDUE_RE = re.compile(r"شارك من خلال|رابط الخبر|اكتب رأيك|جوجل بلس")

# --------------------------------------------------------------- calendars
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
EASTERN = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def parse_date(s):
    if not s:
        return None, False
    if len(s) == 10:
        return dt.datetime.strptime(s, "%Y-%m-%d"), False
    d = dt.datetime.fromisoformat(s)
    return d, True


def h12(d: dt.datetime, am="ص", pm="م") -> str:
    h = d.hour % 12 or 12
    return f"{h:02d}:{d.minute:02d} {pm if d.hour >= 12 else am}"


def relative(rng: random.Random) -> str:
    return rng.choice(
        [
            "ساعتين",
            "3 ساعات",
            "5 ساعات",
            "7 ساعات",
            "11 ساعة",
            "ساعة واحدة",
            "20 دقيقة",
            "45 دقيقة",
            "يومين",
            "3 أيام",
            "4 أيام",
        ]
    )


# --------------------------------------------------------------- articles
def load_articles(folder: str) -> dict:
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


def dev_ids(corpus: str) -> set:
    with open(os.path.join(corpus, "manifest.json"), encoding="utf-8") as fh:
        man = json.load(fh)
    return {d["article_id"] for d in man["dumps"] if d.get("article_id")}


def encodable(text: str, enc: str) -> bool:
    try:
        text.encode(enc)
        return True
    except UnicodeEncodeError:
        return False


# --------------------------------------------------------------- scoring helpers
CONTROL_RE = re.compile("[\u200b\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff\u061c]")
LIST_MARKER_RE = re.compile(r"^(?:[-–•*·▪●+٭]|\d{1,3}[.)\-–])\s+")


def norm(t: str) -> str:
    t = unicodedata.normalize("NFC", t)
    t = CONTROL_RE.sub("", t)
    t = re.sub(r"\s+", " ", t).strip()
    return LIST_MARKER_RE.sub("", t, count=1).strip()


# --------------------------------------------------------------- page
class Page:
    def __init__(self, ctx, article, style):
        self.ctx = ctx
        self.article = article
        self.style = style
        self.lines: list[str] = []
        self.blocks: list[dict] = []
        self.furniture: list[str] = []
        self.title = article["title"] if article else None
        self.outlet = article["outlet"] if article else None
        self.date = None
        self.features: list[str] = []

    def bp(self, *lines):
        for line in lines:
            self.lines.append(line)
            if line.strip():
                self.furniture.append(line)

    def blank(self, n=1):
        self.lines.extend([""] * n)

    def feat(self, name):
        if name not in self.features:
            self.features.append(name)

    def body(self, sep, inserts=None):
        """Article blocks; sep 'blank' = empty line between blocks, 'line' =
        none.  inserts maps block index -> furniture lines shown before it."""
        inserts = inserts or {}
        a = self.article
        n = len(a["paras"])
        for i, (text, kind) in enumerate(zip(a["paras"], a["kinds"])):
            if i in inserts and inserts[i]:
                self.bp(*inserts[i])
                if sep == "blank":
                    self.blank()
            self.lines.append(text)
            self.blocks.append({"kind": kind, "text": text})
            if sep == "blank" and i < n - 1:
                self.blank()

    def text(self):
        while self.lines and not self.lines[-1].strip():
            self.lines.pop()
        return "\n".join(self.lines)

    def gold(self):
        return {"title": self.title, "date": self.date, "outlet": self.outlet, "blocks": self.blocks}


class Ctx:
    def __init__(self, arts, rng):
        self.arts = arts
        self.rng = rng
        self.ids = sorted(arts)

    def _ids(self, exclude, outlets):
        return [k for k in self.ids if k != exclude and (outlets is None or self.arts[k]["outlet"] in outlets)]

    def titles(self, exclude, n, outlets=None):
        return [self.arts[k]["title"] for k in self.rng.sample(self._ids(exclude, outlets), n)]

    def picks(self, exclude, n, outlets=None):
        return [self.arts[k] for k in self.rng.sample(self._ids(exclude, outlets), n)]


def teaser(a, limit=150):
    first = a["paras"][0]
    if len(first) <= limit:
        return first[: max(40, len(first) - 25)].rsplit(" ", 1)[0] + "..."
    return first[:limit].rsplit(" ", 1)[0] + "..."


def body_slots(a, rng, k):
    """k distinct insertion points between body blocks (never before block 0,
    never just before a list item, so lists stay together)."""
    n = len(a["paras"])
    cand = [i for i in range(1, n) if a["kinds"][i] != "list_item" and a["kinds"][i - 1] != "heading"]
    if not cand:
        return []
    return sorted(rng.sample(cand, min(k, len(cand))))


def add_inserts(inserts, idx, lines):
    inserts.setdefault(idx, [])
    inserts[idx] = inserts[idx] + lines


# --------------------------------------------------------------- shared bits
GENERIC_CAPTIONS = [
    "صورة أرشيفية",
    "صورة تعبيرية",
    "من موقع الحدث",
    "جانب من الاجتماع",
    "خلال مؤتمر صحفي",
    "مشهد عام للمدينة",
    "لقطة من مقطع مصور",
    "جانب من اللقاء",
    "صورة من الأرشيف",
    "مشهد من المكان",
]
AGENCIES = ["رويترز", "أ ف ب", "أ ب", "الأناضول", "Getty Images", "EPA", "AFP", "Reuters"]
NAMES = [
    "محمد العبيدي",
    "سارة الخطيب",
    "أحمد عبد الرحمن",
    "ليلى حداد",
    "حسن الجبوري",
    "منى السيد",
    "عمر النجار",
    "ريم الأحمد",
    "يوسف الشامي",
    "هبة منصور",
    "كريم عادل",
    "نادين سليمان",
    "علي الحسيني",
    "دعاء فتحي",
    "سامر يوسف",
    "إيمان العلي",
    "مصطفى رشيد",
    "آية محمود",
]
FEMALE = {
    "سارة الخطيب",
    "ليلى حداد",
    "منى السيد",
    "ريم الأحمد",
    "هبة منصور",
    "نادين سليمان",
    "دعاء فتحي",
    "إيمان العلي",
    "آية محمود",
}


def fem(name, male, female):
    return female if name in FEMALE else male


COMMENT_TEXTS = [
    "كلام سليم ويستحق النشر، شكرا على التغطية.",
    "نريد متابعة لهذا الموضوع وعدم الاكتفاء بخبر واحد.",
    "الله يستر على البلاد والعباد",
    "أين الجهات المسؤولة من كل هذا؟",
    "تقرير ممتاز لكنه تأخر كثيرا",
    "هذا الخبر منشور قبل يومين في مواقع أخرى",
    "نتمنى أن نرى أفعالا على الأرض وليس مجرد وعود تتكرر في كل مناسبة ثم تختفي بعد أيام قليلة دون أن يتغير شيء في حياة الناس.",
    "المشكلة ليست في القرار نفسه بل في طريقة تطبيقه، والتجارب السابقة تقول إن كل شيء سيبقى على حاله ما لم تتغير الإدارة.",
    "شكرا للكاتب على هذا العرض الهادئ، وإن كنت أختلف معه في بعض التفاصيل التي ذكرها في الفقرة الأخيرة.",
    "ممتاز",
    "صح لسانك",
    "؟؟؟",
]
COMMENT_NAMES = [
    "أبو حيدر",
    "مواطن",
    "زائر",
    "Ali",
    "ابو علي",
    "سامي",
    "أم محمد",
    "Hassan",
    "عراقي حر",
    "مراقب",
    "نور",
    "محمود",
    "Ahmed_88",
]


def comments(rng, n, time_fn):
    out = []
    for name in rng.sample(COMMENT_NAMES, n):
        out += [name, time_fn(rng), rng.choice(COMMENT_TEXTS), "رد"]
        if rng.random() < 0.4:
            out.append(f"إعجاب {rng.randint(1, 40)}")
        out.append("")
    return out[:-1]


def title_block(p, rng, a, suffixes, weights=(4, 3, 3, 1)):
    """Page <title> line and h1.  Modes: suffixed page title + h1, plain page
    title + h1, h1 only, suffixed page title only."""
    mode = rng.choices(["suffix+h1", "plain+h1", "h1", "suffix_only"], weights)[0]
    suffix = rng.choice(suffixes)
    if mode.startswith("suffix"):
        p.bp(a["title"] + suffix)
        p.feat("title with site name")
        if mode == "suffix+h1":
            p.blank()
            p.bp(a["title"])
            p.feat("title repeated")
        else:
            p.feat("title only with site name")
    elif mode == "plain+h1":
        p.bp(a["title"])
        p.blank()
        p.bp(a["title"])
        p.feat("title repeated")
    else:
        p.bp(a["title"])
    return mode


def date_mode(rng, a, allow_noyear=False):
    d, _ = parse_date(a.get("date"))
    if not d:
        return "none"
    opts = ["full", "relative", "none"] + (["noyear"] if allow_noyear else [])
    w = [13, 3, 3] + ([2] if allow_noyear else [])
    return rng.choices(opts, w)[0]


def set_date(p, a, mode):
    if mode == "full":
        d, _ = parse_date(a["date"])
        p.date = d.date().isoformat()
        p.feat("date stated")
    elif mode == "relative":
        p.feat("relative time only (gold date null)")
    elif mode == "noyear":
        p.feat("date without year (gold date null)")
    else:
        p.feat("no date")


def crawl_header(fmt):
    return fmt(CRAWL_DAY)


# =============================================================== BBC Arabic
BBC_NAV = [
    "الرئيسية",
    "أخبار",
    "اقتصاد",
    "علوم",
    "صحة",
    "ثقافة وفنون",
    "رياضة",
    "إكسترا",
    "فيديو",
    "بودكاست",
    "برامج",
    "تحقيقات",
]
BBC_TOPICS = [
    "الشرق الأوسط",
    "الولايات المتحدة",
    "الصين",
    "الأمم المتحدة",
    "أوروبا",
    "كرة القدم",
    "التكنولوجيا",
    "الاقتصاد العالمي",
    "حقوق الإنسان",
    "مصر",
    "العراق",
    "سوريا",
    "إيران",
    "السعودية",
    "بريطانيا",
]
BBC_POOL = ("bbcarabic", "cnnarabic", "france24ar", "skynewsarabia")
BBC_SHARE_OLD = [
    "شارك هذه الصفحة عبر البريد الإلكتروني",
    "شارك هذه الصفحة عبر فيسبوك",
    "شارك هذه الصفحة عبر Messenger",
    "شارك هذه الصفحة عبر تويتر",
    "شارك هذه الصفحة عبر واتساب",
    "شارك هذه الصفحة عبر Linkedin",
    "هذه روابط خارجية وستفتح في نافذة جديدة",
    "إغلاق نافذة المشاركة",
]


def bbc_date(d, has_time):
    return f"{d.day} {MONTHS_EG[d.month - 1]}/ {MONTHS_LEV[d.month - 1]} {d.year}"


def style_bbc(ctx, a, rng, opt):
    p = Page(ctx, a, "bbc")
    old = rng.random() < 0.5  # 2018 page layout or the current one
    p.feat("2018 layout" if old else "current layout")
    if rng.random() < 0.7:
        p.bp("تخطى إلى المحتوى" if not old else "تجاوز إلى المحتوى الرئيسي")
        p.blank()
    p.bp("BBC News, عربي" if not old else "بي بي سي عربي")
    if rng.random() < 0.75:
        nav = ["الرئيسية"] + rng.sample(BBC_NAV[1:], rng.randint(6, 10))
        p.bp(*(nav if rng.random() < 0.6 else ["  ".join(nav)]))
        p.feat("menu")
    p.blank()
    title_block(p, rng, a, [" - BBC News عربي", " - BBC Arabic", " - بي بي سي عربي"])
    p.blank()
    mode = date_mode(rng, a)
    d, has_time = parse_date(a.get("date"))
    if mode == "full":
        if not old and rng.random() < 0.5 and a.get("author") is None:
            p.bp("كاتب المقال، " + rng.choice(NAMES), "مسمى وظيفي، بي بي سي نيوز عربي")
            p.feat("byline")
        p.bp(bbc_date(d, has_time))
        if not old and rng.random() < 0.3:
            p.bp("تم التحديث قبل " + relative(rng))
    elif mode == "relative":
        p.bp("قبل " + relative(rng))
    set_date(p, a, mode)
    if old and rng.random() < 0.8:
        p.bp("شارك")
        p.bp(*BBC_SHARE_OLD)
        p.feat("share panel")
    p.blank()

    def image():
        cap = rng.choice(GENERIC_CAPTIONS)
        src = rng.choice(["Getty Images", "Reuters", "AFP", "EPA", "BBC", "Anadolu Agency"])
        if old:
            return ["مصدر الصورة " + src, rng.choice(["Image caption ", "تعليق على الصورة "]) + cap]
        return ["صدر الصورة، " + src, "التعليق على الصورة، " + cap]

    if rng.random() < 0.7:
        p.bp(*image())
        p.blank()
        p.feat("lead photo credit + caption")
    inserts = {}
    slots = body_slots(a, rng, 3)
    if slots and rng.random() < 0.75:
        add_inserts(inserts, slots[0], image())
        p.feat("caption between paragraphs")
    if len(slots) > 1 and not old and rng.random() < 0.7:
        add_inserts(
            inserts,
            slots[1],
            [
                "تخطى البودكاست وواصل القراءة",
                "البودكاست",
                "يستحق الانتباه",
                "شرح معمق لقصة بارزة من أخبارنا، لمساعدتك على فهم أهم الأحداث حولك وأثرها على حياتك",
                "الحلقات",
                "البودكاست نهاية",
            ],
        )
        p.feat("podcast promo inside body")
    if len(slots) > 2 and rng.random() < 0.6:
        if old:
            add_inserts(inserts, slots[2], ["مواضيع قد تهمك"] + ctx.titles(a["id"], 2, BBC_POOL))
        else:
            add_inserts(
                inserts,
                slots[2],
                [
                    "تخطى منشور X وواصل القراءة",
                    "هل تسمح بعرض المحتوى من X؟",
                    "تحتوي هذه الصفحة على محتوى من موقع X. موافقتك مطلوبة قبل عرض أي مواد لأنها قد تتضمن ملفات تعريف الارتباط وغيرها من الأدوات التقنية.",
                    "قبول وإكمال",
                    "تحذير: بي بي سي غير مسؤولة عن محتوى المواقع الخارجية.",
                    "نهاية منشور X",
                ],
            )
        p.feat("related/embed box inside body")
    p.body(opt["sep"], inserts)
    p.blank()
    tail = []
    if rng.random() < 0.7:
        hdr = "مواضيع ذات صلة" if old else "موضوعات ذات صلة"
        tail.append([hdr] + rng.sample(BBC_TOPICS, rng.randint(3, 6)))
        p.feat("topic tags")
    if rng.random() < 0.7:
        hdr = rng.choice(["قصص مقترحة", "قصص ذات صلة", "المزيد حول هذه القصة"])
        box = [hdr]
        for t in ctx.picks(a["id"], rng.randint(3, 5), BBC_POOL):
            box.append(t["title"])
            if rng.random() < 0.4:
                box.append(bbc_date(parse_date(t["date"])[0], False) if t.get("date") else "قبل " + relative(rng))
        tail.append(box)
        p.feat("related stories")
    if rng.random() < 0.75:
        box = ["الأكثر قراءة"]
        split_numbers = rng.random() < 0.6
        for i, t in enumerate(ctx.titles(a["id"], rng.randint(5, 10), BBC_POOL), 1):
            box += [str(i), t] if split_numbers else [f"{i} {t}"]
        tail.append(box)
        p.feat("most read (numbered)")
    rng.shuffle(tail)
    for box in tail:
        p.bp(*box)
        p.blank()
    if rng.random() < 0.35:
        p.bp(
            "أخبرنا بموافقتك على استخدام ملفات تعريف الارتباط (الكوكيز)",
            "نستخدم الكوكيز لنقدم لك أفضل تجربة على الإنترنت. يرجى إعلامنا بموافقتك على كل ملفات تعريف الارتباط هذه.",
            "نعم، أوافق",
            "لا، خذني إلى الإعدادات",
        )
        p.blank()
        p.feat("cookie notice")
    year = d.year if d else 2018
    if old:
        p.bp(
            "بي بي سي ليست مسؤولة عن محتوى المواقع الخارجية",
            f"© {year} بي بي سي. بي بي سي ليست مسؤولة عن محتوى المواقع الخارجية. اقرأ عن طريقة تعاملنا مع الروابط الخارجية.",
        )
    else:
        p.bp(
            "لماذا يمكنك الاعتماد على بي بي سي",
            "شروط الاستخدام",
            "عن بي بي سي",
            "سياسة الخصوصية",
            "ملفات تعريف الارتباط",
            "اتصل ببي بي سي",
            "© 2025 بي بي سي. بي بي سي ليست مسؤولة عن محتوى المواقع الخارجية. سياسة التعامل مع الروابط الخارجية.",
        )
    p.feat("footer")
    return p


# =============================================================== Arab48
A48_NAV = [
    "أخبار",
    "محليات",
    "فلسطينيات",
    "إسرائيليات",
    "عربي ودولي",
    "مقالات وآراء",
    "تحليلات",
    "ثقافة وفنون",
    "فُسْحَة",
    "رياضة",
    "اقتصاد",
    "منوعات",
    "صحة",
    "تكنولوجيا",
    "مدار الساعة",
    "عرب 48 tv",
    "المشهد الإسرائيلي",
    "مجتمع",
]
A48_CREDITS = ["Getty Images", "أ ب", "أ ف ب", "وفا", "عرب 48", "رويترز", "Flash 90", "الأناضول"]


def a48_date(d, has_time):
    return f"{d.day:02d}/{d.month:02d}/{d.year}" + (f" - {d.hour:02d}:{d.minute:02d}" if has_time else "")


def style_arab48(ctx, a, rng, opt):
    p = Page(ctx, a, "arab48")
    if rng.random() < 0.45:
        p.bp(crawl_header(lambda c: f"{WEEKDAYS[c.weekday()]} {c.day} {MONTHS_EG[c.month - 1]} {c.year}"))
        p.feat("crawl date in header (not the article date)")
    p.bp("عرب 48")
    nav = ["الرئيسية"] + rng.sample(A48_NAV, rng.randint(7, 12))
    p.bp(*(nav if rng.random() < 0.5 else [" | ".join(nav)]))
    p.feat("menu")
    p.blank()
    section = rng.choice(["محليات", "عربي ودولي", "أخبار", "منوعات", "اقتصاد", "رياضة"])
    if rng.random() < 0.6:
        p.bp(section)
        p.feat("section label")
    title_block(p, rng, a, [" | عرب 48", " - عرب 48", " | موقع عرب 48"])
    p.blank()
    byline = rng.choice(["عرب ٤٨", "تحرير: عرب 48", "عرب 48 - تحرير", "وكالات", "عرب ٤٨ - تحرير"])
    p.bp(byline)
    p.feat("byline")
    mode = date_mode(rng, a)
    d, has_time = parse_date(a.get("date"))
    if mode == "full":
        p.bp(rng.choice(["تحديث: ", "", "نُشر: "]) + a48_date(d, has_time))
    elif mode == "relative":
        p.bp("تحديث: قبل " + relative(rng))
    set_date(p, a, mode)
    p.blank()
    cap = lambda: (
        f"{rng.choice(GENERIC_CAPTIONS)} ({rng.choice(['أرشيفية - ', 'توضيحية - ', ''])}{rng.choice(A48_CREDITS)})"
    )
    if rng.random() < 0.7:
        p.bp(cap())
        p.blank()
        p.feat("lead photo caption")
    inserts = {}
    slots = body_slots(a, rng, 3)
    k = 0
    for s in slots[: rng.randint(1, 2)]:
        add_inserts(inserts, s, ["اقرأ/ي أيضًا | " + ctx.titles(a["id"], 1)[0]])
        k += 1
    if k:
        p.feat("inline read-also links inside body")
    if len(slots) > 2 and rng.random() < 0.6:
        add_inserts(inserts, slots[2], [cap()])
        p.feat("caption between paragraphs")
    p.body(opt["sep"], inserts)
    p.blank()
    boxes = []
    if rng.random() < 0.6:
        boxes.append(
            [
                rng.choice(
                    [
                        "تابعوا آخر الأخبار في عرب 48 عبر قناتنا في تلغرام",
                        "تابعوا آخر الأخبار عبر تطبيق عرب 48 وقناة تلغرام",
                        "لمتابعة آخر الأخبار تابعوا حساب عرب 48 على إنستغرام",
                    ]
                )
            ]
        )
        p.feat("follow appeal")
    if rng.random() < 0.6:
        boxes.append(["شارك", "واتساب", "فيسبوك", "إكس", "تلغرام", "نسخ الرابط"][: rng.randint(3, 6)])
        p.feat("share row")
    if rng.random() < 0.7:
        box = ["المزيد من " + section]
        for t in ctx.picks(a["id"], rng.randint(3, 6)):
            box.append(t["title"])
            if rng.random() < 0.5:
                box.append(rng.choice(["عرب 48", "تحرير: عرب 48", "قبل " + relative(rng)]))
        boxes.append(box)
        p.feat("more from section")
    if rng.random() < 0.6:
        box = ["الأكثر قراءة"]
        for i, t in enumerate(ctx.titles(a["id"], 5), 1):
            box.append(f"{i}. {t}" if rng.random() < 0.5 else t)
        boxes.append(box)
        p.feat("most read")
    if rng.random() < 0.4:
        boxes.append(["اشترك في نشرة عرب 48", "أهم الأخبار والمقالات مباشرة إلى بريدك", "البريد الإلكتروني", "اشترك"])
        p.feat("newsletter")
    rng.shuffle(boxes)
    for b in boxes:
        p.bp(*b)
        p.blank()
    links = ["من نحن", "اتصل بنا", "أعلن معنا", "سياسة الخصوصية", "شروط الاستخدام"]
    p.bp(*(links if rng.random() < 0.5 else [" | ".join(links)]))
    p.bp(rng.choice(["جميع الحقوق محفوظة لموقع عرب 48 © 2025", "© 2025 عرب 48. جميع الحقوق محفوظة"]))
    p.feat("footer")
    return p


# =============================================================== Noon Post
NOON_NAV = [
    "سياسة",
    "اقتصاد",
    "مجتمع",
    "ثقافة",
    "ملفات",
    "ترجمات",
    "تحليلات",
    "حوارات",
    "رأي",
    "بودكاست",
    "فيديو",
    "نون ساينس",
    "تقارير",
    "تاريخ",
]
NOON_TAGS = [
    "الشرق الأوسط",
    "السياسة الأمريكية",
    "الاقتصاد",
    "حقوق الإنسان",
    "الخليج",
    "الربيع العربي",
    "الإعلام",
    "التكنولوجيا",
    "كرة القدم",
    "أوروبا",
    "تركيا",
    "إيران",
]


def noon_date(d, eastern):
    s = f"{d.day} {MONTHS_EG[d.month - 1]} ,{d.year}"
    return s.translate(EASTERN) if eastern else s


def pull_quote(a, rng):
    """A sentence of the article shown again as a highlighted quote."""
    cands = []
    for text, kind in zip(a["paras"], a["kinds"]):
        if kind != "paragraph":
            continue
        for s in re.split(r"(?<=[.!؟])\s+", text):
            if 45 <= len(s) <= 150 and s != text:
                cands.append(s.rstrip("."))
    if not cands:
        return None
    return "«" + rng.choice(cands) + "»"


def style_noonpost(ctx, a, rng, opt):
    p = Page(ctx, a, "noonpost")
    p.bp("نون بوست")
    if rng.random() < 0.7:
        nav = ["الرئيسية"] + rng.sample(NOON_NAV, rng.randint(6, 10)) + ["بحث", "اشترك"]
        p.bp(*(nav if rng.random() < 0.5 else [" ".join(nav)]))
        p.feat("menu")
    p.blank()
    cat = rng.choice(["ترجمات", "تقارير", "سياسة", "مجتمع", "اقتصاد", "ثقافة", "تحليلات"])
    p.bp(cat)
    p.feat("category label")
    title_block(p, rng, a, [" | نون بوست", " - نون بوست"], weights=(3, 2, 5, 1))
    p.blank()
    translated = cat == "ترجمات"
    writer = rng.choice(NAMES)
    if rng.random() < 0.8:
        p.bp(writer)
        if rng.random() < 0.5:
            p.bp(
                rng.choice(
                    [
                        fem(writer, "كاتب وباحث", "كاتبة وباحثة"),
                        fem(writer, "صحفي ومحرر", "صحفية ومحررة"),
                        fem(writer, "كاتب في نون بوست", "كاتبة في نون بوست"),
                        fem(writer, "باحث في الشؤون الدولية", "باحثة في الشؤون الدولية"),
                    ]
                )
            )
        p.feat("byline")
    mode = date_mode(rng, a)
    d, _ = parse_date(a.get("date"))
    eastern = rng.random() < 0.4
    if mode == "full":
        p.bp(noon_date(d, eastern))
        if eastern:
            p.feat("Eastern Arabic digits in date")
    elif mode == "relative":
        p.bp("منذ " + relative(rng))
    set_date(p, a, mode)
    mins = max(2, sum(len(t.split()) for t in a["paras"]) // 200)
    p.bp(rng.choice([f"وقت القراءة: {mins} دقائق", f"{mins} دقيقة قراءة", f"مدة القراءة {mins} دقيقة"]))
    p.feat("reading time")
    if rng.random() < 0.5:
        p.bp("شارك", "حفظ")
    p.blank()
    if rng.random() < 0.5:
        p.bp(rng.choice(GENERIC_CAPTIONS) + " - " + rng.choice(["Getty", "AFP", "Reuters", "AP"]))
        p.blank()
        p.feat("lead photo credit")
    inserts = {}
    slots = body_slots(a, rng, 3)
    pq = pull_quote(a, rng) if rng.random() < 0.6 else None
    if pq and slots:
        add_inserts(inserts, slots[-1], [pq])
        p.feat("pull quote repeating an article sentence")
    if len(slots) > 1 and rng.random() < 0.6:
        t = ctx.titles(a["id"], 1)[0]
        add_inserts(inserts, slots[0], [rng.choice(["اقرأ أيضًا: ", "اقرأ أيضا: "]) + t])
        p.feat("inline read-also link inside body")
    p.body(opt["sep"], inserts)
    p.blank()
    if translated or rng.random() < 0.2:
        p.bp(rng.choice(["ترجمة وتحرير: نون بوست", "ترجمة وتحرير نون بوست", "هذا المقال مترجم عن الأصل الإنجليزي"]))
        if rng.random() < 0.5:
            p.bp(
                rng.choice(
                    ["المصدر: ميدل إيست آي", "المصدر: الغارديان", "المصدر: فورين بوليسي", "المصدر: نيويورك تايمز"]
                )
            )
        p.blank()
        p.feat("translation credit")
    boxes = []
    if rng.random() < 0.7:
        tags = rng.sample(NOON_TAGS, rng.randint(3, 5))
        boxes.append(["المواضيع"] + (tags if rng.random() < 0.5 else ["  ".join(tags)]))
        p.feat("tags")
    if rng.random() < 0.5:
        boxes.append(
            [
                fem(writer, "عن الكاتب", "عن الكاتبة"),
                writer,
                fem(
                    writer,
                    "كاتب وباحث مهتم بقضايا المنطقة العربية، نشر عددا من المقالات والدراسات في صحف ومواقع عربية ودولية.",
                    "كاتبة وباحثة مهتمة بقضايا المنطقة العربية، نشرت عددا من المقالات والدراسات في صحف ومواقع عربية ودولية.",
                ),
            ]
        )
        p.feat("author bio")
    if rng.random() < 0.7:
        box = [rng.choice(["مقالات ذات صلة", "قد يعجبك أيضًا", "اقرأ المزيد"])]
        for t in ctx.picks(a["id"], rng.randint(3, 4)):
            box += [t["title"], rng.choice(NAMES)]
        boxes.append(box)
        p.feat("related articles with writers")
    if rng.random() < 0.5:
        boxes.append(
            [
                "ادعم نون بوست",
                "ساهم في استمرار صحافة مستقلة تقدم تحليلات معمقة بعيدا عن الإعلانات الموجهة.",
                "ادعمنا الآن",
            ]
        )
        p.feat("support appeal")
    if rng.random() < 0.5:
        boxes.append(
            ["اشترك في نشرة نون بوست", "ملخص أسبوعي لأهم المقالات والتحليلات", "بريدك الإلكتروني", "اشترك الآن"]
        )
        p.feat("newsletter")
    rng.shuffle(boxes)
    for b in boxes:
        p.bp(*b)
        p.blank()
    p.bp("نون بوست منصة إعلامية عربية مستقلة تقدم محتوى صحفيا معمقا يتناول قضايا السياسة والمجتمع والثقافة.")
    p.bp(*rng.sample(["عن نون بوست", "اكتب معنا", "اتصل بنا", "سياسة الخصوصية", "شروط الاستخدام"], 4))
    p.bp(rng.choice(["© 2025 نون بوست. جميع الحقوق محفوظة", "جميع الحقوق محفوظة لـ نون بوست © 2025"]))
    p.feat("footer with about blurb")
    return p


# =============================================================== Ultra Sawt
ULTRA_NET = [
    "الترا صوت",
    "الترا مصر",
    "الترا سوريا",
    "الترا تونس",
    "الترا جزائر",
    "الترا عراق",
    "الترا سودان",
    "الترا فلسطين",
    "الترا لبنان",
]
ULTRA_NAV = [
    "أخبار",
    "سياسة",
    "ثقافة",
    "مجتمع",
    "منوعات",
    "رياضة",
    "علوم",
    "اقتصاد",
    "ميديا",
    "رأي",
    "تكنولوجيا",
    "بيئة",
    "ترجمات",
    "فنون",
]
ULTRA_TAGS = [
    "الاحتلال الإسرائيلي",
    "الولايات المتحدة",
    "الاتحاد الأوروبي",
    "كرة القدم",
    "حقوق الإنسان",
    "الانتخابات",
    "الاقتصاد",
    "اللاجئين",
    "مواقع التواصل",
]


def style_ultrasawt(ctx, a, rng, opt):
    p = Page(ctx, a, "ultrasawt")
    if rng.random() < 0.6:
        p.bp(*(ULTRA_NET if rng.random() < 0.5 else [" ".join(ULTRA_NET)]))
        p.feat("network bar")
    p.bp("الترا صوت")
    nav = rng.sample(ULTRA_NAV, rng.randint(6, 10))
    p.bp(*(nav if rng.random() < 0.5 else [" ".join(nav)]))
    p.feat("menu")
    p.blank()
    title_block(p, rng, a, [" | الترا صوت", " - الترا صوت", " | Ultra Sawt"])
    p.blank()
    if rng.random() < 0.8:
        p.bp(rng.choice(["فريق التحرير", "الترا صوت - فريق التحرير", rng.choice(NAMES)]))
        p.feat("byline")
    mode = date_mode(rng, a)
    d, has_time = parse_date(a.get("date"))
    if mode == "full":
        p.bp(
            rng.choice(
                [
                    f"{d.day} {MONTHS_EG[d.month - 1]} {d.year}",
                    f"{d.year}/{d.month:02d}/{d.day:02d}",
                    f"تاريخ النشر: {d.day:02d}/{d.month:02d}/{d.year}",
                ]
            )
        )
    elif mode == "relative":
        p.bp("قبل " + relative(rng))
    set_date(p, a, mode)
    p.blank()
    cap = lambda: (
        rng.choice(["", "صورة تعبيرية ", rng.choice(GENERIC_CAPTIONS) + " "])
        + "("
        + rng.choice(["Getty", "أ.ف.ب", "رويترز", "فيسبوك", "تويتر", "AP"])
        + ")"
    )
    if rng.random() < 0.75:
        p.bp(cap())
        p.blank()
        p.feat("lead photo caption")
    inserts = {}
    slots = body_slots(a, rng, 3)
    if slots and rng.random() < 0.8:
        add_inserts(inserts, slots[0], ["اقرأ/ي أيضًا:"] + ctx.titles(a["id"], rng.randint(1, 2)))
        p.feat("read-also box inside body")
    if len(slots) > 1 and rng.random() < 0.5:
        add_inserts(inserts, slots[1], [cap()])
        p.feat("caption between paragraphs")
    p.body(opt["sep"], inserts)
    p.blank()
    if rng.random() < 0.6:
        p.bp("اقرأ/ي أيضًا:")
        p.bp(*ctx.titles(a["id"], rng.randint(2, 3)))
        p.blank()
        p.feat("read-also box after body")
    boxes = []
    if rng.random() < 0.7:
        tags = rng.sample(ULTRA_TAGS, rng.randint(2, 4))
        boxes.append(["الكلمات المفتاحية"] + tags)
        p.feat("tags")
    if rng.random() < 0.6:
        box = [rng.choice(["المزيد من الترا صوت", "ذات صلة"])]
        for t in ctx.picks(a["id"], rng.randint(3, 5)):
            box.append(t["title"])
            if rng.random() < 0.5:
                box.append(teaser(t, 120))
        boxes.append(box)
        p.feat("related with teasers")
    if rng.random() < 0.5:
        boxes.append(["الأكثر قراءة"] + ctx.titles(a["id"], 5))
        p.feat("most read")
    if rng.random() < 0.4:
        boxes.append(["اشترك في النشرة البريدية", "احصل على أبرز ما ينشره الترا صوت أسبوعيا في بريدك.", "اشترك"])
        p.feat("newsletter")
    rng.shuffle(boxes)
    for b in boxes:
        p.bp(*b)
        p.blank()
    p.bp(*["من نحن", "سياسة الخصوصية", "اتصل بنا", "أعلن معنا"][: rng.randint(2, 4)])
    p.bp(rng.choice(["© الترا صوت 2025", "جميع الحقوق محفوظة © الترا صوت 2025"]))
    p.feat("footer")
    return p


# =============================================================== Nas News
NAS_NAV = [
    "محليات",
    "سياسة",
    "أمن",
    "اقتصاد",
    "رياضة",
    "منوعات",
    "عربي ودولي",
    "تقارير",
    "فيديو",
    "مقالات",
    "صحة",
    "إقليم كردستان",
    "انفوغراف",
    "تكنولوجيا",
]


def style_nasnews(ctx, a, rng, opt):
    p = Page(ctx, a, "nasnews")
    c = CRAWL_DAY
    if rng.random() < 0.5:
        p.bp(f"{WEEKDAYS[c.weekday()]} {c.day} {MONTHS_LEV[c.month - 1]} {c.year}", "بغداد 18°")
        p.feat("crawl date + weather in header (not the article date)")
    p.bp("ناس نيوز")
    nav = ["الرئيسية"] + rng.sample(NAS_NAV, rng.randint(6, 11))
    p.bp(*(nav if rng.random() < 0.5 else ["  ".join(nav)]))
    p.feat("menu")
    if rng.random() < 0.5:
        p.bp("عاجل", "    ".join(ctx.titles(a["id"], 4)))
        p.feat("breaking-news ticker")
    p.blank()
    title_block(p, rng, a, [" - ناس نيوز", " | شبكة ناس", " - NAS News"])
    p.blank()
    mode = date_mode(rng, a, allow_noyear=True)
    d, has_time = parse_date(a.get("date"))
    t = f"{d.hour:02d}:{d.minute:02d}" if d and has_time else ""
    if mode == "full":
        p.bp(
            rng.choice(
                [
                    f"{d.year}-{d.month:02d}-{d.day:02d} {t}".strip(),
                    f"{WEEKDAYS[d.weekday()]} {d.day} {MONTHS_LEV[d.month - 1]} {d.year}",
                ]
            )
        )
    elif mode == "relative":
        p.bp("منذ " + relative(rng))
    elif mode == "noyear":
        p.bp(f"{d.day} {MONTHS_LEV[d.month - 1]}" + (f" - {t}" if t else ""))
    set_date(p, a, mode)
    if rng.random() < 0.6:
        p.bp(rng.choice([f"المشاهدات: {rng.randint(300, 9000)}", f"{rng.randint(300, 9000)} مشاهدة"]))
        p.feat("view counter")
    p.blank()
    if rng.random() < 0.6:
        p.bp(rng.choice(["بغداد - ناس", "ناس - بغداد", "بغداد – ناس", "متابعة - ناس"]))
        p.feat("dateline byline on its own line")
    inserts = {}
    slots = body_slots(a, rng, 2)
    if slots and rng.random() < 0.7:
        add_inserts(inserts, slots[0], ["اقرأ أيضاً: " + ctx.titles(a["id"], 1)[0]])
        p.feat("inline read-also link inside body")
    if len(slots) > 1 and rng.random() < 0.4:
        add_inserts(inserts, slots[1], [rng.choice(GENERIC_CAPTIONS)])
        p.feat("caption between paragraphs")
    p.body(opt["sep"], inserts)
    p.blank()
    boxes = []
    if rng.random() < 0.7:
        boxes.append(
            [
                rng.choice(
                    [
                        "تابعوا آخر الأخبار عبر قناة ناس على تلغرام",
                        "انضموا إلى قناة ناس نيوز على واتساب",
                        "تابع ناس على تلغرام",
                    ]
                )
            ]
        )
        p.feat("follow appeal")
    if rng.random() < 0.5:
        boxes.append(["مشاركة", "فيسبوك", "تويتر", "واتساب", "تلغرام"])
        p.feat("share row")
    if rng.random() < 0.7:
        box = ["أخبار ذات صلة"]
        for t2 in ctx.picks(a["id"], rng.randint(3, 5)):
            box.append(t2["title"])
        boxes.append(box)
        p.feat("related")
    if rng.random() < 0.6:
        box = ["آخر الأخبار"]
        tm = dt.datetime(2025, 11, 16, 9, 30)
        for t2 in ctx.titles(a["id"], rng.randint(4, 7)):
            tm -= dt.timedelta(minutes=rng.randint(4, 50))
            box += [f"{tm.hour:02d}:{tm.minute:02d}", t2]
        boxes.append(box)
        p.feat("latest news with times")
    if rng.random() < 0.4:
        boxes.append(["التعليقات"] + comments(rng, rng.randint(1, 3), lambda r: "منذ " + relative(r)))
        p.feat("comments")
    rng.shuffle(boxes)
    for b in boxes:
        p.bp(*b)
        p.blank()
    p.bp(" | ".join(["من نحن", "اتصل بنا", "سياسة الخصوصية"]))
    p.bp(rng.choice(["جميع الحقوق محفوظة لـ ناس نيوز © 2025", "© 2025 شبكة ناس - جميع الحقوق محفوظة"]))
    p.feat("footer")
    return p


# =============================================================== Kurdistan24
K24_LANGS = ["کوردی", "Kurmancî", "English", "Türkçe", "فارسی", "عربي"]
K24_NAV = [
    "كوردستان",
    "العراق",
    "الشرق الأوسط",
    "العالم",
    "اقتصاد",
    "رياضة",
    "ثقافة وفن",
    "تكنولوجيا",
    "صحة",
    "حوارات",
    "تقارير",
    "فيديو",
    "البث المباشر",
]
K24_TAGS = [
    "إقليم كوردستان",
    "أربيل",
    "بغداد",
    "الحكومة الاتحادية",
    "الولايات المتحدة",
    "تركيا",
    "إيران",
    "داعش",
    "النفط",
    "الانتخابات",
]


def style_kurdistan24(ctx, a, rng, opt):
    p = Page(ctx, a, "kurdistan24")
    if rng.random() < 0.7:
        p.bp(*(K24_LANGS if rng.random() < 0.5 else [" ".join(K24_LANGS)]))
        p.feat("language switcher")
    p.bp("كوردستان24")
    nav = ["الرئيسية"] + rng.sample(K24_NAV, rng.randint(6, 11))
    p.bp(*(nav if rng.random() < 0.5 else [" ".join(nav)]))
    if rng.random() < 0.5:
        p.bp("بث مباشر")
    p.feat("menu")
    p.blank()
    title_block(p, rng, a, [" - Kurdistan24", " | كوردستان24", " - كوردستان 24"])
    p.blank()
    if rng.random() < 0.6:
        p.bp(rng.choice(["كوردستان24", "كوردستان24 - أربيل", "أربيل (كوردستان24)", "كوردستان24 - متابعة"]))
        p.feat("byline")
    mode = date_mode(rng, a, allow_noyear=True)
    d, has_time = parse_date(a.get("date"))
    t = f"{d.hour:02d}:{d.minute:02d}" if d and has_time else ""
    if mode == "full":
        p.bp(f"{d.day:02d}-{d.month:02d}-{d.year}" + (f" | {t}" if t else ""))
    elif mode == "relative":
        p.bp("قبل " + relative(rng))
    elif mode == "noyear":
        p.bp(f"{d.day} {MONTHS_LEV[d.month - 1]}" + (f" | {t}" if t else ""))
    set_date(p, a, mode)
    p.blank()
    if rng.random() < 0.6:
        p.bp(rng.choice(["صورة: كوردستان24", "صورة أرشيفية", "الصورة: أ ف ب", "صورة: وكالات"]))
        p.blank()
        p.feat("photo credit")
    inserts = {}
    slots = body_slots(a, rng, 2)
    if slots and rng.random() < 0.6:
        add_inserts(inserts, slots[0], ["ذات صلة"] + ctx.titles(a["id"], rng.randint(1, 2)))
        p.feat("related box inside body")
    if len(slots) > 1 and rng.random() < 0.5:
        add_inserts(inserts, slots[1], [rng.choice(["صورة: كوردستان24", "صورة: أرشيف كوردستان24"])])
        p.feat("credit between paragraphs")
    p.body(opt["sep"], inserts)
    p.blank()
    boxes = []
    if rng.random() < 0.7:
        tags = rng.sample(K24_TAGS, rng.randint(2, 5))
        boxes.append(["الوسوم"] + (tags if rng.random() < 0.5 else ["  ".join(tags)]))
        p.feat("tags")
    if rng.random() < 0.7:
        box = ["أخبار ذات صلة"]
        for t2 in ctx.picks(a["id"], rng.randint(3, 5)):
            box.append(t2["title"])
            if rng.random() < 0.4:
                box.append("قبل " + relative(rng))
        boxes.append(box)
        p.feat("related")
    if rng.random() < 0.5:
        boxes.append(["الأكثر مشاهدة"] + ctx.titles(a["id"], 5))
        p.feat("most viewed")
    if rng.random() < 0.5:
        boxes.append(["حمّل تطبيق كوردستان24", "App Store", "Google Play"])
        p.feat("app appeal")
    rng.shuffle(boxes)
    for b in boxes:
        p.bp(*b)
        p.blank()
    p.bp(*rng.sample(["من نحن", "اتصل بنا", "سياسة الخصوصية", "الترددات", "وظائف"], 4))
    p.bp("Facebook", "X", "YouTube", "Instagram", "Telegram")
    p.bp(rng.choice(["© 2025 Kurdistan24. جميع الحقوق محفوظة", "حقوق النشر © 2025 كوردستان24"]))
    p.feat("footer")
    return p


# =============================================================== Al-Mawqea Post
MAWQEA_NAV = [
    "أخبار محلية",
    "تقارير",
    "عربي ودولي",
    "اقتصاد",
    "حقوق وحريات",
    "ترجمات",
    "تحقيقات",
    "مقالات",
    "رياضة",
    "منوعات",
    "فيديو",
    "كاريكاتير",
    "صحافة",
]


def mawqea_date(d, has_time):
    s = f"{WEEKDAYS[d.weekday()]}, {d.day:02d} {MONTHS_EG[d.month - 1]}, {d.year}"
    if has_time:
        s += " - " + h12(d, "صباحاً", "مساءً")
    return s


def style_almawqea(ctx, a, rng, opt):
    p = Page(ctx, a, "almawqea")
    if rng.random() < 0.5:
        p.bp(mawqea_date(CRAWL_DAY, False))
        p.feat("crawl date in header (not the article date)")
    p.bp("الموقع بوست")
    nav = ["الرئيسية"] + rng.sample(MAWQEA_NAV, rng.randint(6, 11))
    p.bp(*(nav if rng.random() < 0.5 else [" ".join(nav)]))
    p.feat("menu")
    p.blank()
    title_block(p, rng, a, [" - الموقع بوست", " | الموقع بوست"])
    p.blank()
    section = rng.choice(["أخبار محلية", "عربي ودولي", "ترجمات", "تقارير", "اقتصاد"])
    p.bp(
        rng.choice(
            ["الموقع بوست - خاص", "الموقع بوست - متابعة خاصة", "الموقع بوست - ترجمة خاصة", "الموقع بوست - وكالات"]
        )
    )
    p.feat("byline")
    mode = date_mode(rng, a)
    d, has_time = parse_date(a.get("date"))
    if mode == "full":
        p.bp(mawqea_date(d, has_time))
    elif mode == "relative":
        p.bp("منذ " + relative(rng))
    set_date(p, a, mode)
    p.blank()
    if rng.random() < 0.6:
        p.bp("[ " + rng.choice(GENERIC_CAPTIONS) + " ]")
        p.blank()
        p.feat("lead photo caption")
    inserts = {}
    slots = body_slots(a, rng, 2)
    if slots and rng.random() < 0.7:
        add_inserts(inserts, slots[0], [rng.choice(["اقرأ أيضاً: ", "إقرأ أيضاً: "]) + ctx.titles(a["id"], 1)[0]])
        p.feat("inline read-also link inside body")
    if len(slots) > 1 and rng.random() < 0.4:
        add_inserts(inserts, slots[1], ["[ " + rng.choice(GENERIC_CAPTIONS) + " ]"])
        p.feat("caption between paragraphs")
    p.body(opt["sep"], inserts)
    p.blank()
    if section == "ترجمات" or rng.random() < 0.25:
        p.bp("*يمكن الرجوع للمادة الأصل على الرابط هنا")
        p.blank()
        p.feat("link-to-original line")
    boxes = []
    if rng.random() < 0.6:
        boxes.append(["مشاركة الخبر:", "فيسبوك", "تويتر", "واتساب", "تيليجرام"])
        p.feat("share row")
    if rng.random() < 0.6:
        boxes.append(
            [
                "كلمات دلالية:",
                "  ".join(
                    rng.sample(
                        ["اليمن", "الحوثيين", "تعز", "عدن", "الحكومة الشرعية", "التحالف", "مأرب", "الأمم المتحدة"], 3
                    )
                ),
            ]
        )
        p.feat("tags")
    if rng.random() < 0.7:
        boxes.append(["المزيد من " + section] + ctx.titles(a["id"], rng.randint(3, 5)))
        p.feat("more from section")
    if rng.random() < 0.5:
        boxes.append(["اختيارات المحرر"] + ctx.titles(a["id"], 3))
        p.feat("editor's picks")
    if rng.random() < 0.5:
        box = ["الأكثر قراءة"]
        for t2 in ctx.picks(a["id"], 5):
            box.append(t2["title"])
        boxes.append(box)
        p.feat("most read")
    if rng.random() < 0.4:
        boxes.append(["التعليقات", "أضف تعليقك"] + comments(rng, rng.randint(1, 2), lambda r: "منذ " + relative(r)))
        p.feat("comments")
    rng.shuffle(boxes)
    for b in boxes:
        p.bp(*b)
        p.blank()
    p.bp(" - ".join(["من نحن", "اتصل بنا", "سياسة الخصوصية"]))
    p.bp("جميع الحقوق محفوظة © الموقع بوست 2025", "تصميم وبرمجة: فريق الموقع التقني")
    p.feat("footer")
    return p


# =============================================================== Al-Moheet
MOHEET_NAV = [
    "أخبار مصر",
    "عربي ودولي",
    "اقتصاد",
    "رياضة",
    "فن",
    "حوادث",
    "ثقافة",
    "منوعات",
    "المرأة",
    "صحة",
    "تكنولوجيا",
    "محافظات",
    "فيديو",
    "مقالات",
    "تقارير",
]


def moheet_date(d, has_time):
    s = f"{WEEKDAYS[d.weekday()]} {d.day:02d}/{MONTHS_EG[d.month - 1]}/{d.year}"
    if has_time:
        s += " - " + h12(d)
    return s


def style_elmoheet(ctx, a, rng, opt):
    p = Page(ctx, a, "elmoheet")
    p.bp(rng.choice(["شبكة الإعلام العربية محيط", "محيط"]))
    nav = ["الرئيسية"] + rng.sample(MOHEET_NAV, rng.randint(7, 12))
    p.bp(*(nav if rng.random() < 0.5 else [" ".join(nav)]))
    p.feat("menu")
    p.blank()
    if rng.random() < 0.5:
        p.bp("الرئيسية » " + rng.choice(["أخبار مصر", "عربي ودولي", "اقتصاد", "رياضة", "منوعات"]))
        p.feat("breadcrumb")
    title_block(p, rng, a, [" - شبكة محيط", " | محيط", " - محيط"])
    p.blank()
    author = a.get("author")
    nm = rng.choice(NAMES)
    byl = fem(nm, "كتب: ", "كتبت: ") + nm
    if author and rng.random() < 0.5:
        byl = author
    p.bp(byl)
    p.feat("byline")
    mode = date_mode(rng, a)
    d, has_time = parse_date(a.get("date"))
    if mode == "full":
        p.bp(moheet_date(d, has_time))
        upd = d + dt.timedelta(hours=1)
        if has_time and rng.random() < 0.3 and upd.date() == d.date():
            p.bp("آخر تحديث: " + moheet_date(upd, True))
    elif mode == "relative":
        p.bp("منذ " + relative(rng))
    set_date(p, a, mode)
    if rng.random() < 0.5:
        p.bp("شارك", "فيسبوك", "تويتر", "واتساب", "طباعة")
        p.feat("share row at top")
    p.blank()
    if rng.random() < 0.6:
        p.bp(rng.choice(["صورة أرشيفية", "صورة ارشيفية", "صورة تعبيرية", "أرشيفية"]))
        p.blank()
        p.feat("lead photo caption")
    inserts = {}
    slots = body_slots(a, rng, 2)
    for s in slots[: rng.randint(1, 2)]:
        add_inserts(
            inserts, s, [rng.choice(["اقرأ أيضا: ", "اقرأ أيضًا.. ", "طالع أيضا: "]) + ctx.titles(a["id"], 1)[0]]
        )
        p.feat("inline read-also links inside body")
    p.body(opt["sep"], inserts)
    p.blank()
    boxes = []
    if rng.random() < 0.6:
        boxes.append(["موضوعات متعلقة"] + ctx.titles(a["id"], rng.randint(3, 4)))
        p.feat("related")
    if rng.random() < 0.5:
        boxes.append(
            [
                "الكلمات الدالة",
                "  ".join(
                    rng.sample(
                        [
                            "مصر",
                            "القاهرة",
                            "الحكومة",
                            "البرلمان",
                            "كرة القدم",
                            "الأهلي",
                            "الزمالك",
                            "الدولار",
                            "أسعار الذهب",
                        ],
                        3,
                    )
                ),
            ]
        )
        p.feat("tags")
    if rng.random() < 0.5:
        box = ["الأكثر قراءة"]
        for i, t2 in enumerate(ctx.titles(a["id"], 5), 1):
            box.append(f"{i}- {t2}" if rng.random() < 0.3 else t2)
        boxes.append(box)
        p.feat("most read")
    if rng.random() < 0.4:
        boxes.append(["أضف تعليق", "الاسم", "البريد الإلكتروني", "التعليق", "إرسال"])
        p.feat("comment form")
    rng.shuffle(boxes)
    for b in boxes:
        p.bp(*b)
        p.blank()
    p.bp(*rng.sample(["من نحن", "اتصل بنا", "هيئة التحرير", "سياسة الخصوصية", "أعلن معنا"], 4))
    p.bp(rng.choice(["جميع الحقوق محفوظة لشبكة محيط © 2025", "© 2025 شبكة الإعلام العربية محيط"]))
    p.feat("footer")
    return p


STYLES = {
    "bbc": style_bbc,
    "arab48": style_arab48,
    "noonpost": style_noonpost,
    "ultrasawt": style_ultrasawt,
    "nasnews": style_nasnews,
    "kurdistan24": style_kurdistan24,
    "almawqea": style_almawqea,
    "elmoheet": style_elmoheet,
}
SITE_NAMES = {
    "bbc": "BBC Arabic (bbc.com/arabic)",
    "arab48": "Arab48 (arab48.com)",
    "noonpost": "Noon Post (noonpost.com)",
    "ultrasawt": "Ultra Sawt (ultrasawt.com)",
    "nasnews": "Nas News, Iraq (nasnews.com)",
    "kurdistan24": "Kurdistan24 Arabic (kurdistan24.net/ar)",
    "almawqea": "Al-Mawqea Post, Yemen (almawqeapost.net)",
    "elmoheet": "Al-Moheet, Egypt (elmoheet.com)",
}


# =============================================================== no-article pages
def page_404(ctx, rng):
    p = Page(ctx, None, "404")
    p.bp(*K24_LANGS)
    p.bp("كوردستان24")
    p.bp(*(["الرئيسية"] + rng.sample(K24_NAV, 9)))
    p.blank()
    p.bp(
        "404",
        "عذراً، الصفحة التي تحاول الوصول إليها غير موجودة",
        "ربما تم حذف الصفحة أو تغيير عنوانها، يمكنك البحث عن الموضوع أو العودة إلى الصفحة الرئيسية.",
        "العودة إلى الرئيسية",
    )
    p.blank()
    p.bp("آخر الأخبار")
    for t in ctx.titles("", 6):
        p.bp(t, "قبل " + relative(rng))
    p.blank()
    p.bp("من نحن", "اتصل بنا", "سياسة الخصوصية", "© 2025 Kurdistan24. جميع الحقوق محفوظة")
    p.feat("all-boilerplate 404 page (Kurdistan24 furniture)")
    return p


def page_index(ctx, rng):
    p = Page(ctx, None, "index")
    p.bp("شبكة الإعلام العربية محيط")
    p.bp(" ".join(["الرئيسية"] + rng.sample(MOHEET_NAV, 10)))
    p.blank()
    p.bp("الرئيسية » عربي ودولي", "عربي ودولي")
    p.blank()
    for t in ctx.picks("", 8):
        p.bp(t["title"])
        d, has_time = parse_date(t.get("date"))
        if d:
            p.bp(moheet_date(d, has_time))
        p.bp(teaser(t, 160))
        p.bp("اقرأ المزيد")
        p.blank()
    p.bp("« السابق  1  2  3  4  5 ...  التالي »")
    p.blank()
    p.bp("جميع الحقوق محفوظة لشبكة محيط © 2025")
    p.feat("all-boilerplate section index (Al-Moheet furniture): headlines, dates, teasers")
    return p


# =============================================================== file-level damage
def hard_wrap(text: str, width: int) -> str:
    out = []
    for line in text.split("\n"):
        if len(line) > width:
            chunks = textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False)
            assert norm(" ".join(chunks)) == norm(line)
            out.extend(chunks)
        else:
            out.append(line)
    return "\n".join(out)


def insert_marks(text: str, rng: random.Random, marks: list[str]) -> str:
    out = []
    for line in text.split("\n"):
        if line.strip() and rng.random() < 0.45:
            chars = list(line)
            for _ in range(rng.randint(1, 3)):
                pos = rng.randint(1, max(1, len(chars) - 1))
                chars.insert(pos, rng.choice(marks))
            line = "".join(chars)
        out.append(line)
    if rng.random() < 0.5:
        out.insert(min(3, len(out)), "".join(rng.sample(marks, min(2, len(marks)))))
    return "\n".join(out)


# =============================================================== build
MUST_HAVE = [  # hard cases in the article text itself
    ("AL-technology-24-20180204", "bullet list items (•) and subheading"),
    ("okaz-45a841d0ab", "a column made only of '••' list items"),
    ("AL-economy-535-20180508", "dash list items and #hashtags in prose"),
    ("alyaum-ee8a83cd9b", "interview: 'اقرأ' / 'تقرأ' mid-sentence, answers open with 'ـ'"),
    ("okaz-592c62d89f", "'شارك' mid-sentence and five subheadings"),
    ("AL-culture-76-20180220", "quoted letters (paragraphs opening with a quotation mark), title starting with 'اقرأ'"),
    ("FR-internationalNews-1355-20180521", "quotation paragraphs, 'شارك'/'تابع' in prose"),
    ("CN-technology-90-20180419", "nine short subheadings"),
]
BBC_MUST = [("BB-internationalNews-1016-20180831", "dash list items and a question subheading")]


def choose_articles(arts, rng, dev):
    free = {k: a for k, a in arts.items() if k not in dev and not RESIDUE_RE.search(a["body"])}
    bbc_pool = sorted(k for k, a in free.items() if a["outlet"] == "bbcarabic")
    other_pool = sorted(k for k, a in free.items() if a["outlet"] != "bbcarabic")
    notes = {}
    bbc = [k for k, _ in BBC_MUST]
    notes.update(dict(BBC_MUST))
    bbc += rng.sample([k for k in bbc_pool if k not in bbc], 6 - len(bbc))
    rng.shuffle(bbc)
    must = [k for k, _ in MUST_HAVE]
    notes.update(dict(MUST_HAVE))
    rest = rng.sample([k for k in other_pool if k not in must], 42 - len(must))
    others = must + rest
    rng.shuffle(others)
    return bbc, others, notes


def build(corpus: str, out_dir: str) -> list[dict]:
    rng = random.Random(SEED)
    arts = load_articles(os.path.join(corpus, "articles"))
    dev = dev_ids(corpus)
    ctx = Ctx(arts, rng)
    bbc, others, notes = choose_articles(arts, rng, dev)
    order = ["bbc", "arab48", "noonpost", "ultrasawt", "nasnews", "kurdistan24", "almawqea", "elmoheet"]
    plan = [("bbc", k) for k in bbc]
    for i, style in enumerate(order[1:]):
        plan += [(style, k) for k in others[6 * i : 6 * i + 6]]
    assert len(plan) == 48 and len({k for _, k in plan}) == 48

    # ---- file-level variations, spread by the seed
    n = len(plan)
    idx = list(range(n))
    cp_idx = []
    for style in ("nasnews", "almawqea", "elmoheet"):
        c = [
            i
            for i in idx
            if plan[i][0] == style and encodable(arts[plan[i][1]]["title"] + arts[plan[i][1]]["body"], "cp1256")
        ]
        cp_idx.append(rng.choice(c))
    utf_idx = [i for i in idx if i not in cp_idx]
    bom_idx = rng.sample(utf_idx, 4)
    crlf_idx = rng.sample(idx, 7)
    marks_idx = rng.sample(idx, 8)
    wrap_idx = rng.sample(idx, 7)

    dumps_dir = os.path.join(out_dir, "dumps")
    gold_dir = os.path.join(out_dir, "gold")
    for folder in (dumps_dir, gold_dir):
        if os.path.isdir(folder):
            shutil.rmtree(folder)
        os.makedirs(folder)

    manifest = []
    specials = [("404", None), ("index", None), ("empty", None)]
    for num, (style, art_id) in enumerate(plan + specials, start=1):
        i = num - 1
        a = arts.get(art_id) if art_id else None
        sep = "line"
        width = None
        if style in STYLES:
            if i in wrap_idx:
                sep = "blank"
                width = rng.choice([70, 72, 76, 78, 80])
                longest_heading = max([len(t) for t, k in zip(a["paras"], a["kinds"]) if k == "heading"] + [0])
                width = max(width, longest_heading + 2)
            else:
                sep = rng.choice(["blank", "blank", "line"])
            page = STYLES[style](ctx, a, rng, {"sep": sep})
            if art_id in notes:
                page.feat("hard case in text: " + notes[art_id])
        elif style == "404":
            page = page_404(ctx, rng)
        elif style == "index":
            page = page_index(ctx, rng)
        else:
            page = Page(ctx, None, "empty")
            page.feat("whitespace-only file")

        # ---- sanity: no furniture line may equal a gold block or the title
        gold_norm = {norm(b["text"]) for b in page.blocks}
        for f in page.furniture:
            assert norm(f) not in gold_norm, (num, f)

        if style == "empty":
            text = " \n\n\t\n   \n"
        else:
            text = page.text()
            if style in STYLES:
                page.features.append(f"paragraph separation: {'hard-wrapped at ' + str(width) if width else sep}")
        if width:
            text = hard_wrap(text, width)
        encoding = "cp1256" if i in cp_idx else ("utf-8-sig" if i in bom_idx else "utf-8")
        if i in marks_idx:
            marks = ["\u200f", "\u200e"] if encoding == "cp1256" else ["\u200f", "\u200e", "\u200b", "\u200b", "\u061c"]
            text = insert_marks(text, rng, marks)
            page.features.append(
                "invisible marks inside lines ("
                + ", ".join(
                    {"\u200f": "RLM", "\u200e": "LRM", "\u200b": "ZWSP", "\u061c": "ALM"}[m]
                    for m in dict.fromkeys(marks)
                )
                + ")"
            )
        if i in crlf_idx:
            text = text.replace("\n", "\r\n")
            page.features.append("CRLF line endings")
        if encoding == "utf-8-sig":
            page.features.append("UTF-8 byte order mark")
        if encoding == "cp1256":
            page.features.append("Windows-1256 encoding")
        slug = a["outlet"] if a else style
        stem = f"{num:03d}_{style}_{slug}"
        data = text.encode(encoding)
        with open(os.path.join(dumps_dir, stem + ".txt"), "wb") as fh:
            fh.write(data)
        with open(os.path.join(gold_dir, stem + ".json"), "w", encoding="utf-8", newline="\n") as fh:
            json.dump(page.gold(), fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        manifest.append(
            {
                "dump": stem + ".txt",
                "style": style,
                "site": SITE_NAMES.get(style),
                "article_id": a["id"] if a else None,
                "article_outlet": a["outlet"] if a else None,
                "encoding": encoding,
                "line_endings": "crlf" if i in crlf_idx else "lf",
                "features": page.features,
                "gold_blocks": len(page.blocks),
                "gold_headings": sum(1 for b in page.blocks if b["kind"] == "heading"),
                "gold_list_items": sum(1 for b in page.blocks if b["kind"] == "list_item"),
                "gold_date": page.date,
            }
        )
    with open(os.path.join(out_dir, "manifest.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(
            {
                "seed": SEED,
                "set": "heldout19",
                "styles": SITE_NAMES,
                "excluded_dev_article_ids": sorted(dev),
                "dumps": manifest,
            },
            fh,
            ensure_ascii=False,
            indent=1,
        )
        fh.write("\n")
    return manifest


def load_score(path):
    spec = importlib.util.spec_from_file_location("heldout_score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def self_check(out_dir: str) -> dict:
    """Render every gold file as cleaned Markdown with score.py's renderer,
    read it back with score.py's Markdown reader, and score it."""
    score = load_score(os.path.join(out_dir, "score.py"))
    gold_dir = os.path.join(out_dir, "gold")
    md_dir = os.path.join(out_dir, "selfcheck")
    if os.path.isdir(md_dir):
        shutil.rmtree(md_dir)
    os.makedirs(md_dir)
    per = {}
    for name in sorted(os.listdir(gold_dir)):
        if not name.endswith(".json"):
            continue
        with open(os.path.join(gold_dir, name), encoding="utf-8") as fh:
            g = json.load(fh)
        with open(os.path.join(md_dir, name[:-5] + ".md"), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(score.render_markdown(g))
        per[name[:-5]] = score.score_pair(score.parse_gold(g), score.load_output(md_dir, name[:-5], False, False))
    total = score.summarize(per)
    bad = [
        k
        for k, v in per.items()
        if not (
            v["f1"] == 1.0
            and v["title_correct"]
            and v["date_correct"]
            and v["headings_matched"] == v["headings_gold"] == v["headings_output"]
        )
    ]
    total["failed_files"] = bad
    return total


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Build held-out test set 19 (dumps, gold, manifest).")
    ap.add_argument("out_dir")
    ap.add_argument("--corpus", default=DEFAULT_CORPUS)
    args = ap.parse_args(argv)
    os.makedirs(args.out_dir, exist_ok=True)
    manifest = build(args.corpus, args.out_dir)
    shutil.copyfile(os.path.join(args.corpus, "score.py"), os.path.join(args.out_dir, "score.py"))
    total = self_check(args.out_dir)
    print(
        f"wrote {len(manifest)} dumps to {args.out_dir} "
        f"({sum(1 for m in manifest if m['article_id'])} articles, 3 without an article)"
    )
    print(
        "self-check (gold rendered as Markdown vs gold): files=%d micro_f1=%.3f macro_f1=%.3f "
        "line_f1=%.3f title_acc=%.3f heading_f1=%.3f date_acc=%.3f failed=%d"
        % (
            total["files"],
            total["micro_f1"],
            total["macro_f1"],
            total["line_f1"],
            total["title_accuracy"],
            total["heading_f1"],
            total["date_accuracy"],
            len(total["failed_files"]),
        )
    )
    return 0 if not total["failed_files"] else 1


if __name__ == "__main__":
    sys.exit(main())
