"""Line features and vocabulary matching for the clean stage. Pure: no I/O.

``clean.py`` decides what to keep; this module only describes one line at a
time: its folded key, its shape (length, final punctuation, share of Arabic
letters, indentation) and which rule of ``clean_rules`` it matches, if any.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from generator.arabic import to_western_digits
from generator.clean_rules import CleanRules, PatternRule, Role

_ARABIC_LETTER_RE = re.compile(r"[\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff]")
_NOT_ARABIC_LETTER_RE = re.compile(r"[^\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff]")
# A trailing count such as "(2)" or "[12]" on a header line: "التعليقات (2)" → "التعليقات".
_COUNT_RE = re.compile(r"[(\[]\s*\d+\s*[)\]]")
_SEPARATORS_RE = re.compile(r"\s*[|•·/]\s*|\s+-\s+|\s+–\s+|:\s+")  # (a label's colon: "شارك الخبر: فيسبوك X")
_SEPARATOR_CHARS = frozenset("|•·/-–:")  # every match of _SEPARATORS_RE holds one
# List markers as scrapers leave them: "- بند", "• بند", "1- بند", "2) بند".
_LIST_MARKER_RE = re.compile(r"^(?:[-–•*·▪●٭]|\d{1,2}\s*[-)])\s+\S")
# Closing quotes and brackets that may follow a sentence's full stop.
_CLOSERS = "\"'»”’)]›"
# Final characters of a finished sentence (the question mark is left out on
# purpose: headlines end with one).
_SENTENCE_END = ".!…"
# Final characters that rule out a subheading (from the corpus README rule).
_NOT_HEADING_END = tuple(".،,:;؛…!")
# Headline tickers: several headlines on one line separated by runs of spaces
# (masress-family aggregators; saudi dumps 032, 035).
_TICKER_RE = re.compile(r"\S {3,}\S")
# Headlines between arrows or squares, or between bullets set apart by runs of spaces: "… ◄ … ■ …".
_TICKER_MARKS = (" ◄ ", " ► ", "  •  ", "  ·  ", " ■ ", " ▪ ", " ◆ ", " ♦ ")
_TICKER_SPLIT_RE = re.compile(r"\s[◄►■▪◆♦]\s|\s{2}[•·]\s{2}")
_TICKER_ITEM_MIN_WORDS = 5
# Ad script glued before the first sentence (alsharq dumps: "googletag.display(…); … > نص").
_GLUED_SCRIPT_RE = re.compile(
    r"^(?:(?:googletag|adsbygoogle|window|document|var|\(adsbygoogle)[\s\S]*?[;}]\s*)+(?=[^\x00-\x7f]|>\s)"
)
# Tag list glued to the last paragraph after the word سمات ("features", 3alyoum):
# "… انتهى. سمات إنقاذ دبي شرف غرق".
_GLUED_TAGS_RE = re.compile(r"(?<=[.!؟?»\"”)])\s+سمات(?:\s+[^\s.!؟?]+){1,15}\s*$")
# or after a label, with or without a space: "… "النضال العمالي".كلمات دلالية: فرنسا".
_GLUED_TAG_LABEL_RE = re.compile(
    r"(?<=[.!؟?»\"”)])\s*(?:كلمات دلالية|الكلمات الدلالية|الكلمات الدالة|كلمات مفتاحية|الكلمات المفتاحية|"
    r"الوسوم|وسوم|Tags)\s*:\s*[^.!؟?:]{1,150}$"
)
# The story's source glued after the last sentence: "… توقفت عن العمل تماما. المصدر: وكالات" (not
# after a question: "… قبل نهاية الأسبوع؟ المصدر: ليس قبل عيد الفطر." is the source answering).
_GLUED_SOURCE_RE = re.compile(
    r"(?<=[.!»\"”)])(?<![؟?][»\"”)])"  # after a sentence, not a question closed by a quote
    r"\s*(?:المصدر|المصادر|مصدر الخبر|Source)\s*:\s*[^\s.!؟?:]+(?:\s[^\s.!؟?:]+){0,3}\s*\.?$"
)
# A photo credit glued to the first sentence where the caption's markup was dropped
# ("حقوق النشر AFPتسعى قطر …"): a credit word, a Latin name, then at once an Arabic letter.
_GLUED_CREDIT_RE = re.compile(
    r"^(?:حقوق النشر|حقوق الصورة|الصورة|صورة|©)\s*:?\s*(?:©\s*)?[A-Za-z](?:[A-Za-z0-9 .&'/-]{0,40}?[A-Za-z0-9.])?"
    r"(?=[\u0621-\u064a])"  # no space before the sentence: the markup between them was dropped
)
# A caption with its credit glued before the first sentence, where the markup between them was
# dropped: "صورة تعبيرية (أسوشيتد برس) صادق …", "لقطة للمكان (مواقع التواصل)أفادت …",
# "(صورة تعبيرية: AFP)تعرضت …", "لقطة من الفيديو - AFP أكد …". The credit must be one
# (``is_credit``): a sentence with a bracket ("أعلنت وزارة الصحة (الكويتية)اليوم …") is kept.
# How a glued caption opens: what the photo shows ("صورة …", "لقطة …"), or that it is the archive's.
_PHOTO_OPENERS = ("صورة", "لقطة", "جانب من", "مشهد", "من مكان")
_ARCHIVE_OPENERS = ("من الأرشيف", "أرشيفية")
_PHOTO_OPENERS_RE = "|".join(_PHOTO_OPENERS)
_CAPTION_OPENERS_RE = "|".join(_PHOTO_OPENERS + _ARCHIVE_OPENERS)
_GLUED_BRACKET_CAPTION_RE = re.compile(
    r"^(?P<caption>[^()]{0,60}?)\s*\((?P<credit>[^()]{2,40})\)(?P<gap>\s*)(?=[\u0621-\u064a])"
)
_GLUED_DASH_CAPTION_RE = re.compile(
    rf"^(?:{_PHOTO_OPENERS_RE})[^()\-–]{{0,60}}\s[-–]\s*[A-Za-z][A-Za-z .&/]{{0,20}}\s+(?=[\u0621-\u064a])"
)
_CAPTION_START_RE = re.compile(rf"^(?:{_CAPTION_OPENERS_RE})")
# "صورة أرشيفية – أرشيفيةكم ضحكنا …": a caption credited to the archive, glued to the sentence.
_GLUED_ARCHIVE_CAPTION_RE = re.compile(
    rf"^(?:{_PHOTO_OPENERS_RE})[^()\-–]{{0,60}}\s[-–]\s*\(?(?:أرشيفية|ارشيفية)\)?\s*(?=[\u0621-\u064a])"
)
# Openers that name the photo's kind ("صورة تعبيرية", "صورة من …", "لقطة من …"): a caption opened
# so may credit anyone in brackets when the sentence is glued to it ("صورة تعبيرية (القبس)فتحت …").
_CAPTION_KIND_START_RE = re.compile(
    r"^(?:صورة (?:تعبيرية|أرشيفية|ارشيفية|من)|لقطة من|جانب من|من الأرشيف|أرشيفية|ارشيفية|تعبيرية)\s"
)
_NAME_CREDIT_RE = re.compile(r"^[^\d\s.،,:؛!؟?]+(?:\s[^\d\s.،,:؛!؟?]+){0,2}$")  # one to three words
# What a credit says besides an agency's name: a Latin name, the archive, social media, "تصوير: …".
_CREDIT_LABEL_RE = re.compile(r"^(?:صورة|الصورة)[^:：]{0,20}[:：]\s*")
_CREDIT_RE = re.compile(
    r"^(?:[A-Za-z][A-Za-z0-9 .&'/-]{0,30}|أرشيف|أرشيفية|ارشيف|ارشيفية|"
    r"من الأرشيف|مواقع التواصل|مواقع التواصل الاجتماعي|الإنترنت|من الإنترنت|متداولة|وسائل التواصل|"
    r"(?:تصوير|المصدر)\s*[:：]?\s*\S+(?:\s\S+){0,2}|"
    r"\S+(?:\s\S+)?\s(?:للأنباء|للانباء))$"  # a news agency: "(وكالة) السودان للأنباء"
)
# "من مكان الحادث © Le360 أعلنت شركة …": a caption and its © credit before the first sentence.
_GLUED_COPYRIGHT_CAPTION_RE = re.compile(
    rf"^(?:(?:{_CAPTION_OPENERS_RE})[^©.،]{{0,50}})?©\s*[A-Za-z0-9][A-Za-z0-9 .&'/-]{{0,30}}?\s*"
    r"(?=[\u0621-\u064a])"
)
_DOTTED_ABBREV_RE = re.compile(r"^[\u0621-\u064a](?:\s?\.\s?[\u0621-\u064a]){1,3}\.?$")
# A caption that opens with its kind and ends with its credit: "أرشيفية - أسوشيتد برس".
_CAPTION_LEADING_RE = re.compile(
    r"^(?:صورة\s+)?(?:أرشيفية|ارشيفية|أرشيف|ارشيف|تعبيرية|من الأرشيف)\s*[-–:/]\s*\S+(?:\s\S+){0,3}$"
)
# What a caption says the photo shows, then its credit after a dash or in brackets.
_CAPTION_OPENER_RE = re.compile(r"^(?:جانب من|خلال|أثناء|في أثناء|لقطة|صورة|مشهد|من الأرشيف)\s")
_CAPTION_DASH_CREDIT_RE = re.compile(r"\s[-–]\s*([^\s\d]+(?:\s[^\s\d]+){0,3})$")
# A caption of a few words with no credit, or with any short credit (the site's own name): "part
# of the meeting", "a general view". Never a sentence: nothing after the photo's subject but the credit.
_SHORT_CAPTION_WORDS = 7
_SHORT_CAPTION_RE = re.compile(
    # with a short credit: "جانب من الاجتماع - صورة موضوعية", "لقطة عامة - البوابة نيوز"
    r"^(?:جانب من|لقطة عامة|لقطة من|مشهد عام|صورة عامة)(?: [^\s\d.،,:؟!()-]+){0,2}"
    r"(?:\s[-–]\s[^\d.،,:؟!()]{2,30}|\s?\([^()\d]{2,30}\))$|"
    # alone: what a news photo shows ("جانب من الجلسة"); "جانب من الحكاية" is a headline
    r"^(?:جانب من|لقطة من|من) (?:ال)?(?:اجتماع|جلسة|لقاء|حدث|مؤتمر|زيارة|فعالية|احتفال|حفل|ندوة|مباراة|"
    r"تدريبات?|معرض|مظاهرة|احتجاجات|اعتصام|حريق|دمار|أضرار|اشتباكات|مراسم|افتتاح|توقيع|حضور|مكان|موقع)$|"
    # "من الأرشيف", "من موقع الحدث", "من مكان الحادث": where the photo is from
    r"^من (?:ال)?(?:أرشيف|ارشيف)$|^من (?:موقع|مكان) (?:ال)?(?:حدث|حادث|انفجار|هجوم|حريق|اعتداء)$|"
    r"^(?:لقطة عامة|مشهد عام|صورة عامة)$"
)
_ARCHIVE_CREDIT_END_RE = re.compile(r"[^.!؟?]\s\((?:صورة )?(?:أرشيف|ارشيف|أرشيفية|ارشيفية)\)$")
_CAPTION_MAX_WORDS = 24  # for a caption that opens with the photo ("صورة", "لقطة", "مشهد")
_PHOTO_START_RE = re.compile(r"^(?:صورة|لقطة|مشهد)\s")
_CAPTION_SHORT_BRACKET_RE = re.compile(r"\(\s*([^()\s\d]+(?:\s[^()\s\d]+){0,3})\s*\)$")
_CAPTION_BRACKET_RE = re.compile(r"\(([^()]{1,40})\)\s*$")
_CAPTION_CREDIT_RE = re.compile(
    r"\s[-–]\s*(?:(?:المصدر|تصوير|صورة|الصورة)\s*:\s*[^\s:]+(?:\s[^\s:]+){0,2}|\(?(?:أرشيف|ارشيف|أرشيفية|ارشيفية)\)?)$|"
    r"[^.!؟?]\s\((?:صورة )?(?:أرشيف|ارشيف|أرشيفية|ارشيفية)\)$"  # "… احتفالية مصغرة لصالح الفنانة (أرشيف)"
)
_NUMBERED_HEADING_RE = re.compile(r"^\d+(?:\.\d+)*\s?\.?\s?\D")
_CONJUNCTION_START_RE = re.compile(r"^(?:و|ف)(?!ي\b)\w")
_NUMERIC_DATE_RE = re.compile(r"\d{1,4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,4}")
_TIME_RE = re.compile(r"\b\d{1,2}:\d{2}\b")
_YEAR_RE = re.compile(r"(?<!\d)(?:1[34]\d\d|19\d\d|20\d\d)(?!\d)")  # "2018", "2018م", "1439هـ"


# Spelling variants folded for line keys (same folding as arabic.fold_arabic,
# written with str.replace because str.translate with a dict is slow on
# Arabic text and the cleaner folds every line).
_FOLD_PAIRS = (
    ("\N{ARABIC LETTER ALEF WITH HAMZA ABOVE}", "\N{ARABIC LETTER ALEF}"),
    ("\N{ARABIC LETTER ALEF WITH HAMZA BELOW}", "\N{ARABIC LETTER ALEF}"),
    ("\N{ARABIC LETTER ALEF WITH MADDA ABOVE}", "\N{ARABIC LETTER ALEF}"),
    ("\N{ARABIC LETTER ALEF WASLA}", "\N{ARABIC LETTER ALEF}"),
    ("\N{ARABIC LETTER TEH MARBUTA}", "\N{ARABIC LETTER HEH}"),
    ("\N{ARABIC LETTER ALEF MAKSURA}", "\N{ARABIC LETTER YEH}"),
    ("\N{ARABIC LETTER WAW WITH HAMZA ABOVE}", "\N{ARABIC LETTER WAW}"),
    ("\N{ARABIC LETTER YEH WITH HAMZA ABOVE}", "\N{ARABIC LETTER YEH}"),
)
# Harakat, Quranic marks, dagger alef and tatweel.
_MARKS = frozenset(map(chr, [*range(0x0610, 0x061B), *range(0x064B, 0x0660), 0x0670, *range(0x06D6, 0x06EE), 0x0640]))
_EASTERN_DIGITS = frozenset(map(chr, [*range(0x0660, 0x066A), *range(0x06F0, 0x06FA)]))
_EASTERN_DIGIT_RE = re.compile("[\u0660-\u0669\u06f0-\u06f9]")
_WESTERN_DIGIT = {digit: to_western_digits(digit) for digit in _EASTERN_DIGITS}
# Characters that folding leaves alone apart from the letter variants above:
# Arabic letters and punctuation, ASCII digits and signs (no letters), the
# plain space, guillemets and general punctuation. Folding a line looks at the
# few characters outside this class (harakat, Arabic-Indic digits, Latin
# letters, other whitespace, ...) and does only the steps they call for: one
# scan instead of stripping, case folding and re-splitting every line.
_NOT_PLAIN_RE = re.compile(
    "[^ !-@\\[-`{-~\u00ab\u00bb\u060c\u061b\u061f\u0621-\u063a\u0641-\u064a"
    "\u066a-\u066d\u0671-\u06d5\u2010-\u2027\u2030-\u205e]"
)
_MARKS_AND_DIGITS = _MARKS | _EASTERN_DIGITS
_MARKS_RE = re.compile("[" + "".join(sorted(_MARKS)) + "]")
_NO_CHARS: frozenset[str] = frozenset()
_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def fold_line(text: str) -> str:
    """Key for comparing lines: folded Arabic, Western digits, collapsed whitespace.

    "  الأكثر   قراءةً " → "الاكثر قراءه"
    """
    return _fold(text, set(_NOT_PLAIN_RE.findall(text)))


def fold_dump_line(line: str) -> str:
    """``fold_line`` for a dump line, remembered.

    The archive count and the line descriptions fold the same lines, and page
    furniture recurs across dumps.
    """
    return _scan(line).folded


class _Scan(NamedTuple):
    """What one scan for the characters outside the plain class tells about a line."""

    folded: str  # fold_line(text)
    latin: int  # Latin letters
    odd_space: bool  # whitespace other than single spaces between words
    maybe_latin: bool  # folded may hold a Latin letter
    marked: bool  # holds harakat, Quranic marks or tatweel


# Room for the distinct lines of some 15,000 dumps: the folds of the archive
# count are still there when the same dumps are cleaned.
@lru_cache(maxsize=1 << 17)
def _scan(text: str) -> _Scan:
    odd = _NOT_PLAIN_RE.findall(text)
    if not odd:
        return _Scan(_fold(text, _NO_CHARS), 0, "  " in text, False, False)
    kinds = set(odd)
    return _Scan(
        _fold(text, kinds),
        sum(map(_ASCII_LETTERS.__contains__, odd)),
        "  " in text or any(map(str.isspace, kinds)),
        # plain characters, harakat and Arabic-Indic digits fold to no Latin letter
        not kinds <= _MARKS_AND_DIGITS,
        not _MARKS.isdisjoint(kinds),
    )


def _fold(text: str, kinds: set[str] | frozenset[str]) -> str:
    """``fold_line(text)``, given the set of characters of ``text`` outside the plain class.

    Same steps as the full fold (strip marks, letter variants, Western
    digits, case fold, collapse whitespace), skipping those that cannot
    change ``text``.
    """
    # A line holds few distinct marks and digits: replacing each is quicker
    # than a regex or translate pass over the whole line.
    for mark in kinds & _MARKS:
        text = text.replace(mark, "")
    for variant, base in _FOLD_PAIRS:
        if variant in text:
            text = text.replace(variant, base)
    for digit in kinds & _EASTERN_DIGITS:
        text = text.replace(digit, _WESTERN_DIGIT[digit])
    if not kinds <= _MARKS_AND_DIGITS:
        return " ".join(text.casefold().split())  # cased letters or other whitespace
    if text[:1] == " " or text[-1:] == " " or "  " in text:
        return " ".join(text.split())
    return text


def phrase_key(folded: str) -> str:
    """Strip counts and edge decoration from a folded line: "💡 اهم المواضيع" → "اهم المواضيع"."""
    key = _COUNT_RE.sub(" ", folded) if "(" in folded or "[" in folded else folded
    start, end = 0, len(key)
    while start < end and not key[start].isalnum():
        start += 1
    while end > start and not key[end - 1].isalnum():
        end -= 1
    return " ".join(key[start:end].split())


_GLUED_CREDIT_MIN_REST = 40  # characters of the sentence the credit is glued to
# The photo's kind with the first word of the article glued to it, no space between: "صورة
# أرشيفيةكشف …", "صورة من الأرشيفوقع …" (a word never ends in "…يةك"; "الأرشيفي" is a word).
_GLUED_KIND_STARTS = ("صورة", "أرشيفية", "ارشيفية", "من الأرشيف", "من الارشيف")
_GLUED_KIND_RE = re.compile(
    r"(?:صورة (?:أرشيفية|ارشيفية|توضيحية|تعبيرية)|أرشيفية|ارشيفية)(?=[\u0621-\u063a\u0641-\u064a])|"
    r"(?:صورة )?من ال[أا]رشيف(?=[\u0621-\u0626\u0628\u062a-\u063a\u0641-\u0649])"  # not "ي", "ة", "ات"
)
_GLUED_CREDIT_STARTS = ("حقوق", "الصورة", "صورة", "©")
_GLUED_CAPTION_MAX_CHARS = 100
_GLUED_CAPTION_MAX_WORDS = 12


def split_glued(text: str, rules: CompiledRules | None = None) -> tuple[str, str | None]:
    """Cut boilerplate glued to article text; return (kept part, reason or None).

    "googletag.display('x'); نص الخبر" → ("نص الخبر", "glued-ad-script")
    "… انتهى. سمات إنقاذ دبي" → ("… انتهى.", "glued-tags")
    "حقوق النشر AFPتسعى قطر …" → ("تسعى قطر …", "glued-photo-credit")
    "صورة تعبيرية (أسوشيتد برس) صادق …" → ("صادق …", "glued-caption")
    """
    match = _GLUED_SCRIPT_RE.match(text) if text[:1].isascii() else None
    if match and match.end() < len(text):
        rest = text[match.end() :].strip()
        if _ARABIC_LETTER_RE.search(rest):
            return rest, "glued-ad-script"
    # Each shape is looked for only where its mark is (this runs on every line of every dump).
    match = _GLUED_CREDIT_RE.match(text) if text.startswith(_GLUED_CREDIT_STARTS) else None
    if match and len(text) - match.end() >= _GLUED_CREDIT_MIN_REST:
        return text[match.end() :], "glued-photo-credit"
    limit = _GLUED_CAPTION_MAX_CHARS
    match = _GLUED_COPYRIGHT_CAPTION_RE.match(text) if text.find("©", 0, limit) >= 0 else None
    if match and len(text) - match.end() >= _GLUED_CREDIT_MIN_REST:
        return text[match.end() :], "glued-caption"
    match = _GLUED_BRACKET_CAPTION_RE.match(text) if text.find(")", 0, limit) >= 0 else None
    if (
        match
        and len(text) - match.end() >= _GLUED_CREDIT_MIN_REST
        and len(match.group().split()) <= _GLUED_CAPTION_MAX_WORDS
        and (not match["caption"] or not match["gap"] or _CAPTION_START_RE.match(match["caption"]))
        and (
            is_credit(match["credit"], rules)
            or (_CAPTION_KIND_START_RE.match(match["caption"] + " ") and _is_name_credit(match["credit"], match["gap"]))
        )
    ):
        return text[match.end() :], "glued-caption"
    dashed = text.find(" - ", 0, limit) >= 0 or text.find(" – ", 0, limit) >= 0
    if dashed and text.startswith(_PHOTO_OPENERS):  # credited after a dash: a Latin name, or the archive
        for regex in (_GLUED_DASH_CAPTION_RE, _GLUED_ARCHIVE_CAPTION_RE):
            match = regex.match(text)
            if match and len(text) - match.end() >= _GLUED_CREDIT_MIN_REST:
                return text[match.end() :], "glued-caption"
    match = _GLUED_KIND_RE.match(text) if text.startswith(_GLUED_KIND_STARTS) else None
    if match and len(text) - match.end() >= _GLUED_CREDIT_MIN_REST:
        return text[match.end() :], "glued-caption"
    match = _GLUED_TAGS_RE.search(text) if "سمات" in text else None
    if match and match.start() > 40:
        return text[: match.start()].rstrip(), "glued-tags"
    colon = text.rfind(":")
    match = _GLUED_TAG_LABEL_RE.search(text, max(0, colon - 40)) if colon > 40 else None
    if match and match.start() > 40:
        return text[: match.start()].rstrip(), "glued-tags"
    match = _GLUED_SOURCE_RE.search(text, max(0, colon - 20)) if colon > 40 else None
    if match and match.start() > 40:
        return text[: match.start()].rstrip(), "glued-source"
    return text, None


@dataclass(frozen=True, slots=True)
class VocabMatch:
    name: str
    role: Role


class LineInfo(NamedTuple):
    """One non-blank dump line, described.

    A named tuple rather than a frozen dataclass: one is built for every line
    of every dump from a cached description, and a tuple is several times
    quicker to build than a frozen dataclass of 19 fields.
    """

    index: int  # 0-based position in RawDump.lines
    text: str  # stripped, glued boilerplate removed
    full_text: str  # stripped dump line
    glued: str | None  # reason when ``text`` is shorter than ``full_text``
    folded: str
    n_words: int
    n_chars: int
    arabic_share: float  # Arabic letters among all letters
    has_arabic: bool
    is_indented: bool
    is_list_item: bool
    is_cut: bool  # a teaser cut with "..."
    ends_sentence: bool
    is_prose: bool
    is_heading_shape: bool
    vocab: VocabMatch | None
    is_date: bool
    is_caption: bool
    is_byline_shape: bool


@dataclass(frozen=True, slots=True, eq=False)  # hashed by identity: one per CleanRules
class CompiledRules:
    phrases: dict[str, VocabMatch]
    sequence_sets: tuple[tuple[str, frozenset[str]], ...]
    # Every word of each sequence set's phrases, in the same order: a line
    # with a word outside them cannot be covered (a quick test before _covered).
    sequence_words: tuple[frozenset[str], ...]
    # (rule, regex, folded hints, whether every hint holds a Latin letter)
    patterns: tuple[tuple[PatternRule, re.Pattern[str], tuple[str, ...], bool], ...]
    # The patterns tried on a line of n words, in order: those of the first
    # band whose word limit is at least n (most lines are long, and only a
    # few patterns apply to them).
    pattern_limits: tuple[int, ...]  # ascending max_words values
    pattern_bands: tuple[tuple[tuple[PatternRule, re.Pattern[str], tuple[str, ...], bool], ...], ...]
    month_re: re.Pattern[str]
    filler_words: frozenset[str]
    agency_re: re.Pattern[str]
    agency_keys: frozenset[str]
    site_words: frozenset[str]
    nav_phrases: frozenset[str]  # the site's section names, folded ("الشرق الاوسط")
    nav_words: frozenset[str]  # every word of them
    rules: CleanRules


def fold_key(text: str) -> str:
    return phrase_key(fold_line(text))


# Compiled rules by id() of the rules object: hashing a CleanRules walks all its
# vocabulary, too slow to repeat for every dump. Each entry holds its rules
# object, so the id cannot be reused while the entry lives.
_COMPILED_BY_ID: dict[int, CompiledRules] = {}


def compile_rules(rules: CleanRules) -> CompiledRules:
    """Fold and compile the vocabulary once per rules object."""
    compiled = _COMPILED_BY_ID.get(id(rules))
    if compiled is None or compiled.rules is not rules:
        if len(_COMPILED_BY_ID) >= 16:
            _COMPILED_BY_ID.clear()
        compiled = _COMPILED_BY_ID[id(rules)] = _compile_rules(rules)
    return compiled


@lru_cache(maxsize=16)
def _compile_rules(rules: CleanRules) -> CompiledRules:
    """compile_rules, cached by value: an equal copy of the rules compiles once."""
    phrases: dict[str, VocabMatch] = {}
    for rule in rules.phrase_rules:
        for phrase in rule.phrases:
            phrases.setdefault(fold_key(phrase), VocabMatch(rule.name, rule.role))
    for phrase in rules.extra_phrases:
        phrases.setdefault(fold_key(phrase), VocabMatch("site-phrase", "drop"))
    phrases.pop("", None)
    # Lines made only of these words, in any number, are menus or button rows.
    by_name = {r.name: r for r in rules.phrase_rules}
    sequence_sets = []
    for name in ("share-word", "footer-link", "app-social"):
        if name in by_name:
            sequence_sets.append((name, frozenset(fold_key(p) for p in by_name[name].phrases)))
    nav_phrases = frozenset(fold_key(w) for w in rules.nav_words)
    sequence_sets.append(("menu-line", nav_phrases))
    # A row mixing share, follow and footer links: "تابعونا على تويتر".
    row = frozenset().union(*(vocabulary for _, vocabulary in sequence_sets[:-1]))
    sequence_sets.append(("link-row", row))
    limits = sorted({rule.max_words for rule in rules.pattern_rules})
    patterns = []
    for rule in rules.pattern_rules:
        hints = tuple(fold_line(hint) for hint in rule.hints)
        latin_hints = bool(hints) and all(_ASCII_LETTERS.intersection(hint) for hint in hints)
        patterns.append((rule, re.compile(rule.pattern, re.IGNORECASE), hints, latin_hints))
    months = sorted({fold_line(m) for m in rules.month_words}, key=len, reverse=True)
    weekdays = sorted({fold_line(w) for w in rules.weekday_words}, key=len, reverse=True)
    month_re = re.compile(
        r"(?<!\w)(?:" + "|".join(re.escape(m) for m in months + weekdays) + r")(?!\w)",
        re.IGNORECASE,
    )
    agencies = sorted({fold_line(a) for a in rules.agency_words}, key=len, reverse=True)
    agency_re = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(a) for a in agencies) + r")(?!\w)", re.IGNORECASE)
    return CompiledRules(
        phrases=phrases,
        sequence_sets=tuple(sequence_sets),
        sequence_words=tuple(frozenset(w for p in vocabulary for w in p.split()) for _, vocabulary in sequence_sets),
        patterns=tuple(patterns),
        pattern_limits=tuple(limits),
        pattern_bands=tuple(tuple(p for p in patterns if p[0].max_words >= limit) for limit in limits),
        month_re=month_re,
        filler_words=frozenset(fold_line(w) for w in rules.date_filler_words),
        agency_re=agency_re,
        agency_keys=frozenset(fold_key(a) for a in rules.agency_words),
        site_words=frozenset(fold_line(w) for w in rules.site_words),
        nav_phrases=nav_phrases,
        nav_words=frozenset(w for p in nav_phrases for w in p.split()),
        rules=rules,
    )


def _covered(words: list[str], vocabulary: frozenset[str], max_len: int = 3) -> bool:
    """True when ``words`` split entirely into phrases of ``vocabulary`` (greedy, longest first)."""
    i, n = 0, len(words)
    while i < n:
        for size in range(min(max_len, n - i), 0, -1):
            if " ".join(words[i : i + size]) in vocabulary:
                i += size
                break
        else:
            return False
    return True


_ARABIC_WORD_RE = re.compile(r"[\u0621-\u064A]{2,}")


def match_vocabulary(
    text: str,
    folded: str,
    n_words: int,
    rules: CompiledRules,
    *,
    maybe_latin: bool = True,
    marked: bool | None = None,
) -> VocabMatch | None:
    """Return the rule a whole line matches, or None. Never matches on a word mid-sentence.

    ``maybe_latin=False`` says ``folded`` holds no Latin letter: rules whose
    hints all need one are skipped without searching for them. Patterns are tried on
    the line without harakat and tatweel; ``marked=False`` says it has none.
    """
    if n_words <= 24:
        key = phrase_key(folded)
        if n_words <= 12:
            hit = rules.phrases.get(key)
            if hit is not None:
                return hit
        if _SEPARATOR_CHARS.isdisjoint(key):
            words = key.split()  # nothing for _SEPARATORS_RE to replace
        else:
            words = _SEPARATORS_RE.sub(" ", key).split()
        if words:
            for (name, vocabulary), known in zip(rules.sequence_sets, rules.sequence_words, strict=True):
                if known.issuperset(words) and _covered(words, vocabulary):
                    return VocabMatch(name, "drop")
            if 3 <= len(words) <= 5 and words[0] == "المزيد" and words[1] in _MORE_FROM_WORDS:
                if _is_section(words[2:], rules):
                    return MORE_FROM_SECTION  # "المزيد من ثقافة", "المزيد في مجتمع": not "المزيد من العقوبات"
    band = bisect_left(rules.pattern_limits, n_words)
    patterns = rules.pattern_bands[band] if band < len(rules.pattern_bands) else ()
    if patterns and marked is None:
        marked = not _MARKS.isdisjoint(text)
    subject = _MARKS_RE.sub("", text) if patterns and marked else text  # "اقرأ أيضًا" read as "اقرأ أيضا"
    for rule, regex, hints, latin_hints in patterns:
        if latin_hints and not maybe_latin:
            continue
        for hint in hints:
            if hint in folded:
                break
        else:
            if hints:
                continue  # none of the rule's hints: its pattern cannot match
        if regex.search(subject):
            if rule.max_arabic_words is not None and len(_ARABIC_WORD_RE.findall(text)) > rule.max_arabic_words:
                continue
            return VocabMatch(rule.name, rule.role)
    if text[:1] in "([" and text[-1:] in ")]" and n_words >= 3:  # "(اقرأ أيضاً: …)": a link in brackets
        inner = match_vocabulary(text[1:-1].strip(), folded.strip("()[] "), n_words, rules, maybe_latin=maybe_latin)
        if inner is not None and inner.name == "inline-link":
            return inner
    if n_words >= 8 and ("  " in text or _has_ticker_mark(text)) and _is_ticker(text):
        return VocabMatch("headline-ticker", "drop")
    if _is_separated_menu(text):
        return SEPARATED_MENU
    return None


def _has_ticker_mark(text: str) -> bool:
    # (six substring tests are several times quicker than a character-class search)
    return "◄" in text or "►" in text or "■" in text or "▪" in text or "◆" in text or "♦" in text


MORE_FROM_SECTION = VocabMatch("related-header", "aside")
_MORE_FROM_WORDS = ("من", "في")  # more from / in


def _is_section(words: list[str], rules: CompiledRules) -> bool:
    """The words name one of the site's sections: "ثقافه", "الشرق الاوسط" (folded)."""
    return _covered(words, rules.nav_phrases)


