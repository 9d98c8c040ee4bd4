import datetime as dt

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.errors import SourceError
from generator.frontmatter import _fast_dump, _fast_load, _yaml_dump, dump_front_matter, split_front_matter
from generator.load import first_sentence, load_page

GOOD = """---
title: "مقال عن دير الزور"
date: 2018-05-21
tags: [سوريا, داعش]
source: {dump: a.txt, sha256: x}
---

أول جملة في المقال. ثم جملة ثانية.

## عنوان فرعي
"""


def test_front_matter_round_trip_keeps_arabic_and_order():
    data = {"title": "عنوان: مع نقطتين", "date": dt.date(2018, 5, 21), "tags": ["أ", "ب"], "url": None}
    text = dump_front_matter(data) + "\nنص\n"
    parsed, body, body_line = split_front_matter(text, "x.md")
    assert parsed == data and list(parsed) == list(data)
    assert "عنوان: مع نقطتين" in text  # not escaped to \\u sequences
    assert body.strip() == "نص" and text.split("\n")[body_line - 1 :][1] == "نص"


def test_load_page_reads_fields_and_summary():
    page = load_page(GOOD, "content/a.md")
    assert page.title == "مقال عن دير الزور"
    assert page.date == dt.date(2018, 5, 21)
    assert page.tags == ("سوريا", "داعش")
    assert page.source_dump == "a.txt"
    assert page.summary == "أول جملة في المقال."
    assert page.slug == "مقال-عن-دير-الزور"


@pytest.mark.parametrize(
    "front, where, message",
    [
        ('title: "x"\ntags: [a, b\n', "content/a.md:3:", "invalid YAML"),
        ('title: "x"\ndate: 21/05/2018\n', "content/a.md:3:", "date must be YYYY-MM-DD"),
        ('title: "x"\ntags: 5\n', "content/a.md:3:", "tags must be a list"),
        ("date: 2018-01-01\n", "content/a.md", "title must be"),
        ('title: "x"\ncolour: red\n', "content/a.md:3:", "unknown front matter key 'colour'"),
        ('title: "x"\nslug: "a b"\n', "content/a.md:3:", "slug must be"),
    ],
)
def test_bad_front_matter_names_file_and_line(front, where, message):
    with pytest.raises(SourceError) as info:
        load_page(f"---\n{front}---\n\nنص\n", "content/a.md")
    assert str(info.value).startswith(where)
    assert message in str(info.value)


def test_missing_fence_is_an_error_on_line_1():
    with pytest.raises(SourceError, match=r"^content/b.md:1: missing front matter"):
        load_page("title: x\n", "content/b.md")


def test_first_sentence_unescapes_and_skips_headings():
    assert first_sentence("## عنوان\n\n\\# وسم &lt;b> و&amp; نص؟ ثانية") == "# وسم <b> و& نص؟"


# ── The fast front matter writer: the same text as PyYAML ──────────────────

# Arabic words and punctuation, Latin-1 and typographic marks, and every ASCII
# character YAML may read as syntax or as another type.
_SCALAR_ALPHABET = st.sampled_from(
    list("دير الزور حزب الله ـ،؛؟«»“”–…'\"#:-?[]{},&*!|>%@`~=<+.0123456789eExXoObB_ yesnoNullTrue\u00a0\u0640")
    + ["null", "yes", "2018-05-21", "0x1F", "1e3", ".inf", "---", "...", ": ", " #", "\t", "\u2028", "\ufeff"]
)
_SCALARS = st.one_of(st.none(), st.lists(_SCALAR_ALPHABET, max_size=8).map("".join), st.text(max_size=12))


@settings(max_examples=600, deadline=None)
@given(
    title=_SCALARS,
    date=st.one_of(st.none(), st.dates()),
    tags=st.lists(st.lists(_SCALAR_ALPHABET, max_size=6).map("".join), max_size=4),
    dump=_SCALARS,
)
def test_fast_front_matter_is_what_pyyaml_writes(title, date, tags, dump):
    data = {"title": title, "date": date, "tags": tags, "source": {"dump": dump, "sha256": "0" * 64}}
    assert dump_front_matter(data) == f"---\n{_yaml_dump(data)}---\n"
    parsed, _, _ = split_front_matter(dump_front_matter(data) + "\n", "x.md")
    assert parsed == data


