"""The pipeline, read top to bottom: which stage runs when. No logic of its own.

import: dumps ─ingest→ RawDump ─clean→ CleanDump ─structure→ Article
        ─to_markdown→ Markdown ─write→ content/*.md (never over an editor's change)
build:  content/*.md ─load→ Page ─index→ SiteIndex ─render→ [OutputFile]
        ─write→ staging ─search→ Pagefind index ─swap→ public/
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import gc
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

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
    reconvert_body,
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

if TYPE_CHECKING:
    from generator.report import DumpReport

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
    timings: tuple[tuple[str, float], ...] = ()  # (stage, seconds), in order

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
    """Seconds spent in each stage, for ``warraq build --timings`` and ``warraq import --timings``."""

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
    with _without_cycle_collector():
        return _run_import(config, write_report, workers)


@contextlib.contextmanager
def _without_cycle_collector():
    """The import holds millions of small acyclic objects (lines, words, counts): the cyclic
    garbage collector would walk them again and again (10–15 % of the time) to free nothing.
    Reference counting still frees them; forked workers inherit the setting."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _run_import(config: SiteConfig, write_report: bool, workers: int) -> ImportResult:
    # The import stages load here, not at module import: a build (and every
    # live-preview rebuild) starts faster without them.
    from generator.clean import collect_archive_stats
    from generator.clean_rules import DEFAULT_RULES
    from generator.ingest import ingest_json_dump, ingest_text_dump
    from generator.report import render_report_pages
    from generator.sidecar import load_sidecar
    from generator.tags import load_tag_vocabulary, term_stats_from_counts
    from generator.to_markdown import article_to_markdown

    clock = _Stopwatch()
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
    clock.lap("read and decode dumps")
    stats = collect_archive_stats(raws)
    vocabulary = load_tag_vocabulary(config.path(config.tags_file))
    context = _ImportContext(raws, rules, stats, sidecar, config.slug_style, sidecar_path.name, vocabulary)
    clock.lap("archive statistics")
    with _Workers(context, workers) as pool:
        cleaned: list[DumpReport] = pool.run(_clean_part)  # the dumps stay in the workers
        clock.lap("clean")
        term_stats = None
        if config.auto_tags:
            documents, counts, readings = 0, Counter(), {}
            parts = pool.run(_count_part)
            for part_documents, part_counts, _ in parts:
                documents += part_documents
                counts.update(part_counts)
            for _, _, part_readings in reversed(parts):
                readings.update(part_readings)  # the earliest dumps' spellings win
            term_stats = term_stats_from_counts(documents, counts, readings)
            clock.lap("tag statistics")
        pool.share(term_stats=term_stats)
        structured = pool.run(_structure_part)
        clock.lap("structure, dates, tags, Markdown")

    state_path = config.path(config.state_file)
    state = load_import_state(state_path)
    existing = {p.stem for p in content_dir.glob("*.md")} if content_dir.is_dir() else set()
    owned = {Path(r.path).stem for r in state.values()}
    taken = existing | owned  # files here, and files of earlier imports (even if since removed)
    for index, (raw, clean) in enumerate(zip(raws, cleaned, strict=True)):
        if clean.skip_reason or clean.title is None:
            outcomes.append(DumpOutcome(raw.name, "skipped", clean.skip_reason or "no title found"))
            continue
        record = state.get(raw.name)
        article, body_md, text = structured[index]
        structured[index] = None  # written below, not needed again: memory stays flat
        if record is not None:
            slug = Path(record.path).stem
        else:
            slug = unique_slug(article.slug, taken, raw.name)
        taken.add(slug)
        if slug != article.slug:  # the worker wrote it with the slug of its title
            text = article_to_markdown(dataclasses.replace(article, slug=slug), body_md)
        rel_path = f"{slug}.md"
        data = text.encode("utf-8")
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
    clock.lap("write content files")

    removed = Counter(reason for c in cleaned for reason in c.removed)
    report_path = None
    if write_report:
        report_dir = config.path(config.report_dir)
        report_path = report_dir / "index.html"
        report_dir.mkdir(parents=True, exist_ok=True)
        written = set()
        for name, html in render_report_pages(cleaned, tuple(sorted(outcomes, key=lambda o: o.name)), config):
            write_content_file(report_dir / name, html.encode("utf-8"))
            written.add(name)
        for stale in report_dir.glob("dumps-*.html"):
            if stale.name not in written:
                stale.unlink()
        clock.lap("audit report")
    return ImportResult(
        outcomes=tuple(sorted(outcomes, key=lambda o: o.name)),
        removed_by_reason=tuple(sorted(removed.items(), key=lambda kv: (-kv[1], kv[0]))),
        report_path=report_path,
        errors=tuple(errors),
        timings=tuple(clock.laps),
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
        bodies = BodyStore(cache, functools.partial(reconvert_body, content_dir))
        plan = plan_site(index, config, env, bodies, fingerprint, hint, only)
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
        finally:
            bodies.close()
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
TASKS_PER_WORKER = 4  # each worker's share is sent in a few tasks, so results stream back


@dataclass(frozen=True, slots=True)
class _ImportContext:
    """What every import worker reads: the dumps and the values the stages need."""

    raws: list[RawDump]
    rules: object
    stats: object
    sidecar: dict
    slug_style: str
    sidecar_name: str
    vocabulary: object


# One import's state in a worker process (or in this one): the context, the
# cleaned dumps of this worker's share, their analysed texts, the term statistics.
_STATE: dict = {}


def _start_worker(context: _ImportContext) -> None:
    _STATE.clear()
    _STATE.update(context=context, cleaned={}, encoded={}, term_stats=None)


class _Workers:
    """The import's worker processes, each owning a fixed share of the dumps for every stage.

    A worker cleans its share, counts the terms of those articles and then
    structures them, so each article is analysed once, in one process, and
    no dump travels to a worker (a forked worker inherits them; otherwise they
    are sent once at its start). The results do not depend on the number of
    workers: every stage of an article runs the same code on the same values.
    """

    def __init__(self, context: _ImportContext, workers: int) -> None:
        self.size = len(context.raws)
        self.workers = workers if workers > 1 and self.size >= PARALLEL_MIN_ITEMS else 1
        self.context = context
        self.pools: list = []

    def __enter__(self) -> _Workers:
        if self.workers == 1:
            _start_worker(self.context)
        else:
            import concurrent.futures

            self.pools = [
                concurrent.futures.ProcessPoolExecutor(1, initializer=_start_worker, initargs=(self.context,))
                for _ in range(self.workers)
            ]
        return self

    def __exit__(self, *exc) -> None:
        for pool in self.pools:
            pool.shutdown(cancel_futures=True)
        _STATE.clear()

    def share(self, **values) -> None:
        """Give every worker these values (sent once to each), for the tasks that follow."""
        if not self.pools:
            _share(values)
        for pool in self.pools:
            pool.submit(_share, values)  # one worker per pool: it runs before the next tasks

    def run(self, func, *args) -> list:
        """``func(indices, *args)`` over every worker's share, results in dump order."""
        if not self.pools:
            return func(range(self.size), *args)
        shares = [
            range(w * self.size // self.workers, (w + 1) * self.size // self.workers) for w in range(self.workers)
        ]
        futures = []
        for pool, share in zip(self.pools, shares, strict=True):
            step = -(-len(share) // TASKS_PER_WORKER) or 1
            futures += [pool.submit(func, share[i : i + step], *args) for i in range(0, len(share), step)]
        results: list = []
        for future in futures:
            results += future.result()
        return results


def _share(values: dict) -> None:
    _STATE.update(values)


def _clean_part(indices: range) -> list[DumpReport]:
    """Clean the dumps among ``indices`` (kept here); what the parent needs of them, with their report."""
    from generator.clean import clean_dump
    from generator.report import dump_report

    context = _STATE["context"]
    cleaned = _STATE["cleaned"]
    for i in indices:
        cleaned[i] = clean_dump(context.raws[i], context.rules, context.stats)
    return [dump_report(cleaned[i]) for i in indices]


def _count_part(indices: range) -> list[tuple[int, Counter, dict]]:
    """Terms of the articles among ``indices``, each analysed once (kept for ``_structure_part``)."""
    from generator.structure import article_text
    from generator.tags import count_encoded_documents, encode_article
    from generator.wordkeys import first_readings

    cleaned, encoded = _STATE["cleaned"], _STATE["encoded"]
    for i in indices:
        clean = cleaned[i]
        if clean.title and not clean.skip_reason:
            encoded[i] = encode_article(clean.title, article_text(clean))
    readings: dict[int, tuple[int, ...]] = {}
    first_readings((text for i in indices if i in encoded for text in encoded[i]), readings)
    return [(*count_encoded_documents(encoded[i] for i in indices if i in encoded), readings)]


def _structure_part(indices: range) -> list:
    """(Article without its blocks, body Markdown, content file text) per article among ``indices``.

    None for a skipped dump.
    """
    from generator.to_markdown import article_to_markdown

    context, cleaned, encoded = _STATE["context"], _STATE["cleaned"], _STATE["encoded"]
    term_stats = _STATE["term_stats"]
    found = []
    for i in indices:
        raw, clean = context.raws[i], cleaned[i]
        if clean.skip_reason or clean.title is None:
            found.append(None)
            continue
        article, body_md = _structure_one(
            raw, clean, context.sidecar.get(raw.name), context, term_stats, encoded.pop(i, None)
        )
        text = article_to_markdown(article, body_md)  # most slugs stay; the parent redoes the others
        found.append((dataclasses.replace(article, blocks=()), body_md, text))  # the blocks are the cleaner's
    return found


def _structure_one(raw: RawDump, clean: CleanDump, row, context: _ImportContext, term_stats, encoded):
    from generator.structure import structure_article
    from generator.to_markdown import blocks_to_markdown

    article = structure_article(
        raw,
        clean,
        slug_style=context.slug_style,
        explicit_date=row.date if row else None,
        explicit_label=f"{context.sidecar_name} line {row.line}" if row else "explicit",
        vocabulary=context.vocabulary,
        term_stats=term_stats,
        encoded=encoded,
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
