"""Load stage: content file text → Page. Pure: the caller reads the file.

Validates the front matter's keys and types after parsing (YAML turns
``no`` into False and ``2015-07-21`` into a date) and names the line of a
bad value.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re

from generator.arabic import fold_arabic
from generator.errors import SourceError
from generator.frontmatter import split_front_matter
from generator.model import Page
from generator.slugs import is_valid_slug, slug_for

_SENTENCE_END_RE = re.compile(r"(?<=[.!؟?])\s")
_SHA256_RE = re.compile(r"[0-9a-f]{64}")
_MD_ESCAPE_RE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>|])")
KNOWN_KEYS = {"title", "slug", "date", "date_source", "tags", "outlet", "url", "source", "draft"}


def load_page(text: str, src_path: str) -> Page:
    """Parse and validate one content file."""
    meta, body, body_line = split_front_matter(text, src_path)

    def fail(key: str, message: str) -> SourceError:
        lines = text.split("\n")
        number = _key_line(lines, key)
        return SourceError(src_path, message, number, context=lines[number - 1] if number else None)

    unknown = sorted(set(meta) - KNOWN_KEYS)
    if unknown:
        raise fail(unknown[0], f"unknown front matter key '{unknown[0]}'")
    title = meta.get("title")
    if not isinstance(title, str) or not title.strip():
        raise fail("title", "title must be a non-empty string")
    slug = meta.get("slug") or slug_for(title)
    if not isinstance(slug, str) or not is_valid_slug(slug):
        raise fail("slug", "slug must be letters and digits joined by single hyphens")
    date = _parse_date(meta.get("date"), fail)
    tags = meta.get("tags") or []
    if isinstance(tags, str):
        tags = [tags]
    if not isinstance(tags, list) or not all(isinstance(t, str) and t.strip() for t in tags):
        raise fail("tags", "tags must be a list of strings")
    outlet = meta.get("outlet")
    if outlet is not None and not isinstance(outlet, str):
        raise fail("outlet", "outlet must be a string")
    url = meta.get("url")
    if url is not None and not isinstance(url, str):
        raise fail("url", "url must be a string")
    source = meta.get("source")
    source_dump = source.get("dump") if isinstance(source, dict) else None
    if source is not None and not isinstance(source_dump, str):
        raise fail("source", "source must be a mapping with a 'dump' file name")
    source_sha256 = source.get("sha256") if isinstance(source, dict) else None
    if not (isinstance(source_sha256, str) and _SHA256_RE.fullmatch(source_sha256)):
        source_sha256 = None  # shown on the page only as the importer writes it
    body_md = body.strip("\n") + "\n"
    return Page(
        src_path=src_path,
        title=title.strip(),
        slug=slug,
        date=date,
        tags=tuple(dict.fromkeys(t.strip() for t in tags)),
        outlet=outlet,
        url=url,
        source_dump=source_dump,
        body_md=body_md,
        summary=first_sentence(body),
        body_sha256=hashlib.sha256(body_md.encode("utf-8")).hexdigest(),
        title_key=fold_arabic(title.strip()),
        source_sha256=source_sha256,
    )


def _parse_date(value: object, fail) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            pass
    raise fail("date", f"date must be YYYY-MM-DD or null, not {value!r}")


def _key_line(lines: list[str], key: str) -> int | None:
    for number, line in enumerate(lines[1:], start=2):
        if line.strip() == "---":
            return None
        if line.startswith(f"{key}:"):
            return number
    return None


def first_sentence(body_md: str, limit: int = 220) -> str:
    """The first sentence of the first paragraph, as plain text, for summaries."""
    for block in body_md.split("\n\n"):
        block = block.strip()
        if not block or block.startswith("#"):
            continue
        text = _MD_ESCAPE_RE.sub(r"\1", " ".join(block.split()))
        text = text.replace("&lt;", "<").replace("&amp;", "&")
        text = text.removeprefix("> ").removeprefix("- ")
        sentence = _SENTENCE_END_RE.split(text, maxsplit=1)[0]
        if len(sentence) > limit:
            cut = sentence[:limit].rsplit(" ", 1)[0]
            sentence = cut + "…"
        return sentence
    return ""
