"""Structure stage: CleanDump (+ its RawDump) → Article. Pure.

Adds the metadata the cleaner does not decide: the date (and where it came
from), tags (stated by the dump, declared in tags.toml, else key terms of the
archive), the slug. Never invents a date.
"""

from __future__ import annotations

from generator.dates import find_dump_date
from generator.model import Article, CleanDump, RawDump
from generator.slugs import slug_for
from generator.tags import TagVocabulary, TermStats, assign_tags


def article_text(clean: CleanDump) -> str:
    """The article's body as plain lines, for tagging."""
    return "\n".join(block.text for block in clean.blocks)


def structure_article(
    raw: RawDump,
    clean: CleanDump,
    *,
    slug_style: str = "arabic",
    explicit_date: str | None = None,
    explicit_label: str = "explicit",
    vocabulary: TagVocabulary | None = None,
    term_stats: TermStats | None = None,
    encoded: tuple | None = None,
) -> Article:
    """Combine the cleaner's text with date, tags, slug and provenance.

    ``encoded`` is ``encode_article(title, article_text(clean))`` if the caller has it.
    The slug is not yet unique across the archive; ``unique_slug`` in the
    write stage settles that against what is already in ``content/``.
    """
    if clean.title is None:
        raise ValueError(f"{clean.name}: structure_article needs a title (skipped dumps have none)")
    finding = find_dump_date(
        raw.lines,
        title=clean.title,
        name=raw.name,
        explicit=explicit_date or raw.date,
        explicit_label=explicit_label if explicit_date else "dump field 'date'",
        crawled=raw.crawled,
        url=raw.url,
    )
    fallback = f"article-{clean.sha256[:8]}"
    return Article(
        title=clean.title,
        slug=slug_for(clean.title, style=slug_style, fallback=fallback),
        date=finding.date,
        date_source=finding.source,
        tags=assign_tags(
            article_text(clean),
            title=clean.title,
            stated=raw.tags,
            vocabulary=vocabulary or TagVocabulary(),
            stats=term_stats,  # None: no automatic tags
            encoded=encoded,
        ),
        outlet=raw.outlet or clean.outlet,  # the dump's own field, else the title's suffix
        url=raw.url,
        source_dump=raw.name,
        source_sha256=raw.sha256,
        blocks=clean.blocks,
    )
