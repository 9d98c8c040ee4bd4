"""Where each page of the site lives, and relative links between them. Pure.

URLs here are site-relative without a leading slash: "" is the home page,
"articles/<slug>/" an article, "feed.xml" a file. Every link written into a
page is relative to that page, so the site works at "/" and under any
sub-path; in portable mode links to folders end in "index.html" so the site
also browses from ``file://``.
"""

from __future__ import annotations

from urllib.parse import quote


def home_url(page_number: int = 1) -> str:
    return "" if page_number == 1 else f"page/{page_number}/"


def article_url(slug: str) -> str:
    return f"articles/{slug}/"


def tags_url() -> str:
    return "tags/"


def term_url(term_slug: str, page_number: int = 1) -> str:
    base = f"tags/{term_slug}/"
    return base if page_number == 1 else f"{base}page/{page_number}/"


def term_feed_url(term_slug: str) -> str:
    return f"tags/{term_slug}/feed.xml"


def archive_url(year: int | None = None, month: int | None = None) -> str:
    if year is None:
        return "archive/"
    if month is None:
        return f"archive/{year:04d}/"
    return f"archive/{year:04d}/{month:02d}/"


def undated_url() -> str:
    return "archive/undated/"


def search_url() -> str:
    return "search/"


def dest_path_for(url: str) -> str:
    """The file that serves a URL: "tags/x/" → "tags/x/index.html"."""
    if url == "" or url.endswith("/"):
        return url + "index.html"
    return url


def relative_url(target: str, current: str, *, portable: bool = False) -> str:
    """Link from the page at ``current`` to ``target``, both site-relative.

    relative_url("tags/", "articles/x/") → "../../tags/";
    with portable=True → "../../tags/index.html".
    """
    return relative_quoted_url(quote_url(link_target(target, portable=portable)), current.count("/"))


def link_target(target: str, *, portable: bool = False) -> str:
    """What a link to ``target`` names: in portable mode a folder's index.html."""
    if portable and (target == "" or target.endswith("/")):
        return target + "index.html"
    return target


def quote_url(url: str) -> str:
    """Percent-encode a site-relative URL as links carry it: "tags/نفط/" → "tags/%D9%86%D9%81%D8%B7/"."""
    return quote(url, safe=_SAFE)


def relative_quoted_url(quoted_target: str, depth: int) -> str:
    """``relative_url`` from the target's ``quote_url(link_target(…))`` and the depth of the page.

    Quoting leaves the "../" prefix alone, so a page's links share the target's quoting
    (a site's pages link to each article from four or five depths).
    """
    return "../" * depth + quoted_target or "./"


def absolute_url(base_url: str, target: str) -> str:
    """Join the configured base URL and a site-relative URL (base must end in '/')."""
    return absolute_quoted_url(base_url, quote_url(target))


def absolute_quoted_url(base_url: str, quoted_target: str) -> str:
    """``absolute_url`` from the target's ``quote_url``."""
    base = base_url if base_url.endswith("/") else base_url + "/"
    return base + quoted_target


_SAFE = "/#?=&.-_~%"  # kept as they are in links