def _is_ticker(text: str) -> bool:
    """Headlines run together: apart by runs of spaces, or between arrows or spaced bullets,
    with at least two of them headline-long (a flattened list of short items is no ticker),
    and, between marks, no full stop at the end (a paragraph of bulleted points ends like a sentence)."""
    if "   " in text and _TICKER_RE.search(text):
        return True
    if text.rstrip(_CLOSERS).endswith("."):
        return False
    if sum(map(text.count, _TICKER_MARKS)) < 2:
        return False
    items = _TICKER_SPLIT_RE.split(text)
    return sum(1 for item in items if len(item.split()) >= _TICKER_ITEM_MIN_WORDS) >= 2


def is_date_line(text: str, folded: str, n_words: int, rules: CompiledRules) -> bool:
    """True for a line that is only a date (and time), in any of the usual calendars.

    "الأحد 23 شوال 1436 هـ - 9 أغسطس 2015 م" → True; "21-أيار-2018" → True
    """
    if n_words > 16:
        # dates between bars: "نشر في: الثلاثاء 15 مايو 2018 - 12:48 م | آخر تحديث: …"
        parts = folded.split("|") if n_words <= 2 * 16 else ()
        return len(parts) > 1 and all(is_date_line(p, p, len(p.split()), rules) for p in parts)
    # (folded text has Western digits already, unless a caller passes other text)
    western = to_western_digits(folded) if _EASTERN_DIGIT_RE.search(folded) else folded
    if not any(map(str.isdigit, western)):
        return False
    has_month = rules.month_re.search(western) is not None
    has_numeric = _NUMERIC_DATE_RE.search(western) is not None
    has_time = _TIME_RE.search(western) is not None
    if not (has_month or has_numeric or (has_time and n_words <= 4)):
        return False
    rest = rules.month_re.sub(" ", western)
    rest = re.sub(r"[\d\W_]+", " ", rest)
    leftover = [w for w in rest.split() if w not in rules.filler_words]
    has_year = _YEAR_RE.search(western) is not None
    limit = 2 if has_year else 0
    # A dateline with a city and an agency: "الرياض 25 شوال 1436 هـ … واس".
    if has_year and n_words >= 8:
        limit = 3
    return len(leftover) <= limit


