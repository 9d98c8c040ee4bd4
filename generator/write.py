"""Write stage: the only code that writes files.

- ``write_content``: Markdown files into ``content/``; never over an editor's change.
- ``write_site``: the rendered site into a staging folder beside ``public/``,
  swapped in only when everything was written.
"""

from __future__ import annotations

import gc
import itertools
import json
import os
import shutil
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from generator.ingest import sha256_of
from generator.model import OutputFile, PlannedFile

STATE_VERSION = 1


@dataclass(frozen=True, slots=True)
class ContentRecord:
    """What import last wrote for one dump: where, and the bytes' fingerprint."""

    path: str  # relative to the content dir, POSIX
    written_sha256: str  # of the Markdown bytes Warraq wrote
    dump_sha256: str


def load_import_state(state_path: Path) -> dict[str, ContentRecord]:
    """Read the import fingerprints (dump name → record); empty if absent or unreadable."""
    try:
        data = json.loads(state_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("version") != STATE_VERSION:
        return {}
    records = {}
    for name, rec in data.get("dumps", {}).items():
        try:
            records[name] = ContentRecord(rec["path"], rec["written_sha256"], rec["dump_sha256"])
        except (KeyError, TypeError):
            continue
    return records


def save_import_state(state_path: Path, records: dict[str, ContentRecord]) -> None:
    """Write the import fingerprints atomically, as ``json.dumps(…, ensure_ascii=False,
    indent=1, sort_keys=True)`` writes them (10,000 records: formatted directly, 10× quicker)."""
    string = json.encoder.encode_basestring  # json.dumps's own string encoder
    entries = ",\n".join(
        f"  {string(name)}: {{\n"
        f'   "dump_sha256": {string(r.dump_sha256)},\n'
        f'   "path": {string(r.path)},\n'
        f'   "written_sha256": {string(r.written_sha256)}\n'
        "  }"
        for name, r in sorted(records.items())
    )
    dumps = f"{{\n{entries}\n }}" if entries else "{}"
    text = f'{{\n "dumps": {dumps},\n "version": {json.dumps(STATE_VERSION)}\n}}\n'
    _atomic_write(state_path, text.encode("utf-8"))


def content_status(path: Path, new_bytes: bytes, record: ContentRecord | None) -> str:
    """Decide what import does with one file: "new", "unchanged", "update" or "kept".

    "kept" means an editor changed the file since Warraq wrote it (or Warraq
    never wrote it): import leaves it alone.
    """
    if not path.exists():
        return "new"
    current = path.read_bytes()
    if current == new_bytes:
        return "unchanged"
    if record is not None and sha256_of(current) == record.written_sha256:
        return "update"
    return "kept"


def write_content_file(path: Path, data: bytes) -> str:
    """Write one Markdown file atomically; return the fingerprint to remember."""
    _atomic_write(path, data)
    return sha256_of(data)


def _atomic_write(path: Path, data: bytes) -> None:
    """Write ``path`` through a temporary file beside it, renamed over it once complete.

    The file gets the usual permissions (0o666 less the umask), not
    ``mkstemp``'s 0o600: a web server running as another user can read the
    audit report, a group can share the archive.
    """
    try:
        fd, tmp = _open_temporary(path)
    except OSError as err:  # name the folder that cannot take the file, not a temporary name
        raise OSError(err.errno, err.strerror, str(path.parent)) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


_TEMPORARY_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
_temporary_names = itertools.count()


def _open_temporary(path: Path) -> tuple[int, str]:
    """A new file beside ``path`` named for this process (creating the folder if needed)."""
    while True:
        tmp = f"{path.parent}{os.sep}.tmp-{os.getpid()}-{next(_temporary_names)}{path.suffix}"
        try:
            return os.open(tmp, _TEMPORARY_FLAGS, 0o666), tmp
        except FileExistsError:  # left by a crashed process that had this pid: take the next name
            continue
        except FileNotFoundError:
            path.parent.mkdir(parents=True, exist_ok=True)


def staging_dir_for(output_dir: Path) -> Path:
    """A fresh staging folder beside the output folder (same file system, so the swap is a rename)."""
    output_dir.parent.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=f".{output_dir.name}-staging-", dir=output_dir.parent))


def write_files(staging: Path, files: Iterable[OutputFile]) -> int:
    """Write rendered files under ``staging``; return how many were written.

    Through ``os`` with string paths, not ``Path.write_bytes``: a cold build writes
    a page in every new folder, and pathlib's objects and buffered file cost
    more than the three system calls (135 → 63 µs a page).
    """
    root = str(staging)
    made: set[str] = set()
    count = 0
    for item in files:
        dest = f"{root}/{item.dest_path}"
        folder = dest[: dest.rindex("/")]
        if folder not in made:
            _make_folder(folder)
            made.add(folder)
        _write_new_file(dest, item.content)
        count += 1
    return count


def _make_folder(folder: str) -> None:
    """Make ``folder`` (its parents too), most often with one ``mkdir`` call."""
    try:
        os.mkdir(folder)
    except FileNotFoundError:
        os.makedirs(folder, exist_ok=True)
    except FileExistsError:
        pass


_WRITE_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)


def _write_new_file(path: str, data: bytes) -> None:
    fd = os.open(path, _WRITE_FLAGS, 0o666)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
    finally:
        os.close(fd)


PARALLEL_MIN_FILES = 400


