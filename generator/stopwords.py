"""Arabic stop words for automatic tags, kept as reviewed data. Pure: no I/O.

Why a list of our own: the PyPI package Arabic-Stopwords is GPL (Warraq is MIT)
and pulls in pyarabic; a news archive needs a few hundred function words plus
news boilerplate verbs, which fit here and can be reviewed like code.

Entries are written as they appear in text; ``STOP_WORDS`` holds them folded
(``fold_arabic``), so hamza, ta marbuta and alef maqsura variants match too.
Each group says in English what it holds. Words with a one-letter proclitic
(و ب ل ف ك: "and, with, for, so, like") are recognised by ``generator.tags``,
so "وفي" (and in) need not be listed.
"""

from __future__ import annotations

from generator.arabic import fold_arabic

_GROUPS: dict[str, str] = {
    # Prepositions and their forms with attached pronouns: in, from, to, on, about, with…; compound
    # ones: under (بموجب), thanks to (بفضل), apart from (بمعزل عن), regardless (بغض النظر)…
    "prepositions": """
        في فيه فيها فيهم فيهما فيما من منه منها منهم منهما منذ مما ممن الى إلى إليه إليها إليهم
        على عليه عليها عليهم عن عنه عنها عنهم مع معه معها معهم لدى لدي لديه لديها لديهم عند عنده
        عندها عندهم عندما حتى حول دون بين بينه بينها بينهم بينما خلال عبر نحو ضد قبل بعد قرب لدن
        تحت فوق أمام خلف وراء ازاء إزاء جانب عقب إثر اثر لصالح بحق وسط داخل خارج عدا سوى غير ضمن
        لـ به بها بهم بهما له لها لهم لهما لنا لك لكم بك بنا بكم كي لكي لأجل أجل بخصوص بشأن
        حيال تجاه إلي رغم برغم بسبب جراء نتيجة إثر بدلا بدلاً عوضا قبيل بعيد لدى
        بموجب بفضل بمعزل بغض بصدد بمثابة بواسطة بمناسبة بغية إبان طالما ريثما حسبما
    """,
    # Conjunctions and particles: and, or, then, but, that, if, not, will, already…
    "particles": """
        و أو أم ثم بل لكن لكنه لكنها لكنهم ولكن إن ان أن إنه أنه انه إنها أنها انها إنهم أنهم انهم
        إنما انما كأن كأنه لأن لان إذ إذا اذا إذن لو لولا لم لن لا ما ماذا لما لقد قد سوف هل ليس
        ليست ليسوا كلا نعم بلى إلا الا إما اما أما أي أية اي ايه يا أيها ربما كما مثل مثلما حيث
        حين حينما كلما بينما بما لما فقط أيضا ايضا أيضاً جدا تماما أبدا ابدا فحسب
        كيف كيفما لماذا متى كم أينما حيثما معا معاً
    """,
    # Pronouns, demonstratives and relatives: he, she, they, this, that, who, which…
    "pronouns": """
        أنا انا نحن أنت انت أنتم هو هي هم هما هن هذا هذه هذان هاتان هؤلاء ذلك ذاك تلك أولئك اولئك
        هنا هناك هنالك الذي التي الذين اللذين اللتين اللذان اللتان اللاتي اللواتي الذى من منذ
        ذات ذو ذوي نفس نفسه نفسها أنفسهم
    """,
    # Quantifiers and vague words: all, some, each, other, most, same, more, less, the main…
    "quantifiers": """
        كل كافة جميع جميعا بعض أي غير سائر عدة عدد عدم أكثر اكثر أقل اقل أكبر اكبر معظم أغلب
        كثير كثيرة قليل آخر آخرى أخرى اخرى آخرون الآخر الأخرى أخر المزيد مزيد العديد عديد بعضها
        بعضهم كلها كلهم جميعهم نحو حوالي قرابة نحوا أكثرها أحد احد إحدى احدى أهم أبرز
    """,
    # Auxiliary and copular verbs ("kana and her sisters"): was, became, still, began…
    "auxiliaries": """
        كان كانت كانوا يكون تكون يكونوا أصبح أصبحت اصبح يصبح تصبح صار صارت يصير ظل ظلت بات باتت
        مازال مازالت ما زال لازال لايزال لا يزال لاتزال تزال يزال زال ليس ليست عاد عادت يعود تعود
        بدأ بدأت يبدأ تبدأ أخذ كاد يكاد تم تمت يتم ثمة ثمّة يمكن يجب ينبغي يكن تكن نكن أكن
        كنا كنت كنتم يكونون تكونان ستكون سيكون قام قامت يقوم تقوم يمكنه يمكنها سيتم ستتم
    """,
    # Reporting verbs and attribution, the bread of news prose: said, added, stated, according to…
    "reporting": """
        قال قالت يقول تقول قالوا أضاف أضافت يضيف تضيف أكد أكدت يؤكد تؤكد مؤكدا مؤكدة أشار أشارت
        يشير تشير مشيرا مشيرة أوضح أوضحت يوضح توضح موضحا موضحة ذكر ذكرت يذكر تذكر تابع تابعت
        لفت لفتت أفاد أفادت يفيد تفيد أعلن أعلنت يعلن تعلن اعتبر اعتبرت يعتبر تعتبر بحسب حسب وفق
        وفقا وفقاً طبقا طبقاً نقلا نقلاً أفادت وأضاف ويضيف وأشار وأوضح وتابع وذكر بيان تصريح تصريحات
        صرح صرحت يرى ترى رأى لفت أكثر
    """,
    # Time words: today, yesterday, now, day, week, month, year, last, next, during…
    "time": """
        اليوم أمس امس غدا غداً الآن الان حاليا حالياً يوم أيام يوما الأسبوع اسبوع أسبوع الشهر شهر
        أشهر السنة سنة سنوات العام عام أعوام الماضي الماضية المقبل المقبلة القادم القادمة الحالي
        الحالية الجاري الجارية مساء صباح ليلة فترة الوقت وقت أثناء اثناء لاحقا لاحقاً سابقا سابقاً
        مؤخرا مؤخراً الأول الأولى الثاني الثانية الأخير الأخيرة حتى عندما بعدما قبلما فيما
        الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت
        يناير فبراير مارس أبريل ابريل مايو يونيو يوليو أغسطس اغسطس سبتمبر أكتوبر اكتوبر نوفمبر
        ديسمبر كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين
    """,
    # Amounts: worth, for a period of, at a price, rate, cost, size, area, length… ("بقيمة 95 مليون").
    # Listed with their "ب"/"ل": the noun alone ("قيمة", value) may be a subject.
    "amounts": """
        بقيمة بمبلغ لمدة بمدة بسعر بمعدل بتكلفة بحجم بمساحة بطول بعمق بوزن بإجمالي بمقدار بمتوسط بارتفاع
    """,
    # Common verbs of news prose whose three letters could be a noun's: has the right, loves, reaches…
    "verbs": """
        يحق يحب يصل يضم يمر يرد يقل يحل يصب ينص يعد يمد يدل يحث يهم يلي
    """,
    # Number words: one, two, ten, hundred, thousand, million, half, percent…
    "numbers": """
        واحد واحدة اثنان اثنين اثنتين ثلاث ثلاثة أربع أربعة خمس خمسة ست ستة سبع سبعة ثمان ثمانية
        تسع تسعة عشر عشرة عشرات عشرين ثلاثين أربعين خمسين مئة مائة مئات ألف الف آلاف الاف مليون
        ملايين مليار مليارات نصف ربع ثلث بالمئة بالمائة المئة المائة نسبة
        عشرون ثلاثون أربعون خمسون ستون ستين سبعون سبعين ثمانون ثمانين تسعون تسعين
        مئتان مئتين مئتي مائتان مائتين مائتي ثلاثمئة ثلاثمائة أربعمئة أربعمائة خمسمئة خمسمائة
        ستمئة ستمائة سبعمئة سبعمائة ثمانمئة ثمانمائة تسعمئة تسعمائة ألفان ألفين مليونان مليونين
    """,
    # Generic nouns that name no subject: thing, way, matter, side, part, case, result…
    "generic": """
        شيء أمر الأمر أمور اسم إطار اطار شكل بشكل جانب الجانب جهة الجهة طريق طريقة مجال المجال موضوع
        نتيجة حال حالة الحالة أجل مدى منطقة المنطقة مكان إلى أين أيضا هكذا كذلك لذلك لذا ذلك وذلك
        إضافة اضافة بالإضافة بالاضافة فضلا فضلاً علاوة عن إليه مستوى خاصة خصوصا خصوصاً عبر ردا
        شرق غرب شمال جنوب شرقي غربي شمالي جنوبي شرقا غربا شمالا جنوبا
    """,
    # Titles and honorifics before a name: doctor, mister, sheikh, engineer, professor, excellency…
    "honorifics": """
        الدكتور الدكتورة د السيد السيدة الشيخ الأستاذ الأستاذة المهندس الرئيس
        معالي
    """,
}

# Stop words only as written: behind "ال" they are a real word ("الكون", the universe).
# Being ("كون الأمر", the fact that).
EXACT_STOP_WORDS: frozenset[str] = frozenset(fold_arabic(word) for word in "كون".split())
STOP_WORDS: frozenset[str] = frozenset(fold_arabic(word) for words in _GROUPS.values() for word in words.split())
# Number words (one … billion, half, percent). With the article they may end a name after an
# indefinite noun ("مجموعة السبع", the Group of Seven) but are never a tag alone.
NUMBER_WORDS: frozenset[str] = frozenset(fold_arabic(word) for word in _GROUPS["numbers"].split())
# Stop words whose accusative ("ـًا") is one too: "كثير" → "كثيرا", "عام" → "عاما". Not those ending
# in ى, ة, ه, ي or ا, whose folded form + "ا" spells another word: "على" → "عليا" (higher), "منطقة" → "منطقها".
ACCUSATIVE_BASES: frozenset[str] = frozenset(
    fold_arabic(word) for words in _GROUPS.values() for word in words.split() if word[-1] not in "ىةهيا"
)
