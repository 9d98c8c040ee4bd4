"""Date finder: dump lines (+ explicit fields, URL, file name) → publication date. Pure.

Reads dates the ways Arabic news pages write them: the four families of
Gregorian month names (Syriac, Egyptian/Gulf, Moroccan, Algerian/Tunisian),
dual forms ("آب/أغسطس"), Western and Eastern digits, weekday prefixes,
day-first numeric dates and Hijri dates (converted with hijridate; when a line
gives both calendars, the Gregorian one wins).

Never guesses: a date without a year, a relative phrase without a crawl date,
a date inside article prose or far from the title is not a publication date.
No file access, no "today", no locale; dateparser is not used.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from hijridate import Hijri

from generator.arabic import fold_arabic

# ── Month and weekday names (data) ──────────────────────────────────────────
# Written as pages write them; matching folds hamza, teh marbuta, alef maksura,
# tashkeel and tatweel (arabic.fold_arabic), so "أبريل", "ابريل" and "إبريل"
# are one entry. Multi-word names match any run of spaces between the words.

GREGORIAN_MONTHS: dict[str, int] = {
    # Syriac names (Levant, Iraq)
    "كانون الثاني": 1,  # Kanun al-Thani, January
    "كانون ثاني": 1,  # January, without the article
    "شباط": 2,  # Shubat, February
    "آذار": 3,  # Adhar, March
    "نيسان": 4,  # Nisan, April
    "أيار": 5,  # Ayyar, May
    "حزيران": 6,  # Haziran, June
    "تموز": 7,  # Tammuz, July
    "آب": 8,  # Ab, August
    "أيلول": 9,  # Aylul, September
    "تشرين الأول": 10,  # Tishrin al-Awwal, October
    "تشرين أول": 10,  # October, without the article
    "تشرين الثاني": 11,  # Tishrin al-Thani, November
    "تشرين ثاني": 11,  # November, without the article
    "كانون الأول": 12,  # Kanun al-Awwal, December
    "كانون أول": 12,  # December, without the article
    # numbered, as some CMS locales print them ("02 تشرين1/أكتوبر 2018")
    "كانون2": 1,
    "تشرين1": 10,
    "تشرين2": 11,
    "كانون1": 12,
    # Transliterated names (Egypt, Gulf, most pan-Arab outlets)
    "يناير": 1,  # January
    "فبراير": 2,  # February
    "مارس": 3,  # March (also Maghreb)
    "أبريل": 4,  # April (also ابريل, إبريل)
    "مايو": 5,  # May
    "يونيو": 6,  # June
    "يونية": 6,  # June, teh-marbuta spelling (also يونيه)
    "يوليو": 7,  # July
    "يولية": 7,  # July, teh-marbuta spelling (also يوليه)
    "أغسطس": 8,  # August (also اغسطس)
    "سبتمبر": 9,  # September (also Algeria, Tunisia)
    "أكتوبر": 10,  # October (also اكتوبر; Maghreb too)
    "نوفمبر": 11,  # November (also Algeria, Tunisia)
    "ديسمبر": 12,  # December (also Algeria, Tunisia)
    # Moroccan names (Hespress: "الأحد 9 نونبر 2014 - 00:42")
    "ماي": 5,  # May (also Algeria, Tunisia)
    "يوليوز": 7,  # July
    "غشت": 8,  # August
    "شتنبر": 9,  # September
    "نونبر": 11,  # November
    "دجنبر": 12,  # December
    # Mauritanian spellings (Sahara Medias: "22 دجمبر 2016", "22 أغشت 2015")
    "أغشت": 8,  # August
    "دجمبر": 12,  # December
    # Algerian and Tunisian names (French-derived; Jawhara FM)
    "جانفي": 1,  # janvier, January
    "فيفري": 2,  # février, February
    "أفريل": 4,  # avril, April
    "جوان": 6,  # juin, June
    "جويلية": 7,  # juillet, July (also جويليه)
    "أوت": 8,  # août, August
}
# English and French names, as Arab sites that print dates in Latin letters write them ("30 Apr 2018
# 16:15" on MTV Lebanon; "12 avril 2019" in the Maghreb). Matching casefolds them.
_LATIN_MONTHS = (
    "january jan janvier janv",
    "february feb février fevrier févr",
    "march mar mars",
    "april apr avril avr",
    "may mai",
    "june jun juin",
    "july jul juillet juil",
    "august aug août aout",
    "september sep sept septembre",
    "october oct octobre",
    "november nov novembre",
    "december dec décembre decembre déc",
)
GREGORIAN_MONTHS.update({name: number for number, names in enumerate(_LATIN_MONTHS, 1) for name in names.split()})
# Latin words a line dated in Latin letters may hold besides the date: a weekday, the time of day.
_LATIN_DATE_WORDS = frozenset(
    "mon tue wed thu fri sat sun monday tuesday wednesday thursday friday saturday sunday "
    "lundi mardi mercredi jeudi vendredi samedi dimanche le am pm gmt utc h".split()
)
_LATIN_WORD_RE = re.compile(r"[^\W\d_]*[a-zà-ÿ][^\W\d_]*")

HIJRI_MONTHS: dict[str, int] = {
    "محرم": 1,  # Muharram
    "صفر": 2,  # Safar
    "ربيع الأول": 3,  # Rabi al-Awwal
    "ربيع أول": 3,  # Rabi al-Awwal, without the article
    "ربيع الثاني": 4,  # Rabi al-Thani
    "ربيع الآخر": 4,  # Rabi al-Akhir, the same month
    "ربيع ثاني": 4,  # Rabi al-Thani, without the article
    "جمادى الأولى": 5,  # Jumada al-Ula
    "جمادى الأول": 5,  # Jumada al-Awwal, the same month
    "جمادى الآخرة": 6,  # Jumada al-Akhira
    "جمادى الثانية": 6,  # Jumada al-Thaniya, the same month
    "جمادى الآخر": 6,  # Jumada al-Akhir, the same month
    "رجب": 7,  # Rajab
    "شعبان": 8,  # Sha'ban
    "رمضان": 9,  # Ramadan
    "شوال": 10,  # Shawwal
    "ذو القعدة": 11,  # Dhu al-Qa'da
    "ذي القعدة": 11,  # Dhu al-Qa'da, genitive
    "ذو الحجة": 12,  # Dhu al-Hijja
    "ذي الحجة": 12,  # Dhu al-Hijja, genitive
}

# Weekday → Python's weekday number (Monday 0).
WEEKDAYS: dict[str, int] = {
    "الاثنين": 0,  # Monday (also الإثنين)
    "الثلاثاء": 1,  # Tuesday
    "الأربعاء": 2,  # Wednesday
    "الخميس": 3,  # Thursday
    "الجمعة": 4,  # Friday
    "السبت": 5,  # Saturday
    "الأحد": 6,  # Sunday
}
# A Hijri date printed with its weekday may be up to this many days off the
# Umm al-Qura calendar hijridate uses (local moon sighting); the weekday settles it.
HIJRI_WEEKDAY_SLACK = 2

# Words that turn a short line with a date into a publication statement, so a
# preposition before the date does not mark it as prose: "نشر في 21 مايو 2018".
PUBLICATION_WORDS: tuple[str, ...] = (
    "نشر",  # published
    "نشرت",  # published (feminine)
    "النشر",  # the publishing
    "تاريخ",  # date
    "بتاريخ",  # on the date
    "تحديث",  # update
    "الموافق",  # corresponding to (Hijri → Gregorian)
)

# A label that makes a date the day of the visit, printed in a masthead ("اليوم: الأحد 14 أيلول 2025").
TODAY_WORDS: tuple[str, ...] = (
    "اليوم",  # today
    "today",
)

# Words that label a date as the last update, not the publication.
UPDATE_WORDS: tuple[str, ...] = (
    "تحديث",  # update
    "تحديثه",  # its update
    "محدث",  # updated
    "حدث",  # updated (verb; also "event", only read next to a date)
    "تعديل",  # edit
    "updated",
)

# Prepositions that put a date inside a sentence: "قُتل في 15 آذار 2018".
PROSE_PREPOSITIONS: tuple[str, ...] = (
    "في",  # in, on
    "منذ",  # since
    "حتى",  # until
    "قبل",  # before
    "بعد",  # after
    "خلال",  # during
    "من",  # from
    "إلى",  # to
    "مطلع",  # at the start of
    "أواخر",  # at the end of
    "منتصف",  # in the middle of
)

# Relative phrases (resolved only against a known crawl date).
RELATIVE_DAYS: dict[str, int] = {
    "أمس": 1,  # yesterday
    "البارحة": 1,  # yesterday
    "أول أمس": 2,  # the day before yesterday
    "أول من أمس": 2,  # the day before yesterday
}
RELATIVE_AGO: tuple[str, ...] = (
    "منذ",  # since, ago
    "قبل",  # before, ago
)
# Unit word → (unit, amount it means on its own). Duals mean two.
RELATIVE_UNITS: dict[str, tuple[str, int]] = {
    "دقيقة": ("minutes", 1),  # minute
    "دقائق": ("minutes", 1),  # minutes
    "دقيقتين": ("minutes", 2),  # two minutes
    "دقيقتان": ("minutes", 2),  # two minutes
    "ساعة": ("hours", 1),  # hour
    "ساعات": ("hours", 1),  # hours
    "ساعتين": ("hours", 2),  # two hours
    "ساعتان": ("hours", 2),  # two hours
    "يوم": ("days", 1),  # day
    "أيام": ("days", 1),  # days
    "يومين": ("days", 2),  # two days
    "يومان": ("days", 2),  # two days
    "أسبوع": ("weeks", 1),  # week
    "أسابيع": ("weeks", 1),  # weeks
    "أسبوعين": ("weeks", 2),  # two weeks
    "أسبوعان": ("weeks", 2),  # two weeks
    "شهر": ("months", 1),  # month
    "أشهر": ("months", 1),  # months
    "شهور": ("months", 1),  # months
    "شهرين": ("months", 2),  # two months
    "شهران": ("months", 2),  # two months
    "سنة": ("years", 1),  # year
    "سنوات": ("years", 1),  # years
    "سنين": ("years", 1),  # years
    "سنتين": ("years", 2),  # two years
    "سنتان": ("years", 2),  # two years
    "عام": ("years", 1),  # year
    "أعوام": ("years", 1),  # years
    "عامين": ("years", 2),  # two years
    "عامان": ("years", 2),  # two years
}

GREGORIAN_YEARS = range(1900, 2101)
HIJRI_YEARS = range(1343, 1501)  # what hijridate's Umm al-Qura tables cover

# A line that states a date may hold this many other words ("دمشق -",
# "آخر تحديث الساعة 16:25 (مكة المكرمة)") before it counts as prose.
MAX_OTHER_WORDS = 8
# A "bare" date line: how listing pages print each item's date.
MAX_OTHER_WORDS_BARE = 3
# A line of this many words ending a sentence (or of the second many words
# anyhow), without a date, starts the article body.
# The most words a stated date takes: weekday, Hijri and Gregorian dates, time.
DATE_MAX_WORDS = 16
PROSE_MIN_WORDS = 12
PROSE_ALWAYS_WORDS = 25
# How far after the first title line a repetition of the title is looked for.
TITLE_REPEAT_WINDOW = 12
# How far under the first prose line a copy of the title still ends the page's head.
TITLE_AFTER_BODY_LINES = 4
# Room for a site name around a repeated title ("<title> - أورينت نت"), in characters.
TITLE_SITE_NAME_CHARS = 60
# Two copies of the title this many non-blank lines apart or more are the page's <title> and the
# headline: what lies between is the masthead and its menus, whose date is the day of the crawl.
MASTHEAD_MIN_LINES = 3
# Over such a headline, the date may stand above its section's name (Al-Jarida:
# "السبت 23 يونيو 2018", "محليات", headline): this many lines above it are read.
HEADLINE_ABOVE_LINES = 2
# How many non-blank lines after the title are read when no body line is found (a menu's items not counted).
HEADER_MAX_LINES = 15
MENU_ITEM_WORDS = 3  # in a header with the site's menu, a line this short is one of its items: not counted
MENU_SCAN_LINES = 40  # lines under the title searched for the site's menu
# A dateline's date follows at most this many words ("دمشق - 21 أيار 2018 - ...").
DATELINE_MAX_WORDS_BEFORE = 3
# How much of a long first paragraph is read for its dateline (when that decides it).
DATELINE_HEAD_CHARS = 200


@dataclass(frozen=True, slots=True)
class DateFinding:
    """A publication date and where it came from ("dump line 3: 21-أيار-2018")."""

    date: dt.date | None
    source: str | None


@dataclass(frozen=True, slots=True)
class _Match:
    """One full date found in a line: folded-text span and calendar."""

    date: dt.date
    start: int  # in the folded text
    end: int
    is_hijri: bool


# ── Folding with a map back to the original text ────────────────────────────


@lru_cache(maxsize=4096)
class _FoldTable(dict):
    """Code point → its folded text, filled on first use: a ``str.translate`` table."""

    def __init__(self) -> None:
        super().__init__()
        self.non_unit: set[str] = set()  # characters that fold to "" or to several

    def __missing__(self, code: int) -> str:
        folded = fold_arabic(chr(code))
        self[code] = folded
        if len(folded) != 1:
            self.non_unit.add(chr(code))
        return folded


_FOLD_TABLE = _FoldTable()


def _fold_char(char: str) -> str:
    return _FOLD_TABLE[ord(char)]


def _fold_with_map(text: str) -> tuple[str, list[int]]:
    """Fold ``text`` and map each folded position back to its original index.

    "٢١ أيّار" → ("21 ايار", [0, 1, 2, 3, 4, 6, 7, 8]): the shadda (5) is
    dropped; the last entry is the end of the text.
    """
    quick = text.translate(_FOLD_TABLE)
    if len(quick) == len(text) and not _FOLD_TABLE.non_unit.intersection(text):
        return quick, list(range(len(text) + 1))  # one folded character per character
    origin: list[int] = []
    done = 0
    for found in _non_unit_re().finditer(text):  # runs of one-to-one characters between them
        index = found.start()
        origin.extend(range(done, index))
        origin.extend([index] * len(_fold_char(text[index])))
        done = index + 1
    origin.extend(range(done, len(text) + 1))
    return quick, origin


def _non_unit_re() -> re.Pattern[str]:
    """Characters that fold to none or several (known after ``translate`` looked each one up)."""
    chars = _FOLD_TABLE.non_unit
    if _NON_UNIT_RE[0] != len(chars):
        _NON_UNIT_RE[:] = [len(chars), re.compile("[" + "".join(map(re.escape, sorted(chars))) + "]")]
    return _NON_UNIT_RE[1]


_NON_UNIT_RE: list = [-1, None]  # (size of the set it was built from, pattern)


def _fold(text: str) -> str:
    return text.translate(_FOLD_TABLE)


def _alternation(names: Sequence[str]) -> str:
    """A regex alternation of folded names, longest first, spaces as any run of spaces."""
    folded = sorted({_fold(name) for name in names}, key=lambda n: (-len(n), n))
    return "|".join(re.escape(name).replace(r"\ ", r"\s+") for name in folded)


_GREGORIAN_BY_FOLDED = {_fold(name): number for name, number in GREGORIAN_MONTHS.items()}
_HIJRI_BY_FOLDED = {_fold(name): number for name, number in HIJRI_MONTHS.items()}

_NOT_LETTER_BEFORE = r"(?<![^\W\d_])"
_NOT_LETTER_AFTER = r"(?![^\W\d_])"
_DAY = r"(?<!\d)(?<!تشرين)(?<!كانون)(?P<day>\d{1,2})(?!\d)"  # not the "1" of "تشرين1" (a month)
_YEAR = r"(?<!\d)(?P<year>\d{4})(?!\d)"
_SEP = r"\s*(?:[-–/.،,]\s*)?"
_G_MONTH = f"{_NOT_LETTER_BEFORE}(?:{_alternation(list(GREGORIAN_MONTHS))}){_NOT_LETTER_AFTER}"
_H_MONTH = f"{_NOT_LETTER_BEFORE}(?:{_alternation(list(HIJRI_MONTHS))}){_NOT_LETTER_AFTER}"
# A second name for the same month: "آب/أغسطس", "نيسان (أبريل)", "أيار - مايو".
_DUAL = rf"(?:\s*(?:/|\\|-|–|\()\s*(?P<month2>{_G_MONTH})\s*\)?)?"
_G_MARK_WORD = rf"م{_NOT_LETTER_AFTER}"  # "م" for ميلادي, Gregorian
_H_MARK_WORD = rf"(?:هجري|ه){_NOT_LETTER_AFTER}"  # "هـ" (folded: "ه"), Hijri
_G_MARK = rf"(?:\s*{_G_MARK_WORD})?"
_H_MARK = rf"(?:\s*{_H_MARK_WORD})?"

_GREGORIAN_NAMED_RE = re.compile(rf"{_DAY}{_SEP}(?P<month>{_G_MONTH}){_DUAL}{_SEP}{_YEAR}{_G_MARK}")
# Month first, as WordPress's "F j, Y" prints it: "مايو 21، 2018".
_GREGORIAN_MONTH_FIRST_RE = re.compile(rf"(?P<month>{_G_MONTH}){_DUAL}\s*{_DAY}\s*[،,]?\s*{_YEAR}{_G_MARK}")
_HIJRI_NAMED_RE = re.compile(rf"{_DAY}{_SEP}(?P<month>{_H_MONTH}){_SEP}{_YEAR}{_H_MARK}")
# Year first, as on Al-Arabi in UK: "1447 شعبان 20 | 08 فبراير 2026".
_HIJRI_YEAR_FIRST_RE = re.compile(rf"{_YEAR}\s*(?P<month>{_H_MONTH})\s*{_DAY}(?!\s*[-/.]\s*\d){_H_MARK}")
_NUMERIC_DAY_FIRST_RE = re.compile(
    r"(?<![\d/.-])(?P<day>\d{1,2})\s*(?P<sep>[-/.])\s*(?P<month>\d{1,2})\s*(?P=sep)\s*"
    rf"(?P<year>\d{{4}})(?![\d]|[/.-]\d)(?P<mark>\s*(?:{_H_MARK_WORD}|{_G_MARK_WORD}))?"
)
_NUMERIC_YEAR_FIRST_RE = re.compile(
    r"(?<![\d/.-])(?P<year>\d{4})\s*(?P<sep>[-/.])\s*(?P<month>\d{1,2})\s*(?P=sep)\s*"
    rf"(?P<day>\d{{1,2}})(?![\d]|[/.-]\d)(?P<mark>\s*(?:{_H_MARK_WORD}|{_G_MARK_WORD}))?"
)
_WEEKDAY_BEFORE_RE = re.compile(
    rf"{_NOT_LETTER_BEFORE}(?:يوم\s+)?(?P<weekday>{_alternation(list(WEEKDAYS))})\s*[-–،,]?\s*$"
)
_WEEKDAY_BY_FOLDED = {_fold(name): number for name, number in WEEKDAYS.items()}
_TIME_RE = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?!\d)")
_WORD_RE = re.compile(r"[^\W_]+")
_HIJRI_MARK_RE = re.compile(rf"^\s*{_H_MARK_WORD}")
_YEAR_DIGITS_RE = re.compile(r"\d{4}")  # in every date pattern


def _gregorian(year: int, month: int, day: int) -> dt.date | None:
    if year not in GREGORIAN_YEARS:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _from_hijri(year: int, month: int, day: int) -> dt.date | None:
    if year not in HIJRI_YEARS:
        return None
    try:
        gregorian = Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return dt.date(gregorian.year, gregorian.month, gregorian.day)


def _named_match(found: re.Match[str], *, is_hijri: bool) -> _Match | None:
    table = _HIJRI_BY_FOLDED if is_hijri else _GREGORIAN_BY_FOLDED
    month = table[re.sub(r"\s+", " ", found["month"])]
    if found["month"][0].isascii():  # a month in Latin letters (their names all start with an ASCII letter)
        # A month in Latin letters dates the line only among Arabic words, a weekday and the
        # time: "Windows 10 April 2018 Update", "Posted by … on Friday, May 11, 2018" or a
        # tweet's signature ("— Emmanuel Macron (@EmmanuelMacron) 15 avril 2019") date no page.
        text = found.string
        other = _LATIN_WORD_RE.findall(text, 0, found.start()) + _LATIN_WORD_RE.findall(text, found.end())
        if not _LATIN_DATE_WORDS.issuperset(other):
            return None
    second = found.groupdict().get("month2")
    if second is not None and _GREGORIAN_BY_FOLDED[re.sub(r"\s+", " ", second)] != month:
        return None  # "آب/سبتمبر" names two months: not a date
    year, day = int(found["year"]), int(found["day"])
    date = _from_hijri(year, month, day) if is_hijri else _gregorian(year, month, day)
    if date is None:
        return None
    return _Match(date, found.start(), found.end(), is_hijri)


def _numeric_match(found: re.Match[str]) -> _Match | None:
    year, month, day = int(found["year"]), int(found["month"]), int(found["day"])
    mark = (found["mark"] or "").strip()
    # "7/3/1429 هـ" is Hijri by its mark or by its year; "13/3/2008 م" Gregorian.
    is_hijri = bool(_HIJRI_MARK_RE.match(mark)) or (year in HIJRI_YEARS and not mark)
    date = _from_hijri(year, month, day) if is_hijri else _gregorian(year, month, day)
    if date is None:
        return None
    return _Match(date, found.start(), found.end(), is_hijri)


def _scan_folded(folded: str) -> list[_Match]:
    """All full dates in a folded line, in order, without overlaps."""
    if not _YEAR_DIGITS_RE.search(folded):
        return []  # every pattern needs a year: most lines are read no further
    candidates: list[_Match] = []
    named = (
        (_GREGORIAN_NAMED_RE, False),
        (_GREGORIAN_MONTH_FIRST_RE, False),
        (_HIJRI_NAMED_RE, True),
    )
    for pattern, is_hijri in named:
        for found in pattern.finditer(folded):
            match = _named_match(found, is_hijri=is_hijri)
            if match is not None:
                candidates.append(match)
    for found in _HIJRI_YEAR_FIRST_RE.finditer(folded):
        match = _named_match(found, is_hijri=True)
        if match is not None:
            candidates.append(match)
    for pattern in (_NUMERIC_DAY_FIRST_RE, _NUMERIC_YEAR_FIRST_RE):
        for found in pattern.finditer(folded):
            match = _numeric_match(found)
            if match is not None:
                candidates.append(match)
    candidates.sort(key=lambda m: (m.start, -(m.end - m.start)))
    chosen: list[_Match] = []
    for match in candidates:
        if chosen and match.start < chosen[-1].end:
            continue
        chosen.append(_with_weekday(folded, match))
    return chosen


def _with_weekday(folded: str, match: _Match) -> _Match:
    """Extend a match back over a weekday prefix: "الاثنين 21 مايو 2018".

    A Hijri date takes the day its weekday names, within HIJRI_WEEKDAY_SLACK
    days of the conversion: "الأحد 23 شوال 1436 هـ" → Sunday 2015-08-09
    (Umm al-Qura: Saturday 2015-08-08). A Gregorian date is kept as printed.
    """
    before = _WEEKDAY_BEFORE_RE.search(folded, 0, match.start)
    if before is None:
        return match
    date = match.date
    if match.is_hijri:
        weekday = _WEEKDAY_BY_FOLDED[before["weekday"]]
        for offset in sorted(range(-HIJRI_WEEKDAY_SLACK, HIJRI_WEEKDAY_SLACK + 1), key=abs):
            shifted = date + dt.timedelta(days=offset)
            if shifted.weekday() == weekday:
                date = shifted
                break
    return _Match(date, before.start(), match.end, match.is_hijri)


_ANY_DIGIT_RE = re.compile(r"\d")


def _scan(line: str) -> tuple[str, list[int], list[_Match]]:
    if not _ANY_DIGIT_RE.search(line):  # every full date has a year in digits
        return line, [], []
    folded, origin = _fold_with_map(line)
    return folded, origin, _scan_folded(folded)


def _original_text(line: str, origin: list[int], start: int, end: int) -> str:
    return line[origin[start] : origin[end]].strip()


def _preferred(matches: Sequence[_Match]) -> _Match | None:
    """The Gregorian date of a line if it has one (Hijri + Gregorian lines), else the Hijri."""
    gregorian = [m for m in matches if not m.is_hijri]
    if gregorian:
        return gregorian[0]
    return matches[0] if matches else None


# ── Public parsing API ───────────────────────────────────────────────────────


def find_dates(line: str) -> list[tuple[dt.date, str]]:
    """All full dates stated in one line, with the matched text, in order.

    "السبت 15 شوال 1436 هـ - 1 أغسطس 2015 م" →
    [(2015-08-01, "السبت 15 شوال 1436 هـ"), (2015-08-01, "1 أغسطس 2015 م")]
    (Hijri dates are converted with hijridate's Umm al-Qura calendar, then
    moved to the weekday printed with them, if any).
    """
    _folded, origin, matches = _scan(line)
    return [(m.date, _original_text(line, origin, m.start, m.end)) for m in matches]


def parse_date(text: str) -> dt.date | None:
    """Parse a string that states one full date (any form above); None if none or invalid.

    "21-أيار-2018" → 2018-05-21; "٢١/٠٥/٢٠١٨" → 2018-05-21; "20180521" → 2018-05-21;
    "21 أيار" → None (no year); "31/02/2018" → None. When Hijri and Gregorian are
    both given, the Gregorian wins; two different Gregorian dates → None.
    """
    folded = _fold(text).strip()
    compact = re.fullmatch(r"(\d{4})(\d{2})(\d{2})", folded)
    if compact:
        return _gregorian(int(compact[1]), int(compact[2]), int(compact[3]))
    matches = _scan_folded(folded)
    best = _preferred(matches)
    if best is None:
        return None
    same_calendar = {m.date for m in matches if m.is_hijri == best.is_hijri}
    return best.date if len(same_calendar) == 1 else None


# ── Relative phrases ─────────────────────────────────────────────────────────

_RELATIVE_UNITS_FOLDED = {_fold(word): unit for word, unit in RELATIVE_UNITS.items()}
_RELATIVE_DAYS_FOLDED = {_fold(word): days for word, days in RELATIVE_DAYS.items()}
_RELATIVE_PREFIX_RE = re.compile(rf"^(?:(?:{_alternation(PUBLICATION_WORDS)})\s*(?:في)?\s*:?\s*)?")
_RELATIVE_AGO_RE = re.compile(rf"^(?:{_alternation(RELATIVE_AGO)})\s+(?P<rest>.+)$")
_RELATIVE_PART_RE = re.compile(
    rf"(?:و\s*)?(?:(?P<number>\d+)\s*)?(?P<unit>{_alternation(list(RELATIVE_UNITS))})"
    rf"{_NOT_LETTER_AFTER}\s*"
)


def _relative_date(line: str, crawled: dt.date) -> dt.date | None:
    """Resolve a line that is only a relative phrase against the crawl date.

    ("·منذ سنتين 9 أشهر", 2024-06-12) → 2021-09-12; ("أمس", 2018-05-22) → 2018-05-21.
    """
    folded = _fold(line).strip(" \t·•-–:|()[]")
    folded = re.sub(r"\s+", " ", _RELATIVE_PREFIX_RE.sub("", folded, count=1)).strip()
    if folded in _RELATIVE_DAYS_FOLDED:
        return crawled - dt.timedelta(days=_RELATIVE_DAYS_FOLDED[folded])
    ago = _RELATIVE_AGO_RE.match(folded)
    if ago is None:
        return None
    amounts = {"minutes": 0, "hours": 0, "days": 0, "weeks": 0, "months": 0, "years": 0}
    rest, position = ago["rest"], 0
    while position < len(rest):
        part = _RELATIVE_PART_RE.match(rest, position)
        if part is None:
            return None  # more than a duration: not a bare relative phrase
        unit, alone = _RELATIVE_UNITS_FOLDED[re.sub(r"\s+", " ", part["unit"])]
        amounts[unit] += int(part["number"]) if part["number"] else alone
        position = part.end()
    days = amounts["days"] + 7 * amounts["weeks"] + (60 * amounts["hours"] + amounts["minutes"]) // (24 * 60)
    return _months_before(crawled, 12 * amounts["years"] + amounts["months"]) - dt.timedelta(days=days)


def _months_before(date: dt.date, months: int) -> dt.date:
    index = date.year * 12 + date.month - 1 - months
    year, month = divmod(index, 12)
    day = min(date.day, calendar.monthrange(year, month + 1)[1])
    return dt.date(year, month + 1, day)


# ── Which lines of a dump may state the publication date ────────────────────

_PUBLICATION_FOLDED = frozenset(_fold(word) for word in PUBLICATION_WORDS)
_TODAY_FOLDED = frozenset(_fold(word) for word in TODAY_WORDS)
# (matched on folded text: "نُشر:" is vowelled on some sites)
_PUBLICATION_LABEL_RE = re.compile(r"(?:نشرت?|تاريخ النشر|تم النشر|بتاريخ)\s*(?:في)?\s*[:：]")
_UPDATE_FOLDED = frozenset(_fold(word) for word in UPDATE_WORDS)
# "الموافق" (corresponding to) and the calendar marks between two forms of one date.
_RESTATING_FOLDED = frozenset({_fold("الموافق"), "م", "ه"})
_PREPOSITIONS_FOLDED = frozenset(_fold(word) for word in PROSE_PREPOSITIONS)
_SENTENCE_END_RE = re.compile(r"[.!?؟…]\s*[\"'»”)]*\s*$")
# A paragraph can also end with a colon before a quotation.
_PARAGRAPH_END_RE = re.compile(r"[.!?؟…:]\s*[\"'»”)]*\s*$")


@dataclass(frozen=True, slots=True)
class _LineDate:
    """The date a line states; an update date ("آخر تحديث") yields to a publication date."""

    date: dt.date
    text: str  # the matched text in the original line
    is_update: bool = False


def _line_date(line: str, *, max_other_words: int) -> _LineDate | None:
    """The date a short date line states: "دمشق - 21 أيار 2018" yes, prose no."""
    folded, origin, matches = _scan(line)
    if not matches:
        return None
    other = folded
    for match in reversed(matches):
        other = other[: match.start] + " " + other[match.end :]
    other = _TIME_RE.sub(" ", other)
    words = _WORD_RE.findall(other)
    if len(words) > max_other_words:
        return None
    has_publication_word = any(word in _PUBLICATION_FOLDED for word in words)
    words_before = _WORD_RE.findall(folded[: matches[0].start])
    if words_before and words_before[-1] in _PREPOSITIONS_FOLDED and not has_publication_word:
        return None  # "في 15 آذار 2018": a date inside a sentence
    if len(words_before) == 1 and words_before[0] in _TODAY_FOLDED:
        return None  # "اليوم: الأحد 14 أيلول 2025": the masthead's day, not the article's
    if len(words) > 3 and _SENTENCE_END_RE.search(folded) and not has_publication_word:
        return None
    labelled = _label_updates(folded, matches)
    published = [m for m, is_update in labelled if not is_update]
    best = _preferred(published) or _preferred(matches)
    assert best is not None
    text = _original_text(line, origin, best.start, best.end)
    return _LineDate(best.date, text, is_update=not published)


def _label_updates(folded: str, matches: Sequence[_Match]) -> list[tuple[_Match, bool]]:
    """Mark the dates labelled as an update: "آخر تحديث: 22 مايو 2018" → True.

    A date that only restates the one before ("... هـ الموافق 9 أغسطس 2015 م")
    keeps its label.
    """
    labelled: list[tuple[_Match, bool]] = []
    previous_end = 0
    for match in matches:
        label = _WORD_RE.findall(folded[previous_end : match.start])
        if labelled and all(word in _RESTATING_FOLDED for word in label):
            is_update = labelled[-1][1]
        else:
            is_update = any(word in _UPDATE_FOLDED for word in label)
        labelled.append((match, is_update))
        previous_end = match.end
    return labelled


def _dateline(line: str) -> _LineDate | None:
    """A dateline opening the first paragraph: "دمشق - 21 أيار 2018 - أعلن الجيش ..."."""
    if not _ANY_DIGIT_RE.search(line):  # every full date has a year in digits
        return None
    folded, origin = _fold_dateline_head(line)
    matches = _scan_folded(folded)
    if not matches:
        return None
    first = matches[0]
    words_before = _WORD_RE.findall(folded[: first.start])
    if len(words_before) > DATELINE_MAX_WORDS_BEFORE or (words_before and words_before[-1] in _PREPOSITIONS_FOLDED):
        return None
    if not re.match(r"\s*[-–—:(،,]", folded[first.end :]):
        return None
    return _LineDate(first.date, _original_text(line, origin, first.start, first.end))


# The words before a dateline's date, then "يوم" and a weekday the date may
# start with, then the word that makes them one too many; then room for the
# longest date pattern (its words and what its lookaheads read) twice over.
_DATELINE_ROOM_RE = re.compile(
    rf"[\W_]*(?:[^\W_]+[\W_]+){{{DATELINE_MAX_WORDS_BEFORE + 2 + 1}}}(?:[^\W_]+[\W_]+){{{DATE_MAX_WORDS}}}"
)


def _fold_dateline_head(line: str) -> tuple[str, list[int]]:
    """``_fold_with_map`` of the start of a long first paragraph, if that decides its dateline.

    "دمشق - 21 أيار 2018 - أعلن الجيش ..." (500 characters) → its first
    DATELINE_HEAD_CHARS characters, folded; a shorter line, or a head of few
    long words → the whole line, folded. Folding and scanning a whole
    paragraph for a date that must start within its first words was most of
    the dateline's cost.

    The head decides as the line would when its folded text (folding goes
    character by character: it is the start of the folded line) holds
    DATELINE_MAX_WORDS_BEFORE words, "يوم", a weekday and one more word, then
    DATE_MAX_WORDS whole words, each followed by a non-word character inside
    the head. A date pattern reads at most 7 words from where it is tried
    (day, a two-word month and a two-word second name, year, and "م" or the
    first letter of the word after: "21 كانون الثاني / كانون ثاني 2018 م"),
    so every match starting before the seventh word is the same in the head
    as in the line, and so is the text right after it; a date starting
    later, even behind "يوم الأحد", has more than DATELINE_MAX_WORDS_BEFORE
    words before it: no dateline either way.
    """
    if len(line) > DATELINE_HEAD_CHARS:
        folded, origin = _fold_with_map(line[:DATELINE_HEAD_CHARS])
        if _DATELINE_ROOM_RE.match(folded):
            return folded, origin
    return _fold_with_map(line)


_TITLE_QUOTES = dict.fromkeys(map(ord, "\"'«»“”„‘’"))  # dropped from a title key


@lru_cache(maxsize=1 << 15)  # menus, footers and share lines recur in every dump of a site
def _normalize_title(text: str) -> str:
    """Folded, without quotes, one space between words (str.split splits where regex ``\\s`` does)."""
    return " ".join(_fold(text).translate(_TITLE_QUOTES).split())


_SITE_NAME_AFTER_RE = re.compile(r"\s*[-–—|]\s*[^\W_][\w .-]{0,40}")
_SITE_NAME_BEFORE_RE = re.compile(r"[\w .-]{0,40}[^\W_]\s*[-–—|]\s*")


def _is_title_line(line: str, title_key: str) -> bool:
    """The line is the title, maybe with a site name: "<title> - أورينت نت"."""
    key = _normalize_title(line)
    if not key or not title_key:
        return False
    if key == title_key:
        return True
    if key.startswith(title_key) and _SITE_NAME_AFTER_RE.fullmatch(key[len(title_key) :]):
        return True
    return key.endswith(title_key) and bool(_SITE_NAME_BEFORE_RE.fullmatch(key[: -len(title_key)]))


# _is_prose compares a line's word count only with these thresholds: counting
# further changes no decision.
_WORD_COUNT_CAP = max(PROSE_ALWAYS_WORDS, MAX_OTHER_WORDS + DATE_MAX_WORDS + 1)
# Matches the start of a line with at least _WORD_COUNT_CAP words (each ends at a non-word or the end).
_CAPPED_WORDS_RE = re.compile(rf"[\W_]*(?:[^\W_]+(?:[\W_]+|\Z)){{{_WORD_COUNT_CAP}}}")


def _word_count(line: str) -> int:
    """Words in ``line``, counted up to _WORD_COUNT_CAP: a paragraph is not split into a list of words.

    "دمشق - 21 أيار 2018" → 4; a paragraph of 90 words → _WORD_COUNT_CAP.
    """
    if _CAPPED_WORDS_RE.match(line):
        return _WORD_COUNT_CAP
    return len(_WORD_RE.findall(line))


@dataclass(frozen=True, slots=True)
class _TitleZone:
    first: int  # first title line, 0-based
    body: int  # first body line (or where the header ends)
    title_lines: frozenset[int]  # every line that repeats the title
    headline: int  # the copy of the title the article's header hangs from (``first`` or the second)
    standfirst: int | None = None  # a standfirst printed again under the header: only date lines under it


def _title_zone(lines: Sequence[str], title: str) -> _TitleZone | None:
    """Where the title and the header after it are; None if the title is not in the dump.

    The header runs to the first body line after the last repetition of the
    title that comes before the body (or close after the first title: RT puts
    a standfirst between the two copies of the title).
    """
    title_key = _normalize_title(title)
    longest = len(title) + TITLE_SITE_NAME_CHARS  # a longer line cannot be the title
    # Most lines do not hold the title key at all: a substring test (on the
    # cached key) rules them out before _is_title_line looks closer.
    title_lines = frozenset(
        i
        for i, line in enumerate(lines)
        if len(line) <= longest and title_key in _normalize_title(line) and _is_title_line(line, title_key)
    )
    if not title_lines:
        return None
    first = min(title_lines)
    body = _body_start(lines, first + 1, title_lines)
    # (a ticker's long headline over the headline is read as the body: a copy just under it counts)
    last = max(i for i in title_lines if i < body + TITLE_AFTER_BODY_LINES or i - first <= TITLE_REPEAT_WINDOW)
    # Read again from ``last``, the lines up to ``body`` are known: none is prose but it.
    known_body = body if last < body else None
    # (the site's menu, one item a line from its home link, may be long: its items are not counted)
    menu = _has_home_link(lines[last + 1 : last + 1 + MENU_SCAN_LINES])
    body = _body_start(lines, last + 1, title_lines, HEADER_MAX_LINES, known_body, free_short=menu)
    standfirst = None
    if _printed_again(lines, body):
        standfirst = body
        # a standfirst: the first paragraph printed over the date line, and again under it (Palestine
        # Today: the headline, the lead, "الأربعاء 27 يونيو 2018 | 07:09 م", the lead again)
        body = _body_start(lines, body + 1, title_lines | {body}, HEADER_MAX_LINES, free_short=menu)
    second = min((i for i in title_lines if first < i <= last), default=first)
    between = [lines[i] for i in range(first + 1, second) if lines[i].strip()]
    # (a copy under the lead paragraph, a caption repeating the title, is no headline)
    masthead = len(between) >= MASTHEAD_MIN_LINES and not any(map(_ends_prose, between))
    return _TitleZone(first, body, title_lines, second if masthead else first, standfirst)


def _opens_with_date(line: str) -> bool:
    """The line opens with a day's number, a weekday ("الأربعاء 27 يونيو 2018 | 07:09 م") or the
    publication's label ("نشرت في: 23/06/2018")."""
    folded = _fold(line).strip()
    words = folded.split()
    return bool(words) and (
        words[0][:1].isdigit()
        or words[0].strip("،,") in _WEEKDAY_BY_FOLDED
        or _PUBLICATION_LABEL_RE.match(folded) is not None
    )


