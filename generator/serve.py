"""Live preview: build once, serve ``public/`` on 127.0.0.1, rebuild and reload on change.

livereload serves the site and tells open pages to reload. Its own watcher
polls every 0.8 s, walking every watched folder and reading every file's
time stamp, and runs a task on every poll that saw a change. Ours is told of
changes by the operating system (watchdog: inotify on Linux, FSEvents on macOS,
ReadDirectoryChangesW on Windows), so an idle server does no work at any
archive size: at 100,000 articles livereload's walk kept 40 % of a core busy
and saw a save only at its next walk. A path that does not exist yet, or that
the system will not watch, is polled as livereload would. Every 0.1 s the
server asks whether the changes have been quiet for 0.15 s, so a burst of
saves (an editor writing a file in several steps, a ``git checkout``) gives
one rebuild.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import threading
import time
from pathlib import Path

from livereload.watcher import Watcher
from watchdog.events import FileSystemEvent, FileSystemEventHandler

from generator.config import SiteConfig, load_config
from generator.errors import WarraqError

log = logging.getLogger("warraq.serve")

POLL_MS = 100
QUIET_SECONDS = 0.15


# What writes a file (or sets its time stamp, as `touch` does); opening and reading
# one, as every build does, is not a change.
CHANGE_EVENTS = frozenset({"created", "deleted", "modified", "moved", "attrib"})
WATCH_SHARE = 0.5  # at most this share of the system's inotify watches (one per folder) for one folder tree


class DebouncedWatcher(Watcher):
    """A livereload watcher that the system notifies, and that runs each task once per burst of changes.

    Watched folders are reported on by the system. Polled instead, as livereload
    polls: a watched file (one time stamp a poll), a folder that does not exist yet
    (watched once it does), and a folder the system would not report fully (one
    holding links to files elsewhere, or more folders than the watches left).
    A watched folder deleted, or replaced by another (``git checkout``, a rename),
    counts as a change and is watched again wherever it is.
    """

    def __init__(self) -> None:
        super().__init__()
        self._pending: set[str] = set()
        self._last_change = 0.0
        self._lock = threading.Lock()  # _pending and _last_change: the observer's thread writes them too
        self._callback = None
        self._observer = None
        self._roots: dict[str, tuple[object, tuple[int, int]]] = {}  # notified folder → (its watch, (device, inode))
        self._absent: set[str] = set()  # folders to watch once they exist

    @property
    def notified(self) -> set[str]:
        """The watched paths the system reports on (the rest are polled)."""
        return set(self._roots)

    def watch(self, path, func=None, delay=0, ignore=None):
        super().watch(path, func, delay, ignore)
        self._observe(path)

    def _observe(self, path: str) -> None:
        """Ask the system to report changes in the folder ``path``; where it cannot, ``path`` stays polled."""
        from watchdog.observers import Observer

        if not os.path.isdir(path):
            if not os.path.lexists(path):
                self._absent.add(path)
            return
        why = _unreportable(path)
        if why:
            log.warning("polling %s: %s", path, why)
            return
        if self._observer is None:
            self._observer = Observer()
            self._observer.daemon = True
            self._observer.start()
        try:
            stat = os.stat(path)
            watch = self._observer.schedule(
                _Relay(self, path, self._tasks[path]["ignore"]), path, recursive=True, follow_symlink=True
            )
        except OSError as err:  # e.g. the system's limit on watches
            log.warning("polling %s: cannot watch it (%s)", path, err)
            return
        self._roots[path] = (watch, (stat.st_dev, stat.st_ino))

    def _recheck_folders(self) -> None:
        """A watched folder gone or replaced is a change; watch what is there now. One stat per folder."""
        for path, (watch, identity) in list(self._roots.items()):
            try:
                stat = os.stat(path)
                if (stat.st_dev, stat.st_ino) == identity:
                    continue
            except OSError:
                pass
            del self._roots[path]
            try:
                self._observer.unschedule(watch)
            except (KeyError, OSError):  # its emitter already stopped with the folder
                pass
            self.mark(path)
            self._observe(path)
        for path in list(self._absent):
            if os.path.lexists(path):
                self._absent.discard(path)
                self.mark(path)
                self._observe(path)

    def mark(self, path: str) -> None:
        """Note a change to the watched ``path`` (called from the observer's thread too)."""
        with self._lock:
            self._pending.add(path)
            self._last_change = time.monotonic()

    def skips(self, filename: str, ignore) -> bool:
        """What livereload's polling skips (swap and compiled files, version control folders), and editor lock files."""
        if self.ignore(filename) or (ignore is not None and ignore(filename)):
            return True
        name = os.path.basename(filename)
        if name.startswith(".#") or (name.startswith("#") and name.endswith("#")):  # Emacs' lock and auto-save files
            return True
        parts = Path(filename).parts
        return any(d in parts for d in self.ignored_dirs)

    def start(self, callback) -> bool:
        from tornado import ioloop

        if self._callback is None:
            self._callback = ioloop.PeriodicCallback(callback, POLL_MS)
            self._callback.start()
        return True  # tells livereload not to start its own 0.8 s poll

    def stop(self) -> None:
        if self._observer is not None:
            self._observer.stop()
            self._observer.join(timeout=5)
            self._observer = None
            self._roots.clear()

    def examine(self):
        if self._changes:
            return self._changes.pop()
        self.filepath = None
        self._recheck_folders()
        for path, item in self._tasks.items():
            if path in self._roots:
                continue
            self._task_mtimes = item["mtimes"]
            if self.is_changed(path, item["ignore"]):
                self.mark(path)
        with self._lock:
            if not self._pending or time.monotonic() - self._last_change < QUIET_SECONDS:
                return None, None
            pending = sorted(self._pending)
            self._pending.clear()
        funcs = []
        for path in pending:
            func = self._tasks[path]["func"]
            if func is not None and func not in funcs:
                funcs.append(func)
        # A re-import builds too: when both are due, run only the re-import.
        if any(getattr(f, "includes_build", False) for f in funcs):
            funcs = [f for f in funcs if getattr(f, "includes_build", False)][:1]
        for func in funcs:
            func()
        self.filepath = pending[0]
        return pending[0], None


def _unreportable(folder: str) -> str | None:
    """Why the system could not report every change in ``folder``'s tree, or None.

    inotify reports on folders (one watch each, from a limit shared by the user's
    programs) and, for a link to a file elsewhere, on the link, not on that file.
    One listing per folder, no stat calls but for links.
    """
    budget = _inotify_watches()
    stack, seen, folders = [folder], {os.path.realpath(folder)}, 0
    while stack:
        folders += 1
        if budget is not None and folders > budget * WATCH_SHARE:
            return f"more than {folders - 1:,} folders, too many for the system's {budget:,} inotify watches"
        with os.scandir(stack.pop()) as entries:
            for entry in entries:
                if not entry.is_symlink():
                    if entry.is_dir(follow_symlinks=False):
                        stack.append(entry.path)
                elif not entry.is_dir():
                    return f"{entry.path} links to a file elsewhere, whose changes the system would not report"
                elif os.path.realpath(entry.path) not in seen:  # a linked folder: followed once
                    seen.add(os.path.realpath(entry.path))
                    stack.append(entry.path)
    return None


def _inotify_watches() -> int | None:
    """The system's limit on inotify watches per user (Linux), or None where there is none to read."""
    try:
        with open("/proc/sys/fs/inotify/max_user_watches", encoding="ascii") as limit:
            return int(limit.read())
    except (OSError, ValueError):
        return None


class _Relay(FileSystemEventHandler):
    """Passes the system's reports of changes in one watched folder to the watcher."""

    def __init__(self, watcher: DebouncedWatcher, path: str, ignore) -> None:
        self.watcher, self.path, self.ignore = watcher, path, ignore

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.event_type not in CHANGE_EVENTS:
            return
        if event.is_directory and event.event_type in ("modified", "attrib"):
            return  # a file in it came or went: that file's own event says whether it counts
        for name in (event.src_path, getattr(event, "dest_path", "")):
            if name and not self.watcher.skips(os.fsdecode(name), self.ignore):
                self.watcher.mark(self.path)
                return


def make_rebuilder(config: SiteConfig, config_file: str | None, *, reimport: bool = False):
    """Return a callback that re-reads site.toml and rebuilds (logging errors, never raising)."""
    from generator.pipeline import run_build, run_import

    def rebuild() -> None:
        current = config
        started = time.monotonic()
        try:
            if config_file is not None:
                current = dataclasses.replace(load_config(config_file), root=config.root)
            if reimport:
                run_import(current)
            result = run_build(current)
            for err in result.errors:
                log.warning("error: %s", err)
            log.warning(
                "rebuilt: %d articles, %d pages in %.2fs",
                result.pages,
                result.files,
                time.monotonic() - started,
            )
        except WarraqError as err:
            log.warning("error: %s", err)

    rebuild.includes_build = True if reimport else False  # type: ignore[attr-defined]
    return rebuild


def serve(config: SiteConfig, port: int = 8000, host: str = "127.0.0.1") -> None:
    from livereload import Server
    from livereload.handlers import LiveReloadHandler

    from generator.pipeline import run_build

    run_build(config)
    config_path = config.path("site.toml")
    config_file = str(config_path) if config_path.exists() else None
    rebuild = make_rebuilder(config, config_file)
    reimport = make_rebuilder(config, config_file, reimport=True)
    # livereload drops reload messages within 3 s of the previous one; our
    # watcher already merges bursts, so let every rebuild reload the page.
    LiveReloadHandler.DEFAULT_RELOAD_TIME = 0
    watcher = DebouncedWatcher()
    server = Server(watcher=watcher)
    server.watch(str(config.path(config.content_dir)), rebuild)
    server.watch(str(config.path(config.dumps_dir)), reimport)
    server.watch(str(config.path(config.templates_dir)), rebuild)
    server.watch(str(config.path(config.static_dir)), rebuild)
    if config_file:
        server.watch(config_file, rebuild)
    log.warning("serving %s on http://%s:%d/", config.path(config.output_dir), host, port)
    try:
        server.serve(
            root=str(config.path(config.output_dir)),
            host=host,
            port=port,
            open_url_delay=None,
            restart_delay=0,
        )
    finally:
        watcher.stop()