def is_caption(text: str, n_words: int, rules: CompiledRules) -> bool:
    """True for a photo caption ending with the agency in brackets: "صورة أرشيفية (رويترز)", or
    with its credit after a dash: "جانب من اللقاء - المصدر: بلومبرغ", "من مكان الحادث - أرشيف",
    "أرشيفية - أسوشيتد برس"."""
    longer = _PHOTO_START_RE.match(text) or text.endswith(")") and _ARCHIVE_CREDIT_END_RE.search(text)
    if n_words > (_CAPTION_MAX_WORDS if longer else 14):
        return False  # (a caption that says what the photo shows, or credits the archive, may be longer)
    if _CAPTION_CREDIT_RE.search(text) or _CAPTION_LEADING_RE.match(text):
        return True
    if "|" in text and _PHOTO_START_RE.match(text) and _CAPTION_CREDIT_RE.search(text.replace("|", "-")):
        return True  # "لقطة من مقطع مصور | تصوير: ب. محمد"; a sentence "… | المصدر: وزارة النقل" is no caption
    if _CAPTION_OPENER_RE.match(text) and not text.endswith(".") and _has_credit_end(text, rules):
        return True  # "جانب من الجلسة - وكالة الأناضول", "في أثناء المؤتمر الصحفي (إي بي إيه)"
    if n_words <= _SHORT_CAPTION_WORDS and _SHORT_CAPTION_RE.match(text):
        return True  # "جانب من الجلسة", "لقطة عامة - البوابة نيوز", "جانب من اللقاء (الحدث)"
    if text[:1] == "[" and text[-1:] == "]" and n_words <= _SHORT_CAPTION_WORDS + 2:
        return _PHOTO_START_RE.match(text[1:-1].strip() + " ") is not None  # "[ صورة تعبيرية ]"
    if not text.endswith(")"):
        return False
    match = _CAPTION_BRACKET_RE.search(text)
    if not match:
        return False
    inside = match.group(1).strip()
    if _DOTTED_ABBREV_RE.match(inside):
        return True
    if "/" in inside and 2 <= len(inside.split()) <= 6:
        return True  # outlet / photographer: "(عنب بلدي/ عاصم ملحم)"
    return fold_key(inside) in rules.agency_keys