def _printed_again(lines: Sequence[str], index: int) -> bool:
    """Line ``index`` is said again a few lines under it, whole or (when it is cut, "… بعد...") as
    the start of a longer line."""
    if index >= len(lines):
        return False
    text = lines[index].strip()
    cut = text.rstrip(".…").rstrip()
    if not text or len(cut) < _STANDFIRST_MIN_CHARS:
        return False
    between = 0
    for line in lines[index + 1 : index + _STANDFIRST_SCAN_LINES]:
        line = line.strip()
        if not line:
            continue
        if line == text or cut != text and line.startswith(cut):
            return True
        between += 1
        # (the date, the credit and the photo's caption stand between; a box's header does not)
        if between > _LEAD_CREDIT_LINES + 2 or _names_a_box(line):
            return False
    return False


_STANDFIRST_SCAN_LINES = 12  # lines under a standfirst searched for the same paragraph
_STANDFIRST_MIN_CHARS = 60  # a standfirst this long at least (a short line may well recur)


def _has_home_link(lines: Sequence[str]) -> bool:
    """The site's menu one item a line is there, known by its home link ("الرئيسية"). (Six short
    lines in a row are no proof: a poem's verses may be as short, and its date would be taken.)"""
    return any(line.strip() == _HOME for line in lines)


