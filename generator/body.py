"""Article bodies: Markdown → HTML, the costliest step of a cold build.

Two shortcuts, both giving Python-Markdown's exact bytes (Hypothesis tests
compare them with the stock converter). First, ``plain_document_html`` writes
a body made only of plain paragraphs, headings, simple lists and quotes
directly — most imported articles. Second, for every other body,
Python-Markdown runs its inline patterns (links, emphasis, code, entities,
raw HTML …) over every text node, one regular expression after another, even
when the text holds none of the characters those patterns start with — and
Arabic prose mostly holds none. ``_PlainTextSkippingInline`` hands such text
back untouched, which is exactly what the patterns would have done; any text
with a trigger character goes through Python-Markdown unchanged.
"""

from __future__ import annotations

import functools
import re
from html import unescape

from generator.slugs import slug_for

EXTENSIONS = ("toc", "sane_lists")

# Every character one of Python-Markdown's default inline patterns needs in
# order to match (backtick, escape, links/images/references "[" , autolinks
# and raw HTML "<", entities "&", emphasis "*" "_"); the hard line break
# "two spaces, newline" is checked beside it. ``_fast_inline_applies`` turns
# the shortcut off when another extension adds a pattern.
_INLINE_TRIGGER = re.compile(r"[`\\\[<&*_]")
_DEFAULT_INLINE_PATTERNS = (
    "backtick",
    "escape",
    "reference",
    "link",
    "image_link",
    "image_reference",
    "short_reference",
    "short_image_ref",
    "autolink",
    "automail",
    "linebreak",
    "html",
    "entity",
    "not_strong",
    "em_strong",
    "em_strong2",
)


def markdown_to_html(body_md: str) -> str:
    """Render an article body; headings get Arabic-preserving anchors.

    One converter per process, reset before each page (Python-Markdown keeps
    footnotes, references and stashed HTML between calls otherwise).
    """
    plain = plain_document_html(body_md)
    if plain is not None:
        return plain
    converter = _converter()
    converter.reset()
    return converter.convert(body_md)


# A character some block, inline pattern, preprocessor or the serializer acts on
# anywhere in a line ("<", "&", ">" are escaped or parsed; "_" unless it sits
# between two word characters, where the smart "_" emphasis can neither open nor
# close), and a line start that could open any block but a paragraph in
# Python-Markdown (heading, list item in any digits, quote, code, rule, setext
# underline): a document holding either, outside the forms written below,
# takes the full converter.
_SPECIAL_CHAR = re.compile(r"[`\\\[<&*\x00-\x09\x0b-\x1f\x7f]")
_EDGE_UNDERSCORE = re.compile(r"(?<!\w)_|_(?!\w)")  # searched only when "_" occurs: 4x faster
_BLOCK_START = re.compile(r"[\s#>=+*_-]|\d+\.[ ]")
_ORDERED_ITEM = re.compile(r"(\d+)\. (.*)")
_HEADING_LINE = re.compile(r"(#{1,6})[ ]+([^\s#][^#]*)")


def plain_document_html(body_md: str) -> str | None:
    """HTML for a body of plain paragraphs, ``#`` headings, ``- ``/``1. `` lists and ``> `` quotes; else None.

    Most imported articles are exactly that. For them this gives the bytes
    Python-Markdown gives (``<p>`` per block of lines, ``<hN id=…>`` per
    heading alone in its block, ids by the same slug function, a tight
    ``<ul>`` per block of ``- `` items, an ``<ol>`` per block of ``1. ``
    items, a ``<blockquote>`` per block of ``> `` lines, one newline
    between blocks) in a fraction of the time. Anything
    else — markup, entities, nested or loose lists, two lists or two quotes
    in a row (Python-Markdown joins those), a repeated heading id, unusual
    whitespace — returns None and goes through Python-Markdown. Equality is
    tested on random documents.
    """
    if _SPECIAL_CHAR.search(body_md) or ("_" in body_md and _EDGE_UNDERSCORE.search(body_md)):
        return None
    parts: list[str] = []
    ids: set[str] = set()
    previous = ""
    for block in _blocks(body_md):
        first = block[0][0]
        if len(block) == 1 and first == "#":
            match = _HEADING_LINE.fullmatch(block[0])
            if match is None or block[0][-1].isspace() or ">" in block[0]:
                return None
            level, text = len(match.group(1)), match.group(2)
            anchor = _heading_slug(text, "-")
            if not anchor or anchor in ids:
                return None  # Python-Markdown would suffix "_1" to it: leave that to Python-Markdown
            ids.add(anchor)
            parts.append(f'<h{level} id="{anchor}">{text}</h{level}>')
            kind = "heading"
        elif first in "->":
            marker = first + " "
            if previous == first or not all(line.startswith(marker) and _plain(line[2:]) for line in block):
                return None
            if first == "-":
                parts.append("<ul>\n" + "\n".join(f"<li>{line[2:]}</li>" for line in block) + "\n</ul>")
            else:
                parts.append("<blockquote>\n<p>" + "\n".join(line[2:] for line in block) + "</p>\n</blockquote>")
            kind = first
        elif first.isdigit() and _ORDERED_ITEM.match(block[0]):
            items = [_ORDERED_ITEM.fullmatch(line) for line in block]
            if previous == "ol" or not all(item and _plain(item[2]) for item in items):
                return None
            start = items[0][1]  # sane_lists numbers a list from its first item
            parts.append(
                ("<ol>\n" if start == "1" else f'<ol start="{start}">\n')
                + "\n".join(f"<li>{item[2]}</li>" for item in items)
                + "\n</ol>"
            )
            kind = "ol"
        else:
            if not all(_plain(line) for line in block):
                return None
            parts.append("<p>" + "\n".join(block) + "</p>")
            kind = "paragraph"
        previous = kind
    return "\n".join(parts)


