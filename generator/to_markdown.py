"""Article → Markdown text with YAML front matter. Pure.

Text is never markup: every block is escaped so that the rendered page shows
the dump's characters literally (a line opening with ``#`` stays a hashtag,
``<script>`` stays visible text, ``&amp;`` stays as typed).
"""

from __future__ import annotations

import re

from generator.frontmatter import dump_front_matter
from generator.model import Article, Block

# Characters that Python-Markdown may treat as inline syntax anywhere in a line.
_INLINE_SPECIAL_RE = re.compile(r"([\\`*_\[\]!{}])")
# Python-Markdown cannot backslash-escape these two: write them as entities.
_ENTITIES = {"&": "&amp;", "<": "&lt;"}
# Line openings that would start a block construct.
_BLOCK_START_RE = re.compile(r"^(\s*)([#>+\-]|\d+[.)])")


def escape_markdown(text: str) -> str:
    """Escape text so Markdown renders it literally.

    "# وسم <b>" → "\\# وسم &lt;b>";  "1. بند" → "1\\. بند"
    """
    text = _INLINE_SPECIAL_RE.sub(r"\\\1", text)
    text = text.replace("&", _ENTITIES["&"]).replace("<", _ENTITIES["<"])
    match = _BLOCK_START_RE.match(text)
    if match:
        indent, marker = match.groups()
        if marker[0].isdigit():
            text = f"{indent}{marker[:-1]}\\{marker[-1]}{text[match.end() :]}"
        else:
            text = f"{indent}\\{marker}{text[match.end() :]}"
    return text.strip()


# A list item's own bullet, as scraped ("- بند", "• بند"): the Markdown list gives it.
_BULLET_RE = re.compile(r"^\s*[-•*·▪●]\s+")


def block_to_markdown(block: Block) -> str:
    if block.kind == "list_item":
        return "- " + escape_markdown(_BULLET_RE.sub("", block.text, count=1))
    text = escape_markdown(block.text)
    if block.kind == "heading":
        return f"## {text}"
    if block.kind == "quote":
        return f"> {text}"
    return text


def blocks_to_markdown(blocks: tuple[Block, ...] | list[Block]) -> str:
    """Join blocks with blank lines; consecutive list items form one list."""
    parts: list[str] = []
    previous: Block | None = None
    for block in blocks:
        rendered = block_to_markdown(block)
        if previous is not None:
            tight = block.kind == previous.kind == "list_item"
            parts.append("\n" if tight else "\n\n")
        parts.append(rendered)
        previous = block
    return "".join(parts) + ("\n" if parts else "")


def article_front_matter(article: Article) -> dict:
    """The front matter keys in their fixed order."""
    return {
        "title": article.title,
        "slug": article.slug,
        "date": article.date,
        "date_source": article.date_source,
        "tags": list(article.tags),
        "outlet": article.outlet,
        "url": article.url,
        "source": {"dump": article.source_dump, "sha256": article.source_sha256},
    }


def article_to_markdown(article: Article, body_md: str | None = None) -> str:
    """Render an article as a content file: front matter, blank line, body.

    ``body_md`` is ``blocks_to_markdown(article.blocks)`` when the caller has it already.
    """
    body = blocks_to_markdown(article.blocks) if body_md is None else body_md
    return dump_front_matter(article_front_matter(article)) + "\n" + body