def _ends_prose(line: str) -> bool:
    """A finished sentence of prose: the article has begun."""
    return _is_prose(line) and _SENTENCE_END_RE.search(line) is not None


def _is_prose(line: str) -> bool:
    """A paragraph line: long and ending a sentence, or very long. Titles end bare."""
    words = _word_count(line)
    if words < PROSE_MIN_WORDS:
        return False
    if words < PROSE_ALWAYS_WORDS and not _PARAGRAPH_END_RE.search(line):
        return False
    if words > MAX_OTHER_WORDS + DATE_MAX_WORDS:
        return True  # too long to be a date line, whatever dates it mentions
    return _line_date(line, max_other_words=MAX_OTHER_WORDS) is None


def _body_start(
    lines: Sequence[str],
    start: int,
    skip: frozenset[int],
    max_lines: int | None = None,
    known_body: int | None = None,
    *,
    free_short: bool = False,
) -> int:
    """Index of the first prose line at or after ``start`` (or where the header ends).

    ``known_body``: what this returned for an earlier ``start`` (with the same
    ``skip``, no ``max_lines``), when ``start`` is not past it: the lines
    before it are then known not to be prose, and it is (or is the end).
    ``free_short``: lines of ``MENU_ITEM_WORDS`` words or fewer (a menu's items) do not count
    towards ``max_lines``.
    """
    seen = 0
    for index in range(start, len(lines)):
        line = lines[index]
        if not line.strip() or index in skip:
            continue
        if not free_short or len(line.split()) > MENU_ITEM_WORDS:
            seen += 1
        is_prose = _is_prose(line) if known_body is None else index == known_body
        if is_prose or (max_lines is not None and seen >= max_lines):
            return index
    return len(lines)


