#!/usr/bin/env python3
"""Sixth site family for the Warraq dump cleaner (set f).

Each dump wraps the real body of one article from articles/*.jsonl that no
development dump uses (neither as its own article nor as a title or first
paragraph quoted in a dev dump), in page furniture written for this set in
the manner of eight Arabic news sites that the development corpus does not
imitate: Al-Dustour (Jordan), Al-Manar (Lebanon), Al-Wafd (Egypt), Al-Nilin
(Sudan), Lusail (Qatar), Al-Wasat (Libya), Hawar News (Syria) and El Bilad
(Algeria); 48 articles, plus a 404 page, a section index and an empty file.
Written by a helper who read neither the cleaner's code nor the other sets,
as a held-out set; first measured on 2026-11-27 (cleaner at 1b09c83: body
P 0.950 R 0.956, titles 1.000, headings F1 0.890).

    python3 tests/heldout/make_sites_f.py OUT_DIR   # writes OUT_DIR/dumps, OUT_DIR/gold, OUT_DIR/manifest.json

Deterministic: fixed seed 6066; standard library only.
"""

from __future__ import annotations

import datetime as dt
import glob
import json
import os
import random
import re
import sys
import textwrap

SEED = 6066
HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.environ.get("WARRAQ_CORPUS") or os.path.join(HERE, "..", "..", "..", "shared", "corpus")
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "corpus")