def is_credit(text: str, rules: CompiledRules | None) -> bool:
    """A photo credit: an agency the rules know, a Latin name, the archive, "تصوير: …"."""
    text = text.strip()
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1].strip()  # "- (صورة: وكالة السودان للأنباء)"
    text = _CREDIT_LABEL_RE.sub("", text)  # "صورة تعبيرية: AFP" → "AFP"
    if text.startswith("وكالة "):
        text = text[len("وكالة ") :]  # "وكالة الأناضول"
        words = text.split()
        if len(words) <= 3 and (words[:1] == ["الأنباء"] or words[-1:] == ["للأنباء"]):
            return True  # a news agency by its name: "وكالة الأنباء السعودية", "وكالة السودان للأنباء"
    return bool(_CREDIT_RE.match(text)) or (rules is not None and fold_key(text) in rules.agency_keys)


def _is_name_credit(text: str, gap: str) -> bool:
    """One to three words crediting a photo ("القبس", "مروان يونس"), glued straight to the
    sentence (the markup between them was dropped). With a space before the sentence the brackets
    may be the sentence's own: "صورة من الوثيقة (اطلعت عليها رويترز) تظهر …"."""
    return not gap and _NAME_CREDIT_RE.match(text) is not None


def _has_credit_end(text: str, rules: CompiledRules) -> bool:
    """The line ends with a credit after a dash or in brackets."""
    match = _CAPTION_DASH_CREDIT_RE.search(text) or _CAPTION_SHORT_BRACKET_RE.search(text)
    if match is None:
        return False
    return is_credit(match[1], rules)