def _previous_non_blank(lines: Sequence[str], index: int) -> int | None:
    for before in range(index - 1, -1, -1):
        if lines[before].strip():
            return before
    return None


@dataclass(frozen=True, slots=True)
class _Candidate:
    """A dump line that may state the date, and how bare it must be."""

    index: int  # 0-based
    max_other_words: int  # -1: read only as a dateline opening a paragraph
    is_above_title: bool = False


def _candidate_lines(lines: Sequence[str], title: str | None) -> tuple[list[_Candidate], bool]:
    """Lines that may state the date, nearest to the title first; and whether title-anchored.

    Anchored: the lines between the title and the first body line, the body
    line itself (only as a dateline: bare date lines after it are article
    text, such as a match schedule in a Jawhara FM story), then the line
    just above the title (Saudi
    papers print the date over the title). A date further up is a masthead or
    crawl date (Al-Sharq archive pages: "20 سبتمبر 2025", "تسجيل", title,
    article date). When the page's <title> comes first and the headline after
    the masthead, "the title" is the headline: the masthead's "today" between
    the two ("الثلاثاء 13 جمادى الأولى 1447 هـ | 4 نوفمبر 2025 م") is not the
    article's date. Without the title: every line before the first body line.
    """
    zone = _title_zone(lines, title) if title else None
    if zone is None:
        body = _body_start(lines, 0, frozenset())
        found = [_Candidate(i, MAX_OTHER_WORDS) for i in range(body) if lines[i].strip()]
        if body < len(lines):
            found.append(_Candidate(body, -1))
        return found, False
    found = [
        _Candidate(i, MAX_OTHER_WORDS)
        for i in range(zone.headline + 1, zone.body)
        if i not in zone.title_lines
        and lines[i].strip()
        and not _over_home_menu(lines, i)
        # (under a standfirst, a line that opens with its date: not a photo's caption dated at its end)
        and (zone.standfirst is None or i < zone.standfirst or _opens_with_date(lines[i]))
    ]
    labelled = None
    if zone.body < len(lines):
        found.append(_Candidate(zone.body, -1))
        labelled = _labelled_under_lead(lines, zone.body)
        if labelled is not None:
            found.append(_Candidate(labelled, MAX_OTHER_WORDS))  # right under the lead, or its credit
    above: int | None = zone.headline
    for _ in range(1 if zone.headline == zone.first else HEADLINE_ABOVE_LINES):
        above = _previous_non_blank(lines, above)
        if above is None or zone.first < zone.headline and (above <= zone.first or _is_menu(lines[above])):
            break  # the masthead's date is over its menu ("الثلاثاء، 4 نوفمبر 2025", "محافظات | منوعات | …")
        found.append(_Candidate(above, MAX_OTHER_WORDS, is_above_title=True))
    if zone.first < zone.headline and above is not None:
        # Further up, between the two copies, only a date labelled as the publication's counts
        # ("نشر في: الخميس 6 أغسطس 2015" over the section's name and the byline).
        found += [
            _Candidate(i, MAX_OTHER_WORDS, is_above_title=True)
            for i in range(zone.first + 1, above)
            if _PUBLICATION_LABEL_RE.search(_fold(lines[i]))
        ]
    return found, True


