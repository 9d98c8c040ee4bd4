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
    plain = _plain_document(body_md)
    return plain[0] if plain is not None else _converted_html(body_md)


def _converted_html(body_md: str) -> str:
    converter = _converter()
    converter.reset()
    return converter.convert(body_md)


# A character some block, inline pattern, preprocessor or the serializer acts on
# anywhere in a line ("<", ">" are escaped or parsed; "_" unless it sits
# between two word characters, where the smart "_" emphasis can neither open nor
# close), and a line start that could open any block but a paragraph in
# Python-Markdown (heading, list item in any digits, quote, code, rule, setext
# underline): a document holding either, outside the forms written below,
# takes the full converter. "&" and "\\" are checked apart: the importer writes
# them in forms this shortcut renders (``_ENTITIES``, ``_ESCAPE``).
_SPECIAL_CHARS = r"`\[<*\x00-\x09\x0b-\x1f\x7f"
_SPECIAL_CHAR = re.compile(f"[{_SPECIAL_CHARS}]")
# Whitespace but a space or a newline (the highest whitespace code point is U+3000),
# as an explicit set: twice as fast to search as the class "[^\S \n]".
_OTHER_SPACE_CHARS = "".join(ch for ch in map(chr, range(0x3001)) if ch.isspace() and ch not in " \n")
_OTHER_SPACE = re.compile(f"[{re.escape(_OTHER_SPACE_CHARS)}]")
# Either, in one pass over the body (both are rare): then each is looked for alone.
_SPECIAL_OR_OTHER_SPACE = re.compile(f"[{_SPECIAL_CHARS}{re.escape(_OTHER_SPACE_CHARS)}]")
# An "_" not between two word characters: after a non-word character (the two characters
# ending at the "_" are not "word, _") or before one. Written to start with the "_" itself,
# which the regex engine finds with a quick scan: "(?<!\w)_|_(?!\w)" tried the lookbehind
# at every character (360 µs against 4 µs on a body holding an "_").
_EDGE_UNDERSCORE = re.compile(r"_(?:(?<!\w_)|(?!\w))")
_BLOCK_START = re.compile(r"[\s#>=+*_-]|\d+\.[ ]")
_ORDERED_ITEM = re.compile(r"(\d+)\. (.*)")
_HEADING_LINE = re.compile(r"(#{1,6})[ ]+([^\s#](?:.*[^#])?)")  # "#" inside ("#وسم"), not closing it
# The entities the importer writes for "&" and "<": Python-Markdown keeps them as they are.
_ENTITIES = ("&amp;", "&lt;")
# A backslash escape Python-Markdown turns into the character itself ("\\!" → "!"); the
# importer writes these. ">" is left out: it is shown as "&gt;".
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!])")
# While the shortcut reads a document, each escaped character stands as a private-use one.
_STAND_IN = {ch: chr(0xE000 + i) for i, ch in enumerate("\\`*_{}[]()#+-.!")}


def plain_document_html(body_md: str) -> str | None:
    """HTML for a body of plain paragraphs, ``#`` headings, ``- ``/``1. `` lists and ``> `` quotes; else None.

    Most imported articles are exactly that. For them this gives the bytes
    Python-Markdown gives (``<p>`` per block of lines, ``<hN id=…>`` per
    heading alone in its block, ids by the same slug function, a tight
    ``<ul>`` per block of ``- `` items, an ``<ol>`` per block of ``1. ``
    items, a ``<blockquote>`` per block of ``> `` lines, one newline
    between blocks) in a fraction of the time, with what the importer writes
    for literal characters ("&amp;", "&lt;", backslash escapes: "\\!") and the
    numbered anchors of a repeated heading (``_unique_anchor``). Anything
    else — markup, other entities, an escape in a heading, nested or loose
    lists, two lists or two quotes in a row (Python-Markdown joins those),
    unusual whitespace — returns None and goes through Python-Markdown.
    Equality is tested on random documents.
    """
    plain = _plain_document(body_md)
    return plain[0] if plain is not None else None


