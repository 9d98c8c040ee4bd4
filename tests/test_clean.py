"""Unit tests for the clean stage (generator/clean.py, clean_rules.py, clean_features.py)."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from generator.clean import ArchiveStats, clean_dump, collect_archive_stats
from generator.clean_features import fold_line, split_glued
from generator.clean_rules import DEFAULT_RULES, CleanRules
from generator.model import RawDump

TITLE = "وزير الخارجية يبحث مع نظيره الأردني تطورات الأوضاع في المنطقة"
P1 = (
    "بحث وزير الخارجية مع نظيره الأردني في اتصال هاتفي اليوم الثلاثاء تطورات الأوضاع "
    "في المنطقة والجهود المبذولة لخفض التصعيد."
)
P2 = "وأكد الوزيران على أهمية مواصلة التنسيق والتشاور بين البلدين الشقيقين إزاء مختلف القضايا ذات الاهتمام المشترك."
P3 = "وكان الوزير قد أجرى خلال الأسبوع الماضي سلسلة اتصالات مع عدد من نظرائه العرب لبحث المستجدات الإقليمية."


def make_raw(text: str, name: str = "t.txt", title: str | None = None) -> RawDump:
    return RawDump(name=name, sha256="0" * 64, lines=tuple(text.split("\n")), title=title)


def article(*middle: str, tail: tuple[str, ...] = ()) -> RawDump:
    """Title, P1, the given lines, P2, P3, then tail lines (one per line, blank-separated)."""
    lines = [TITLE, "", P1, "", *middle, "", P2, "", P3, "", *tail]
    return make_raw("\n".join(lines))


def decision_for(result, text: str):
    return next(d for d in result.decisions if d.text == text.strip())


def body_texts(result) -> list[str]:
    return [b.text for b in result.blocks]


def clean_in_archive(lines: list[str], recurring: list[str], pages: int = 4, *, listed: tuple[str, ...] = ()):
    """Clean a page in an archive whose other pages print ``recurring`` too in their head (the
    site's own lines) and ``listed`` under their article (headlines their related lists give), so
    that the archive's statistics call those lines frequent."""
    assert len(P1) >= 120  # the other pages' first paragraph ends their head
    raw = make_raw("\n".join(lines))
    others = [
        make_raw("\n".join([f"خبر آخر رقم {n}", "", *recurring, "", P1, "", *listed, "", P2])) for n in range(pages)
    ]
    return clean_dump(raw, stats=collect_archive_stats([raw, *others]))


# ------------------------------------------------------------------ vocabulary
# Every rule of clean_rules: (rule name, a line it must drop, a body line with
# the same words mid-sentence that must be kept).
RULE_EXAMPLES = [
    (
        "comments",
        "تعليقات القراء",
        "وتلقى الموقع تعليقات القراء على الخبر بكثير من الاهتمام والنقاش.",
    ),
    (
        "comment-count",
        "التعليقات 5",
        "وبلغ عدد التعليقات (2) فقط على الخبر خلال الساعات الأولى من نشره.",
    ),
    (
        "most-read",
        "الأكثر قراءة",
        "وكان الخبر الأكثر قراءة على الموقع خلال الأسبوع الماضي بحسب الإحصاءات.",
    ),
    (
        "related-header",
        "مقالات ذات صلة",
        "ونشرت الصحيفة مقالات ذات صلة بالموضوع خلال الأشهر الماضية.",
    ),
    (
        "news-list-header",
        "آخر الأخبار",
        "وتابع المواطنون آخر الأخبار عبر شاشات التلفزيون طوال الليل.",
    ),
    (
        "tags-header",
        "الكلمات المفتاحية",
        "وحدد الباحثون الكلمات المفتاحية للدراسة في مقدمة التقرير المنشور.",
    ),
    (
        "newsletter",
        "اشترك في النشرة البريدية",
        "ودعا الموقع قراءه إلى أن يشترك في النشرة البريدية كل من يرغب.",
    ),
    (
        "share-word",
        "شارك فيسبوك تويتر واتساب",
        "وقال إن الشباب شارك في الحملة عبر فيسبوك وتويتر بأعداد كبيرة.",
    ),
    (
        "app-social",
        "حمّل تطبيقنا",
        "وقالت الشركة إن على المستخدمين أن حمّل تطبيقنا الجديد من المتجر.",
    ),
    (
        "footer-link",
        "سياسة الخصوصية | من نحن | اتصل بنا",
        "وأعلنت الشركة تعديل سياسة الخصوصية الخاصة بها بعد الانتقادات.",
    ),
    ("ad-slot", "مساحة إعلانية", "وخصصت البلدية مساحة إعلانية كبيرة للحملة في وسط المدينة."),
    (
        "listen-button",
        "استمع إلى المقالة",
        "ودعا المعلم طلابه إلى أن استمع إلى المقالة كاملة قبل مناقشتها.",
    ),
    ("cookie-button", "موافق", "وقال الوزير إنه موافق على المقترح من حيث المبدأ دون تحفظات كبيرة."),
    ("source-word", "المصدر", "وقال المصدر إن المفاوضات ستستأنف الأسبوع المقبل في العاصمة."),
    (
        "photo-label",
        "صورة الخبر",
        "وأظهرت صورة الخبر المنشور حجم الدمار الذي خلفه القصف في المدينة.",
    ),
    (
        "not-found",
        "الصفحة غير موجودة",
        "وقال المستخدمون إن الصفحة غير موجودة منذ أيام على الموقع الرسمي.",
    ),
    (
        "feed-footer",
        "The post خبر عاجل appeared first on هسبريس.",
        "ونشر الموقع الخبر أولا على صفحته الرسمية قبل أن تتناقله الوكالات.",
    ),
    (
        "relative-time",
        "·منذ 6 سنوات 7 أشهر",
        "وقال إنه يعيش في المدينة منذ 6 سنوات مع أسرته الصغيرة.",
    ),
    ("counter", "32 خبر", "وقال إن 32 خبرا نشرت عن الحادث خلال يوم واحد فقط."),
    (
        "copyright",
        "جميع الحقوق محفوظة © 2018",
        "وأكد الكاتب أن جميع الحقوق محفوظة للمؤلف بموجب العقد الموقع.",
    ),
    (
        "ad-script",
        "<script>googletag.cmd.push(function() {});</script>",
        "وقال خبراء إن النصوص البرمجية تبطئ المواقع الإخبارية كثيرا.",
    ),
    (
        "cookie-notice",
        "نستخدم ملفات تعريف الارتباط لتحسين تجربتك على الموقع.",
        # a story about cookies: no site asks consent
        "أعلنت غوغل أنها ستتخلى عن ملفات تعريف الارتباط من طرف ثالث في متصفح كروم بحلول 2024، ما يثير قلق المعلنين.",
    ),
    (
        "syndication-credit",
        "*نقلاً عن الأهرام المصرية",
        "وقال الكاتب نقلا عن مصادر مطلعة إن الاتفاق بات وشيكا جدا.",
    ),
    (
        "disclaimer",
        "** جميع المقالات المنشورة تمثل رأي كتابها فقط.",
        "وقال رئيس التحرير إن الصحيفة تنشر آراء متعددة للكتاب والقراء.",
    ),
    (
        "prayer-times",
        "مواقيت الصلاة: الفجر 3:21  الظهر 11:47  العصر 2:29  المغرب 6:51  العشاء 7:43",
        "وأعلنت وزارة الأوقاف تعديل مواقيت الصلاة في المساجد خلال شهر رمضان المبارك.",
    ),
    (
        "prayer-time",
        "الفجر 4:09",
        "ويرفع أذان الفجر عند الساعة 4:09 صباحا في مكة المكرمة خلال الأيام العشرة الأولى من الشهر.",
    ),
    (
        "market-ticker",
        "الدينار البحريني: الدولار 0.376 | اليورو 0.406 | الريال السعودي 0.100",
        "وبلغ سعر صرف الدولار 0.376 دينار، واليورو 0.406 دينار، في تعاملات الأمس بحسب المصرف المركزي.",
    ),
    (
        "weather",
        "المنامة 31° رطب",
        "وبلغت درجة الحرارة في المنامة 45° في الظل، وهي الأعلى منذ بداية الصيف.",
    ),
    (
        "agency-credit",
        "فرانس24/ أ ف ب",
        "وقالت فرانس 24 إن مراسلها في المدينة شاهد أعمدة الدخان بوضوح.",
    ),
    (
        "sms-contact",
        "للتواصل أرسل sms إلى 88548 تبدأ بالرمز 158 مسافة ثم الرسالة",
        "وقطع العداء مسافة ثم توقف قليلا قبل أن يواصل السباق حتى خط النهاية.",  # Hypothesis: "ثم مسافة."
    ),
    (
        "sms-contact",
        "للتواصل مع الكاتب ارسل رسالة SMS تبدأ بالرمز (100) ثم مسافة ثم نص الرسالة",
        "وتلقى آلاف المشتركين رسائل SMS احتيالية تطلب منهم تحديث بياناتهم المصرفية عبر رابط مزيف.",
    ),
    # review F13: a story's own words about SMS and cookies
    (
        "sms-contact",
        "زين تبدأ بالرمز 162 مسافة ثم الرسالة",
        "أرسل البنك المركزي رسائل SMS تحذيرية إلى العملاء بشأن أرقام تبدأ بالرمز 00252 تنتحل صفة موظفيه.",
    ),
    (
        "cookie-notice",
        "نستخدم ملفات تعريف الارتباط لتحسين تجربة التصفح وتحليل الزيارات.",
        "وتقول شركات الإعلان إنها تستخدم ملفات تعريف الارتباط لتحسين تجربة المستخدم وتقديم أفضل تجربة ممكنة له.",
    ),
    (
        "sms-contact",
        "للتواصل مع الكاتب ارسل رسالة SMS إلى 88548",
        "وأوضحت الوزارة أن الخدمة متاحة عبر إرسال رسالة تبدأ بالرمز 11 مسافة ثم رقم الهوية إلى الرقم 5000.",
    ),
    (
        "cookie-notice",
        "يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك. باستمرارك في التصفح فإنك توافق على ذلك.",
        "وتتعقب ملفات تعريف الارتباط المستخدمين باستمرار عبر المواقع، ويرى خبراء أن إلغاءها سيغير تجربة تصفح"
        " الإنترنت، فيما تقوم هيئة المنافسة بمتابعة خطط الشركة.",
    ),
    (
        "link-back",
        "رابط الخبر بصحيفة الوئام: عنوان الخبر",
        "ونشرت الصحيفة رابط الخبر على حساباتها في مواقع التواصل الاجتماعي.",
    ),
    (
        "masthead",
        "رئيس التحرير: جابر سالم",
        "وقال رئيس التحرير إن الصحيفة ستواصل تغطية الأحداث من الميدان.",
    ),
    (
        "inline-link",
        "قد يهمك| مقتل ثلاثة في انفجار",
        "وأضاف أن ما قد يهمك في هذا الملف هو موقف الحكومة من الاتفاق.",
    ),
    (
        "follow-appeal",
        "تابعوا خبرني على قناة واتساب",
        "وقال إن تابعوا على قناة واتساب الرسمية للوزارة تلقوا التحذير قبل ساعات من العاصفة.",
    ),
    (
        "photo-source",
        "التعليق على الصورة، جانب من الاجتماع",
        "وقال المصور إن التعليق على الصورة، كما نشرته الصحيفة، لم يذكر اسم المدينة.",
    ),
    (
        "embed-notice",
        "تخطى منشور X وواصل القراءة",
        "وقال إن الحساب تخطى منشور الوزير في عدد المشاركات خلال ساعات قليلة من نشره.",
    ),
    (
        "embed-notice",
        "تحذير: بي بي سي غير مسؤولة عن محتوى المواقع الخارجية.",
        "وأكدت الهيئة أن الصحيفة غير مسؤولة عن محتوى المواقع الخارجية التي نقلت الخبر، وفق بيانها أمس.",
    ),
    (
        "credit-line",
        "مسمى وظيفي، بي بي سي نيوز عربي",
        "وأضاف أن مسمى وظيفي جديدا سيعتمد لموظفي الوزارة في المحافظات اعتبارا من الشهر المقبل.",
    ),
    (
        "video-series",
        "شاهد هذا الفيديو ضمن سلسلة مدن عربية",
        "وقال الشهود إنهم شاهدوا هذا الفيديو مرات عديدة على مواقع التواصل.",
    ),
    (
        "photo-credit-prefix",
        "تصوير: أحمد علي",
        "وقال المصور إن تصوير المشهد استغرق ساعات طويلة تحت المطر الغزير.",
    ),
    (
        "hashtag-line",
        "#أورينت #سوريا #دمشق",
        "#هيفاء_وهبي قررت أن ترد على منتقديها بطريقة مختلفة هذه المرة.",
    ),
    (
        "url-line",
        "https://ift.tt/CdN5aNW",
        "وأطلقت الوزارة موقعا إلكترونيا جديدا لتلقي الشكاوى من المواطنين.",
    ),
    (
        "teaser-more",
        "وقال المتحدث إن الاجتماع سيعقد في العاصمة الأسبوع المقبل لبحث الملفات العالقة...المزيد",
        "وقال المتحدث إن المزيد من التفاصيل سيعلن عنها في مؤتمر صحافي.",
    ),
    (
        "menu-line",
        "الرئيسية سياسة اقتصاد رياضة",
        "وتحدث الوزير عن السياسة والاقتصاد والرياضة في كلمته أمام البرلمان.",
    ),
]


RULE_EXAMPLES += [
    (
        "email-cloak",
        "عنوان البريد الإلكتروني هذا محمي من روبوتات السبام. يجب عليك تفعيل جافاسكربت لتتمكن من رؤيته.",
        "وقال إن عنوان البريد الإلكتروني هذا محمي بكلمة مرور لا يعرفها إلا موظفو الوزارة المختصون بالملف.",
    ),
    (
        "post-navigation",
        "« المقال التالي",
        "ونعود في المقال التالي إلى تفاصيل الاتفاق الذي وقعه الطرفان في العاصمة بعد مفاوضات طويلة.",
    ),
    (
        "archive-notice",
        "هذه الصفحة من أرشيف «الحياة»، وقد لا تظهر فيها الصور والروابط كما نُشرت في حينه.",
        "وقال الباحث إن هذه الصفحة من تاريخ المدينة لم تدرس بعد، وإن أرشيف البلدية يحفظ وثائقها.",
    ),
    (
        "headline-ticker",
        "عاجل: الذهب مستقر بسبب الدولار ... انتخاب برهم صالح رئيسا للعراق ... الدولار يتراجع",
        "وقال المتحدث في خبر عاجل إن الذهب مستقر بسبب الدولار، وإن الأسواق تترقب قرار البنك المركزي.",
    ),
    (
        "agency-staff-credit",
        "وام/عاصم الخولي/عاطف مراد",
        "ونقلت وام عن الوزير قوله إن الاتفاق/المذكرة سيوقع في أبوظبي خلال الأسبوع المقبل.",
    ),
    (
        "click-here",
        "للاشتراك في النشرة البريدية اضغط هنا",
        "وكتب على اللافتة عبارة اضغط هنا لتفتح الباب، فضحك الزوار من الترجمة الخاطئة.",
    ),
    (
        "support-appeal",
        "رصيف22 منصة مستقلة لا تموّلها جهة سياسية. ادعم/ي صحافتنا المستقلة.",
        "وقال المتحدث إن الحكومة ستدعم الصحافة المستقلة بقانون جديد يحمي الصحفيين من الملاحقة.",
    ),
    (
        "breadcrumb",
        "الرئيسية » وطنية » بلاغ مروري بمناسبة العطلة...",
        "الرئيسية في المدينة القديمة شهدت أمس ازدحاما كبيرا بسبب أعمال الصيانة.",
    ),
    (
        "home-menu",
        "الرئيسية رأي دولي رياضة فن وثقافة اقتصاد منوعات",
        "الرئيسية في التطبيق تعرض الآن زرا جديدا يتيح للمستخدم حفظ محادثاته.",
    ),
    (
        "credit-line",
        "إعداد: محمد علي",
        "وقال إن إعداد الدراسة استغرق عامين كاملين من العمل الميداني في القرى.",
    ),
    (
        "credit-line",
        "المصدر: النهار العربي - أ ف ب",
        "المصدر: قال المتحدث إن الوزارة تتابع التحقيق مع الأجهزة الأمنية.",  # a sentence after the label
    ),
    (
        "link-row",
        "تابعونا على تويتر",
        "وقال الناشطون إنهم تابعوا على تويتر ردود الفعل الغاضبة على القرار.",
    ),
    (
        "not-found-text",
        "عفواً، لم نتمكن من العثور على الصفحة المطلوبة",
        "وقال إنه لم يتمكن من العثور على الصفحة التي نشرت فيها الوثيقة الأصلية في أرشيف الوزارة.",
    ),
    (
        "pagination",
        "1 2 3 4 ... 250 التالي",
        "وقال إن 3 4 أشخاص أصيبوا في الحادث الذي وقع صباح اليوم في وسط المدينة.",
    ),
    (
        "tag-line",
        "الكلمات الدالة: النفط، الولايات المتحدة، الانتخابات، سوريا",
        "وقال إن الكلمات الدالة على ذلك كثيرة في خطابه الأخير أمام البرلمان.",
    ),
    (
        "reading-time",
        "وقت القراءة: 3 دقائق",
        "وقال إن قراءة التقرير كاملا تستغرق ثلاث دقائق فقط من وقت المسؤولين.",
    ),
    (
        "separated-menu",
        "شؤون خليجية | قضايا وآراء | حوارات خاصة | ملفات",
        "وقال إن الفريق فاز | رغم الغيابات | بنتيجة كبيرة على منافسه في المباراة.",
    ),
    (
        "recommended-header",
        "DW توصي",
        "وقالت المنظمة إنها توصي بتعزيز الرقابة على الأسواق خلال الأشهر المقبلة.",
    ),
    (
        "social-embed",
        "تمت مشاركة منشور بواسطة البيان (@albayannews) في ٣ مارس ٢٠١٨",
        "وقال المتحدث إن مشاركة المنشور على نطاق واسع أثارت جدلا كبيرا في البلاد.",
    ),
    (
        "reuse-notice",
        "يُسمح بالاقتباس من أخبار الوكالة المنشورة على موقعها مع الإشارة إلى المصدر.",
        "وقال الباحث إن الاقتباس من أخبار الوكالة يسمح به القانون مع الإشارة إلى المصدر.",
    ),
    (
        "initials-signature",
        "ع.ح/ م.س (أ ف ب، رويترز)",
        "وقال ع. ح. إن الوفد وصل إلى العاصمة صباح اليوم بحسب وكالة رويترز.",
    ),
]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("تنويه: الآراء الواردة في التعليقات تعبر عن أصحابها ولا تعبر عن رأي الموقع.", "disclaimer"),
        ("المقالات والآراء المنشورة في هذه الصفحة تمثل وجهة نظر أصحابها فقط.", "disclaimer"),
        ("مقال مرتبط: عدن.. المقاومة تستعيد قصر الحكم وتحتفل بالنصر", "inline-link"),
        ("كتب- عمرو حسن:", "credit-line"),
        ("— (@UN_News_Arabic) August 19, 2018", "social-embed"),
        ("لحظة وصول الوفد إلى مقر الاجتماعات اليوم pic.twitter.com/Zezc3VsktJ", "social-embed"),
        ("م.أ.م/ هـ.د (أ ف ب، د ب أ، رويترز)", "initials-signature"),
        ("أرشيفية - أسوشيتد برس", "caption"),
        ("جانب من الجلسة - وكالة الأناضول", "caption"),
        ("في أثناء المؤتمر الصحفي (إي بي إيه)", "caption"),
        ("يهمك أيضا: طلاب الجامعات يطالبون بتخفيض رسوم السكن الجامعي", "inline-link"),
        (
            "آخر الأخبار: نيجيريا تعلن تحرير رهائن من بوكو حرام  ◄  حريق يلتهم مستودعا للأخشاب في المنطقة"
            "  ◄  تراجع أسعار النفط",
            "headline-ticker",
        ),
        (
            "آخر الأخبار  خبراء: الذكاء الاصطناعي سيغير سوق العمل  •  ارتفاع أسعار الذهب في الأسواق العالمية"
            "  •  افتتاح معرض الكتاب",
            "headline-ticker",
        ),
        ("ويقتصر النشر الكامل على المشتركين.", "reuse-notice"),
        ("كلمات دلالية: حقوق الإنسان، سياسة، كرة القدم، الهجرة", "tag-line"),
        ("عدد المشاهدات: 5,653", "counter"),
        ("مشاهدة : 15,830", "counter"),
        ("نستخدم ملفات الارتباط لتحسين تجربة التصفح. متابعتك تعني موافقتك.", "cookie-notice"),
        ("اقرأ أيضا حازم إمام بعد الفيديو المسرب: اعتذرت عن مباراة اليونان", "inline-link"),
        ("أخبار\tحكايات\tاقتصاد\tرياضة\tفيديو\tبودكاست\tآراء\tبث مباشر", "separated-menu"),
        ("الرئيسية  أخبار  أخبار مصر  رياضة  فنون  اقتصاد  سيارات  إسلاميات", "separated-menu"),
        (
            "نادال يواجه صديقه القديم في رولان غاروس ■ اشتباكات بمعسكر العند وقتلى في تعز ■ تراجع أسعار النفط",
            "headline-ticker",
        ),
        ("تكبير الخط  تصغير الخط  طباعة", "share-word"),
        ("كن/كوني من ناس رصيف22", "support-appeal"),
        ("حجم الخط  أ-  أ+", "share-word"),
        ("A- A A+", "share-word"),
        ("حجم الخط  أ-  أ+   |   طباعة", "share-word"),
        ("استمع إلى هذا الخبر", "listen-button"),
        ("الطبعة: دولي", "masthead"),
        ("استمع/ي إلى المقال", "listen-button"),
        ("سرعة التشغيل 1x", "listen-button"),
        (
            "شريط الأخبار: التشكيلة الرسمية لكلاسيكو الأرض ... انتخاب برهم صالح رئيسا للعراق ... الذهب مستقر",
            "headline-ticker",
        ),
        ("اقرأ في سبق: هيفاء وهبي لمنتقدي مسلسلها: اخبطوا رأسكم بالحيط", "inline-link"),
        ("تابع: طبيبة بمستشفى المهدية : نفايات طبية خطيرة و تراكم للفضلات في قسم الاستعجالي", "inline-link"),
    ],
)
def test_clean_drops_the_furniture_of_more_sites(line, reason):
    result = clean_dump(article(line))
    assert decision_for(result, line).reason == reason
    assert body_texts(result) == [P1, P2, P3]


def test_clean_keeps_prose_with_runs_of_spaces_and_a_quoted_tweet_without_its_link():
    spaced = "وقال الوزير  إن الحكومة  ستواصل دعم  المزارعين في  جميع المحافظات  خلال العام المقبل."
    tweet = "وكتب الوزير على تويتر أن الحكومة ستواصل دعم المزارعين في جميع المحافظات."
    assert body_texts(clean_dump(article(spaced, "", tweet))) == [P1, spaced, tweet, P2, P3]


def test_every_rule_has_an_example():
    names = {r.name for r in DEFAULT_RULES.phrase_rules} | {r.name for r in DEFAULT_RULES.pattern_rules}
    names |= {"menu-line", "link-row", "separated-menu"}
    assert names == {name for name, _, _ in RULE_EXAMPLES}


@pytest.mark.parametrize(("name", "positive", "negative"), RULE_EXAMPLES)
def test_clean_rule_drops_its_line_and_keeps_prose_with_its_words(name, positive, negative):
    result = clean_dump(article(negative, tail=(positive,)))
    decision = decision_for(result, positive)
    assert not decision.kept
    assert decision.reason == name
    assert negative in body_texts(result)
    assert P3 in body_texts(result)


@pytest.mark.parametrize(
    "line",
    [
        "شارك",
        "واتساب",
        "App Store",
        "Google Play",
        "Maksim Blinov / Sputnik",
        "TT",
        "صورة أرشيفية (رويترز)",
        "خلال مؤتمر صحافي (أ.ف.ب)",
        "الخميس 12 نيسان 2018",
        "21-أيار-2018",
        "الأحد 23 شوال 1436 هـ - 9 أغسطس 2015 م",
        "الاثنين 13 مارس 2017 - 15:55",
        "١٢ سبتمبر ٢٠٢٥",
    ],
)
def test_clean_drops_furniture_between_paragraphs(line):
    result = clean_dump(article(line))
    assert not decision_for(result, line).kept
    assert body_texts(result) == [P1, P2, P3]


def test_clean_keeps_body_lines_that_contain_read_and_share_mid_sentence():
    lines = [
        "وقال الوزير: اقرأ التقرير كاملا قبل أن تحكم على نتائجه، فالأرقام لا تكذب أبدا.",
        "وشارك في الاجتماع ممثلون عن عشر دول عربية، إضافة إلى مراقبين من الأمم المتحدة.",
        "وأضاف أن على الجميع أن يقرأ أيضاً ما بين السطور في البيان الختامي للقمة العربية.",
    ]
    result = clean_dump(article(*lines))
    for line in lines:
        assert line in body_texts(result)


# ------------------------------------------------------------------ title
def test_clean_takes_the_title_printed_twice_and_drops_the_repeat():
    raw = make_raw("\n".join([TITLE, "", TITLE, P1, "", P2]))
    result = clean_dump(raw)
    assert result.title == TITLE
    assert body_texts(result) == [P1, P2]
    assert [d.reason for d in result.decisions[:2]] == ["title", "title-repeat"]