_MENU_SEPARATORS_RE = re.compile(r"\s[|·•»/]\s|\t")


_HOME = "الرئيسية"


def _over_home_menu(lines: Sequence[str], index: int) -> bool:
    """The site's menu from its home link starts under the line, with at most a few short lines
    between (the Hijri day, the site's name): the line is the masthead's ("الخميس، 1 أغسطس 2024 |
    25 محرم 1446", "الرئيسية", "عربي ودولي", …; "الاثنين 30 كانون الأول 2024", "28 جمادى الآخرة
    1446 هـ", "وكالة الفرات نيوز", "Alforat News", "الرئيسية أخبار سياسية أخبار أمنية …")."""
    below = [line.strip() for line in lines[index + 1 : index + 12] if line.strip()]
    hijri = _hijri_only(lines[index])  # the day in both calendars, one a line: a masthead
    for start, line in enumerate(below[: _MASTHEAD_LINES_OVER_MENU + 1]):
        if line == _HOME:
            items = below[start : start + 4]
            return len(items) == 4 and all(len(i.split()) <= 3 and not _ANY_DIGIT_RE.search(i) for i in items)
        words = line.split()
        if words[0] == _HOME and len(words) >= _MENU_LINE_MIN_WORDS and not _ANY_DIGIT_RE.search(line):
            # the menu on one line; with "/", "»" or "›" between its items, only under the Hijri day:
            # a breadcrumb under the article's date ("الرئيسية » أخبار » اقتصاد » بنوك ومصارف") is the article's
            return hijri or not _is_breadcrumb(line)
        if len(words) > _MASTHEAD_LINE_WORDS:
            return False
        hijri = hijri or _hijri_only(line)
    return False