def render_into(staging: Path, planned: list[PlannedFile], workers: int = 1) -> int:
    """Render planned files and write them under ``staging`` (one in memory at a time).

    With many files and ``workers`` > 1, forked worker processes render and
    write interleaved slices of the list: they inherit the plan (closures
    cannot be pickled) and return only counts.
    """
    if workers <= 1 or len(planned) < PARALLEL_MIN_FILES or "fork" not in _start_methods():
        return write_files(staging, (OutputFile(p.dest_path, p.render()) for p in planned))
    import multiprocessing

    global _FORK_PLAN  # read by the forked workers only; cleared below
    _FORK_PLAN = (staging, planned)
    try:
        step = 64
        slices = [range(start, min(start + step, len(planned))) for start in range(0, len(planned), step)]
        # The workers collect their own cycles (Jinja makes some), never the plan they
        # inherit: frozen, it is left out of every collection (and its pages stay shared).
        gc.freeze()
        with multiprocessing.get_context("fork").Pool(workers, initializer=gc.enable) as pool:
            return sum(pool.imap_unordered(_render_slice, slices))
    finally:
        gc.unfreeze()
        _FORK_PLAN = None


_FORK_PLAN: tuple[Path, list[PlannedFile]] | None = None


def _start_methods() -> list[str]:
    import multiprocessing

    return multiprocessing.get_all_start_methods()


def _render_slice(indices: range) -> int:
    staging, planned = _FORK_PLAN
    return write_files(staging, (OutputFile(planned[i].dest_path, planned[i].render()) for i in indices))


def journal_path(output_dir: Path) -> Path:
    return output_dir.with_name(f".{output_dir.name}-journal.json")


def commit_changes(staging: Path, output_dir: Path, changed: list[str], removed: list[str]) -> None:
    """Move the re-rendered files from ``staging`` into ``output_dir`` and delete removed ones.

    Every changed file is complete in ``staging`` before the first move; a
    journal beside the output folder lists the moves, so an interrupted commit
    is finished by the next build (``finish_interrupted_commit``).
    """
    journal = journal_path(output_dir)
    data = {
        "staging": str(staging),
        "changed": list(changed),
        "removed": list(removed),
    }
    _atomic_write(journal, json.dumps(data, ensure_ascii=False).encode("utf-8"))
    _apply_journal(data, output_dir)
    journal.unlink()
    shutil.rmtree(staging, ignore_errors=True)


def finish_interrupted_commit(output_dir: Path) -> bool:
    """Complete a commit that a killed build left half done; True if there was one."""
    journal = journal_path(output_dir)
    if not journal.exists():
        return False
    try:
        data = json.loads(journal.read_text(encoding="utf-8"))
    except ValueError:
        journal.unlink()
        return False
    _apply_journal(data, output_dir)
    journal.unlink()
    shutil.rmtree(data["staging"], ignore_errors=True)
    return True


def _apply_journal(data: dict, output_dir: Path) -> None:
    staging = Path(data["staging"])
    for rel in data["changed"]:
        source = staging / rel
        if source.exists():
            dest = output_dir / rel
            dest.parent.mkdir(parents=True, exist_ok=True)
            os.replace(source, dest)
    for rel in data["removed"]:
        dest = output_dir / rel
        dest.unlink(missing_ok=True)
        parent = dest.parent
        while parent != output_dir and parent.is_dir() and not any(parent.iterdir()):
            parent.rmdir()
            parent = parent.parent


def static_files(source_dir: Path, into: str) -> list[PlannedFile]:
    """Plan copies of a folder's files (static assets, the import report), keyed by their bytes."""
    if not source_dir.is_dir():
        return []
    planned = []
    for path in sorted(p for p in source_dir.rglob("*") if p.is_file()):
        dest = f"{into}/{path.relative_to(source_dir).as_posix()}"
        data = path.read_bytes()
        planned.append(PlannedFile(dest, sha256_of(data), lambda data=data: data))
    return planned


def swap_into_place(staging: Path, output_dir: Path) -> None:
    """Replace ``output_dir`` with ``staging`` (old output removed only after the rename)."""
    old = None
    if output_dir.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{output_dir.name}-old-", dir=output_dir.parent))
        old.rmdir()
        os.replace(output_dir, old)
    os.replace(staging, output_dir)
    if old is not None:
        _remove_in_background(old)


def _remove_in_background(folder: Path) -> None:
    """Delete a replaced output folder without making the build wait for it.

    Removing 10,000 page folders takes seconds on a slow disk; the new site is
    already in place, so a detached ``rm -rf`` does it (in-process where there
    is no ``rm``).
    """
    rm = shutil.which("rm")
    if rm is None or not hasattr(os, "spawnv"):
        shutil.rmtree(folder, ignore_errors=True)
        return
    _reap_finished_removals()
    _REMOVALS.append(os.spawnv(os.P_NOWAIT, rm, [rm, "-rf", "--", str(folder)]))


# Process ids of background removals still to be collected: the one piece of
# process state in Warraq, so that a long `serve` leaves no zombie processes.
_REMOVALS: list[int] = []


def _reap_finished_removals() -> None:
    for pid in list(_REMOVALS):
        try:
            done, _ = os.waitpid(pid, os.WNOHANG)
        except ChildProcessError:
            done = pid
        if done:
            _REMOVALS.remove(pid)


def discard(staging: Path) -> None:
    shutil.rmtree(staging, ignore_errors=True)
