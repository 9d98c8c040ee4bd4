"""The build cache: what the last build read and wrote, keyed by content hashes.

One SQLite file (``.warraq-cache/build.sqlite``) holds
- ``blobs``: each content file's stat signature and its loaded front matter (so an
  unchanged file is neither read nor parsed again), and which articles each
  article lists as related;
- ``html``: rendered article bodies by the SHA-256 of their Markdown, so a body
  is converted by Python-Markdown once;
- ``outputs``: each output file's key (a hash of everything that went into it),
  so a rebuild renders and writes only the files whose inputs changed.

The cache is an optimisation only: deleting it gives a cold build with the
same output. A cache written by another Warraq version is ignored.
"""

from __future__ import annotations

import os
import pickle
import sqlite3
from collections.abc import Iterable
from pathlib import Path

from generator.model import Page

CACHE_VERSION = "6"


class BuildCache:
    """A handle on the cache file. Use as a context manager; writes commit on exit."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(str(path) if path is not None else ":memory:")
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self._create()

    def _create(self) -> None:
        db = self.db
        db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
        row = db.execute("SELECT value FROM meta WHERE key='version'").fetchone()
        if row is None or row[0] != CACHE_VERSION:
            for table in ("blobs", "pages", "html", "outputs"):
                db.execute(f"DROP TABLE IF EXISTS {table}")
            db.execute("DELETE FROM meta")
            db.execute("INSERT INTO meta VALUES ('version', ?)", (CACHE_VERSION,))
        db.execute("CREATE TABLE IF NOT EXISTS blobs (name TEXT PRIMARY KEY, data BLOB)")
        db.execute(
            "CREATE TABLE IF NOT EXISTS pages (src_path TEXT PRIMARY KEY, mtime_ns INTEGER, size INTEGER, page BLOB)"
        )
        db.execute("CREATE TABLE IF NOT EXISTS html (sha TEXT PRIMARY KEY, html TEXT, chars INTEGER)")
        db.execute("CREATE TABLE IF NOT EXISTS outputs (dest TEXT PRIMARY KEY, key TEXT)")
        db.commit()

    def __enter__(self) -> BuildCache:
        return self

    def __exit__(self, *exc) -> None:
        if exc[0] is None:
            self.db.commit()
        self.db.close()

    # -- pages ------------------------------------------------------------
    def cached_pages(self) -> dict[str, tuple[int, int, Page]]:
        """Content path → (mtime_ns, size, Page without body) from the last build."""
        rows = self.db.execute("SELECT src_path, mtime_ns, size, page FROM pages")
        try:
            return {src: (mtime, size, Page(*pickle.loads(data))) for src, mtime, size, data in rows}
        except Exception:  # written by another version: start over
            return {}

    def update_pages(self, changed: dict[str, tuple[int, int, Page]], removed: Iterable[str]) -> None:
        """Store the pages read this build and forget deleted files (rows are plain tuples)."""
        names = Page.__dataclass_fields__
        self.db.executemany(
            "INSERT OR REPLACE INTO pages VALUES (?, ?, ?, ?)",
            (
                (src, mtime, size, pickle.dumps(tuple(getattr(page, n) for n in names), pickle.HIGHEST_PROTOCOL))
                for src, (mtime, size, page) in sorted(changed.items())
            ),
        )
        self.db.executemany("DELETE FROM pages WHERE src_path = ?", ((src,) for src in removed))

    # -- blobs: whole tables loaded in one read (pickle of plain data we wrote) --
    def load_blob(self, name: str):
        row = self.db.execute("SELECT data FROM blobs WHERE name = ?", (name,)).fetchone()
        if row is None:
            return None
        try:
            return pickle.loads(row[0])
        except Exception:  # a cache from another version: rebuild it
            return None

    def store_blob(self, name: str, value) -> None:
        data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        self.db.execute("INSERT OR REPLACE INTO blobs VALUES (?, ?)", (name, data))

    # -- rendered bodies --------------------------------------------------
    def known_html(self) -> set[str]:
        return {sha for (sha,) in self.db.execute("SELECT sha FROM html")}

    def store_html(self, rows: Iterable[tuple[str, str, int]]) -> None:
        self.db.executemany("INSERT OR REPLACE INTO html VALUES (?, ?, ?)", rows)

    def html(self, sha: str) -> tuple[str, int]:
        row = self.db.execute("SELECT html, chars FROM html WHERE sha = ?", (sha,)).fetchone()
        if row is None:
            raise KeyError(sha)
        return row[0], row[1]

    def prune_html(self, keep: set[str]) -> None:
        stale = [(sha,) for sha in self.known_html() - keep]
        self.db.executemany("DELETE FROM html WHERE sha = ?", stale)

    # -- outputs ----------------------------------------------------------
    def outputs(self) -> dict[str, str]:
        return dict(self.db.execute("SELECT dest, key FROM outputs"))

    def store_outputs(self, outputs: dict[str, str]) -> None:
        self.db.execute("DELETE FROM outputs")
        self.db.executemany("INSERT INTO outputs VALUES (?, ?)", sorted(outputs.items()))

    def update_outputs(self, changed: dict[str, str], removed: Iterable[str]) -> None:
        self.db.executemany("INSERT OR REPLACE INTO outputs VALUES (?, ?)", sorted(changed.items()))
        self.db.executemany("DELETE FROM outputs WHERE dest = ?", ((d,) for d in removed))

    def get(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    def commit(self) -> None:
        self.db.commit()


class BodyStore:
    """Rendered article bodies read from the cache file, safe in forked worker processes.

    SQLite connections must not cross a fork: each process opens its own,
    read-only, on first use.
    """

    def __init__(self, path: Path | None, fallback: BuildCache) -> None:
        self.path = path
        self.fallback = fallback
        self._pid = os.getpid()
        self._db: sqlite3.Connection | None = None

    def __call__(self, page: Page) -> tuple[str, int]:
        if os.getpid() == self._pid or self.path is None:
            return self.fallback.html(page.body_sha256)
        if self._db is None:
            self._db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
        row = self._db.execute("SELECT html, chars FROM html WHERE sha = ?", (page.body_sha256,)).fetchone()
        if row is None:
            raise KeyError(page.body_sha256)
        return row[0], row[1]