def _hijri_only(line: str) -> bool:
    """A Hijri date with no Gregorian one on its line ("28 جمادى الآخرة 1446 هـ"): a masthead's second
    calendar; an article's date in both ("الخميس 11 رمضان 1445 هـ - 21 مارس 2024") is no such line."""
    folded = _fold(line)
    return (
        _HIJRI_NAMED_RE.search(folded) is not None
        and _GREGORIAN_NAMED_RE.search(folded) is None
        and _NUMERIC_DAY_FIRST_RE.search(folded) is None
    )


_MASTHEAD_LINES_OVER_MENU = 3  # short lines between the masthead's day and its menu
_MASTHEAD_LINE_WORDS = 5  # "28 جمادى الآخرة 1446 هـ"
_MENU_LINE_MIN_WORDS = 5
_BREADCRUMB_SPLIT_RE = re.compile(r"\s*[/»›>«‹<]\s*")


def _is_breadcrumb(line: str) -> bool:
    """Items apart by "/", "›" or "»" ("الرئيسية / أخبار / العراق / سياسة"); not one run of items
    closed by a "more »" link."""
    return len([item for item in _BREADCRUMB_SPLIT_RE.split(line) if item.strip()]) >= 2


def _is_menu(line: str) -> bool:
    """A row of links: three or more items apart by bars, dots, tabs."""
    return len(_MENU_SEPARATORS_RE.findall(line)) >= 2