def _plain_document(body_md: str) -> tuple[str, bool] | None:
    """``plain_document_html``'s HTML, and whether the document holds whitespace but spaces and newlines."""
    if "&" in body_md and body_md.count("&") != sum(map(body_md.count, _ENTITIES)):
        return None
    escaped: set[str] = set()
    if "\\" in body_md:
        escaped = set(_ESCAPE.findall(body_md))
        if any(_STAND_IN[ch] in body_md for ch in escaped):
            return None
        body_md = _ESCAPE.sub(lambda m: _STAND_IN[m.group(1)], body_md)
        if "\\" in body_md:  # a backslash before anything else: Python-Markdown keeps it
            return None
    has_other_space = False
    if _SPECIAL_OR_OTHER_SPACE.search(body_md):
        if _SPECIAL_CHAR.search(body_md):
            return None
        has_other_space = True
    if "_" in body_md and _EDGE_UNDERSCORE.search(body_md):
        return None
    stand_ins = [_STAND_IN[ch] for ch in escaped]
    parts: list[str] = []
    ids: set[str] = set()
    previous = ""
    for block in _blocks(body_md):
        first = block[0][0]
        if len(block) == 1 and first == "#":
            match = _HEADING_LINE.fullmatch(block[0])
            if match is None or block[0][-1].isspace() or ">" in block[0] or "&" in block[0]:
                return None
            if stand_ins and any(c in block[0] for c in stand_ins):
                return None  # its anchor is made from the shown text: leave that to Python-Markdown
            level, text = len(match.group(1)), match.group(2)
            anchor = _heading_slug(text, "-")
            if not anchor:
                return None
            anchor = _unique_anchor(anchor, ids)
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
    html = "\n".join(parts)
    for ch in escaped:
        html = html.replace(_STAND_IN[ch], ch)
    return html, has_other_space


def _unique_anchor(anchor: str, ids: set[str]) -> str:
    """A heading's anchor, numbered when an earlier heading has it: "الخلاصة", "الخلاصة-1", "الخلاصة-2"
    (as Hugo and GitHub number them; Python-Markdown's "_1" is renamed by ``NumberedAnchors``)."""
    if anchor in ids:
        n = 1
        while f"{anchor}-{n}" in ids:
            n += 1
        anchor = f"{anchor}-{n}"
    ids.add(anchor)
    return anchor


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
    md.treeprocessors.register(_numbered_anchors_class()(md), "numbered_anchors", 4)  # after toc (5)
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


# The "_N" Python-Markdown's toc appends to a repeated anchor (slugs themselves never hold "_").
_TOC_NUMBER = re.compile(r"_\d+$")
_HEADING_TAGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))


@functools.lru_cache(maxsize=1)
def _numbered_anchors_class():
    from markdown.treeprocessors import Treeprocessor

    class NumberedAnchors(Treeprocessor):
        """Heading anchors numbered as ``_unique_anchor`` numbers them, not with toc's "_1"."""

        def run(self, root) -> None:
            ids: set[str] = set()
            renamed: dict[str, str] = {}
            for el in root.iter():
                anchor = el.get("id")
                if anchor is not None and el.tag in _HEADING_TAGS:
                    renamed["#" + anchor] = "#" + _unique_anchor(_TOC_NUMBER.sub("", anchor), ids)
                    el.set("id", renamed["#" + anchor][1:])
            for el in root.iter("a"):  # a [TOC] the editor wrote links to the headings
                href = el.get("href")
                if href in renamed:
                    el.set("href", renamed[href])

    return NumberedAnchors


def _heading_slug(value: str, separator: str) -> str:
    return slug_for(value, fallback="h")


_TAG_OR_COMMENT = re.compile(r"<!--.*?-->|<[^>]*>", re.DOTALL)


def count_text_chars(html: str, *, has_other_space: bool = True) -> int:
    """Non-space characters a reader reads in rendered HTML (tags and comments aside, entities as one).

    A regular expression, not ``Markup.striptags``: that walks the tags in
    Python and cost 1.1 ms per article against 0.3 ms. Spaces and newlines,
    nearly always the only whitespace, are counted rather than split out
    (0.17 → 0.05 ms). ``has_other_space=False`` says the HTML holds no other
    whitespace (the plain path knows it of its documents): then it is not looked for.
    """
    text = _TAG_OR_COMMENT.sub("", html)
    if "&" in text:
        text = unescape(text)
    if has_other_space and _OTHER_SPACE.search(text):
        return len("".join(text.split()))
    return len(text) - text.count(" ") - text.count("\n")


def convert_body(body_md: str) -> tuple[str, int]:
    """An article body's HTML and its count of readable characters."""
    plain = _plain_document(body_md)
    if plain is None:
        html = _converted_html(body_md)
        return html, count_text_chars(html)
    html, has_other_space = plain
    return html, count_text_chars(html, has_other_space=has_other_space)
