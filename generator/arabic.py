"""Arabic text helpers for keys (slugs, sort, search, matching). Pure.

Article text keeps its diacritics; only keys derived from it are folded here.
"""

from __future__ import annotations

import re
import unicodedata

# Harakat, tanwin, shadda, sukun, dagger alef and Quranic marks (U+0610–U+061A,
# U+064B–U+065F, U+0670, U+06D6–U+06ED).
_TASHKEEL_RE = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]")
TATWEEL = "\N{ARABIC TATWEEL}"
_EASTERN_DIGITS = "٠١٢٣٤٥٦٧٨٩"  # Arabic-Indic digits 0-9
_PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"  # Extended Arabic-Indic digits 0-9
_TO_WESTERN = str.maketrans(_EASTERN_DIGITS + _PERSIAN_DIGITS, "0123456789" * 2)
_TO_EASTERN = str.maketrans("0123456789", _EASTERN_DIGITS)
# Searched first: most text has no digit to change, and translate() looks up every character.
_NON_WESTERN_DIGIT_RE = re.compile(f"[{_EASTERN_DIGITS}{_PERSIAN_DIGITS}]")
_WESTERN_DIGIT_RE = re.compile("[0-9]")
_HAMZA_FOLD = str.maketrans(
    {
        "\N{ARABIC LETTER ALEF WITH HAMZA ABOVE}": "\N{ARABIC LETTER ALEF}",
        "\N{ARABIC LETTER ALEF WITH HAMZA BELOW}": "\N{ARABIC LETTER ALEF}",
        "\N{ARABIC LETTER ALEF WITH MADDA ABOVE}": "\N{ARABIC LETTER ALEF}",
        "\N{ARABIC LETTER ALEF WASLA}": "\N{ARABIC LETTER ALEF}",
        "\N{ARABIC LETTER TEH MARBUTA}": "\N{ARABIC LETTER HEH}",
        "\N{ARABIC LETTER ALEF MAKSURA}": "\N{ARABIC LETTER YEH}",
        "\N{ARABIC LETTER WAW WITH HAMZA ABOVE}": "\N{ARABIC LETTER WAW}",
        "\N{ARABIC LETTER YEH WITH HAMZA ABOVE}": "\N{ARABIC LETTER YEH}",
    }
)


def strip_tashkeel(text: str) -> str:
    """Remove diacritics: "مُحَمَّد" → "محمد"."""
    return _TASHKEEL_RE.sub("", text)


def strip_tatweel(text: str) -> str:
    """Remove the stretching character: "محـــمد" → "محمد"."""
    return text.replace(TATWEEL, "")


def to_western_digits(text: str) -> str:
    """ "٢٠١٨" → "2018"."""
    return text.translate(_TO_WESTERN) if _NON_WESTERN_DIGIT_RE.search(text) else text


def to_eastern_digits(text: str) -> str:
    """ "2018" → "٢٠١٨"."""
    return text.translate(_TO_EASTERN) if _WESTERN_DIGIT_RE.search(text) else text


def fold_arabic(text: str) -> str:
    """Fold spelling variants for matching and search keys.

    "الأَسَـد" → "الاسد"; "مدرسة" → "مدرسه"; "مستشفى" → "مستشفي".
    """
    text = unicodedata.normalize("NFC", text)
    text = strip_tatweel(strip_tashkeel(text))
    return to_western_digits(text.translate(_HAMZA_FOLD)).casefold()


def sort_key(text: str) -> tuple[str, str]:
    """One sort key for Arabic titles and tags, used everywhere: folded, then exact."""
    return (fold_arabic(text), text)
