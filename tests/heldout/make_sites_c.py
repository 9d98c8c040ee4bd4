#!/usr/bin/env python3
"""Third site family for the Warraq dump cleaner (regression floor, no longer held out).

Wraps 48 real articles (articles/*.jsonl, none of those used by the
development dumps) in page furniture of eight Arabic news sites that the
development corpus does not imitate: Masrawy, Elaph, Al-Araby Al-Jadeed,
Alhurra, DW Arabic, Euronews Arabic, Al-Bayan, El Khabar; plus a 404 page, a
tag page and a whitespace-only file.  Every string of furniture is our own
wording.  Written by a helper who did not read the cleaner's code, as a
held-out set; the cleaner has since been fixed on it, so it is now a
regression floor (tests/test_cleaner_sites.py), not held out.

    python3 tests/heldout/make_sites_c.py OUT_DIR   # writes OUT_DIR/dumps, OUT_DIR/gold, OUT_DIR/manifest.json

Deterministic: fixed seed 3033, one Random per dump; standard library only.
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

SEED = 3033
HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.environ.get("WARRAQ_CORPUS") or os.path.join(HERE, "..", "..", "..", "shared", "corpus")
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "corpus")
STYLES_ORDER = ["masrawy", "elaph", "alaraby", "alhurra", "dw", "euronews", "albayan", "elkhabar"]
PER_STYLE = 6

# ---------------------------------------------------------------- dates
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
MONTHS_MAGHREB = [
    "جانفي",
    "فيفري",
    "مارس",
    "أفريل",
    "ماي",
    "جوان",
    "جويلية",
    "أوت",
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
DAYS = ["الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
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


def hijri(d: dt.date) -> tuple[int, int, int]:
    """Tabular Islamic calendar (may be a day off the official one; it is furniture)."""
    jd = d.toordinal() + 1721424.5
    jd = int(jd + 0.5)
    l_ = jd - 1948440 + 10632
    n = (l_ - 1) // 10631
    l_ = l_ - 10631 * n + 354
    j = ((10985 - l_) // 5316) * ((50 * l_) // 17719) + (l_ // 5670) * ((43 * l_) // 15238)
    l_ = l_ - ((30 - j) // 15) * ((17719 * j) // 50) - (j // 16) * ((15238 * j) // 43) + 29
    m = (24 * l_) // 709
    day = l_ - (709 * m) // 24
    y = 30 * n + j - 30
    return y, m, day


def parse_date(s):
    if not s:
        return None
    try:
        return dt.datetime.fromisoformat(s.replace("Z", "+00:00"))
    except ValueError:
        try:
            return dt.datetime.strptime(s[:10], "%Y-%m-%d")
        except ValueError:
            return None


def rand_time(rng, d):
    if d.hour or d.minute:
        return d.hour, d.minute
    return rng.randint(7, 22), rng.randint(0, 59)


# ---------------------------------------------------------------- pools
REPORTERS_EG = [
    "أحمد عبد الحميد",
    "منى السيد",
    "محمد صلاح الدين",
    "هاني عبد الله",
    "ياسمين سعد",
    "عمرو حسن",
    "سارة جمال",
    "كريم فاروق",
    "رشا منصور",
    "إسلام مجدي",
]
REPORTERS_LEV = ["ضياء الحلبي", "رنا الخطيب", "باسل درويش", "هبة العلي", "سامر قطيش", "لمى حداد"]
REPORTERS_DZ = ["حميد يس", "سليمة بوعلام", "عبد الحكيم قماز", "نوال ثابت", "رياض بن ساسي", "فاتح بلقاسم"]
REPORTERS_GULF = ["مريم الشامسي", "عبدالله المهيري", "سلطان الكعبي", "نادية يوسف", "خالد الظاهري"]
BIO = [
    "كاتب صحافي مصري، عمل محرراً في عدد من الصحف العربية ويكتب في الشؤون الإقليمية.",
    "صحافية وباحثة مقيمة في لندن، تهتم بقضايا الهجرة وحقوق الإنسان.",
    "محرر في القسم الدولي، غطّى الانتخابات الأوروبية والأزمات في المنطقة منذ عام 2011.",
    "باحث في العلاقات الدولية، حاصل على الدكتوراه من جامعة السوربون، وله عدة مؤلفات.",
    "صحافي متخصص في الاقتصاد والطاقة، يكتب من دبي.",
    "مراسلة سابقة في بيروت والقاهرة، تكتب عن الثقافة والمجتمع.",
]
CAPTIONS = [
    "صورة أرشيفية",
    "صورة تعبيرية",
    "صورة من الأرشيف (أ ف ب)",
    "(Getty)",
    "الصورة: رويترز",
    "(الأناضول)",
    "أرشيفية - أسوشيتد برس",
    "Getty Images",
    "صورة متداولة عبر مواقع التواصل",
]
ADS_TEASERS = [
    "هذه السيارات الفاخرة غير المبيعة تُعرض بأسعار لا تصدق | إعلانات البحث",
    "أطباء يكشفون حيلة بسيطة للتخلص من آلام المفاصل",
    "لماذا يتجه المتقاعدون إلى شراء الشقق في هذه المدينة؟ | عقارات",
    "اختبار سريع: هل تستطيع تخمين عواصم هذه الدول؟",
    "كيف تتعلم الإنجليزية في 3 أشهر فقط؟ اكتشف الطريقة",
]


def load_articles():
    arts = {}
    for path in sorted(glob.glob(os.path.join(SRC, "articles", "*.jsonl"))):
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    a = json.loads(line)
                    arts[a["id"]] = a
    return arts


def blocks_of(a):
    paras = a["body"].split("\n\n")
    kinds = a["block_kinds"]
    assert len(paras) == len(kinds), a["id"]
    return list(zip(kinds, paras))


class Ctx:
    def __init__(self, arts, a, rng):
        self.arts, self.a, self.rng = arts, a, rng
        self.others = [x for k, x in arts.items() if k != (a["id"] if a else None)]

    def headlines(self, n):
        return [x["title"] for x in self.rng.sample(self.others, n)]

    def teaser(self, x, lo=80, hi=150):
        first = x["body"].split("\n\n")[0]
        cut = self.rng.randint(lo, hi)
        if len(first) <= cut:
            first = first[: max(20, len(first) - 15)]
        else:
            first = first[:cut]
        first = first.rsplit(" ", 1)[0]
        return first + "..."

    def teasers(self, n):
        xs = self.rng.sample(self.others, n)
        return [(x["title"], self.teaser(x), x) for x in xs]


# ---------------------------------------------------------------- body emission
def nbspify(text, rng, share):
    words = text.split(" ")
    out = [words[0]]
    for w in words[1:]:
        out.append(("\u00a0" if rng.random() < share else " ") + w)
    return "".join(out)


def split_sentence(text, rng):
    """Split a paragraph into two lines at a sentence end (a <br> in the page)."""
    cands = [m.end() for m in re.finditer(r"[.!؟?]\s", text) if 40 < m.end() < len(text) - 40]
    if not cands:
        cands = [m.end() for m in re.finditer(r"[،:]\s", text) if 40 < m.end() < len(text) - 40]
    if not cands:
        return None
    pos = rng.choice(cands)
    return [text[:pos].rstrip(), text[pos:].lstrip()]


def wrap(text, width):
    lines, cur = [], ""
    for w in text.split(" "):
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    if cur:
        lines.append(cur)
    return lines


def emit_body(
    ctx, out, sep="blank", inserts=None, nbsp=0.0, indent="", wrap_width=None, split_p=0.0, glue_first=None, feats=None
):
    """Write the article blocks; inserts[i] are lines placed after block i."""
    rng = ctx.rng
    blocks = blocks_of(ctx.a)
    inserts = inserts or {}
    for i, (kind, text) in enumerate(blocks):
        shown = text
        if nbsp and kind == "paragraph" and rng.random() < 0.5:
            shown = nbspify(shown, rng, nbsp)
            feats is not None and feats.add("nbsp")
        if i == 0 and glue_first:
            shown = glue_first + shown
            feats is not None and feats.add("boilerplate glued before first paragraph")
        pieces = [shown]
        if wrap_width and kind == "paragraph":
            pieces = wrap(shown, wrap_width)
            feats is not None and feats.add(f"hard-wrapped at {wrap_width} columns")
        elif split_p and kind == "paragraph" and rng.random() < split_p:
            sp = split_sentence(shown, rng)
            if sp:
                pieces = sp
                feats is not None and feats.add("paragraph split over two lines")
        for p in pieces:
            out.append(indent + p)
        extra = inserts.get(i)
        if extra:
            if sep != "none":
                out.append("")
            out.extend(extra)
        if sep == "blank":
            out.append("")
        elif sep == "double":
            out.extend(["", ""])
        elif sep == "mixed" and rng.random() < 0.6:
            out.append("")


def insert_points(ctx, n):
    nb = len(blocks_of(ctx.a))
    if nb < 3:
        return []
    pts = list(range(0, nb - 1))
    return sorted(ctx.rng.sample(pts, min(n, len(pts))))


def date_parts(ctx):
    d = parse_date(ctx.a["date"]) if ctx.a else None
    return d


# ---------------------------------------------------------------- styles
def style_masrawy(ctx, feats):
    rng, a = ctx.rng, ctx.a
    L = []
    L += [f"{a['title']} | مصراوي", ""]
    nav = [
        "الرئيسية",
        "أخبار",
        "أخبار مصر",
        "رياضة",
        "فنون",
        "اقتصاد",
        "أخبار البنوك",
        "سيارات",
        "إسلاميات",
        "صحة وتغذية",
        "علوم وتكنولوجيا",
        "مصراوي TV",
        "فيديو",
    ]
    if rng.random() < 0.5:
        L += nav
        feats.add("menu one item per line")
    else:
        L.append("  ".join(nav))
        feats.add("menu as one line")
    if rng.random() < 0.6:
        L += [
            "",
            "مواقيت الصلاة",
            "القاهرة",
            f"الفجر {rng.randint(3, 5)}:{rng.randint(10, 59)} ص",
            f"الظهر 12:{rng.randint(0, 15):02d} م",
            "أسعار العملات",
            f"الدولار الأمريكي {rng.randint(15, 18)}.{rng.randint(10, 99)}",
            f"اليورو {rng.randint(19, 22)}.{rng.randint(10, 99)}",
        ]
        feats.add("prayer-time and currency widgets")
    L += ["", "الرئيسية > أخبار > " + (a["tags"][0] if a["tags"] else "أخبار مصر"), ""]
    L += [a["title"], ""]
    by = a["author"] or rng.choice(REPORTERS_EG)
    L.append(f"كتب- {by}:" if rng.random() < 0.7 else f"كتبت- {rng.choice(REPORTERS_EG)}:")
    d = date_parts(ctx)
    if d:
        h, m = rand_time(rng, d)
        ampm = "م" if h >= 12 else "ص"
        L.append(
            f"{(h - 1) % 12 + 1:02d}:{m:02d} {ampm} {DAYS[d.weekday()]} {d.day:02d} {MONTHS_EG[d.month - 1]} {d.year}"
        )
        feats.add("date")
    if rng.random() < 0.5:
        L += ["", rng.choice(CAPTIONS), f"تصوير- {rng.choice(REPORTERS_EG)}"]
        feats.add("caption and photo credit")
    L += ["", "شارك", "", "A A", ""]
    ins = {}
    pts = insert_points(ctx, 3)
    for j, p in enumerate(pts):
        if j == 0:
            ins[p] = ["اقرأ أيضًا:", ctx.headlines(1)[0]]
            feats.add("inline 'read also' (label + headline on two lines)")
        elif j == 1:
            ins[p] = ["إعلان"]
            feats.add("ad marker")
        else:
            ins[p] = ["اقرأ أيضًا:"] + ctx.headlines(2)
    emit_body(ctx, L, sep=rng.choice(["blank", "blank", "none"]), inserts=ins, feats=feats)
    if rng.random() < 0.5:
        L += ["تنويه: الآراء الواردة في التعليقات تعبر عن أصحابها ولا تعبر عن رأي الموقع.", ""]
    L += ["", "الكلمات المفتاحية"]
    L += a["tags"][:3] if a["tags"] else ["مصر", "الحكومة"]
    L += ["", "تابع صفحتنا على أخبار جوجل", "", "هذا المحتوى مقدم من مصراوي", ""]
    L += ["أخبار ذات صلة", ""]
    for t, tz, _ in ctx.teasers(3):
        L += [t, tz, ""]
    L += ["محتوى مدفوع", ""] + rng.sample(ADS_TEASERS, 3) + [""]
    feats.add("sponsored links")
    L += ["الأكثر قراءة", ""]
    hl = ctx.headlines(5)
    if rng.random() < 0.5:
        for i, t in enumerate(hl, 1):
            L += [str(i), t]
        feats.add("numbered most-read (digit on own line)")
    else:
        L += [f"{i}- {t}" for i, t in enumerate(hl, 1)]
        feats.add("numbered most-read (digit glued)")
    L += ["", "التعليقات", "0 تعليقات", "ترتيب حسب", "الأحدث", "إضافة تعليق...", "مكوّن إضافي لتعليقات فيسبوك", ""]
    feats.add("facebook comment plugin residue")
    L += [
        "حمّل تطبيق مصراوي",
        "Google Play",
        "App Store",
        "",
        "عن مصراوي  اتصل بنا  سياسة الخصوصية  شروط الاستخدام  خريطة الموقع  RSS",
        f"جميع الحقوق محفوظة لموقع مصراوي © {d.year if d else 2018}",
    ]
    return L


ELAPH_RULES = (
    "شروط النشر: يُرجى عدم الإساءة إلى الكاتب أو الأشخاص أو المعتقدات، وتحتفظ إيلاف بحق حذف التعليقات المخالفة."
)
ELAPH_COMMENTS = [
    ("تحليل منطقي", "خالد - السعودية", "تحليل منطقي ولكن التقرير تجاهل الجانب الاقتصادي تماماً، وهو الأهم في رأيي."),
    ("إلى متى؟", "أبو فراس - الأردن", "إلى متى سنبقى نقرأ الأخبار نفسها كل سنة دون أي تغيير على الأرض؟"),
    ("شكراً", "مغترب - ألمانيا", "شكراً لإيلاف على الموضوعية، قلما نجد هذا الطرح في الإعلام العربي."),
    ("تعقيب", "سمير", "المعلومات الواردة في الفقرة الثالثة غير دقيقة، والأرقام الرسمية مختلفة."),
]


def style_elaph(ctx, feats):
    rng, a = ctx.rng, ctx.a
    L = [f"{a['title']} | إيلاف", "", "إيلاف", "الصفحة الرئيسية"]
    L.append(
        " | ".join(
            [
                "أخبار",
                "اقتصاد",
                "ثقافات",
                "ترفيه",
                "رياضة",
                "صحة وعلوم",
                "تكنولوجيا",
                "كتّاب إيلاف",
                "مسافر",
                "إيلاف المغرب",
                "English",
            ]
        )
    )
    L += ["ابحث في إيلاف", ""]
    d = date_parts(ctx)
    L += [a["title"], ""]
    if d:
        h, m = rand_time(rng, d)
        L.append(f"GMT {h:02d}:{m:02d} {d.year} {DAYS[d.weekday()]} {d.day} {MONTHS_EG[d.month - 1]}")
        feats.add("date")
    ncom = rng.randint(0, 4)
    L += [f"التعليقات ({ncom})", ""]
    city = rng.choice(["لندن", "بيروت", "القاهرة", "الرباط", "دبي", "باريس"])
    author = rng.choice(REPORTERS_EG + REPORTERS_LEV)
    if rng.random() < 0.5:
        L += [author, f"إيلاف من {city}:", ""]
        feats.add("byline + dateline lines")
    else:
        L += [f"إيلاف من {city}:", ""]
        feats.add("dateline line")
    share = rng.choice(
        [
            ["Twitter", "Facebook", "Whatsapp", "Telegram", "نسخ الرابط"],
            ["TwitterFacebookWhatsappTelegramEmail"],
            ["تويتر", "فيسبوك", "واتساب", "تلغرام", "البريد الإلكتروني"],
        ]
    )
    L += share + [""]
    feats.add("share row")
    if rng.random() < 0.6:
        L += [rng.choice(CAPTIONS), ""]
        feats.add("caption")
    ins = {}
    pts = insert_points(ctx, 2)
    for j, p in enumerate(pts):
        if j == 0:
            ins[p] = ["اقرأ أيضاً: " + ctx.headlines(1)[0]]
            feats.add("inline read-also link")
        else:
            hand = rng.choice(["UN_News_Arabic", "AFPar", "ReutersArabic", "sputnik_ar"])
            tw = rng.choice(
                [
                    "بيان مشترك حول آخر التطورات، التفاصيل في الرابط",
                    "لحظة وصول الوفد إلى مقر الاجتماعات اليوم",
                    "عاجل | تحديث جديد بشأن الأوضاع الميدانية",
                ]
            )
            ins[p] = [
                f"{tw} pic.twitter.com/{''.join(rng.choice('abcdefghkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789') for _ in range(10))}",
                f"— ({'@' + hand}) {['January', 'March', 'May', 'June', 'August', 'October'][rng.randint(0, 5)]} {rng.randint(1, 28)}, {d.year if d else 2018}",
            ]
            feats.add("twitter embed residue")
    emit_body(ctx, L, sep=rng.choice(["blank", "double"]), inserts=ins, feats=feats)
    if rng.random() < 0.67:
        L += [author, rng.choice(BIO), ""]
        feats.add("author box with bio sentence")
    L += ["في أخبار", ""]
    for t in ctx.headlines(4):
        L.append(t)
    L += ["", "المزيد من أخبار", "", "الأكثر قراءة"]
    for t in ctx.headlines(5):
        L += [t]
    L += ["", "كتّاب إيلاف", ""]
    for _ in range(3):
        L += [rng.choice(REPORTERS_LEV + REPORTERS_GULF), ctx.headlines(1)[0]]
    L += ["", "التعليقات"]
    for i, (ttl, who, txt) in enumerate(rng.sample(ELAPH_COMMENTS, ncom), 1):
        L += [f"{i}. {ttl}", who, txt, ""]
    if ncom:
        feats.add("reader comments")
    L += ["أضف تعليقك", "الاسم", "البريد الإلكتروني", "عنوان التعليق", "نص التعليق", ELAPH_RULES, "إرسال", ""]
    feats.add("comment form")
    L += [
        "من نحن",
        "أعلن في إيلاف",
        "اتصل بنا",
        "سياسة الخصوصية",
        f"جميع الحقوق محفوظة © {d.year if d else 2018} إيلاف",
        "Elaph Publishing Limited",
    ]
    return L


def style_alaraby(ctx, feats):
    rng, a = ctx.rng, ctx.a
    L = [
        f"{a['title']}",
        "",
        "العربي الجديد",
        "",
        "سياسة",
        "اقتصاد",
        "مجتمع",
        "ثقافة",
        "منوعات",
        "رياضة",
        "آراء",
        "بالفيديو",
        "زوايا",
        "",
        "اشترك",
        "بحث",
        "",
    ]
    feats.add("page title without suffix (title appears twice)")
    L += [a["tags"][0] if a["tags"] else rng.choice(["سياسة", "أخبار"]), ""]
    L += [a["title"], ""]
    city = rng.choice(["لندن", "القاهرة", "بيروت", "الدوحة", "تونس", "إسطنبول", "عمّان"])
    author = rng.choice(REPORTERS_LEV)
    if rng.random() < 0.5:
        L += [city, "العربي الجديد"]
    else:
        L += [author, city]
    feats.add("byline lines")
    d = date_parts(ctx)
    if d:
        L.append(f"{d.day} {MONTHS_EG[d.month - 1]} {d.year}")
        feats.add("date")
    L += ["", "+ الخط -", ""]
    if rng.random() < 0.7:
        L += [
            rng.choice(
                ["أرشيفية (فرانس برس)", "(Getty)", "من الأرشيف (الأناضول)", "مشهد عام (رويترز)", "(أسوشييتد برس)"]
            ),
            "",
        ]
        feats.add("caption with agency")
    ins = {}
    pts = insert_points(ctx, 2)
    for p in pts:
        t, tz, x = ctx.teasers(1)[0]
        ins[p] = ["ذات صلة", t] if rng.random() < 0.6 else ["ذات صلة", t, x["tags"][0] if x["tags"] else "سياسة"]
        feats.add("inline related box")
    emit_body(ctx, L, sep="blank", inserts=ins, nbsp=0.25 if rng.random() < 0.5 else 0.0, feats=feats)
    src = rng.choice(["المصدر: العربي الجديد، وكالات", "المصدر: العربي الجديد", "المصدر: وكالات"])
    L += [src, ""]
    feats.add("source line")
    if rng.random() < 0.5:
        L += [author, rng.choice(BIO), "المزيد من الكاتب", ""]
        feats.add("author box with bio sentence")
    L += ["Facebook", "Twitter", "Whatsapp", "Email", "Print", ""]
    L += ["مواضيع ذات صلة", ""]
    for t, tz, x in ctx.teasers(3):
        L += [x["tags"][0] if x["tags"] else "أخبار", t, ""]
    L += ["الأكثر قراءة", ""]
    for i, t in enumerate(ctx.headlines(5), 1):
        L += [f"{i}", t]
    feats.add("numbered most-read")
    L += [
        "",
        "اشترك في نشرتنا البريدية",
        "أدخل بريدك الإلكتروني",
        "اشتراك",
        "",
        "مَن نحن",
        "اتصل بنا",
        "سياسة الخصوصية",
        "شروط الاستخدام",
        f"حقوق النشر © {d.year if d else 2018} العربي الجديد",
    ]
    feats.add("newsletter prompt")
    return L


def video_residue(rng):
    dur = f"0{rng.randint(1, 4)}:{rng.randint(0, 59):02d}"
    return rng.choice(
        [
            [f"00:00 / {dur}", "تشغيل"],
            ["تشغيل", "كتم الصوت", f"00:00 / {dur}", "ملء الشاشة"],
            ["جاري التحميل...", dur, "تشغيل الفيديو"],
        ]
    )


def style_alhurra(ctx, feats):
    rng, a = ctx.rng, ctx.a
    d = date_parts(ctx)
    L = [f"{a['title']} - الحرة"]
    L += [
        "",
        "الحرة",
        "البث المباشر",
        "",
        "\t".join(
            [
                "العالم",
                "الشرق الأوسط",
                "الولايات المتحدة",
                "العراق",
                "اقتصاد",
                "تكنولوجيا",
                "صحة",
                "منوعات",
                "من زاوية أخرى",
                "برامج الحرة",
            ]
        ),
        "",
    ]
    feats.add("tab-separated menu")
    L += [a["title"], ""]
    by = rng.choice(["الحرة / وكالات - دبي", "الحرة - واشنطن", "الحرة / ترجمات - دبي", "الحرة / خاص - بيروت"])
    L.append(by)
    if d:
        L.append(f"{d.day} {MONTHS_EG[d.month - 1]} {d.year}")
        if rng.random() < 0.5:
            L.append(f"آخر تحديث: {d.day} {MONTHS_EG[d.month - 1]} {d.year}")
        feats.add("date")
    L += ["", "شارك", "Facebook", "Twitter", "Email", ""]
    vid = rng.random() < 0.7
    if vid:
        L += video_residue(rng)
        L += [a["title"] if rng.random() < 0.5 else rng.choice(CAPTIONS), ""]
        feats.add("video player residue")
    else:
        L += [rng.choice(CAPTIONS), ""]
    ins = {}
    pts = insert_points(ctx, 2)
    for j, p in enumerate(pts):
        if j == 0:
            ins[p] = [rng.choice(["اقرأ أيضاً:", "شاهد أيضا:"]) + " " + ctx.headlines(1)[0]]
            feats.add("inline read-also")
        else:
            ins[p] = ["إعلان"]
    emit_body(ctx, L, sep="blank", inserts=ins, split_p=0.5 if getattr(ctx, "split", False) else 0.0, feats=feats)
    L += [rng.choice(["المصدر: الحرة / وكالات", "المصدر: الحرة", "المصدر: رويترز"]), ""]
    feats.add("source line")
    if rng.random() < 0.6:
        L += ["تابعونا على", "فيسبوك", "تويتر", "يوتيوب", "إنستغرام", ""]
        feats.add("follow-us row")
    L += ["المزيد", ""]
    for t, tz, x in ctx.teasers(4):
        L += [t, ""]
        if rng.random() < 0.5:
            L += [tz, ""]
    L += [
        "يستخدم موقعنا ملفات تعريف الارتباط (الكوكيز) لتحسين تجربة التصفح. بمتابعة استخدام الموقع فإنك توافق على ذلك.",
        "موافق",
        "",
    ]
    feats.add("cookie notice")
    L += [
        "من نحن",
        "اتصل بنا",
        "سياسة الخصوصية",
        "الأسئلة المتكررة",
        f"© {d.year if d else 2018} شبكة الشرق الأوسط للإرسال (MBN). جميع الحقوق محفوظة.",
    ]
    return L


LANGS = [
    "English",
    "Deutsch",
    "Español",
    "Français",
    "Русский",
    "Türkçe",
    "فارسی",
    "اردو",
    "Português",
    "Polski",
    "Shqip",
    "Bosanski",
]


def style_dw(ctx, feats):
    rng, a = ctx.rng, ctx.a
    d = date_parts(ctx)
    L = [
        f"{a['title']} | DW | {d.strftime('%d.%m.%Y') if d else ''}".rstrip(" |"),
        "",
        "تخطي إلى المحتوى",
        "تخطي إلى القائمة الرئيسية",
        "تخطي إلى المزيد من المقالات",
        "",
        "DW",
        "اختيار اللغة",
        "العربية",
    ]
    if rng.random() < 0.5:
        L += LANGS
        feats.add("language list (Latin-script lines)")
    L += [
        "",
        "البث المباشر",
        "ألمانيا",
        "أوروبا",
        "الشرق الأوسط",
        "شمال أفريقيا",
        "اقتصاد",
        "ثقافة ومجتمع",
        "علوم وتكنولوجيا",
        "رياضة",
        "الهجرة",
        "تعلم الألمانية",
        "",
    ]
    L += [(a["tags"][0] if a["tags"] else "سياسة") + " | " + rng.choice(["العالم العربي", "ألمانيا", "العالم"]), ""]
    L += [a["title"], ""]
    ins = {}
    pts = insert_points(ctx, 2)
    for j, p in enumerate(pts):
        if j == 0:
            dur = f"0{rng.randint(1, 3)}:{rng.randint(0, 59):02d}"
            ins[p] = [f"شاهد الفيديو {dur}", ctx.headlines(1)[0]]
            feats.add("video teaser inside body")
        else:
            ins[p] = [rng.choice(CAPTIONS)]
            feats.add("caption inside body")
    ww = getattr(ctx, "wrap", None)
    emit_body(ctx, L, sep="blank", inserts=ins, wrap_width=ww, feats=feats)
    ini = rng.choice(
        [
            "ع.ح/ م.س (أ ف ب، رويترز)",
            "ح.ز/ ع.ج.م (د ب أ)",
            "ص.ش/ ف.ي (رويترز، أ ب)",
            "م.أ.م/ هـ.د (أ ف ب، د ب أ، رويترز)",
        ]
    )
    L += [ini, ""]
    feats.add("DW editor initials line")
    L += ["DW توصي", ""]
    for t, tz, x in ctx.teasers(2):
        L += [t, tz, ""]
    L.append(f"التاريخ {d.strftime('%d.%m.%Y') if d else ''}".strip())
    L += ["الكلمات المفتاحية " + "، ".join(a["tags"][:3] if a["tags"] else ["ألمانيا", "أوروبا"])]
    L += [
        "إرسال فيسبوك تويتر واتساب Telegram",
        "طباعة طباعة هذه الصفحة",
        f"رابط ثابت https://p.dw.com/p/{''.join(rng.choice('abcdefghijkmnpqrstuvwxyz0123456789') for _ in range(5))}",
        "",
    ]
    feats.add("share/print/permalink rows")
    L += ["المزيد من المقالات", ""]
    for t in ctx.headlines(4):
        L += [t, ""]
    L += [
        "عرض المزيد",
        "",
        "نستخدم ملفات تعريف الارتباط (الكوكيز) لتحسين خدماتنا. للمزيد حول ذلك راجع سياسة حماية البيانات.",
        "حسناً",
        "",
    ]
    feats.add("cookie notice")
    L += [
        f"© {d.year if d else 2018} Deutsche Welle",
        "حماية البيانات",
        "إخلاء المسؤولية",
        "بيان الناشر",
        "اتصل بنا",
        "إمكانية الوصول",
        "نسخة الهاتف المحمول",
    ]
    return L


def style_euronews(ctx, feats):
    rng, a = ctx.rng, ctx.a
    d = date_parts(ctx)
    L = [
        f"{a['title']} | يورونيوز",
        "",
        "نحن نقدّر خصوصيتك",
        "نستخدم نحن وشركاؤنا ملفات تعريف الارتباط لعرض محتوى وإعلانات مخصصة وقياس الأداء.",
        "موافق وإغلاق",
        "إدارة الخيارات",
        "",
        "Euronews",
        "\tآخر الأخبار",
        "\tالعالم",
        "\tأوروبا",
        "\tاقتصاد",
        "\tرياضة",
        "\tثقافة",
        "\tسفر",
        "\tعلوم",
        "\tفيديو",
        "\tالبث المباشر",
        "",
    ]
    feats.add("cookie consent at top; tab-indented menu")
    L += [rng.choice(["العالم", "أوروبا", "الشرق الأوسط"]), ""]
    L += [a["title"], ""]
    L.append(rng.choice(["بقلم:  يورونيوز  مع أ ف ب", "بقلم:  يورونيوز", "بقلم:  Euronews Arabic  مع رويترز"]))
    if d:
        h, m = rand_time(rng, d)
        L.append(f"نشرت في {d.strftime('%d/%m/%Y')} - {h:02d}:{m:02d}")
        if rng.random() < 0.5:
            L.append(f"•آخر تحديث {d.strftime('%d/%m/%Y')} - {min(h + 2, 23):02d}:{m:02d}")
        feats.add("date")
    L += [
        "",
        rng.choice(
            [
                "شارك هذا المقالمحادثة",
                "شارك هذا المقال",
                "FacebookTwitterFlipboardSendRedditLinkedinMessengerTelegramVKWhatsApp",
            ]
        ),
        "حجم النص Aa Aa",
        "",
    ]
    feats.add("run-together share row")
    glue = None
    cap = rng.choice(["حقوق النشر  AFP", "حقوق النشر  Reuters", "حقوق النشر  AP Photo", "حقوق النشر  Euronews"])
    if rng.random() < 0.35:
        glue = cap
    else:
        L += [cap, ""]
        feats.add("copyright credit line")
    ins = {}
    pts = insert_points(ctx, 2)
    for j, p in enumerate(pts):
        if j == 0:
            ins[p] = ["اقرأ أيضا:"] + ["• " + t for t in ctx.headlines(2)]
            feats.add("inline read-also bullet list")
        else:
            ins[p] = ["\tإعلان"] + video_residue(rng)
            feats.add("ad + video residue inside body")
    emit_body(
        ctx,
        L,
        sep=rng.choice(["blank", "mixed"]),
        inserts=ins,
        indent=rng.choice(["", "\t"]),
        nbsp=0.3,
        glue_first=glue,
        feats=feats,
    )
    L += ["", "شارك هذا المقال", "", "المزيد من: " + rng.choice(["العالم", "أوروبا"]), ""]
    for t, tz, x in ctx.teasers(4):
        L += ["\t" + t]
    L += [
        "",
        "اشترك في نشرتنا الإخبارية اليومية واحصل على أهم الأخبار في بريدك الإلكتروني",
        "اشترك",
        "",
        "حمّل تطبيق يورونيوز",
        "",
        "\tمن نحن\tاتصل بنا\tشروط الخدمة\tسياسة الخصوصية\tالإعلان",
        f"Copyright © euronews {d.year if d else 2018}",
    ]
    feats.add("newsletter + app prompts")
    return L


def style_albayan(ctx, feats):
    rng, a = ctx.rng, ctx.a
    d = date_parts(ctx)
    L = [f"{a['title']} - البيان"]
    L += ["", "البيان", f"دبي {rng.randint(19, 41)}°", ""]
    nav = [
        "الرئيسية",
        "الإمارات",
        "عربي",
        "دولي",
        "مال وأعمال",
        "الرياضي",
        "منوعات",
        "صحة",
        "ثقافة",
        "الملاحق",
        "عدد اليوم",
        "الأرشيف",
    ]
    L += [" • ".join(nav), ""]
    feats.add("bullet-separated menu")
    if d:
        hy, hm, hd = hijri(d.date() if isinstance(d, dt.datetime) else d)
        L.append(
            f"التاريخ: {DAYS[d.weekday()]} {d.day} {MONTHS_EG[d.month - 1]} {d.year} | {hd} {HIJRI_MONTHS[hm - 1]} {hy} هـ"
        )
        feats.add("Gregorian+Hijri date")
    L += ["", a["title"], ""]
    by = a["author"] or rng.choice(["دبي - البيان", "أبوظبي - وام", "القاهرة - وكالات", "عواصم - البيان والوكالات"])
    L += [by, ""]
    if rng.random() < 0.5:
        L += [rng.choice(CAPTIONS), ""]
    ins = {}
    pts = insert_points(ctx, 2)
    for j, p in enumerate(pts):
        if j == 0:
            yy = d.year if d else 2018
            dd = f"{rng.randint(1, 28)} مارس {yy}".translate(EASTERN)
            ins[p] = [
                "عرض هذا المنشور على Instagram",
                f"\u200f\u200fتمت مشاركة منشور بواسطة \u200fالبيان\u200f (@albayannews)\u200f في \u200f{dd}\u200f",
            ]
            feats.add("instagram embed residue (RLM marks, Eastern digits)")
        else:
            ins[p] = ["طالع أيضاً:"] + ["• " + t for t in ctx.headlines(rng.randint(1, 3))]
            feats.add("inline related bullets")
    emit_body(ctx, L, sep=rng.choice(["blank", "none"]), inserts=ins, feats=feats)
    if rng.random() < 0.5:
        L += ["* المقالات والآراء المنشورة في هذه الصفحة تمثل وجهة نظر أصحابها فقط.", ""]
        feats.add("editor's disclaimer")
    L += [rng.choice(["المصدر: البيان", "المصدر: وكالات", "المصدر: وام"]), ""]
    L += [
        "تابعوا آخر أخبار البيان عبر Google News",
        "",
        "تابعونا على",
        "تويتر",
        "فيسبوك",
        "إنستغرام",
        "يوتيوب",
        "لينكد إن",
        "",
    ]
    feats.add("follow-us rows")
    L += ["الأكثر قراءة", ""]
    eastern = rng.random() < 0.5
    for i, t in enumerate(ctx.headlines(5), 1):
        L += [str(i).translate(EASTERN) if eastern else str(i), t]
    L += ["", "الأكثر مشاركة", ""]
    for t in ctx.headlines(3):
        L += ["• " + t]
    L += [
        "",
        "مواقع وملاحق",
        "البيان الاقتصادي",
        "البيان الرياضي",
        "عدد اليوم PDF",
        "",
        f"جميع الحقوق محفوظة © مؤسسة دبي للإعلام {d.year if d else 2018}",
    ]
    return L


DZ_COMMENTS = [
    ("أمين من قسنطينة", "والله غير هكذا، ربي يستر البلاد وخلاص."),
    ("نسيمة", "الحاجة لي ما فهمتهاش علاش ما هضروش على هذا الموضوع من قبل؟"),
    ("ابن الجنوب", "شكرا للخبر على المتابعة، واصلوا."),
    ("مراد 31", "كل عام نفس الهدرة وما تبدل والو، المشكل في التسيير."),
    ("متابع", "مقال في المستوى، بارك الله فيكم."),
]


def style_elkhabar(ctx, feats):
    rng, a = ctx.rng, ctx.a
    d = date_parts(ctx)
    L = [
        f"الخبر - {a['title']}",
        "",
        "El Khabar",
        "الخبر",
        "الوطني الدولي الاقتصاد الرياضي الثقافي المجتمع صحة ملفات ضيف الخبر الخبر TV النسخة الورقية",
        "",
    ]
    feats.add("menu as one space-separated line")
    if d:
        L.append(f"{DAYS[d.weekday()]} {d.day} {MONTHS_MAGHREB[d.month - 1]} {d.year}")
    L += ["", "إشهار", ""]
    kick = a["tags"][0] if a["tags"] else None
    if kick:
        L += [kick]
        feats.add("kicker line above title")
    L += [a["title"], ""]
    city = rng.choice(["الجزائر", "وهران", "قسنطينة", "عنابة", "تيزي وزو"])
    L.append(f"{city}: {rng.choice(REPORTERS_DZ)}")
    if d:
        h, m = rand_time(rng, d)
        L.append(f"{d.day:02d} {MONTHS_MAGHREB[d.month - 1]} {d.year} - {h:02d}:{m:02d}")
        feats.add("date (Maghreb months)")
    L += ["", "حجم الخط", "+", "-", "طباعة", "شارك", ""]
    ins = {}
    pts = insert_points(ctx, 2)
    for j, p in enumerate(pts):
        ins[p] = ["إشهار"] if j == 0 else ["مقال مرتبط: " + ctx.headlines(1)[0]]
    feats.add("ad markers ('إشهار') and inline related")
    emit_body(ctx, L, sep="blank", inserts=ins, feats=feats)
    L += ["الكلمات المفتاحية:"]
    L += [" ".join("#" + t.replace(" ", "_") for t in (a["tags"][:3] or ["الجزائر"]))]
    L += ["", "مقالات ذات صلة", ""]
    for t, tz, x in ctx.teasers(3):
        L += [t, tz, ""]
    n = rng.randint(2, 4)
    L += [f"التعليقات ({n})", ""]
    for who, txt in rng.sample(DZ_COMMENTS, n):
        if d:
            cd = d + dt.timedelta(hours=rng.randint(1, 30))
            stamp = cd.strftime("%d/%m/%Y - %H:%M")
        else:
            stamp = "منذ يومين"
        L += [who, stamp, txt, "رد", ""]
    feats.add("reader comments (dialect)")
    L += [
        "أضف تعليقك",
        "الاسم",
        "البريد الإلكتروني",
        "التعليق",
        "الخبر تحتفظ بحق عدم نشر التعليقات التي تتضمن شتماً أو تحريضاً.",
        "أرسل",
        "",
    ]
    feats.add("comment form")
    L += ["الأكثر قراءة", ""]
    for i, t in enumerate(ctx.headlines(5), 1):
        L += [f"{i}. {t}"]
    L += [
        "",
        "حمّل تطبيق الخبر",
        "Google Play",
        "App Store",
        "",
        "من نحن - اتصل بنا - الإشهار - شروط الاستخدام",
        f"© {d.year if d else 2018} الخبر. جميع الحقوق محفوظة",
    ]
    return L


STYLE_FUNCS = {
    "masrawy": style_masrawy,
    "elaph": style_elaph,
    "alaraby": style_alaraby,
    "alhurra": style_alhurra,
    "dw": style_dw,
    "euronews": style_euronews,
    "albayan": style_albayan,
    "elkhabar": style_elkhabar,
}


# ---------------------------------------------------------------- no-article pages
def page_404(ctx, feats):
    L = [
        "الصفحة غير متوفرة - البيان",
        "",
        "البيان",
        "",
        " • ".join(["الرئيسية", "الإمارات", "عربي", "دولي", "مال وأعمال", "الرياضي", "منوعات"]),
        "",
        "404",
        "",
        "عفواً.. لم نعثر على ما تبحث عنه",
        "قد يكون الرابط الذي استخدمته قديماً، أو أن المادة نُقلت إلى عنوان آخر أو حُذفت من الأرشيف.",
        "جرّب البحث في الموقع أو عُد إلى الصفحة الرئيسية.",
        "",
        "ابحث",
        "العودة إلى الرئيسية",
        "",
        "ربما يهمك",
        "",
    ]
    for t in ctx.headlines(5):
        L.append(t)
    L += ["", "تابعونا على", "تويتر", "فيسبوك", "إنستغرام", "", "جميع الحقوق محفوظة © مؤسسة دبي للإعلام 2018"]
    feats.update({"404 page", "suggested headlines"})
    return L


def page_tag(ctx, feats):
    L = [
        "أخبار تونس - العربي الجديد",
        "",
        "العربي الجديد",
        "",
        "سياسة",
        "اقتصاد",
        "مجتمع",
        "ثقافة",
        "منوعات",
        "رياضة",
        "آراء",
        "",
        "وسم",
        "تونس",
        "",
    ]
    for t, tz, x in ctx.teasers(8):
        d = parse_date(x["date"])
        L += [x["tags"][0] if x["tags"] else "سياسة", t, tz]
        if d:
            L.append(f"{d.day} {MONTHS_EG[d.month - 1]} {d.year}")
        L.append("")
    L += [
        "1",
        "2",
        "3",
        "...",
        "التالي",
        "",
        "اشترك في نشرتنا البريدية",
        "اشتراك",
        "",
        "حقوق النشر © 2018 العربي الجديد",
    ]
    feats.update({"tag page", "headline + teaser + date items", "pagination"})
    return L


# ---------------------------------------------------------------- build
def select(arts):
    with open(os.path.join(SRC, "manifest.json"), encoding="utf-8") as fh:
        man = json.load(fh)
    used = {d["article_id"] for d in man["dumps"] if d.get("article_id")}
    rng = random.Random(SEED)
    by_outlet = {}
    for k in sorted(arts):
        if k not in used:
            by_outlet.setdefault(arts[k]["outlet"], []).append(k)
    chosen = []
    for o in sorted(by_outlet):
        chosen += rng.sample(by_outlet[o], 3)
    rng.shuffle(chosen)
    return chosen


def encodable(a, enc):
    try:
        (a["title"] + a["body"]).encode(enc)
        return True
    except UnicodeEncodeError:
        return False


def gold_of(a):
    d = parse_date(a["date"])
    return {
        "title": a["title"],
        "date": d.strftime("%Y-%m-%d") if d else None,
        "outlet": a["outlet"],
        "blocks": [{"kind": k, "text": t} for k, t in blocks_of(a)],
    }


def main():
    arts = load_articles()
    chosen = select(arts)
    assert len(chosen) == 48 and len(set(chosen)) == 48
    for sub in ("dumps", "gold"):
        p = os.path.join(OUT, sub)
        if os.path.isdir(p):
            shutil.rmtree(p)
        os.makedirs(p)
    shutil.copy(os.path.join(SRC, "score.py"), os.path.join(OUT, "score.py"))

    # assignment: style i gets chosen[i::8]
    specs = []
    for si, style in enumerate(STYLES_ORDER):
        for k, aid in enumerate(chosen[si :: len(STYLES_ORDER)]):
            specs.append((style, aid, k))
    # one cp1256 dump: first elkhabar article that encodes; four CRLF; one BOM
    cp_done = False
    manifest = []
    idx = 0
    for style, aid, k in specs:
        idx += 1
        a = arts[aid]
        name = f"{idx:03d}_{style}_{a['outlet']}"
        rng = random.Random(f"{SEED}/{name}")
        ctx = Ctx(arts, a, rng)
        feats = set()
        if style == "dw" and k == 2:
            ctx.wrap = 92
        if style == "alhurra" and k in (0, 5):
            ctx.split = True
        enc, eol, bom = "utf-8", "\n", False
        if style == "elkhabar" and not cp_done and encodable(a, "cp1256"):
            enc, cp_done = "cp1256", True
        if k == 4 and style in ("masrawy", "alhurra", "euronews", "elkhabar"):
            eol = "\r\n"
        if k == 1 and style == "albayan":
            bom = True
        lines = STYLE_FUNCS[style](ctx, feats)
        text = eol.join(lines) + eol
        data = text.encode(enc)
        if bom:
            data = b"\xef\xbb\xbf" + data
        with open(os.path.join(OUT, "dumps", name + ".txt"), "wb") as fh:
            fh.write(data)
        g = gold_of(a)
        with open(os.path.join(OUT, "gold", name + ".json"), "w", encoding="utf-8") as fh:
            json.dump(g, fh, ensure_ascii=False, indent=1)
        manifest.append(
            {
                "dump": name + ".txt",
                "style": style,
                "article_id": aid,
                "article_outlet": a["outlet"],
                "encoding": enc + ("+bom" if bom else ""),
                "eol": "crlf" if eol == "\r\n" else "lf",
                "features": sorted(feats),
                "gold_blocks": len(g["blocks"]),
                "gold_date": g["date"],
            }
        )
    assert cp_done
    # no-article pages
    for kind, fn in (("404", page_404), ("tagpage", page_tag), ("empty", None)):
        idx += 1
        name = f"{idx:03d}_{kind}"
        rng = random.Random(f"{SEED}/{name}")
        feats = set()
        if fn:
            text = "\n".join(fn(Ctx(arts, None, rng), feats)) + "\n"
        else:
            text = "  \n\t\n\n   \t \n\u00a0\n\n"
            feats.add("whitespace only")
        with open(os.path.join(OUT, "dumps", name + ".txt"), "wb") as fh:
            fh.write(text.encode("utf-8"))
        with open(os.path.join(OUT, "gold", name + ".json"), "w", encoding="utf-8") as fh:
            json.dump({"title": None, "date": None, "outlet": kind, "blocks": []}, fh, ensure_ascii=False, indent=1)
        manifest.append(
            {
                "dump": name + ".txt",
                "style": kind,
                "article_id": None,
                "article_outlet": None,
                "encoding": "utf-8",
                "eol": "lf",
                "features": sorted(feats),
                "gold_blocks": 0,
                "gold_date": None,
            }
        )
    with open(os.path.join(OUT, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump({"seed": SEED, "dumps": manifest}, fh, ensure_ascii=False, indent=1)
    print(f"wrote {len(manifest)} dumps to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