def is_byline_shape(text: str, folded: str, n_words: int, rules: CompiledRules) -> bool:
    """True for a short line that reads like a byline or dateline: "عسير - الوئام :"."""
    if n_words > rules.rules.byline_max_words or text.endswith(("؟", "?", "!")):
        return False
    if _DOTTED_ABBREV_RE.match(text):
        return True  # a writer's initials: "ق. و", "ب.ع."
    if text.endswith("."):
        return False
    if text.rstrip().endswith((":", "：")):
        return True
    if rules.agency_re.search(folded):
        return True
    if n_words <= 5 and (text.endswith(")") or text.startswith("«")):
        return True  # "عبدالعزيز غزاوي (جدة)", "«الاقتصادية» من الرياض"
    return n_words <= 6 and bool(re.search(r"\s[-–ـ]\s?|\s?[-–ـ]\s|:|،", text))


# A menu or breadcrumb on one line: short items between separators ("الرئيسية | سياسة | رياضة",
# "اليوم السابع > أخبار عاجلة", "أخبار › دوليات"). "»" counts only in a line without "«".
_MENU_SEPARATOR_RE = re.compile(r"\s[|›>•·»/]\s|\s?\|\s?")
_BREADCRUMB_SEPARATORS = ("›", ">", "»", " / ")
_MENU_ITEM_MAX_WORDS = 4
SEPARATED_MENU = VocabMatch("separated-menu", "drop")
_DASH_SEPARATOR_RE = re.compile(r"\s[-–]\s")  # a dash also joins a dateline to its text: items are shorter
_DASH_ITEM_MAX_WORDS = 3
_DIGIT_RE = re.compile(r"[\d٠-٩]")
_MENU_CHAR_RE = re.compile(r"[|›>•·»/]")
_SPACES_RE = re.compile(r" {2,}|\t")
_SPACED_MENU_MIN_ITEMS = 5


