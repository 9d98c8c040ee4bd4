"""Live preview: build once, serve ``public/`` on 127.0.0.1, rebuild and reload on change.

livereload's server watches the content, templates, static files and
site.toml; a burst of saves within its polling interval triggers one rebuild,
then every open page reloads.
"""

from __future__ import annotations

import logging

from generator.config import SiteConfig, load_config
from generator.errors import WarraqError

log = logging.getLogger("warraq.serve")


def make_rebuilder(config: SiteConfig, config_file: str | None, *, reimport: bool = False):
    """Return a callback that re-reads site.toml and rebuilds (logging errors, never raising)."""
    from generator.pipeline import run_build, run_import

    def rebuild() -> None:
        current = config
        try:
            if config_file is not None:
                fresh = load_config(config_file)
                current = fresh.__class__(**{**_as_dict(fresh), "root": config.root})
            if reimport:
                run_import(current)
            result = run_build(current)
            for err in result.errors:
                log.warning("error: %s", err)
            log.warning("rebuilt: %d articles, %d pages", result.pages, result.files)
        except WarraqError as err:
            log.warning("error: %s", err)

    return rebuild


def _as_dict(config: SiteConfig) -> dict:
    return {name: getattr(config, name) for name in config.__dataclass_fields__}


def serve(config: SiteConfig, port: int = 8000, host: str = "127.0.0.1") -> None:
    from livereload import Server

    from generator.pipeline import run_build

    run_build(config)
    config_file = str(config.path("site.toml")) if config.path("site.toml").exists() else None
    rebuild = make_rebuilder(config, config_file)
    reimport = make_rebuilder(config, config_file, reimport=True)
    server = Server()
    server.watch(str(config.path(config.content_dir)), rebuild, delay=0.2)
    server.watch(str(config.path(config.dumps_dir)), reimport, delay=0.2)
    server.watch(str(config.path(config.templates_dir)), rebuild, delay=0.2)
    server.watch(str(config.path(config.static_dir)), rebuild, delay=0.2)
    if config_file:
        server.watch(config_file, rebuild, delay=0.2)
    log.warning("serving %s on http://%s:%d/", config.path(config.output_dir), host, port)
    server.serve(root=str(config.path(config.output_dir)), host=host, port=port, open_url_delay=None, restart_delay=0)
