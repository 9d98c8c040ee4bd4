"""The pipeline, read top to bottom: which stage runs when. No logic of its own.

import: dumps ─ingest→ RawDump ─clean→ CleanDump ─structure→ Article
        ─to_markdown→ Markdown ─write→ content/*.md (never over an editor's change)
build:  content/*.md ─load→ Page ─index→ SiteIndex ─render→ [OutputFile]
        ─write→ staging ─search→ Pagefind index ─swap→ public/
"""

from __future__ import annotations

import collections
import contextlib
import dataclasses
import functools
import gc
import os
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
    from collections.abc import Iterator

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
    """Import and build hold millions of small acyclic objects (lines, words, counts, pages,
    planned files): the cyclic garbage collector would walk them again and again (10–15 % of
    the import's time; 19 % of planning a 100k-article build) to free nothing. Reference
    counting still frees them; forked workers inherit the setting, except the build's
    render workers, which collect their own (Jinja makes cycles) but not what they inherit."""
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
    from generator.clean import merge_archive_stats
    from generator.clean_rules import DEFAULT_RULES
    from generator.report import DUMPS_PER_PAGE, render_report_pages
    from generator.sidecar import load_sidecar
    from generator.tags import load_tag_vocabulary, term_stats_from_counts

    clock = _Stopwatch()
    dumps_dir = config.path(config.dumps_dir)
    content_dir = config.path(config.content_dir)
    outcomes: list[DumpOutcome] = []
    errors: list[SourceError] = []
    sidecar_path = config.path(config.metadata_file)
    sidecar_error = None
    try:
        sidecar = load_sidecar(sidecar_path)
    except SourceError as err:
        sidecar_error, sidecar = err, {}
    rules = DEFAULT_RULES.with_extra(config.boilerplate) if config.boilerplate else DEFAULT_RULES
    vocabulary = load_tag_vocabulary(config.path(config.tags_file))
    files = _dump_files(dumps_dir)
    context = _ImportContext(
        dumps_dir,
        content_dir,
        rules,
        sidecar,
        config.slug_style,
        sidecar_path.name,
        vocabulary,
        " ".join(config.outlet.split()),
    )
    with _Workers(context, len(files), workers) as pool:
        # Each worker reads, decodes and ingests its share of the files and keeps the dumps.
        dumps: list[tuple[str, str]] = []  # (name, sha256 of the dump file) in archive order
        candidates: set[str] = set()
        for part_dumps, part_failures, part_candidates in pool.read(files):
            dumps += part_dumps
            for name, err in part_failures:
                errors.append(err)
                outcomes.append(DumpOutcome(name, "failed", err.message))
            candidates.update(part_candidates)
        if sidecar_error is not None:
            errors.append(sidecar_error)
            outcomes.append(DumpOutcome(sidecar_path.name, "failed", sidecar_error.message))
        clock.lap("read and decode dumps")
        # Each worker counted its share's lines; the archive's counts of the lines that may be
        # frequent add up theirs (a line frequent in the archive is a candidate in one share).
        pool.share(stats=merge_archive_stats(pool.call(_line_counts, sorted(candidates))))
        clock.lap("archive statistics")
        cleaned: list[DumpReport] = pool.run(_clean_part)
        clock.lap("clean")
        term_stats = None
        if config.auto_tags:
            documents, counts, readings = 0, Counter(), {}
            parts = pool.run(_count_part, tasks=1)  # one Counter per worker: fewer, smaller to merge
            for part_documents, part_counts, _ in parts:
                documents += part_documents
                counts.update(part_counts)
            for _, _, part_readings in reversed(parts):
                readings.update(part_readings)  # the earliest dumps' spellings win
            term_stats = term_stats_from_counts(documents, counts, readings)
            clock.lap("tag statistics")
        pool.share(term_stats=term_stats)
        slugs: list[str | None] = pool.run(_structure_part)  # the articles stay in the workers
        clock.lap("structure, dates, tags, Markdown")

        # Slugs are decided here, in archive order; the workers write their own articles.
        state_path = config.path(config.state_file)
        state = load_import_state(state_path)
        existing = {p.stem for p in content_dir.glob("*.md")} if content_dir.is_dir() else set()
        owned = {Path(r.path).stem for r in state.values()}
        taken = existing | owned  # files here, and files of earlier imports (even if since removed)
        plans: list[tuple[str, ContentRecord | None] | None] = []
        for (name, _), slug in zip(dumps, slugs, strict=True):
            if slug is None:  # skipped
                plans.append(None)
                continue
            record = state.get(name)
            slug = Path(record.path).stem if record is not None else unique_slug(slug, taken, name)
            taken.add(slug)
            plans.append((f"{slug}.md", record))
        written = pool.run(_write_part, plans)
        for (name, dump_sha256), clean, plan, (status, fingerprint) in zip(dumps, cleaned, plans, written, strict=True):
            if plan is None:
                outcomes.append(DumpOutcome(name, "skipped", clean.skip_reason or "no title found"))
                continue
            rel_path, record = plan
            if status in ("new", "update"):
                state[name] = ContentRecord(rel_path, fingerprint, dump_sha256)
                outcomes.append(DumpOutcome(name, "imported" if status == "new" else "updated", rel_path))
            elif status == "unchanged":
                if record is None:
                    state[name] = ContentRecord(rel_path, fingerprint, dump_sha256)
                outcomes.append(DumpOutcome(name, "unchanged", rel_path))
            else:
                outcomes.append(DumpOutcome(name, "kept", f"{rel_path} (edited by hand; not overwritten)"))
        save_import_state(state_path, state)
        clock.lap("write content files")

        report_path = None
        if write_report:
            report_dir = config.path(config.report_dir)
            report_path = report_dir / "index.html"
            report_dir.mkdir(parents=True, exist_ok=True)
            ordered = tuple(sorted(outcomes, key=lambda o: o.name))
            sections = pool.stream(_report_part, DUMPS_PER_PAGE)  # from the workers, a few pages ahead
            written_pages = set()
            for page, html in render_report_pages(cleaned, ordered, config, sections):
                write_content_file(report_dir / page, html)
                written_pages.add(page)
            for stale in report_dir.glob("dumps-*.html"):
                if stale.name not in written_pages:
                    stale.unlink()
            clock.lap("audit report")
    removed = Counter(reason for c in cleaned for reason in c.removed)
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
    with _without_cycle_collector():
        return _run_build(config, workers)