def _bare_dates(lines: Sequence[str]) -> set[dt.date]:
    """Dates of all bare date lines in a dump (a listing page has many)."""
    dates = set()
    for line in lines:
        if line.strip():
            found = _line_date(line, max_other_words=MAX_OTHER_WORDS_BARE)
            if found is not None:
                dates.add(found.date)
    return dates


# ── URLs and file names ──────────────────────────────────────────────────────

# Labels of a line that gives the article's own address: "المصدر: https://…".
SOURCE_WORDS: tuple[str, ...] = (
    "المصدر",  # the source
    "مصدر",  # source
    "الرابط",  # the link
    "رابط",  # link
    "source",
    "url",
    "link",
)
_SOURCE_FOLDED = frozenset(_fold(word) for word in SOURCE_WORDS)
_URL_RE = re.compile(r"https?://[^\s\"'<>)]+")
# In a URL path: /2018/05/21/, -2018-05-21, /01/12/2011/ (Al-Sharq, day first), -20180521.
_URL_DATE_RES: tuple[re.Pattern[str], ...] = (
    re.compile(r"(?<!\d)(?P<year>\d{4})[/_-](?P<month>\d{1,2})[/_-](?P<day>\d{1,2})(?!\d)"),
    re.compile(r"/(?P<day>\d{1,2})/(?P<month>\d{1,2})/(?P<year>\d{4})(?!\d)"),
    re.compile(r"(?<![\dA-Za-z])(?P<year>\d{4})(?P<month>\d{2})(?P<day>\d{2})(?!\d)"),
)
_NAME_DATE_RES: tuple[re.Pattern[str], ...] = (
    re.compile(r"(?<!\d)(?P<year>\d{4})[-_.](?P<month>\d{2})[-_.](?P<day>\d{2})(?!\d)"),
    re.compile(r"(?<!\d)(?P<year>\d{4})(?P<month>\d{2})(?P<day>\d{2})(?!\d)"),
)


def _date_in_url(url: str) -> dt.date | None:
    """ "https://x.com/news/2018/05/21/slug" → 2018-05-21; "…/opinion/01/12/2011/…" → 2011-12-01."""
    path = re.sub(r"^[a-z]+://[^/]+", "", url.strip(), flags=re.IGNORECASE)
    for pattern in _URL_DATE_RES:
        for found in pattern.finditer(path):
            date = _gregorian(int(found["year"]), int(found["month"]), int(found["day"]))
            if date is not None:
                return date
    return None


