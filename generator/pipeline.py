"""The pipeline, read top to bottom: which stage runs when. No logic of its own.

import: dumps ─ingest→ RawDump ─clean→ CleanDump ─structure→ Article
        ─to_markdown→ Markdown ─write→ content/*.md (never over an editor's change)
build:  content/*.md ─load→ Page ─index→ SiteIndex ─render→ [OutputFile]
        ─write→ staging ─search→ Pagefind index ─swap→ public/
"""

from __future__ import annotations

import dataclasses
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from generator.cache import BodyStore, BuildCache
from generator.config import SiteConfig
from generator.errors import SourceError
from generator.incremental import (
    cache_path_for,
    content_files,
    import_report_files,
    inputs_signature,
    is_same_output,
    load_pages_cached,
    order_signature,
    output_identity,
    reverse_dependencies,
    site_fingerprint,
)
from generator.index import build_index
from generator.ingest import sha256_of
from generator.model import CleanDump, RawDump
from generator.render import make_environment, plan_site
from generator.search import index_site, reindex_site
from generator.slugs import unique_slug
from generator.write import (
    ContentRecord,
    commit_changes,
    content_status,
    discard,
    finish_interrupted_commit,
    load_import_state,
    render_into,
    save_import_state,
    staging_dir_for,
    static_files,
    swap_into_place,
    write_content_file,
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
    timings: tuple[tuple[str, float], ...] = ()  # (stage, seconds), in order


class _Stopwatch:
    """Seconds spent in each build stage, for ``warraq build --timings``."""

    def __init__(self) -> None:
        self.laps: list[tuple[str, float]] = []
        self._last = time.perf_counter()

    def lap(self, stage: str) -> None:
        now = time.perf_counter()
        self.laps.append((stage, now - self._last))
        self._last = now


def run_import(config: SiteConfig, *, write_report: bool = True, workers: int = 2) -> ImportResult:
    """Import every dump in the dumps folder into Markdown content files.

    Cleaning and structuring run on ``workers`` processes for large archives;
    the order of results, and so the output, does not depend on it.
    """
    # The import stages load here, not at module import: a build (and every
    # live-preview rebuild) starts faster without them.
    from generator.clean import collect_archive_stats
    from generator.clean_rules import DEFAULT_RULES
    from generator.ingest import ingest_json_dump, ingest_text_dump
    from generator.report import render_import_report
    from generator.sidecar import load_sidecar
    from generator.structure import article_text
    from generator.tags import count_term_documents, load_tag_vocabulary, term_stats_from_counts
    from generator.to_markdown import article_to_markdown

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
    sidecar_path = config.path(config.metadata_file)
    try:
        sidecar = load_sidecar(sidecar_path)
    except SourceError as err:
        errors.append(err)
        outcomes.append(DumpOutcome(sidecar_path.name, "failed", err.message))
        sidecar = {}
    raws = [_apply_sidecar(raw, sidecar.get(raw.name)) for raw in raws]
    rules = DEFAULT_RULES.with_extra(config.boilerplate) if config.boilerplate else DEFAULT_RULES
    stats = collect_archive_stats(raws)
    cleaned: list[CleanDump] = _map_in_workers(_clean_one, raws, (rules, stats), workers)
    vocabulary = load_tag_vocabulary(config.path(config.tags_file))
    articles = [c for c in cleaned if c.title and not c.skip_reason]
    term_stats = None
    if config.auto_tags:
        texts = [f"{c.title}\n{article_text(c)}" for c in articles]
        chunks = [texts[i : i + TEXTS_PER_CHUNK] for i in range(0, len(texts), TEXTS_PER_CHUNK)]
        partial = _map_in_workers(count_term_documents, chunks, (), workers, minimum=2)
        counts: Counter[str] = Counter()
        for _, part in partial:
            counts.update(part)
        term_stats = term_stats_from_counts(len(texts), counts)
    jobs = [
        (raw, clean, sidecar.get(raw.name))
        for raw, clean in zip(raws, cleaned, strict=True)
        if not clean.skip_reason and clean.title is not None
    ]
    context = (config.slug_style, sidecar_path.name, vocabulary, term_stats)
    results = _map_in_workers(_structure_one, jobs, context, workers)
    structured = dict(zip((raw.name for raw, _, _ in jobs), results, strict=True))

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
        article, body_md = structured[raw.name]
        if record is not None:
            slug = Path(record.path).stem
        else:
            slug = unique_slug(article.slug, taken | (owned - existing), raw.name)
        taken.add(slug)
        article = dataclasses.replace(article, slug=slug)
        rel_path = f"{slug}.md"
        data = article_to_markdown(article, body_md).encode("utf-8")
        status = content_status(content_dir / rel_path, data, record)
        if status in ("new", "update"):
            state[raw.name] = ContentRecord(rel_path, write_content_file(content_dir / rel_path, data), raw.sha256)
            outcomes.append(DumpOutcome(raw.name, "imported" if status == "new" else "updated", rel_path))
        elif status == "unchanged":
            if record is None:
                state[raw.name] = ContentRecord(rel_path, sha256_of(data), raw.sha256)
            outcomes.append(DumpOutcome(raw.name, "unchanged", rel_path))
        else:
            outcomes.append(DumpOutcome(raw.name, "kept", f"{rel_path} (edited by hand; not overwritten)"))
    save_import_state(state_path, state)

    removed = Counter(d.reason for c in cleaned for d in c.decisions if not d.kept)
    report_path = None
    if write_report:
        report_dir = config.path(config.report_dir)
        report_path = report_dir / "index.html"
        pages = render_import_report(cleaned, tuple(sorted(outcomes, key=lambda o: o.name)), config)
        report_dir.mkdir(parents=True, exist_ok=True)
        for stale in report_dir.glob("dumps-*.html"):
            if stale.name not in pages:
                stale.unlink()
        for name, html in pages.items():
            write_content_file(report_dir / name, html.encode("utf-8"))
    return ImportResult(
        outcomes=tuple(sorted(outcomes, key=lambda o: o.name)),
        removed_by_reason=tuple(sorted(removed.items(), key=lambda kv: (-kv[1], kv[0]))),
        report_path=report_path,
        errors=tuple(errors),
    )


def run_build(config: SiteConfig, *, workers: int = 2) -> BuildResult:
    """Build the site; render and write only what changed since the last build.

    A cold build (no cache, no output, or most files changed) renders into a
    staging folder that replaces the output folder whole. A rebuild renders
    the changed files into a staging folder, then moves them into place under
    a journal (an interrupted move is finished by the next build). When no
    input changed at all, nothing is planned or written.
    """
    content_dir = config.path(config.content_dir)
    output_dir = config.path(config.output_dir)
    clock = _Stopwatch()
    finish_interrupted_commit(output_dir)
    with BuildCache(cache_path_for(config)) as cache:
        files = content_files(content_dir)
        fingerprint = site_fingerprint(config)
        inputs = inputs_signature(fingerprint, files, config, output_dir)
        same_output = is_same_output(cache, output_dir)
        if same_output and cache.get("inputs") == inputs:
            clock.lap("check inputs")
            return BuildResult(len(files), 0, (), config.search, output_dir, timings=tuple(clock.laps))
        clock.lap("check inputs")
        pages, errors, reread = load_pages_cached(files, cache, workers)
        clock.lap("load and convert articles")
        index = build_index(pages)
        env = make_environment(config.path(config.templates_dir))
        order = order_signature(index)
        previous = cache.outputs() if same_output else {}
        same_shape = bool(previous) and cache.get("order") == order and cache.get("fingerprint") == fingerprint
        hint = cache.load_blob("related") if same_shape else None
        deps = cache.load_blob("deps") if same_shape else None
        only = None
        if hint is not None and deps is not None and not errors:
            # Only content changed, not order, tags, slugs or templates: plan just the
            # files that show the changed articles (the build cache knows which).
            only = {f"articles/{p.slug}/index.html" for p in pages if p.src_path in reread}
            for src in reread:
                only.update(deps.get(src, ()))
        plan = plan_site(index, config, env, BodyStore(cache.path, cache), fingerprint, hint, only)
        planned = plan.files
        planned += static_files(config.path(config.static_dir), "static")
        planned += import_report_files(config, output_dir)
        keys = {p.dest_path: p.key for p in planned}
        changed = [p for p in planned if previous.get(p.dest_path) != p.key]
        removed = [] if only is not None else sorted(set(previous) - set(keys))
        clock.lap("index and plan")
        staging = staging_dir_for(output_dir)
        cold = not previous or (only is None and len(changed) > len(planned) // 3)
        try:
            cache.commit()  # worker processes read rendered bodies from the cache file
            written = render_into(staging, planned if cold else changed, workers)
            clock.lap("render and write pages")
            if cold:
                indexed = index_site(staging) if config.search else False
                clock.lap("search index")
                swap_into_place(staging, output_dir)
            else:
                commit_changes(staging, output_dir, [p.dest_path for p in changed], removed)
                needs_search = any(p.dest_path.startswith("articles/") for p in changed) or any(
                    p.startswith("articles/") for p in removed
                )
                indexed = reindex_site(output_dir) if config.search and needs_search else config.search
                clock.lap("move into place, search index")
        except BaseException:
            discard(staging)
            raise
        if cold:
            cache.store_outputs(keys)
        elif changed or removed:
            cache.update_outputs({p.dest_path: p.key for p in changed}, removed)
        if only is None:
            cache.store_blob("related", plan.related)
            cache.store_blob("deps", reverse_dependencies(planned))
            cache.set("order", order)
            cache.set("fingerprint", fingerprint)
        cache.set("output", output_identity(output_dir))
        # A build with errors is redone next time, so the errors are reported again.
        cache.set("inputs", "" if errors else inputs_signature(fingerprint, files, config, output_dir))
    clock.lap("save build cache")
    return BuildResult(len(pages), written, tuple(errors), indexed, output_dir, timings=tuple(clock.laps))


PARALLEL_MIN_ITEMS = 200
_WORKER_CONTEXT: tuple = ()


def _set_worker_context(context: tuple) -> None:
    global _WORKER_CONTEXT  # one read-only value per worker process, set once at its start
    _WORKER_CONTEXT = context


TEXTS_PER_CHUNK = 500


def _map_in_workers(func, items: list, context: tuple, workers: int, minimum: int | None = None) -> list:
    """``[func(item, *context) for item in items]``, on several processes when there are many."""
    if workers <= 1 or len(items) < (PARALLEL_MIN_ITEMS if minimum is None else minimum):
        return [func(item, *context) for item in items]
    import concurrent.futures

    chunk = 1 if minimum is not None else max(16, len(items) // (workers * 16))
    with concurrent.futures.ProcessPoolExecutor(workers, initializer=_set_worker_context, initargs=(context,)) as pool:
        return list(pool.map(_call_with_worker_context, [func] * len(items), items, chunksize=chunk))


def _call_with_worker_context(func, item):
    return func(item, *_WORKER_CONTEXT)


def _clean_one(raw: RawDump, rules, stats) -> CleanDump:
    from generator.clean import clean_dump

    return clean_dump(raw, rules, stats)


def _structure_one(job: tuple, slug_style: str, sidecar_name: str, vocabulary, term_stats):
    from generator.structure import structure_article
    from generator.to_markdown import blocks_to_markdown

    raw, clean, row = job
    article = structure_article(
        raw,
        clean,
        slug_style=slug_style,
        explicit_date=row.date if row else None,
        explicit_label=f"{sidecar_name} line {row.line}" if row else "explicit",
        vocabulary=vocabulary,
        term_stats=term_stats,
    )
    if row and row.outlet:
        article = dataclasses.replace(article, outlet=row.outlet)
    return article, blocks_to_markdown(article.blocks)


def _apply_sidecar(raw: RawDump, row) -> RawDump:
    """The archivist's metadata.csv values win over the dump's own fields."""
    if row is None:
        return raw
    return dataclasses.replace(
        raw,
        url=row.url or raw.url,
        tags=row.tags or raw.tags,
        crawled=row.crawled or raw.crawled,
    )


def _error_name(err: SourceError) -> str:
    return f"{err.path}#{err.line}" if err.line else err.path