# ------------------------------------------------------------ calendars
WEEKDAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
WEEKDAYS_DZ = ["الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
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
EASTERN = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def hijri(d: dt.date) -> tuple[int, int, int]:
    """Arithmetic Islamic calendar (civil epoch); page furniture only."""
    jdn = d.toordinal() + 1721425
    l = jdn - 1948440 + 10632
    n = (l - 1) // 10631
    l = l - 10631 * n + 354
    j = ((10985 - l) // 5316) * ((50 * l) // 17719) + (l // 5670) * ((43 * l) // 15238)
    l = l - ((30 - j) // 15) * ((17719 * j) // 50) - (j // 16) * ((15238 * j) // 43) + 29
    m = (24 * l) // 709
    day = l - (709 * m) // 24
    year = 30 * n + j - 30
    return year, m, day


def h12(d: dt.datetime) -> str:
    h = d.hour % 12 or 12
    return f"{h:02d}:{d.minute:02d} {'ص' if d.hour < 12 else 'م'}"


def fmt(d: dt.datetime, style: str) -> str:
    wd, m, y = WEEKDAYS[d.weekday()], d.month - 1, d.year
    if style == "lev":  # الأحد 15 نيسان 2018
        return f"{wd} {d.day} {M_LEV[m]} {y}"
    if style == "lev_dual":  # 15 نيسان/أبريل 2018
        return f"{d.day} {M_LEV[m]}/{M_EG[m]} {y}"
    if style == "lev_time":  # الثلاثاء 02 أيار 2018 - 09:48
        return f"{wd} {d.day:02d} {M_LEV[m]} {y} - {d.hour:02d}:{d.minute:02d}"
    if style == "eg":  # الأحد، 15 أبريل 2018 - 02:31 م
        return f"{wd}، {d.day:02d} {M_EG[m]} {y} - {h12(d)}"
    if style == "eg_comma":  # الأحد , 15 أبريل 2018 14:31
        return f"{wd} , {d.day} {M_EG[m]} {y} {d.hour:02d}:{d.minute:02d}"
    if style == "dz":  # الجمعة 14 أفريل 2017 - 14:59
        return f"{WEEKDAYS_DZ[d.weekday()]} {d.day} {M_DZ[m]} {y} - {d.hour:02d}:{d.minute:02d}"
    if style == "dz_short":  # 14 أفريل 2017
        return f"{d.day} {M_DZ[m]} {y}"
    if style == "hijri":  # الثلاثاء 22 شعبان 1439 هـ - 08 مايو 2018
        hy, hm, hd = hijri(d.date())
        return f"{wd} {hd} {M_HIJRI[hm - 1]} {hy} هـ - {d.day:02d} {M_EG[m]} {y}"
    if style == "num_slash":  # 2018/08/31
        return f"{y}/{d.month:02d}/{d.day:02d}"
    if style == "num_dmy":  # 08/05/2018 11:29 ص
        return f"{d.day:02d}/{d.month:02d}/{y} {h12(d)}"
    if style == "num_dot":  # 19.04.2018 - 17:19
        return f"{d.day:02d}.{d.month:02d}.{y} - {d.hour:02d}:{d.minute:02d}"
    if style == "iso_time":  # 2018-09-25 15:18:27
        return f"{y}-{d.month:02d}-{d.day:02d} {d.hour:02d}:{d.minute:02d}:{d.second:02d}"
    if style == "wp":  # أغسطس 31، 2018
        return f"{M_EG[m]} {d.day}، {y}"
    if style == "eastern":  # ٣١ أغسطس ٢٠١٨
        return f"{d.day} {M_EG[m]} {y}".translate(EASTERN)
    if style == "noyear_eg":  # 15 أبريل | 14:31
        return f"{d.day} {M_EG[m]} | {d.hour:02d}:{d.minute:02d}"
    if style == "noyear_lev":  # الثلاثاء 2 أيار
        return f"{wd} {d.day} {M_LEV[m]}"
    if style == "noyear_dz":
        return f"{d.day} {M_DZ[m]} على الساعة {d.hour:02d}:{d.minute:02d}"
    raise ValueError(style)


def parse_date(s):
    if not s:
        return None
    if len(s) == 10:
        return dt.datetime.strptime(s, "%Y-%m-%d")
    return dt.datetime.fromisoformat(s)


def relative(rng) -> str:
    return rng.choice(
        [
            "منذ ساعتين",
            "منذ 3 ساعات",
            "منذ 5 ساعات",
            "منذ 9 ساعات",
            "منذ يوم",
            "قبل يومين",
            "منذ 4 أيام",
            "منذ أسبوع",
            "منذ 20 دقيقة",
            "قبل 6 ساعات",
            "منذ 11 ساعة",
        ]
    )


# ------------------------------------------------------------ articles
def load_articles():
    arts = {}
    for path in sorted(glob.glob(os.path.join(SHARED, "articles", "*.jsonl"))):
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    a = json.loads(line)
                    a["paras"] = a["body"].split("\n\n")
                    a["kinds"] = a.get("block_kinds") or ["paragraph"] * len(a["paras"])
                    arts[a["id"]] = a
    return arts


INVIS_RE = re.compile("[\u200b\u200c\u200d\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff\u061c\u00ad]")


def read_dump(path: str) -> str:
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        t = raw.decode("utf-8")
    except UnicodeDecodeError:
        t = raw.decode("cp1256")
    return t.replace("\r\n", "\n").replace("\r", "\n")


def eligible_ids(arts) -> list[str]:
    """Articles that no dev dump uses or quotes (title or first paragraph)."""
    man = json.load(open(os.path.join(SHARED, "manifest.json"), encoding="utf-8"))
    used = {d["article_id"] for d in man["dumps"] if d.get("article_id")}
    dev = "\n".join(INVIS_RE.sub("", read_dump(p)) for p in sorted(glob.glob(os.path.join(SHARED, "dumps", "*.txt"))))
    dev_flat = re.sub(r"\s+", " ", dev)
    out = []
    for k, a in sorted(arts.items()):
        if k in used:
            continue
        first = re.sub(r"\s+", " ", a["paras"][0])
        if a["title"] in dev or a["title"] in dev_flat or first[:60] in dev_flat:
            continue
        out.append(k)
    return out


# ------------------------------------------------------------ page model
class Page:
    def __init__(self, a):
        self.a = a
        self.lines: list[str] = []
        self.furn: list[str] = []
        self.blocks: list[dict] = []
        self.title = a["title"] if a else None
        self.outlet = a["outlet"] if a else None
        self.date = None
        self.features: list[str] = []

    def bp(self, *lines):
        for l in lines:
            self.lines.append(l)
            if l.strip() and l.strip() != (self.title or ""):
                self.furn.append(l)

    def title_line(self, t):
        self.lines.append(t)

    def blank(self, n=1):
        self.lines.extend([""] * n)

    def content(self, kind, text, shown_lines):
        self.lines.extend(shown_lines)
        self.blocks.append({"kind": kind, "text": text})

    def gold(self):
        return {"title": self.title, "date": self.date, "outlet": self.outlet, "blocks": self.blocks}


class Ctx:
    def __init__(self, arts, pool, rng):
        self.arts, self.pool, self.rng = arts, pool, rng

    def heads(self, n):
        return [self.arts[k]["title"] for k in self.rng.sample(self.pool, n)]

    def head_teasers(self, n, limit=140):
        out = []
        for k in self.rng.sample(self.pool, n):
            a = self.arts[k]
            first = a["paras"][0]
            t = first if len(first) <= limit else first[:limit].rsplit(" ", 1)[0] + "..."
            out.append((a["title"], t))
        return out


# ------------------------------------------------------------ shared furniture (our wording)
CAPTION_TEXT = [
    "صورة أرشيفية",
    "جانب من الجلسة",
    "صورة تعبيرية",
    "من مكان الحدث",
    "خلال المؤتمر الصحفي",
    "لقطة من الفيديو",
    "مشهد عام من المدينة",
    "من الاجتماع الأخير",
    "في صورة من الأرشيف",
]
CREDITS = [
    "(رويترز)",
    "(أ ف ب)",
    "(أرشيف)",
    "- الإنترنت",
    "(وكالات)",
    "(أسوشيتد برس)",
    "- AFP",
    "/ Getty Images",
    "(إي بي إيه)",
]
COMMENT_NAMES = [
    "أبو خالد",
    "سلمى",
    "محمد الطاهر",
    "Hamza",
    "قارئ متابع",
    "رامي ع.",
    "أم أحمد",
    "sami_88",
    "ود البلد",
    "نادية",
    "عبد الرحمن",
    "Youcef DZ",
    "مغترب",
    "ابن البلد",
    "Lina",
]
COMMENT_TEXTS = [
    "كلام في الصميم، نتمنى أن نرى تطبيقاً حقيقياً على الأرض.",
    "الخبر ناقص، لم تذكروا المصدر الأصلي للمعلومات.",
    "والله تعبنا من هذه الأخبار كل يوم نفس الكلام",
    "شكرا للموقع على المتابعة الدقيقة",
    "أين الرقابة؟ سؤال بسيط ولا أحد يجيب عليه منذ سنوات.",
    "مقال ممتاز ويستحق القراءة أكثر من مرة",
    "لا تعليق...",
    "ننتظر الأيام القادمة لنعرف الحقيقة كاملة، التصريحات وحدها لا تكفي والناس فقدت الثقة بكثير من الوعود السابقة.",
    "هل من رابط للتقرير الكامل؟",
    "تحية للكاتب على هذا الطرح الموضوعي",
]
EMBED_NAMES = [
    ("Reem Haddad", "reem_hd"),
    ("سامي الخطيب", "samikhatib"),
    ("News Desk", "newsdesk_ar"),
    ("مرصد الأخبار", "marsad_news"),
]


def code(rng, n=10):
    return "".join(rng.choice("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(n))


def caption(rng):
    return f"{rng.choice(CAPTION_TEXT)} {rng.choice(CREDITS)}"


def comments(rng, n, name_fmt, time_fmt, reply=None):
    out = []
    for name in rng.sample(COMMENT_NAMES, n):
        out.append(name_fmt.format(name=name))
        out.append(time_fmt.format(t=relative(rng)))
        out.append(rng.choice(COMMENT_TEXTS))
        if reply:
            out.append(reply)
    return out


def tweet_embed(rng, d):
    name, handle = rng.choice(EMBED_NAMES)
    text = rng.choice(
        [
            "لحظة وصول الوفد، والمزيد من التفاصيل خلال ساعات",
            "متابعة مستمرة للتطورات على الأرض #عاجل",
            "الصور الأولى من الموقع",
        ]
    )
    return [text + " pic.twitter.com/" + code(rng), f"— {name} (@{handle}) {M_EN[d.month - 1]} {d.day}, {d.year}"]


def insta_embed(rng):
    name, handle = rng.choice(EMBED_NAMES)
    return ["عرض هذا المنشور على Instagram", f"منشور شاركه {name} (@{handle})"]


def standfirst(a, limit=95):
    """A summary line under the title (meta-description style): the start of
    the first paragraph cut at a word and ended with an ellipsis, so it never
    equals an article line."""
    first = a["paras"][0]
    return first[:limit].rsplit(" ", 1)[0].rstrip("،,.:") + "…"


# ------------------------------------------------------------ body writer
def write_body(p: Page, rng, opt, inserts=None, glue_first="", list_insert=None):
    """Article blocks in order.  inserts: {index: [furniture lines]} written
    before block index.  list_insert: a furniture line placed between two
    list items (a related link inside the article's own list)."""
    a = p.a
    inserts = dict(inserts or {})
    sep = opt.get("sep", "blank")
    split_left = opt.get("split", 0)
    n = len(a["paras"])
    li_pos = None
    if list_insert:
        idx = [i for i, k in enumerate(a["kinds"]) if k == "list_item"]
        cand = [i for i in idx[1:] if a["kinds"][i - 1] == "list_item"]
        if cand:
            li_pos = rng.choice(cand)
    for i, (text, kind) in enumerate(zip(a["paras"], a["kinds"])):
        if i in inserts:
            p.bp(*inserts[i])
            if sep == "blank":
                p.blank()
        if i == li_pos:
            p.bp(list_insert)
            if sep == "blank":
                p.blank()
        shown = [text]
        if i == 0 and glue_first:
            shown = [glue_first + text]
        elif split_left and kind == "paragraph" and len(text) > 180 and i > 0:
            sp = [m.start() for m in re.finditer(" ", text)]
            mid = min(sp, key=lambda x: abs(x - len(text) // 2 + rng.randint(-30, 30)))
            shown = [text[:mid], text[mid + 1 :]]
            split_left -= 1
        p.content(kind, text, shown)
        if sep == "blank" and i < n - 1:
            p.blank()


def mid_index(p, rng, lo=2):
    n = len(p.a["paras"])
    if n <= lo + 1:
        return None
    return rng.randint(lo, n - 1)


def put_date(p, d, style, opt, rng):
    """Returns the date line (or None).  Sets gold date only for full dates."""
    mode = opt.get("date", "full")
    if d is None or mode == "none":
        return None
    if mode == "relative":
        return relative(rng)
    if mode == "noyear":
        return fmt(d, opt.get("noyear_style", "noyear_eg"))
    p.date = d.date().isoformat()
    return fmt(d, style)


def nav(items, mode, rng, k=None):
    items = [items[0]] + rng.sample(items[1:], k or min(len(items) - 1, rng.randint(7, 11)))
    if mode == "lines":
        return items
    if mode == "pipes":
        return [" | ".join(items)]
    if mode == "tabs":
        return ["\t".join(items)]
    if mode == "dash":
        return [" - ".join(items)]
    if mode == "dots":
        return [" • ".join(items)]
    return ["  ".join(items)]


# ------------------------------------------------------------ site 1: Al-Dustour (Jordan)
DUSTOUR_NAV = [
    "الرئيسية",
    "محليات",
    "عربي ودولي",
    "اقتصاد",
    "رياضة",
    "ثقافة",
    "كتّاب الدستور",
    "الدستور الرقمي",
    "الملحق الثقافي",
    "مال وأعمال",
    "شباب وجامعات",
    "ملفات",
    "المحافظات",
    "رأي الدستور",
    "كاريكاتير",
    "وفيات",
]


def site_dustour(ctx, a, rng, opt):
    p = Page(a)
    d = parse_date(a.get("date"))
    date_line = put_date(p, d, opt.get("date_style", "lev"), opt, rng)
    if opt.get("suffix_date") and p.date:
        p.bp(f"{a['title']} - الدستور - {d.day:02d}/{d.month:02d}/{d.year}")
    else:
        p.bp(a["title"] + " - جريدة الدستور الأردنية")
    p.blank()
    if opt.get("edition"):
        p.bp("عمان - الخميس 16 تشرين الأول 2025", "العدد الورقي  |  الأرشيف  |  PDF")
        p.blank()
    p.bp(*nav(DUSTOUR_NAV, opt.get("nav", "pipes"), rng))
    p.blank()
    if opt.get("ticker"):
        p.bp("عاجل", " ... ".join(ctx.heads(3)))
        p.blank()
    p.bp("الرئيسية » " + rng.choice(["عربي ودولي", "محليات", "ثقافة", "اقتصاد"]))
    p.blank()
    p.title_line(a["title"])
    if opt.get("columnist"):
        p.bp("بقلم: د. هشام الرواشدة", "كاتب وباحث أردني", "مقالات أخرى للكاتب")
    else:
        p.bp(rng.choice(["عمان - الدستور", "عمان - ليث الحمدان", "الدستور - وكالات", "عمان – رنا القضاة"]))
    if date_line:
        p.bp(("نشر في: " if rng.random() < 0.5 else "") + date_line)
    p.blank()
    p.bp("طباعة  |  أرسل لصديق  |  حفظ  |  A+  |  A-")
    p.blank()
    glue = caption(rng) if opt.get("glue_caption") else ""
    if not glue:
        p.bp(caption(rng))
        p.blank()
    inserts = {}
    k = mid_index(p, rng)
    if opt.get("related_mid") and k:
        inserts[k] = ["اقرأ أيضاً :"] + ctx.heads(2)
    write_body(p, rng, opt, inserts, glue_first=glue)
    p.blank()
    p.bp(
        "كلمات مفتاحية : "
        + " ، ".join(rng.sample(["الأردن", "الحكومة", "مجلس النواب", "عمان", "الاقتصاد", "العرب", "العالم"], 3))
    )
    p.blank()
    if opt.get("comments"):
        p.bp(f"التعليقات ({opt['comments']})")
        p.bp(*comments(rng, opt["comments"], "{name}", "{t}"))
        p.bp("أضف تعليقك", "الاسم *", "البريد الإلكتروني *", "نص التعليق *", "إرسال")
        p.blank()
    if opt.get("most_read"):
        p.bp("الأكثر مشاهدة")
        p.bp(*ctx.heads(opt["most_read"]))
        p.blank()
    p.bp("عن الدستور | هيئة التحرير | الاشتراكات | أعلن لدى الدستور | اتصل بنا")
    p.bp(f"حقوق النشر محفوظة لجريدة الدستور الأردنية {d.year if d else 2015} ©")
    return p


# ------------------------------------------------------------ site 2: Al-Manar (Lebanon)
MANAR_NAV = [
    "الرئيسية",
    "أخبار لبنان",
    "فلسطين المحتلة",
    "العالم العربي",
    "دولي",
    "اقتصاد",
    "رياضة",
    "تكنولوجيا",
    "صحة",
    "فيديو",
    "برامج المنار",
    "البث المباشر",
    "مقالات",
]


def site_manar(ctx, a, rng, opt):
    p = Page(a)
    d = parse_date(a.get("date"))
    date_line = put_date(p, d, opt.get("date_style", "lev_time"), opt, rng)
    p.bp(a["title"] + " - موقع قناة المنار - لبنان")
    p.blank()
    p.bp("البث المباشر", "المنار", "ع | EN | FR | ES")
    p.blank()
    p.bp(*nav(MANAR_NAV, opt.get("nav", "lines"), rng))
    p.blank()
    if opt.get("ticker"):
        p.bp("عاجل")
        for h in ctx.heads(2):
            p.bp(h)
        p.blank()
    p.bp(rng.choice(["دولي", "العالم العربي", "أخبار عاجلة", "تقارير"]))
    p.title_line(a["title"])
    if date_line:
        p.bp(date_line)
    if opt.get("rel_too"):
        p.bp(relative(rng))
    p.blank()
    if opt.get("standfirst"):
        p.bp(standfirst(a))
        p.blank()
    p.bp(caption(rng))
    p.blank()
    inserts = {}
    k = mid_index(p, rng)
    if opt.get("embed") and k and p.date:
        inserts[k] = tweet_embed(rng, d)
    elif opt.get("video_mid") and k:
        inserts[k] = ["▶ فيديو | " + ctx.heads(1)[0], "02:47"]
    write_body(p, rng, opt, inserts)
    p.blank()
    p.bp(rng.choice(["المصدر: وكالات", "المصدر: موقع المنار + وكالات", "المصدر: وكالة الأنباء الفرنسية"]))
    p.blank()
    if opt.get("hashtags"):
        p.bp(
            " ".join(
                "#" + t for t in rng.sample(["لبنان", "المقاومة", "فلسطين", "إيران", "سوريا", "أمريكا", "العالم"], 3)
            )
        )
        p.blank()
    p.bp("شارك", "Facebook", "X", "WhatsApp", "Telegram")
    p.blank()
    p.bp("مواضيع متعلقة")
    for h, t in ctx.head_teasers(opt.get("related", 3)):
        p.bp(h, t)
    p.blank()
    if opt.get("videos"):
        p.bp("أحدث الفيديوهات")
        for h in ctx.heads(3):
            p.bp(h, f"0{rng.randint(1, 9)}:{rng.randint(10, 59)}")
        p.blank()
    p.bp(f"جميع الحقوق محفوظة لموقع قناة المنار © {d.year if d else 2015}", "تصميم وتطوير: قسم المعلوماتية في المنار")
    return p


# ------------------------------------------------------------ site 3: Al-Wafd (Egypt)
WAFD_NAV = [
    "الرئيسية",
    "أخبار مصر",
    "حوادث",
    "رياضة",
    "اقتصاد",
    "فن",
    "محافظات",
    "برلمان",
    "عرب وعالم",
    "المرأة",
    "دين وحياة",
    "سياحة",
    "تكنولوجيا",
    "الوفد بي دي إف",
    "مقالات الرأي",
]


def site_wafd(ctx, a, rng, opt):
    p = Page(a)
    d = parse_date(a.get("date"))
    date_line = put_date(p, d, opt.get("date_style", "eg"), opt, rng)
    p.bp(a["title"] + " | بوابة الوفد الإلكترونية")
    p.blank()
    p.bp("بوابة الوفد الإلكترونية", "رئيس مجلس الإدارة", "د. عماد الدين فؤاد", "رئيس التحرير", "أحمد الشاذلي")
    p.blank()
    p.bp(*nav(WAFD_NAV, opt.get("nav", "spaces"), rng))
    p.blank()
    if opt.get("ticker"):
        p.bp("عاجل : " + ctx.heads(1)[0])
        p.blank()
    p.title_line(a["title"])
    p.blank()
    p.bp(rng.choice(["كتب - محمد عادل", "كتبت - نرمين سامي", "كتب: أحمد سمير", "وكالات"]))
    if date_line:
        p.bp(date_line)
    p.blank()
    p.bp(caption(rng))
    p.blank()
    inserts = {}
    k = mid_index(p, rng)
    if opt.get("related_mid") and k:
        inserts[k] = ["اقرأ أيضًا.. " + ctx.heads(1)[0]]
    k2 = mid_index(p, rng)
    if opt.get("also_mid") and k2 and k2 != k:
        inserts[k2] = ["طالع أيضًا: " + ctx.heads(1)[0]]
    write_body(p, rng, opt, inserts)
    p.blank()
    p.bp("تابع أحدث الأخبار عبر تطبيق جوجل نيوز")
    p.blank()
    if opt.get("tags"):
        p.bp(
            "الكلمات الدالة", *rng.sample(["مصر", "القاهرة", "الحكومة", "كرة القدم", "محمد صلاح", "الدوري", "عاجل"], 3)
        )
        p.blank()
    if opt.get("fb_comments"):
        p.bp("تعليقات فيس بوك", "0 تعليق", "ترتيب حسب", "الأقدم", "أضف تعليقًا...", "مكوّن التعليقات من فيسبوك")
        p.blank()
    if opt.get("most_read"):
        p.bp("الأكثر قراءة")
        for i, h in enumerate(ctx.heads(opt["most_read"]), 1):
            p.bp(f"{i}- {h}")
        p.blank()
    p.bp("من نحن - اتصل بنا - سياسة الخصوصية - إعلن معنا - خريطة الموقع")
    p.bp(f"جميع حقوق النشر محفوظة لبوابة الوفد © {d.year if d else 2015}")
    return p


# ------------------------------------------------------------ site 4: Al-Nilin (Sudan)
NILIN_NAV = [
    "الرئيسية",
    "أخبار السودان",
    "سياسية",
    "اقتصادية",
    "رياضة",
    "منوعات",
    "أعمدة ومقالات",
    "أخبار عالمية",
    "جريمة",
    "فيديو",
    "صحة",
    "تقنية",
]


def site_nilin(ctx, a, rng, opt):
    p = Page(a)
    d = parse_date(a.get("date"))
    date_line = put_date(p, d, opt.get("date_style", "wp"), opt, rng)
    p.bp(a["title"] + " - النيلين")
    p.blank()
    p.bp("النيلين", "موقع سوداني إخباري شامل يتجدد على مدار الساعة")
    p.blank()
    p.bp(*nav(NILIN_NAV, opt.get("nav", "lines"), rng))
    p.blank()
    p.bp("الرئيسية / " + rng.choice(["أخبار عالمية", "منوعات", "أخبار السودان"]))
    p.title_line(a["title"])
    if date_line:
        p.bp(date_line)
    p.bp(rng.choice(["الخرطوم: النيلين", "بواسطة: عمر الطيب", "النيلين - متابعات"]))
    p.blank()
    glue = caption(rng) + " " if opt.get("glue_caption") else ""
    inserts = {}
    write_body(
        p,
        rng,
        opt,
        inserts,
        glue_first=glue,
        list_insert=("• اقرأ كذلك: " + ctx.heads(1)[0]) if opt.get("list_insert") else None,
    )
    p.blank()
    p.bp(rng.choice(["المصدر: وكالات", "صحيفة اليوم التالي", "النيلين"]))
    p.blank()
    p.bp(
        "شارك هذا الموضوع:",
        "اضغط لتشارك على فيسبوك (تفتح نافذة جديدة)",
        "اضغط لتشارك على تويتر (تفتح نافذة جديدة)",
        "اضغط لتشارك على واتساب (تفتح نافذة جديدة)",
    )
    p.blank()
    p.bp("يعجبني هذا:", "أعجبني", "جاري التحميل...")
    p.blank()
    p.bp("ذات صلة")
    for h in ctx.heads(3):
        p.bp(
            h, f"في {rng.randint(1, 28)} {rng.choice(M_EG)}", f'في "{rng.choice(["منوعات", "أخبار عالمية", "سياسية"])}"'
        )
    p.blank()
    if opt.get("comments"):
        p.bp(f"{opt['comments']} تعليقات")
        p.bp(*comments(rng, opt["comments"], "{name} يقول:", "{t}", reply="رد"))
        p.blank()
    p.bp(
        "اترك تعليقاً",
        "بريدك الإلكتروني لن يظهر للعامة، والحقول المطلوبة عليها علامة *",
        "التعليق",
        "الاسم *",
        "البريد الإلكتروني *",
        "إرسال التعليق",
    )
    p.blank()
    p.bp(f"© {d.year if d else 2015} النيلين - جميع الحقوق محفوظة")
    return p


# ------------------------------------------------------------ site 5: Lusail (Qatar)
LUSAIL_NAV = [
    "الرئيسية",
    "اقتصاد محلي",
    "أسواق",
    "بنوك وتأمين",
    "طاقة",
    "عقارات",
    "شركات",
    "تكنولوجيا",
    "اقتصاد عالمي",
    "مقالات",
    "رياضة",
    "منوعات",
    "لوسيل TV",
]


def market(rng):
    def chg():
        return f"{rng.choice(['▲', '▼'])} {rng.uniform(0.05, 1.9):.2f}%"

    return [
        "بورصة قطر",
        f"{rng.uniform(8500, 10500):,.2f}",
        chg(),
        "برنت",
        f"{rng.uniform(60, 80):.2f}",
        chg(),
        "الذهب",
        f"{rng.uniform(1180, 1340):,.2f}",
        chg(),
    ]


def site_lusail(ctx, a, rng, opt):
    p = Page(a)
    d = parse_date(a.get("date"))
    date_line = put_date(p, d, opt.get("date_style", "hijri"), opt, rng)
    if opt.get("cookie_top"):
        p.bp(
            "يستخدم موقعنا ملفات الكوكيز لتقديم محتوى يلائم اهتماماتك. بمواصلة التصفح فأنت توافق على سياسة الاستخدام.",
            "قبول",
            "المزيد",
        )
        p.blank()
    p.bp(a["title"] + " | صحيفة لوسيل")
    p.blank()
    if opt.get("market"):
        p.bp(*market(rng))
        p.blank()
    p.bp("لوسيل", "صحيفة اقتصادية يومية")
    p.bp(*nav(LUSAIL_NAV, opt.get("nav", "tabs"), rng))
    p.blank()
    p.title_line(a["title"])
    p.blank()
    if opt.get("author_box"):
        p.bp("سامح طه", "محرر في قسم الأسواق", "@sameh_taha")
    else:
        p.bp(rng.choice(["الدوحة - لوسيل", "لوسيل - وكالات", "الدوحة - محمد الكبيسي"]))
    if date_line:
        p.bp(date_line)
    p.bp("حجم الخط", "A+", "A-")
    p.blank()
    if opt.get("standfirst"):
        p.bp(standfirst(a))
        p.blank()
    p.bp(caption(rng))
    p.blank()
    inserts = {}
    k = mid_index(p, rng)
    if opt.get("related_mid") and k:
        inserts[k] = ["مواد ذات علاقة"] + ctx.heads(2)
    write_body(
        p, rng, opt, inserts, list_insert=("- اقرأ أيضا: " + ctx.heads(1)[0]) if opt.get("list_insert") else None
    )
    p.blank()
    p.bp("مشاركة :", "فيسبوك تويتر لينكدإن واتساب البريد")
    p.blank()
    if opt.get("newsletter"):
        p.bp(
            "النشرة الاقتصادية اليومية", "سجّل بريدك لتصلك أهم أخبار الأسواق كل صباح", "البريد الإلكتروني", "اشترك الآن"
        )
        p.blank()
    if opt.get("most_read"):
        p.bp("الأكثر قراءة")
        for i, h in enumerate(ctx.heads(opt["most_read"]), 1):
            p.bp(str(i), h)
        p.blank()
    p.bp("عن لوسيل", "اتصل بنا", "الشروط والأحكام", "سياسة الخصوصية", "الإعلانات")
    p.bp(f"جميع الحقوق محفوظة © {d.year if d else 2015} لوسيل")
    if opt.get("cookie_bottom"):
        p.blank()
        p.bp("نحن نستخدم ملفات تعريف الارتباط لضمان حصولك على أفضل تجربة على موقعنا.", "موافق")
    return p


# ------------------------------------------------------------ site 6: Al-Wasat (Libya)
WASAT_NAV = [
    "الرئيسية",
    "ليبيا",
    "عربي",
    "دولي",
    "اقتصاد",
    "رياضة",
    "ثقافة وفنون",
    "علوم وتكنولوجيا",
    "صحة",
    "منوعات",
    "الوسط TV",
    "صحيفة الوسط",
    "بودكاست",
]


def site_wasat(ctx, a, rng, opt):
    p = Page(a)
    d = parse_date(a.get("date"))
    date_line = put_date(p, d, opt.get("date_style", "num_dot"), opt, rng)
    p.bp(a["title"] + " | بوابة الوسط")
    p.blank()
    p.bp("بوابة الوسط", "الأحد 20 أكتوبر 2025")
    p.bp(*nav(WASAT_NAV, opt.get("nav", "tabs"), rng))
    p.blank()
    p.bp("الرئيسية / " + rng.choice(["علوم وتكنولوجيا", "منوعات", "دولي"]))
    p.blank()
    p.title_line(a["title"])
    p.bp(rng.choice(["القاهرة - بوابة الوسط", "بوابة الوسط | وكالات", "بنغازي - بوابة الوسط"]))
    if date_line:
        p.bp(("نشر في: " if p.date else "") + date_line)
    if opt.get("updated") and d:
        upd = d + dt.timedelta(hours=rng.randint(2, 30))
        p.bp("آخر تحديث: " + fmt(upd, "num_dot"))
    p.blank()
    cap = (
        f"({rng.choice(['صورة تعبيرية', 'أرشيفية', 'صورة من الإنترنت'])}: {rng.choice(['AFP', 'الإنترنت', 'رويترز'])})"
    )
    glue = cap if opt.get("glue_caption") else ""
    if not glue:
        p.bp(rng.choice(CAPTION_TEXT), cap)
        p.blank()
    inserts = {}
    k = mid_index(p, rng)
    if opt.get("podcast_mid") and k:
        inserts[k] = ["بودكاست الوسط", "حلقة جديدة: " + ctx.heads(1)[0], "استمع الآن", "24:10"]
    write_body(
        p,
        rng,
        opt,
        inserts,
        glue_first=glue,
        list_insert=("• اقرأ أيضا: " + ctx.heads(1)[0]) if opt.get("list_insert") else None,
    )
    p.blank()
    p.bp("تابعوا آخر الأخبار عبر قناة بوابة الوسط على تليغرام")
    p.blank()
    if opt.get("insta"):
        p.bp(*insta_embed(rng))
        p.blank()
    p.bp("أخبار ذات صلة")
    for h in ctx.heads(opt.get("related", 4)):
        p.bp(h, relative(rng))
    p.blank()
    if opt.get("video"):
        p.bp("الوسط TV", "شاهد: " + ctx.heads(1)[0], f"0{rng.randint(1, 9)}:{rng.randint(10, 59)}")
        p.blank()
    if opt.get("cookie"):
        p.bp("هذا الموقع يستخدم ملفات تعريف الارتباط (الكوكيز) لتحسين خدماته.", "أوافق", "لا أوافق")
        p.blank()
    p.bp("من نحن\tاتصل بنا\tأعلن معنا\tشروط الاستخدام")
    p.bp(f"© {d.year if d else 2015} بوابة الوسط. جميع الحقوق محفوظة")
    return p


# ------------------------------------------------------------ site 7: Hawar News (ANHA, Syria)
HAWAR_NAV = [
    "الرئيسية",
    "أخبار",
    "شمال وشرق سوريا",
    "سوريا",
    "الشرق الأوسط",
    "العالم",
    "المرأة",
    "اقتصاد",
    "ثقافة وفن",
    "ملفات",
    "تقارير",
    "حوارات",
    "فيديو",
]


def site_hawar(ctx, a, rng, opt):
    p = Page(a)
    d = parse_date(a.get("date"))
    date_line = put_date(p, d, opt.get("date_style", "iso_time"), opt, rng)
    p.bp(a["title"] + " - ANHA")
    p.blank()
    p.bp("Kurdî | English | Türkçe | عربي | Русский | Deutsch")
    p.bp("وكالة أنباء هاوار")
    p.blank()
    p.bp(*nav(HAWAR_NAV, opt.get("nav", "lines"), rng))
    p.blank()
    if opt.get("ticker"):
        p.bp("آخر الأخبار: " + "  ◄  ".join(ctx.heads(3)))
        p.blank()
    p.title_line(a["title"])
    if date_line:
        p.bp(date_line)
    p.blank()
    p.bp(rng.choice(["مركز الأخبار", "قامشلو", "الحسكة", "منبج"]))
    p.blank()
    p.bp(caption(rng))
    p.blank()
    inserts = {}
    k = mid_index(p, rng)
    if opt.get("related_mid") and k:
        inserts[k] = ["ذات صلة:", ctx.heads(1)[0]]
    write_body(
        p, rng, opt, inserts, list_insert=("- اقرأ أيضاً: " + ctx.heads(1)[0]) if opt.get("list_insert") else None
    )
    p.bp(rng.choice(["(ح م)", "(ع أ/ ر ح)", "(م ش)", "(ك/ أ ب)"]))
    p.blank()
    p.bp("وسوم: " + " - ".join(rng.sample(["سوريا", "العراق", "اليمن", "إيران", "تركيا", "الشرق الأوسط"], 3)))
    p.blank()
    p.bp("يمكنكم متابعة أخبار الوكالة عبر قناتنا على تيليغرام")
    p.blank()
    p.bp("مواضيع أخرى")
    for h in ctx.heads(opt.get("related", 4)):
        p.bp(h)
    p.blank()
    if opt.get("videos"):
        p.bp("فيديو", *ctx.heads(2))
        p.blank()
    p.bp(f"© ANHA {d.year if d else 2015} - جميع الحقوق محفوظة لوكالة أنباء هاوار")
    return p


# ------------------------------------------------------------ site 8: El Bilad (Algeria)
BILAD_NAV = [
    "الرئيسية",
    "الوطني",
    "سياسة",
    "اقتصاد",
    "مجتمع",
    "رياضة",
    "دولي",
    "ثقافة",
    "رأي",
    "فيديو",
    "البلاد TV",
    "منوعات",
    "Français",
]


def site_bilad(ctx, a, rng, opt):
    p = Page(a)
    d = parse_date(a.get("date"))
    if d and len(a.get("date") or "") == 10:
        d = d.replace(hour=rng.randint(8, 22), minute=rng.randint(0, 59))
    date_line = put_date(p, d, opt.get("date_style", "dz"), opt, rng)
    if opt.get("cookie"):
        p.bp(
            "Ce site utilise des cookies pour améliorer votre expérience. En poursuivant la navigation, vous acceptez leur utilisation.",
            "J'accepte",
            "En savoir plus",
        )
        p.blank()
    p.bp(a["title"] + " - البلاد.نت")
    p.blank()
    p.bp("البلاد.نت", "الجزائر")
    p.bp(*nav(BILAD_NAV, opt.get("nav", "dash"), rng))
    p.blank()
    if opt.get("ticker"):
        p.bp("عاجل", ctx.heads(1)[0])
        p.blank()
    p.title_line(a["title"])
    p.blank()
    p.bp(rng.choice(["سارة. ب", "البلاد.نت - وكالات", "ر. حميد", "البلاد.نت - أمينة ع"]))
    if date_line:
        p.bp(date_line)
    p.blank()
    p.bp("مشاركة", "Facebook 0", "Twitter 0", "WhatsApp")
    p.blank()
    inserts = {}
    k = mid_index(p, rng)
    if opt.get("related_mid") and k:
        inserts[k] = ["اقرأ أيضا: " + ctx.heads(1)[0]]
    write_body(
        p, rng, opt, inserts, list_insert=("- اقرأ أيضا: " + ctx.heads(1)[0]) if opt.get("list_insert") else None
    )
    p.blank()
    p.bp("مقالات ذات صلة")
    for h, t in ctx.head_teasers(3, 120):
        p.bp(h, t)
    p.blank()
    if opt.get("comments"):
        p.bp(f"تعليقات ({opt['comments']})")
        p.bp(*comments(rng, opt["comments"], "{name}", "{t}"))
        p.bp("أضف تعليقك", "إرسال")
        p.blank()
    if opt.get("most_read"):
        p.bp("الأكثر قراءة", *ctx.heads(opt["most_read"]), "الأكثر تعليقا")
        p.blank()
    p.bp(f"© البلاد.نت {d.year if d else 2015} - كل الحقوق محفوظة")
    return p


# ------------------------------------------------------------ pages without an article
def page_404(ctx, rng):
    p = Page(None)
    p.bp("الصفحة غير موجودة | بوابة الوسط")
    p.blank()
    p.bp(*nav(WASAT_NAV, "lines", rng))
    p.blank()
    p.bp(
        "خطأ 404",
        "عفواً، لم نعثر على الصفحة المطلوبة",
        "يبدو أن الرابط الذي اتبعته معطّل أو أن الصفحة نُقلت إلى عنوان آخر.",
        "ابحث في الموقع",
        "عودة إلى الصفحة الرئيسية",
    )
    p.blank()
    p.bp("الأكثر قراءة")
    for h in ctx.heads(5):
        p.bp(h, relative(rng))
    p.blank()
    p.bp("من نحن\tاتصل بنا\tأعلن معنا\tشروط الاستخدام", "© 2018 بوابة الوسط. جميع الحقوق محفوظة")
    p.features.append("all-boilerplate 404")
    return p


def page_index(ctx, rng):
    p = Page(None)
    p.bp("الوطني - البلاد.نت")
    p.blank()
    p.bp(*nav(BILAD_NAV, "dash", rng))
    p.blank()
    p.bp("الوطني")
    p.blank()
    for h, t in ctx.head_teasers(8, 150):
        day = rng.randint(1, 28)
        p.bp(h, f"{day} {rng.choice(M_DZ)} 2017", t, "التفاصيل")
        p.blank()
    p.bp("« السابق  1  2  3  4  ...  التالي »")
    p.blank()
    p.bp("© البلاد.نت 2017 - كل الحقوق محفوظة")
    p.features.append("all-boilerplate section index")
    return p


# ------------------------------------------------------------ file-level variations
SITES = {
    "dustour": site_dustour,
    "manar": site_manar,
    "wafd": site_wafd,
    "nilin": site_nilin,
    "lusail": site_lusail,
    "wasat": site_wasat,
    "hawar": site_hawar,
    "bilad": site_bilad,
}
SITE_NAMES = {
    "dustour": "Al-Dustour (Jordan, addustour.com)",
    "manar": "Al-Manar (Lebanon, almanar.com.lb)",
    "wafd": "Al-Wafd (Egypt, alwafd.news)",
    "nilin": "Al-Nilin (Sudan, alnilin.com)",
    "lusail": "Lusail (Qatar, lusailnews.net)",
    "wasat": "Al-Wasat (Libya, alwasat.ly)",
    "hawar": "Hawar News / ANHA (Syria, hawarnews.com)",
    "bilad": "El Bilad (Algeria, elbilad.net)",
}

ARABIC = "\u0621-\u064a"


def hard_wrap(text: str, width: int) -> str:
    out = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
            continue
        out.extend(
            textwrap.wrap(
                line, width, break_long_words=False, break_on_hyphens=False, expand_tabs=False, replace_whitespace=False
            )
        )
    return "\n".join(out)


def add_invisibles(text: str, rng) -> str:
    out = []
    for line in text.split("\n"):
        spots = [m.start() + 1 for m in re.finditer(f"[{ARABIC}](?=[{ARABIC}])", line)]
        if spots and rng.random() < 0.45:
            for pos in sorted(rng.sample(spots, min(len(spots), rng.randint(1, 2))), reverse=True):
                line = line[:pos] + rng.choice(["\u200c", "\u200f", "\u200c"]) + line[pos:]
        out.append(line)
    return "\n".join(out)


def encode(text: str, enc: str) -> bytes:
    if enc == "cp1256":
        return "".join(ch for ch in text if _enc_ok(ch)).encode("cp1256")
    return text.encode(enc)


def _enc_ok(ch):
    try:
        ch.encode("cp1256")
        return True
    except UnicodeEncodeError:
        return False


# ------------------------------------------------------------ plan
# (site, article id, options, file tweaks)
PLAN = [
    # Al-Dustour (Jordan): Levantine months
    ("dustour", "AL-culture-76-20180220", dict(ticker=True, related_mid=True, comments=2, most_read=5), {}),
    (
        "dustour",
        "AL-culture-4-20180218",
        dict(date_style="lev_dual", glue_caption=True, nav="lines"),
        dict(enc="cp1256"),
    ),
    ("dustour", "AL-culture-309-20180422", dict(columnist=True, edition=True, most_read=6), dict(wrap=72)),
    ("dustour", "BB-economy-140-20180523", dict(sep="line", suffix_date=True, date="full", related_mid=True), {}),
    ("dustour", "BB-economy-157-20180605", dict(date="relative", split=2, comments=3, ticker=True), {}),
    (
        "dustour",
        "FR-internationalNews-8-20180218",
        dict(suffix_date=True, nav="dots", glue_caption=True, most_read=4),
        {},
    ),
    # Al-Manar (Lebanon)
    ("manar", "FR-internationalNews-1037-20180502", dict(embed=True, hashtags=True, videos=True), {}),
    ("manar", "alwatan-f7b0c05ad8", dict(split=2, ticker=True, rel_too=True, nav="pipes"), {}),
    ("manar", "AL-internationalNews-756-20180402", dict(sep="line", standfirst=True, date_style="lev"), {}),
    (
        "manar",
        "BB-internationalNews-217-20180323",
        dict(video_mid=True, videos=True, date="noyear", noyear_style="noyear_lev"),
        dict(crlf=True),
    ),
    ("manar", "CN-middleEast-1530-20181014", dict(embed=True, standfirst=True, related=4, rel_too=True), {}),
    ("manar", "FR-internationalNews-330-20180308", dict(hashtags=True, ticker=True, date_style="lev"), {}),
    # Al-Wafd (Egypt): Egyptian months
    ("wafd", "CN-sport-37-20180224", dict(related_mid=True, most_read=5, fb_comments=True, tags=True), {}),
    ("wafd", "CN-sport-124-20180319", dict(also_mid=True, ticker=True, date_style="eg_comma"), dict(wrap=80)),
    ("wafd", "CN-sport-229-20180418", dict(related_mid=True, also_mid=True, date="noyear", nav="pipes"), {}),
    ("wafd", "alwatan-2de657bef6", dict(fb_comments=True, most_read=6), dict(invis=True)),
    ("wafd", "aawsat-3fec9b41b3", dict(related_mid=True, tags=True, split=2), dict(bom=True)),
    ("wafd", "SK-sport-1046-20180507", dict(sep="line", most_read=4, ticker=True), {}),
    # Al-Nilin (Sudan): WordPress
    ("nilin", "SK-internationalNews-2823-20180724", dict(comments=3), dict(crlf=True)),
    ("nilin", "BB-internationalNews-958-20180811", dict(sep="line", date_style="num_slash", glue_caption=True), {}),
    (
        "nilin",
        "BB-internationalNews-1016-20180831",
        dict(list_insert=True, split=2, comments=2, date_style="eastern"),
        {},
    ),
    ("nilin", "alweeam-f56cf717fb", dict(glue_caption=True, comments=4, nav="spaces"), {}),
    ("nilin", "aawsat-fb878940ee", dict(date="none"), dict(invis=True)),
    ("nilin", "3alyoum-3d61ab6813", dict(comments=5, sep="line"), {}),
    # Lusail (Qatar): Hijri + Gregorian, numeric
    ("lusail", "AL-economy-535-20180508", dict(list_insert=True, market=True, split=1, newsletter=True), {}),
    ("lusail", "aljazirah-964f432b12", dict(sep="line", author_box=True, most_read=5, date_style="num_dmy"), {}),
    ("lusail", "aleqtisadiya-c273fb7590", dict(market=True, related_mid=True, cookie_top=True), {}),
    ("lusail", "okaz-592c62d89f", dict(standfirst=True, newsletter=True, most_read=4), dict(wrap=96)),
    ("lusail", "alriyadh-f102920df8", dict(related_mid=True, cookie_bottom=True, nav="lines"), {}),
    ("lusail", "CN-economy-245-20180903", dict(market=True, date="relative", most_read=5), dict(crlf=True)),
    # Al-Wasat (Libya): numeric dates with dots
    ("wasat", "AL-technology-24-20180204", dict(list_insert=True, podcast_mid=True, updated=True), dict(wrap=88)),
    ("wasat", "CN-technology-90-20180419", dict(video=True, cookie=True, date_style="eg"), {}),
    ("wasat", "SK-technology-678-20180515", dict(glue_caption=True, insta=True, updated=True), dict(invis=True)),
    ("wasat", "SK-technology-1119-20180717", dict(podcast_mid=True, date="relative", nav="lines"), {}),
    ("wasat", "SK-technology-1501-20180929", dict(sep="line", video=True, cookie=True), {}),
    ("wasat", "AL-technology-228-20180507", dict(glue_caption=True, related=5, date_style="eg"), {}),
    # Hawar News (Syria)
    ("hawar", "alwatan-012ef7ca38", dict(ticker=True, related_mid=True, date="none"), {}),
    ("hawar", "alyaum-37673ed393", dict(videos=True, date="relative"), dict(invis=True)),
    ("hawar", "alwatan-36e51343dc", dict(sep="line", list_insert=True), {}),
    ("hawar", "FR-internationalNews-1251-20180515", dict(date_style="lev_time", related_mid=True, nav="pipes"), {}),
    ("hawar", "SK-middleEast-1987-20180527", dict(ticker=True, videos=True, date_style="lev"), dict(wrap=64)),
    ("hawar", "BB-middleEast-1052-20181002", dict(related=3), {}),
    # El Bilad (Algeria): Maghrebi month names
    ("bilad", "JA-internationalNews-641-20170405", dict(cookie=True, comments=2, most_read=4), {}),
    ("bilad", "JA-society-559-20170309", dict(split=2, related_mid=True, date_style="dz_short"), {}),
    ("bilad", "JA-technology-7-20161222", dict(ticker=True, date="noyear", noyear_style="noyear_dz"), {}),
    ("bilad", "JA-sport-1197-20170515", dict(cookie=True, most_read=5), dict(enc="cp1256")),
    ("bilad", "JA-sport-1008-20170411", dict(sep="line", related_mid=True, comments=3), {}),
    ("bilad", "JA-localNews-3949-20170512", dict(nav="lines", ticker=True), dict(crlf=False)),
]


def main():
    rng = random.Random(SEED)
    arts = load_articles()
    elig = eligible_ids(arts)
    chosen = [row[1] for row in PLAN]
    assert len(set(chosen)) == len(chosen) == 48, "need 48 distinct articles"
    bad = [k for k in chosen if k not in elig]
    assert not bad, f"articles used by the dev corpus: {bad}"
    pool = [k for k in elig if k not in set(chosen)]
    ctx = Ctx(arts, pool, rng)

    dumps_dir, gold_dir = os.path.join(OUT, "dumps"), os.path.join(OUT, "gold")
    for folder in (dumps_dir, gold_dir):
        os.makedirs(folder, exist_ok=True)
        for name in os.listdir(folder):
            os.remove(os.path.join(folder, name))

    specs = [(s, k, o, f) for s, k, o, f in PLAN] + [
        ("404", None, {}, {}),
        ("index", None, {}, {}),
        ("empty", None, {}, {}),
    ]
    manifest = []
    for n, (site, art_id, opt, tweaks) in enumerate(specs, start=1):
        a = arts[art_id] if art_id else None
        if site in SITES:
            page = SITES[site](ctx, a, rng, opt)
        elif site == "404":
            page = page_404(ctx, rng)
        elif site == "index":
            page = page_index(ctx, rng)
        else:
            page = Page(None)
            page.features.append("empty file")
        text = "\n".join(page.lines)
        feats = list(page.features)
        if tweaks.get("wrap"):
            text = hard_wrap(text, tweaks["wrap"])
            feats.append(f"hard-wrapped at {tweaks['wrap']} columns")
        if tweaks.get("invis"):
            text = add_invisibles(text, rng)
            feats.append("ZWNJ and RLM inside words")
        if opt.get("split"):
            feats.append("paragraphs split over two lines")
        if opt.get("sep") == "line":
            feats.append("no blank lines between paragraphs")
        if a and "heading" in a["kinds"]:
            feats.append("subheadings")
        if a and "list_item" in a["kinds"]:
            feats.append("list items")
        if tweaks.get("crlf"):
            text = text.replace("\n", "\r\n")
            feats.append("CRLF line endings")
        enc = tweaks.get("enc", "utf-8")
        if tweaks.get("bom"):
            enc = "utf-8-sig"
            feats.append("UTF-8 byte order mark")
        if enc == "cp1256":
            (a["title"] + a["body"]).encode("cp1256")  # content must survive unchanged
            feats.append("Windows-1256 encoding")
        slug = a["outlet"] if a else site
        stem = f"{n:03d}_{site}_{slug}"
        with open(os.path.join(dumps_dir, stem + ".txt"), "wb") as fh:
            fh.write(encode(text, enc) if text else b"")
        with open(os.path.join(gold_dir, stem + ".json"), "w", encoding="utf-8", newline="\n") as fh:
            json.dump(page.gold(), fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        manifest.append(
            {
                "dump": stem + ".txt",
                "style": site,
                "article_id": a["id"] if a else None,
                "article_outlet": a["outlet"] if a else None,
                "encoding": enc,
                "features": feats
                + sorted(k for k, v in opt.items() if v and k not in ("date_style", "noyear_style", "nav"))
                + ([f"date:{opt['date']}"] if opt.get("date") else [])
                + ([f"nav:{opt['nav']}"] if opt.get("nav") else []),
                "gold_blocks": len(page.blocks),
                "gold_date": page.date,
            }
        )
    with open(os.path.join(OUT, "manifest.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump({"seed": SEED, "dumps": manifest}, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(f"wrote {len(manifest)} dumps to {OUT}")


if __name__ == "__main__":
    main()
