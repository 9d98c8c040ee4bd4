"""Incremental build support: what changed since the last build, from the build cache.

Content files are scanned by stat signature; unchanged ones come from the
cache, new bodies are converted once (both cores) and cached by content hash.
The signatures here decide how much a rebuild must plan: nothing (inputs
unchanged), only the files that show changed articles (the site's shape
unchanged), or everything.
"""

from __future__ import annotations

import dataclasses
import gc
import hashlib
import os
from pathlib import Path

from generator import __version__
from generator.body import convert_body
from generator.cache import CACHE_VERSION, BuildCache, append_body, close_body_appenders
from generator.config import SiteConfig
from generator.errors import SourceError
from generator.load import load_page
from generator.model import Page
from generator.write import static_files


def load_pages_cached(
    files: list[tuple[str, str, os.stat_result]], cache: BuildCache, workers: int
) -> tuple[list[Page], list[SourceError], set[str]]:
    """Load every content file; unchanged files come from the cache, new bodies are rendered once.

    Changed files are read, parsed and their bodies converted on both cores;
    the process that converts a body appends its HTML to the cache's bodies
    file, and only its place comes back here, so memory stays flat as the
    archive grows.
    """
    cached = cache.cached_pages()
    table: dict[str, tuple[int, int, Page]] = {}
    stale: list[tuple[str, str, os.stat_result]] = []
    for path, rel, stat in files:
        hit = cached.get(rel)
        # A cached page's body HTML is in the cache too: both are written in one
        # transaction, and bodies are pruned only when no page uses them.
        if hit is not None and hit[0] == stat.st_mtime_ns and hit[1] == stat.st_size:
            table[rel] = hit
        else:
            stale.append((path, rel, stat))
    errors: list[SourceError] = []
    known = cache.known_bodies()  # read once: the workers skip these, pruning starts from them
    if stale:
        rows: list[tuple[str, int, int, int, int]] = []
        read = _read_files(stale, known, cache.bodies_path, workers)
        for (_, rel, stat), (page, row) in zip(stale, read, strict=True):
            if isinstance(page, SourceError):
                errors.append(page)
                continue
            table[rel] = (stat.st_mtime_ns, stat.st_size, page)
            if row is not None:
                rows.append(row)
        cache.store_bodies(rows)
        known.update(row[0] for row in rows)
    pages = [table[rel][2] for _, rel, _ in files if rel in table]
    fresh = {rel: row for rel, row in table.items() if cached.get(rel) is not row}
    gone = set(cached) - set(table)
    if fresh or gone:
        cache.update_pages(fresh, gone)
        cache.prune_bodies({p.body_sha256 for p in pages}, known)
    return pages, errors, set(fresh)


PARALLEL_MIN_FILES = 100
# In a worker process (or around a serial run): bodies already in the cache, and the bodies file.
_KNOWN_BODIES: frozenset[str] = frozenset()
_BODIES_PATH: Path | None = None