def _is_separated_menu(text: str) -> bool:
    """Three or more short items between separators (four between dashes, five between runs of
    spaces: "الرئيسية  أخبار  رياضة  فنون  اقتصاد"), or two around a
    breadcrumb's arrow; no sentence, and numbers in fewer than half the items (a table row,
    "حزب الشعب | 45 مقعدا | 30%", or a date line, "الأحد | 12 مايو 2018 | 10:30", is not a menu)."""
    if text[-1:] in _SENTENCE_END:  # most prose ends with "."
        return False
    if _MENU_CHAR_RE.search(text) and _MENU_SEPARATOR_RE.search(text):  # a class search first: quicker
        if _ends_sentence(text):
            return False
        if "«" in text:
            text = text.replace("»", "")
        items = [item.strip() for item in _MENU_SEPARATOR_RE.split(text)]
        if len(items) < 2 or not all(items) or any(len(item.split()) > _MENU_ITEM_MAX_WORDS for item in items):
            return False
        if len(items) < 3 and not any(sep in text for sep in _BREADCRUMB_SEPARATORS):
            return False
    elif " - " in text or " – " in text:
        items = _DASH_SEPARATOR_RE.split(text)
        if len(items) < 4 or not all(0 < len(item.split()) <= _DASH_ITEM_MAX_WORDS for item in items):
            return False
    elif "  " in text or "\t" in text:  # items apart by runs of spaces or tabs (markup dropped)
        items = _SPACES_RE.split(text)
        words = [len(item.split()) for item in items]
        # A headline or a table row with runs of spaces between single words is no menu:
        # a menu has an item of two words ("أخبار مصر", "بث مباشر") among short ones.
        if len(items) < _SPACED_MENU_MIN_ITEMS or max(words) > _DASH_ITEM_MAX_WORDS or max(words) < 2:
            return False
    else:
        return False
    return 2 * sum(1 for item in items if _DIGIT_RE.search(item)) < len(items)


