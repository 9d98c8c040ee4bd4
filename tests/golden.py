"""Run the mini archive through import + build, for the golden test and `make golden`."""

from __future__ import annotations

import shutil
from pathlib import Path

from generator import cli

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "mini_archive"
REPO = FIXTURE.parents[2]


def run_mini_archive(work: Path) -> tuple[Path, int, int]:
    """Copy the fixture into ``work``, import and build; return (site root, import exit, build exit)."""
    root = work / "mini_archive"
    shutil.copytree(FIXTURE, root, ignore=shutil.ignore_patterns("expected"))
    shutil.copytree(REPO / "templates", root / "templates")
    shutil.copytree(REPO / "static", root / "static")
    config = str(root / "site.toml")
    imported = cli.main(["--config", config, "import"])
    built = cli.main(["--config", config, "build"])
    return root, imported, built


def output_files(root: Path) -> dict[str, bytes]:
    """The files the golden test compares: imported Markdown and the built site."""
    files = {}
    for base in ("content/articles", "public"):
        for path in sorted((root / base).rglob("*")):
            if path.is_file() and "static" not in path.relative_to(root / base).parts[:1]:
                files[path.relative_to(root).as_posix()] = path.read_bytes()
    return files
