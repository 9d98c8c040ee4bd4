"""The pipeline, read top to bottom: which stage runs when. No logic of its own.

import: dumps ─ingest→ RawDump ─clean→ CleanDump ─structure→ Article
        ─to_markdown→ Markdown ─write→ content/*.md (never over an editor's change)
build:  content/*.md ─load→ Page ─index→ SiteIndex ─render→ [OutputFile]
        ─write→ staging ─search→ Pagefind index ─swap→ public/
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from generator.clean import clean_dump, collect_archive_stats
from generator.clean_rules import DEFAULT_RULES
from generator.config import SiteConfig
from generator.errors import SourceError
from generator.index import build_index
from generator.ingest import ingest_json_dump, ingest_text_dump
from generator.load import load_page
from generator.model import CleanDump, Page, RawDump
from generator.render import make_environment, render_site
from generator.report import render_import_report
from generator.search import index_site
from generator.slugs import unique_slug
from generator.structure import structure_article
from generator.to_markdown import article_to_markdown
from generator.write import (
    ContentRecord,
    content_status,
    copy_static,
    discard,
    load_import_state,
    save_import_state,
    staging_dir_for,
    swap_into_place,
    write_content_file,
    write_files,
)

DUMP_SUFFIXES = (".txt", ".jsonl", ".json")


@dataclass(frozen=True, slots=True)
class DumpOutcome:
    """What import did with one dump: imported, updated, unchanged, kept (edited), skipped, failed."""

    name: str
    status: str
    detail: str = ""  # the content path, or the reason for a skip / failure


@dataclass(frozen=True, slots=True)
class ImportResult:
    outcomes: tuple[DumpOutcome, ...]
    removed_by_reason: tuple[tuple[str, int], ...]
    report_path: Path | None
    errors: tuple[SourceError, ...] = ()

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)


@dataclass(frozen=True, slots=True)
class BuildResult:
    pages: int
    files: int
    errors: tuple[SourceError, ...] = ()
    search_indexed: bool = False
    output_dir: Path | None = None
    warnings: tuple[str, ...] = field(default=())


def run_import(config: SiteConfig, *, write_report: bool = True) -> ImportResult:
    """Import every dump in the dumps folder into Markdown content files."""
    dumps_dir = config.path(config.dumps_dir)
    content_dir = config.path(config.content_dir)
    outcomes: list[DumpOutcome] = []
    errors: list[SourceError] = []
    raws: list[RawDump] = []
    for path in sorted(p for p in dumps_dir.glob("*") if p.suffix in DUMP_SUFFIXES and p.is_file()):
        try:
            data = path.read_bytes()
            if path.suffix == ".txt":
                raws.append(ingest_text_dump(path.name, data))
            else:
                records, record_errors = ingest_json_dump(path.name, data)
                raws.extend(records)
                for err in record_errors:
                    errors.append(err)
                    outcomes.append(DumpOutcome(_error_name(err), "failed", err.message))
        except SourceError as err:
            errors.append(err)
            outcomes.append(DumpOutcome(path.name, "failed", err.message))
    rules = DEFAULT_RULES.with_extra(config.boilerplate) if config.boilerplate else DEFAULT_RULES
    stats = collect_archive_stats(raws)
    cleaned: list[CleanDump] = [clean_dump(raw, rules, stats) for raw in raws]

    state_path = config.path(config.state_file)
    state = load_import_state(state_path)
    existing = {p.stem for p in content_dir.glob("*.md")} if content_dir.is_dir() else set()
    owned = {Path(r.path).stem for r in state.values()}
    taken = set(existing)
    for raw, clean in zip(raws, cleaned, strict=True):
        if clean.skip_reason or clean.title is None:
            outcomes.append(DumpOutcome(raw.name, "skipped", clean.skip_reason or "no title found"))
            continue
        record = state.get(raw.name)
        article = structure_article(raw, clean, slug_style=config.slug_style)
        if record is not None:
            slug = Path(record.path).stem
        else:
            slug = unique_slug(article.slug, taken | (owned - existing), raw.name)
        taken.add(slug)
        article = dataclasses.replace(article, slug=slug)
        rel_path = f"{slug}.md"
        data = article_to_markdown(article).encode("utf-8")
        status = content_status(content_dir / rel_path, data, record)
        if status in ("new", "update"):
            state[raw.name] = ContentRecord(rel_path, write_content_file(content_dir / rel_path, data), raw.sha256)
            outcomes.append(DumpOutcome(raw.name, "imported" if status == "new" else "updated", rel_path))
        elif status == "unchanged":
            if record is None:
                state[raw.name] = ContentRecord(rel_path, _sha(data), raw.sha256)
            outcomes.append(DumpOutcome(raw.name, "unchanged", rel_path))
        else:
            outcomes.append(DumpOutcome(raw.name, "kept", f"{rel_path} (edited by hand; not overwritten)"))
    save_import_state(state_path, state)

    removed = Counter(d.reason for c in cleaned for d in c.decisions if not d.kept)
    report_path = None
    if write_report:
        report_path = config.path(config.report_dir) / "index.html"
        html = render_import_report(cleaned, tuple(outcomes), config)
        report_path.parent.mkdir(parents=True, exist_ok=True)
        report_path.write_text(html, encoding="utf-8")
    return ImportResult(
        outcomes=tuple(sorted(outcomes, key=lambda o: o.name)),
        removed_by_reason=tuple(sorted(removed.items(), key=lambda kv: (-kv[1], kv[0]))),
        report_path=report_path,
        errors=tuple(errors),
    )


def run_build(config: SiteConfig) -> BuildResult:
    """Build the site from the content folder; replace the output folder only on success."""
    content_dir = config.path(config.content_dir)
    output_dir = config.path(config.output_dir)
    pages, errors = load_pages(content_dir)
    index = build_index(pages)
    env = make_environment(config.path(config.templates_dir))
    staging = staging_dir_for(output_dir)
    try:
        count = write_files(staging, render_site(index, config, env))
        copy_static(config.path(config.static_dir), staging)
        _keep_import_report(config, output_dir, staging)
        indexed = index_site(staging) if config.search else False
        swap_into_place(staging, output_dir)
    except BaseException:
        discard(staging)
        raise
    return BuildResult(len(pages), count, tuple(errors), indexed, output_dir)


def load_pages(content_dir: Path) -> tuple[list[Page], list[SourceError]]:
    pages: list[Page] = []
    errors: list[SourceError] = []
    if not content_dir.is_dir():
        return pages, errors
    for path in sorted(content_dir.rglob("*.md")):
        rel = path.relative_to(content_dir).as_posix()
        display = str(path)
        try:
            text = path.read_text(encoding="utf-8")
            page = load_page(text, display)
            pages.append(dataclasses.replace(page, src_path=rel))
        except UnicodeDecodeError:
            errors.append(SourceError(display, "not UTF-8 text"))
        except SourceError as err:
            errors.append(err)
    return pages, errors


def _keep_import_report(config: SiteConfig, output_dir: Path, staging: Path) -> None:
    """Carry the import audit report across a rebuild when it lives inside the output folder."""
    report_dir = config.path(config.report_dir)
    try:
        rel = report_dir.resolve().relative_to(output_dir.resolve())
    except ValueError:
        return
    if report_dir.is_dir():
        import shutil

        shutil.copytree(report_dir, staging / rel, dirs_exist_ok=True)


def _error_name(err: SourceError) -> str:
    return f"{err.path}#{err.line}" if err.line else err.path


def _sha(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()
