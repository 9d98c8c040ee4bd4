"""Render stage: SiteIndex → [OutputFile]. Pure apart from reading templates.

All pages are rendered in memory through right-to-left Jinja templates; the
write stage puts them on disk. No clock, no environment: the same index and
config give byte-identical output.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import math
import types
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import jinja2
import markupsafe
from babel import Locale
from babel.dates import format_date
from babel.numbers import format_decimal

from generator import urls
from generator.arabic import to_eastern_digits, to_western_digits
from generator.body import convert_body
from generator.config import SiteConfig
from generator.errors import SourceError
from generator.index import paginate
from generator.model import Page, PlannedFile, SiteIndex, TermPage

SITEMAP_MAX_URLS = 50_000  # per sitemap file (sitemaps.org protocol)
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


class _Context(jinja2.runtime.Context):
    """Jinja's context with a shorter path for calling plain Python functions and methods.

    ``Context.call`` inspects every callable for ``pass_context`` and friends
    on every call (about 3 µs); templates here call plain functions (``link``,
    ``fmt.date``, ``urls.article_url`` …) some fifty times per page. Anything
    marked for Jinja, and macros, take Jinja's own path.
    """

    def call(__self, __obj, *args, **kwargs):  # noqa: N805 - Jinja's own signature
        if type(__obj) in _PLAIN_CALLABLES and not hasattr(__obj, "jinja_pass_arg"):
            kwargs.pop("_loop_vars", None)
            kwargs.pop("_block_vars", None)
            try:
                return __obj(*args, **kwargs)
            except StopIteration:
                return __self.environment.undefined("value was undefined because a callable raised StopIteration")
        return super().call(__obj, *args, **kwargs)


_PLAIN_CALLABLES = frozenset({types.FunctionType, types.MethodType, types.BuiltinFunctionType})

# Longer strings (article bodies come marked safe anyway) are escaped each time, not kept.
ESCAPE_MEMO_MAX_CHARS = 1000


class _Template(jinja2.Template):
    """Jinja's template, its ``{{ … }}`` output escaped through ``_memo_escape``.

    A list page escapes some 150 values (titles, summaries, tags, links, dates),
    nearly all shown on other pages too: markupsafe's ``escape`` costs ~2 µs a
    call (a fifth of rendering a list page), a lookup in the environment's memo
    a tenth of that. The output is the same: the memo holds what ``escape``
    returned for that exact ``str``.
    """

    @classmethod
    def from_code(cls, environment, code, globals, uptodate=None):  # noqa: A002 - Jinja's own signature
        template = super().from_code(environment, code, globals, uptodate)
        # The compiled module's functions (root, blocks, macros) look ``escape`` up in its namespace.
        template.root_render_func.__globals__["escape"] = environment.output_escape
        return template


def _memo_escape(memo: dict[str, markupsafe.Markup]) -> Callable[[object], markupsafe.Markup]:
    """markupsafe's ``escape``, remembering its result for each plain ``str`` (not a Markup, equal as a key)."""
    escape = markupsafe.escape

    def memo_escape(value: object) -> markupsafe.Markup:
        if type(value) is str and len(value) <= ESCAPE_MEMO_MAX_CHARS:
            escaped = memo.get(value)
            if escaped is None:
                escaped = memo[value] = escape(value)
            return escaped
        return escape(value)

    return memo_escape


def make_environment(templates_dir: Path, compiled_dir: Path | None = None) -> jinja2.Environment:
    """A build's template environment (each build makes its own: a template edit shows in the next).

    With ``compiled_dir``, compiled templates are kept there (Jinja's bytecode cache, keyed by
    each template's source and Jinja's version): a rebuild skips compiling them (~50 ms of a
    one-change rebuild at 10,000 articles).
    """
    if compiled_dir is not None:
        compiled_dir.mkdir(parents=True, exist_ok=True)
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir)),
        bytecode_cache=jinja2.FileSystemBytecodeCache(str(compiled_dir)) if compiled_dir is not None else None,
        auto_reload=False,  # no stat of the template file per page rendered (2-3 % of rendering)
        autoescape=jinja2.select_autoescape(["html", "xml"]),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.context_class = _Context
    env.template_class = _Template
    env.output_escape = _memo_escape({})  # one memo per build's environment (and per render worker)
    return env