def _run_build(config: SiteConfig, workers: int) -> BuildResult:
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
        env = make_environment(config.path(config.templates_dir), config.path(config.cache_dir) / "templates")
        order = order_signature(index)
        previous = cache.outputs() if same_output else {}
        same_shape = bool(previous) and cache.get("order") == order and cache.get("fingerprint") == fingerprint
        hint = cache.load_blob("related") if same_shape else None
        deps = cache.load_blob("deps") if same_shape else None
        only = shown = None
        if hint is not None and deps is not None and not errors:
            # Only content changed, not order, tags, slugs or templates: plan just the
            # files that show the changed articles (the build cache knows which), and
            # fetch only the bodies of the article pages among them.
            article_dest = {p.src_path: f"articles/{p.slug}/index.html" for p in pages}
            only = {article_dest[src] for src in reread}
            for src in reread:
                only.update(deps.get(src, ()))
            shown = {p.body_sha256 for p in pages if article_dest[p.src_path] in only}
        bodies = BodyStore(cache, functools.partial(reconvert_body, content_dir), shown)
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


PARALLEL_MIN_ITEMS = 200  # dump files
TASKS_PER_WORKER = 4  # each worker's share is sent in a few tasks, so results stream back
STREAM_AHEAD = 4  # runs of dumps asked for before their results are needed (_Workers.stream)


def _dump_files(dumps_dir: Path) -> list[str]:
    """Names of the dump files in ``dumps_dir``, sorted; none if it is not a readable folder."""
    try:
        entries = list(os.scandir(dumps_dir))
    except OSError:
        return []
    names = []
    for entry in entries:
        name = entry.name
        dot = name.rfind(".")  # Path.suffix: a leading dot starts no suffix
        # A link that leads nowhere is listed (its read fails, with the reason); a folder, or a link to one, is not.
        dangling = entry.is_symlink() and not entry.is_dir()
        if 0 < dot < len(name) - 1 and name[dot:] in DUMP_SUFFIXES and (entry.is_file() or dangling):
            names.append(name)
    return sorted(names)


@dataclass(frozen=True, slots=True)
class _ImportContext:
    """What every import worker reads: where the files are and the values the stages need."""

    dumps_dir: Path
    content_dir: Path
    rules: object
    sidecar: dict
    slug_style: str
    sidecar_name: str
    vocabulary: object
    outlet: str  # site.toml's outlet (spaces collapsed), for dumps that name none


# One import's state in a worker process (or in this one): the context, this
# worker's dumps (by archive index), their cleaned dumps, their analysed texts,
# their structured articles, the archive statistics and the term statistics.
_STATE: dict = {}


def _start_worker(context: _ImportContext) -> None:
    _STATE.clear()
    _STATE.update(
        context=context, raws={}, cleaned={}, encoded={}, articles={}, sections={}, stats=None, term_stats=None
    )