def _read_files(stale, known_bodies: set[str], bodies_path: Path, workers: int):
    """``_read_file`` for each of ``stale``, in order; on ``workers`` processes when there are many."""
    jobs = [(path, rel) for path, rel, _ in stale]
    if workers <= 1 or len(jobs) < PARALLEL_MIN_FILES:
        _set_worker_state(known_bodies, bodies_path)
        try:
            yield from map(_read_file, jobs)
        finally:
            _set_worker_state(frozenset(), None)
            close_body_appenders()
        return
    import concurrent.futures

    chunk = max(8, min(64, len(jobs) // (workers * 8)))
    with concurrent.futures.ProcessPoolExecutor(
        workers, initializer=_start_worker, initargs=(known_bodies, bodies_path)
    ) as pool:
        yield from pool.map(_read_file, jobs, chunksize=chunk)


def _start_worker(known: set[str] | frozenset[str], bodies_path: Path) -> None:
    gc.enable()  # the build turns the cycle collector off in its own process only
    _set_worker_state(known, bodies_path)


def _set_worker_state(known: set[str] | frozenset[str], bodies_path: Path | None) -> None:
    global _KNOWN_BODIES, _BODIES_PATH  # set once per worker process (or around a serial run)
    _KNOWN_BODIES = frozenset(known)
    _BODIES_PATH = bodies_path


def _read_file(job: tuple[str, str]) -> tuple[Page | SourceError, tuple[str, int, int, int, int] | None]:
    """One content file → (its Page without the body, or the error; its body's row if the body is new)."""
    path, rel = job
    try:
        page = load_page(_read_text(path), path)
    except UnicodeDecodeError:
        return SourceError(path, "not UTF-8 text"), None
    except SourceError as err:
        return err, None
    row = None
    if page.body_sha256 not in _KNOWN_BODIES:
        row = append_body(_BODIES_PATH, page.body_sha256, *convert_body(page.body_md))
    return dataclasses.replace(page, src_path=rel, body_md=""), row


def _read_text(path: str) -> str:
    """``open(path, encoding="utf-8").read()``: its newlines all "\n", but decoded in one piece
    (a text file decodes in 8 KiB chunks: 62–74 µs an article against 50)."""
    with open(path, "rb") as handle:
        text = handle.read().decode("utf-8")
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def reconvert_body(content_dir: Path, page: Page) -> tuple[str, int]:
    """A body the cache lost, converted again from its content file (for ``BodyStore``)."""
    path = content_dir / page.src_path
    try:
        fresh = load_page(_read_text(str(path)), str(path))
    except (OSError, UnicodeDecodeError) as err:
        raise SourceError(str(path), f"cannot read it again: {err}") from None
    if fresh.body_sha256 != page.body_sha256:
        raise SourceError(str(path), "changed during the build: build again")
    return convert_body(fresh.body_md)


def inputs_signature(fingerprint: str, files, config: SiteConfig, output_dir: Path) -> str:
    """Hash of every input's stat signature: equal means nothing to rebuild."""
    digest = hashlib.sha256(fingerprint.encode("utf-8"))
    digest.update("".join(f"{rel}\0{stat.st_mtime_ns}\0{stat.st_size}\n" for _, rel, stat in files).encode())
    for folder in (config.path(config.static_dir), config.path(config.report_dir)):
        for path in sorted(folder.rglob("*")) if folder.is_dir() else []:
            if path.is_file():
                stat = path.stat()
                digest.update(f"{path}\0{stat.st_mtime_ns}\0{stat.st_size}\n".encode())
    return digest.hexdigest()


def order_signature(index) -> str:
    """Hash of the site's shape: which articles, in which order, with which slugs, dates and tags.

    While it holds, related lists, neighbours and list memberships are the
    same as last build, so a rebuild plans only the files that show changed articles.
    """
    text = "\n".join(f"{p.src_path}\0{p.slug}\0{p.date}\0{p.title_key}\0{chr(0).join(p.tags)}" for p in index.pages)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def reverse_dependencies(planned) -> dict[str, tuple[str, ...]]:
    """Content file → the output files that show its data."""
    shown: dict[str, list[str]] = {}
    for item in planned:
        for src in item.sources:
            shown.setdefault(src, []).append(item.dest_path)
    return {src: tuple(dests) for src, dests in shown.items()}


def content_files(content_dir: Path) -> list[tuple[str, str, os.stat_result]]:
    """(path, POSIX path relative to the content dir, stat) of every *.md, sorted."""
    if not content_dir.is_dir():
        return []
    found = []
    stack = [("", str(content_dir))]
    while stack:
        prefix, folder = stack.pop()
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    stack.append((f"{prefix}{entry.name}/", entry.path))
                elif entry.name.endswith(".md") and entry.is_file():
                    found.append((entry.path, prefix + entry.name, entry.stat()))
    found.sort(key=lambda item: item[1])
    return found


def cache_path_for(config: SiteConfig) -> Path:
    """One cache per output folder: building elsewhere never mixes their states."""
    output = str(config.path(config.output_dir).resolve())
    name = hashlib.sha256(output.encode("utf-8")).hexdigest()[:16]
    return config.path(config.cache_dir) / f"build-{name}.sqlite"


def site_fingerprint(config: SiteConfig) -> str:
    """Hash of everything every page depends on: settings, templates, Warraq's version."""
    digest = hashlib.sha256(repr((__version__, config, CACHE_VERSION)).encode("utf-8"))
    templates = config.path(config.templates_dir)
    for path in sorted(templates.rglob("*")) if templates.is_dir() else []:
        if path.is_file():
            digest.update(path.relative_to(templates).as_posix().encode("utf-8"))
            digest.update(path.read_bytes())
    return digest.hexdigest()


def output_identity(output_dir: Path) -> str:
    """The output folder's identity: a new one after every swap, or after `warraq clean`."""
    try:
        stat = output_dir.stat()
    except FileNotFoundError:
        return ""
    return f"{stat.st_dev}:{stat.st_ino}"


def is_same_output(cache: BuildCache, output_dir: Path) -> bool:
    identity = output_identity(output_dir)
    return bool(identity) and cache.get("output") == identity


def import_report_files(config: SiteConfig, output_dir: Path) -> list:
    """Carry the import audit report across a rebuild when it lives inside the output folder."""
    report_dir = config.path(config.report_dir)
    try:
        rel = report_dir.resolve().relative_to(output_dir.resolve())
    except ValueError:
        return []
    return static_files(report_dir, rel.as_posix())


# -- per-dump work, run in worker processes for large archives -----------------
