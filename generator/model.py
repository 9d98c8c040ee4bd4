"""Plain data passed between the pipeline's stages. No behaviour, no I/O.

import:  RawDump ─clean→ CleanDump ─structure→ Article
build:   Page ─index→ SiteIndex ─render→ OutputFile
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal, NamedTuple

BlockKind = Literal["heading", "paragraph", "quote", "list_item"]


@dataclass(frozen=True, slots=True)
class RawDump:
    """One decoded dump (or one record of a JSON Lines dump), before cleaning.

    ``lines[i]`` is line ``i + 1`` of the source file (NFC, invisible format
    characters removed, no line end). For JSON records the body text is split
    into lines and ``title``/``date``/``url``/``tags``/``outlet`` carry explicit fields.
    """

    name: str  # "000_x.txt" or "feed.jsonl#3": the key tools and tests rely on
    sha256: str  # of the dump file's bytes
    lines: tuple[str, ...]
    encoding: str = "utf-8"
    title: str | None = None  # explicit field (JSON dumps)
    date: str | None = None  # explicit field, as written
    crawled: str | None = None  # explicit crawl date, as written
    url: str | None = None
    tags: tuple[str, ...] = ()
    outlet: str | None = None  # explicit field: the outlet's name (JSON "outlet_name", "outlet", "site_name", …)
    line_offset: int = 0  # added to line numbers when reporting (JSON records)


@dataclass(frozen=True, slots=True)
class Block:
    """One unit of article text: a subheading, a paragraph, a quote or a list item."""

    kind: BlockKind
    text: str
    line: int  # 1-based line in the dump


class LineDecision(NamedTuple):
    """What the cleaner did with one non-blank dump line, and why.

    A named tuple rather than a frozen dataclass: the cleaner makes one for every line of
    every dump (a tenth of a million for 10,000 dumps), and a tuple is several times
    quicker to build.
    """

    line: int
    text: str
    kept: bool
    reason: str  # e.g. "body", "heading", "title", "after-end-marker", "share-line"
    flagged: bool = False  # kept although unsure: shown to the editor in the report


@dataclass(frozen=True, slots=True)
class CleanDump:
    """The article text the cleaner kept, with every decision it made."""

    name: str
    sha256: str
    title: str | None
    outlet: str | None  # from a title suffix such as " - أورينت نت"
    blocks: tuple[Block, ...]
    decisions: tuple[LineDecision, ...]
    skip_reason: str | None = None  # set when the dump holds no article


@dataclass(frozen=True, slots=True)
class Article:
    """A structured article ready to become a Markdown file."""

    title: str
    slug: str
    date: dt.date | None
    date_source: str | None
    tags: tuple[str, ...]
    outlet: str | None
    url: str | None
    source_dump: str
    source_sha256: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True, slots=True)
class Page:
    """One content file, loaded and validated."""

    src_path: str  # relative to the content dir, POSIX form
    title: str
    slug: str
    date: dt.date | None
    tags: tuple[str, ...]
    outlet: str | None
    url: str | None
    source_dump: str | None
    body_md: str  # "" once the body is rendered and cached
    summary: str = ""
    body_sha256: str = ""  # of body_md's UTF-8 bytes: the key of its rendered HTML
    title_key: str = ""  # the title folded for sorting (arabic.fold_arabic)
    source_sha256: str | None = None  # of the dump the article was imported from (front matter source.sha256)


@dataclass(frozen=True, slots=True)
class TermPage:
    """One tag and the articles filed under it, newest first."""

    name: str
    slug: str
    pages: tuple[Page, ...]


@dataclass(frozen=True, slots=True)
class MonthArchive:
    year: int
    month: int
    pages: tuple[Page, ...]


@dataclass(frozen=True, slots=True)
class YearArchive:
    year: int
    months: tuple[MonthArchive, ...]

    @property
    def count(self) -> int:
        return sum(len(m.pages) for m in self.months)


@dataclass(frozen=True, slots=True)
class SiteIndex:
    """Everything the renderer needs, computed once from the pages."""

    pages: tuple[Page, ...]  # newest first, undated last
    terms: tuple[TermPage, ...]  # sorted by the Arabic sort key
    years: tuple[YearArchive, ...]  # newest first
    undated: tuple[Page, ...]


@dataclass(frozen=True, slots=True)
class OutputFile:
    """One file of the built site, rendered in memory."""

    dest_path: str  # POSIX path relative to public/, e.g. "articles/x/index.html"
    content: bytes


@dataclass(frozen=True, slots=True)
class PlannedFile:
    """One file the build will produce, before rendering.

    ``key`` hashes everything that goes into the file (template set, settings,
    the data shown); when it equals last build's key the file is not rendered.
    """

    dest_path: str
    key: str
    render: Callable[[], bytes]
    sources: tuple[str, ...] = ()  # content files whose data the file shows (for the build cache)
