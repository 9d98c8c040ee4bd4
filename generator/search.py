"""Search stage: index the staging folder with Pagefind before the swap.

Pagefind (the ``pagefind[extended]`` wheel ships its binary) reads the built
HTML, finds ``lang="ar"`` and writes ``pagefind/`` with its Arabic interface.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from generator.errors import WarraqError


def index_site(site_dir: Path) -> bool:
    """Run Pagefind over ``site_dir``; raise WarraqError if it fails."""
    command = [sys.executable, "-m", "pagefind", "--site", str(site_dir), "--silent"]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=600, check=False)
    except (OSError, subprocess.TimeoutExpired) as err:
        raise WarraqError(f"search index: could not run Pagefind: {err}") from None
    if done.returncode != 0:
        detail = (done.stderr or done.stdout).strip().splitlines()[-5:]
        raise WarraqError("search index: Pagefind failed: " + " | ".join(detail))
    return (site_dir / "pagefind" / "pagefind.js").exists()