def _plain(line: str) -> bool:
    """A line Python-Markdown keeps as it is inside a paragraph."""
    return bool(line) and not line[-1].isspace() and ">" not in line and not _BLOCK_START.match(line)


def _blocks(text: str) -> list[list[str]]:
    """Lines grouped into blocks separated by empty lines."""
    blocks: list[list[str]] = []
    current: list[str] = []
    for line in text.split("\n"):
        if line:
            current.append(line)
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks


@functools.lru_cache(maxsize=2)
def _converter(fast: bool = True):
    import markdown  # here, not at module import: a rebuild that converts no body never loads it

    md = markdown.Markdown(
        extensions=list(EXTENSIONS),
        extension_configs={"toc": {"slugify": _heading_slug}},
        output_format="html",
    )
    if fast and _fast_inline_applies(md):
        priority = next(item.priority for item in md.treeprocessors._priority if item.name == "inline")
        md.treeprocessors.register(_plain_text_skipping_inline_class()(md), "inline", priority)
    return md


def _fast_inline_applies(md) -> bool:
    """True when every inline pattern of the converter is a default one the trigger set covers."""
    return {item.name for item in md.inlinePatterns._priority} <= set(_DEFAULT_INLINE_PATTERNS)


@functools.lru_cache(maxsize=1)
def _plain_text_skipping_inline_class():
    from markdown.treeprocessors import InlineProcessor
    from markdown.util import AtomicString

    class PlainTextSkippingInline(InlineProcessor):
        # Python-Markdown's private per-text entry point (name-mangled ``__handleInline``).
        def _InlineProcessor__handleInline(self, data: str, patternIndex: int = 0) -> str:
            if (
                patternIndex == 0
                and not isinstance(data, AtomicString)
                and not _INLINE_TRIGGER.search(data)
                and "  \n" not in data
            ):
                return data
            return super()._InlineProcessor__handleInline(data, patternIndex)

    return PlainTextSkippingInline


def _heading_slug(value: str, separator: str) -> str:
    return slug_for(value, fallback="h")


_TAG_OR_COMMENT = re.compile(r"<!--.*?-->|<[^>]*>", re.DOTALL)


def count_text_chars(html: str) -> int:
    """Non-space characters a reader reads in rendered HTML (tags and comments aside, entities as one).

    A regular expression, not ``Markup.striptags``: that walks the tags in
    Python and cost 1.1 ms per article against 0.3 ms. Spaces and newlines,
    nearly always the only whitespace, are counted rather than split out
    (0.17 → 0.05 ms).
    """
    text = _TAG_OR_COMMENT.sub("", html)
    if "&" in text:
        text = unescape(text)
    if _OTHER_SPACE.search(text):
        return len("".join(text.split()))
    return len(text) - text.count(" ") - text.count("\n")


# Whitespace but a space or a newline (the highest whitespace code point is U+3000),
# as an explicit set: twice as fast to search as the class "[^\S \n]".
_OTHER_SPACE = re.compile(
    "[" + re.escape("".join(ch for ch in map(chr, range(0x3001)) if ch.isspace() and ch not in " \n")) + "]"
)


def convert_body(body_md: str) -> tuple[str, int]:
    """An article body's HTML and its count of readable characters."""
    html = markdown_to_html(body_md)
    return html, count_text_chars(html)