def test_clean_strips_a_site_suffix_from_the_title_into_outlet():
    raw = make_raw("\n".join([f"{TITLE} - أورينت نت", "", TITLE, P1, "", P2]))
    result = clean_dump(raw)
    assert result.title == TITLE
    assert result.outlet == "أورينت نت"


def test_clean_strips_a_bar_suffix_without_a_repeat():
    raw = make_raw("\n".join([f"{TITLE} | الشرق الأوسط", "", P1, "", P2]))
    result = clean_dump(raw)
    assert (result.title, result.outlet) == (TITLE, "الشرق الأوسط")


def test_clean_keeps_a_dash_inside_a_title_without_site_words():
    title = "ترامب - بوتين: قمة هلسنكي تنتهي دون اتفاق واضح"
    result = clean_dump(make_raw("\n".join([title, "", P1, "", P2])))
    assert result.title == title
    assert result.outlet is None


def test_clean_finds_the_title_below_menus_and_above_a_byline():
    text = textwrap.dedent(
        f"""\
        الرئيسية
        سياسة
        اقتصاد
        الأحد 23 شوال 1436 هـ - 9 أغسطس 2015 م

        {TITLE}

        الرياض - رويترز:
        {P1}
        {P2}
        """
    )
    result = clean_dump(make_raw(text))
    assert result.title == TITLE
    assert body_texts(result) == [P1, P2]
    assert decision_for(result, "الرياض - رويترز:").reason == "byline"


def test_clean_uses_the_explicit_title_of_a_json_record():
    result = clean_dump(make_raw(f"{P1}\n\n{P2}", title="عنوان من الحقل"))
    assert result.title == "عنوان من الحقل"
    assert body_texts(result) == [P1, P2]


# ------------------------------------------------------------------ body shape
def test_clean_marks_a_short_line_between_paragraphs_as_heading():
    result = clean_dump(article('قافلة داعش تجاوزت قوات النظام "بأمان"'))
    kinds = [(b.kind, b.text) for b in result.blocks]
    assert ("heading", 'قافلة داعش تجاوزت قوات النظام "بأمان"') in kinds


def test_clean_drops_a_run_of_short_lines_inside_the_body():
    result = clean_dump(article("الأسواق الناشئة", "أسعار النفط", "الذهب مستقر"))
    assert body_texts(result) == [P1, P2, P3]
    assert all(b.kind == "paragraph" for b in result.blocks)


def test_clean_keeps_short_lines_announced_by_a_lead_in():
    lead = "وجاءت أبرز بنود الاتفاق الذي وقعه الطرفان على النحو التالي:"
    items = ("إطلاق سراح الأسرى خلال شهر", "تبادل جثامين القتلى", "انسحاب القوات من المدن")
    result = clean_dump(article(lead, *items))
    assert body_texts(result) == [P1, lead, *items, P2, P3]
    assert all(b.kind == "paragraph" for b in result.blocks)
    for item in items:
        assert decision_for(result, item).reason == "lead-in-run"
        assert decision_for(result, item).flagged


def test_clean_keeps_a_lead_in_run_mixing_headline_and_sentence_shapes():
    lead = "وجاءت أبرز بنود الاتفاق الذي وقعه الطرفان على النحو التالي:"
    items = ("وقف شامل لإطلاق النار", "تبادل الأسرى خلال شهر", "فتح المعابر أمام المساعدات")
    result = clean_dump(article(lead, *items))
    assert body_texts(result) == [P1, lead, *items, P2, P3]
    assert decision_for(result, items[1]).reason == "lead-in-run"


def test_clean_keeps_a_run_after_a_short_lead_in():
    lead = "وجاءت النتائج كالتالي:"
    items = ("المركز الأول للهلال", "الوصيف النصر", "الاتحاد ثالثا")
    result = clean_dump(article(lead, *items))
    assert body_texts(result) == [P1, lead, *items, P2, P3]


def test_clean_keeps_verses_after_a_lead_in_with_blank_lines():
    lead = "واستشهد الوزير في كلمته بأبيات للشاعر أحمد شوقي قال فيها:"
    verses = (
        "وما نيل المطالب بالتمني",
        "ولكن تؤخذ الدنيا غلابا",
        "وما استعصى على قوم منال",
        "إذا الإقدام كان لهم ركابا",
    )
    result = clean_dump(make_raw("\n\n".join([TITLE, P1, lead, *verses, P2, P3])))
    assert body_texts(result) == [P1, lead, *verses, P2, P3]


def test_clean_still_drops_a_run_of_short_lines_after_a_finished_paragraph():
    lead = "وجاءت أبرز بنود الاتفاق الذي وقعه الطرفان بعد مفاوضات طويلة استمرت أشهرا."
    result = clean_dump(article(lead, "الأسواق الناشئة", "أسعار النفط", "الذهب مستقر"))
    assert body_texts(result) == [P1, lead, P2, P3]


def test_clean_drops_a_tag_list_under_an_unknown_header_at_the_end():
    header = "مواضيع هذا الخبر:"
    tags = ("السعودية", "اليمن", "مجلس الأمن")
    text = "\n".join([TITLE, "", P1, "", P2, "", header, *tags, "", "التعليقات", "", "تعليق قارئ على الخبر"])
    result = clean_dump(make_raw(text))
    assert not any(tag in body_texts(result) for tag in tags)


def test_clean_finds_a_title_that_ends_with_a_full_stop():
    title = "الحكومة تقر خطة جديدة لدعم المشاريع الصغيرة والمتوسطة."
    text = "\n".join(["الرئيسية", "اقتصاد", "", title, "", "الأحد 23 شوال 1436 هـ - 9 أغسطس 2015 م", "", P1, "", P2])
    result = clean_dump(make_raw(text))
    assert result.title == title
    assert body_texts(result) == [P1, P2]
    assert decision_for(result, title).reason == "title"


def test_clean_takes_no_long_first_paragraph_for_a_title():
    result = clean_dump(make_raw("\n".join(["الرئيسية", "", P1 + " " + P3, "", P2])))
    assert result.title is None
    assert body_texts(result) == [P1 + " " + P3, P2]


def test_clean_takes_no_two_sentences_for_a_title():
    first = "قتل ثلاثة أشخاص في حادث سير. وأصيب خمسة آخرون بجروح."
    result = clean_dump(make_raw("\n".join(["الرئيسية", "", first, "", P1, "", P2])))
    assert result.title is None
    assert first in body_texts(result)


def test_clean_drops_a_standfirst_that_repeats_the_first_paragraph():
    lead = P1.split("،")[0]
    text = "\n".join([TITLE, "", lead, "", TITLE, "Reuters", "", P1, "", P2])
    result = clean_dump(make_raw(text))
    assert body_texts(result) == [P1, P2]


def test_clean_keeps_a_dateline_that_opens_the_first_paragraph():
    first = "دبي، الإمارات العربية المتحدة (CNN)-- " + P1
    result = clean_dump(make_raw("\n".join([TITLE, "", first, "", P2])))
    assert body_texts(result) == [first, P2]


def test_clean_keeps_dash_lines_as_list_items():
    item = "- اتفق البلدان على أن أي حل سياسي يجب أن يؤدي إلى إنهاء التهديدات في المنطقة."
    result = clean_dump(article(item))
    assert [b.kind for b in result.blocks if b.text == item] == ["list_item"]


def test_clean_resumes_the_body_after_a_related_links_block():
    text = "\n".join(
        [
            TITLE,
            "",
            P1,
            "مواضيع ذات صلة",
            "الذهب مستقر بسبب الدولار",
            "التشكيلة الرسمية للمباراة",
            P2,
            P3,
            "",
            "التعليقات (0)",
        ]
    )
    result = clean_dump(make_raw(text))
    assert body_texts(result) == [P1, P2, P3]


def test_clean_drops_headlines_and_teasers_after_an_end_marker():
    teaser = "وقال المتحدث باسم الحكومة إن الاجتماع سيعقد في العاصمة خلال الأسبوع المقبل لبحث الملفات العالقة."
    text = "\n".join(
        [
            TITLE,
            "",
            P1,
            "",
            P2,
            "",
            "الأكثر قراءة",
            "",
            "الذهب مستقر بسبب الدولار",
            teaser,
            "أسعار النفط ترتفع",
            teaser.replace("الحكومة", "الوزارة"),
        ]
    )
    result = clean_dump(make_raw(text))
    assert body_texts(result) == [P1, P2]
    assert decision_for(result, teaser).reason == "after-most-read"


def test_clean_drops_seed_comment_block():
    text = textwrap.dedent(
        f"""\
        {TITLE}

        {P1}

        {P2}

        التعليقات (2)

            عبد الله

            ·منذ 6 سنوات 7 أشهر
            لو كانو صادقين ....ولم تكن مجرد دعايات ضد التنظيم

            ali
        2

        الأكثر قراءة

        💡 أهم المواضيع"""
    )
    result = clean_dump(make_raw(text))
    assert body_texts(result) == [P1, P2]
    assert decision_for(result, "·منذ 6 سنوات 7 أشهر").reason == "relative-time"
    assert decision_for(result, "2").reason == "counter"


# ------------------------------------------------------------------ glued boilerplate
def test_clean_cuts_an_ad_script_glued_before_the_first_paragraph():
    script = "googletag.display('div-gpt-ad-1'); googletag.cmd.push(function() { googletag.display('x'); }); "
    result = clean_dump(make_raw("\n".join([TITLE, "", script + "> " + P1, P2])))
    assert body_texts(result) == ["> " + P1, P2]


def test_clean_cuts_a_tag_list_glued_after_the_last_paragraph():
    result = clean_dump(make_raw("\n".join([TITLE, "", P1, P2 + " سمات إنقاذ دبي شرف غرق"])))
    assert body_texts(result) == [P1, P2]


@pytest.mark.parametrize("label", ["كلمات دلالية: فرنسا، الانتخابات", " الوسوم: فرنسا"])
def test_clean_cuts_a_labelled_tag_list_glued_after_the_last_paragraph(label):
    result = clean_dump(make_raw("\n".join([TITLE, "", P1, "", P2 + label])))
    assert body_texts(result) == [P1, P2]
    spoken = "وقال المتحدث إن الكلمات الدالة: الحرية والعدالة والكرامة، هي شعارات المرحلة"
    assert split_glued(spoken) == (spoken, None)


def test_split_glued_cuts_the_source_glued_after_the_last_sentence():
    assert split_glued(P2 + " المصدر: وكالات") == (P2, "glued-source")
    assert split_glued(P2 + " المصدر : الجزيرة نت.") == (P2, "glued-source")
    # a sentence that names its source goes on: no cut; nor is a source's answer to a question (review F12)
    said = "وقال المصدر: إن الوزيرين اتفقا على مواصلة التنسيق بين البلدين الشقيقين في المرحلة المقبلة."
    assert split_glued(said) == (said, None)
    asked = (
        "وسألنا المصدر عما إذا كان رئيس الوزراء سيعلن التشكيلة الجديدة قبل نهاية الأسبوع؟ المصدر: ليس قبل عيد الفطر."
    )
    assert split_glued(asked) == (asked, None)
    quoted = "وسألناه: «هل تعلن الحكومة قبل نهاية الأسبوع؟» المصدر: ليس قبل عيد الفطر."
    assert split_glued(quoted) == (quoted, None)


def test_split_glued_leaves_ordinary_text_alone():
    assert split_glued(P1) == (P1, None)
    assert split_glued("وتبرز سمات الشخصية القيادية في خطابه الأخير أمام البرلمان") == (
        "وتبرز سمات الشخصية القيادية في خطابه الأخير أمام البرلمان",
        None,
    )


# ------------------------------------------------------------------ pages without an article
@pytest.mark.parametrize("text", ["", "\n\n   \n"])
def test_clean_skips_an_empty_dump(text):
    result = clean_dump(make_raw(text))
    assert result.skip_reason is not None
    assert result.blocks == ()


def test_clean_skips_a_404_page():
    text = "الرئيسية\nأخبار\n\n404\nعذراً، الصفحة التي تبحث عنها غير موجودة\nربما تم نقلها أو حذفها.\n"
    result = clean_dump(make_raw(text))
    assert result.skip_reason is not None and "404" in result.skip_reason
    assert result.blocks == ()
    assert result.title is None


def test_clean_skips_a_section_index_page():
    entries = []
    for n in range(4):
        entries += [
            f"عنوان الخبر رقم {n} في الصفحة",
            "الاثنين 6 فبراير 2017 - 20:00",
            "أكد المحامي أن موكلته ستمثل أمام القاضي الأسبوع المقبل للنظر في القضية المرفوعة ضدها...",
            "اقرأ المزيد",
            "",
        ]
    result = clean_dump(make_raw("\n".join(["الرئيسية سياسة اقتصاد", "", *entries])))
    assert result.skip_reason is not None and "index" in result.skip_reason
    assert result.blocks == ()


def test_clean_skips_a_404_page_in_other_words_with_teasers_under_it():
    """The page says it has no article where the article would start; the teasers under it are not one."""
    lines = ["الرئيسية | أخبار | آراء | رياضة", "", "عفواً، لم نتمكن من العثور على الصفحة المطلوبة"]
    lines += ["Error 404 - Page not found", "", "ربما يهمك", TITLE, P1, "", "عنوان خبر آخر من الأرشيف", P2, "", P3]
    result = clean_dump(make_raw("\n".join(lines)))
    assert result.skip_reason is not None and "404" in result.skip_reason and result.blocks == ()


def test_clean_skips_a_story_list_of_headlines_dates_and_finished_teasers():
    """No "read more" under each: the headline + date + teaser pattern, and the page numbers."""
    entries = []
    for n, teaser in enumerate((P1, P2, P3, P1.replace("الثلاثاء", "الأربعاء"))):
        entries += [f"عنوان الخبر رقم {n} في قسم الأخبار", f"2018/05/2{n}", teaser, ""]
    result = clean_dump(make_raw("\n".join(["الجزائر - العالم - رياضة", "", *entries, "1 2 3 4 ... 250 التالي"])))
    assert result.skip_reason is not None and "index" in result.skip_reason and result.blocks == ()
    dated = [TITLE, "2018/05/21", P1, "", "الخلفية", "", P2, "", P3]  # one date under the title: an article
    assert body_texts(clean_dump(make_raw("\n".join(dated)))) == [P1, "الخلفية", P2, P3]


def test_clean_skips_a_story_list_whose_dates_come_under_the_teasers():
    """Headline, teaser, then its date: the same list with the date below (qabas-like sections)."""
    entries = []
    for n, teaser in enumerate((P1, P2, P3, P1.replace("الثلاثاء", "الأربعاء"))):
        entries += [f"عنوان الخبر رقم {n} في قسم الاقتصاد", teaser, f"2{n} أبريل 2018", ""]
    result = clean_dump(make_raw("\n".join(["اقتصاد | أسواق | بنوك", "", *entries])))
    assert result.skip_reason is not None and "index" in result.skip_reason and result.blocks == ()
    dated = [TITLE, P1, "21 أبريل 2018", "", "الخلفية", "", P2, "", P3]  # one date under the lead
    assert body_texts(clean_dump(make_raw("\n".join(dated)))) == [P1, "الخلفية", P2, P3]


@pytest.mark.parametrize(
    "header",
    [
        "مواضيع مشابهة",
        "موضوعات ذات علاقة",
        "أخبار أخرى قد تهمك",
        "المقالات المتعلقة:",
        "مواد ذات صلة",
        "في نفس القسم",
        "أخبار أخرى في محليات",
    ],
)
def test_clean_drops_a_related_box_under_a_header_in_other_words(header):
    teaser = "عنوان خبر آخر من الموقع عن الانتخابات"
    lines = [TITLE, "", P1, "", P2, "", header, "", teaser, "", "خبر ثالث عن أسعار النفط اليوم"]
    result = clean_dump(make_raw("\n".join(lines)))
    assert body_texts(result) == [P1, P2]
    assert decision_for(result, header).reason == "related-header"


def test_clean_keeps_prose_that_opens_with_the_words_of_a_related_header():
    line = "مواضيع مشابهة طرحها النواب في الجلسة الماضية دون أن تلقى ردا من الحكومة."
    result = clean_dump(make_raw("\n".join([TITLE, "", P1, "", line, "", P2])))
    assert body_texts(result) == [P1, line, P2]


# Paragraphs as some sites print them: long, with no final full stop (an Ammon-like page).
LONG_OPEN = (
    "طالبت كل من بريطانيا وفرنسا وألمانيا بإجراء تحقيق موثوق بشأن اختفاء الصحفي والكاتب السعودي، "
    "وذلك في بيان مشترك لوزراء خارجية الدول الثلاث صدر مساء الأحد في العواصم الثلاث",
    "أكدت وزارة الخارجية البحرينية وقوف البحرين إلى جانب المملكة في وجه من يحاول النيل منها، "
    "معتبرة أن المملكة ركيزة الأمن والاستقرار في العالمين العربي والإسلامي منذ عقود طويلة",
)


def test_clean_resumes_the_article_after_a_one_link_box_when_paragraphs_have_no_full_stops():
    lines = [TITLE, "", P1, "", "اقرأ أيضاً :", "الجيش يعلن العاصمة ومحيطها مناطق آمنة", "", *LONG_OPEN]
    lines += ["", "طباعة | أرسل لصديق | فيسبوك | تويتر"]
    result = clean_dump(make_raw("\n".join(lines)))
    assert body_texts(result) == [P1, *LONG_OPEN]
    assert not decision_for(result, "الجيش يعلن العاصمة ومحيطها مناطق آمنة").kept


def test_clean_keeps_a_section_word_heading_a_part_of_the_article():
    """ "الإمارات" alone is a menu item in a masthead, a subheading between two paragraphs."""
    lines = ["الرئيسية", "الإمارات", "", TITLE, "", P1, "", "الإمارات", "", P2, "", "البحرين", "", P3]
    result = clean_dump(make_raw("\n".join(lines)))
    assert [(b.kind, b.text) for b in result.blocks] == [
        ("paragraph", P1),
        ("heading", "الإمارات"),
        ("paragraph", P2),
        ("heading", "البحرين"),
        ("paragraph", P3),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "تابع: «لن نسمح بأن تتحول المدينة إلى ساحة لتصفية الحسابات».",
        "تابع: إن الحكومة ستواصل دعم المزارعين، وإن الموسم المقبل سيكون أفضل",
        "الرئيسية في التطبيق وعندها ينبغي أن يضغط المستخدم على محادثات ثم يختار النسخ الاحتياطي",
        "الأكثر قراءة في المكتبة العامة هذا العام كانت روايات نجيب محفوظ وكتب التاريخ.",
    ],
)
def test_clean_keeps_prose_that_opens_like_a_link_or_a_menu(sentence):
    result = clean_dump(make_raw("\n".join([TITLE, "", P1, "", sentence, "", P2])))
    assert body_texts(result) == [P1, sentence, P2]


@pytest.mark.parametrize(
    ("header", "reason"),
    [("3 تعليقات", "comment-count"), ("التعليقات: 3", "comment-count"), ("الأحدث", "news-list-header")],
)
def test_clean_ends_the_article_at_a_comment_count_or_a_latest_news_header(header, reason):
    body = [P1, P2, P3, P2 + " " + P1]  # (a count right under the headline or the lead does not close it)
    lines = [TITLE, ""] + [x for p in body for x in (p, "")]
    lines += [header, "", "ناصر يقول:", "منذ 8 أعوام", "العنوان أكبر من المضمون بصراحة"]
    result = clean_dump(make_raw("\n".join(lines)))
    assert body_texts(result) == body
    assert decision_for(result, header).reason == reason


def test_clean_drops_a_read_also_box_that_names_the_paper_and_resumes_the_article():
    lines = [TITLE, "", P1, "", "اقرأ أيضاً في «الأخبار»", "ناسا تعتزم إرسال هليكوبتر إلى كوكب المريخ", "", P2, "", P3]
    result = clean_dump(make_raw("\n".join(lines)))
    assert body_texts(result) == [P1, P2, P3]


@pytest.mark.parametrize("header", ["الأكثر زيارة", "المواضيع الأكثر مشاهدة هذا الأسبوع"])
def test_clean_ends_the_article_at_a_popular_stories_header_in_other_words(header):
    result = clean_dump(article(header, tail=("عنوان خبر آخر من الموقع عن الانتخابات",)))
    assert body_texts(result) == [P1]
    assert decision_for(result, header).reason == "most-read"


@pytest.mark.parametrize(
    "head",
    [
        [TITLE, TITLE, "", "أ ش أ", "نشر في: الأربعاء 18 أبريل 2018 - 5:53 م"],  # an agency's initials
        # dates between bars, the second cut by the page's wrap ("3:35 م" on the next line)
        [
            TITLE,
            "",
            "القدس ـ زياد حلبي",
            "نشر في: الثلاثاء 22 مايو 2018 - 10:54 ص | آخر تحديث: الثلاثاء 22 مايو 2018 -",
            "3:35 م",
        ],
    ],
)
def test_clean_takes_the_headline_over_initials_and_a_cut_date_line(head):
    lines = ["أخبار | رياضة | عرب وعالم | فن", "", *head, "", P1, "", P2]
    result = clean_dump(make_raw("\n".join(lines)))
    assert result.title == TITLE
    assert body_texts(result) == [P1, P2]


@pytest.mark.parametrize(
    "caption",
    ["لقطة من مقطع مصور | تصوير: ب. محمد", "صورة من مكان الحدث - (صورة: وكالة السودان للأنباء)"],
)
def test_clean_takes_a_caption_with_its_credit_for_no_title(caption):
    result = clean_dump(make_raw("\n".join(["اقتصاد", "", TITLE, "", caption, "", P1, "", P2])))
    assert result.title == TITLE
    assert body_texts(result) == [P1, P2]
    assert decision_for(result, caption).reason == "caption"


def test_clean_splits_the_outlet_before_the_headline_of_a_page_title():
    lines = [f"وكالة معا الاخبارية - {TITLE}", "وكالة معاً الإخبارية", "الرئيسية", "", TITLE, "", P1, "", P2]
    result = clean_dump(make_raw("\n".join(lines)))
    assert (result.title, result.outlet) == (TITLE, "وكالة معا الاخبارية")
    assert body_texts(result) == [P1, P2]


def test_clean_splits_the_outlet_before_a_headline_the_archive_repeats_and_not_after_it():
    """Other pages list the headline (so the archive repeats it); the outlet is the shorter part."""
    stats = ArchiveStats(dump_count=10, line_counts={fold_line(TITLE): 5, fold_line("سبوتنيك عربي"): 9})
    lines = [f"فلسطين أون لاين | {TITLE}", "", TITLE, "", "غزة/ فلسطين أون لاين", "", P1, "", P2]
    result = clean_dump(make_raw("\n".join(lines)), stats=stats)
    assert (result.title, result.outlet) == (TITLE, "فلسطين أون لاين")
    lines = [f"{TITLE} - سبوتنيك عربي", "", "سبوتنيك عربي", "", TITLE, "", P1, "", P2]
    result = clean_dump(make_raw("\n".join(lines)), stats=stats)
    assert result.title == TITLE


@pytest.mark.parametrize("dateline", ["غزة- معا-", "دبي - سودان تربيون"])
def test_clean_takes_the_headline_printed_twice_over_a_dateline_under_it(dateline):
    result = clean_dump(make_raw("\n".join(["عربي دولي", "", TITLE, TITLE, dateline, "", P1, "", P2])))
    assert result.title == TITLE
    assert body_texts(result) == [P1, P2]


def test_clean_takes_a_headline_over_a_source_line_rather_than_a_menu_the_archive_repeats():
    """ "المصدر: بلومبرغ" under the headline credits the story, not a photo the line above shows."""
    menu = "أخبار اقتصاد شركات أسواق طاقة تكنولوجيا ثقافة رياضة بودكاست"
    stats = ArchiveStats(dump_count=10, line_counts={fold_line(menu): 9, fold_line("الشرق للأخبار"): 9})
    lines = ["الشرق للأخبار", menu, "", TITLE, "المصدر: بلومبرغ", "تم النشر: 22/04/2018 09:37", "", P1, "", P2]
    result = clean_dump(make_raw("\n".join(lines)), stats=stats)
    assert result.title == TITLE
    assert body_texts(result) == [P1, P2]


def test_clean_takes_the_headline_over_a_byline_set_apart_by_a_tatweel():
    lines = ["الرئيسية وطنية سياسة", "", TITLE, "", "أخبارنا المغربية ـ عبد الإله بوسحابة", "", P1, "", P2]
    result = clean_dump(make_raw("\n".join(lines)))
    assert result.title == TITLE
    assert body_texts(result) == [P1, P2]


def test_clean_takes_a_long_caption_for_no_title():
    caption = "لقطة عامة للمدينة من أعلى أحد الأبراج القديمة - 3 أيلول 2018 (عنب بلدي/ عاصم ملحم)"
    assert len(caption.split()) > 14
    result = clean_dump(make_raw("\n".join(["أخبار سوريا | اقتصاد", "", TITLE, "", caption, "", P1, "", P2])))
    assert result.title == TITLE
    assert decision_for(result, caption).reason == "caption"


def test_clean_takes_a_headline_written_as_a_sentence_over_a_menu_and_a_byline():
    headline = "بالصور ..نائب خادم الحرمين يصل إلى عسير لتقديم واجب العزاء لذوي شهداء الواجب."
    lines = ["رووداو", "كوردستان العراق الشرق الأوسط العالم اقتصاد رياضة فيديو برامج", "", headline]
    lines += ["رووداو - أربيل", "", P1, "", P2]
    result = clean_dump(make_raw("\n".join(lines)))
    assert result.title == headline
    assert body_texts(result) == [P1, P2]


