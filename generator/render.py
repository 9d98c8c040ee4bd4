"""Render stage: SiteIndex → [OutputFile]. Pure apart from reading templates.

All pages are rendered in memory through right-to-left Jinja templates; the
write stage puts them on disk. No clock, no environment: the same index and
config give byte-identical output.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Iterator
from pathlib import Path, PurePosixPath

import jinja2
import markdown
from babel import Locale
from babel.dates import format_date
from babel.numbers import format_decimal
from hijridate import Gregorian

from generator import urls
from generator.arabic import to_eastern_digits, to_western_digits
from generator.config import SiteConfig
from generator.errors import SourceError
from generator.index import paginate
from generator.model import OutputFile, Page, SiteIndex, TermPage
from generator.slugs import slug_for

ARABIC_CHARS_PER_MINUTE = 612  # IReST study: Arabic silent reading speed (characters/min)

# Arabic plural forms of "article", one per CLDR plural category.
ARTICLE_COUNT_FORMS = {
    "zero": "لا مقالات",  # "no articles"
    "one": "مقال واحد",  # "one article"
    "two": "مقالان",  # "two articles" (dual)
    "few": "{n} مقالات",  # 3-10: plural
    "many": "{n} مقالاً",  # 11-99: accusative singular
    "other": "{n} مقال",  # 100, 101, 102…: genitive singular
}

# "minute" by plural category: for reading time.
MINUTE_COUNT_FORMS = {
    "zero": "أقل من دقيقة",  # "under a minute"
    "one": "دقيقة واحدة",  # "one minute"
    "two": "دقيقتان",  # "two minutes" (dual)
    "few": "{n} دقائق",  # 3-10
    "many": "{n} دقيقة",  # 11-99
    "other": "{n} دقيقة",  # 100+
}


def make_environment(templates_dir: Path) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir)),
        autoescape=jinja2.select_autoescape(["html", "xml"]),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    return env


def markdown_to_html(body_md: str) -> str:
    """Render an article body; headings get Arabic-preserving anchors."""
    converter = markdown.Markdown(
        extensions=["toc", "sane_lists"],
        extension_configs={"toc": {"slugify": lambda value, sep: slug_for(value, fallback="h")}},
        output_format="html",
    )
    return converter.convert(body_md)


class Formatter:
    """Locale-aware formatting of dates and numbers for one site config."""

    def __init__(self, config: SiteConfig) -> None:
        self.locale = config.locale
        self.eastern = config.digits == "arabic"

    def digits(self, text: str) -> str:
        return to_eastern_digits(text) if self.eastern else to_western_digits(text)

    def date(self, value: dt.date | None, pattern: str = "d MMMM y") -> str:
        if value is None:
            return ""
        return self.digits(format_date(value, pattern, locale=self.locale))

    def hijri(self, value: dt.date | None) -> str:
        """The Hijri (Umm al-Qura) date, "١٠ ذو الحجة ١٤٣٩ هـ"; "" outside hijridate's range."""
        if value is None:
            return ""
        try:
            hijri = Gregorian(value.year, value.month, value.day).to_hijri()
        except (OverflowError, ValueError):
            return ""
        # "هـ" abbreviates "هجري" (Hijri year)
        return self.digits(f"{hijri.day} {hijri.month_name('ar')} {hijri.year} هـ")

    def month(self, year: int, month: int) -> str:
        return self.date(dt.date(year, month, 1), "MMMM y")

    def month_name(self, month: int) -> str:
        return self.date(dt.date(2000, month, 1), "MMMM")

    def number(self, value: int) -> str:
        return self.digits(format_decimal(value, locale=self.locale, group_separator=False))

    def plural(self, n: int, forms: dict[str, str]) -> str:
        category = Locale.parse(self.locale).plural_form(n)
        return forms[category].format(n=self.number(n))

    def count(self, n: int) -> str:
        """"٣ مقالات", "١١ مقالاً", "مقالان" … by the CLDR plural category of n."""
        return self.plural(n, ARTICLE_COUNT_FORMS)

    def reading_time(self, text: str) -> str:
        """Minutes to read, from characters at the Arabic reading rate: "٣ دقائق"."""
        letters = sum(1 for ch in text if not ch.isspace())
        return self.plural(max(1, math.ceil(letters / ARABIC_CHARS_PER_MINUTE)), MINUTE_COUNT_FORMS)


def render_site(index: SiteIndex, config: SiteConfig, env: jinja2.Environment) -> Iterator[OutputFile]:
    """Yield every output file of the site."""
    renderer = _Renderer(index, config, env)
    yield from renderer.all_files()


