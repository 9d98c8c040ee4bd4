"""Find broken internal links in a built site (href/src resolved like a browser on file://)."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("href", "src", "action") and value is not None:
                self.links.append(value)
            if name == "id" and value:
                self.ids.add(value)


def broken_links(site: Path, *, require_index_html: bool = False) -> list[str]:
    """Return "page → link" for every internal link that points at nothing.

    With require_index_html, a link to a folder counts as broken (file:// needs the file).
    """
    problems = []
    for page in sorted(site.rglob("*.html")):
        parser = _Links()
        parser.feed(page.read_text(encoding="utf-8"))
        for link in parser.links:
            parts = urlsplit(link)
            if parts.scheme or link.startswith("//"):
                continue
            if not parts.path:
                if parts.fragment and parts.fragment not in parser.ids:
                    problems.append(f"{page.relative_to(site)} → {link}")
                continue
            path = unquote(parts.path)
            # Root-relative links (only 404.html has them) resolve against the site root.
            target = (site / path.lstrip("/") if path.startswith("/") else page.parent / path).resolve()
            if target.is_dir():
                if require_index_html or not (target / "index.html").exists():
                    problems.append(f"{page.relative_to(site)} → {link}")
                continue
            if not target.is_file() or site.resolve() not in target.parents:
                problems.append(f"{page.relative_to(site)} → {link}")
    return problems
