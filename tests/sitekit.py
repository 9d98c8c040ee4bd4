"""Helpers to declare a tiny site inline and build it into tmp_path."""

from __future__ import annotations

import dataclasses
import shutil
import textwrap
from pathlib import Path

from generator.config import SiteConfig, load_config

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus"


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
