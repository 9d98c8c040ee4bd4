"""Index stage: [Page] → SiteIndex. Pure.

Orders articles newest first (undated last), groups them by tag (term) and
by year and month, and makes page slugs and term slugs unique.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Iterable

from generator.arabic import fold_arabic, sort_key
from generator.model import MonthArchive, Page, SiteIndex, TermPage, YearArchive
from generator.slugs import slug_for, unique_slug


def page_order_key(page: Page) -> tuple:
    """Newest first; undated after all dated; ties by title, then path."""
    title = (page.title_key or fold_arabic(page.title), page.title)
    if page.date is None:
        return (1, 0, title, page.src_path)
    return (0, -page.date.toordinal(), title, page.src_path)


def build_index(pages: Iterable[Page]) -> SiteIndex:
    ordered = sorted(pages, key=page_order_key)
    ordered = _unique_page_slugs(ordered)
    by_term: dict[str, list[Page]] = defaultdict(list)
    for page in ordered:
        for tag in page.tags:
            by_term[tag].append(page)
    taken: set[str] = set()
    terms = []
    for name in sorted(by_term, key=sort_key):
        slug = unique_slug(slug_for(name, fallback="tag"), taken, name)
        taken.add(slug)
        terms.append(TermPage(name=name, slug=slug, pages=tuple(by_term[name])))
    by_month: dict[tuple[int, int], list[Page]] = defaultdict(list)
    for page in ordered:
        if page.date is not None:
            by_month[(page.date.year, page.date.month)].append(page)
    years = []
    for year in sorted({y for y, _ in by_month}, reverse=True):
        months = tuple(
            MonthArchive(year=year, month=month, pages=tuple(by_month[(year, month)]))
            for (y, month) in sorted(by_month, reverse=True)
            if y == year
        )
        years.append(YearArchive(year=year, months=months))
    undated = tuple(p for p in ordered if p.date is None)
    return SiteIndex(pages=tuple(ordered), terms=tuple(terms), years=tuple(years), undated=undated)


def _unique_page_slugs(pages: list[Page]) -> list[Page]:
    """Two files with the same slug: the one whose path sorts first keeps it."""
    taken: set[str] = set()
    result = []
    for page in sorted(pages, key=lambda p: p.src_path):
        slug = unique_slug(page.slug, taken, page.src_path)
        taken.add(slug)
        result.append(page if slug == page.slug else dataclasses.replace(page, slug=slug))
    by_path = {p.src_path: p for p in result}
    return [by_path[p.src_path] for p in pages]


def paginate(items: tuple, per_page: int) -> list[tuple]:
    """Split into pages of ``per_page``; an empty list still gives one (empty) page."""
    if not items:
        return [()]
    return [items[i : i + per_page] for i in range(0, len(items), per_page)]
