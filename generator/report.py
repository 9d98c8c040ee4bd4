"""The import audit report: per dump, the kept text and every removed line with its reason.

An editor checks the cleaner in a browser: ``index.html`` lists every dump
with its outcome and the removed lines counted by reason; the dumps' line by
line decisions follow on pages of ``DUMPS_PER_PAGE`` (a 10,000-dump archive
stays browsable). Pure: returns {file name: HTML}; deterministic (no clock).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from html import escape
from itertools import islice

from generator.config import SiteConfig
from generator.model import CleanDump

DUMPS_PER_PAGE = 100

_STYLE = (
    "<style>body{font-family:sans-serif;max-width:60rem;margin:auto;padding:1rem;line-height:1.7}"
    "table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:.2rem .4rem;"
    "vertical-align:top;text-align:start}.removed{color:#8a1c1c;background:#fdf0f0}"
    ".flagged{background:#fff7d6}.kept{color:#1d1d1f}code{direction:ltr;unicode-bidi:isolate}</style>"
)


@dataclass(frozen=True, slots=True)
class DumpReport:
    """One cleaned dump, as the report's summary needs it: built where the dump was cleaned."""

    name: str
    title: str | None
    skip_reason: str | None
    removed: tuple[str, ...]  # the reason of each removed line
    flagged: int  # lines kept though the cleaner was unsure


def dump_report(clean: CleanDump) -> DumpReport:
    """The report's summary of one cleaned dump (its section is ``dump_section``)."""
    return DumpReport(
        name=clean.name,
        title=clean.title,
        skip_reason=clean.skip_reason,
        removed=tuple(d.reason for d in clean.decisions if not d.kept),
        flagged=sum(1 for d in clean.decisions if d.flagged),
    )


def dump_section(clean: CleanDump) -> tuple[bytes, bytes]:
    """A dump's section of its report page, UTF-8: the HTML before and after its outcome line.

    Rendered where the dump was cleaned (and kept there until the outcome is known).
    """
    head, tail = _dump_section(clean)
    return head.encode("utf-8"), tail.encode("utf-8")


def render_report_pages(
    dumps: list[DumpReport], outcomes: tuple, config: SiteConfig, sections: Iterable[tuple[bytes, bytes]]
) -> Iterator[tuple[str, bytes]]:
    """The report's pages, "index.html" then "dumps-N.html", one at a time (name, UTF-8 HTML).

    ``sections`` gives each dump's ``dump_section``, in the order of ``dumps``;
    it is read page by page. Each page can be written before the next is built:
    a report of 10,000 dumps holds every line of every dump, too much to keep
    in memory.
    """
    page_of = {dump.name: f"dumps-{i // DUMPS_PER_PAGE + 1}.html" for i, dump in enumerate(dumps)}
    status_of = {o.name: o for o in outcomes}
    removed = Counter(reason for dump in dumps for reason in dump.removed)
    flagged = sum(dump.flagged for dump in dumps)
    summary = [
        "<h1>تقرير الاستيراد</h1>",
        # "Per file: kept and removed lines with the reason; flagged lines stayed because the cleaner was unsure."
        "<p>لكل ملف: الأسطر المحفوظة والمحذوفة مع سبب الحذف."
        " الأسطر المعلَّمة (⚑) بقيت في المقال لأن المنظِّف لم يكن متأكداً.</p>",
        f"<p>الملفات: {len(outcomes)} · الأسطر المعلَّمة: {flagged}</p>",
        "<h2>الأسطر المحذوفة حسب السبب</h2><table><tbody>",
        *(f"<tr><td><code>{escape(reason)}</code></td><td>{n}</td></tr>" for reason, n in sorted(removed.items())),
        "</tbody></table>",
        "<h2>الملفات</h2><table><thead><tr><th>الملف</th><th>الحالة</th><th>التفاصيل</th></tr></thead><tbody>",
    ]
    for outcome in outcomes:
        name = f"<code>{escape(outcome.name)}</code>"
        if outcome.name in page_of:
            name = f'<a href="{page_of[outcome.name]}#{escape(_anchor(outcome.name))}">{name}</a>'
        summary.append(f"<tr><td>{name}</td><td>{escape(outcome.status)}</td><td>{escape(outcome.detail)}</td></tr>")
    summary.append("</tbody></table>")
    yield "index.html", _page(config, summary).encode("utf-8")
    # A dump page is _page(config, [link, its dumps' sections with their outcomes]), joined as bytes.
    opening = f'{_page_head(config)}\n<p><a href="index.html">الملخص</a></p>'.encode()
    closing = _PAGE_END.encode()
    sections = iter(sections)
    for start in range(0, len(dumps), DUMPS_PER_PAGE):
        chunk = dumps[start : start + DUMPS_PER_PAGE]
        body = [opening]
        for dump, (head, tail) in zip(chunk, islice(sections, len(chunk)), strict=True):
            outcome = status_of.get(dump.name)
            body.append(head)
            if outcome is not None:
                body.append(f"<p>الحالة: {escape(outcome.status)} {escape(outcome.detail)}</p>".encode())
            body.append(tail)
        body.append(closing)
        yield page_of[chunk[0].name], b"\n".join(body)


def _dump_section(clean: CleanDump) -> tuple[str, str]:
    """A dump's section, as the HTML before and after its outcome line."""
    parts = []
    if clean.title:
        parts.append(f"<p>العنوان: <strong>{escape(clean.title)}</strong></p>")
    parts.append("<table><thead><tr><th>سطر</th><th>القرار</th><th>النص</th></tr></thead><tbody>")
    for d in clean.decisions:
        css = "flagged" if d.flagged else ("kept" if d.kept else "removed")
        verdict = ("محفوظ" if d.kept else "محذوف") + f" ({escape(d.reason)})"
        if d.flagged:
            verdict += " ⚑"
        parts.append(f'<tr class="{css}"><td>{d.line}</td><td>{verdict}</td><td dir="auto">{escape(d.text)}</td></tr>')
    parts.append("</tbody></table></section>")
    return f'<section id="{escape(_anchor(clean.name))}"><h2><code>{escape(clean.name)}</code></h2>', "\n".join(parts)


_PAGE_END = "</body></html>\n"


def _page(config: SiteConfig, body: list[str]) -> str:
    return "\n".join([_page_head(config), *body, _PAGE_END])


def _page_head(config: SiteConfig) -> str:
    head = [
        "<!DOCTYPE html>",
        '<html lang="ar" dir="rtl"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="robots" content="noindex">',
        f"<title>تقرير الاستيراد – {escape(config.title)}</title>",
        _STYLE,
        "</head><body>",
    ]
    return "\n".join(head)


def _anchor(name: str) -> str:
    return "dump-" + "".join(ch if ch.isalnum() else "-" for ch in name)
