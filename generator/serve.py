"""Live preview: build once, serve ``public/`` on 127.0.0.1, rebuild and reload on change.

livereload serves the site and tells open pages to reload. Its own watcher
polls every 0.8 s and runs a task on every poll that saw a change; ours polls
every 0.1 s and waits for the files to be quiet for 0.15 s, so a burst of
saves (an editor writing a file in several steps, a ``git checkout``) gives
one rebuild, and a single save shows in the browser well within a second on
the sample site.
"""

from __future__ import annotations

import dataclasses
import logging
import time

from livereload.watcher import Watcher

from generator.config import SiteConfig, load_config
from generator.errors import WarraqError

log = logging.getLogger("warraq.serve")

POLL_MS = 100
QUIET_SECONDS = 0.15


class DebouncedWatcher(Watcher):
    """A livereload watcher that runs each task once per burst of changes."""

    def __init__(self) -> None:
        super().__init__()
        self._pending: set[str] = set()
        self._last_change = 0.0
        self._callback = None

    def start(self, callback) -> bool:
        from tornado import ioloop

        if self._callback is None:
            self._callback = ioloop.PeriodicCallback(callback, POLL_MS)
            self._callback.start()
        return True  # tells livereload not to start its own 0.8 s poll

    def examine(self):
        if self._changes:
            return self._changes.pop()
        self.filepath = None
        for path, item in self._tasks.items():
            self._task_mtimes = item["mtimes"]
            if self.is_changed(path, item["ignore"]):
                self._pending.add(path)
                self._last_change = time.monotonic()
        if not self._pending or time.monotonic() - self._last_change < QUIET_SECONDS:
            return None, None
        funcs = []
        for path in sorted(self._pending):
            func = self._tasks[path]["func"]
            if func is not None and func not in funcs:
                funcs.append(func)
        changed = sorted(self._pending)[0]
        self._pending.clear()
        # A re-import builds too: when both are due, run only the re-import.
        if any(getattr(f, "includes_build", False) for f in funcs):
            funcs = [f for f in funcs if getattr(f, "includes_build", False)][:1]
        for func in funcs:
            func()
        self.filepath = changed
        return changed, None


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
    server = Server(watcher=DebouncedWatcher())
    server.watch(str(config.path(config.content_dir)), rebuild)
    server.watch(str(config.path(config.dumps_dir)), reimport)
    server.watch(str(config.path(config.templates_dir)), rebuild)
    server.watch(str(config.path(config.static_dir)), rebuild)
    if config_file:
        server.watch(config_file, rebuild)
    log.warning("serving %s on http://%s:%d/", config.path(config.output_dir), host, port)
    server.serve(
        root=str(config.path(config.output_dir)),
        host=host,
        port=port,
        open_url_delay=None,
        restart_delay=0,
    )
