"""The build cache: what the last build read and wrote, keyed by content hashes.

One SQLite file (``.warraq-cache/build-<hash of the output folder>.sqlite``) holds
- ``pages``: each content file's stat signature and its loaded front matter (so an
  unchanged file is neither read nor parsed again);
- ``blobs``: tables loaded whole: which articles each article lists as related,
  and which output files show each content file;
- ``bodies``: where each rendered article body (by the SHA-256 of its Markdown)
  sits in the bodies file beside the database, so a body is converted once. The
  HTML itself is appended to that plain file by whichever process converted it
  (SQLite would write it twice, through its journal, and send it through the
  parent); a checksum per body catches a file that lost data in a crash, and
  the file is compacted when more than half of it is stale;
- ``outputs``: each output file's key (a hash of everything that went into it),
  so a rebuild renders and writes only the files whose inputs changed.

The cache is an optimisation only: deleting it gives a cold build with the
same output. A cache written by another Warraq version is ignored.
"""

from __future__ import annotations

import os
import pickle
import sqlite3
import zlib
from collections.abc import Callable, Iterable
from pathlib import Path

from generator.model import Page

CACHE_VERSION = "9"

# A body's place in the bodies file: (offset, length in bytes, readable characters, CRC-32).
BodyRef = tuple[int, int, int, int]


class BuildCache:
    """A handle on the cache file. Use as a context manager; writes commit on exit."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.bodies_path = bodies_path_for(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(str(path))
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self._create()

    def _create(self) -> None:
        db = self.db
        db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
        row = db.execute("SELECT value FROM meta WHERE key='version'").fetchone()
        if row is None or row[0] != CACHE_VERSION:
            for table in ("blobs", "pages", "html", "bodies", "outputs"):
                db.execute(f"DROP TABLE IF EXISTS {table}")
            db.execute("DELETE FROM meta")
            db.execute("INSERT INTO meta VALUES ('version', ?)", (CACHE_VERSION,))
            self.bodies_path.unlink(missing_ok=True)
        db.execute("CREATE TABLE IF NOT EXISTS blobs (name TEXT PRIMARY KEY, data BLOB)")
        db.execute(
            "CREATE TABLE IF NOT EXISTS pages (src_path TEXT PRIMARY KEY, mtime_ns INTEGER, size INTEGER, page BLOB)"
        )
        # Small rows keyed by text: WITHOUT ROWID keeps one B-tree instead of a table and
        # its index (at 100,000 articles the file shrinks by 30 MB, inserts take a fifth less).
        db.execute(
            "CREATE TABLE IF NOT EXISTS bodies"
            " (sha TEXT PRIMARY KEY, offset INTEGER, length INTEGER, chars INTEGER, crc INTEGER) WITHOUT ROWID"
        )
        db.execute("CREATE TABLE IF NOT EXISTS outputs (dest TEXT PRIMARY KEY, key TEXT) WITHOUT ROWID")
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

    # -- rendered bodies ------------------------------------------------
    def known_bodies(self) -> set[str]:
        return {sha for (sha,) in self.db.execute("SELECT sha FROM bodies")}

    def body_refs(self, shas: Iterable[str] | None = None) -> dict[str, BodyRef]:
        """Where each body is (all of them, or those of ``shas``)."""
        if shas is None:
            rows = self.db.execute("SELECT sha, offset, length, chars, crc FROM bodies")
        else:
            self.db.execute("CREATE TEMP TABLE IF NOT EXISTS wanted (sha TEXT PRIMARY KEY)")
            self.db.execute("DELETE FROM wanted")
            self.db.executemany("INSERT OR IGNORE INTO wanted VALUES (?)", ((sha,) for sha in shas))
            rows = self.db.execute("SELECT sha, offset, length, chars, crc FROM bodies JOIN wanted USING (sha)")
        return {sha: (offset, length, chars, crc) for sha, offset, length, chars, crc in rows}

    def store_bodies(self, rows: Iterable[tuple[str, int, int, int, int]]) -> None:
        """Rows from ``append_body``: (sha, offset, length, chars, crc).

        Inserted in key order: hashes in arrival order land all over the B-tree
        (at 100,000 bodies that took twice as long).
        """
        self.db.executemany("INSERT OR REPLACE INTO bodies VALUES (?, ?, ?, ?, ?)", sorted(rows))

    def prune_bodies(self, keep: set[str], stored: set[str]) -> None:
        """Forget the ``stored`` bodies no page uses; compact the bodies file when most of it is stale."""
        stale = [(sha,) for sha in stored - keep]
        self.db.executemany("DELETE FROM bodies WHERE sha = ?", stale)
        live = self.db.execute("SELECT COALESCE(SUM(length), 0) FROM bodies").fetchone()[0]
        try:
            size = self.bodies_path.stat().st_size
        except FileNotFoundError:
            return
        if size - live > max(live, COMPACT_MIN_STALE_BYTES):
            self._compact_bodies()

    def _compact_bodies(self) -> None:
        """Copy the live bodies into a new file. A crash midway leaves rows and file
        disagreeing: the checksums catch it and those bodies are converted again."""
        refs = sorted(self.body_refs().items(), key=lambda item: item[1][0])
        temp = self.bodies_path.with_name(self.bodies_path.name + ".tmp")
        moved = []
        with open(self.bodies_path, "rb") as old, open(temp, "wb") as new:
            for sha, (offset, length, _chars, _crc) in refs:
                old.seek(offset)
                moved.append((new.tell(), sha))
                new.write(old.read(length))
        self.db.executemany("UPDATE bodies SET offset = ? WHERE sha = ?", moved)
        self.db.commit()
        os.replace(temp, self.bodies_path)

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


COMPACT_MIN_STALE_BYTES = 16 * 1024 * 1024


def bodies_path_for(cache_path: Path) -> Path:
    return cache_path.with_name(cache_path.stem + ".bodies")


_APPEND_FDS: dict[tuple[int, str], int] = {}  # (process id, path) → descriptor opened for appending


def append_body(bodies_path: Path, sha: str, html: str, chars: int) -> tuple[str, int, int, int, int]:
    """Append one rendered body to the bodies file; return its row for ``store_bodies``.

    Every process appends through its own descriptor opened with O_APPEND, so
    each write lands whole at the end of the file and the descriptor's offset
    after it tells where it landed, whatever other processes write meanwhile.
    """
    key = (os.getpid(), str(bodies_path))
    fd = _APPEND_FDS.get(key)
    if fd is None:
        fd = _APPEND_FDS[key] = os.open(bodies_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    data = html.encode("utf-8")
    if os.write(fd, data) != len(data):
        raise OSError(f"{bodies_path}: short write")
    end = os.lseek(fd, 0, os.SEEK_CUR)
    return sha, end - len(data), len(data), chars, zlib.crc32(data)


def close_body_appenders() -> None:
    """Close this process's append descriptors (a compacted file is a new file)."""
    pid = os.getpid()
    for key in [key for key in _APPEND_FDS if key[0] == pid]:
        os.close(_APPEND_FDS.pop(key))