def _ends_sentence(text: str) -> bool:
    stripped = text.rstrip(_CLOSERS + " ")
    return bool(stripped) and stripped[-1] in _SENTENCE_END


def _is_heading_shape(text: str, n_words: int, rules: CleanRules) -> bool:
    """Short line without final punctuation or commas: a subheading if paragraphs surround it."""
    if n_words == 0 or n_words > rules.heading_max_words or len(text) > rules.heading_max_chars:
        return False
    if _NUMBERED_HEADING_RE.match(text) and len(text) <= 60:
        return True  # numbered section heading, also "5.3 اليمن:"
    if text.endswith(_NOT_HEADING_END) or "،" in text or "," in text:
        return False
    return not _CONJUNCTION_START_RE.match(text)


def describe_line(index: int, raw_line: str, rules: CompiledRules) -> LineInfo:
    """Describe one non-blank dump line (shapes are cached: furniture recurs across dumps)."""
    return LineInfo(index, *_describe_shape(raw_line, rules))


def describe_lines(lines: Iterable[str], rules: CompiledRules) -> list[LineInfo]:
    """``describe_line`` for every non-blank line of a dump, with its 0-based index."""
    # tuple.__new__ is what LineInfo._make does, without the call: this runs
    # for every line of every dump.
    new, shape = tuple.__new__, _describe_shape
    return [
        new(LineInfo, (index, *shape(line, rules))) for index, line in enumerate(lines) if line and not line.isspace()
    ]


