"""Take a screenshot of a built page in Debian's Chromium (for the README).

usage: python scripts/screenshot.py public/articles/<slug>/index.html docs/screenshot.png
"""

from __future__ import annotations

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]


def main(page_path: str, out: str, width: int = 900, height: int = 1100) -> None:
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        page = browser.new_page(viewport={"width": width, "height": height})
        page.goto(Path(page_path).resolve().as_uri())
        Path(out).parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=out)
        browser.close()


if __name__ == "__main__":
    main(*sys.argv[1:3])