@settings(max_examples=200, deadline=None)
@given(
    words=st.lists(st.sampled_from(["دير", "الزور", "حزب", "الله", "«قافلة»", "2018", "داعش،", "(سوريا)"]), min_size=1),
)
def test_fast_front_matter_writes_arabic_titles_and_tags_itself(words):
    data = {"title": " ".join(words), "tags": words, "source": {"dump": "a.txt", "sha256": "f" * 64}}
    assert _fast_dump(data) is not None  # the fast path, not PyYAML
    assert dump_front_matter(data) == f"---\n{_yaml_dump(data)}---\n"


def test_fast_front_matter_leaves_long_keys_to_pyyaml():
    data = {"source": {"ا" * 65: "v"}}  # past 128 bytes PyYAML writes "? key"
    assert _fast_dump(data) is None
    assert dump_front_matter(data) == f"---\n{_yaml_dump(data)}---\n"


def test_fast_front_matter_takes_an_imported_article():
    data = {"title": "عنوان: مع نقطتين", "slug": "2018", "date": dt.date(2018, 5, 21), "tags": ["داعش", "حزب الله"]}
    assert _fast_dump(data) == "title: 'عنوان: مع نقطتين'\nslug: '2018'\ndate: 2018-05-21\ntags:\n- داعش\n- حزب الله\n"


# ── The fast front matter reader: what PyYAML reads, or nothing ─────────────

_KEYS = st.sampled_from(["title", "tags", "date", "source", "dump", "null", "yes", "On", "_x", "a1", "Ù"])
_TEXTS = st.lists(_SCALAR_ALPHABET, max_size=6).map("".join)
_VALUES = st.one_of(
    _TEXTS,  # as it is: plain, or not valid YAML at all
    _TEXTS.map(lambda s: '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'),
    _TEXTS.map(lambda s: "'" + s.replace("'", "''") + "'"),
    st.sampled_from(['"a\\tb"', '"\\u0628"', "'a'b'", '"a"b', "2018-5-21", "2018-02-30", "١٢٣٤-٠٥-٢١", "~", "12:30"]),
    st.dates().map(str),
)
_FRONT_MATTER = st.lists(
    st.one_of(
        st.builds("{}: {}".format, _KEYS, _VALUES),
        st.builds("{}:".format, _KEYS),
        st.builds("{}- {}".format, st.sampled_from(["", "  ", "    "]), _VALUES),
        st.builds("{}{}: {}".format, st.sampled_from(["  ", "    "]), _KEYS, _VALUES),
        st.sampled_from(["", "# note", "  continued", "-", "key:value", "- a: b", "tags: []", "\tx: y"]),
    ),
    max_size=8,
).map("\n".join)


def _typed(value):
    """A value with the type of every part, so that "2018" and 2018 or "" and None differ."""
    if isinstance(value, dict):
        return [(_typed(k), _typed(v)) for k, v in value.items()]
    if isinstance(value, list):
        return [_typed(v) for v in value]
    return (type(value).__name__, value)


@settings(max_examples=1500, deadline=None)
@given(_FRONT_MATTER)
def test_fast_reader_reads_what_pyyaml_reads_or_leaves_it(text):
    fast = _fast_load(text)
    if fast is not None:  # then PyYAML reads the same mapping (and raises no error)
        assert _typed(fast) == _typed(yaml.load(text, Loader=yaml.SafeLoader))


@settings(max_examples=300, deadline=None)
@given(title=_SCALARS, date=st.one_of(st.none(), st.dates()), tags=st.lists(_TEXTS, max_size=4), dump=_SCALARS)
def test_fast_reader_reads_what_the_fast_writer_writes(title, date, tags, dump):
    data = {"title": title, "date": date, "tags": tags, "source": {"dump": dump, "sha256": "0" * 64}}
    text = _yaml_dump(data)
    fast = _fast_load(text.removesuffix("\n"))
    assert fast is None or _typed(fast) == _typed(data)


def test_fast_reader_takes_imported_and_exported_front_matter():
    imported = (
        "title: 'عنوان: مع نقطتين'\nslug: '2018'\ndate: 2018-05-21\ntags:\n- داعش\n- حزب الله\nsource:\n  dump: a.txt"
    )
    exported = 'title: "زيدان ينهي مسيرته بـ\\"نطحة\\""\nslug: حكاية-1449\ndate: 2012-01-01\ntags:\n  - "العام"\nurl:'
    for text in (imported, exported):
        assert _fast_load(text) is not None
        assert _typed(_fast_load(text)) == _typed(yaml.load(text, Loader=yaml.SafeLoader))