_BULLETS = frozenset("-–•*·▪●٭")
_BULLET_RE = re.compile(r"^[-–•*·▪●٭]\s+")


def _bulleted_link(text: str, rules: CompiledRules) -> VocabMatch | None:
    """A link to another story set as an item of the article's list ("- اقرأ أيضا: …")."""
    marker = _BULLET_RE.match(text)
    if marker is None:
        return None
    rest = text[marker.end() :]
    inner = match_vocabulary(rest, fold_line(rest), len(rest.split()), rules)
    return inner if inner is not None and inner.name == "inline-link" else None


@lru_cache(maxsize=1 << 16)
def _describe_shape(raw_line: str, rules: CompiledRules) -> tuple:
    """Every LineInfo field but the index, in field order."""
    full = raw_line.strip()
    text, glued = split_glued(full, rules)
    cfg = rules.rules
    # One scan for the characters beyond Arabic letters and punctuation serves
    # folding, word count and Latin letter count (three scans of long lines otherwise).
    folded, latin, odd_space, maybe_latin, marked = _scan(text)
    if odd_space:
        n_words = len(text.split())
    else:
        n_words = text.count(" ") + 1  # ``text`` is stripped and single-spaced
    # Share of Arabic among letters; counting Arabic letters is only needed
    # on mixed lines, and done by counting the fewer other characters.
    arabic = 1 if _ARABIC_LETTER_RE.search(text) else 0
    if arabic and latin:
        arabic = len(text) - len(_NOT_ARABIC_LETTER_RE.findall(text))
    letters = arabic + latin
    vocab = match_vocabulary(text, folded, n_words, rules, maybe_latin=maybe_latin, marked=marked)
    if vocab is None and text[:1] in _BULLETS:
        vocab = _bulleted_link(text, rules)
    is_cut = text.endswith(("...", "…")) and len(text) >= 80
    ends_sentence = _ends_sentence(text)
    is_date = vocab is None and is_date_line(text, folded, n_words, rules)
    caption = vocab is None and not is_date and is_caption(text, n_words, rules)
    prose = (
        vocab is None
        and not is_date
        and not caption
        and not is_cut
        and arabic > 0
        and ((n_words >= cfg.prose_min_words and ends_sentence) or len(text) >= cfg.prose_min_chars)
    )
    return (
        text,
        full,
        glued,
        folded,
        n_words,
        len(text),
        arabic / letters if letters else 0.0,  # 1.0 for any all-Arabic line
        arabic > 0,
        raw_line[:1] in (" ", "\t") and raw_line[:2].strip() == "",
        bool(_LIST_MARKER_RE.match(text)),
        is_cut,
        ends_sentence,
        prose,
        _is_heading_shape(text, n_words, cfg),
        vocab,
        is_date,
        caption,
        is_byline_shape(text, folded, n_words, rules),
    )