class BodyStore:
    """Rendered article bodies, read from the bodies file (in any process, forked or not).

    A body the file does not hold intact (a crash lost it) is converted again
    from its content file by ``reconvert``.
    """

    def __init__(
        self, cache: BuildCache, reconvert: Callable[[Page], tuple[str, int]], shas: Iterable[str] | None = None
    ) -> None:
        self.refs = cache.body_refs(shas)  # only those of ``shas`` when a rebuild renders a few pages
        self.path = cache.bodies_path
        self.reconvert = reconvert
        self._fd: tuple[int, int] | None = None  # (process id, descriptor)

    def __call__(self, page: Page) -> tuple[str, int]:
        ref = self.refs.get(page.body_sha256)
        if ref is not None:
            offset, length, chars, crc = ref
            try:
                data = os.pread(self._descriptor(), length, offset)
            except OSError:
                data = b""
            if len(data) == length and zlib.crc32(data) == crc:
                return data.decode("utf-8"), chars
        return self.reconvert(page)

    def _descriptor(self) -> int:
        pid = os.getpid()
        if self._fd is None or self._fd[0] != pid:
            self._fd = (pid, os.open(self.path, os.O_RDONLY))
        return self._fd[1]

    def close(self) -> None:
        if self._fd is not None and self._fd[0] == os.getpid():
            os.close(self._fd[1])
        self._fd = None