def test_a_line_of_dates_between_bars_is_a_date_line():
    line = "نشر في: الثلاثاء 15 مايو 2018 - 12:48 م | آخر تحديث: الثلاثاء 15 مايو 2018 - 2:33 م"
    result = clean_dump(make_raw("\n".join(["عنوان آخر للخبر عن فيسبوك وتسريب البيانات", line, "", P1, "", P2])))
    assert (decision_for(result, line).kept, decision_for(result, line).reason) == (False, "date-line")
    assert result.title == "عنوان آخر للخبر عن فيسبوك وتسريب البيانات"


def test_clean_drops_a_link_set_as_an_item_of_the_article_list():
    items = ["- لا يصادق ترمب على التقرير الدوري ويكتفي بتسجيل موقف.", "- إعادة جزء من العقوبات الاقتصادية."]
    link = "- اقرأ أيضا: بريطانيا لن تعرقل إعدام ثنائي خلية الخنافس"
    lines = [TITLE, "", P1, "", items[0], "", link, "", items[1], "", P2]
    result = clean_dump(make_raw("\n".join(lines)))
    assert body_texts(result) == [P1, items[0], items[1], P2]
    assert decision_for(result, link).reason == "inline-link"
    item = "- اقرأ الشروط جيدا قبل التوقيع على العقد."  # an item of advice is no link
    assert body_texts(clean_dump(make_raw("\n".join([TITLE, "", P1, "", item, "", P2])))) == [P1, item, P2]


def test_clean_skips_a_story_list_whose_first_teaser_reads_like_a_paragraph():
    """Headline, date, teaser, "اقرأ المزيد »" again and again (a section page of set l): the
    first teaser, kept as text, is no article."""
    path = Path(__file__).parent / "fixtures" / "reviewed" / "index_read_more_almaghreb24_style.txt"
    result = clean_dump(make_raw(path.read_text(encoding="utf-8").rstrip("\n"), name=path.name))
    assert result.skip_reason is not None and "index" in result.skip_reason and result.blocks == ()
    # an article with a few "read more" links under it stays an article
    article_lines = [TITLE, "", P1, "", P2, "", P3, "", "اقرأ المزيد »", "خبر آخر", "اقرأ المزيد »", "خبر ثالث"]
    assert clean_dump(make_raw("\n".join(article_lines))).skip_reason is None


def test_clean_reads_more_from_a_section_as_a_related_header_and_more_of_anything_else_as_text():
    lines = [TITLE, "", P1, "", P2, "", "المزيد من ثقافة", "", "عنوان خبر آخر عن معرض الكتاب", "خبر ثالث عن المسرح"]
    result = clean_dump(make_raw("\n".join(lines)))
    assert body_texts(result) == [P1, P2]
    assert decision_for(result, "المزيد من ثقافة").reason == "related-header"
    lines = [TITLE, "", P1, "", "المزيد من العقوبات", "", P2, "", P3]  # a subheading (the review's 05c)
    assert body_texts(clean_dump(make_raw("\n".join(lines)))) == [P1, "المزيد من العقوبات", P2, P3]


def test_clean_skips_a_page_of_only_boilerplate():
    result = clean_dump(make_raw("الرئيسية\nسياسة\nمن نحن | اتصل بنا\nجميع الحقوق محفوظة © 2018"))
    assert result.skip_reason is not None
    assert result.blocks == ()


# ------------------------------------------------------------------ archive statistics
def test_collect_archive_stats_counts_dumps_not_occurrences():
    raws = [make_raw("سطر متكرر\nسطر متكرر\nآخر"), make_raw("سطر متكرر"), make_raw("")]
    stats = collect_archive_stats(raws)
    assert stats.dump_count == 3
    assert stats.count(fold_line("سطر متكرر")) == 2
    assert stats.count(fold_line("آخر")) == 1


def test_clean_drops_a_short_line_recurring_across_the_archive():
    masthead = "صحيفة يومية مستقلة تصدر عن مؤسسة الخليج"
    raw = article(masthead)
    stats = ArchiveStats(dump_count=10, line_counts={fold_line(masthead): 8})
    assert decision_for(clean_dump(raw), masthead).kept  # alone it looks like a subheading
    decision = decision_for(clean_dump(raw, stats=stats), masthead)
    assert (decision.kept, decision.reason) == (False, "archive-repeat")


def test_clean_keeps_recurring_prose_from_archive_stats():
    stats = ArchiveStats(dump_count=10, line_counts={fold_line(P2): 9})
    assert P2 in body_texts(clean_dump(article(), stats=stats))


# ------------------------------------------------------------------ rules and decisions
def test_with_extra_drops_site_phrases():
    phrase = "تابع قناتنا على يوتيوب الآن"
    rules = DEFAULT_RULES.with_extra((phrase, "  "))
    assert rules.extra_phrases == (phrase,)
    assert isinstance(rules, CleanRules)
    result = clean_dump(article(tail=(phrase,)), rules=rules)
    assert decision_for(result, phrase).reason == "site-phrase"
    assert DEFAULT_RULES.extra_phrases == ()


def test_clean_records_one_decision_per_non_blank_line():
    raw = article("شارك", tail=("جميع الحقوق محفوظة © 2018",))
    result = clean_dump(raw)
    assert [d.line for d in result.decisions] == [i + 1 for i, line in enumerate(raw.lines) if line.strip()]
    assert [b.line for b in result.blocks] == [3, 7, 9]


def test_clean_flags_a_kept_subheading_of_two_words():
    result = clean_dump(article("شح الإعلانات"))
    decision = decision_for(result, "شح الإعلانات")
    assert decision.kept and decision.flagged and decision.reason == "heading"


def test_clean_keeps_a_subheading_set_apart_after_a_related_block():
    heading = "اجتماع طارئ لجامعة الدول العربية"
    text = "\n".join(
        [
            TITLE,
            "",
            P1,
            "",
            "مواضيع ذات صلة",
            "الذهب مستقر بسبب الدولار",
            "التشكيلة الرسمية للمباراة",
            "",
            heading,
            "",
            P2,
            "",
            P3,
        ]
    )
    result = clean_dump(make_raw(text))
    assert [(b.kind, b.text) for b in result.blocks] == [
        ("paragraph", P1),
        ("heading", heading),
        ("paragraph", P2),
        ("paragraph", P3),
    ]


def test_clean_does_not_take_a_doubled_caption_for_the_title():
    caption = "جانب من الاجتماع - عربي21"
    text = "\n".join([TITLE, "", caption, caption, "", P1, "", P2])
    result = clean_dump(make_raw(text))
    assert result.title == TITLE
    assert body_texts(result) == [P1, P2]


def test_clean_strips_a_title_suffix_seen_across_the_archive():
    raws = [
        make_raw(f"{title} - هنا سوريا\n\n{P1}\n\n{P2}", name=f"{n}.txt")
        for n, title in enumerate([TITLE, "عنوان آخر لخبر مختلف تماما", "خبر ثالث عن الاقتصاد"])
    ]
    stats = collect_archive_stats(raws)
    result = clean_dump(raws[0], stats=stats)
    assert (result.title, result.outlet) == (TITLE, "هنا سوريا")
    assert clean_dump(raws[0]).title == f"{TITLE} - هنا سوريا"


def test_clean_takes_a_title_ending_with_an_exclamation_mark():
    title = "وظائف ستختفي بسبب الروبوت والتكنولوجيا!"
    result = clean_dump(make_raw("\n".join(["الرئيسية سياسة اقتصاد", "", title, "", P1, P2])))
    assert result.title == title


def test_clean_skips_a_byline_with_the_city_in_brackets_when_finding_the_title():
    result = clean_dump(make_raw("\n".join([TITLE, "", "عبدالعزيز غزاوي (جدة)", P1, P2])))
    assert result.title == TITLE
    assert body_texts(result) == [P1, P2]


def test_clean_resumes_after_read_more_with_a_paragraph_too_long_for_a_teaser():
    long_paragraph = P2 + " " + P3
    heading = "لأول مرة في المنطقة"
    text = "\n".join(
        [
            TITLE,
            "",
            P1,
            "اقرأ المزيد",
            "بريطانيا تتجه للسماح بتغيير صفات الأجنة",
            long_paragraph,
            heading,
            P3,
            "التعليقات (0)",
        ]
    )
    result = clean_dump(make_raw(text))
    assert body_texts(result) == [P1, long_paragraph, heading, P3]


def test_clean_keeps_a_question_too_long_to_head_a_short_answer():
    question = "ألا تعتقد أن الخلافات داخل مجلس الوزراء خرجت عن إطارها الطبيعي؟"
    answer = "بالتأكيد، فالخلافات تجاوزت كل الحدود المعروفة في العمل الحكومي."
    result = clean_dump(article(question, answer))
    kinds = {b.text: b.kind for b in result.blocks}
    assert kinds[question] == "paragraph"
    assert decision_for(result, question).flagged


def test_prose_mentioning_script_is_kept_but_a_script_line_is_not():
    dump = textwrap.dedent(
        """\
        عنوان الخبر عن التعليقات

        افتتح المعرض أبوابه صباح اليوم بمشاركة واسعة من دور النشر العربية والأجنبية.
        وكتب أحد القراء <script>alert("x")</script> في تعليقه أن الموقع لا يعرض الصور.
        <script>googletag.cmd.push(function() { googletag.display('div-gpt-ad-1'); });</script>
        وأضاف المنظمون أن المعرض يستمر حتى نهاية الأسبوع المقبل في القاعة الكبرى.
        """
    )
    clean = clean_dump(RawDump("s.txt", "0" * 64, tuple(dump.split("\n"))))
    texts = [b.text for b in clean.blocks]
    assert any("<script>alert" in t for t in texts)
    assert not any("googletag" in t for t in texts)


# ------------------------------------------------------------------ archive statistics of worker shares
def _furnished_archive(dumps: int = 60) -> list[RawDump]:
    """Dumps with a masthead-like line that recurs in more and more of them: line k is in every k-th dump."""
    raws = []
    for i in range(dumps):
        furniture = [f"صحيفة يومية مستقلة تصدر عن مؤسسة رقم {k}" for k in (1, 2, 3, 4, 5, 7, 10, 20) if i % k == 0]
        lines = [f"{TITLE} {i}", "", P1, ""]
        for line in furniture:
            lines += [line, ""]
        lines += [P2, "", P3]
        raws.append(make_raw("\n".join(lines), name=f"{i:03}.txt"))
    return raws


def test_merged_archive_stats_equal_those_of_the_whole_archive():
    from generator.clean import merge_archive_stats

    raws = _furnished_archive()
    parts = [collect_archive_stats(raws[:17]), collect_archive_stats(raws[17:40]), collect_archive_stats(raws[40:])]
    assert merge_archive_stats(parts) == collect_archive_stats(raws)
    assert merge_archive_stats(parts[:1]) == parts[0]


