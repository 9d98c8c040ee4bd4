"""The cleaner's fast paths give exactly what the plain definitions give.

``fold_line`` skips the steps a line does not need, line descriptions count
words and letters from one scan, ``match_vocabulary`` skips rules that cannot
match: each is checked here against the straightforward computation.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.arabic import to_western_digits
from generator.clean_features import (
    _FOLD_PAIRS,
    _MARKS,
    _NOT_PLAIN_RE,
    compile_rules,
    describe_line,
    describe_lines,
    fold_dump_line,
    fold_line,
    match_vocabulary,
)
from generator.clean_rules import DEFAULT_RULES
from generator.errors import SourceError
from generator.ingest import ingest_text_dump
from tests.strategies import arabic_lines

SETTINGS = settings(deadline=None, max_examples=300)
MARKS_RE = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
ODD_CHARS = "\u064b\u0651\u0640\u0661\u06f5 \t\u00a0\u2003AbZßİﬁK\u212a"


def reference_fold(text: str) -> str:
    """fold_line as first written: every step on every line."""
    text = MARKS_RE.sub("", text)
    for variant, base in _FOLD_PAIRS:
        text = text.replace(variant, base)
    text = to_western_digits(text)
    return " ".join(text.casefold().split())


def test_plain_characters_need_no_folding_step():
    plain = [chr(c) for c in range(0x3100) if not _NOT_PLAIN_RE.match(chr(c))]
    assert "ب" in plain and "،" in plain and " " in plain and "A" not in plain and "ً" not in plain
    for char in plain:
        assert char.casefold() == char
        assert char == " " or not char.isspace()
        assert char not in _MARKS
        assert char in "0123456789" or not char.isdigit()


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "الأكثر قراءة",
        "  الأكثر   قراءةً ",
        "أيضاً قال المتحدث إنّ الوضع مستقرّ.",
        "محـــمد",
        "عام ٢٠١٥ و۱۳۹۴",
        "رويترز Reuters CNN",
        "خبر\tعاجل",
        "ـ بيان ـ",
        "Straße ﬁnal",
    ],
)
def test_fold_line_matches_reference_on_examples(text):
    assert fold_line(text) == reference_fold(text)
    assert fold_dump_line(text) == reference_fold(text)


@SETTINGS
@given(st.one_of(arabic_lines(), st.text(max_size=60), st.text(alphabet="أبة ى" + ODD_CHARS, max_size=30)))
def test_fold_line_matches_reference(text):
    assert fold_line(text) == reference_fold(text)


@SETTINGS
@given(st.one_of(arabic_lines(), st.text(alphabet="أبة ى.،" + ODD_CHARS, min_size=1, max_size=40)))
def test_line_counts_match_their_definitions(line):
    if not line.strip():
        return
    info = describe_line(0, line, compile_rules(DEFAULT_RULES))
    arabic = len(re.findall(r"[\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff]", info.text))
    latin = len(re.findall(r"[A-Za-z]", info.text))
    assert info.n_words == len(info.text.split())
    assert info.folded == reference_fold(info.text)
    assert info.has_arabic == (arabic > 0)
    assert info.arabic_share == (arabic / (arabic + latin) if arabic + latin else 0.0)


@SETTINGS
@given(st.one_of(arabic_lines(), st.text(alphabet="أبة ى." + ODD_CHARS, max_size=40)))
def test_skipping_latin_hints_changes_no_match(line):
    rules = compile_rules(DEFAULT_RULES)
    info = describe_line(0, line, rules) if line.strip() else None
    if info is None:
        return
    full = match_vocabulary(info.text, info.folded, info.n_words, rules)
    assert info.vocab == full


def test_latin_only_rules_still_match_script_lines():
    rules = compile_rules(DEFAULT_RULES)
    assert describe_line(0, "googletag.cmd.push(function() { googletag.display('x'); });", rules).vocab.name == (
        "ad-script"
    )
    assert describe_line(0, "تمثل رأي كتابها فقط", rules).vocab.name == "disclaimer"


def test_describe_lines_skips_blank_lines_and_keeps_indexes():
    rules = compile_rules(DEFAULT_RULES)
    infos = describe_lines(["عنوان الخبر", "", "   ", "\t", "نص الخبر هنا."], rules)
    assert [i.index for i in infos] == [0, 4]
    assert infos[1] == describe_line(4, "نص الخبر هنا.", rules)


def test_compile_rules_once_per_rules_object():
    assert compile_rules(DEFAULT_RULES) is compile_rules(DEFAULT_RULES)
    extended = DEFAULT_RULES.with_extra(("عبارة خاصة بالموقع",))
    assert compile_rules(extended) is compile_rules(extended)
    assert "عباره خاصه بالموقع" in compile_rules(extended).phrases


@pytest.mark.parametrize("control", ["\x07", "\x0b", "\x0c", "\x1b", "\x7f"])
def test_control_characters_name_their_line(control):
    data = f"سطر أول\nسطر ثان\nسطر {control} ثالث\n".encode()
    with pytest.raises(SourceError, match="control characters") as info:
        ingest_text_dump("c.txt", data)
    assert info.value.line == 3


def test_nul_after_the_first_block_is_a_control_character():
    data = ("سطر\n" * 1000 + "\x00\n").encode()
    with pytest.raises(SourceError, match="control characters") as info:
        ingest_text_dump("c.txt", data)
    assert info.value.line == 1001


def test_tab_and_line_ends_are_not_control_characters():
    raw = ingest_text_dump("t.txt", "عنوان\r\n\tنص الخبر\rسطر\n".encode())
    assert raw.lines == ("عنوان", "\tنص الخبر", "سطر", "")


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("نشر منذ 10 سنوات", "relative-time"),
        ("عاجل| اردوغان يبحث عن حلفاء جدد بعد انهيار الليرة", "headline-ticker"),
        ("شارك الخبر: فيسبوك X واتساب تيليجرام طباعة", "share-word"),
    ],
)
def test_lines_under_a_headline_that_no_title_is(line, name):
    """Furniture that a page sets between its headline and the body (set k: taken for titles)."""
    rules = compile_rules(DEFAULT_RULES)
    found = match_vocabulary(line, fold_line(line), len(line.split()), rules)
    assert found is not None and found.name == name
