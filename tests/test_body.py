"""Article bodies: the plain-text shortcut gives exactly Python-Markdown's output."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.body import (
    _EDGE_UNDERSCORE,
    _converter,
    convert_body,
    count_text_chars,
    markdown_to_html,
    plain_document_html,
)

# Arabic prose, Latin, digits, the Markdown punctuation every inline pattern
# starts with, and line structure (blank lines, hard breaks, headings, lists).
PIECES = st.sampled_from(
    [
        "قال المرصد السوري",
        "إن التحالف الدولي",
        "حزب الله",
        "CNN",
        "2018",
        "٢٠١٨",
        "،",
        "؟",
        ".",
        " ",
        "  \n",
        "\n",
        "\n\n",
        "## ",
        "- ",
        "1. ",
        "> ",
        "*",
        "**",
        "_",
        "`",
        "\\",
        "[",
        "](https://example.org)",
        "]",
        "!",
        "<",
        ">",
        "<b>",
        "</b>",
        "&",
        "&amp;",
        "&#1575;",
        "<https://example.org/x>",
        "<a@b.org>",
        "    ",
        "\t",
        "---",
        "[1]: https://example.org\n",
        "#",
        "###### ",
        "####### ",
        "# عنوان #",
        "+ ",
        "=",
        "===\n",
        "-",
        "1990. ",
        "١. ",
        "3) ",
        " ",
        "\r\n",
        "\r",
        "\x02",
        "\x0b",
        "\xa0",
        "\u2028",
        "\u200f",
        "؟",
        "ـ",
        "\u064e",
    ]
)

# Documents as the importer writes them: headings and paragraphs, blank lines between.
PLAIN_LINES = st.lists(
    st.sampled_from(
        ["قال المرصد السوري", "إن التحالف الدولي", "CNN", "2018", "3.3", "،", ".", "؟", " ", "ـ", "\u064e", "_", "__"]
        # what the importer writes for literal characters; and near misses
        + ["\\!", "\\_", "\\\\", "\\*", "\\[", "\\]", "\\#", "\\-", "\\.", "&amp;", "&lt;"]
        + ["\\", "&", "\ue003", " #وسم", "#", " ##"]
    ),
    min_size=1,
    max_size=8,
).map("".join)
PLAIN_DOCUMENTS = st.lists(
    st.tuples(
        st.sampled_from(
            ["", "## ", "### ", "# ", "- ", "> ", "-", ">", "1. ", "2. ", "١٢. ", "1.", "1.  ", "- 1. "]
            + ["1. - ", "- - ", "> > ", "  ", "\\# ", "\\- ", "1\\. ", "- \\- "]
        ),
        PLAIN_LINES,
        st.sampled_from(["\n\n", "\n", "\n\n\n"]),
    ),
    max_size=12,
).map(lambda blocks: "".join(prefix + line + end for prefix, line, end in blocks))


def stock(text: str) -> str:
    converter = _converter(False)
    converter.reset()
    return converter.convert(text)


@settings(max_examples=400, deadline=None)
@given(st.lists(PIECES, max_size=40).map("".join))
def test_shortcut_output_equals_python_markdown(text):
    assert markdown_to_html(text) == stock(text)


@settings(max_examples=500, deadline=None)
@given(PLAIN_DOCUMENTS)
def test_plain_documents_equal_python_markdown(text):
    assert markdown_to_html(text) == stock(text)


def test_an_imported_article_takes_the_plain_path_and_unusual_blocks_do_not():
    article = (
        "## قافلة داعش\n\nقال المرصد السوري إن القافلة وصلت.\nوأضاف أن الطريق مغلق.\n\n"
        "### الموقف الأمريكي\n\nرفض التحالف الدولي.\n"
    )
    assert plain_document_html(article) == stock(article)
    listed = "قال المرصد:\n\n- القافلة وصلت\n- الطريق مغلق\n\n> لن نتراجع\n> أبداً\n\nوانتهى الاجتماع.\n"
    assert plain_document_html(listed) == stock(listed)
    assert "<ul>" in stock(listed) and "<blockquote>" in stock(listed)
    numbered = "وبنود الاتفاق:\n\n3. وقف إطلاق النار\n4. تبادل الأسرى\n\n3.3 أطلق الجانبان #حوار_الطاقة.\n"
    assert plain_document_html(numbered) == stock(numbered)
    assert '<ol start="3">' in stock(numbered) and "#حوار_الطاقة" in stock(numbered)
    # As the importer escapes literal characters, and a subheading said twice.
    escaped = (
        "## تسريب العقد\n\nقال المدرب: لن أرحل\\! والعقد \\[المسرب\\] يخص \\#الأهلي\\_الرسمي &amp; &lt;الإدارة.\n\n"
        "\\- وأضاف أن 1\\. الراتب و\\*المكافآت\\* سرية\n\n- \\- بند\n\n> \\# اقتباس\n\n## تسريب العقد\n\nانتهى.\n"
    )
    assert plain_document_html(escaped) == stock(escaped)
    assert 'id="تسريب-العقد-1"' in stock(escaped) and "لن أرحل!" in stock(escaped)
    for not_plain in (
        "1. بند\n\n2. بند آخر\n",
        "1. بند\n- بند آخر\n",
        "قال _المرصد_ هنا\n",
        "وسم_ هنا\n",
        "- بند\n\n- بند آخر\n",
        "> قال\n\n> وأضاف\n",
        "- بند\n  تتمة\n",
        "نص\n===\n",
        "    رمز\n",
        "## عنوان \\! هنا\n",
        "نص \\ا هنا\n",
        "نص & نص\n",
        "حرف &#1575; هنا\n",
    ):
        assert plain_document_html("نص عادي.\n\n" + not_plain) is None


# One paragraph per inline pattern: each must still fire through the shortcut.
EVERY_INLINE_PATTERN = [
    "قال `الكود` هنا",
    "قال \\*المرصد\\* هنا",
    "انظر [القافلة][1]\n\n[1]: https://example.org",
    "انظر [القافلة](https://example.org)",
    "صورة ![القافلة](https://example.org/a.png)",
    "صورة ![القافلة][1]\n\n[1]: https://example.org/a.png",
    "انظر [القافلة]\n\n[القافلة]: https://example.org",
    "صورة ![القافلة]\n\n[القافلة]: https://example.org/a.png",
    "الموقع <https://example.org/x>",
    "البريد <news@example.org>",
    "سطر أول  \nسطر ثان",
    "قال <b>المرصد</b>",
    "حرف &#1575; و &amp;",
    "قال * المرصد",
    "قال *المرصد* و**التحالف**",
    "قال _المرصد_ و__التحالف__",
]


@pytest.mark.parametrize("text", EVERY_INLINE_PATTERN)
def test_every_inline_pattern_still_fires(text):
    assert markdown_to_html(text) == stock(text)


def test_shortcut_is_active_and_skips_plain_arabic_paragraphs():
    converter = _converter()
    assert type(converter.treeprocessors["inline"]).__name__ == "PlainTextSkippingInline"
    body = "## قافلة داعش\n\nقال المرصد السوري إن القافلة وصلت، وإن التحالف الدولي قصف الطريق.\n"
    converter.reset()
    html = converter.convert(body)  # the converter itself, not the plain-document shortcut
    assert html == stock(body)
    assert '<h2 id="قافلة-داعش">قافلة داعش</h2>' in html


def test_markup_in_a_paragraph_is_still_rendered():
    html = markdown_to_html("قال **المرصد** إن [القافلة](https://example.org) وصلت &amp; عادت")
    assert "<strong>المرصد</strong>" in html
    assert '<a href="https://example.org">القافلة</a>' in html
    assert "&amp;" in html


def test_count_text_chars_counts_letters_not_tags_or_spaces():
    assert count_text_chars("<p>قال <strong>المرصد</strong></p>") == len("قالالمرصد")


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=40).map("".join))
def test_count_text_chars_agrees_with_markupsafe_striptags(text):
    import markupsafe

    html = markdown_to_html(text)
    assert count_text_chars(html) == len("".join(markupsafe.Markup(html).striptags().split()))


def test_count_text_chars_sees_every_kind_of_whitespace():
    import sys

    assert max(c for c in range(sys.maxunicode + 1) if chr(c).isspace()) <= 0x3000
    for space in ("\t", "\xa0", "\u2009", "\u3000", "\r"):
        assert count_text_chars(f"<p>قال{space}المرصد \nالسوري</p>") == len("قالالمرصدالسوري")


def test_a_repeated_heading_is_numbered_like_hugo_not_with_underscores():
    """Issue #4: anchors are Arabic slugs, never "_1"; a repeated one is "-1", "-2" on both paths."""
    plain = "## الخلاصة\n\nنص أول.\n\n## الخلاصة\n\nنص ثان.\n\n## الخلاصة 1\n\n## الخلاصة\n"
    marked = plain + "\nنص *مائل*.\n"  # markup: the Python-Markdown path
    for text in (plain, marked):
        html = markdown_to_html(text)
        ids = [part.split('"')[0] for part in html.split(' id="')[1:]]
        assert ids == ["الخلاصة", "الخلاصة-1", "الخلاصة-1-1", "الخلاصة-2"], (text, html)
    assert plain_document_html(plain) is not None and plain_document_html(marked) is None


def test_a_table_of_contents_links_to_the_renumbered_anchors():
    html = markdown_to_html("[TOC]\n\n## عنوان\n\nنص\n\n## عنوان\n")
    assert '<a href="#عنوان-1">' in html and 'id="عنوان-1"' in html and "_1" not in html


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="ab_ ب1-\n\u0640\u064e٣.", max_size=12))
def test_edge_underscore_is_an_underscore_not_between_word_characters(text):
    assert bool(_EDGE_UNDERSCORE.search(text)) == bool(re.search(r"(?<!\w)_|_(?!\w)", text))


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(["قال", "المرصد", " ", "\n", "\n\n", "## ", "- ", "\u00a0", "\u2009", "\u3000", "\t"]))
    .map("".join)
    .filter(lambda text: text.strip())
)
def test_convert_body_counts_what_count_text_chars_counts(text):
    html = markdown_to_html(text)
    assert convert_body(text) == (html, count_text_chars(html))