@pytest.mark.parametrize("workers", [2, 3, 4])
def test_line_counts_under_the_frequent_line_floor_decide_nothing(workers):
    """What the import's workers do: each keeps the lines its share holds in at least
    floor // workers dumps; the counts of those lines, summed, clean every dump as the full counts do."""
    import dataclasses

    from generator.clean import frequent_line_floor, merge_archive_stats

    rules = dataclasses.replace(DEFAULT_RULES, archive_min_share=0.4)  # a line in 48 of 120 dumps is furniture
    raws = _furnished_archive(120)
    full = collect_archive_stats(raws)
    size = len(raws)
    shares = [collect_archive_stats(raws[w * size // workers : (w + 1) * size // workers]) for w in range(workers)]
    candidates = {
        line
        for share in shares
        for line, seen in share.line_counts.items()
        if seen >= frequent_line_floor(rules, share.dump_count) // workers
    }
    pruned = merge_archive_stats(
        [
            ArchiveStats(
                share.dump_count, {k: n for k, n in share.line_counts.items() if k in candidates}, share.suffix_counts
            )
            for share in shares
        ]
    )
    assert len(pruned.line_counts) < len(full.line_counts)  # the titles, seen once, are left out
    assert {k: full.line_counts[k] for k in pruned.line_counts} == pruned.line_counts
    assert all(k in pruned.line_counts for k, n in full.line_counts.items() if full.is_frequent(k, rules))
    cleaned = [clean_dump(raw, rules, full) for raw in raws]
    assert cleaned != [clean_dump(raw, rules, None) for raw in raws]  # the statistics decide something here
    assert [clean_dump(raw, rules, pruned) for raw in raws] == cleaned


def test_clean_drops_a_menu_or_breadcrumb_written_on_one_line():
    """Short items between "|", ">" or "›" are navigation, even when the line is long enough for prose."""
    menu = "الرئيسية | أخبار محلية | سياسة | اقتصاد وأعمال | رياضة | ثقافة وفنون | منوعات | فيديو | صور | كتاب وآراء"
    crumbs = "الرئيسية › أخبار › عربي ودولي"
    result = clean_dump(make_raw("\n".join([TITLE, "", menu, "", crumbs, "", TITLE, "", P1, "", P2, "", P3])))
    assert body_texts(result) == [P1, P2, P3] and result.title == TITLE
    assert not decision_for(result, menu).kept and not decision_for(result, crumbs).kept
    prose = "وقال الوزير إن نتيجة المباراة | وهي الثانية هذا الموسم | لم تكن مفاجئة لأحد من المتابعين."
    assert prose in body_texts(clean_dump(article(prose)))


def test_clean_makes_a_short_line_over_a_paragraph_after_a_longer_one_a_subheading():
    """Two short lines between paragraphs are kept; the last, of one to three words right over the
    paragraph under a longer one, is its subheading."""
    short = "نحتاج مشروعات تواكب الشغف الترفيهي وتلبي حاجة الأسر للفرح"
    result = clean_dump(make_raw("\n\n".join([TITLE, P1, short, "مشروع وطني", P2, P3])))
    assert [(b.kind, b.text) for b in result.blocks] == [
        ("paragraph", P1),
        ("paragraph", short),
        ("heading", "مشروع وطني"),
        ("paragraph", P2),
        ("paragraph", P3),
    ]


def test_clean_keeps_a_letters_signature_and_postscript_between_paragraphs():
    """Three short lines between two paragraphs (the sender's office, name and a postscript that
    ends in a quotation mark) are the letter's, kept and flagged; four are a list of links."""
    letter = [
        "مفتي الديار المصرية",
        "محمد عبده",
        'إذا تفضل الحكيم بالجواب فليكن باللغة الفرنسية فأنا لا أعرف من اللغات الأوروبية سواها محمد عبده"',
    ]
    result = clean_dump(make_raw("\n\n".join([TITLE, P1, P2, *letter, P3])))
    assert body_texts(result) == [P1, P2, *letter, P3]
    assert all(decision_for(result, line).flagged for line in letter)
    links = [
        "وزير الخارجية يستقبل سفير اليابان",
        "أسعار الذهب تتراجع في الأسواق",
        "افتتاح معرض الكتاب الدولي",
        "انطلاق مهرجان الربيع في العاصمة",
    ]
    result = clean_dump(make_raw("\n\n".join([TITLE, P1, P2, *links, P3])))
    kept = [decision_for(result, line) for line in links if decision_for(result, line).kept]
    assert len(kept) <= 1 and all(d.flagged for d in kept)  # the first may be kept on doubt, flagged


def test_clean_keeps_a_subheading_over_an_embedded_video_and_over_a_read_also_box():
    """A subheading stays one when the video player ("شاهد الفيديو", its times) or a box under
    "للقراءة أيضاً" stands between it and its paragraph; the box's headline is not a subheading."""
    lines = [TITLE, "", P1, "", "مفسدة عظيمة", "شاهد الفيديو", "00:00", "03:41", P2, "", P3]
    result = clean_dump(make_raw("\n".join(lines)))
    assert body_texts(result) == [P1, "مفسدة عظيمة", P2, P3]
    related = "الدراما المصرية في القمة.. والسورية تتراجع"
    lines = [TITLE, "", P1, "", "المغرب الأقصى", "", "للقراءة أيضاً", related, "", P2, "", P3]
    result = clean_dump(make_raw("\n".join(lines)))
    assert body_texts(result) == [P1, "المغرب الأقصى", P2, P3]
    assert decision_for(result, "للقراءة أيضاً").reason == "related-header"
    # a line right over the player's times is the video's own title
    lines = [TITLE, "", P1, "", "▶ فيديو | الإفريقي - بن قردان : التشكيلة المنتظرة للفريقين", "02:47", P2, "", P3]
    assert body_texts(clean_dump(make_raw("\n".join(lines)))) == [P1, P2, P3]


@pytest.mark.parametrize("gap", [[""], []])
def test_clean_keeps_the_subheading_between_a_related_box_and_the_paragraph_it_opens(gap):
    box = ["اقرأ أيضا:", "أئمة وخطباء وعلماء الحرمين الشريفين يستنكرون الهجوم الإرهابي"]
    lines = [TITLE, "", P1, "", *box, "", "ردود أفعال", *gap, P2, "", P3]
    result = clean_dump(make_raw("\n".join(lines)))
    assert body_texts(result) == [P1, "ردود أفعال", P2, P3]
    assert [b.kind for b in result.blocks if b.text == "ردود أفعال"] == ["heading"]


def test_clean_keeps_a_lead_ending_with_a_colon_right_under_the_title():
    """The article may open with a sentence announcing what follows (the review's finding)."""
    lead = "أصدرت وزارة الخارجية بيانا مساء اليوم بشأن التطورات الأخيرة في المنطقة، هذا نصها:"
    result = clean_dump(make_raw("\n".join([TITLE, "", lead, "", P1, "", P2, "", P3])))
    assert body_texts(result) == [lead, P1, P2, P3]
    # a newsletter's prompt with its e-mail field under it is no lead (the second review's N12)
    prompt = "اشترك في النشرة البريدية ليصلك ملخص أهم الأخبار والتحليلات كل صباح عبر بريدك الإلكتروني:"
    result = clean_dump(make_raw("\n".join([TITLE, "", prompt, "بريدك الإلكتروني", "", P1, "", P2, "", P3])))
    assert body_texts(result) == [P1, P2, P3]


def test_clean_resumes_with_a_long_paragraph_without_a_full_stop_after_a_one_link_box():
    """ "اقرأ أيضًا:" and its one headline, then a blank line: the box is over, and a site that sets
    no full stops resumes with a subheading and a long paragraph (Al-Ahram's phone review)."""
    long_open = (
        "الكاميرا الخلفية ثنائية العدسة بدقة 16 ميغابيكسل و2 ميغابيكسل، لاحظنا سرعة مواكبة خاصية"
        ' "ISO" بالكاميرا للتغير بالضوء، الصور تنتج وضوحاً عالٍ حتى في الأماكن المعتمة'
    )
    short_open = 'الألوان في صور الكاميرا الخلفية بهاتف "Honor 7x" امتازت بالوضوح وصفاء الألوان'
    box = ["اقرأ أيضًا:", "الإفريقي - بن قردان : التشكيلة المنتظرة للفريقين"]
    lines = [TITLE, "", P1, "", P2, "", *box, "", "الكاميرا", "", long_open, "", short_open, "", P3]
    result = clean_dump(make_raw("\n".join(lines)))
    assert body_texts(result) == [P1, P2, "الكاميرا", long_open, short_open, P3]
    assert not any(decision_for(result, line).kept for line in box)


def test_clean_keeps_the_article_under_a_breaking_news_ticker_above_the_repeated_title():
    """A ticker ("عاجل" + headlines) above the title opens an aside; the title said again ends it,
    even when "read also" links cut the paragraphs apart (no run of paragraphs to resume on)."""
    slogan = "موقع إخباري مستقل يقدم لقرائه آخر الأخبار العاجلة والتقارير الخاصة من مصر والعالم العربي على مدار الساعة"
    lines = [TITLE, "", slogan, "", "عاجل", "انطلاق مهرجان الربيع في العاصمة بمشاركة واسعة", ""]
    lines += [TITLE, "", P1, "", "اقرأ أيضا: ارتفاع أسعار الذهب في الأسواق المحلية", "", P2, "", P3]
    result = clean_dump(make_raw("\n".join(lines)))
    assert [P1, P2, P3] == [t for t in body_texts(result) if t != slogan]


def test_clean_drops_a_ticker_whose_first_item_reads_as_a_sentence_above_the_repeated_title():
    """A ticker's items under "عاجل" above the headline are the page's head, even when the first
    ends like a sentence ("…!") and so reads as the article's first paragraph: the title said again,
    with only a line of short text kept above it, starts the article afresh."""
    items = ["• «الخطة».. لا تؤذ الفتيات في أيام العيد!", "• ويل سميث ينفي انفصاله عن زوجته"]
    lines = [TITLE, "", "عاجل", *items, "", TITLE, "", P1, "", P2, "", P3]
    result = clean_dump(make_raw("\n".join(lines)))
    assert body_texts(result) == [P1, P2, P3] and result.title == TITLE
    assert all(not decision_for(result, item).kept for item in items)
    # A page whose article opens at once, the title printed again under a long text, keeps it all.
    result = clean_dump(make_raw("\n".join([TITLE, "", P1, "", P2, "", TITLE, "", P3])))
    assert body_texts(result) == [P1, P2, P3]
    # A ticker of headlines apart by " ... " under "شريط الأخبار": long, but no sentence finished.
    ticker = (
        "البرلمان البلجيكي يتجاهل استعطاف الأمير ويخفض مخصصاته ... نادال يواجه صديقه القديم في رولان"
        " غاروس ... انتخاب برهم صالح رئيسا للعراق ... تجمع انتخابي للرئيس التركي في سراييفو"
        " ... الذهب مستقر بسبب الدولار"
    )
    assert len(ticker) > 180
    result = clean_dump(make_raw("\n".join([TITLE, "", "شريط الأخبار", ticker, "", TITLE, "", P1, "", P2, "", P3])))
    assert body_texts(result) == [P1, P2, P3] and not decision_for(result, ticker).kept
    # A short article with its title printed again under it (a share box), then a reader's comment;
    # a short lead with the headline again under it as the photo's caption: both kept (review F1).
    short = "أعلنت وزارة الصحة تسجيل حالتين جديدتين في العاصمة."
    comment = "الحمد لله على السلامة، نسأل الله أن يحفظ الجميع من كل مكروه وأن يعافي المصابين."
    lines = [TITLE, "", short, "", "شارك هذا الخبر", TITLE, "", "أضف تعليقك", comment]
    assert body_texts(clean_dump(make_raw("\n".join(lines)))) == [short]
    result = clean_dump(make_raw("\n".join([TITLE, "", short, "", TITLE, "", P2, "", P3])))
    assert body_texts(result) == [short, P2, P3]


@pytest.mark.parametrize(
    "line",
    [
        "دقيقتان للقراءة",  # reading time
        "7 دقائق للقراءة",
        "اقرأ أيضًا: ارتفاع أسعار الذهب في الأسواق المحلية",  # "read also" with its tanween written
        "لقطة عامة للمدينة من أعلى أحد الأبراج (الوطن/ خالد محمد)",  # caption: outlet / photographer
        "متظاهرون أمام مبنى البرلمان (أسوشيتد برس)",  # caption: a photo agency
        "من الأرشيف",  # captions saying where the photo is from
        "من موقع الحدث",
        "من الفعالية",
    ],
)
def test_clean_drops_reading_times_read_also_with_tanween_and_credited_captions(line):
    result = clean_dump(article(line))
    assert body_texts(result) == [P1, P2, P3] and not decision_for(result, line).kept


@pytest.mark.parametrize(
    "under_title",
    [
        ["ق. و", "2018/04/14 23:00"],  # a writer's initials
        ["نبض الخليج", "14-04-2018 الساعة 23:00"],  # the outlet signing, between headline and date
        ["مسؤولون خلال توقيع الاتفاقية في مقر الوزارة", "تصوير : أحمد علي"],  # a caption above its credit
    ],
)
def test_clean_takes_the_headline_not_the_signature_or_caption_under_it(under_title):
    lines = ["الرئيسية", "أخبار", "رياضة", "", TITLE, *under_title, "", P1, "", P2, "", P3]
    result = clean_dump(make_raw("\n".join(lines)))
    assert result.title == TITLE and body_texts(result) == [P1, P2, P3]


def test_clean_keeps_a_subheading_with_a_photo_and_its_caption_under_it():
    heading = "الموقف الأمريكي"
    caption = "متظاهرون أمام مبنى البرلمان في العاصمة (رويترز)"
    result = clean_dump(article(heading, "", caption))
    assert body_texts(result) == [P1, heading, P2, P3]
    assert next(b for b in result.blocks if b.text == heading).kind == "heading"


def test_clean_keeps_the_last_paragraph_between_a_related_box_and_the_source_line():
    """A blank-separated related box, then the article's last paragraph, signed off by its source."""
    last = "وقالت الأسرة في بيان إن مراسم التشييع ستقام يوم الجمعة المقبل في مسقط رأسها."
    lines = [TITLE, "", P1, "", P2, "", "اقرأ أيضا", ""]
    lines += ["ارتفاع أسعار الذهب في الأسواق المحلية للمرة الثالثة هذا الأسبوع"]
    lines += ["", "افتتاح معرض الكتاب في العاصمة بمشاركة واسعة", "", last, "", "المصدر : وكالات"]
    assert body_texts(clean_dump(make_raw("\n".join(lines)))) == [P1, P2, last]


def test_clean_reads_a_page_that_indents_every_line_as_one_that_indents_none():
    """An indent sets comments apart only where the page indents nothing else."""
    lines = [TITLE, "", P1, "", "اقرأ ايضاً", "ارتفاع أسعار الذهب في الأسواق المحلية للمرة الثالثة", "", P2, "", P3]
    lines += ["", "المزيد من الأخبار", "افتتاح معرض الكتاب في العاصمة بمشاركة واسعة"]
    indented = [("    " + line) if line and line != TITLE else line for line in lines]
    assert body_texts(clean_dump(make_raw("\n".join(indented)))) == [P1, P2, P3]


@pytest.mark.parametrize(
    "under_title",
    [
        ["جانب من اللقاء"],  # a short caption, no credit
        ["حسن عليق"],  # the writer's name alone
        ["من ملف : النفط والغاز"],  # a section label
    ],
)
def test_clean_takes_the_fullest_of_the_lines_above_the_body_for_the_title(under_title):
    menu = "شؤون خليجية - قضايا وآراء - حوارات خاصة - ملفات - ملاحق الخليج"
    lines = [menu, "", TITLE, "", *under_title, "", P1, "", P2, "", P3]
    result = clean_dump(make_raw("\n".join(lines)))
    assert result.title == TITLE and body_texts(result) == [P1, P2, P3]
    assert decision_for(result, menu).reason == "separated-menu"


@pytest.mark.parametrize(
    "link", ["اقرأ المزيد: ارتفاع أسعار الذهب", "اقرأ ايضاً: ارتفاع أسعار الذهب", "شاهد ايضا: فيديو"]
)
def test_clean_drops_read_more_links_between_paragraphs_and_keeps_the_line_above(link):
    """The link is dropped; a subheading or a short question above it still leads the next paragraph."""
    for short in ("الموقف الأمريكي", "كيف تقرأ الاتفاق النووي؟ وماذا تتوقع أن تكون ارتداداته في المنطقة؟"):
        result = clean_dump(article(short, "", link))
        assert body_texts(result) == [P1, short, P2, P3], (short, link)


def test_clean_keeps_a_subheading_with_an_ad_marker_under_it():
    assert body_texts(clean_dump(article("الموقف الأمريكي", "", "إعلان"))) == [P1, "الموقف الأمريكي", P2, P3]


# ── From a review of this session's cleaner rules: article text they must not take ──


@pytest.mark.parametrize(
    "line",
    [
        "وقال إنه لم يتم العثور على الصفحة الخاصة بالمتهم على فيسبوك.",  # news prose about a page
        "حزب الشعب | 45 مقعدا | 30%",  # a table row
        "5 دقائق",  # a duration, not a reading time
    ],
)
def test_clean_keeps_article_lines_that_look_like_the_new_furniture(line):
    result = clean_dump(article(line))
    assert result.skip_reason is None and line in body_texts(result)


def test_clean_keeps_a_headline_about_an_unreachable_page():
    headline = "فيسبوك: تعذر الوصول إلى صفحة الرئاسة بعد اختراقها"
    result = clean_dump(make_raw("\n".join([headline, "", P1, "", P2, "", P3])))
    assert result.skip_reason is None and result.title == headline


def test_clean_keeps_a_list_the_article_announces_with_a_colon():
    lead = "وتضم اللجنة ممثلين عن الدول التالية:"
    listed = "مصر - السودان - إثيوبيا - ليبيا"
    assert body_texts(clean_dump(article(lead, listed))) == [P1, lead, listed, P2, P3]


def test_clean_reads_a_date_line_with_bars_as_a_date():
    line = "الأحد | 12 مايو 2018 | 10:30 ص"
    assert decision_for(clean_dump(article(line)), line).reason == "date-line"


def test_clean_reads_an_issue_s_number_and_dates_as_a_date_line_not_the_title():
    # Al-Wasat (Bahrain): the issue, its Gregorian and Hijri dates, years glued to "م" and "هـ".
    issue = "العدد 4904 - الاثنين 07 مايو 2018م الموافق 21 شعبان 1439هـ"
    result = clean_dump(make_raw("\n".join(["الوسط أون لاين", "", TITLE, issue, "تكبير الخط", "", P1, "", P2])))
    assert (result.title, decision_for(result, issue).reason) == (TITLE, "date-line")


def test_clean_keeps_a_dated_timeline_inside_an_article():
    lines = [TITLE, "", P1, ""]
    for n, text in enumerate((P2, P3, P1.replace("الثلاثاء", "الأربعاء"))):
        lines += [f"المرحلة رقم {n} من الأزمة", f"2018/05/2{n}", text, ""]
    result = clean_dump(make_raw("\n".join(lines)))
    assert result.skip_reason is None and len(body_texts(result)) >= 4


def test_clean_does_not_take_a_headline_with_an_agency_word_for_a_byline():
    """«سبق» is a Saudi agency, and «مع سبق الإصرار» a phrase: a six-word headline is no byline."""
    headline = "مراهقو التفحيط.. منتحرون مع سبق الإصرار"
    lines = ["كوردستان العراق الشرق الأوسط العالم اقتصاد رياضة فيديو برامج تقارير", "", headline]
    lines += ["رووداو ديجيتال", "31-07-2015 الساعة 16:04", "", P1, "", P2, "", P3]
    assert clean_dump(make_raw("\n".join(lines))).title == headline


def test_describe_line_takes_a_blank_line():
    from generator.clean_features import compile_rules, describe_line, match_vocabulary

    rules = compile_rules(DEFAULT_RULES)
    assert describe_line(0, " ", rules).vocab is None and match_vocabulary("", "", 0, rules) is None


def test_clean_drops_long_reader_comments_under_their_names_and_times():
    """No known header above them: the time under a reader's name ends the article."""
    comment = "المشكلة أن الناس تعبت من الوعود، كل مسؤول يأتي يقول نفس الكلام ثم لا يتغير شيء على الأرض أبدا."
    tail = ("صلاح الدين", "منذ يوم", comment, "", "محمود من الإسكندرية", "منذ 3 ساعات", comment + " حقا.")
    result = clean_dump(article(tail=tail))
    assert body_texts(result) == [P1, P2, P3]
    assert body_texts(clean_dump(article(tail=("تعليقات الزوار", "", comment)))) == [P1, P2, P3]


@pytest.mark.parametrize(
    "above",
    [
        ["الرئيسية / الشرق الأوسط"],  # a breadcrumb with slashes
        ["مواطنون ينتظرون أمام أحد المكاتب الحكومية - المصدر: بلومبرغ"],  # a caption, its credit after a dash
        ["صورة عامة للمدينة من أعلى أحد الأبراج القديمة - أرشيف"],
    ],
)
def test_clean_takes_neither_a_slash_breadcrumb_nor_a_dash_credited_caption_for_the_title(above):
    before, after = (above, []) if "/" in above[0] else ([], above)
    lines = [*before, "", TITLE, *after, "", P1, "", P2, "", P3]
    result = clean_dump(make_raw("\n".join(lines)))
    assert result.title == TITLE and body_texts(result) == [P1, P2, P3]
    assert decision_for(result, above[0]).reason == ("breadcrumb" if before else "caption")


# ------------------------------------------------------------------ paragraphs a scraper broke
def _wrap(text: str, width: int) -> list[str]:
    return textwrap.wrap(text, width=width, break_long_words=False)


def test_clean_joins_a_page_hard_wrapped_at_a_fixed_width():
    width = 60
    wrapped = [*_wrap(P1, width), "", *_wrap(P2, width), "", *_wrap(P3, width)]
    assert len(wrapped) >= 7  # every paragraph is broken at least once
    result = clean_dump(make_raw("\n".join([TITLE, "", *wrapped])))
    assert body_texts(result) == [P1, P2, P3]
    # every dump line keeps its decision in the report, in order
    assert [d.line for d in result.decisions] == sorted(d.line for d in result.decisions)
    assert {d.text for d in result.decisions if d.kept} == {line for line in wrapped if line}


def test_clean_joins_a_wrapped_paragraph_with_a_line_broken_early_inside_it():
    """A converter broke one line of a wrapped paragraph at half the width ("المحكمة العليا،
    فانطلقت على وسائل"): wrapped text above it and the sentence going on under it, in a page
    whose paragraphs are apart by blank lines, it is inside the paragraph, not its end."""
    width = 70
    said = (
        "وكان مجلس الشيوخ الأمريكي قد صادق على تعيين بريت كافانو عضواً في المحكمة العليا، فانطلقت على"
        " وسائل التواصل الاجتماعي حملة إرسال بطاقات بريدية لكريستين بلازي فورد، التي اتهمت القاضي"
        ' كافانو بأنه اعتدى عليها جنسيا قبل 36 عاما مما أثر على حياتها "بصورة جذرية".'
    )
    first = _wrap(said, width)[0]
    rest = said[len(first) + 1 :].split()  # broken early after four words, the rest wrapped again
    broken = [first, " ".join(rest[:4]), *_wrap(" ".join(rest[4:]), width)]
    assert len(broken) >= 4 and not broken[1].endswith((".", "،", ":"))
    page = [*_wrap(P1, width), "", *broken, "", *_wrap(P2, width), "", *_wrap(P3, width)]
    result = clean_dump(make_raw("\n".join([TITLE, "", *page])))
    assert body_texts(result) == [P1, said, P2, P3]
    # a headline wrapped over two lines, its standfirst right under it, is no such paragraph (review F9)
    headline = "البنك المركزي يرفع أسعار الفائدة للمرة الثالثة هذا العام في محاولة لكبح التضخم المتصاعد"
    standfirst = "القرار يأتي بعد أن سجل التضخم أعلى مستوى له منذ عقدين."
    assert len(_wrap(headline, width)) == 2
    result = clean_dump(make_raw("\n".join([*_wrap(headline, width), standfirst, "", *page])))
    assert result.title is not None and standfirst in body_texts(result)
    # … or over three lines (the second review's N10), in a page wrapped narrower
    longer = headline + " وسط مخاوف من تباطؤ النمو الاقتصادي في البلاد"
    narrow = 52
    assert len(_wrap(longer, narrow)) == 3
    page = [*_wrap(said, narrow), "", *_wrap(P1, narrow), "", *_wrap(P2, narrow), "", *_wrap(P3, narrow)]
    result = clean_dump(make_raw("\n".join([*_wrap(longer, narrow), standfirst, "", *page])))
    assert result.title is not None and standfirst in body_texts(result)


def test_clean_joins_no_date_line_to_the_headline_of_a_wrapped_page():
    """A headline as wide as the page's wrapped lines reads as a broken line to the wrap test;
    the date line under it ("الإثنين, ١٠ سبتمبر ٢٠١٨ - ٠١:٤٥ م") is not its end."""
    said = (
        "وكان مجلس الشيوخ الأمريكي قد صادق على تعيين بريت كافانو عضواً في المحكمة العليا، فانطلقت على"
        " وسائل التواصل الاجتماعي حملة إرسال بطاقات بريدية لكريستين بلازي فورد، التي اتهمت القاضي"
        ' كافانو بأنه اعتدى عليها جنسيا قبل 36 عاما مما أثر على حياتها "بصورة جذرية".'
    )
    headline = 'العراق يستدعي سفير الجزائر في بغداد بعد هتافات "مسيئة" في مباراة كرة قدم'
    width = len(headline) + 2
    date_line = "الإثنين, ١٠ سبتمبر ٢٠١٨ - ٠١:٤٥ م"
    lines = ["صحيفة السوداني", "", headline, date_line, *_wrap(said, width), "", *_wrap(P1 + " " + P2, width)]
    result = clean_dump(make_raw("\n".join(lines)))
    assert result.title == headline and body_texts(result) == [said, P1 + " " + P2]
    assert not decision_for(result, date_line).kept


QUOTING = (
    "وقال الوزير في تصريح للصحفيين عقب الاجتماع الذي عقد في العاصمة أمس بحضور السفراء: "
    "“إن بلاده ستواصل العمل مع شركائها لتحقيق الاستقرار في المنطقة كلها”."
)


def test_clean_joins_a_wrapped_paragraph_across_a_colon_the_wrap_fell_after():
    # the first width at which a line of the quoting paragraph ends with its colon
    width = next(w for w in range(50, 100) if any(line.endswith(":") for line in _wrap(QUOTING, w)[:-1]))
    wrapped = [*_wrap(P1 + " " + P2, width), "", *_wrap(QUOTING, width), "", *_wrap(P3 + " " + P2, width)]
    wrapped += ["", *_wrap(P2 + " " + P3, width), "", *_wrap(P1, width)]  # paragraphs apart by blank lines
    result = clean_dump(make_raw("\n".join([TITLE, "", *wrapped])))
    assert body_texts(result) == [P1 + " " + P2, QUOTING, P3 + " " + P2, P2 + " " + P3, P1]
    # a lead-in whose list's first word would have fitted on its line is no wrap
    lead_in, item = "وحدد البيان الإجراءات الجديدة على النحو التالي:", "إغلاق المعابر."
    lines = [TITLE, "", *_wrap(P1 + " " + P2, width), "", lead_in, item, "", *_wrap(P3 + " " + P2, width)]
    assert len(lead_in) + 1 + len(item.split()[0]) <= width
    assert body_texts(clean_dump(make_raw("\n".join(lines)))) == [P1 + " " + P2, lead_in, item, P3 + " " + P2]


def test_clean_joins_a_wrapped_paragraph_broken_early_after_a_colon():
    """Some converters break before a quotation: a short line ending with a colon between two
    wrapped lines of one paragraph is no lead-in."""
    width = 70
    head = QUOTING.split(": ", 1)[0] + ":"
    quote = (
        "“إن بلاده ستواصل العمل مع شركائها لتحقيق الاستقرار في المنطقة كلها، وإن الحكومة ستعلن "
        "خلال الأيام المقبلة عن حزمة من الإجراءات الاقتصادية الجديدة لدعم المزارعين”."
    )
    lines = _wrap(P1 + " " + P2 + " " + head, width)
    assert len(lines[-1]) < width - 20  # broken early, well short of the width
    page = [TITLE, "", *lines, *_wrap(quote, width), "", *_wrap(P3 + " " + P2, width)]
    page += ["", *_wrap(P2 + " " + P3, width), "", *_wrap(P3, width), "", *_wrap(P1, width)]  # apart by blank lines
    result = clean_dump(make_raw("\n".join(page)))
    assert body_texts(result) == [P1 + " " + P2 + " " + head + " " + quote, P3 + " " + P2, P2 + " " + P3, P3, P1]


def test_clean_drops_the_last_line_of_a_link_the_wrap_broke():
    width = 70
    link = "اقرأ المزيد: بالصور.. نائب خادم الحرمين الشريفين يستقبل أسر وذوي شهداء الواجب."
    link_lines = _wrap(link, width)
    assert len(link_lines) == 2 and len(link_lines[1]) < width // 2
    page = [TITLE, "", *_wrap(P1 + " " + P2, width), "", *link_lines, "", *_wrap(P3 + " " + P2, width)]
    result = clean_dump(make_raw("\n".join(page)))
    assert body_texts(result) == [P1 + " " + P2, P3 + " " + P2]
    assert not decision_for(result, link_lines[1]).kept
    # a whole link line as wide as the page, then a paragraph that runs on: the paragraph stays
    whole = "شاهد أيضا: أسبوع الهوت كوتير للموسم المقبل يفتتح في باريس"
    page = [TITLE, "", *_wrap(P1 + " " + P2, len(whole)), whole, *_wrap(P3 + " " + P2, len(whole))]
    assert body_texts(clean_dump(make_raw("\n".join(page)))) == [P1 + " " + P2, P3 + " " + P2]


def test_clean_joins_a_wrapped_paragraph_across_a_full_stop_the_wrap_fell_after():
    """In a page whose paragraphs are apart by blank lines, a full line that ends a sentence with
    the next line right under it is the same paragraph; where paragraphs touch, it is not."""
    two = P1 + " " + P2 + " " + P3
    width = next(
        w for w in range(60, 100) if any(line.endswith(".") and len(line) >= w - 3 for line in _wrap(two, w)[:-1])
    )
    page = [TITLE, ""]
    paragraphs = [two, P3 + " " + P1, P2 + " " + P1, P1 + " " + P3, P3, P2]
    for paragraph in paragraphs:
        page += [*_wrap(paragraph, width), ""]
    result = clean_dump(make_raw("\n".join(page)))
    assert body_texts(result) == paragraphs
    touching = [TITLE, "", *_wrap(two, width)]  # no blank lines: the same break may end a paragraph
    for paragraph in (P3 + " " + P1, P2 + " " + P1, P1 + " " + P3):
        touching += _wrap(paragraph, width)
    lines = _wrap(two, width)
    stop = next(k for k, line in enumerate(lines[:-1]) if line.endswith(".") and len(line) >= width - 3)
    assert " ".join(lines[: stop + 1]) in body_texts(clean_dump(make_raw("\n".join(touching))))


def test_clean_joins_a_paragraph_split_mid_sentence_in_a_page_of_blank_separated_paragraphs():
    first = "وخلال مراجعة أجريت في وقت سابق من هذا الشهر قال أعضاء في لجنة الأمم المتحدة"
    second = "للقضاء على التمييز العنصري إن التقارير الموثوقة تشير إلى احتجاز أعداد كبيرة من الناس."
    lines = [TITLE, "", P1, "", P2, "", first, second, "", P3, "", P2 + " " + P1]
    assert body_texts(clean_dump(make_raw("\n".join(lines)))) == [P1, P2, first + " " + second, P3, P2 + " " + P1]
    # a related headline under its header, right above the paragraph the article resumes with
    headline = "طبيبة بمستشفى المهدية تحذر من نفايات طبية خطيرة وتراكم للفضلات في قسم الاستعجالي"
    lines = [TITLE, "", P1, "", P2, "", "اقرأ أيضا", headline, P3, "", P2 + " " + P1]
    assert body_texts(clean_dump(make_raw("\n".join(lines)))) == [P1, P2, P3, P2 + " " + P1]
    # teasers cut short ("… على...") touching their headlines under the article are no paragraphs
    # of the page: they do not hide that its paragraphs are apart by blank lines
    box = [
        "اقرأ أيضًا",
        "جثة الفريزر مجدداً.. مسؤولو الفلبين إلى الكويت غداً",
        "يتوجه مسؤولون فلبينيون الخميس، إلى الكويت سعياً لمزيد من الحماية لعمالة الدولة الآسيوية بعد خلاف"
        " دبلوماسي بشأن اتهامات بتعرض الفلبينيين لسوء معاملة في...",
        "وزير الصحة يتفقد مستشفى المدينة ويعد بتوسعة قسم الطوارئ",
        "شهدت الأسواق حركة نشطة خلال الأيام الماضية، في ظل توقعات بارتفاع الطلب على...",
        "إسرائيل تكشف معلومات لأول مرة عن مهاجمة إيران بسوريا",
        "كشف قائد سلاح الجو الإسرائيلي، أن الإيرانيين أطلقوا 32 صاروخاً على الجولان المحتل، قبل أسبوعين، وليس 20...",
    ]
    lines = [TITLE, "", P1, "", P2, "", first, second, "", P3, "", *box]
    assert body_texts(clean_dump(make_raw("\n".join(lines)))) == [P1, P2, first + " " + second, P3]


def test_clean_joins_a_wrapped_line_that_ends_with_an_agency_in_brackets():
    """The second review's N1: a wrap may fall right after "(واس)" inside a sentence; the line is
    part of its paragraph, not a caption."""
    title = "خادم الحرمين الشريفين يستقبل رئيس الوزراء الباكستاني في جدة"
    first = (
        "استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود في قصر السلام بجدة اليوم رئيس وزراء"
        " باكستان، وفق ما ذكرته وكالة الأنباء السعودية (واس) التي أوضحت أن الجانبين استعرضا العلاقات الثنائية"
        " بين البلدين الشقيقين وسبل تعزيزها في مختلف المجالات، إضافة إلى مستجدات الأوضاع الإقليمية والدولية."
    )
    lines = _wrap(first, 75)
    assert any(line.endswith("(واس)") for line in lines)
    result = clean_dump(make_raw("\n".join([title, "", *lines, "", *_wrap(P1, 75), "", *_wrap(P3, 75)])))
    assert result.title == title and body_texts(result) == [first, P1, P3]


def test_clean_keeps_the_paragraphs_of_a_wrapped_page_whose_writer_ends_sentences_with_dots():
    """Review F10: a writer's "..." before a blank line still shows the page sets its paragraphs
    apart; sentences a wrap fell after stay inside their paragraphs."""
    paragraphs = [
        "أطلقت الحكومة اليوم برنامجا وطنيا لدعم الشباب في مجال ريادة الأعمال، بميزانية تبلغ خمسمئة مليون"
        " دينار. ويستهدف البرنامج تمويل ألف مشروع صغير خلال السنوات الثلاث المقبلة في مختلف المحافظات.",
        "وقال وزير العمل إن البرنامج يركز على القطاعات الواعدة مثل التكنولوجيا والزراعة الحديثة والسياحة"
        " البيئية... وأضاف أن الوزارة ستقدم التدريب والاستشارات المجانية للمستفيدين طوال فترة التأسيس...",
        "وأشار إلى أن التقديم سيكون إلكترونيا عبر منصة خاصة أطلقتها الوزارة لهذا الغرض. وسيتم الإعلان عن"
        " أسماء المقبولين في الدفعة الأولى خلال شهرين من إغلاق باب التقديم.",
        "ورحب اتحاد الغرف التجارية بالبرنامج، معتبرا أنه خطوة مهمة نحو تنويع الاقتصاد. ودعا الاتحاد إلى"
        " إشراك القطاع الخاص في تقييم المشاريع ومتابعتها بعد انطلاقها...",
        "ويعاني الشباب في البلاد من نسب بطالة مرتفعة تتجاوز عشرين في المئة بحسب آخر الإحصاءات الرسمية."
        " ويأمل كثيرون أن يسهم البرنامج في خلق فرص عمل جديدة خلال السنوات المقبلة.",
    ]
    lines = ["الحكومة تطلق برنامجا وطنيا لدعم الشباب في ريادة الأعمال", ""]
    for paragraph in paragraphs:
        lines += [*_wrap(paragraph, 55), ""]
    assert body_texts(clean_dump(make_raw("\n".join(lines)))) == paragraphs


def test_clean_joins_a_paragraph_split_after_a_comma():
    first, second = "وأكد الوزيران على أهمية مواصلة التنسيق والتشاور بين البلدين الشقيقين،", "إزاء مختلف القضايا."
    result = clean_dump(make_raw("\n".join([TITLE, "", P1, "", first, second, "", P3])))
    assert body_texts(result) == [P1, first + " " + second, P3]
    # a clause shorter than a wrapped line, then the sentence's end
    first, second = "كما سجل صلاح 44 هدفا، حتى الآن،", "مع ليفربول في كل البطولات هذا الموسم."
    result = clean_dump(make_raw("\n".join([TITLE, "", P1, "", first, second, "", P3])))
    assert body_texts(result) == [P1, first + " " + second, P3]
    first = "ويعمل الكافيين على ضبط الرجفان الأذيني،"
    second = "وتنظيم دقات القلب البطيني، والتقليل من وتيرة ضربات القلب غير المنتظمة."
    result = clean_dump(make_raw("\n".join([TITLE, "", P1, "", first, second, "", P3])))
    assert body_texts(result) == [P1, first + " " + second, P3]
    # a salutation or a list's item is no clause: the text under it stays apart (review F7)
    for salutation in ("سيدي الرئيس،", "أيها الإخوة المواطنون الكرام،", "السيدات والسادة، أعضاء المجلس الموقر،"):
        result = clean_dump(make_raw("\n".join([TITLE, "", P1, "", salutation, P2, "", P3])))
        assert P2 in body_texts(result)
    items = ["تأجيل أقساط القروض المستحقة،", "إعفاء المصانع الجديدة من الرسوم الجمركية لمدة خمس سنوات."]
    result = clean_dump(make_raw("\n".join([TITLE, "", P1, "", "وتشمل الحزمة:", *items, "", P3])))
    assert items[1] in body_texts(result)


def test_clean_keeps_headlines_and_their_teasers_apart():
    """A list of headlines each over its teaser is not a wrapped page: the headlines are not
    joined to the teasers, even when some headlines are about as long as each other."""
    lines = [TITLE, "", P1, "", P2, "", P3, ""]
    for n in range(4):
        lines += [f"وزير الخارجية يبحث مع نظيره الأردني تطورات الأوضاع رقم {n}", P2, ""]
    result = clean_dump(make_raw("\n".join(lines)))
    assert not any(P2 in block.text and block.text != P2 for block in result.blocks)


def test_clean_takes_the_headline_from_a_page_title_with_an_outlet_and_a_date():
    headline = "خبر سار لمن يشربون ثلاثة فناجين قهوة يوميا"
    result = clean_dump(make_raw("\n".join([f"{headline} | DW | 17.04.2018", "", headline, "", P1, "", P2])))
    assert (result.title, result.outlet) == (headline, "DW")
    assert body_texts(result) == [P1, P2]


def test_clean_cuts_a_photo_credit_glued_to_the_first_sentence():
    result = clean_dump(make_raw("\n".join([TITLE, "", "حقوق النشر  AFP" + P1, "", P2])))
    assert body_texts(result) == [P1, P2]
    assert split_glued("صورة: Reuters" + P2) == (P2, "glued-photo-credit")
    assert split_glued("حقوق النشر AFP") == ("حقوق النشر AFP", None)  # a credit on its own line


def test_clean_drops_the_title_of_a_video_under_its_marker():
    result = clean_dump(article("شاهد الفيديو 02:21", "الأخضر يخوض أربع مباريات ودية استعدادا للبطولة"))
    assert body_texts(result) == [P1, P2, P3]
    assert decision_for(result, "الأخضر يخوض أربع مباريات ودية استعدادا للبطولة").reason == "video-title"


@pytest.mark.parametrize("byline_first", [True, False])
def test_clean_ends_the_article_at_its_author_box(byline_first):
    """An author box after the article: the byline's name again, or a name over a short bio."""
    name, bio = "سامر قطيش", "باحث في العلاقات الدولية، حاصل على الدكتوراه من جامعة السوربون، وله عدة مؤلفات."
    head = [TITLE, "", name, ""] if byline_first else [TITLE, ""]
    lines = [*head, P1, "", P2, "", name, bio, "", "المزيد من الكاتب", "مقالات ذات صلة", P3]
    result = clean_dump(make_raw("\n".join(lines)))
    assert body_texts(result) == [P1, P2]
    assert decision_for(result, bio).reason in ("author-box", "after-author-box")


def test_clean_keeps_profiles_inside_an_article_and_subheadings_that_repeat_a_dateline():
    """Name over a short bio with more article after it is a list of profiles, not an author box;
    a one-word dateline said again later is a subheading."""
    lead = "وجاء في بيان اللجنة أن الروايات المختارة تميزت بتنوع موضوعاتها، ومن أبرز المرشحين:"
    name, bio = (
        "سعود السنعوسي",
        "روائي كويتي، فاز بالجائزة عام 2013 عن روايته ساق البامبو، ويعود هذا العام برواية جديدة.",
    )
    result = clean_dump(make_raw("\n".join([TITLE, P1, lead, name, bio, P2, P3])))
    assert body_texts(result) == [P1, lead, name, bio, P2, P3]
    city = "الخرطوم"
    result = clean_dump(make_raw("\n".join([TITLE, "", city, "", P1, "", city, "", P2, "", P3])))
    assert body_texts(result) == [P1, city, P2, P3]


def test_clean_keeps_a_paragraph_about_a_journalist_under_a_subheading():
    heading, about = "اعتقال صحافي", "صحافي فلسطيني اعتقل فجر اليوم في مدينة الخليل بعد مداهمة منزله."
    assert body_texts(clean_dump(article(heading, about))) == [P1, heading, about, P2, P3]


def test_clean_resumes_the_articles_list_after_a_related_box_inside_it():
    lead = "ودعت الأمم المتحدة الحكومة إلى:"
    items = ["- وقف عمليات الاحتجاز دون تهمة قانونية.", "- الإفراج الفوري عن المحتجزين."]
    box = ["طالع أيضاً:", "• فيلم تونسي في المسابقة الرسمية لمهرجان كان", "• الحوثي يقر بهزائمه في الحديدة"]
    last, heading = "- الإفصاح عن عدد المحتجزين وأسباب احتجازهم.", "ما هي التهم الموجهة للحكومة؟"
    result = clean_dump(make_raw("\n".join([TITLE, P1, lead, *items, *box, last, heading, P2, P3])))
    assert body_texts(result) == [P1, lead, *items, last, heading, P2, P3]
    assert decision_for(result, box[0]).reason == "related-header"


def test_clean_leaves_a_wrapped_link_and_a_wrapped_headline_apart_from_the_paragraphs():
    """In a page wrapped at a fixed width with no blank lines, a "شاهد أيضا" link cut at the
    width is not joined to the paragraph under it, and a headline wrapped in two lines is
    joined to its end but not to the first paragraph (a short line ends a wrapped run)."""
    width = 60
    link = "شاهد أيضا: أسبوع الأزياء للموسم المقبل يتراقص على نغمات فنية"
    lines = [TITLE, "", *_wrap(P1, width), link, *_wrap(P2, width), *_wrap(P3, width)]
    result = clean_dump(make_raw("\n".join(lines)))
    assert body_texts(result) == [P1, P2, P3]
    assert decision_for(result, link).reason == "inline-link"
    headline = TITLE + " وسبل خفض التصعيد في المنطقة"
    assert len(_wrap(headline, width)) == 2
    result = clean_dump(make_raw("\n".join([*_wrap(headline, width), *_wrap(P1, width), *_wrap(P2, width)])))
    assert result.title == headline and body_texts(result) == [P1, P2]


@pytest.mark.parametrize(
    "lines",
    [
        ["الصفحة غير موجودة - رؤيا الإخباري", "", "خطأ 404", "عفواً، لم نعثر على الصفحة المطلوبة"],
        ["عفواً، لم نعثر على الصفحة المطلوبة", "قد يكون الرابط غير صحيح أو أن المحتوى أزيل من الموقع."],
    ],
)
def test_clean_skips_a_404_page_worded_another_way(lines):
    result = clean_dump(make_raw("\n".join(["الرئيسية", "أخبار", "", *lines, "", "عد إلى الرئيسية"])))
    assert result.skip_reason is not None and result.blocks == ()


def test_clean_cuts_a_caption_with_its_bracketed_credit_glued_to_the_first_sentence():
    for caption in (
        "صورة تعبيرية (أسوشيتد برس) ",
        "لقطة عامة للمكان (مواقع التواصل)",
        "(صورة تعبيرية: AFP)",
        "من مكان الحدث (أرشيف) ",
        "لقطة من الفيديو - AFP ",
    ):
        assert body_texts(clean_dump(make_raw("\n".join([TITLE, "", caption + P1, "", P2])))) == [P1, P2]
    quoted = "قال وزير الخارجية (الأمريكي) إن الحكومة ستواصل دعم المزارعين في جميع المحافظات."
    assert split_glued(quoted) == (quoted, None)


@pytest.mark.parametrize(
    "caption",
    [
        "صورة تعبيرية (القبس)",  # the outlet as credit, glued with no space
        "صورة أرشيفية – أرشيفية",  # credited to the archive after a dash, glued
    ],
)
def test_clean_cuts_a_caption_that_names_its_kind_glued_to_the_first_sentence(caption):
    assert body_texts(clean_dump(make_raw("\n".join([TITLE, "", caption + P1, "", P2])))) == [P1, P2]


def test_split_glued_keeps_a_long_paragraph_after_the_photos_kind_and_a_space():
    """ "صورة أرشيفية أعلنت وزارة التجارة …" may be a caption glued to the first sentence, but
    "صورة أرشيفية نادرة للملك …", "صورة أرشيفية جمعت …" are sentences about the photo, and nothing
    but the next word tells them apart: the line is kept whole (two reviews found a4d463f's cut,
    then e132595's list of the photo's verbs, losing words)."""
    paragraph = P1 + " " + P2
    for kind in ("صورة أرشيفية أعلنت", "صورة أرشيفية نادرة للملك فيصل", "صورة أرشيفية جمعت", "صورة من الأرشيف الوطني"):
        sentence = f"{kind} {paragraph}"
        assert split_glued(sentence) == (sentence, None)


@pytest.mark.parametrize(
    "sentence",
    [
        "صورة الطفل السوري (آلان كردي) هزت العالم قبل سنوات وأصبحت رمزا لمأساة اللاجئين في أوروبا.",
        "صورة أرشيفية نشرتها الوزارة أظهرت حجم الدمار الذي خلفته السيول في القرى الجبلية.",
        "صورة من الأرشيف (غير مؤرخة) يتداولها الناشطون منذ أيام، قالوا إنها تعود إلى السبعينيات.",
        "تعبيرية أفادت مصادر محلية بأن الاشتباكات تجددت مساء اليوم في المدينة.",
    ],
)
def test_split_glued_keeps_a_sentence_about_a_photo(sentence):
    # (The photo's kind alone glued to a sentence, "أرشيفيةكشف …", is kept too: with no
    # credit nothing but the word tells it from text, and Hypothesis found clean text it cut.)
    assert split_glued(sentence) == (sentence, None)


def test_clean_takes_the_full_first_line_over_a_label_and_a_bare_name():
    """Hashtag Syria: the page's title (which other pages list, so the archive repeats it), the
    menu, then "هاشتاغ_ خاص" and the writer's bare name: the first line is the headline."""
    headline = "مونديال روسيا: ألمانيا تحقق فوزا ثمينا على السويد 2-1 وتبقي على حظوظها في التأهل"
    page = [headline, "", "هاشتاغ", "الرئيسية حوادث منوعات تحقيقات صحة ثقافة وفن رياضة", "", "هاشتاغ_ خاص"]
    page += ["رهف عمار", "يونيو 23, 2018", "", "فيسبوك", "واتساب", "طباعة", "", P1, "", P2, "", P3]
    result = clean_in_archive(page, ["اقرأ أيضا", headline])
    assert result.title == headline and body_texts(result) == [P1, P2, P3]
    # a full first line may name an agency, a channel or a paper (the second review's N3)
    for first in (
        "وكالة الطاقة الذرية تحذر من كارثة نووية في محطة زابوريجيا",
        "صحيفة بريطانية: الحكومة تدرس فرض ضرائب جديدة",
    ):
        page[0] = first
        assert clean_in_archive(page, ["اقرأ أيضا", first]).title == first  # other pages list it in their head
    # the site's name (with its description) on the first line is not taken over a short headline
    # (review F4)
    for first in ("هاشتاغ سوريا", "بوابة الوسط | صحيفة ليبية مستقلة شاملة", "هاشتاغ سوريا - موقع إخباري سوري مستقل"):
        lines = [first, "", "الرئيسية", "أخبار", "اقتصاد", "", "الذهب يواصل الصعود", "", P1, "", P2, "", P3]
        assert clean_dump(make_raw("\n".join(lines))).title == "الذهب يواصل الصعود"


@pytest.mark.parametrize(
    "caption",
    [
        "اتهمت جماعة بارزة في مجال حقوق الإنسان مسلحي حركة الحوثيين في اليمن باحتجاز رهائن (أرشيفية)",
        "اتهمت جماعة بارزة في مجال حقوق الإنسان مسلحي حركة الحوثيين في اليمن با (أرشيفية)",
    ],
)
def test_clean_drops_a_long_caption_credited_to_the_archive_over_the_paragraph_it_touches(caption):
    """A caption of up to 24 words credited to the archive is one, and is never joined to the
    paragraph right under it (a page whose paragraphs are apart by blank lines joins a line
    left open to the sentence under it)."""
    lines = [TITLE, "", P1, "", P2 + " " + P1, "", caption, P2, "", P3, "", P3 + " " + P2]
    result = clean_dump(make_raw("\n".join(lines)))
    assert body_texts(result) == [P1, P2 + " " + P1, P2, P3, P3 + " " + P2]
    assert decision_for(result, caption).reason == "caption"


def test_clean_drops_a_caption_credited_to_the_site_between_paragraphs():
    """A photo's caption credited to the site itself ("(السوداني)", which the page's header names)
    between two paragraphs is no subheading; a subheading ending with a label stays one."""
    caption = "فاجأ زوجان سودانيان في مقتبل العمر الجميع بزواج وصف بغير المسبوق (السوداني)"
    lines = ["صحيفة السوداني", "", TITLE, "", P1, "", caption, "", P2, "", P3]
    result = clean_dump(make_raw("\n".join(lines)))
    assert body_texts(result) == [P1, P2, P3] and decision_for(result, caption).reason == "caption"
    heading = "نتائج الامتحانات (بالأسماء)"
    lines = ["صحيفة السوداني", "", TITLE, "", P1, "", heading, "", P2, "", P3]
    assert body_texts(clean_dump(make_raw("\n".join(lines)))) == [P1, heading, P2, P3]


def test_clean_takes_no_caption_credited_in_brackets_for_the_headline():
    """Al-Sudani: the photo's caption, credited to the paper in brackets, stands between the
    headline and the body; a headline may end with a label in brackets ("(فيديو)")."""
    caption = "كشف تقرير عن خطط شركة آبل المستقبلة لإضافة ألوان جديدة لتشكيلة أجهزة (السوداني)"
    lines = ["صحيفة السوداني", "", "سياسة", TITLE, "الإثنين, ١٠ سبتمبر ٢٠١٨ - ٠١:٤٥ م", caption, P1, "", P2, "", P3]
    result = clean_dump(make_raw("\n".join(lines)))
    assert result.title == TITLE and body_texts(result) == [P1, P2, P3]
    # a headline may end with a label in brackets, which is no credit (review F3), even one a menu
    # names, or a name in Latin letters (the second review's N2)
    for label in ("(فيديو)", "(بالأسماء)", "(رابط)", "(إنفوجرافيك)", "(الحلقة الثالثة)", "(عاجل)", "(iPhone 15)"):
        labelled = f"{TITLE} {label}"
        lines = [
            "صحيفة السوداني",
            "",
            "الرئيسية",
            "فيديو",
            "عاجل",
            "",
            labelled,
            "الإثنين, ١٠ سبتمبر ٢٠١٨",
            "",
            P1,
            "",
            P2,
        ]
        assert clean_dump(make_raw("\n".join(lines))).title == labelled


def test_clean_takes_a_headline_other_pages_list_over_the_byline_under_it():
    """Felesteen: the headline is printed on other pages of the archive (their related lists), so
    the archive repeats it; over this page's own dateline and byline it is still the headline. The
    site's description, repeated with the lines around it on every page, is not taken over a short
    headline."""
    headline = "مقرب من نتنياهو يشهد في إحدى قضايا الفساد التي تهدد منصبه"
    page = ["الرئيسية", "محليات", "مقالات", "", headline, "", "21 شباط 2018 | 1:22 م", "غزة/ فلسطين أون لاين"]
    result = clean_in_archive([*page, "", P1, "", P2, "", P3], [], listed=("مواضيع ذات صلة", headline))
    assert result.title == headline and body_texts(result) == [P1, P2, P3]
    site = ["صحيفة الثورة", "يومية سياسية تصدر عن مؤسسة الوحدة للصحافة والطباعة والنشر", "الرئيسية", "سياسة"]
    result = clean_in_archive([*site, "", "تطبيقات الاسبوع", "", P1, "", P2, "", P3], site)
    assert result.title == "تطبيقات الاسبوع"
    # the site's slogan or a story every page pins in its head, right over a short headline (review F5)
    slogan = "صحيفة يومية سياسية مستقلة تصدر عن مؤسسة الوحدة للصحافة"
    pinned = "الرئيس يصدر قرارا بتشكيل الحكومة الجديدة برئاسة وزير المالية"
    for head in (["صحيفة الوحدة", slogan], ["الرئيسية", "اقتصاد", "", pinned]):
        result = clean_in_archive([*head, "", "الذهب يواصل الصعود", "", P1, "", P2, "", P3], head)
        assert result.title == "الذهب يواصل الصعود"


def test_clean_takes_a_headline_shaped_like_a_byline_not_the_menu_item_over_it():
    """ "أهالي ضمد: مستشفانا مات سريريا" has a byline's shape ("كتب: …"); the menu's last item
    over it ("العدد الورقي") says less and is no headline; a real byline still gives way."""
    menu = ["الرئيسية", "محليات", "سياسية", "اقتصادية", "رياضة", "ثقافة", "آراء", "العدد الورقي"]
    headline = "أهالي ضمد: مستشفانا مات سريريا"
    result = clean_dump(make_raw("\n".join(["جريدة الصباح", "", *menu, "", headline, "", P1, "", P2, "", P3])))
    assert result.title == headline and body_texts(result) == [P1, P2, P3]
    result = clean_dump(make_raw("\n".join([*menu, "", TITLE, "", "كتب: محمد علي", "", P1, "", P2])))
    assert result.title == TITLE
    # a headline quoting someone after a colon is no byline, even under a short menu (second review, N8)
    quoted = "الصدر: لن نشارك في الحكومة"
    lines = ["صحيفة عكاظ", "", "الرئيسية", "أخبار", "محليات", "العدد الورقي", quoted, "", P1, "", P2, "", P3]
    assert clean_dump(make_raw("\n".join(lines))).title == quoted
    # a byline whose colon a name or "من مراسلنا" follows still gives way to a short headline over it
    for byline in ("بيروت: من مراسلنا", "كتب: محمد علي من القاهرة"):
        lines = ["الرئيسية", "", "الذهب يواصل الصعود", "", byline, "", P1, "", P2, "", P3]
        assert clean_dump(make_raw("\n".join(lines))).title == "الذهب يواصل الصعود"
    # a short headline right under a breadcrumb of two lines, a dateline under it (review F6)
    lines = ["الرئيسية", "اقتصاد", "الذهب يواصل الصعود", "القاهرة - أحمد محمد علي", "", P1, "", P2, "", P3]
    assert clean_dump(make_raw("\n".join(lines))).title == "الذهب يواصل الصعود"


@pytest.mark.parametrize(
    "under_title",
    [
        ["هالة عبد الفتاح 17 أبريل 2018"],
        ["| كتب عادل الشمري |"],
        ["بيروت/ أحمد يلدز/ الأناضول", "جانب من الجلسة - وكالة الأناضول"],
    ],
)
def test_clean_takes_the_headline_not_a_dated_byline_or_a_label_under_it(under_title):
    short_title = "الأخضر يخوض 4 وديات"
    result = clean_dump(make_raw("\n".join(["الرئيسية", "", short_title, "", *under_title, "", P1, "", P2, "", P3])))
    assert result.title == short_title and body_texts(result) == [P1, P2, P3]


def test_clean_takes_a_headline_over_a_long_unfinished_standfirst():
    """A line too long for a headline (more than 24 words) is no title, even with no full stop."""
    headline = 'إذا انسحب ترمب من "النووي".. 4 سيناريوهات تنتظر إيران!'
    standfirst = " ".join((P1.rstrip(".") + " " + P2).split()[:27])
    lines = [headline, "", "بيروت/ أحمد يلدز/ الأناضول", "", standfirst, "", P2, "", P3]
    result = clean_dump(make_raw("\n".join(lines)))
    assert result.title == headline


def test_archive_statistics_drop_a_long_menu_run_together_without_separators():
    # (no home link first: a menu from "الرئيسية" is the home-menu rule's)
    menu = "العراق كوردستان عربي ودولي اقتصاد رياضة صحة منوعات تقارير وحوارات ملفات خاصة مقالات الرأي فيديو برامج"
    assert len(menu) >= 100  # prose-long: only its lack of punctuation marks it
    raws = [make_raw("\n".join([f"{TITLE} {n}", "", menu, "", P1, "", P2]), name=f"{n}.txt") for n in range(4)]
    stats = collect_archive_stats(raws)
    result = clean_dump(raws[0], stats=stats)
    assert decision_for(result, menu).reason == "archive-repeat"
    assert result.title == f"{TITLE} 0" and body_texts(result) == [P1, P2]


def test_clean_joins_a_wrapped_paragraph_whose_last_line_is_a_menu_word():
    width, words = 60, iter((P3 + " " + P1).split())
    base = P2.rstrip(".")
    while len(_wrap(base, width)[-1]) + len(" العالم.") <= width:
        base += " " + next(words).rstrip(".")  # until the last word no longer fits on the line
    lines = [*_wrap(base, width), "العالم."]  # one word, also a menu item ("العالم")
    paragraph = base + " العالم."
    result = clean_dump(make_raw("\n".join([TITLE, "", *_wrap(P1, width), "", *lines, "", *_wrap(P3, width)])))
    assert body_texts(result) == [P1, paragraph, P3]


def test_clean_drops_a_related_box_whose_header_runs_into_its_first_link():
    box = ["مواضيع ذات صلة 345 مليون درهم تصرفات العقارات في دبي", "الحوثي يقر بهزائمه في الحديدة"]
    result = clean_dump(make_raw("\n".join([TITLE, "", P1, "", P2, "", *box, "", P3])))
    assert body_texts(result) == [P1, P2, P3]
    assert decision_for(result, box[0]).reason == "related-header"


def test_clean_cuts_a_caption_with_a_copyright_credit_glued_to_the_first_sentence():
    assert body_texts(clean_dump(make_raw("\n".join([TITLE, "", "من مكان الحادث © Le360 " + P1, "", P2])))) == [P1, P2]


def test_clean_ends_the_article_at_a_bio_under_a_credit_line():
    bio = "كاتبة وباحثة في الشؤون الثقافية، تحمل ماجستير في الإعلام."
    result = clean_dump(make_raw("\n".join([TITLE, "", P1, "", P2, "", "بقلم: وليد العطار", bio, "طباعة المقال"])))
    assert body_texts(result) == [P1, P2]
    assert decision_for(result, bio).reason == "author-box"


def test_clean_takes_neither_a_site_and_writer_line_for_the_title():
    result = clean_dump(make_raw("\n".join([TITLE, "", "الثورة أون لاين - وليد العطار", "", P1, "", P2])))
    assert result.title == TITLE


def test_clean_takes_a_repeated_headline_that_names_products_in_latin_letters():
    headline = 'جربنا لكم هاتفين.. "Honor 9 Lite" و"Honor 7x"'
    result = clean_dump(make_raw("\n".join([headline, "", "TRT عربي", "العالم", "", headline, "", P1, "", P2])))
    assert result.title == headline and body_texts(result) == [P1, P2]


@pytest.mark.parametrize(("line", "reason"), [("كتبت - نرمين سامي", "credit-line"), ("وكالات", "agency-credit")])
def test_clean_drops_a_dashed_byline_and_a_bare_wires_credit(line, reason):
    result = clean_dump(article(line))
    assert decision_for(result, line).reason == reason
    assert body_texts(result) == [P1, P2, P3]


# Article text a reviewer found taken for furniture by this session's first rules (each kept now).
REVIEWED_PROSE = [
    "صورة الرئيس (التي نشرتها الرئاسة) انتشرت بشكل واسع على مواقع التواصل الاجتماعي خلال الساعات الماضية.",
    "أعلنت وزارة الصحة (الكويتية)اليوم تسجيل 120 إصابة جديدة بفيروس كورونا خلال الساعات الأربع والعشرين الماضية.",
    "لقطة الهدف (في الدقيقة 90) ستبقى في ذاكرة الجماهير المغربية طويلا بعد التأهل التاريخي إلى كأس العالم.",
    "صورة iPhone 15 المسربة تكشف عن تصميم جديد للكاميرا الخلفية بثلاث عدسات وإطار من التيتانيوم.",
    "الصورة: Instagram أظهرت اللاعب وهو يحتفل مع عائلته بعد عودته من المستشفى في وقت متأخر من الليل.",
    "وتحمل جميع منتجات الشركة الرمز © Disney الذي يشير إلى حقوق الملكية الفكرية المسجلة في الولايات المتحدة.",
    "خلال زيارته للرياض - التي استمرت يومين - التقى الملك سلمان.",
    "أثناء المباراة سجل اللاعب هدفين - وهو رقم قياسي جديد.",
    "خلال عهد الملك فيصل (الجزء الثاني)",
    "وقال المتحدث باسم الحكومة إن هذه التصريحات تعبر عن أصحابها ولا تمثل الموقف الرسمي للدولة.",
    "يحظر نسخ المواد المحمية بحقوق المؤلف دون إذن مسبق بموجب القانون الجديد الذي أقره البرلمان أمس.",
    "يسمح بالاقتباس من المصنفات المحمية لأغراض التعليم والبحث العلمي وفق المادة الثانية عشرة من القانون.",
    "وقالت الهيئة إن المواقع ملزمة بطلب موافقة المستخدم قبل تخزين ملفات الارتباط على جهازه، تحت طائلة الغرامة.",
    "أخبار متعلقة بالحرب في اليمن انتشرت على مواقع التواصل الاجتماعي تبين أنها مفبركة بالكامل، وفق ما أكدته المنصة.",
    "أبرز  بنود  الخطة  الاقتصادية  الجديدة",
    "المقادير:  •  كوبان من الدقيق الأبيض  •  كوب من السكر الناعم  •  ثلاث بيضات  •  كوب من عصير البرتقال الطازج",
]


@pytest.mark.parametrize("line", REVIEWED_PROSE)
def test_clean_keeps_article_text_that_resembles_the_new_furniture(line):
    assert line in body_texts(clean_dump(article(line)))


def test_clean_keeps_an_advice_list_and_a_subheading_under_an_in_article_video_line():
    lead, items = "ننصحك باتباع الخطوات التالية:", ["- اشرب ثمانية أكواب من الماء يوميا", "- تجنب الخروج وقت الظهيرة"]
    assert body_texts(clean_dump(make_raw("\n".join([TITLE, "", P1, "", lead, *items, "", P2])))) == [
        P1,
        lead,
        *items,
        P2,
    ]
    video, heading = "شاهد الفيديو الذي التقطه أحد السكان لحظة وقوع الزلزال", "حصيلة الضحايا"
    result = clean_dump(make_raw("\n".join([TITLE, P1, video, heading, P2, P3])))
    assert heading in body_texts(result)


@pytest.mark.parametrize(
    ("lines", "in_title"),
    [
        (
            ["كأس العالم 2018 - المنتخب السعودي يخسر أمام روسيا بخماسية في المباراة الافتتاحية", "كأس العالم 2018"],
            "يخسر",
        ),
        (["انطلاق مهرجان الجنادرية الثاني والثلاثين 7 فبراير 2018"], "الجنادرية"),
        (["منوعات وفنون", "غضب على مواقع التواصل"], "غضب"),
    ],
)
def test_clean_takes_a_headline_with_a_label_a_date_or_social_media_in_it(lines, in_title):
    result = clean_dump(make_raw("\n".join([*lines, "", P1, "", P2])))
    assert in_title in (result.title or "")
    assert body_texts(result) == [P1, P2]


def test_archive_statistics_keep_an_unpunctuated_list_of_names_in_a_story_scraped_three_times():
    names = (
        "فتحي العيادي كريم الهاروني عبد المجيد النجار عبد اللطيف المكي علي العريض سمير ديلو محرزية العبيدي "
        "نور الدين البحيري عبد الحميد الجلاصي"
    )
    story = make_raw("\n".join([TITLE, "", P1, "", "وفي ما يلي قائمة الأعضاء", "", names, "", P2]))
    others = [make_raw("\n".join([f"{TITLE} {n}", "", P3]), name=f"{n}.txt") for n in range(4)]
    stats = collect_archive_stats([story, story, story, *others])
    assert names in body_texts(clean_dump(story, stats=stats))


# ------------------------------------------------------------------ reviewed (tenth session)
# A reviewer helper proved these inputs lost article text or took a wrong title with the first
# versions of this session's rules (tests/fixtures/reviewed/, its file names give the finding).
REVIEWED_DIR = Path(__file__).parent / "fixtures" / "reviewed"
REVIEWED_KEPT = {
    "01a_title_colon_headline.txt": ["أكد وزير الخارجية الإيراني محمد جواد ظريف أن الاتفاق النووي لن يتغير."],
    "05a_mazid_last_line_corpus_BB217_w55.txt": ["المزيد من القوات."],
    "06a_colon_list_corpus_JA641_w45.txt": ["إيمانويل ماكرون : مرشح حركة إلى الأمام"],
    "07a_link_swallows_subheading.txt": ["تمويل المشروع"],
    "08_comment_count_after_standfirst.txt": ["وأشار إلى أن الوزارة ستعلن نتائج التحقيق"],
    "08b_3_comments_short_story.txt": ["وأضاف أن الأجهزة المختصة تعمل على مدار الساعة"],
    "10a_support_appeal_quote.txt": ['ورفع المتظاهرون لافتات كتب عليها "ادعموا عملنا من أجل أطفال غزة".'],
    "10b_inDamm_sentence.txt": ["انضم إلى أعضاء الوفد السعودي في الاجتماع"],
    "12_masthead_aladad.txt": ["العدد: 24 طائرة من طراز إف 16"],
    "13a_caption_24_words_agency.txt": ["خلال العام الماضي استقبلت المملكة أكثر من مليوني حاج"],
    "13b_caption_bar_source.txt": ["| المصدر: وزارة النقل"],
    "14a_glued_caption_jaanib.txt": ["جانب من هذه الأموال (نحو ملياري دولار) سيخصص"],
    "14b_glued_caption_sura_min.txt": ["صورة من الوثيقة (اطلعت عليها رويترز) تظهر"],
    "14c_glued_archive_dash.txt": ["– أرشيفه الضخم من المخطوطات"],
    "15_square_bullets_ticker.txt": ["ومن أبرز القرارات ♦ رفع الحد الأدنى للأجور"],
    "16_liveblog_skipped.txt": ["فتحت مراكز الاقتراع أبوابها أمام الناخبين"],
    "17_ajel_paragraph.txt": ["عاجل: الحكومة تقر الخطة"],
}
REVIEWED_TITLES = {
    "01a_title_colon_headline.txt": "ظريف: الاتفاق النووي لن يتغير",
    "02_title_doubled_caption.txt": "أردوغان: لن نسمح بممر إرهابي",
    "07b_menu_swallows_headline.txt": "وزارة النقل تعلن خطة لتطوير الطرق",
}


def _reviewed(name: str):
    text = (REVIEWED_DIR / name).read_text(encoding="utf-8").rstrip("\n")
    return clean_dump(make_raw(text, name=name))


@pytest.mark.parametrize(("name", "kept"), sorted(REVIEWED_KEPT.items()))
def test_clean_keeps_the_article_text_the_review_found_lost(name, kept):
    result = _reviewed(name)
    assert result.skip_reason is None
    body = "\n".join(body_texts(result))
    for text in kept:
        assert text in body


@pytest.mark.parametrize(("name", "title"), sorted(REVIEWED_TITLES.items()))
def test_clean_takes_the_title_the_review_found_lost(name, title):
    assert _reviewed(name).title == title


def test_clean_keeps_a_subheading_set_right_under_a_full_wrapped_line_apart():
    result = _reviewed("19_heading_glued_to_full_line.txt")
    assert ("heading", "مخاوف السكان") in [(b.kind, b.text) for b in result.blocks]


@pytest.mark.parametrize("line", ["أ-" * 18 + "x", "A-A+A-A+ A-A+A-A+ A-A+A-A+ A-A+A-A+ x", "A-" * 15 + "B"])
def test_the_font_button_rule_does_not_take_look_alike_lines(line):
    """These lines made the rule's first pattern backtrack for seconds each (a split of 'أ-أ' two
    ways): that shows as a slow run of this test, not as a failed assertion (no timed unit tests)."""
    result = clean_dump(make_raw("\n".join([TITLE, "", P1, "", line, "", P2])))
    assert decision_for(result, line).reason != "share-word"


def test_clean_finds_the_headline_printed_twice_under_a_ticker_read_as_a_paragraph():
    # Donia Al-Watan: a ticker's headlines scraped without the breaks between them, then the
    # page's <title> and <h1> under it; the ticker is no paragraph of the article.
    ticker = (
        "345 مليون درهم تصرفات العقارات في دبي .. و«جبل علي» تتصدرتحديث وشيك من واتساب.. وخطوة حتمية كي"
        " لا تخسر محتوى حسابكفرنسا الثالثة بين كبار المستثمرين الأجانب في السعودية بقيمة استثمارات 15 مليار"
        " دولارهل يغير هذا الفيلم مفهوم صناعة السينما؟بوينج جديدة تنضم لأسطول الخطوط السعودية"
    )
    lines = ["دنيا الوطن", "", "الأخبار", ticker, "", TITLE, "", TITLE, "غزة - دنيا الوطن", "", P1, "", P2, "", P3]
    result = clean_dump(make_raw("\n".join(lines)))
    assert result.title == TITLE
    assert body_texts(result) == [P1, P2, P3]
    # A headline the archive's lists repeat far under the first paragraph is still no title.
    far = ["عاجل", "مقاول يتسبب بكسر خط رئيسي لمحطة الصرف بسيهات", "", TITLE, "", P1, "", P2, "", P3]
    far += ["", "الأكثر مشاهدة", "نيجيريا تعلن تحرير حوالي 180 رهينة", "مقاول يتسبب بكسر خط رئيسي لمحطة الصرف بسيهات"]
    assert clean_dump(make_raw("\n".join(far))).title == TITLE


def test_clean_takes_neither_a_timed_latest_news_item_nor_a_site_s_name_for_the_title():
    # SABA: latest news with their times over the headline; the site's name and description.
    headline = "طردوه من المدرسة فأصبح مليونيرا"
    latest = ["آخر الأخبار", '[15:45] إذا انسحب ترمب من "النووي".. 4 سيناريوهات تنتظر إيران']
    latest += ['[22:11] التسويق "الشبكي" تحيّل أم فراغ قانوني؟']
    lines = ["الرئيسية محليات عربي ودولي اقتصاد رياضة", "", *latest, "", headline, "[05/06/2018]", "صنعاء - سبأ :"]
    assert clean_dump(make_raw("\n".join([*lines, "", P1, "", P2]))).title == headline
    headline = "كيف وحداوي يرأس الأهلي؟"
    lines = ["سبأ نت - وكالة الأنباء اليمنية", "", "الرئيسية عربي ودولي اقتصاد رياضة ثقافة صحة", "", headline]
    assert clean_dump(make_raw("\n".join([*lines, "الحديدة - سبأ :", "", P1, "", P2]))).title == headline


@pytest.mark.parametrize(
    "line",
    [
        '(اقرأ ايضاً: قاعدة "العديد" العسكرية الأمريكية الأكبر في الخليج ستبقى بشكل دائم في قطر)',
        "[اقرأ أيضا: كفاكم إطراء فلا زال الوقت مبكراً]",
        "مواضيع مشابهة: هجوم نيس : لا دليل على تشدد محمد الحويج بوهلال",
    ],
)
def test_clean_drops_a_link_in_brackets_or_behind_a_related_header_on_its_line(line):
    result = clean_dump(article(line))
    assert (body_texts(result), decision_for(result, line).reason) == ([P1, P2, P3], "inline-link")
    quoted = "(وقال الوزير في ختام كلمته: اقرأوا أيضاً تاريخ المنطقة قبل الحكم عليها)"
    assert body_texts(clean_dump(article(quoted))) == [P1, quoted, P2, P3]


def test_clean_ends_the_article_at_a_tags_label_over_its_tags():
    result = clean_dump(article(tail=("كلمات دالة:", "أخبار ، الأردن")))
    assert body_texts(result) == [P1, P2, P3]


def test_clean_ends_the_article_at_more_from_the_section_its_head_named():
    # Al-Liwaa: the section's name over the headline, "المزيد من" it under the article.
    more = ["المزيد من الشرق الأوسط", "واشنطن تستدعي دبلوماسييها من دول قطعت علاقتها بتايوان"]
    more += ["استدعت الولايات المتحدة الأمريكية سفراءها لدى ثلاث دول قطعت علاقاتها مع تايوان خلال الأشهر..."]
    lines = ["الرئيسية · سياسة · محليات", "", "الشرق الأوسط", "", TITLE, "", P1, "", P2, "", P3, "", *more]
    assert body_texts(clean_dump(make_raw("\n".join(lines)))) == [P1, P2, P3]
    # More of what the article is about stays: "المزيد من العقوبات" is no section of the page.
    said = "المزيد من الشرق الأوسط"
    assert body_texts(clean_dump(make_raw("\n".join([TITLE, "", P1, "", said, "", P2, "", P3])))) == [P1, said, P2, P3]


def test_clean_ends_the_article_at_its_facebook_comments():
    comments = ("تعليقات الفيسبوك", "ليلى م.", "شكرا على التغطية الدقيقة.", "أعجبني · رد · منذ ساعتين")
    assert body_texts(clean_dump(article(tail=comments))) == [P1, P2, P3]


@pytest.mark.parametrize(
    ("kind", "sentence"),
    [
        ("صورة أرشيفية", "كشف قائد سلاح الجو الإسرائيلي، أن الإيرانيين أطلقوا 32 صاروخا على مواقع في الجولان."),
        ("صورة من الأرشيف", "وقع عملاقا التكنولوجيا والإنترنت غوغل وفيسبوك وقعا ضحية عملية احتيال واسعة."),
        ("أرشيفية", "كشفت وثيقة تم تسريبها عن اجتماع وزير الخارجية اليمني بالأمين العام لهيئة العمل الخارجي."),
    ],
)
def test_clean_cuts_the_photo_s_kind_glued_to_the_first_word_of_the_article(kind, sentence):
    assert body_texts(clean_dump(article(kind + sentence))) == [P1, sentence, P2, P3]
    # "الأرشيفية" and a caption with its space are other things
    kept = "من الأرشيفية الوطنية حصلنا على وثائق نادرة تعود إلى القرن التاسع عشر الميلادي وما قبله."
    assert split_glued(kept) == (kept, None)


def test_clean_takes_the_headline_printed_twice_in_a_row_under_the_site_s_widgets():
    # Al-Ayam (Bahrain): the paper's description, weather, rates and prayer times, a menu and a
    # breadcrumb, the headline twice in a row, the byline, tools, the publication time.
    site = ["الأيام", "صحيفة يومية سياسية مستقلة تصدر عن مؤسسة الأيام للصحافة والطباعة والنشر", "العدد 9824"]
    widgets = ["المنامة 24° رطب", "الدينار البحريني: الدولار 0.376 | اليورو 0.406 | الريال السعودي 0.100"]
    widgets += ["مواقيت الصلاة: الفجر 3:21  الظهر 11:47  العصر 2:29  المغرب 6:51  العشاء 7:43"]
    head = ["الرئيسية | محليات | سياسة | اقتصاد", "الرئيسية > اقتصاد", TITLE, TITLE, "جوهرة الغامدي - جدة"]
    head += ["طباعة | إرسال لصديق | حجم الخط: A+ A-", "تاريخ النشر: منذ 7 ساعات"]
    result = clean_in_archive([*site, *widgets, "", *head, "", P1, "", P2, "", P3], site)
    assert (result.title, body_texts(result)) == (TITLE, [P1, P2, P3])


@pytest.mark.parametrize("header", ["اخترنا لكم", "اختيارات المحرر", "للكاتب نفسه", "من نفس الملف"])
def test_clean_drops_a_box_of_the_editor_s_picks(header):
    picks = (header, "المالكي يتمسك بمنصبه ويهدد بالفوضى والتخريب", "ولي عهد أبوظبي يلتقي وزير الدفاع الأميركي")
    result = clean_dump(article(tail=picks))
    assert (body_texts(result), decision_for(result, header).reason) == ([P1, P2, P3], "related-header")


def test_clean_joins_a_wrapped_paragraph_broken_early_before_a_quotation():
    # Hibapress: the converter keeps a quoted word whole and breaks the paragraph's first line
    # before it, though it would have fitted ("… مقالة بعنوان" then '"الدراجات" في العدد …').
    width = 75
    opening = 'كتب الراحل محمد سعيد عبد المقصود خوجة "الغربال" مقالة بعنوان'
    rest = '"الدراجات" في العدد 406 من جريدة "أم القرى" عام 1932 ذكر فيها أن ' + P2 + " " + P3
    assert len(opening) + 1 + len(rest.split()[0]) <= width  # an early break: the word fitted
    wrapped = [*_wrap(P1 + " " + P3, width), "", opening, *_wrap(rest, width), "", *_wrap(P2 + " " + P1, width)]
    result = clean_dump(make_raw("\n".join([TITLE, "", *wrapped])))
    assert body_texts(result) == [P1 + " " + P3, opening + " " + rest, P2 + " " + P1]


def test_clean_ends_the_article_at_more_from_a_section_of_the_page_s_own_menu():
    # Aden al-Ghad: the menu's items one per line over the headline; "المزيد من أخبار وتقارير" under it.
    menu = ["عدن الغد", "الرئيسية", "أخبار محلية", "أخبار وتقارير", "عربية ودولية", "رياضة"]
    more = ["المزيد من أخبار وتقارير", "رئيس الوحدة: اتفقنا مع الذوادي.. واقتربنا من إغلاق الشكاوى"]
    more += ["صادق رئيس الوحدة هشام مرسي على صحة الأخبار التي انفردت بها الصحيفة أمس حول الشكاوى..."]
    lines = [*menu, "", TITLE, "", P1, "", P2, "", P3, "", *more]
    assert body_texts(clean_dump(make_raw("\n".join(lines)))) == [P1, P2, P3]


def test_clean_takes_the_headline_over_the_site_s_menu_not_the_menu():
    # Al-Akhbar Info: the headline printed once at the top, the site's name, a one-line menu with
    # a link to the French edition, the date, a caption; and a share row in other spellings.
    menu = "الرئيسية الولايات منوعات ثقافة أخبار مقابلات تقارير دولية Français"
    share = "فيسبوك X لينكدإن واتساب تيلقرام مشاركة عبر البريد طباعة"
    lines = [TITLE, "", "وكالة الأخبار المستقلة", "Alakhbar.info", "", menu, "", "نشر في: 04/02/2018 - 20:31"]
    result = clean_dump(make_raw("\n".join([*lines, share, "", P1, "", P2, "", P3])))
    assert (result.title, body_texts(result)) == (TITLE, [P1, P2, P3])
    assert (decision_for(result, menu).reason, decision_for(result, share).reason) == ("home-menu", "share-word")


def test_clean_takes_the_headline_after_the_site_s_name_in_the_page_title():
    # Al-Masirah: "المسيرة نت | <headline>" as the page's title, the site's name printed again under it.
    headline = "انتخاب برهم صالح رئيسا للعراق"  # as short as a site's name may be long
    lines = [f"المسيرة نت | {headline}", "", "المسيرة نت", "قناة المسيرة الفضائية", "", headline]
    result = clean_dump(make_raw("\n".join([*lines, "المسيرة نت| الحديدة", "", P1, "", P2, "", P3])))
    assert (result.title, result.outlet, body_texts(result)) == (headline, "المسيرة نت", [P1, P2, P3])


def test_clean_skips_a_section_index_whose_teasers_end_with_more():
    # Al-Quds: headline, date, teaser, "المزيد" for each story; the first teaser read as text.
    stories = [
        ("العراق يستدعي سفير الجزائر في بغداد بعد تصريحات مسيئة", "6 أبريل 2018", P1),
        ("زيجة سودانية مهرها جنيه واحد وشروطها غريبة", "3 أبريل 2018", P2),
        ("السلطة الفلسطينية تستدعي سفراءها من أربع دول أوروبية", "24 أبريل 2018", P3),
        ("الداخلية تفتح تحقيقا في تسريب بيانات المواطنين", "25 مارس 2018", P1[:90] + "..."),
    ]
    lines = ["أسرى - القدس دوت كوم", "", "أسرى", ""]
    for headline, date, teaser in stories:
        lines += [headline, date, teaser, "المزيد", ""]
    result = clean_dump(make_raw("\n".join([*lines, "1 2 3 4 5 ... التالي »"])))
    assert result.skip_reason == "section index page: headlines and teasers, no article"


@pytest.mark.parametrize(
    "caption",
    ["جانب من الجلسة", "جانب من الاجتماع - صورة موضوعية", "لقطة عامة - البوابة نيوز", "جانب من اللقاء (الحدث)"],
)
def test_clean_drops_a_short_caption_with_or_without_the_site_s_credit(caption):
    result = clean_dump(article(caption))
    assert body_texts(result) == [P1, P2, P3] and not decision_for(result, caption).kept
    kept = "جانب من المشكلة يكمن في التمويل الذي تأخر وصوله إلى البلديات منذ سنتين."
    assert body_texts(clean_dump(article(kept))) == [P1, kept, P2, P3]


def test_clean_takes_the_headline_from_a_page_title_with_a_double_colon_and_drops_the_aps_credit():
    headline = "تشكيل لجنة الطعون الانتخابية بجازان"
    lines = [f"الصحافة :: {headline}", "", "صحيفة سياسية يومية شاملة", "", headline, "حسن المالكي - جازان:"]
    result = clean_dump(make_raw("\n".join([*lines, "", "جانب من الحدث", "", P1, "", P2, "", P3, "", "وأج"])))
    assert (result.title, result.outlet, body_texts(result)) == (headline, "الصحافة", [P1, P2, P3])


def test_clean_keeps_the_writer_s_note_opening_a_column():
    # CNN Arabic's columns open with the writer's note; the page's own notice stays furniture.
    note = "هذا المقال بقلم عبيدة نفاع، محرر الشؤون الرياضية بموقع CNN بالعربية ولا يعكس بالضرورة رأي أو توجهات الشبكة."
    lines = [TITLE, "", note, "", P1, "", P2, "", P3]
    assert body_texts(clean_dump(make_raw("\n".join(lines)))) == [note, P1, P2, P3]
    notice = "جميع الأراء المنشورة تعبر عن رأي كتّابها ولا تعبر بالضرورة عن رأي الموقع"
    assert body_texts(clean_dump(article(tail=(notice,)))) == [P1, P2, P3]


def test_clean_takes_a_headline_naming_products_in_latin_letters_printed_once():
    headline = 'جربنا لكم هاتفين.. "Honor 9 Lite" و"Honor 7x"'
    lines = ["البوابة نيوز", "", "الرئيسية > رياضة", "", headline, "", "الخميس 19/أبريل/2018 - 05:19 م"]
    result = clean_in_archive([*lines, "كتب - نادية البنا", "", P1, "", P2, "", P3], ["البوابة نيوز"])
    assert (result.title, body_texts(result)) == (headline, [P1, P2, P3])


def test_clean_drops_a_long_home_menu_on_one_line():
    menu = "الرئيسية اقتصاد رياضة مقالات برلمان صحة وطب بنوك منوعات عربي ودولي فن حوادث محافظات تحقيقات رأي"
    assert decision_for(clean_dump(article(tail=(menu,))), menu).reason == "home-menu"
    said = "الرئيسية في البلاد هي الطرق التي تربط المدن الكبرى بالموانئ وتحتاج إلى صيانة عاجلة"
    assert body_texts(clean_dump(article(said))) == [P1, said, P2, P3]


def test_clean_takes_no_breaking_headline_under_its_label_for_the_title():
    # Erem News: the page's title, the menu, "عاجل" and a breaking headline, then the source line.
    breaking = "طبيبة بمستشفى المهدية : نفايات طبية خطيرة و تراكم للفضلات في قسم الاستعجالي"
    lines = [TITLE, "", "إرم نيوز", "العالم العربي", "", "عاجل", breaking, "", "المصدر: القاهرة - إرم نيوز"]
    # other pages list the headline and print the site's lines: all of them recur in the archive
    page = [*lines, "تاريخ النشر: 1 مايو 2018 15:46 GMT", "", P1, "", P2, "", P3]
    result = clean_in_archive(page, ["إرم نيوز", "العالم العربي", "", "الأكثر قراءة", TITLE], pages=5)
    assert (result.title, body_texts(result)) == (TITLE, [P1, P2, P3])


def test_clean_takes_the_page_s_first_line_over_a_byline_and_a_name_under_the_menu():
    # Hashtag Syria: the page's title (which other pages list), the menu, then "خاص - <site>" and
    # the writer's name over the article; no headline is printed again.
    lines = [TITLE, "", "تخطى إلى المحتوى", "", "هاشتاغ", "الرئيسية", "تكنولوجيا", "اقتصاد", "سياسة", ""]
    lines += ["خاص - هاشتاغ سوريا", "رهف عمار", "منذ 3 أيام", "", P1, "", P2, "", P3]
    result = clean_in_archive(lines, ["تخطى إلى المحتوى", "", "هاشتاغ", "", "الأكثر قراءة", TITLE], pages=5)
    assert (result.title, body_texts(result)) == (TITLE, [P1, P2, P3])


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("مسقط 40° | صلالة 31° | صحار 39°", "weather"),
        ("الفجر 4:09", "prayer-time"),
        ("العشاء 6:52", "prayer-time"),
        ("مشاركة الخبر", "share-word"),
    ],
)
def test_clean_drops_more_widget_lines(line, reason):
    result = clean_dump(article(line))
    assert (body_texts(result), decision_for(result, line).reason) == ([P1, P2, P3], reason)


# Faults a reviewer proved in this session's first versions of the rules (eleventh session).
@pytest.mark.parametrize(
    "line",
    [
        "أوقات الصلاة في المسجد الحرام لن تتغير خلال شهر رمضان، إذ يرفع أذان الفجر عند الساعة 4:12.",
        "وتصل إلى الضحايا رسالة نصية تقول: مبروك، لقد ربحت مليون ريال، ولاستلام الجائزة اضغط هنا.",
        "من الأرشيفات التي كشفت عنها الحكومة البريطانية وثائق تعود إلى الحرب العالمية الثانية.",
        "الرياض 48° مئوية",
    ],
)
def test_clean_keeps_article_lines_the_new_widget_rules_resemble(line):
    assert body_texts(clean_dump(article(line))) == [P1, line, P2, P3]


@pytest.mark.parametrize("heading", ["لقطة من الماضي", "جانب من المعاناة", "لا تفوتك"])
def test_clean_keeps_subheadings_that_open_like_captions_or_boxes(heading):
    result = clean_dump(article(heading))
    assert decision_for(result, heading).kept and P2 in body_texts(result)


@pytest.mark.parametrize("headline", ["مشهد عام يثير القلق", "جانب من الحكاية"])
def test_clean_takes_a_short_headline_that_opens_like_a_caption(headline):
    assert clean_dump(make_raw("\n".join([headline, "", P1, "", P2, "", P3]))).title == headline


def test_clean_keeps_a_headline_over_a_long_quotation_apart_in_a_wrapped_page():
    width = 70
    headline = "الأم تروي تفاصيل الأيام الأخيرة التي قضتها رضيعتها في المستشفى"
    quote = "«لم نكن نعرف أن المستشفى سيحتجز جثمانها حتى ندفع الفاتورة كاملة» " + P2
    assert len(headline) >= 0.6 * width
    wrapped = [headline, *_wrap(quote, width), "", *_wrap(P1 + " " + P3, width), "", *_wrap(P3 + " " + P1, width)]
    result = clean_dump(make_raw("\n".join(wrapped)))
    assert (result.title, body_texts(result)[0]) == (headline, quote)


def test_clean_skips_a_section_page_of_dated_teasers_over_page_numbers():
    # Akhbar El Yom: headline, date (or time), teaser for each story, then the page numbers.
    lines = ["عربي ودولي - بوابة أخبار اليوم", "", "الرئيسية > عربي ودولي", ""]
    for headline, date, teaser in [
        (TITLE, "الأحد، 26 فبراير 2017 - 04:29 م", P1),
        ("زيدان يعلن رغبته فيما يتعلق بتدريب الريال", "منذ 3 ساعات", P2),
        ("الحكومة اللبنانية تترنح.. وجهات دولية تتدخل", "منذ 7 ساعات", P3),
        ("مرشح لرئاسة الحكومة الإيطالية زور في سيرته الذاتية", "الأربعاء، 23 مايو 2018 - 10:11 ص", P2),
        ("تحدي المألوف.. طائرة صامتة أسرع من الصوت", "الأربعاء، 04 أبريل 2018 - 04:44 م", P1),
    ]:
        lines += [headline, date, teaser, ""]
    result = clean_dump(make_raw("\n".join([*lines, "1 2 3 4 5 ... التالي »"])))
    assert result.skip_reason == "section index page: headlines and teasers, no article"
    # an article in pages keeps its text
    paged = [TITLE, "الأحد، 26 فبراير 2017 - 04:29 م", "", P1, "", P2, "", "1 2 3 ... التالي »"]
    assert body_texts(clean_dump(make_raw("\n".join(paged)))) == [P1, P2]


def test_clean_keeps_an_interviewer_s_questions_as_paragraphs_and_a_short_question_as_a_heading():
    question = "كيف تقيمون تجربة السفارة الفرنسية وقنصليتها في جدة في إصدار التأشيرات؟"
    heading = "من الأوفر حظا؟"
    result = clean_dump(make_raw("\n".join([TITLE, "", P1, "", question, "", P2, "", heading, "", P3])))
    kinds = {block.text: block.kind for block in result.blocks}
    assert (kinds[question], kinds[heading]) == ("paragraph", "heading")


def test_clean_takes_a_caption_credited_to_the_archive_in_brackets_for_no_headline():
    # Rai Al-Youm: headline, dateline, then the photo's caption "… (أرشيف)" over the first paragraph.
    caption = "أقامت غرفة صناعة السينما المصرية احتفالية مصغرة لصالح الفنانة (أرشيف)"
    lines = ["عربي", TITLE, "القاهرة ـ “رأي اليوم”:", caption, "", P1, "", P2, "", P3]
    result = clean_dump(make_raw("\n".join(lines)))
    assert (result.title, body_texts(result)) == (TITLE, [P1, P2, P3])


def test_clean_reads_a_row_of_share_buttons_written_in_arabic_letters():
    # 24.ae: "مشاركة" and the networks' names spelled in Arabic, X as "إكس", under the dateline;
    # taken for the headline (the line right over the body) before.
    share = "مشاركة لينكد إن إكس فيسبوك واتساب"
    lines = ["الرئيسية | العرب | العالم", "منوعات", TITLE, "الأحد 27 مايو 2018 / 7:40 م", "", share, "", P1, "", P2]
    result = clean_dump(make_raw("\n".join(lines)))
    assert (result.title, body_texts(result)) == (TITLE, [P1, P2])
    assert decision_for(result, share).reason == "share-word"


def test_clean_reads_headlines_run_together_under_a_list_header_as_no_paragraph():
    """Sama News: "آخر الأخبار", then headlines apart by "|", wrapped over lines by an old converter,
    above the menu's section and the headline: the headline is not a menu item over that "paragraph"."""
    ticker = [
        "شاهد ما قاله محمد بن راشد للوزراء..ورد رجل الراديو عليه  | ",
        "بالصور ..نائب خادم الحرمين يصل إلى عسير لتقديم واجب العزاء لذوي",
        "شهداء الواجب.  |  فيس بوك يعلن ارتفاع أرباحه وعدد مستخدميه على",
        "الرغم من فضيحة كامبريدج أناليتيكا  |  طائرة ألمانية تغير وجهتها",
        "بسبب تهديد بوجود قنبلة",
    ]
    lines = ["الرئيسية", "فن وثقافة", "تكنولوجيا", "آخر الأخبار", *ticker, "", "منوعات", TITLE, "14 آذار 2018"]
    result = clean_dump(make_raw("\n".join([*lines, "", P1, "", P2, "", P3])))
    assert (result.title, body_texts(result)) == (TITLE, [P1, P2, P3])
    # A paragraph under a list's header that holds one "|" is no such list.
    piped = "وقال المتحدث إن الاجتماع | الذي عقد أمس في العاصمة | ناقش ملفات عدة بينها الطاقة والنقل."
    result = clean_dump(make_raw("\n".join(["آخر الأخبار", piped, "", P1, "", P2])))
    assert piped in body_texts(result)


def test_clean_reads_more_in_a_section_as_a_related_header():
    # Echaab: "المزيد في مجتمع" (more in Society), then its stories, under the article.
    box = ["نتائج انتخابات مجلس شورى حركة النهضة", "الدراما المصرية في القمة.. والسورية تتراجع"]
    lines = ["مجتمع", TITLE, "", P1, "", P2, "", P3, "", "المزيد في مجتمع", "", box[0], "", box[1]]
    result = clean_dump(make_raw("\n".join(lines)))
    assert body_texts(result) == [P1, P2, P3]
    assert decision_for(result, "المزيد في مجتمع").reason == "related-header"


def test_clean_keeps_a_subheading_right_under_a_box_of_the_archive_s_headlines():
    """Khaberni, no blank line anywhere: "أخبار ذات صلة", two headlines other pages of the archive
    list too, then a short line no other page has, over the paragraph that goes on, in an article
    with a subheading above: a subheading. A long headline in the same place is the box's last link."""
    links = ["حماس تكشف حقيقة مشاركتها مع السعودية في عاصفة الحزم", "حكاية مونديال 86: مارادونا يسجل هدف القرن"]
    heading, above = "عمليات إنقاذ وحزن دولي", "مناظر قاسية في القرية"
    lines = [TITLE, P1, above, P2, "أخبار ذات صلة", *links, heading, P3]
    result = clean_in_archive(lines, [], listed=tuple(links))
    assert body_texts(result) == [P1, above, P2, heading, P3]
    assert [b.kind for b in result.blocks][3] == "heading"
    long_link = "أول لجنة خاصة لمحاربة التحرش الجنسي في هوليوود برئاسة المحامية"
    lines = [TITLE, P1, above, P2, "أخبار ذات صلة", *links, long_link, P3]
    result = clean_in_archive(lines, [], listed=tuple(links))
    assert long_link not in body_texts(result)
    # In an article without subheadings, a fresh link no other page lists yet is the box's last link
    # (the review's F11).
    fresh = "ارتفاع أسعار الذهب محليا"
    result = clean_in_archive([TITLE, P1, P2, "أخبار ذات صلة", *links, fresh, P3], [], listed=tuple(links))
    assert fresh not in body_texts(result) and P3 in body_texts(result)


def test_clean_takes_neither_a_bbc_byline_nor_a_menu_run_together_for_the_headline():
    # BBC Arabic: headline, then "كاتب المقال، …" and "مسمى وظيفي، …" (author, job title) over the date.
    lines = [TITLE, "", "كاتب المقال، سارة الخطيب", "مسمى وظيفي، بي بي سي نيوز عربي", "25 مارس/ آذار 2018", ""]
    result = clean_dump(make_raw("\n".join([*lines, P1, "", P2])))
    assert (result.title, body_texts(result)) == (TITLE, [P1, P2])
    # Ultra Sawt: a menu's section names apart by spaces, over a shorter headline and its writer.
    menu = "ترجمات ثقافة اقتصاد منوعات فنون رأي علوم أخبار"
    headline = "الرقة.. الدواعش يسرقون أموال الزكاة"
    result = clean_dump(make_raw("\n".join([menu, "", headline, "", "فريق التحرير", "", P1, "", P2])))
    assert (result.title, body_texts(result)) == (headline, [P1, P2])


def test_clean_drops_a_caption_credited_to_the_site_after_the_photo_s_kind():
    # Arab48: "(توضيحية - عرب 48)", an illustrative photo from the site the page's header names.
    caption = "لقطة من مقطع مصور (توضيحية - عرب 48)"
    lines = ["عرب 48", "", TITLE, "", P1, "", caption, "", P2, "", P3]
    result = clean_dump(make_raw("\n".join(lines)))
    assert body_texts(result) == [P1, P2, P3] and decision_for(result, caption).reason == "caption"
    # A subheading naming two sides in brackets stays one.
    heading = "مباراة الليلة (مصر - السودان)"
    lines = ["عرب 48", "مصر", "", TITLE, "", P1, "", heading, "", P2, "", P3]
    assert body_texts(clean_dump(make_raw("\n".join(lines)))) == [P1, heading, P2, P3]


def test_clean_keeps_the_short_line_leading_the_article_s_list():
    """A question or a label between a paragraph and the article's list is its lead (a paragraph)
    or its heading, not a stray line (Arab48: "كيف تشاهد …؟", then "• …" items)."""
    items = ["• انتقل إلى صفحة النشاطات الخاصة بك على غوغل.", "• بعد تسجيل الدخول ستنتقل إلى صفحة النشاط."]
    for lead, kind in [("كيف تشاهد ما بحثت عنه في غوغل خلال يوم أو شهر أو سنة؟", "paragraph"), ("الخطوات", "heading")]:
        result = clean_dump(make_raw("\n".join([TITLE, "", P1, "", lead, *items, "", P2, "", P3])))
        assert lead in body_texts(result)
        assert next(b.kind for b in result.blocks if b.text == lead) == kind


def test_clean_takes_neither_a_menu_run_together_nor_a_ticker_s_items_for_the_headline():
    """France 24: the page's <title>, then the sections run together on one line (no separator)
    over the headline printed twice; Al-Forat: "آخر الأخبار" and four headlines under it, the last
    with its time, over the headline printed twice. The menu is no body text either."""
    menu = "الأخبار الشرق الأوسط المغرب العربي فرنسا الأمريكيتان آسيا اقتصاد رياضة ثقافة علوم وتكنولوجيا بيئة"
    lines = ["FRANCE 24", menu, "", "اقتصاد", TITLE, TITLE, "", P1, "", P2]
    result = clean_dump(make_raw("\n".join(lines)))
    assert (result.title, body_texts(result)) == (TITLE, [P1, P2])
    lines = [f"{TITLE} - موقع الخبر", "بث مباشر", menu, "", "رياضة", P1, "", P2, "", P3]
    result = clean_dump(make_raw("\n".join(lines)))
    assert (result.title, body_texts(result)) == (TITLE, [P1, P2, P3])
    ticker = ["شرطة ويتشيتا تحقق في مقتل مبتعث سعودي 12:32", "ريال مدريد يواجه أصعب اختبار في نصف نهائي الأبطال"]
    ticker += ["كهرباء جازان: الانقطاع المتكرر خارج إرادتنا", "روجر فيدرير يفقد صدارة تصنيف التنس 12:50"]
    lines = ["وكالة الفرات نيوز", "آخر الأخبار", *ticker, "", TITLE, TITLE, "15/5/2018 16:50:00", "", P1, "", P2]
    result = clean_in_archive(lines, ["وكالة الفرات نيوز"])  # the site's name, in every page's head
    assert (result.title, body_texts(result)) == (TITLE, [P1, P2])


def test_clean_splits_the_site_s_name_before_a_bar_off_the_headline():
    # Al-Forat: the headline only in the page's <title>, "<site> | <headline>", over a dateline.
    lines = [f"الفرات نيوز | {TITLE}", "وكالة الفرات نيوز", "", "بغداد (الفرات نيوز)", P1, "", P2]
    result = clean_dump(make_raw("\n".join(lines)))
    assert (result.title, result.outlet, body_texts(result)) == (TITLE, "الفرات نيوز", [P1, P2])
    # the site's name after the bar, as before
    lines = [f"{TITLE} | الفرات نيوز", "", P1, "", P2]
    assert clean_dump(make_raw("\n".join(lines))).outlet == "الفرات نيوز"


def test_clean_takes_no_caption_credited_to_a_news_agency_by_name_and_no_cookie_button_for_the_headline():
    # Al Arabiya: cookie notice and its buttons, the headline printed twice, the dates, then the
    # photo's caption credited "(وكالة الأنباء السعودية)" over the first paragraph.
    caption = "خلال مؤتمر صحفي سابق (وكالة الأنباء السعودية)"
    notice = "يستخدم موقع العربية ملفات تعريف الارتباط لتحسين تجربتك في التصفح وتقديم محتوى يناسب اهتماماتك."
    lines = [notice, "قبول", "إدارة التفضيلات", "العربية", "", TITLE, TITLE, "موسكو - فرانس برس"]
    lines += ["نشر في: 17 يونيو ,2018: 10:11 م GST", "", caption, "", P1, "", P2]
    result = clean_dump(make_raw("\n".join(lines)))
    assert (result.title, body_texts(result)) == (TITLE, [P1, P2])
    lines = [notice, "قبول", "إدارة التفضيلات", "", caption, "", P1, "", P2]  # the caption is all there is
    assert clean_dump(make_raw("\n".join(lines))).title != "إدارة التفضيلات"


def test_clean_reads_a_caption_credited_after_the_copyright_sign_as_a_caption_not_the_footer():
    """France 24: "… © رويترز" under a paragraph is the photo's caption, not the site's copyright
    line that ends the article; "للمزيد:" heads a one-link box, and the paragraph under the link,
    an ad under it, is the article again."""
    caption = "صورة متداولة على مواقع التواصل © رويترز"
    link = "المدير الفني لمنتخب البرازيل: جرح سباعية ألمانيا ما زال ينزف"
    last = "وأضاف المتحدث أن الاجتماع المقبل سيعقد في العاصمة الشهر المقبل بحضور وزراء الخارجية العرب."
    lines = [TITLE, P1, caption, P2, "للمزيد:", link, P3, "إعلان", last]
    result = clean_dump(make_raw("\n".join(lines)))
    assert body_texts(result) == [P1, P2, P3, last]
    assert decision_for(result, caption).reason == "caption"
    # the site's own notice still ends the article
    footer = "جميع الحقوق محفوظة © 2024 فرانس 24"
    assert body_texts(clean_dump(make_raw("\n".join([TITLE, P1, footer, P2])))) == [P1]


def test_clean_takes_no_item_of_a_menu_column_for_the_headline_and_splits_the_site_s_name_off():
    """El Watan News: the menu one item a line (most items the archive repeats, "تحقيقات وملفات"
    not), then the headline printed twice, which other pages list too. Assarih: the page's <title>
    ends with " - الصريح", the start of the site's own line "الصريح أون لاين"."""
    menu = ["الرئيسية", "أخبار مصر", "سياسة", "حوادث", "اقتصاد", "محافظات", "تحقيقات وملفات", "صحة", "تكنولوجيا"]
    lines = ["الوطن", *menu, "", TITLE, TITLE, "كتبت: سارة عبد الرحمن", "", P1, "", P2]
    recurring = ["الوطن", *[m for m in menu if m not in ("محافظات", "تحقيقات وملفات")]]
    result = clean_in_archive(lines, recurring, listed=(TITLE,))
    assert (result.title, body_texts(result)) == (TITLE, [P1, P2])
    lines = [f"{TITLE} - الصريح", "الصريح أون لاين", "", "نشر في 10 فيفري 2017", "", P1, "", P2]
    result = clean_in_archive(lines, ["الصريح أون لاين"])
    assert (result.title, result.outlet) == (TITLE, "الصريح")
    # a part after a dash that no line of the site's own begins with stays in the headline
    lines = [f"{TITLE} - الدوري المصري", "الصريح أون لاين", "", P1, "", P2]
    assert clean_in_archive(lines, ["الصريح أون لاين"]).title == f"{TITLE} - الدوري المصري"


# ------------------------------------------------------------------ the thirteenth session's review
def test_clean_keeps_news_sentences_and_lists_that_name_platforms():
    """Review14 F01-F03: a past-tense sentence ending with a platform ("انضم … إلى منصة تيك توك."),
    a company's statement that it is not responsible for external sites, and the list an article
    announces naming apps are article text, not the site's buttons and notices."""
    lead = "انضم الرئيس الأمريكي السابق دونالد ترامب إلى منصة تيك توك."
    result = clean_dump(make_raw("\n".join([TITLE, "", "الأحد 2 يونيو 2024", "", lead, "", P2, "", P3])))
    assert lead in body_texts(result)
    statement = "قالت غوغل إنها غير مسؤولة عن محتوى المواقع الخارجية."
    assert statement in body_texts(clean_dump(article(statement)))
    lead = "كشف تقرير حديث أن التطبيقات التالية كانت الأكثر تحميلا في المنطقة العربية خلال العام الماضي:"
    items = ["• تيك توك", "• سناب شات", "• ثريدز", "• إكس"]
    texts = body_texts(clean_dump(make_raw("\n".join([TITLE, "", P1, "", lead, *items, "", P2]))))
    assert all(item.lstrip("• ") in texts or item in texts for item in items)
    # (left: a subheading that is only an app's name, "تيك توك" between paragraphs, reads as a share
    # button there, as "واتساب" between paragraphs is one on real pages)


def test_clean_credits_no_label_or_section_as_the_outlet():
    """Review14 F04-F05: "فيديو | …", "غزة | …" and "… - الدوري الإنجليزي" (a menu item) name no site."""
    for label in ("فيديو", "غزة", "كأس العالم 2022"):
        result = clean_dump(make_raw("\n".join([f"{label} | {TITLE}", "", P1, "", P2])))
        assert result.outlet != label
    menu = ["الرئيسية", "الدوري الإنجليزي", "الدوري الإسباني", "الدوري المصري", "دوري أبطال أوروبا", "منتخبات"]
    headline = "محمد صلاح يقود ليفربول لفوز كبير على مانشستر يونايتد - الدوري الإنجليزي"
    result = clean_in_archive([headline, *menu, "", "كتب: أحمد سامي", "", P1, "", P2], menu)
    assert result.outlet != "الدوري الإنجليزي"


def test_clean_takes_a_headline_naming_countries_and_one_under_a_menu_with_latest_news():
    """Review14 F06-F07: "السعودية والإمارات والبحرين ومصر تقاطع قطر" is a headline, not a menu; a
    menu one item a line holding "آخر الأخبار" does not make the headline under it a list item."""
    headline = "السعودية والإمارات والبحرين ومصر تقاطع قطر"
    for lines in ([headline, "", "الرياض - وكالات"], ["موقع الخبر", "", headline, "", "الإثنين 5 يونيو 2017"]):
        assert clean_dump(make_raw("\n".join([*lines, "", P1, "", P2]))).title == headline
    headline = "البرلمان يقر قانون الاستثمار الجديد بأغلبية الثلثين"
    breaking = "عاجل: الرئاسة تعلن الحداد الوطني ثلاثة أيام على ضحايا حادث القطار"
    lines = [breaking, "الرئيسية", "آخر الأخبار", "سياسة", "اقتصاد", "رياضة", headline, "الأحد 12 مايو 2024", P1, P2]
    assert clean_dump(make_raw("\n".join(lines))).title == headline


def test_clean_does_not_resume_the_article_on_comments_or_teasers_apart_by_ads():
    """Review14 F10: an ad between two comments (or most-read teasers) does not make them paragraphs
    in a row."""
    c1 = "مقال رائع ويعبر عن واقعنا المؤلم، نتمنى أن يستمع المسؤولون إلى صوت المواطن قبل فوات الأوان."
    c2 = "للأسف لا شيء سيتغير ما دام الفساد ينخر مؤسسات الدولة، والكلام وحده لا يكفي."
    result = clean_dump(make_raw("\n".join([TITLE, "", P1, "", P2, "", "التعليقات", "", c1, "", "إعلان", "", c2])))
    assert body_texts(result) == [P1, P2]


def test_clean_passes_over_an_embedded_video_set_as_label_length_and_title():
    """Sky News Arabia: "فيديو", then the player's "04:40", then the video's own title, between two
    paragraphs: the title is no subheading, and the subheading over the video stays one."""
    heading = "عمليات إنقاذ وحزن دولي"
    video = "ما هي الأرقام التي حطمها أو عادلها محمد صلاح أمام ويست هام؟"
    lines = [TITLE, "", P1, "", heading, "", "فيديو", "04:40", video, "", P2, "", P3]
    result = clean_dump(make_raw("\n".join(lines)))
    assert body_texts(result) == [P1, heading, P2, P3]
    assert decision_for(result, video).reason == "video-title"


def test_clean_reads_ishhar_as_an_ad_between_a_question_and_its_answer():
    # Assarih (Tunisia): "إشهار" (advertisement, in the Maghreb) between an interviewer's question
    # and the answer; the question stays.
    question = "ما الذي ينجز الملفات العالقة ويخرج لبنان من أزماته؟"
    answer = "ـ التفاهم والعودة إلى أصول الحكم، فنحن أمام حكومة لا تشبه اسمها ولا تعمل بما يقتضيه الدستور."
    result = clean_dump(make_raw("\n".join([TITLE, "", P1, "", question, "", "إشهار", "", answer, "", P2])))
    assert body_texts(result) == [P1, question, answer, P2]
    assert decision_for(result, "إشهار").reason == "ad-slot"


def test_clean_reads_the_inclusive_read_also_as_a_box_header():
    # Ultra Sawt: "اقرأ/ي أيضًا:" (read, addressing both genders) alone over its links.
    links = ["السعودية: محاكمة معتمرين عربيين إسرائيليين بتهم بينها التجسس", "الموساد"]
    result = clean_dump(make_raw("\n".join([TITLE, "", P1, "", "اقرأ/ي أيضًا:", *links, "", P2, "", P3])))
    assert body_texts(result) == [P1, P2, P3]
    assert decision_for(result, "اقرأ/ي أيضًا:").reason == "related-header"


def test_clean_drops_a_photo_label_in_square_brackets_between_paragraphs():
    # Al-Mawqea Post: "[ صورة تعبيرية ]", "[ لقطة من مقطع مصور ]" where the photo was; a note in
    # square brackets that is no photo's stays.
    for caption in ("[ صورة تعبيرية ]", "[ لقطة من مقطع مصور ]"):
        result = clean_dump(article(caption))
        assert body_texts(result) == [P1, P2, P3] and decision_for(result, caption).reason == "caption"
    note = "[ تحديث: أعلنت الوزارة لاحقا تأجيل الاجتماع ]"
    assert note in body_texts(clean_dump(article(note)))


def test_clean_review15_regressions_of_the_first_review_s_fixes():
    """Review15: an ad among the paragraphs after a box inside the article; "site | five-word
    headline"; the site's logo line as evidence; a related "(فيديو)" or a standings widget is no
    outlet; the site's appeals in every form; a share bar after the article's own list; a latest-news
    list with each item's time; a short section bar with joined items; a subheading under a player."""
    newsletter = ["اشترك في النشرة البريدية", "أدخل بريدك الإلكتروني", "اشترك"]
    mc = "وأوضح الوزير أن الدعم سيصرف على دفعتين، الأولى قبل نهاية الشهر الجاري والثانية مع بداية الموسم."
    md = "وأضاف أن الحكومة تعمل أيضا على تسريع إنجاز محطات تحلية مياه البحر لتأمين حاجيات الشرب والسقي."
    result = clean_dump(
        make_raw("\n".join([TITLE, "", P1, "", P2, "", *newsletter, "", mc, "", "إعلان", "", md, "", P3]))
    )
    assert body_texts(result) == [P1, P2, mc, md, P3]
    five = "مجلس النواب يصوت على الموازنة"
    lines = [f"الفرات نيوز | {five}", "وكالة الفرات نيوز", "", "بغداد (الفرات نيوز)", "", P1, "", P2]
    assert clean_in_archive(lines, ["وكالة الفرات نيوز"]).title == five
    logo = clean_in_archive([f"السومرية نيوز | {TITLE}", "السومرية نيوز", "", P1, "", P2], ["السومرية نيوز"])
    assert (logo.title, logo.outlet) == (TITLE, "السومرية نيوز")
    related = [f"{TITLE} - فيديو", "", P1, "", P2, "", "اقرأ أيضا", "", "مشاهد مروعة من الزلزال (فيديو)"]
    assert clean_dump(make_raw("\n".join(related))).outlet != "فيديو"
    widget = [f"{TITLE} - الدوري الإنجليزي", "", P1, "", P2, "", "ترتيب الدوري الإنجليزي"]
    assert clean_in_archive(widget, ["ترتيب الدوري الإنجليزي"]).outlet != "الدوري الإنجليزي"
    for appeal in ("تابعوا خبرني على قناة واتساب.", "انضم إلى قناتنا على تيليجرام", "تابع الجزيرة نت على تطبيق واتساب"):
        assert appeal not in body_texts(clean_dump(article(appeal)))
    lead = "وتضمن الاتفاق الذي وقعه الطرفان في العاصمة القطرية الدوحة البنود التالية:"
    items = ["• وقف شامل لإطلاق النار في جميع المحافظات", "• تبادل الأسرى والمحتجزين لدى الطرفين خلال شهر"]
    share = ["• فيسبوك", "• تويتر", "• واتساب", "• نسخ الرابط"]
    texts = body_texts(clean_dump(make_raw("\n".join([TITLE, "", P1, "", lead, *items, "", *share, "", "© 2024"]))))
    assert all(i in texts for i in items) and not any(s in texts for s in share)
    headline = "الأمطار تغرق شوارع الإسكندرية"
    listed = ["ارتفاع أسعار الذهب في السوق المحلية خلال تعاملات اليوم", "الأمن يضبط عصابة لسرقة السيارات في مدينة نصر"]
    lines = ["آخر الأخبار", listed[0], "منذ ساعتين", listed[1], "منذ ساعتين", "", headline, "", "الإسكندرية - محمد علي"]
    assert clean_dump(make_raw("\n".join([*lines, "", P1, "", P2]))).title == headline
    bar = "سياسة واقتصاد رياضة علوم وتكنولوجيا"
    lines = ["موقع الخبر", bar, "", headline, "", "الإسكندرية - محمد علي", "", P1, "", P2]
    assert clean_dump(make_raw("\n".join(lines))).title == headline
    for line in ("مطالبات بفتح تحقيق", "من جهته أعلن الدفاع المدني انتشال 12 جثة من تحت الأنقاض حتى الآن"):
        assert line in body_texts(
            clean_dump(make_raw("\n".join([TITLE, "", P1, "", "فيديو", "01:35", line, "", P2, "", P3])))
        )


def test_clean_review16_lists_tickers_site_names_and_appeals():
    """Review16: a list of countries the article announces with a colon stays, spaced or last; the
    times under a latest-news list do not carry it on into the headline; a dateline "بغداد - خاص
    (الفرات نيوز)" and a logo "بوابة الأهرام" name the site; news sentences naming a platform stay."""
    intro = "وتشمل الجولة الدول التالية:"
    countries = ["- مصر", "- الأردن", "- قطر", "- السعودية"]
    spaced = [x for item in countries for x in (item, "")]
    for lines in (
        [TITLE, "", P1, "", intro, "", *spaced, P2, "", P3],
        [TITLE, "", P1, "", P2, "", intro, *countries],
        [TITLE, "", P1, "", intro, *countries, "", "رسالة من الرئيس", "", P2, "", P3],
    ):
        kept = " ".join(body_texts(clean_dump(make_raw("\n".join(lines)))))
        assert all(item.lstrip("- ") in kept for item in countries)
    items = ["ارتفاع أسعار الذهب في السوق المحلية خلال تعاملات اليوم", "الأمن يضبط عصابة لسرقة السيارات في مدينة نصر"]
    lines = ["آخر الأخبار", items[0], "منذ ساعتين", items[1], "منذ 3 ساعات", TITLE, "القاهرة - محمد علي", P1, P2]
    assert clean_dump(make_raw("\n".join(lines))).title == TITLE
    lines = ["عاجل", items[1], "الخميس 21 مارس 2024", TITLE, "القاهرة - محمد علي", "", P1, "", P2]
    assert clean_dump(make_raw("\n".join(lines))).title == TITLE
    result = clean_dump(make_raw("\n".join([f"الفرات نيوز | {TITLE}", "", "بغداد - خاص (الفرات نيوز)", P1, "", P2])))
    assert (result.title, result.outlet) == (TITLE, "الفرات نيوز")
    result = clean_in_archive(["بوابة الأهرام", "", f"{TITLE} - الأهرام", "", P1, "", P2], ["بوابة الأهرام"])
    assert (result.title, result.outlet) == (TITLE, "الأهرام")
    for line in ("انضم الرئيس التونسي قيس سعيد إلى منصة تيك توك", "تابع الملايين البث المباشر للحفل على يوتيوب"):
        assert line in body_texts(clean_dump(article(line)))


def test_clean_review17_appeals_news_menus_and_labels():
    """Review17: news sentences with a channel word ("تابع ملايين المشاهدين الحفل عبر قناة يوتيوب.") stay,
    the site's plural appeals go; the site's section menu after the article's own tight list is no
    item of it; a related link ending "(تحديث مستمر)" does not make that label the outlet."""
    for line in ("تابع ملايين المشاهدين الحفل عبر قناة يوتيوب.", "انضم الفنان محمد رمضان إلى تطبيق تيك توك."):
        assert line in body_texts(clean_dump(article(line)))
    for line in ("تابعوا المصري اليوم على جوجل نيوز", "اشتركوا في قناة اليوم السابع على يوتيوب"):
        assert line not in body_texts(clean_dump(article(line)))
    intro = "وضمت قائمة المنتخب للمباراة اللاعبين التالية أسماؤهم:"
    players = ["- محمد صلاح", "- عمر مرموش", "- مصطفى محمد"]
    footer = ["- سياسة", "- اقتصاد", "- رياضة", "- منوعات"]
    texts = body_texts(clean_dump(make_raw("\n".join([TITLE, "", P1, "", P2, "", intro, *players, "", *footer]))))
    assert not any(f.lstrip("- ") in texts or f in texts for f in footer)
    title = f"{TITLE} - تحديث مستمر"
    lines = [title, "", P1, "", P2, "", "اقرأ أيضا", "", "أسعار العملات مقابل الجنيه (تحديث مستمر)"]
    assert clean_dump(make_raw("\n".join(lines))).outlet is None


def test_clean_resumes_the_article_on_a_paragraph_over_a_short_subheading_after_a_box():
    """Elwatan News: "فيديو قد يعجبك:" heads a one-link box inside the article; the article goes on with
    a paragraph, then a subheading of two words over a long paragraph. A box of teasers under longer
    headlines stays out."""
    link = "إحالة أوراق 10 متهمين بخلية الظواهري إلى المفتي"
    short = "وفيما تصر الدول الخليجية على ضرورة تطبيق القرار، تقول الوثيقة إن الأوروبيين غير مكترثين بتنفيذه."
    long_p = (
        "وتحدثت الوثيقة المسربة عن سعي الأوروبيين إلى تعزيز تعاونهم مع إيران في حل أزمات المنطقة بما فيها "
        "الأزمة اليمنية، وهو ما يفسر حرصهم على الاتفاق النووي ومراعاة مصالح طهران في أي تسوية مقبلة."
    )
    lines = [TITLE, "", P1, "", "فيديو قد يعجبك:", link, "", short, "", "الوثيقة المسربة", "", long_p, "", P3]
    result = clean_dump(make_raw("\n".join(lines)))
    assert body_texts(result) == [P1, short, "الوثيقة المسربة", long_p, P3]
    teasers = ["مصر تعتزم إدراج ثلاث شركات نفطية جديدة في البورصة المصرية", short]
    teasers += ["الأخضر يخوض أربع مباريات ودية استعدادا للبطولة القارية المقبلة", P3]
    lines = [TITLE, "", P1, "", P2, "", "فيديو قد يعجبك:", "", *teasers]
    assert body_texts(clean_dump(make_raw("\n".join(lines)))) == [P1, P2]


def test_clean_keeps_a_box_of_short_labels_and_teasers_out_of_the_article():
    """Review18: "اقرأ أيضا" over items of a short label and a teaser ("اقتصاد", a short teaser;
    "سياحة وسفر", a long one): a teaser under its own label is no paragraph the article resumes with."""
    short = "قررت الحكومة رفع أسعار الوقود بنسبة عشرة في المئة اعتبارا من مطلع الشهر المقبل."
    long_teaser = (
        "أطلقت الهيئة العامة للسياحة حملة ترويجية واسعة تستهدف الأسواق الأوروبية والآسيوية بهدف زيادة أعداد "
        "الزوار خلال الموسم الشتوي، وتشمل الحملة عروضا خاصة على الفنادق ورحلات الطيران الداخلية المخفضة"
    )
    lines = [TITLE, "", P1, "", P2, "", P3, "", "اقرأ أيضا", "", "اقتصاد", short, "", "سياحة وسفر", long_teaser]
    assert body_texts(clean_dump(make_raw("\n".join(lines)))) == [P1, P2, P3]


def test_clean_takes_no_masthead_printed_twice_on_every_page_for_the_headline():
    """Al-Dostor: the masthead ("رئيس مجلسى الإدارة والتحرير", the editor's name) printed twice over
    the menu on every page of the archive is no headline printed twice; the story's headline, printed
    once, is. A story the archive holds several times keeps its headline printed twice."""
    masthead = ["رئيس مجلسى الإدارة والتحرير", "محمد الباز"]
    menu = "الرئيسية أخبار مصر سياسة حوادث رياضة اقتصاد فن ثقافة محافظات"

    def page(title: str, first: str) -> list[str]:
        return [*masthead, *masthead, "", menu, "", title, "", "كتب: محمود عبد الحميد", "", first, "", P2, "", P3]

    raw = make_raw("\n".join(page(TITLE, P1)))
    others = [make_raw("\n".join(page(f"خبر آخر رقم {n} عن الاقتصاد", f"{P1} وقال {n}."))) for n in range(4)]
    result = clean_dump(raw, stats=collect_archive_stats([raw, *others]))
    assert result.title == TITLE
    assert body_texts(result) == [P1, P2, P3]
    twice = ["حكاية المدينة", "", TITLE, "", "محليات", "", TITLE, "", P1, "", P2]  # the same story scraped 4 times
    copies = [make_raw("\n".join(twice), name=f"{n}.txt") for n in range(4)]
    assert clean_dump(copies[0], stats=collect_archive_stats(copies)).title == TITLE


def test_clean_reads_links_to_the_previous_and_next_story_as_an_aside():
    """MTV-style "المقال السابق" / "المقال التالي", each over a headline (wrapped over two lines):
    neither headline is article text."""
    tail = (
        "المقال السابق",
        "المالكي يتمسك بمنصبه ويهدد بالفوضى والتخريب",
        "المقال التالي",
        "فيس بوك يعلن ارتفاع أرباحه وعدد مستخدميه على الرغم من فضيحة كامبريدج",
        "أناليتيكا",
    )
    result = clean_dump(article(tail=tail))
    assert body_texts(result) == [P1, P2, P3]
    assert decision_for(result, "المقال التالي").reason == "post-navigation"


def test_clean_does_not_resume_the_article_inside_a_hard_wrapped_box():
    """A page wrapped at a fixed width, its paragraphs apart by blank lines: under "مقالات ذات صلة",
    a short headline, then two long ones wrapped over three lines with no blank line between (read as
    one paragraph), are the box's; the paragraph after the blank line is the article again."""
    wrap = lambda text: textwrap.wrap(text, 75)  # noqa: E731
    box = [
        "مقالات ذات صلة",
        "زيجة سودانية مهرها جنيه واحد وشروطها غير مسبوقة",
        "هيومن رايتس ووتش تتهم الحوثيين في اليمن بخطف الرهائن وتعذيب المعتقلين",
        "مونديال روسيا: ألمانيا تحقق فوزا ثمينا على السويد 2-1 وتبقي على حظوظها في",
        "التأهل للدور الثاني",
    ]
    ellipsis = [*box[:3], box[3].replace("روسيا:", "روسيا…"), box[4]]  # review20 E1: "…" between a headline's parts
    above = [P1 + " " + P2, P3, P2 + " " + P1]
    below = [P2 + " " + P3, P1]
    lines = [TITLE, ""]
    for paragraph in above:
        lines += [*wrap(paragraph), ""]
    for the_box in (box, ellipsis):
        page = [*lines, *the_box, ""]
        for paragraph in below:
            page += [*wrap(paragraph), ""]
        assert body_texts(clean_dump(make_raw("\n".join(page)))) == [*above, *below]


def test_clean_resumes_the_article_on_a_question_right_under_a_box_of_one_link():
    """Review19 C1-C3: under an inline box ("اقرأ أيضا", one link, no blank line) the paragraph that
    ends with "؟", or with a quotation, or with no stop but has commas, is the article again."""
    link = "الحكومة تعلن تعليق الدراسة في المدارس والجامعات أسبوعين"
    question = (
        "ويبقى السؤال الذي يطرحه كثير من المواطنين في الشارع وعلى مواقع التواصل الاجتماعي، هل تلجأ "
        "الحكومة إلى فرض حظر التجول الشامل في جميع المحافظات إذا استمرت الإصابات في الارتفاع بهذه الوتيرة؟"
    )
    unstopped = question.replace("؟", "").replace("هل تلجأ", "وإن كانت ستلجأ")
    for paragraph in (question, unstopped):
        lines = [TITLE, "", P1, "", P2, "", "اقرأ أيضا", link, paragraph, "", P2 + " " + P3, "", P3]
        assert paragraph in body_texts(clean_dump(make_raw("\n".join(lines))))


def test_clean_takes_a_breaking_story_s_headline_from_the_ticker_on_every_page_for_its_title():
    """Review19 S1: the ticker ("عاجل") at the head of every page of the archive lists a story's
    headline; on that story's own page, printed again over its subtitle, it is the title (not
    the subtitle: it is no masthead printed twice)."""
    breaking = "الصحة: تسجيل 26 إصابة جديدة بفيروس كورونا في مصر"
    subtitle = "ارتفاع إجمالي الإصابات إلى 320 حالة وخروج 54 متعافيا من مستشفيات العزل"

    def page(title: str, under: str, first: str) -> list[str]:
        menu = "الرئيسية أخبار مصر سياسة حوادث رياضة اقتصاد"
        return ["الدستور", menu, "عاجل", breaking, "", title, under, "كتب: أحمد فتحي", "", first, "", P2, "", P3]

    raw = make_raw("\n".join(page(breaking, subtitle, P1)))
    others = [
        make_raw("\n".join(page(f"خبر آخر رقم {n} عن الاقتصاد", f"تفاصيل الخبر رقم {n} لقرائنا", f"{P1} وقال {n}.")))
        for n in range(6)
    ]
    assert clean_dump(raw, stats=collect_archive_stats([raw, *others])).title == breaking


def test_clean_reads_a_ticker_of_headlines_apart_by_dashes_as_no_paragraph():
    """26 September: "آخر الأخبار" over one long line of headlines apart by " - ": the article is
    not taken to start there; the headline under the section's name is the title."""
    ticker = (
        'ماهو سرّ "الزر الأحمر" الذي جهّز به ترامب مكتبه ؟ - بريطانيا لن تعرقل إعدام ثنائي "خلية '
        'الخنافس" التابعة لتنظيم داعش - ارتفاع أسعار النفط مع تراجع المخزونات الأمريكية للأسبوع الثالث'
    )
    lines = ["الرئيسية | أخبار محلية | عربي ودولي | اقتصاد", "", "آخر الأخبار", ticker, "", "أخبار محلية", TITLE,
             "", "صنعاء - 26 سبتمبر", "", P1, "", P2, "", P3]  # fmt: skip
    result = clean_dump(make_raw("\n".join(lines)))
    assert result.title == TITLE
    assert body_texts(result) == [P1, P2, P3]


def test_clean_joins_a_wrapped_list_of_names_apart_by_dashes():
    """A hard-wrapped page (El-Massa): a line-up of names apart by " - " wrapped over lines that
    look like a menu apart by dashes, one opening with the dash the wrap pushed down, is one
    paragraph under its lead-in."""
    names = (
        "ومن المنتظر أن تكون تشكيلة الفريقين على النحو التالي : النادي الافريقي : فاروق بن مصطفى - "
        "مختار بلخيثر - بلال العيفة - فخر الدين الجزيري - سليمان كشك - غازي العيادي - أحمد خليل - وسام "
        "يحيى - صابر خليفة - إبراهيم الشنيحي - المنوبي الحداد ."
    )
    wrapped = textwrap.wrap(names, 74, break_on_hyphens=False)
    assert any(line.startswith("- ") for line in wrapped)
    lines = [TITLE, ""]
    for paragraph in (P1 + " " + P2, names, P3 + " " + P1, P2 + " " + P3):
        lines += [*textwrap.wrap(paragraph, 74, break_on_hyphens=False), ""]
    assert names in body_texts(clean_dump(make_raw("\n".join(lines))))


def test_clean_passes_over_a_box_headline_wrapped_long_to_resume_the_article():
    """A box's headline run long (82 characters, with no comma or stop: no teaser) does not make the
    short paragraph after the box a teaser; a line of a box over 100 characters is one, punctuated
    or not (review20 H1: a teaser cut at a fixed length)."""
    short = 'وأوضح أن اللقاء سيعقد "في بلد ثالث، وهو أمر عملي جداً بالنسبة لروسيا والولايات المتحدة".'
    box = ["اقرأ أيضاً:", "أهالي المعتقلين بسجون العراق يجتمعون مع السفير الجديد",
           "الرابطة الثانية : هزيمة قاسية لنادي الحمامات و الملعب الصفاقسي يقترب من البلاي أوف"]  # fmt: skip
    lines = [TITLE, "", P1, "", *box, "", short, "", "الخارجية الروسية: لافروف وبولتون ناقشا الوضع", "", P2, "", P3]
    assert short in body_texts(clean_dump(make_raw("\n".join(lines))))
    cut = "أصدرت وزارة الداخلية مساء اليوم بيانا حول الأحداث التي شهدتها المنطقة الشرقية خلال الساعات الماضية وأكدت"
    teasers = ["مقالات ذات صلة", "الداخلية تصدر بيانا حول أحداث المنطقة الشرقية", cut,
               "ولي العهد يستقبل رئيس الوزراء البريطاني في الرياض",
               "استقبل ولي العهد في قصر اليمامة بالرياض اليوم رئيس الوزراء البريطاني والوفد المرافق له.", "",
               "التعليقات"]  # fmt: skip
    assert body_texts(clean_dump(make_raw("\n".join([TITLE, "", P1, "", P2, "", P3, "", *teasers])))) == [P1, P2, P3]


def test_clean_reads_box_headers_in_latin_letters():
    """An Arabic page's boxes headed in English ("RELATED NEWS", "ALL STORIES"): their teasers are
    no article text."""
    teaser = (
        "اخترنا لكم في هذا العدد مجموعة من التطبيقات المختلفة للأجهزة الجوالة، منها تطبيق يحول جوالك إلى ماسح ضوئي."
    )
    for header in ("RELATED NEWS", "ALL STORIES", "Most viewed"):
        result = clean_dump(article(tail=(header, "تطبيقات الاسبوع", teaser, "", "تطبيقات أخرى", teaser + " وغيرها.")))
        assert body_texts(result) == [P1, P2, P3], header


# Review20 (a review of the z fixes): a lead with a dateline's and an aside's dashes, a menu apart by
# bars over the headline, and tags apart by dashes under a paragraph ending with a quotation.
_SINAI_LEAD = (
    "العريش - قتل ثلاثة جنود مصريين وأصيب خمسة آخرون في هجوم شنه مسلحون مجهولون - يعتقد أنهم ينتمون إلى "
    "تنظيم ولاية سيناء - على نقطة تفتيش عسكرية جنوب مدينة العريش، بحسب ما أفادت مصادر أمنية."
)


def test_clean_review20_prose_with_dashes_under_a_label_is_no_ticker():
    subheading = "المسلحون استخدموا قذائف صاروخية وأسلحة رشاشة ثقيلة"
    lines = ["الرئيسية", "أخبار مصر", "", "عاجل", TITLE, _SINAI_LEAD, "", subheading, "", P2, "", P3]
    result = clean_dump(make_raw("\n".join(lines)))
    assert result.title == TITLE
    assert _SINAI_LEAD in body_texts(result)
    no_blanks = ["الرئيسية", "أخبار مصر", "عاجل", TITLE, "الثلاثاء 08 مايو 2018 - 10:30", _SINAI_LEAD, P2, P3]
    result = clean_dump(make_raw("\n".join([*no_blanks, "", "اقرأ أيضا", "السيسي يستقبل وزير الدفاع في القاهرة"])))
    assert (result.title, body_texts(result)) == (TITLE, [_SINAI_LEAD, P2, P3])


def test_clean_review20_joins_no_menu_or_tags_into_a_wrapped_paragraph():
    wrap = lambda text, width: textwrap.wrap(text, width)  # noqa: E731
    paragraphs = [P1 + " " + P2, P3 + " " + P1, P2 + " " + P3]
    menu = "بيروت والجبل | الشمال | البقاع | الجنوب | المغتربون | حوارات | تحقيقات"
    lines = ["موقع التيار", menu, TITLE, "", "الثلاثاء 08 أيار 2018", ""]
    for paragraph in paragraphs:
        lines += [*wrap(paragraph, 70), ""]
    result = clean_dump(make_raw("\n".join([*lines, "مواضيع ذات صلة", "عون يستقبل وفدا من البنك الدولي"])))
    assert (result.title, body_texts(result)) == (TITLE, paragraphs)
    quoted = (
        "وقال الحريري بعد اللقاء إن الأجواء كانت إيجابية، وإنه لا يزال متفائلا بإمكان تشكيل الحكومة في وقت "
        "قريب، وختم بالقول: «لن أعتذر عن التكليف وسأبقى أعمل حتى تولد الحكومة مهما كانت العراقيل التي يضعها البعض»"
    )
    lines = [TITLE, "", "الثلاثاء 08 أيار 2018", ""]
    for paragraph in paragraphs[:2]:
        lines += [*wrap(paragraph, 72), ""]
    lines += [*wrap(quoted, 72), "الحريري - ميشال عون - تشكيل الحكومة - بعبدا", "", "مواضيع ذات صلة", "عون في بعبدا"]
    assert body_texts(clean_dump(make_raw("\n".join(lines))))[-1] == quoted


def test_clean_joins_wrapped_lines_after_a_question_in_a_quotation_or_before_a_score():
    """A page wrapped at 72, paragraphs apart by blank lines: a wrap right after "؟" inside a
    quotation still open, or right before a score ("3 - 1 امل حمام سوسة"), goes on."""
    question = (
        'وقال بكر عزت بيغوفيتش إنه يدرك أن ضيفه "ليس محبوبا من الغرب وأن العديد من البوسنيين المحبطين '
        'لا يحبونه في هذا البلد". وتابع "ما هي المشكلة؟ المشكلة هي أنه مسؤول مسلم قوي لم نحظ بمثله منذ فترة طويلة".'
    )
    scores = (
        "المجموعة الاولى الاتحاد المنستيري - سبورتينغ بن عروس 1 - 1 قوافل قفصة - الملعب الافريقي لمنزل "
        "بورقيبة 2 - 0 النادي القربي - نادي كرة القدم بالرجيش 3 - 1 امل حمام سوسة - مستقبل القصرين 0 - 1."
    )
    for paragraph, width in ((question, 72), (scores, 74)):
        lines = [TITLE, ""]
        for text in (P1 + " " + P2, paragraph, P3 + " " + P2, P1 + " " + P3, P2 + " " + P3 + " " + P1):
            lines += [*textwrap.wrap(text, width, break_on_hyphens=False), ""]
        wrapped = textwrap.wrap(paragraph, width, break_on_hyphens=False)
        assert any(line.endswith("؟") for line in wrapped) or any(line.startswith("3 - 1") for line in wrapped)
        assert paragraph in body_texts(clean_dump(make_raw("\n".join(lines))))


def test_clean_reads_the_site_s_own_column_under_the_article_as_an_aside():
    """Al-Joumhouria: "أسرار الجمهورية" under every article, over items that rotate from page to page
    (other pages print some of them): no article text. A story the archive holds twice keeps its
    paragraphs under a subheading the archive repeats."""
    items = [
        "لاحظ مراقبون أن مسؤولاً بارزاً تغيّب عن اجتماع مهم من دون أن يقدّم أي تبرير لغيابه.",
        "يتردد في أوساط سياسية أن كتلة نيابية تدرس تبديل موقفها من ملف خلافي قبل الجلسة المقبلة.",
        "تسأل مرجعية روحية عن أسباب تأخير صرف مستحقات مؤسسات تربوية منذ أشهر.",
        "قال نائب مخضرم لزواره إن الأسابيع المقبلة ستحمل مفاجآت لم يتوقعها أحد.",
    ]

    def page(title: str, text: list[str], column: list[str]) -> str:
        return "\n".join([title, "", "\n\n".join(text), "", "أسرار الجمهورية", *column, "", "مقالات ذات صلة", "خبر"])

    raw = make_raw(page(TITLE, [P1, P2, P3], items[:3]))
    others = [
        make_raw(
            page(f"خبر آخر رقم {n}", [f"{p} وقال {n}." for p in (P1, P2, P3)], items[n % 4 : n % 4 + 2]), f"{n}.txt"
        )
        for n in range(4)
    ]
    assert body_texts(clean_dump(raw, stats=collect_archive_stats([raw, *others]))) == [P1, P2, P3]

    # review22 F1: where the article's paragraphs touch (one a line), a fact box under its label is
    # the article's own, even when other stories print some of its items
    def compact(n: int) -> str:
        text = [f"{p} وقال {n}." for p in (P1, P2, P3)]
        return "\n".join(
            [TITLE, "", *text, "", "أبرز ما جاء في البيان:", *items[n % 4 : n % 4 + 2], "", "اقرأ أيضا", "خبر"]
        )

    pages = [make_raw(compact(n), f"{n}.txt") for n in range(4)]
    assert all(item in body_texts(clean_dump(pages[0], stats=collect_archive_stats(pages))) for item in items[:2])
    twice = "\n".join([TITLE, "", P1, "", "ردود الفعل", P2, "", P3])  # the same story scraped 4 times
    copies = [make_raw(twice, name=f"{n}.txt") for n in range(4)]
    assert body_texts(clean_dump(copies[0], stats=collect_archive_stats(copies)))[-2:] == [P2, P3]


def test_clean_review21_sections_numbered_items_and_questions_stay_as_they_were():
    """Review21: a section's one paragraph under a subheading other stories print too ("خلفية"), a
    numbered list whose items open with a figure ("1 - 150 مليون دينار …"), and an interview's
    question at the page's width over its answer are kept as they are."""
    background = "ويشهد اليمن منذ مارس 2015 حربا بين القوات الحكومية وجماعة الحوثي، خلفت آلاف القتلى والجرحى."

    def page(n: int) -> str:
        text = "\n\n".join(f"{p} وقال {n}." for p in (P1, P2, P3))
        return "\n".join([TITLE, "", text, "", "خلفية", background, "", "اقرأ أيضا", "خبر"])

    pages = [make_raw(page(n), f"{n}.txt") for n in range(4)]
    assert background in body_texts(clean_dump(pages[0], stats=collect_archive_stats(pages)))
    items = [
        "1 - 150 مليون دينار لزيادة معاشات المتقاعدين من القطاعين العام والخاص اعتبارا من مطلع العام المقبل،",
        "2 - 120 مليون دينار لتمويل قروض الإسكان الميسرة للمواطنين من ذوي الدخل المحدود في جميع المحافظات،",
        "3 - 80 مليون دينار لدعم المشروعات الصغيرة والمتوسطة التي يملكها الشباب وتعمل في قطاعات الإنتاج،",
        "4 - 50 مليون دينار لصيانة المدارس الحكومية وتجهيزها قبل بداية العام الدراسي الجديد في سبتمبر.",
    ]
    lines = [TITLE, "", P1, "", "وقرر المجلس توزيع المخصصات على النحو الآتي:", *items, "", P2, "", P3]
    assert all(item in body_texts(clean_dump(make_raw("\n".join(lines)))) for item in items)


def test_clean_reads_a_joomla_page_you_are_here_posts_and_more_in_this_category():
    """Sudanile (Joomla): "أنت هنا: الرئيسية / … / <headline> ..." is a breadcrumb, not the article's
    first paragraph (the headline under it is the title); the e-mail cloak's note, a forum member's
    post count and "المزيد في هذه الفئة :" are furniture."""
    crumb = f"أنت هنا: الرئيسية / المقالات / {TITLE[:30]} ..."
    head = ["سودانايل - Sudanile", "الرئيسية | الأخبار | المقالات", "", crumb, "", TITLE, "كتب بواسطة: د. عمر محمد"]
    meta = ["نشر بتاريخ: 12 أيار/مايو 2017", "الزيارات: 1604", ""]
    cloak = "عنوان البريد الإلكتروني هذا محمي من روبوتات السبام. يجب عليك تفعيل جافاسكربت لتتمكن من رؤيته."
    tail = ["", cloak, "", "المزيد في هذه الفئة :", "« الحكومة تعلن تعليق الدراسة أسبوعين", "المشاركات: 4,784"]
    lines = [*head, *meta, P1, "", P2, "", P3, *tail]
    result = clean_dump(make_raw("\n".join(lines)))
    assert (result.title, body_texts(result)) == (TITLE, [P1, P2, P3])
