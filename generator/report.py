"""The import audit report: per dump, the kept text and every removed line with its reason.

Rendered to one HTML page for an editor to check the cleaner in a browser.
Pure: returns text; deterministic (no clock).
"""

from __future__ import annotations

from html import escape

from generator.config import SiteConfig
from generator.model import CleanDump


def render_import_report(cleaned: list[CleanDump], outcomes: tuple, config: SiteConfig) -> str:
    status_of = {o.name: o for o in outcomes}
    parts = [
        "<!DOCTYPE html>",
        '<html lang="ar" dir="rtl"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="robots" content="noindex">',
        f"<title>تقرير الاستيراد – {escape(config.title)}</title>",
        "<style>body{font-family:sans-serif;max-width:60rem;margin:auto;padding:1rem;line-height:1.7}"
        "table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:.2rem .4rem;"
        "vertical-align:top;text-align:start}.removed{color:#8a1c1c;background:#fdf0f0}"
        ".flagged{background:#fff7d6}.kept{color:#1d1d1f}code{direction:ltr;unicode-bidi:isolate}</style>",
        "</head><body>",
        "<h1>تقرير الاستيراد</h1>",
        # "Per file: kept and removed lines with the reason; flagged lines stayed because the cleaner was unsure."
        "<p>لكل ملف: الأسطر المحفوظة والمحذوفة مع سبب الحذف."
        " الأسطر المعلَّمة بقيت في المقال لأن المنظِّف لم يكن متأكداً.</p>",
        "<h2>الملخص</h2><table><thead><tr><th>الملف</th><th>الحالة</th><th>التفاصيل</th></tr></thead><tbody>",
    ]
    cleaned_names = {c.name for c in cleaned}
    for outcome in outcomes:
        name = f"<code>{escape(outcome.name)}</code>"
        if outcome.name in cleaned_names:
            name = f'<a href="#{escape(_anchor(outcome.name))}">{name}</a>'
        parts.append(f"<tr><td>{name}</td><td>{escape(outcome.status)}</td><td>{escape(outcome.detail)}</td></tr>")
    parts.append("</tbody></table>")
    for clean in cleaned:
        outcome = status_of.get(clean.name)
        parts.append(f'<section id="{escape(_anchor(clean.name))}"><h2><code>{escape(clean.name)}</code></h2>')
        if outcome is not None:
            parts.append(f"<p>الحالة: {escape(outcome.status)} {escape(outcome.detail)}</p>")
        if clean.title:
            parts.append(f"<p>العنوان: <strong>{escape(clean.title)}</strong></p>")
        parts.append("<table><thead><tr><th>سطر</th><th>القرار</th><th>النص</th></tr></thead><tbody>")
        for d in clean.decisions:
            css = "flagged" if d.flagged else ("kept" if d.kept else "removed")
            verdict = ("محفوظ" if d.kept else "محذوف") + f" ({escape(d.reason)})"
            if d.flagged:
                verdict += " ⚑"
            parts.append(
                f'<tr class="{css}"><td>{d.line}</td><td>{verdict}</td><td dir="auto">{escape(d.text)}</td></tr>'
            )
        parts.append("</tbody></table></section>")
    parts.append("</body></html>\n")
    return "\n".join(parts)


def _anchor(name: str) -> str:
    return "dump-" + "".join(ch if ch.isalnum() else "-" for ch in name)