class Formatter:
    """Locale-aware formatting of dates and numbers for one site config (memoised: pure)."""

    def __init__(self, config: SiteConfig) -> None:
        self.locale = config.locale
        self.babel_locale = Locale.parse(config.locale)
        self.eastern = config.digits == "arabic"
        self._memo: dict[tuple, str] = {}

    def digits(self, text: str) -> str:
        return to_eastern_digits(text) if self.eastern else to_western_digits(text)

    def date(self, value: dt.date | None, pattern: str = "d MMMM y") -> str:
        if value is None:
            return ""
        key = ("date", value, pattern)
        if key not in self._memo:
            self._memo[key] = self.digits(format_date(value, pattern, locale=self.babel_locale))
        return self._memo[key]

    def hijri(self, value: dt.date | None) -> str:
        """The Hijri (Umm al-Qura) date, "١٠ ذو الحجة ١٤٣٩ هـ"; "" outside hijridate's range."""
        if value is None:
            return ""
        from hijridate import Gregorian  # only sites that show Hijri dates load it

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
        key = ("number", value)
        if key not in self._memo:
            text = format_decimal(value, locale=self.babel_locale, group_separator=False)
            self._memo[key] = self.digits(text)
        return self._memo[key]

    def plural(self, n: int, forms: dict[str, str]) -> str:
        category = self.babel_locale.plural_form(n)
        return forms[category].format(n=self.number(n))

    def count(self, n: int) -> str:
        """ "٣ مقالات", "١١ مقالاً", "مقالان" … by the CLDR plural category of n."""
        return self.plural(n, ARTICLE_COUNT_FORMS)

    def reading_time_from_chars(self, chars: int) -> str:
        """Minutes to read at the Arabic reading rate: 1,900 characters → "٤ دقائق"."""
        return self.plural(max(1, math.ceil(chars / ARABIC_CHARS_PER_MINUTE)), MINUTE_COUNT_FORMS)


@dataclass(frozen=True, slots=True)
class SitePlan:
    """Every output file, planned; and each article's related articles (for the build cache)."""

    files: list[PlannedFile]
    related: dict[str, tuple[str, ...]]


def plan_site(
    index: SiteIndex,
    config: SiteConfig,
    env: jinja2.Environment,
    body_html: Callable[[Page], tuple[str, int]] | None = None,
    fingerprint: str = "",
    related_hint: dict[str, tuple[str, ...]] | None = None,
    only: set[str] | None = None,
) -> SitePlan:
    """Plan every output file of the site: its path, its key, and how to render it.

    ``body_html(page)`` gives an article's rendered body and its character
    count (from the build cache); by default the body is converted here.
    ``fingerprint`` stands for the templates and settings: part of every key.
    ``related_hint`` is last build's related lists, valid when no article's
    date, tags or presence changed (then they need not be recomputed).
    ``only`` limits the plan to these output paths (a rebuild that knows,
    from the build cache, which files show the articles that changed).
    """
    convert = body_html or (lambda page: convert_body(page.body_md))
    renderer = _Renderer(index, config, env, convert, fingerprint, related_hint, only)
    files = [f for f in renderer.all_files() if f is not None]
    return SitePlan(files, renderer.related_map)


def _digest(*parts: object) -> str:
    text = "\x1f".join([part if isinstance(part, str) else repr(part) for part in parts])
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()


def _page_signature(page: Page) -> str:
    """What of a page shows on other pages (lists, feeds, neighbours)."""
    fields = (page.slug, page.title, str(page.date), *page.tags, page.summary, str(page.outlet))
    return "\0".join(fields)