class _Workers:
    """The import's worker processes, each owning a fixed share of the dumps for every stage.

    A worker reads its share of the dump files, counts their lines for the
    archive statistics, cleans them, counts the terms of those articles,
    structures them and writes them, so each article is analysed once, in one
    process, and no dump travels between processes: the parent gets back what
    it needs to decide (names, counts, slugs) and to report. The results do
    not depend on the number of workers: every stage of an article runs the
    same code on the same values, and shares are contiguous runs of the archive.
    """

    def __init__(self, context: _ImportContext, files: int, workers: int) -> None:
        self.workers = workers if workers > 1 and files >= PARALLEL_MIN_ITEMS else 1
        self.context = context
        self.pools: list = []
        self.shares: list[range] = []  # each worker's dumps, by archive index, once read

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

    def read(self, names: list[str]) -> list:
        """Each worker reads a contiguous share of the dump files ``names`` and keeps their dumps.

        One ``_read_part`` result per worker, in archive order.
        """
        if not self.pools:
            parts = [_read_part(names, 1)]
        else:
            count = len(names)
            futures = [
                pool.submit(
                    _read_part, names[w * count // self.workers : (w + 1) * count // self.workers], self.workers
                )
                for w, pool in enumerate(self.pools)
            ]
            parts = [future.result() for future in futures]
        first = 0
        for w, part in enumerate(parts):
            if self.pools:
                self.pools[w].submit(_number_dumps, first)  # runs before the next tasks
            else:
                _number_dumps(first)
            self.shares.append(range(first, first + len(part[0])))
            first += len(part[0])
        return parts

    def call(self, func, *args) -> list:
        """``func(*args)`` once in every worker: the results, worker by worker."""
        if not self.pools:
            return [func(*args)]
        futures = [pool.submit(func, *args) for pool in self.pools]
        return [future.result() for future in futures]

    def stream(self, func, step: int) -> Iterator:
        """``func(indices)`` over runs of ``step`` dumps: the results one by one, in dump order,
        with only a few runs asked for ahead (few results wait in memory)."""
        if not self.pools:
            for start in range(0, len(self.shares[0]), step):
                yield from func(self.shares[0][start : start + step])
            return
        for pool, share in zip(self.pools, self.shares, strict=True):
            asked: collections.deque = collections.deque()
            for start in range(0, len(share), step):
                asked.append(pool.submit(func, share[start : start + step]))
                if len(asked) > STREAM_AHEAD:
                    yield from asked.popleft().result()
            while asked:
                yield from asked.popleft().result()

    def share(self, **values) -> None:
        """Give every worker these values (sent once to each), for the tasks that follow."""
        if not self.pools:
            _share(values)
        for pool in self.pools:
            pool.submit(_share, values)  # one worker per pool: it runs before the next tasks

    def run(self, func, items: list | None = None, *, tasks: int = TASKS_PER_WORKER) -> list:
        """``func(indices)`` over every worker's share, results in dump order.

        With ``items`` (one per dump, in dump order), ``func(indices, items of those dumps)``.
        """
        if not self.pools:
            share = self.shares[0]
            return func(share) if items is None else func(share, items)
        futures = []
        for pool, share in zip(self.pools, self.shares, strict=True):
            step = -(-len(share) // tasks) or 1
            for i in range(0, len(share), step):
                part = share[i : i + step]
                args = () if items is None else (items[part.start : part.stop],)
                futures.append(pool.submit(func, part, *args))
        results: list = []
        for future in futures:
            results += future.result()
        return results


def _share(values: dict) -> None:
    _STATE.update(values)


def _read_part(names: list[str], workers: int) -> tuple[list[tuple[str, str]], list[tuple[str, SourceError]], list]:
    """Read, decode and ingest the dump files ``names`` and keep their dumps here.

    Returns each dump's (name, sha256) and each failure as (outcome name,
    error), in file order, and the lines that may be frequent in the archive:
    those these dumps hold often enough that the archive, of ``workers``
    shares like this one or bigger, may hold them in enough dumps.
    """
    from generator.clean import collect_archive_stats, frequent_line_floor
    from generator.ingest import ingest_json_dump, ingest_text_dump

    context = _STATE["context"]
    raws: list[RawDump] = []
    failures: list[tuple[str, SourceError]] = []
    for name in names:
        try:
            try:
                data = (context.dumps_dir / name).read_bytes()
            except OSError as err:  # unreadable, a broken link, gone since listed: this dump fails, the rest go on
                raise SourceError(name, f"cannot read: {err.strerror or err}") from None
            if name.endswith(".txt"):
                raws.append(ingest_text_dump(name, data))
            else:
                records, record_errors = ingest_json_dump(name, data)
                raws.extend(records)
                failures += [(_error_name(err), err) for err in record_errors]
        except SourceError as err:
            failures.append((name, err))
    raws = [_apply_sidecar(raw, context.sidecar.get(raw.name)) for raw in raws]
    _STATE["raws"] = raws  # numbered by _number_dumps once the parent knows the earlier shares
    stats = _STATE["archive_stats"] = collect_archive_stats(raws)
    # A line in at least F dumps of the archive is in at least F / workers dumps of one share.
    floor = frequent_line_floor(context.rules, stats.dump_count) // workers
    candidates = [line for line, seen in stats.line_counts.items() if seen >= floor]
    return [(raw.name, raw.sha256) for raw in raws], failures, candidates


def _line_counts(candidates: list[str]):
    """This worker's archive statistics, of the ``candidates`` lines only (the others decide nothing)."""
    from generator.clean import ArchiveStats

    stats = _STATE.pop("archive_stats")
    counts = stats.line_counts
    lines = {line: counts[line] for line in candidates if line in counts}
    heads = {line: stats.head_counts[line] for line in candidates if line in stats.head_counts}
    return ArchiveStats(stats.dump_count, lines, stats.suffix_counts, heads)


def _number_dumps(first: int) -> None:
    """This worker's dumps are the archive's dumps ``first``, ``first + 1``, …"""
    _STATE["raws"] = dict(enumerate(_STATE["raws"], first))


def _clean_part(indices: range) -> list[DumpReport]:
    """Clean the dumps among ``indices`` (kept here); what the parent needs of them, and the report's summary."""
    from generator.clean import clean_dump
    from generator.report import dump_report

    context, raws, cleaned, stats = _STATE["context"], _STATE["raws"], _STATE["cleaned"], _STATE["stats"]
    for i in indices:
        cleaned[i] = clean_dump(raws[i], context.rules, stats)
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


def _structure_part(indices: range) -> list[str | None]:
    """Structure the articles among ``indices`` and render their content files (kept here for
    ``_write_part``); the slug of each article's title, None for a skipped dump."""
    from generator.report import dump_section
    from generator.to_markdown import article_to_markdown

    context, raws, cleaned, encoded = _STATE["context"], _STATE["raws"], _STATE["cleaned"], _STATE["encoded"]
    term_stats, articles, sections = _STATE["term_stats"], _STATE["articles"], _STATE["sections"]
    slugs: list[str | None] = []
    for i in indices:
        raw, clean = raws.pop(i), cleaned.pop(i)  # not needed after this stage
        sections[i] = dump_section(clean)  # its part of the report, sent when the report is written
        if clean.skip_reason or clean.title is None:
            slugs.append(None)
            continue
        article, body_md = _structure_one(
            raw, clean, context.sidecar.get(raw.name), context, term_stats, encoded.pop(i, None)
        )
        text = article_to_markdown(article, body_md)  # most slugs stay; _write_part redoes the others
        # Without the blocks (the cleaner's), and the body only inside the text: where it starts.
        articles[i] = (dataclasses.replace(article, blocks=()), text, len(text) - len(body_md))
        slugs.append(article.slug)
    return slugs


def _write_part(indices: range, plans: list) -> list[tuple[str | None, str | None]]:
    """Write the articles among ``indices`` where their plan, (content path, import record) or
    None for a skipped dump, allows: (status, fingerprint of the bytes) per dump.

    The status is ``content_status``'s; the fingerprint is that of the bytes
    written (or found unchanged), None when the file was kept or the dump skipped.
    """
    from generator.to_markdown import article_to_markdown

    content_dir, articles = _STATE["context"].content_dir, _STATE["articles"]
    done: list[tuple[str | None, str | None]] = []
    for i, plan in zip(indices, plans, strict=True):
        if plan is None:
            done.append((None, None))
            continue
        rel_path, record = plan
        article, text, body_start = articles.pop(i)
        slug = rel_path[: -len(".md")]
        if slug != article.slug:  # taken by another article: the text was rendered with the title's slug
            text = article_to_markdown(dataclasses.replace(article, slug=slug), text[body_start:])
        data = text.encode("utf-8")
        path = content_dir / rel_path
        status = content_status(path, data, record)
        if status in ("new", "update"):
            done.append((status, write_content_file(path, data)))
        elif status == "unchanged":
            done.append((status, sha256_of(data) if record is None else None))
        else:
            done.append((status, None))
    return done


def _report_part(indices: range) -> list[tuple[bytes, bytes]]:
    """The report sections of the dumps among ``indices`` (``dump_section``), rendered by ``_structure_part``."""
    sections = _STATE["sections"]
    return [sections.pop(i) for i in indices]


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
    # The archivist's metadata.csv wins, then the dump (its field or title suffix), then site.toml.
    outlet = (row.outlet if row else None) or article.outlet or context.outlet or None
    if outlet != article.outlet:
        article = dataclasses.replace(article, outlet=outlet)
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
