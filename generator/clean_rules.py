"""Boilerplate vocabulary for the clean stage, as data. Pure: no I/O, no behaviour.

Every entry has a name (used as the reason in a ``LineDecision``) and a one-line
reason saying what page furniture it describes. Phrases are compared with whole
lines after folding (``clean_features.fold_line``): a line that only *contains*
a phrase mid-sentence never matches a phrase rule. Patterns are regular
expressions tried on short lines (``max_words``) unless said otherwise.

Roles:
  ``drop``      the line is boilerplate; nothing else changes;
  ``aside``     the line opens a block that is not the article (related links,
                "read more"): following lines are dropped until article prose
                clearly resumes;
  ``terminal``  like ``aside``, for blocks that normally end the article
                (comments, most-read lists, footers): prose must resume more
                clearly before lines are kept again;
  ``no_article`` the page says it holds no article (404).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Literal

Role = Literal["drop", "aside", "terminal", "no_article"]


@dataclass(frozen=True, slots=True)
class PhraseRule:
    """Whole-line phrases (folded before comparing) that mark one kind of furniture."""

    name: str
    reason: str
    phrases: tuple[str, ...]
    role: Role = "drop"


@dataclass(frozen=True, slots=True)
class PatternRule:
    """A regular expression (``re.search`` on the stripped line) for one kind of furniture."""

    name: str
    reason: str
    pattern: str
    role: Role = "drop"
    max_words: int = 12  # only lines with at most this many words are tested
    # When set, the pattern is tried only on lines whose folded text contains
    # one of these substrings (a cheap pre-check: regex search is slow on long lines).
    hints: tuple[str, ...] = ()
    # When set, a line with more Arabic words than this is prose that merely
    # mentions the pattern (a reader quoting "<script>"), never furniture.
    max_arabic_words: int | None = None


# Networks and apps a site asks to be followed on (the follow-appeal rule).
_PLATFORMS = (
    "واتساب|واتس اب|تلغرام|تيليجرام|تليجرام|تيليغرام|فيسبوك|فيس بوك|تويتر|إكس|يوتيوب|إنستغرام|انستغرام|"
    "تيك توك|جوجل نيوز|أخبار جوجل|Google News|WhatsApp|Telegram"
)

# Between an appeal's verb and the platform: a preposition and "our" or a channel word
# ("إلى قناتنا على", "على قناة", "الجزيرة نت على تطبيق").
_CHANNEL_SPAN = (
    r"(?:(?:إلى|الى|في|على|عبر)\s+(?:\S+نا\s+|(?:قناة|تطبيق|صفحة|حساب)\s+\S+\s+)?(?:(?:على|عبر|في)\s+)?"
    r"|(?:\S+\s+){0,5}(?:على|عبر|في|إلى|الى)\s+(?:قناة|قناتنا|تطبيق|صفحة|صفحتنا|حساب|حسابنا)\s+"
    r"(?:(?:على|عبر|في)\s+)?)"
)

# --------------------------------------------------------------------------- phrases
# Arabic phrases are written as they appear on pages; folding (hamza, teh
# marbuta, alef maksura, tashkeel, tatweel, case) makes spelling variants match.
PHRASE_RULES: tuple[PhraseRule, ...] = (
    PhraseRule(
        "comments",
        "comment section header; reader comments follow (seed 000: التعليقات (2))",
        (
            "التعليقات",
            "تعليقات",
            "تعليقات القراء",
            "تعليقات الزوار",
            "تعليقات الفيسبوك",
            "تعليقات فيسبوك",
            "تعليقات فيس بوك",
            "تعليقات Facebook",
            "Facebook Comments",
            "تعليقان",
            "تعليق واحد",
            "آراء القراء",
            "أضف تعليقك",
            "اترك تعليقا",
            "أضف تعليقا",
            "اكتب تعليقك",
            "Comments",
            "Leave a comment",
        ),
        role="terminal",
    ),
    PhraseRule(
        "most-read",
        "sidebar of popular stories (seed 000: الأكثر قراءة), often empty",
        (
            "الأكثر قراءة",
            "الأكثر مشاهدة",
            "الأكثر تداولا",
            "الأكثر تعليقا",
            "الأكثر شعبية",
            "الأكثر قراءة اليوم",
            "الأكثر تفاعلا",
            "أهم المواضيع",
            "أهم التصنيفات",
            "أهم الأخبار",
            "Most read",
            "Most popular",
            "Most viewed",
        ),
        role="terminal",
    ),
    PhraseRule(
        "related-header",
        "header of a related-links block (aawsat: مقالات ذات صلة; orient: مواضيع ذات صلة)",
        (
            "مقالات ذات صلة",
            "مواضيع ذات صلة",
            "أخبار ذات صلة",
            "ذات صلة",
            "اقرأ أيضا",
            "اقرأ أيضاً",
            "إقرأ أيضا",
            "اقرأ/ي أيضا",
            "اقرأ/ي أيضاً",
            "اقرأ المزيد",
            "إقرأ المزيد",
            "للمزيد",
            "المزيد من الأخبار",
            "أخبار متعلقة",
            "مواضيع متعلقة",
            "مقالات متعلقة",
            "قد يهمك",
            "قد يعجبك أيضا",
            "قد يعجبك",
            "فيديو قد يعجبك",
            "شاهد أيضا",
            "طالع أيضا",
            "طالع كذلك",
            "اقرأ كذلك",
            "شاهد كذلك",
            "للقراءة أيضا",
            "للقراءة أيضاً",
            "للقراءة كذلك",
            "موضوعات ذات صلة",
            "الموضوعات المتعلقة",
            "ربما يهمك",
            "قد يهمك أيضا",
            "مواضيع قد تهمك",
            "اخترنا لك",
            "اخترنا لكم",
            "للكاتب نفسه",
            "للكاتبة نفسها",
            "من نفس الكاتب",
            "مقالات للكاتب",
            "مقالات أخرى للكاتب",
            "المزيد للكاتب",
            "من نفس الملف",
            "من الملف نفسه",
            "في الملف نفسه",
            "اختيارات المحرر",
            "اختيار المحرر",
            "مختارات المحرر",
            "ننصحك بقراءة",
            "مقالات مرتبطة",
            "أخبار مرتبطة",
            "مواضيع مرتبطة",
            "المزيد في هذه الفئة",
            "Related",
            "Read more",
            "Read also",
            "See also",
            "Related news",
            "Related articles",
            "Related stories",
            "More stories",
            "All stories",
            "More news",
            "You may also like",
        ),
        role="aside",
    ),
    PhraseRule(
        "news-list-header",
        "header of a list of other headlines (saudi: آخر الأخبار; uae71: أحدث الأخبار)",
        (
            "آخر الأخبار",
            "أحدث الأخبار",
            "أخبار عاجلة",
            "شريط الأخبار",
            "عاجل",
            "الأخبار",
            "المزيد",
            "Stories",
            "RT STORIES",
            "Latest news",
            "Latest",
            "الأحدث",
        ),
        role="terminal",
    ),
    PhraseRule(
        "tags-header",
        "header of the tag list under an article",
        (
            "الوسوم",
            "وسوم",
            "الكلمات المفتاحية",
            "كلمات مفتاحية",
            "الكلمات الدلالية",
            "كلمات دلالية",
            "الكلمات الدالة",
            "كلمات دالة",
            "Tags",
        ),
        role="terminal",
    ),
    PhraseRule(
        "newsletter",
        "newsletter sign-up box (alsharq dumps)",
        (
            "اشترك في النشرة البريدية",
            "اشترك في نشرتنا البريدية",
            "النشرة البريدية",
            "أدخل بريدك الإلكتروني",
            "بريدك الإلكتروني",
            "اشتراك",
            "اشترك",
            "اشترك الآن",
            "سجل الآن",
            "Subscribe",
            "Newsletter",
        ),
        role="terminal",
    ),
    PhraseRule(
        "share-word",
        "share and follow buttons, one per line",
        (
            "شارك",
            "مشاركة",
            "شارك الخبر",
            "شارك المقال",
            "مشاركة الخبر",
            "مشاركة المقال",
            "انشر",
            "فيسبوك",
            "فيس بوك",
            "تويتر",
            "واتساب",
            "واتس اب",
            "تيليجرام",
            "تلغرام",
            "تليجرام",
            "تيليغرام",
            "تيلقرام",
            "تلقرام",
            "لينكدإن",
            "لينكد إن",
            "إكس",
            "تيك توك",
            "سناب شات",
            "ثريدز",
            "عبر البريد",
            "مشاركة عبر البريد",
            "ماسنجر",
            "انستغرام",
            "إنستغرام",
            "يوتيوب",
            "نسخ الرابط",
            "طباعة",
            "تكبير الخط",
            "تصغير الخط",
            "حجم الخط",
            "أرسل لصديق",
            "البريد الإلكتروني",
            "Facebook",
            "Twitter",
            "WhatsApp",
            "Telegram",
            "LinkedIn",
            "Instagram",
            "YouTube",
            "X",
            "Email",
            "Print",
            "Share",
            "شارك برأيك",
            "اضغط هنا للمشاركة",
        ),
    ),
    PhraseRule(
        "app-social",
        "app store and social follow lines in page footers",
        (
            "حمّل تطبيقنا",
            "حمل التطبيق",
            "حمل تطبيقنا",
            "تابعونا على",
            "تابعنا على",
            "تابعونا",
            "تابعنا",
            "App Store",
            "Google Play",
            "أين يمكنك متابعتنا",
            "مباشر",
            "بث مباشر",
        ),
    ),
    PhraseRule(
        "footer-link",
        "footer links (about, contact, privacy, terms, advertise)",
        (
            "من نحن",
            "اتصل بنا",
            "سياسة الخصوصية",
            "شروط الاستخدام",
            "أعلن معنا",
            "خريطة الموقع",
            "الشروط والأحكام",
            "هيئة التحرير",
            "فريق العمل",
            "الأرشيف",
            "العودة إلى الصفحة الرئيسية",
            "العودة للرئيسية",
            "الصفحة التالية",
            "الصفحة السابقة",
            "التالي",
            "السابق",
            "Next Previous",
            "تسجيل",
            "تسجيل الدخول",
            "دخول",
            "بحث",
            "القائمة",
            "أقسام مهمة",
            "About us",
            "Contact us",
            "Privacy Policy",
            "Terms of Use",
        ),
    ),
    PhraseRule(
        "ad-slot",
        "empty advertising slot (alsharq: مساحة إعلانية) and WordPress ad markers",
        ("مساحة إعلانية", "إعلان", "اعلان", "إعلانات", "إشهار", "Advertisement", "[ad_1]", "[ad_2]", "Ad"),
    ),
    PhraseRule(
        "listen-button",
        "audio player button (aawsat: استمع إلى المقالة)",
        ("استمع إلى المقالة", "استمع إلى المقال", "استمع للمقال", "استمع للمقالة", "استمع"),
    ),
    PhraseRule(
        "cookie-button",
        "cookie notice button",
        (
            "موافق",
            "أوافق",
            "قبول",
            "أقبل",
            "قبول الكل",
            "رفض",
            "رفض الكل",
            "إدارة التفضيلات",
            "إدارة الإعدادات",
            "إعدادات ملفات تعريف الارتباط",
            "Accept",
            "OK",
        ),
    ),
    PhraseRule(
        "source-word",
        "a lone 'source' label under copied articles (WordPress reposts)",
        ("المصدر", "مصدر", "Source"),
    ),
    PhraseRule(
        "photo-label",
        "photo placeholder labels (ksa2day: صورة الخبر)",
        ("صورة الخبر", "صورة أرشيفية", "صورة", "صور", "فيديو", "×"),
    ),
    PhraseRule(
        "not-found",
        "404 page text",
        (
            "404",
            "عذرا، الصفحة التي تبحث عنها غير موجودة",
            "الصفحة غير موجودة",
            "الصفحة التي تبحث عنها غير موجودة",
            "ربما تم نقلها أو حذفها",
            "Page not found",
            "404 Not Found",
            "Not Found",
        ),
        role="no_article",
    ),
)

# Section and menu words: a line made only of these (one or several) is navigation.
NAV_WORDS: tuple[str, ...] = (
    "الرئيسية",
    "أخبار",
    "سياسة",
    "اقتصاد",
    "رياضة",
    "ثقافة",
    "منوعات",
    "تكنولوجيا",
    "صحة",
    "فيديو",
    "رأي",
    "تقارير",
    "العالم",
    "محليات",
    "سوريا",
    "لبنان",
    "العراق",
    "مصر",
    "الخليج",
    "المغرب العربي",
    "فلسطين",
    "اليمن",
    "ليبيا",
    "السودان",
    "الأردن",
    "تونس",
    "الجزائر",
    "علوم",
    "بيئة",
    "سيارات",
    "مرأة",
    "ثقافة وفنون",
    "سياحة",
    "كاريكاتير",
    "إنفوغراف",
    "ملفات",
    "حوارات",
    "مقالات",
    "كتاب",
    "صور",
    "بث مباشر",
    "الطقس",
    "دولية",
    "مجتمع",
    "عربي ودولي",
    "فن",
    "فنون",
    "اقتصادية",
    "رياضية",
    "محلية",
    "دولي",
    "عربي",
    "آراء",
    "مقالات الرأي",
    "الرأي",
    "أخبار محلية",
    "أخبار عربية",
    "أخبار دولية",
    "السعودية",
    "الإمارات",
    "قطر",
    "الكويت",
    "البحرين",
    "عمان",
    "المغرب",
    "موريتانيا",
    "إيران",
    "تركيا",
    "أوروبا",
    "أمريكا",
    "آسيا",
    "أفريقيا",
    "إفريقيا",
    "المشرق العربي",
    "الأمريكيتان",
    "الأخبار",
    "البرامج",
    "الاقتصاد",
    "الرياضة",
    "الثقافة",
    "التكنولوجيا",
    "الصحة",
    "المنوعات",
    "فيديوهات",
    "إنفوجرافيك",
    "ملتيميديا",
    "برامج",
    "حصاد",
    "المزيد",
    "Home",
    "News",
    "Video",
    "Sport",
    "Sports",
    "Opinion",
)

# Month names (Gregorian: Egyptian/Gulf, Levantine, Maghreb, Tunisian/Algerian; Hijri).
MONTH_WORDS: tuple[str, ...] = (
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "ابريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "اغسطس",
    "سبتمبر",
    "أكتوبر",
    "اكتوبر",
    "نوفمبر",
    "ديسمبر",
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
    "كانون",
    "تشرين",
    "ماي",
    "يوليوز",
    "غشت",
    "شتنبر",
    "نونبر",
    "دجنبر",
    "جانفي",
    "فيفري",
    "أفريل",
    "افريل",
    "جوان",
    "جويلية",
    "أوت",
    "محرم",
    "صفر",
    "ربيع الأول",
    "ربيع الآخر",
    "ربيع الثاني",
    "جمادى الأولى",
    "جمادى الآخرة",
    "جمادى الأولى",
    "رجب",
    "شعبان",
    "رمضان",
    "شوال",
    "ذو القعدة",
    "ذو الحجة",
    "ربيع",
    "جمادى",
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
)

WEEKDAY_WORDS: tuple[str, ...] = (
    "الاثنين",
    "الإثنين",
    "الثلاثاء",
    "الأربعاء",
    "الخميس",
    "الجمعة",
    "السبت",
    "الأحد",
)

# Words that may sit in a date line next to the date itself.
DATE_FILLER_WORDS: tuple[str, ...] = (
    "هـ",
    "ه",
    "م",
    "الموافق",
    "الساعة",
    "آخر",
    "تحديث",
    "تاريخ",
    "النشر",
    "نشر",
    "في",
    "بتوقيت",
    "مكة",
    "المكرمة",
    "غرينتش",
    "غرينيتش",
    "ت",
    "ص",
    "مساء",
    "صباحا",
    "GMT",
    "AM",
    "PM",
    "منذ",
    "عدد",
    "المشاهدات",
    "آخر تحديث",
    "Updated",
    "Published",
)

# News agencies and wire credits (bylines, captions, credit lines).
AGENCY_WORDS: tuple[str, ...] = (
    "رويترز",
    "أ ف ب",
    "ا ف ب",
    "أ.ف.ب",
    "ا.ف.ب",
    "د ب أ",
    "د.ب.أ",
    "أ ب",
    "أ.ب",
    "ا ب",
    "واس",
    "الأناضول",
    "وات",
    "سانا",
    "قنا",
    "وام",
    "كونا",
    "بنا",
    "العمانية",
    "الوكالات",
    "وكالات",
    "سبق",
    "CNN",
    "AFP",
    "Reuters",
    # photo agencies, as credited under pictures
    "أسوشيتد برس",
    "اسوشيتد برس",
    "غيتي",
    "جيتي",
    "Getty",
    "Getty Images",
    "EPA",
    "AP",
    "DPA",
    "إي بي إيه",
    "إيه بي إيه",
    "إيه بي",
    "فرانس برس",
    "شينخوا",
    "Sputnik",
    "Anadolu",
    "سكاي نيوز عربية",
    "العربية.نت",
    "فرانس24",
    "فرانس 24",
    "بي بي سي",
    "الجزيرة",
)

# Syndication and disclaimer lines (al arabiya opinion pages, CNN opinion disclaimers).
PATTERN_RULES: tuple[PatternRule, ...] = (
    PatternRule(
        "comment-count",
        "comment header with its count (seed 000: التعليقات (2))",
        r"^(?:ال)?تعليقات\s*[:：]?\s*[(\[]?\s*[\d٠-٩]+\s*[)\]]?$|"
        r"^[\d٠-٩]+\s*(?:تعليق|تعليقات|تعليقا|تعليقاً|comments?)$",  # "3 تعليقات" over the comments
        role="terminal",
    ),
    PatternRule(
        "feed-footer",
        "WordPress feed footer (hespress copies: 'The post … appeared first on …')",
        r"^The post .{1,400} appeared first on\b|^from .{1,200}https?://",
        max_words=200,
        role="terminal",
        hints=("appeared first", "http"),
    ),
    PatternRule(
        "relative-time",
        "relative time under a comment or teaser (seed 000: ·منذ 6 سنوات 7 أشهر)",
        r"^[·•\-–]?\s*(?:(?:نشر|نُشر|تم النشر|آخر تحديث|اخر تحديث)\s*:?\s*)?(?:منذ|قبل)\s+(?:[\d٠-٩]+\s*)?"
        r"(?:ثانية|ثوان|ثواني|دقيقة|دقائق|دقيقتين|ساعة|ساعات|ساعتين|يوم|أيام|يومين|أسبوع|"
        r"أسابيع|أسبوعين|شهر|أشهر|شهرين|سنة|سنوات|سنتين|عام|أعوام|عامين)",
        max_words=8,
        role="terminal",  # the article is over where a comment's time stands; prose under it is the comment
    ),
    PatternRule(
        "not-found-text",
        "a not-found page in other words ('عفواً، لم نتمكن من العثور على الصفحة المطلوبة', 'خطأ 404')",
        r"^(?:(?:عذرا|عفوا|نأسف)[،,!]?\s*)?(?:لم (?:نتمكن|نستطع) من|تعذر|لا يمكن|لم نعثر على)\s*"
        r"(?:العثور على|إيجاد|الوصول إلى)?\s*(?:ال)?صفحة(?:\s+(?:المطلوبة|التي تبحث عنها|التي طلبتها))?\s*[.!]?$|"
        r"^(?:Error\s*)?404\b.{0,40}(?:not found|غير موجود)|^(?:خطأ|Error)\s*404$|"
        r"^(?:ال)?صفحة غير موجودة(?:\s+[-|–]\s+[^-|–]{1,40})?$",
        role="no_article",
        max_words=14,
        hints=("صفحه", "404"),
    ),
    PatternRule(
        "pagination",
        "page numbers under a list of stories ('1 2 3 4 ... 250 التالي')",
        r"^(?:(?:السابق|الأولى|«|<)\s+)?(?:[\d٠-٩]+\s+){2,}(?:(?:\.\.\.|…)\s+(?:[\d٠-٩]+\s+)?)?"
        r"(?:(?:التالي|الأخيرة)\s*)?(?:»|>)?$",  # "1 2 3 4 5 ... التالي »" too
        max_words=16,
        hints=tuple("0123456789"),  # folded lines have Western digits
    ),
    PatternRule(
        "tag-line",
        "the tag list on the header's own line ('الكلمات الدالة: النفط، الولايات المتحدة، سوريا')",
        r"^(?:الوسوم|وسوم|الكلمات المفتاحية|كلمات مفتاحية|الكلمات الدلالية|كلمات دلالية|الكلمات الدالة|كلمات دالة|Tags)"
        r"\s*[:：]\s*\S",
        max_words=30,
        hints=("وسوم", "كلمات", "tags"),
    ),
    PatternRule(
        "reading-time",
        "reading time under a headline ('دقيقتان للقراءة', '7 دقائق للقراءة', 'وقت القراءة: 3 دقائق')",
        r"^(?:وقت القراءة|مدة القراءة|زمن القراءة)\s*:?\s*(?:[\d٠-٩]+\s*)?(?:دقيقة|دقيقتان|دقيقتين|دقائق)$|"
        r"^(?:[\d٠-٩]+\s*)?(?:دقيقة|دقيقتان|دقيقتين|دقائق)\s*(?:للقراءة|قراءة)$|"
        r"^(?:قراءة|للقراءة)\s*:?\s*[\d٠-٩]+\s*(?:دقيقة|دقائق)$",
        max_words=6,
        hints=("دقيق", "دقائق"),
    ),
    PatternRule(
        "counter",
        "a bare counter (comment count, views, number of stories, a forum member's posts: '2', '32 خبر', "
        "'المشاركات: 4,784')",
        r"^[\d٠-٩][\d٠-٩,.]*\s*(?:خبر|أخبار|تعليق|تعليقات|مشاهدة|مشاهدات|قراءة|views|comments)?$|"
        r"^(?:عدد )?(?:المشاهدات|مشاهدات|مشاهدة|القراءات|قراءات|مرات القراءة|التعليقات|الزيارات|زيارات|المشاركات)"
        r"\s*[:：]\s*[\d٠-٩][\d٠-٩,.]*$",
        max_words=4,
    ),
    PatternRule(
        "copyright",
        "copyright line in the footer",
        r"©|^\W*(?:جميع )?(?:الحقوق|حقوق النشر) محفوظة|^(?:Copyright|All rights reserved)\b",
        max_words=15,
        role="terminal",
        hints=("©", "حقوق", "copyright", "rights reserved"),
    ),
    PatternRule(
        "reuse-notice",
        "terms of reuse under a wire story (anadolu: يُسمح بالاقتباس من أخبار الوكالة …)",
        # the notice names whose material it is: the agency's, the site's, the paper's
        r"^(?:يسمح بالاقتباس من|(?:لا يجوز|يمنع|يحظر) (?:نسخ|إعادة نشر|اعادة نشر|الاقتباس من))(?: أي)? "
        r"(?:هذا المحتوى|المحتوى|محتوى|المواد|مواد|الأخبار|أخبار)(?: المنشورة)? "
        r"(?:هذا |على |في )?(?:الوكالة|الموقع|الصحيفة|الجريدة|القناة)|^و?يقتصر النشر الكامل على المشتركين",
        max_words=40,
        hints=("الاقتباس", "نسخ", "نشر"),
    ),
    PatternRule(
        "ad-script",
        "ad or analytics script text (alsharq: googletag.display(…))",
        r"googletag|adsbygoogle|document\.write|window\.|<script|</script>|\bfunction\s*\(|"
        r"div-gpt-ad|dataLayer",
        max_words=10_000,
        max_arabic_words=3,
        hints=(
            "googletag",
            "adsbygoogle",
            "document.",
            "window.",
            "script",
            "function",
            "div-gpt",
            "dataLayer",
        ),
    ),
    PatternRule(
        "cookie-notice",
        "cookie consent notice",
        # Cookies and the site asking consent for them ("نستخدم …", "بمتابعة التصفح فإنك توافق");
        # a news story about cookies ("ستتخلى غوغل عن ملفات تعريف الارتباط في متصفح كروم") is kept.
        r"^(?=.*(?:ملفات (?:تعريف )?الارتباط|كوكيز|\bcookies?\b))"
        r"(?=.*(?:نستخدم|نستعمل|نستعين|يستخدم هذا|يستعمل هذا|هذا الموقع|موقعنا|يستخدم موقع|يستعمل موقع|"
        r"يعتمد موقع|تجربتك|فإنك توافق|هل توافق|موافقتك|موافق$|تقبلون|باستمرارك|بمتابعتك|بمواصلتك|"
        r"\b[Ww]e use\b|\byou agree\b|\butilise\b|\bvous acceptez\b))|"
        r"^(?:تفضيلات |إعدادات )?(?:ملفات (?:تعريف )?الارتباط|(?:ملفات )?الكوكيز)$|^Cookie (?:settings|preferences)$",
        max_words=60,
        hints=("الارتباط", "كوكيز", "cookie"),
    ),
    PatternRule(
        "syndication-credit",
        "syndication credit under copied opinion pieces (*نقلاً عن الأهرام المصرية)",
        r"^\*+\s*(?:نقلا|نقلاً|خدمة|عن)\b|^(?:نقلا|نقلاً) عن\s|^\*\s*خدمة",
        max_words=12,
    ),
    PatternRule(
        "disclaimer",
        "opinion disclaimer (** جميع المقالات المنشورة تمثل رأي كتابها فقط)",
        # (the writer's own note opening a column is the column's: "هذا المقال بقلم … ولا يعكس بالضرورة …")
        r"^(?!هذا (?:المقال|التقرير|الموضوع) بقلم).*?(?:"
        r"تمثل رأي (?:كتابها|كاتبها|أصحابها)|تعبر عن رأي (?:كاتبها|كتابها|صاحبها)|"
        # a page's notice names what it speaks of: "الآراء الواردة في التعليقات تعبر عن أصحابها"
        r"(?:الآراء|المقالات|التعليقات|المواد|المشاركات)\b[^.]{0,60}(?:تعبر عن|تمثل وجهة نظر) "
        r"(?:كاتبها|كتابها|صاحبها|أصحابها)|"
        r"لا يعكس بالضرورة|لا تعكس بالضرورة|لا تعبر بالضرورة|لا يعبر بالضرورة)",
        max_words=60,
        hints=("بالضرورة", "رأي", "أصحابها", "كاتبها", "كتابها", "صاحبها"),
    ),
    PatternRule(
        "related-header",
        "a related box's header run into its first link ('مواضيع ذات صلة 345 مليون درهم …')",
        r"^(?:مواضيع|مقالات|أخبار|موضوعات|اخبار) ذات صلة\s+(?!ب)\S",
        role="aside",
        max_words=30,
        hints=("صله",),
    ),
    PatternRule(
        "related-header",
        "a related box's header in other words: a kind of story and how it relates "
        "('مواضيع مشابهة', 'موضوعات ذات علاقة', 'أخبار أخرى قد تهمك')",
        r"^(?:ال)?(?:مواضيع|موضوعات|مقالات|أخبار|اخبار|قصص|تقارير|روابط|قراءات|مواد)"
        r"(?: (?:ال)?(?:أخرى|اخرى))?"
        r" (?:(?:ال)?(?:مشابهة|مماثلة|متعلقة|مرتبطة|متصلة|ذات (?:صلة|علاقة))|قد (?:تهمك|تهمكم|تعجبك|تعجبكم))"
        r"(?: (?:بالموضوع|بالخبر|بالمقال))?\s*:?$|"
        # "أخبار أخرى في محليات": more stories of the section
        r"^(?:ال)?(?:مواضيع|موضوعات|مقالات|أخبار|اخبار) (?:ال)?(?:أخرى|اخرى) (?:في|من) "
        r"[^\s.!؟?،:]+(?: [^\s.!؟?،:]+)?\s*:?$",
        role="aside",
        max_words=6,
    ),
    PatternRule(
        "post-navigation",
        "links to the previous and next story under an article ('المقال السابق', 'الخبر التالي: …'), "
        "each over that story's headline",
        r"^[«»‹›<>\s]*(?:ال)?(?:مقال|مقالة|خبر|موضوع|منشور|تدوينة|قصة) (?:ال)?(?:سابق|سابقة|تالي|تالية|تالى)"
        r"\s*[«»‹›<>]*\s*(?::.*)?$",
        role="aside",
        max_words=30,
        hints=("سابق", "تالي"),
    ),
    PatternRule(
        "most-read",
        "a popular-stories header in other words ('الأكثر زيارة', 'المواضيع الأكثر مشاهدة هذا الأسبوع')",
        r"^(?:(?:ال)?(?:أخبار|اخبار|مواضيع|موضوعات|مقالات|قصص) )?(?:الأكثر|الاكثر|أكثر|اكثر) "
        r"(?:قراءة|قراءةً|مشاهدة|زيارة|تداولا|تداولاً|تعليقا|تعليقاً|شعبية|انتشارا|انتشاراً|مشاركة|تفاعلا|تفاعلاً)"
        r"(?: (?:اليوم|الآن|هذا الأسبوع|هذا الاسبوع|خلال الأسبوع|هذا الشهر|في 24 ساعة))?\s*:?$",
        role="terminal",
        max_words=7,
    ),
    PatternRule(
        "home-menu",
        "a menu opening with the home link, its items apart by single spaces "
        "('الرئيسية رأي دولي رياضة منوعات English'): words only, no particle a sentence would have",
        r"^(?:ال)?رئيسية(?!.* (?:في|من|على|إلى|الى|عن|أن|ان|التي|الذي|مع|بعد|قبل)(?: |$))"
        r"(?: (?:[\u0621-\u064a]+|[A-Z][a-zç]+)){3,39}$",  # a link to another language: "Français"
        max_words=40,
        hints=("رئيسيه",),
    ),
    PatternRule(
        "related-header",
        "'read also' naming where, with the links under it ('اقرأ أيضاً في «الأخبار»')",
        r"^(?:(?:[اإ]قرأ|طالع)(?: [أا]يضا| كذلك)?|شاهد (?:[أا]يضا|كذلك)) (?:في|على|عبر) [«\"“]?\S+(?: \S+)?\s*:?$",
        role="aside",
        max_words=5,
    ),
    PatternRule(
        "related-header",
        "more from the article's section ('في نفس القسم')",
        r"^(?:في|من) (?:نفس القسم|القسم نفسه|ذات القسم)\s*:?$",
        role="aside",
        max_words=4,
    ),
    PatternRule(
        "breadcrumb",
        "the path from the home page ('الرئيسية » وطنية » بلاغ مروري بمناسبة العطلة...'), maybe after "
        "'أنت هنا:' (Joomla's 'you are here')",
        r"^(?:(?:أنت|انت) هنا\s*:?\s*)?(?:ال)?رئيسية\s*[»>›/|\\]\s*\S",
        max_words=30,
        hints=("رئيسيه",),
    ),
    PatternRule(
        "email-cloak",
        "a CMS's note in place of an e-mail address hidden from spam robots (Joomla: 'عنوان البريد "
        "الإلكتروني هذا محمي من روبوتات السبام. يجب عليك تفعيل جافاسكربت لتتمكن من رؤيته.')",
        r"^(?:عنوان البريد الإلكتروني هذا محمي|هذا العنوان البريدي محمي|This email address is being protected)",
        max_words=25,
        hints=("محمي", "protected"),
    ),
    PatternRule(
        "listen-button",
        "an audio player's controls ('استمع/ي إلى المقال', 'سرعة التشغيل 1x')",
        r"^(?:استمع|استمعي)(?:/ي)? (?:إلى |الى |ل)?(?:(?:هذا|هذه) )?(?:المقال|المقالة|الخبر|التقرير|القصة|المادة)$|"
        r"^(?:سرعة التشغيل|سرعة القراءة|Playback speed)\s*:?\s*[\d٠-٩.,]+\s*[xX×]?$",
        max_words=5,
    ),
    PatternRule(
        "support-appeal",
        "a call to support or join the site ('ادعم/ي صحافتنا المستقلة', 'كن/كوني من ناس رصيف22')",
        # (an appeal addresses the reader: "ادعم/ي", "كن/كوني"; "انضم إلى أعضاء الوفد" is news)
        r"^[^\"“«]{0,60}\b(?:ادعم|ادعمي|ادعموا)(?:/ي)? (?:صحافتنا|الصحافة المستقلة|استقلاليتنا|استقلالنا)|"
        r"^(?:كن|كوني)(?:/كوني)? (?:من|أحد|واحدا من|واحدة من) (?:ناس|أصدقاء|قراء|مشتركي|داعمي)\b|"
        r"^(?:انضم/ي|انضمّ/ي|انضمي) (?:إلى|الى) (?:ناس|أصدقاء|مجتمع|قراء|داعمي)\b",
        max_words=16,
        hints=("ادعم", "كن", "كوني", "انضم"),
    ),
    PatternRule(
        "prayer-times",
        "a prayer-times widget ('مواقيت الصلاة: الفجر 3:21  الظهر 11:47  العصر 2:29 …')",
        r"^(?:مواقيت|أوقات|اوقات) الصلاة\b(?:[^.!؟،]*?\d{1,2}:\d{2}){2,}[^.!؟،]*$|"  # two times or more, no sentence
        r"^(?:مواقيت|أوقات|اوقات) الصلاة(?: في [^\d.،]{2,30})?$",
        max_words=24,
        hints=("الصلاه",),
    ),
    PatternRule(
        "prayer-time",
        "a prayer time on its own line, under 'مواقيت الصلاة' ('الفجر 4:09')",
        r"^(?:الفجر|الشروق|الظهر|العصر|المغرب|العشاء)\s*:?\s*\d{1,2}:\d{2}(?:\s*[صم])?$",
        max_words=3,  # (tried on short lines only: this runs on every line of every dump)
        hints=(":",),
    ),
    PatternRule(
        "market-ticker",
        "rates or prices between bars ('الدينار البحريني: الدولار 0.376 | اليورو 0.404 | الريال السعودي 0.100')",
        r"^(?:[^|\d]*\d+[.,٫]\d+\s*[|•·]){2,}[^|\d]*\d+[.,٫]\d+[^.!؟?]*$",
        max_words=30,
        hints=("|", "•", "·"),
    ),
    PatternRule(
        "weather",
        "a weather widget: a city and its temperature ('المنامة 31° رطب', 'عمان 25°')",
        r"^[^\d\s.،,:]{2,15}(?: [^\d\s.،,:]{2,15})?\s-?[\d٠-٩]{1,2}\s?°\s?[CcFf]?"
        r"(?:\s(?:رطب|مشمس|غائم|صحو|ممطر|حار|معتدل|بارد|غبار|ضباب|غائم جزئيا))?$|"  # a sky, not "مئوية"
        r"^(?:[^\d|.،,:]{2,20}\s-?[\d٠-٩]{1,2}\s?°\s*\|\s*)+[^\d|.،,:]{2,20}\s-?[\d٠-٩]{1,2}\s?°$",  # cities
        max_words=16,
        hints=("°",),
    ),
    PatternRule(
        "agency-staff-credit",
        "an agency's credit line, its editor and translator after slashes ('وام/عاصم الخولي/عاطف مراد')",
        r"^(?:" + "|".join(re.escape(word) for word in AGENCY_WORDS) + r")\s*/\s*[^/\d.!؟?،,:]{2,30}"
        r"(?:/\s*[^/\d.!؟?،,:]{2,30})+$",
        max_words=9,
        hints=("/",),
    ),
    PatternRule(
        "click-here",
        "a link's call to action closing its line ('للاشتراك في النشرة البريدية اضغط هنا')",
        # (a sentence ending with it, "… ولاستلام الجائزة اضغط هنا.", quotes one)
        r"(?:اضغط|إضغط|أضغط|انقر|إنقر)(?:ي|وا|/ي)? (?:هنا|على الرابط)\s*[!:]?\s*$|\b[Cc]lick here[^.\w]*$",
        max_words=20,
        hints=("اضغط", "انقر", "click"),
    ),
    PatternRule(
        "headline-ticker",
        "a ticker's label and its headlines on one line ('شريط الأخبار: … ... … ... …')",
        r"^(?:شريط الأخبار|شريط الاخبار|عاجل|آخر الأخبار|أخبار عاجلة)\s*[:：|]\s*"
        r"\S(?:.*?\s(?:\.\.\.|…|\||•|■)\s){2,}.*[^.!؟?]$|"
        r"^(?:عاجل|خبر عاجل)\s*\|\s*\S",  # one breaking headline behind its label and a bar
        max_words=80,
        hints=("شريط", "عاجل", "اخر الاخبار"),
    ),
    PatternRule(
        "share-word",
        "font-size buttons ('حجم الخط  أ-  أ+', 'A- A A+')",
        # (each button is a letter with its sign, or one of the two alone, and buttons stand apart by
        # spaces: a line splits into them one way only, so a failing line is rejected at once)
        r"^(?:حجم الخط|الخط|تكبير الخط|تصغير الخط)?\s*[:：]?\s*(?:[أاA][-+−]?|[-+−])(?:\s+(?:[أاA][-+−]?|[-+−])){1,5}"
        r"(?:\s*[|•]\s*(?:طباعة|مشاركة|إرسال|ارسال))*\s*$",
        max_words=8,
    ),
    PatternRule(
        "archive-notice",
        "a note that the page comes from the archive ('هذه الصفحة من أرشيف «الحياة»، وقد لا تظهر …')",
        r"^(?:هذه الصفحة|هذا المقال|هذا الخبر|هذه المادة|هذا الموضوع)\s+(?:من|ضمن)\s+(?:أرشيف|ارشيف)",
        max_words=30,
        hints=("ارشيف",),
    ),
    PatternRule(
        "recommended-header",
        "header of an editor's picks box (dw: DW توصي; ننصحك بقراءة)",
        r"^(?:[A-Za-z0-9]+|المحرر|محرر الموقع|التحرير|فريق التحرير)\s+(?:توصي|يوصي|ينصح|يرشح|ترشح)"
        r"(?:\s+(?:لك|لكم|بقراءة|بمشاهدة))?$|"
        r"^(?:ننصحك|ننصحكم|نرشح لك|نوصيك|نوصي لك)(?:\s+(?:بقراءة|بمشاهدة|أيضا|أيضاً))?$",
        role="aside",
        max_words=4,
    ),
    PatternRule(
        "social-embed",
        "what is left of an embedded post (instagram: تمت مشاركة منشور بواسطة …; a tweet's link and signature)",
        r"^تمت مشاركة منشور بواسطة|^A post shared by|pic\.twitter\.com/\S+$|"
        r"^[—–-]\s*[^()]{0,40}\(@\w+\)\s+\S+\s+\d{1,2},\s+\d{4}$",
        max_words=40,
        hints=("مشاركة منشور", "post shared", "pic.twitter", "(@"),
    ),
    PatternRule(
        "agency-credit",
        "wire credit line (france24: فرانس24/ أ ف ب; jawhara: -وات-; APS: وأج)",
        r"^[-–(]?\s*(?:فرانس\s?24|وات|واس|قنا|وام|سانا|وأج|رويترز|أ\s?ف\s?ب|ا\s?ف\s?ب|د\s?ب\s?أ|وكالات|الوكالات)"
        r"\s*(?:[/،,-]\s*(?:أ\s?ف\s?ب|ا\s?ف\s?ب|رويترز|د\s?ب\s?أ|أ\s?ب|وكالات|الوكالات)\s*)*[-–)]?$",
        max_words=8,
    ),
    PatternRule(
        "initials-signature",
        "editors' initials and wires under a story (dw: ع.ح/ م.س (أ ف ب، رويترز))",
        r"^[\u0621-\u064a]{1,2}(?:\s?\.\s?[\u0621-\u064a]{1,2}){1,3}\s*/\s*"
        r"[\u0621-\u064a]{1,2}(?:\s?\.\s?[\u0621-\u064a]{1,2}){1,3}(?:\s*\([^()]{1,60}\))?$",
        max_words=12,
    ),
    PatternRule(
        "sms-contact",
        "SMS contact footer under columns (okaz, al-madina)",
        # The footer opens with "للتواصل" or the operator's name ("زين تبدأ بالرمز 162 مسافة ثم الرسالة");
        # a story may name SMS, a code or a service ("أرسل البنك رسائل SMS تحذيرية", "أرقام تبدأ بالرمز
        # 00252", "عبر إرسال رسالة تبدأ بالرمز 11 مسافة ثم رقم الهوية"), and "مسافة ثم" is prose.
        r"^(?:للتواصل|لتواصل)\b.{0,40}\bsms\b|"
        r"^(?:للتواصل|لتواصل|زين|موبايلي|الاتصالات|stc)\b.{0,80}تبدأ بالرمز\s*\(?[\d٠-٩]{1,4}\)?\s*(?:ثم\s+)?مسافة|"
        r"^[\d٠-٩]{5,7}\s*-\s*(?:Stc|Mobily|Zain)$",
        max_words=40,
        hints=("sms", "بالرمز", "Stc", "Mobily", "Zain"),
    ),
    PatternRule(
        "link-back",
        "link back to the paper (alweeam: رابط الخبر بصحيفة الوئام: …)",
        r"^رابط (?:الخبر|المقال|المادة)\b|^لقراءة (?:الحوار|المقال|الخبر) كاملا",
        max_words=40,
    ),
    PatternRule(
        "masthead",
        "masthead credits (alsharq: رئيس التحرير: …; vetogate: رئيس التحرير)",
        r"^(?:رئيس مجلس الإدارة|رئيس التحرير|مدير التحرير|المدير العام|المدير المسؤول|"
        r"نائب رئيس التحرير|رئيس مجلس الادارة)\b|"
        r"^(?:الطبعة|النسخة)\s*[:：]\s*\S+$|^العدد\s*[:：]?\s*[(\[]?[\d٠-٩]+[)\]]?$",  # "الطبعة: دولي", "العدد (4100)"
        max_words=12,
    ),
    PatternRule(
        "credit-line",
        "programme or writer credit on its own line (orient video pages: إعداد:, تقديم:)",
        r"^(?:إعداد|اعداد|تقديم|تحرير|ترجمة|مراجعة|إخراج|مونتاج|تصوير وإعداد|الضيوف المشاركة|"
        r"الضيوف|بقلم|كتبه|كتب|كتبت|حوار|متابعة)\s*[:：]|^(?:كتب|كتبت|كتبه|بقلم)\s*[-–]\s*[^:：]{2,40}[:：]?$|"
        # the story's sources: "المصدر: النهار العربي - أ ف ب" (no sentence: no full stop, no second colon)
        r"^(?:المصدر|المصادر)\s*[:：]\s*[^.!؟?:：]{2,60}$|"
        # bbc: "كاتب المقال، سارة الخطيب", then "مسمى وظيفي، بي بي سي نيوز عربي" (author, job title)
        r"^(?:كاتب المقال|كاتبة المقال|مسمى وظيفي|المسمى الوظيفي)\s*[،,:：]\s*\S",
        max_words=8,
    ),
    PatternRule(
        "inline-link",
        "a link to another story on its own line (cnn: قد يهمك| …; شاهد.. …; اقرأ.. …)",
        r"^(?:قد يهمك|يهمك(?: [أا]يضا)?|[اإ]قرأ(?: [أا]يضا| كذلك| المزيد)?|شاهد(?: [أا]يضا)?|طالع(?: [أا]يضا)?|"
        r"للمزيد|المزيد|ذات صلة|(?:مقال|خبر|موضوع) (?:مرتبط|ذو صلة)|"
        r"(?:مواضيع|موضوعات|مقالات|أخبار|اخبار|مواد) (?:مشابهة|ذات صلة|ذات علاقة|متعلقة|مرتبطة))"
        r"\s*(?:\||/|:|\.\.|…|-|–)\s*\S|"
        r"^(?:[اإ]قرأ|طالع|شاهد) (?:[أا]يضا|كذلك)\s+[^.!؟?]+$|"
        # "اقرأ في سبق: …": a link to the site's own story; "تابع: …" over a headline, not a quote
        r"^(?:[اإ]قرأ|طالع|شاهد)(?: [أا]يضا)? (?:في|على|عبر) \S+(?: \S+)?\s*:\s*\S|"
        r"^تابع(?:وا)?\s*:\s*[^\s«\"“'(][^«\"“،]*[^.:،«»\"“”]$",
        max_words=25,
    ),
    PatternRule(
        "follow-appeal",
        "the site asking to be followed on a platform (khaberni: تابعوا خبرني على قناة واتساب)",
        # The site's own appeal, told by its verb and by what stands between the verb and the platform:
        # the plural imperative ("تابعوا خبرني على واتساب", "تابعونا على صفحتنا الرسمية على فيسبوك"), or any
        # form with "our" or a channel word before the platform ("تابع الجزيرة نت على تطبيق واتساب",
        # "انضم إلى قناتنا على تيليجرام"); the singular is never a finished sentence: "انضم الرئيس … إلى منصة
        # تيك توك", "تابع ملايين المشاهدين الحفل عبر قناة يوتيوب." report news.
        r"^(?:(?:تابعوا|تابعونا|تابعنا|انضموا|اشتركوا)\s+(?:\S+\s+){0,3}(?:على|عبر|في|إلى|الى)\s+(?:\S+\s+){0,4}"
        r"(?:" + _PLATFORMS + r")\s*!?"
        r"|(?:تابعوا|تابعونا|تابعنا|انضموا|اشتركوا)\s+" + _CHANNEL_SPAN + r"(?:" + _PLATFORMS + r")\s*[.!]?"
        r"|(?:تابع|انضم|اشترك)\s+" + _CHANNEL_SPAN + r"(?:" + _PLATFORMS + r")\s*!?)$",
        max_words=12,
        hints=("تابع", "انضم", "اشترك"),
    ),
    PatternRule(
        "video-series",
        "video teaser line (cnn: شاهد هذا الفيديو ضمن سلسلة …)",
        r"^شاهد (?:هذا الفيديو|الفيديو|بالفيديو)\b",
        max_words=25,
    ),
    PatternRule(
        "photo-credit-prefix",
        "photo or design credit (7iber: تصميم ندى جفّال.)",
        r"^(?:تصوير|تصميم|الصورة|صورة|المصدر|رسم|Photo|Credit|Image)\s*[:：\-–/]?\s*\S+"
        r"(?:\s+\S+){0,3}\.?$",
        max_words=5,
    ),
    PatternRule(
        "photo-source",
        "a photo's source or caption behind its label (bbc: صدر الصورة، Reuters; التعليق على الصورة، …)",
        r"^(?:صدر الصورة|مصدر الصورة|حقوق الصورة|التعليق على الصورة)\s*[،,:：]\s*\S",
        max_words=40,
        hints=("الصوره",),
    ),
    PatternRule(
        "embed-notice",
        "the frame of an embedded post or podcast (bbc: تخطى منشور X وواصل القراءة; نهاية منشور X;"
        " بي بي سي غير مسؤولة عن محتوى المواقع الخارجية)",
        r"^(?:نهاية|تخطى|تخط)\s+(?:منشور|المنشور|البودكاست)(?:\s+\S+)?(?:\s+وواصل القراءة)?$|"
        r"^(?:البودكاست|المنشور) نهاية$|"
        # (the site speaking of itself in a short notice, not a sentence reporting someone's words)
        r"^(?:[^.]{0,30}\.\s*)?(?:تحذير\s*[:：]\s*)?"
        r"(?!و|(?:\S+\s+){0,2}(?:قال|قالت|أكد|أكدت|أوضح|أوضحت|أعلن|أعلنت|[إأ]ن|[إأ]نه|[إأ]نها)\s)"
        r"(?:\S+\s+){1,3}(?:غير|ليست|ليس) مسؤول[ةه]? "
        r"عن محتوى المواقع الخارجية\.?(?:\s*سياسة التعامل مع الروابط الخارجية\.?)?$",
        max_words=20,
        hints=("منشور", "البودكاست", "المواقع الخارجيه"),
    ),
    PatternRule(
        "hashtag-line",
        "a line made only of hashtags (orient: #أورينت #سوريا #درعا; rt: #اسأل_أكثر)",
        r"^(?:#\S+\s*)+[A-Za-z ]*$",
        max_words=15,
    ),
    PatternRule(
        "url-line",
        "a bare link",
        r"^(?:https?://|www\.)\S+$",
        max_words=1,
    ),
    PatternRule(
        "teaser-more",
        "teaser cut with a 'more' link (aawsat: …المزيد; ayn al-madina: اقرأ المزيد)",
        r"(?:\.\.\.|…)\s*(?:المزيد|اقرأ المزيد|read more)$",
        max_words=80,
        hints=("...", "…"),
    ),
)


@dataclass(frozen=True, slots=True)
class CleanRules:
    """Vocabulary and thresholds for ``clean_dump``. Frozen; extend with ``with_extra``."""

    phrase_rules: tuple[PhraseRule, ...] = PHRASE_RULES
    pattern_rules: tuple[PatternRule, ...] = PATTERN_RULES
    nav_words: tuple[str, ...] = NAV_WORDS
    month_words: tuple[str, ...] = MONTH_WORDS
    weekday_words: tuple[str, ...] = WEEKDAY_WORDS
    date_filler_words: tuple[str, ...] = DATE_FILLER_WORDS
    agency_words: tuple[str, ...] = AGENCY_WORDS
    # Site-name words that mark a title suffix (" - أورينت نت") or a byline.
    site_words: tuple[str, ...] = (
        "نت",
        "نيوز",
        "موقع",
        "جريدة",
        "صحيفة",
        "قناة",
        "أونلاين",
        "اونلاين",
        "بوابة",
        "شبكة",
        "وكالة",
        "تي في",
        "أف أم",
        "اف ام",
        "إف إم",
        "نيوز عربية",
        "عربي",
        "بالعربية",
        "News",
        "TV",
        "FM",
        "Online",
        "Net",
    )
    extra_phrases: tuple[str, ...] = field(default=())
    # A line with at least this many characters (or ending a sentence with at
    # least prose_min_words words) reads like article prose.
    prose_min_chars: int = 100
    prose_min_words: int = 7
    # Subheadings: short lines without a final full stop.
    heading_max_words: int = 16
    heading_max_chars: int = 130
    # Title candidates.
    title_min_words: int = 2
    title_max_words: int = 24
    # A headline ending with a full stop, taken only when no other title is
    # found: one sentence of at most this many words above a longer paragraph.
    sentence_title_max_words: int = 20
    # Bylines and datelines on their own line.
    byline_max_words: int = 7
    # Archive statistics: a non-prose line seen in at least this many dumps,
    # and in at least this share of them, is site furniture.
    archive_min_dumps: int = 3
    archive_min_share: float = 0.05
    # A page with at least this many "read more" lines and no article is an index page.
    index_min_read_more: int = 3
    # Look this many body lines ahead for a standfirst's repeat.
    standfirst_window: int = 4

    def with_extra(self, phrases: tuple[str, ...]) -> CleanRules:
        """Return rules that also drop lines equal to one of ``phrases`` (site.toml)."""
        cleaned = tuple(p.strip() for p in phrases if p and p.strip())
        return replace(self, extra_phrases=self.extra_phrases + cleaned)


DEFAULT_RULES = CleanRules()