class _Renderer:
    def __init__(
        self,
        index: SiteIndex,
        config: SiteConfig,
        env: jinja2.Environment,
        body_html: Callable[[Page], tuple[str, int]],
        fingerprint: str,
        related_hint: dict[str, tuple[str, ...]] | None = None,
        only: set[str] | None = None,
    ) -> None:
        self.index = index
        self.only = only
        self.config = config
        self.env = env
        self.body_html = body_html
        self.fingerprint = fingerprint
        self.fmt = Formatter(config)
        self.terms_by_name = {t.name: t for t in index.terms}
        self.position = {p.src_path: i for i, p in enumerate(index.pages)}
        self.by_path = {p.src_path: p for p in index.pages}
        self._links: dict[tuple[str, int], str] = {}  # (target, depth of the linking page) → link
        self._quoted: dict[str, str] = {}  # link target → quoted (shared by every depth)
        self._tag_links: dict[tuple[str, int], str] = {}
        self._sig: dict[str, str] = {}
        if related_hint is not None and related_hint.keys() == self.by_path.keys():
            self.related_map = related_hint
        else:
            self.related_map = self._all_related()

    # -- helpers --------------------------------------------------------
    def _wanted(self, url: str) -> bool:
        return self.only is None or urls.dest_path_for(url) in self.only

    def _plan(self, template: str, url: str, data, sources=(), **context) -> PlannedFile | None:
        """A file rendered from ``template`` at ``url``; ``data()`` gives what its key hashes."""
        if not self._wanted(url):
            return None
        key = _digest(self.fingerprint, template, url, *data())
        return PlannedFile(
            urls.dest_path_for(url),
            key,
            functools.partial(self._render, template, url, **context),
            tuple(p.src_path for p in sources),
        )

    def sig(self, page: Page) -> str:
        """A short hash of what other pages show of ``page``: keys stay cheap."""
        found = self._sig.get(page.src_path)
        if found is None:
            found = self._sig[page.src_path] = _digest(_page_signature(page), *self._term_slugs(page))[:16]
        return found

    def _term_slugs(self, page: Page) -> tuple[str, ...]:
        return tuple(self.terms_by_name[t].slug for t in page.tags)

    def _sigs(self, pages) -> str:
        memo = self._sig
        try:  # a list page's articles were nearly always signed already (140,000 lookups at 10,000 articles)
            return "".join([memo[p.src_path] for p in pages])
        except KeyError:
            return "".join([self.sig(p) for p in pages])

    def _quote(self, target: str) -> str:
        """``urls.quote_url(target)``, once per target: the pages and the sitemap link to each article."""
        found = self._quoted.get(target)
        if found is None:
            found = self._quoted[target] = urls.quote_url(target)
        return found

    def _render(self, template: str, url: str, **context) -> bytes:
        depth = url.count("/")
        memo, portable = self._links, self.config.portable

        def link(target: str) -> str:
            key = (target, depth)
            found = memo.get(key)
            if found is None:
                found = memo[key] = urls.relative_quoted_url(
                    self._quote(urls.link_target(target, portable=portable)), depth
                )
            return found

        def tag_link(name: str) -> str:
            """link(urls.term_url(term_slug(name))) in one call: list pages make thousands."""
            key = (name, depth)
            if key not in tag_links:
                tag_links[key] = link(urls.term_url(self.terms_by_name[name].slug))
            return tag_links[key]

        def article_link(page: Page) -> str:
            return link(urls.article_url(page.slug))

        tag_links = self._tag_links
        if url == "404.html" and not self.config.portable:
            # A server answers a missing page at any depth with 404.html: its links
            # cannot be relative. Absolute with base_url, else from the site root.
            def link(target: str) -> str:  # noqa: F811
                if self.config.base_url:
                    return urls.absolute_url(self.config.base_url, target)
                return urls.absolute_url("/", target)

            tag_links = {}  # absolute links: not the shared depth-0 ones

        absolutes: dict[str, str] = {}  # templates ask for the page's own URL up to four times; sitemaps, for every URL

        def absolute(target: str) -> str:
            if target not in absolutes:
                base = self.config.base_url
                absolutes[target] = urls.absolute_quoted_url(base, self._quote(target)) if base else ""
            return absolutes[target]

        try:
            html = self.env.get_template(template).render(
                site=self.config,
                url=url,
                link=link,
                tag_link=tag_link,
                article_link=article_link,
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
        return html.encode("utf-8")

    def all_files(self) -> Iterator[PlannedFile]:
        pages = self.index.pages
        for page in pages:
            yield self.article(page)
        yield from self.listing(pages, urls.home_url, "home.html", title=self.config.title)
        terms = self.index.terms
        yield self._plan(
            "tags.html", urls.tags_url(), lambda: [repr([(t.name, t.slug, len(t.pages)) for t in terms])], terms=terms
        )
        for term in terms:
            yield from self.listing(
                term.pages,
                lambda n, t=term: urls.term_url(t.slug, n),
                "term.html",
                title=term.name,
                term=term,
            )
            yield self.feed(term.pages, urls.term_feed_url(term.slug), term=term)
        years, undated = self.index.years, self.index.undated
        archive_data = lambda: [repr([(m.year, m.month, len(m.pages)) for y in years for m in y.months]), len(undated)]  # noqa: E731
        yield self._plan("archive.html", urls.archive_url(), archive_data, years=years, undated=undated)
        for year in years:
            year_pages = [p for m in year.months for p in m.pages]

            def year_data(year=year, year_pages=year_pages) -> list:
                return [repr([(m.month, len(m.pages)) for m in year.months]), self._sigs(year_pages)]

            yield self._plan("archive_year.html", urls.archive_url(year.year), year_data, year_pages, year=year)
            for month in year.months:
                yield from self.listing(
                    month.pages,
                    lambda n, m=month: urls.archive_url(m.year, m.month) + ("" if n == 1 else f"page/{n}/"),
                    "archive_month.html",
                    title=self.fmt.month(month.year, month.month),
                    month=month,
                )
        if undated:
            yield from self.listing(
                undated,
                lambda n: urls.undated_url() + ("" if n == 1 else f"page/{n}/"),
                "archive_undated.html",
                title="مقالات بلا تاريخ",  # "undated articles"
            )
        yield self._plan("search.html", urls.search_url(), list)
        yield self._plan("404.html", "404.html", list)
        yield self.feed(pages, "feed.xml", term=None)
        yield from self.sitemaps()
        yield self._plan("robots.txt", "robots.txt", list)

    def listing(self, items: tuple[Page, ...], url_for, template: str, **context) -> Iterator[PlannedFile]:
        chunks = paginate(items, self.config.per_page)
        total = len(chunks)
        for number, chunk in enumerate(chunks, start=1):
            url = url_for(number)
            if not self._wanted(url):
                continue
            pager = {
                "number": number,
                "total": total,
                "newer": url_for(number - 1) if number > 1 else None,
                "older": url_for(number + 1) if number < total else None,
            }
            data = (
                self._sigs(chunk),
                len(items),
                repr(sorted(pager.items(), key=str)),
                repr(sorted((k, getattr(v, "name", v)) for k, v in context.items() if k != "month")),
            )
            yield self._plan(
                template, url, lambda data=data: data, chunk, items=chunk, count=len(items), pager=pager, **context
            )

    def article(self, page: Page) -> PlannedFile | None:
        dest = urls.dest_path_for(urls.article_url(page.slug))
        if self.only is not None and dest not in self.only:
            return None
        i = self.position[page.src_path]
        pages = self.index.pages
        newer = pages[i - 1] if i > 0 else None
        older = pages[i + 1] if i + 1 < len(pages) else None
        related = [self.by_path[src] for src in self.related_map[page.src_path]]
        data = (
            page.body_sha256 or page.body_md,
            page.url,
            page.source_dump,
            page.source_sha256 or "",
            self.sig(page),
            self.sig(newer) if newer else "",
            self.sig(older) if older else "",
            self._sigs(related),
        )

        def render() -> bytes:
            body_html, chars = self.body_html(page)
            return self._render(
                "article.html",
                urls.article_url(page.slug),
                page=page,
                body_html=body_html,
                reading_time=self.fmt.reading_time_from_chars(chars),
                newer=newer,
                older=older,
                related=related,
                json_ld=self.json_ld(page),
            )

        shown = (page, *(p for p in (newer, older) if p), *related)
        return PlannedFile(dest, _digest(self.fingerprint, "article", *data), render, tuple(p.src_path for p in shown))

    def _all_related(self) -> dict[str, tuple[str, ...]]:
        pages = self.index.pages
        position = self.position
        tagsets = [frozenset(p.tags) for p in pages]
        # For each tag, the archive positions of its articles (in the tag's own order)
        # and where each article sits in that list.
        members = {t.name: [position[p.src_path] for p in t.pages] for t in self.index.terms}
        at = {name: {pos: k for k, pos in enumerate(seq)} for name, seq in members.items()}
        return {
            p.src_path: tuple(pages[c].src_path for c in self.related(i, p.tags, tagsets, members, at))
            for i, p in enumerate(pages)
        }

    def related(
        self, i: int, tags, tagsets, members, at, limit: int = 5, minimum: int = 3, reach: int = 3
    ) -> list[int]:
        """Positions of the articles sharing most tags with article ``i``, then nearest in date.

        At least ``minimum`` when the site has them. Candidates are the ``reach``
        nearest articles on each side in each of the page's tags (and in the
        whole archive), so the cost per page stays small at any archive size.
        """
        candidates = set(range(max(0, i - reach), min(len(tagsets), i + reach + 1)))
        for tag in tags:
            seq = members[tag]
            k = at[tag][i]
            candidates.update(seq[max(0, k - reach) : k + reach + 1])
        candidates.discard(i)
        mine = tagsets[i]
        ranked = sorted([(-len(mine & tagsets[c]), abs(c - i), c) for c in candidates])
        chosen = [c for shared, _, c in ranked if shared < 0][:limit]
        for _, _, c in ranked:
            if len(chosen) >= minimum:
                break
            if c not in chosen:
                chosen.append(c)
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

    def feed(self, items: tuple[Page, ...], url: str, term: TermPage | None) -> PlannedFile:
        entries = items[: self.config.feed_size]
        dated = [p.date for p in items if p.date]
        updated = max(dated) if dated else dt.date(1970, 1, 1)
        data = lambda: (self._sigs(entries), str(updated), term.name if term else "")  # noqa: E731
        return self._plan("feed.xml", url, data, entries, entries=entries, term=term, updated=updated)

    def sitemaps(self) -> Iterator[PlannedFile | None]:
        """sitemap.xml; past ``SITEMAP_MAX_URLS`` addresses, a sitemap index of sitemap-N.xml files.

        The sitemaps protocol allows 50,000 addresses per file: an archive of
        100,000 articles needs several, listed by the index that robots.txt names.
        """
        if self.only is not None and not any(dest.startswith("sitemap") for dest in self.only):
            return
        locs: list[tuple[str, dt.date | None]] = [(urls.home_url(), None)]
        locs += [(urls.article_url(p.slug), p.date) for p in self.index.pages]
        locs += [(urls.tags_url(), None)] + [(urls.term_url(t.slug), None) for t in self.index.terms]
        locs += [(urls.archive_url(), None)]
        for year in self.index.years:
            locs.append((urls.archive_url(year.year), None))
            locs += [(urls.archive_url(m.year, m.month), None) for m in year.months]
        if len(locs) <= SITEMAP_MAX_URLS:
            yield self._plan("sitemap.xml", "sitemap.xml", lambda: [repr(locs)], locs=locs)
            return
        names = []
        for start in range(0, len(locs), SITEMAP_MAX_URLS):
            part = locs[start : start + SITEMAP_MAX_URLS]
            names.append(f"sitemap-{len(names) + 1}.xml")
            yield self._plan("sitemap.xml", names[-1], lambda part=part: [repr(part)], locs=part)
        yield self._plan("sitemap_index.xml", "sitemap.xml", lambda: names, sitemaps=names)


def _template_line(err: Exception, template: str) -> int | None:
    tb = err.__traceback__
    line = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename.endswith(template):
            line = tb.tb_lineno
        tb = tb.tb_next
    return line
