"""Hypothesis strategies for Arabic news text.

Words with harakat and tatweel, bidi marks, Latin names, Western and Eastern digits.
"""

from __future__ import annotations

from hypothesis import strategies as st

ARABIC_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأؤإئةى"
HARAKAT = "\N{ARABIC FATHA}\N{ARABIC DAMMA}\N{ARABIC KASRA}\N{ARABIC SUKUN}\N{ARABIC SHADDA}"
TATWEEL = "\N{ARABIC TATWEEL}"
BIDI_MARKS = "\N{RIGHT-TO-LEFT MARK}\N{LEFT-TO-RIGHT MARK}\N{ZERO WIDTH NON-JOINER}"
EASTERN_DIGITS = "٠١٢٣٤٥٦٧٨٩"
LATIN_NAMES = ("CNN", "Reuters", "Emmanuel Macron", "Diken", "AFP", "Sputnik", "ali")
PUNCTUATION = ("،", ".", "؟", "!", ":", "؛", "...", "»", "«", '"', "(", ")", "-", "|", "#")


def arabic_words() -> st.SearchStrategy[str]:
    """One Arabic word, sometimes vowelled or stretched with tatweel."""
    base = st.text(alphabet=ARABIC_LETTERS, min_size=2, max_size=8)
    marked = st.builds(lambda w, h: w[0] + h + w[1:], base, st.text(alphabet=HARAKAT, max_size=2))
    stretched = st.builds(lambda w: w[0] + TATWEEL + w[1:], base)
    return st.one_of(base, base, marked, stretched)


def tokens() -> st.SearchStrategy[str]:
    """A token of news text: Arabic word, Latin name, number or punctuation."""
    return st.one_of(
        arabic_words(),
        arabic_words(),
        arabic_words(),
        st.sampled_from(LATIN_NAMES),
        st.integers(0, 3000).map(str),
        st.text(alphabet=EASTERN_DIGITS, min_size=1, max_size=4),
        st.sampled_from(PUNCTUATION),
    )


def arabic_lines(min_words: int = 1, max_words: int = 40) -> st.SearchStrategy[str]:
    """A dump line: tokens joined by spaces, maybe with bidi marks or indentation."""
    words = st.lists(tokens(), min_size=min_words, max_size=max_words).map(" ".join)
    with_marks = st.builds(lambda s, m: m + s, words, st.text(alphabet=BIDI_MARKS, max_size=2))
    indented = words.map(lambda s: "    " + s)
    return st.one_of(words, words, with_marks, indented)


def sentences(min_words: int = 8, max_words: int = 40) -> st.SearchStrategy[str]:
    """An article sentence: Arabic words ending with a full stop."""
    words = st.lists(arabic_words(), min_size=min_words, max_size=max_words)
    return words.map(lambda ws: " ".join(ws) + ".")


def headlines() -> st.SearchStrategy[str]:
    """A headline: a few Arabic words, no final punctuation."""
    return st.lists(arabic_words(), min_size=3, max_size=10).map(" ".join)


def dump_lines() -> st.SearchStrategy[list[str]]:
    """Lines of a raw dump, blank lines included."""
    return st.lists(st.one_of(arabic_lines(), sentences(), st.just("")), max_size=40)
