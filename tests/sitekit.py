"""Helpers to declare a tiny site inline and build it into tmp_path."""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import http.server
import os
import shutil
import textwrap
import threading
from collections.abc import Iterator
from pathlib import Path

from generator.config import SiteConfig, load_config

REPO = Path(__file__).resolve().parent.parent
# The shared development corpus: $WARRAQ_CORPUS, else ../shared/corpus beside the repository.
CORPUS = Path(os.environ.get("WARRAQ_CORPUS") or REPO.parent / "shared" / "corpus")


def article(title: str, body: str, *, date: str | None = None, tags=(), slug: str | None = None, **extra) -> str:
    """Front matter + body for a content file."""
    lines = ["---", f"title: {title!r}".replace("'", '"') if '"' not in title else f"title: '{title}'"]
    if slug:
        lines.append(f"slug: {slug}")
    lines.append(f"date: {date if date else 'null'}")
    lines.append("tags: [" + ", ".join(tags) + "]")
    for key, value in extra.items():
        lines.append(f"{key}: {value}")
    lines += ["---", "", textwrap.dedent(body).strip(), ""]
    return "\n".join(lines)


def make_site(tmp_path: Path, files: dict[str, str], **settings) -> SiteConfig:
    """Lay out a site (templates and static from the repo) and return its config."""
    root = tmp_path / "site"
    root.mkdir(parents=True, exist_ok=True)
    shutil.copytree(REPO / "templates", root / "templates", dirs_exist_ok=True)
    shutil.copytree(REPO / "static", root / "static", dirs_exist_ok=True)
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    settings.setdefault("search", False)
    config = load_config(root / "site.toml") if (root / "site.toml").exists() else SiteConfig()
    return dataclasses.replace(config, root=root, **settings)


def read(config: SiteConfig, rel: str) -> str:
    return (config.path(config.output_dir) / rel).read_text(encoding="utf-8")


def copy_sample_site(root: Path, **settings) -> SiteConfig:
    """Copy the shipped sample (templates, static, content/dumps, site.toml, tags.toml) into ``root``."""
    root.mkdir(parents=True, exist_ok=True)
    for name in ("templates", "static"):
        shutil.copytree(REPO / name, root / name)
    shutil.copytree(REPO / "content" / "dumps", root / "content" / "dumps")
    shutil.copy(REPO / "site.toml", root / "site.toml")
    if (REPO / "content" / "tags.toml").exists():
        shutil.copy(REPO / "content" / "tags.toml", root / "content" / "tags.toml")
    return dataclasses.replace(load_config(root / "site.toml"), **settings)


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):  # keep test output clean
        pass


@contextlib.contextmanager
def serve_folder(folder: Path) -> Iterator[str]:
    """Serve ``folder`` on 127.0.0.1 (a free port) for the duration; yield its base URL."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
