"""Search stage: index the staging folder with Pagefind before the swap.

Pagefind (the ``pagefind[extended]`` wheel ships its binary) reads the built
HTML, finds ``lang="ar"`` and writes ``pagefind/`` with its Arabic interface.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from generator.errors import WarraqError


def reindex_site(site_dir: Path) -> bool:
    """Rebuild the index of a live site: Pagefind writes beside it, then the folder is swapped."""
    fresh = site_dir / ".pagefind-new"
    shutil.rmtree(fresh, ignore_errors=True)
    index_site(site_dir, output=fresh)
    old = site_dir / ".pagefind-old"
    shutil.rmtree(old, ignore_errors=True)
    if (site_dir / "pagefind").exists():
        os.replace(site_dir / "pagefind", old)
    os.replace(fresh, site_dir / "pagefind")
    shutil.rmtree(old, ignore_errors=True)
    return True


def index_site(site_dir: Path, output: Path | None = None) -> bool:
    """Run Pagefind over ``site_dir``; raise WarraqError if it fails."""
    command = [sys.executable, "-m", "pagefind", "--site", str(site_dir), "--silent"]
    if output is not None:
        command += ["--output-path", str(output)]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=600, check=False)
    except (OSError, subprocess.TimeoutExpired) as err:
        raise WarraqError(f"search index: could not run Pagefind: {err}") from None
    if done.returncode != 0:
        detail = (done.stderr or done.stdout).strip().splitlines()[-5:]
        raise WarraqError("search index: Pagefind failed: " + " | ".join(detail))
    return ((output or site_dir / "pagefind") / "pagefind.js").exists()