class _Renderer:
    def __init__(self, index: SiteIndex, config: SiteConfig, env: jinja2.Environment) -> None:
        self.index = index
        self.config = config
        self.env = env
        self.fmt = Formatter(config)
        self.terms_by_name = {t.name: t for t in index.terms}
        self.position = {p.src_path: i for i, p in enumerate(index.pages)}

    # -- helpers --------------------------------------------------------
    def _render(self, template: str, url: str, sources: tuple[str, ...] = (), **context) -> OutputFile:
        def link(target: str) -> str:
            return urls.relative_url(target, url, portable=self.config.portable)

        def absolute(target: str) -> str:
            return urls.absolute_url(self.config.base_url, target) if self.config.base_url else ""

        try:
            html = self.env.get_template(template).render(
                site=self.config,
                url=url,
                link=link,
                absolute=absolute,
                fmt=self.fmt,
                urls=urls,
                term_slug=lambda name: self.terms_by_name[name].slug,
                **context,
            )
        except jinja2.TemplateSyntaxError as err:
            raise SourceError(err.filename or template, err.message or "syntax error", err.lineno) from None
        except jinja2.UndefinedError as err:
            line = _template_line(err, template)
            raise SourceError(f"templates/{template}", str(err), line) from None
        return OutputFile(urls.dest_path_for(url), html.encode("utf-8"), sources)

    def all_files(self) -> Iterator[OutputFile]:
        pages = self.index.pages
        for page in pages:
            yield self.article(page)
        yield from self.listing(pages, urls.home_url, "home.html", title=self.config.title)
        yield self._render("tags.html", urls.tags_url(), terms=self.index.terms)
        for term in self.index.terms:
            yield from self.listing(
                term.pages,
                lambda n, t=term: urls.term_url(t.slug, n),
                "term.html",
                title=term.name,
                term=term,
            )
            yield self.feed(term.pages, urls.term_feed_url(term.slug), term=term)
        yield self._render("archive.html", urls.archive_url(), years=self.index.years, undated=self.index.undated)
        for year in self.index.years:
            yield self._render("archive_year.html", urls.archive_url(year.year), year=year)
            for month in year.months:
                yield from self.listing(
                    month.pages,
                    lambda n, m=month: urls.archive_url(m.year, m.month) + ("" if n == 1 else f"page/{n}/"),
                    "archive_month.html",
                    title=self.fmt.month(month.year, month.month),
                    month=month,
                )
        if self.index.undated:
            yield from self.listing(
                self.index.undated,
                lambda n: urls.undated_url() + ("" if n == 1 else f"page/{n}/"),
                "archive_undated.html",
                title="مقالات بلا تاريخ",  # "undated articles"
            )
        yield self._render("search.html", urls.search_url())
        yield self._render("404.html", "404.html")
        yield self.feed(pages, "feed.xml", term=None)
        yield self.sitemap()
        yield self._render("robots.txt", "robots.txt")

    def listing(self, items: tuple[Page, ...], url_for, template: str, **context) -> Iterator[OutputFile]:
        chunks = paginate(items, self.config.per_page)
        total = len(chunks)
        for number, chunk in enumerate(chunks, start=1):
            url = url_for(number)
            pager = {
                "number": number,
                "total": total,
                "newer": url_for(number - 1) if number > 1 else None,
                "older": url_for(number + 1) if number < total else None,
            }
            yield self._render(
                template, url, tuple(p.src_path for p in chunk), items=chunk, count=len(items), pager=pager, **context
            )

    def article(self, page: Page) -> OutputFile:
        i = self.position[page.src_path]
        pages = self.index.pages
        newer = pages[i - 1] if i > 0 else None
        older = pages[i + 1] if i + 1 < len(pages) else None
        body_html = markdown_to_html(page.body_md)
        return self._render(
            "article.html",
            urls.article_url(page.slug),
            (page.src_path,),
            page=page,
            body_html=body_html,
            newer=newer,
            older=older,
            related=self.related(page),
            json_ld=self.json_ld(page),
        )

    def related(self, page: Page, limit: int = 5, minimum: int = 3) -> list[Page]:
        """Articles sharing most tags, then nearest in date; at least 3 when the site has them."""
        tags = set(page.tags)
        i = self.position[page.src_path]
        scored = []
        for j, other in enumerate(self.index.pages):
            if other.src_path == page.src_path:
                continue
            shared = len(tags & set(other.tags))
            scored.append((-shared, abs(i - j), j, other))
        scored.sort(key=lambda s: s[:3])
        chosen = [s[3] for s in scored if s[0] < 0][:limit]
        if len(chosen) < minimum:
            extra = [s[3] for s in sorted(scored, key=lambda s: (s[1], s[2])) if s[3] not in chosen]
            chosen += extra[: minimum - len(chosen)]
        return chosen

    def json_ld(self, page: Page) -> str:
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": page.title,
            "inLanguage": "ar",
        }
        if page.date:
            data["datePublished"] = page.date.isoformat()
        if page.outlet:
            data["publisher"] = {"@type": "Organization", "name": page.outlet}
        if page.tags:
            data["keywords"] = list(page.tags)
        text = json.dumps(data, ensure_ascii=False, sort_keys=True)
        return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")

    def feed(self, items: tuple[Page, ...], url: str, term: TermPage | None) -> OutputFile:
        entries = items[: self.config.feed_size]
        dated = [p.date for p in items if p.date]
        updated = max(dated) if dated else dt.date(1970, 1, 1)
        return self._render("feed.xml", url, tuple(p.src_path for p in entries), entries=entries, term=term, updated=updated)

    def sitemap(self) -> OutputFile:
        locs: list[tuple[str, dt.date | None]] = [(urls.home_url(), None)]
        locs += [(urls.article_url(p.slug), p.date) for p in self.index.pages]
        locs += [(urls.tags_url(), None)] + [(urls.term_url(t.slug), None) for t in self.index.terms]
        locs += [(urls.archive_url(), None)]
        for year in self.index.years:
            locs.append((urls.archive_url(year.year), None))
            locs += [(urls.archive_url(m.year, m.month), None) for m in year.months]
        return self._render("sitemap.xml", "sitemap.xml", locs=locs)


def _template_line(err: Exception, template: str) -> int | None:
    tb = err.__traceback__
    line = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename.endswith(template):
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


def output_paths(files: list[OutputFile]) -> set[PurePosixPath]:
    return {f.dest_path for f in files}