def _date_in_name(name: str) -> tuple[dt.date, str] | None:
    for pattern in _NAME_DATE_RES:
        for found in pattern.finditer(name):
            date = _gregorian(int(found["year"]), int(found["month"]), int(found["day"]))
            if date is not None:
                return date, found.group()
    return None


# ── The finder ───────────────────────────────────────────────────────────────


def find_dump_date(
    lines: Sequence[str],
    *,
    title: str | None,
    name: str,
    explicit: str | None = None,
    explicit_label: str = "explicit",
    crawled: str | None = None,
    url: str | None = None,
) -> DateFinding:
    """Find the publication date of one dump; first found wins.

    Order: the explicit value (JSON field, sidecar, front matter), a date line
    near the title or byline (or a dateline), a date in the dump's URL, a date
    in a URL on a header line, a date in the file name. ``crawled`` only lets a
    relative phrase near the title ("أمس", "منذ سنتين 9 أشهر") count.
    """
    if explicit is not None and explicit.strip():
        date = parse_date(explicit)
        if date is not None:
            return DateFinding(date, f"explicit: {explicit_label}")
    crawl_date = parse_date(crawled) if crawled else None
    lines = _with_date_badges_joined(lines, title)
    candidates = _candidate_lines(lines, title)  # read by both steps below
    found = _date_from_lines(lines, candidates, crawl_date)
    if found is not None:
        return found
    if url:
        date = _date_in_url(url)
        if date is not None:
            return DateFinding(date, f"url: {url}")
    found = _date_from_dump_urls(lines, candidates)
    if found is not None:
        return found
    in_name = _date_in_name(name)
    if in_name is not None:
        return DateFinding(in_name[0], f"file name: {in_name[1]}")
    return DateFinding(None, None)


def _with_date_badges_joined(lines: Sequence[str], title: str | None) -> Sequence[str]:
    """A date set as a badge right under the headline, one part a line ("08", "MARCH", "2018";
    "22", "أيار", "2018"), is read as one line: the day's line holds the date, the month's and
    year's are left blank. Only there: a badge elsewhere (over the headline printed again, too)
    dates the masthead's day, a listed story or a match's kick-off."""
    if not title:
        return lines
    title_key = _normalize_title(title)
    joined = None
    for i, line in enumerate(lines[:-2]):
        day = line.strip()
        if not (day.isdigit() and len(day) <= 2):
            continue
        month, year = lines[i + 1].strip(), lines[i + 2].strip()
        if not (year.isdigit() and len(year) == 4 and _fold(month) in _GREGORIAN_BY_FOLDED):
            continue
        above = _previous_non_blank(lines, i)
        if (
            above is not None
            and _is_title_line(lines[above], title_key)
            # (not between the page's <title> and the headline: the masthead's day sits there)
            and not any(_is_title_line(later, title_key) for later in lines[i + 3 : i + 3 + _BADGE_SCAN_LINES])
        ):
            if joined is None:
                joined = list(lines)
            joined[i : i + 3] = [f"{day} {month} {year}", "", ""]
    return lines if joined is None else joined


_BADGE_SCAN_LINES = 12  # lines under a badge searched for the headline printed again


def _names_a_box(line: str) -> bool:
    """The line holds a word of a box's header ("اقرأ أيضا", "التعليقات", "طالع أيضا")."""
    folded = _fold(line)
    return any(word in folded for word in _BOX_WORDS_FOLDED)


def _labelled_under_lead(lines: Sequence[str], body: int) -> int | None:
    """A date labelled as the publication's right under a standfirst read as the first body line,
    maybe under the lead's credit ("نشرت في: 23/06/2018 - 22:30" under "فرانس 24 / أ ف ب"): its line.
    A box's header or any longer line under the lead ("اقرأ أيضا", "التعليقات") stops the search:
    a related story's or a comment's date is not the article's."""
    below = [i for i in range(body + 1, min(len(lines), body + _LABELLED_SCAN_LINES)) if lines[i].strip()]
    for i in below[: _LEAD_CREDIT_LINES + 1]:
        line = lines[i].strip()
        if _PUBLICATION_LABEL_RE.match(_fold(line)):  # (vowelled: "نُشر:")
            return i
        words = len(line.split())
        credit = words <= _LEAD_CREDIT_WORDS and _CREDIT_SEPARATOR_RE.search(line) or words <= _LEAD_NAME_WORDS
        if not credit or _names_a_box(line):
            return None
    return None


_CREDIT_SEPARATOR_RE = re.compile(r"\s[/\-–]\s|/")  # "فرانس 24 / أ ف ب", "القاهرة - وكالات"
_LEAD_CREDIT_WORDS = 8
_LEAD_CREDIT_LINES = 2  # "فرانس 24", "أ ف ب"
_LABELLED_SCAN_LINES = 8  # raw lines under the lead (blank ones too)
_LEAD_NAME_WORDS = 3  # "فرانس 24"
# A box's header under the lead ("التعليقات", "اقرأ أيضا"): the date under it is a comment's or a link's.
_BOX_WORDS_FOLDED = tuple(
    _fold(word)
    for word in (
        "تعليق",
        "اقرأ",
        "إقرأ",
        "صلة",
        "الأكثر",
        "المزيد",
        "شاهد",
        "متعلق",
        "آراء",
        "يهمك",
        "اخترنا",
        "ردود",
        "مواضيع",
        "طالع",
        "مرتبط",
        "يعجبك",
        "ننصح",
        "أيضا",
    )
)


def _date_from_lines(
    lines: Sequence[str], found_candidates: tuple[list[_Candidate], bool], crawl_date: dt.date | None
) -> DateFinding | None:
    candidates, is_anchored = found_candidates
    update: DateFinding | None = None  # an update date, if no publication date is stated
    for candidate in candidates:
        line = lines[candidate.index]
        if candidate.max_other_words < 0:
            found = _dateline(line)
        else:
            found = _line_date(line, max_other_words=candidate.max_other_words)
            if found is None and crawl_date is not None:
                relative = _relative_date(line, crawl_date)
                if relative is not None:
                    found = _LineDate(relative, line.strip())
        if found is None:
            continue
        if candidate.is_above_title and found.date == crawl_date:
            continue  # the crawl date printed over the title
        if not is_anchored and len(_bare_dates(lines)) > 1:
            return None  # no title to anchor on and many dated items: a listing page
        finding = DateFinding(found.date, f"dump line {candidate.index + 1}: {found.text}")
        if not found.is_update:
            return finding
        update = update or finding
    return update


def _date_from_dump_urls(lines: Sequence[str], found_candidates: tuple[list[_Candidate], bool]) -> DateFinding | None:
    """A date in a URL on a header line or on a "source: URL" line, if all such URLs agree.

    A bare URL elsewhere may link to another story, so it does not count.
    """
    candidates, _is_anchored = found_candidates
    header = {candidate.index for candidate in candidates}
    dated: list[tuple[int, str, dt.date]] = []
    for index, line in enumerate(lines):
        if "http" not in line:  # most lines have no link: skip the regex
            continue
        for found in _URL_RE.finditer(line):
            label = _WORD_RE.findall(_fold(line[: found.start()] + line[found.end() :]))
            is_source_line = len(label) <= 3 and any(word in _SOURCE_FOLDED for word in label)
            if index not in header and not is_source_line:
                continue
            date = _date_in_url(found.group())
            if date is not None:
                dated.append((index, found.group(), date))
    if not dated or len({date for _, _, date in dated}) > 1:
        return None
    index, link, date = dated[0]
    return DateFinding(date, f"url (dump line {index + 1}): {link}")
