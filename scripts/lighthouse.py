"""Lighthouse scores of the sample archive's reading pages (not part of `make test`).

Builds the sample site (content/dumps, search on) into a temporary folder, serves it on 127.0.0.1
and runs Lighthouse (npm package, installed on first use into bench/out/lighthouse, not committed)
in Debian's Chromium against the home page, an article page and the search page. Prints the four
category scores per page and exits 1 if any is below --min (default 100).

    .venv/bin/python scripts/lighthouse.py [--runs N] [--min 100] [--keep DIR]

Lighthouse's performance score comes from a simulated slow phone; on a 2-core machine it varies
from run to run, so --runs N reports the best of N runs per page (the other categories are stable).
"""

from __future__ import annotations

import argparse
import dataclasses
import functools
import http.server
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path
from urllib.parse import quote

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from generator.config import load_config  # noqa: E402
from generator.pipeline import run_build, run_import  # noqa: E402

LIGHTHOUSE_VERSION = "12.2.3"  # 13.x wants Node 22; Debian 12 has Node 18/20
TOOLS = REPO / "bench" / "out" / "lighthouse"
CHROME = shutil.which("chromium") or "/usr/bin/chromium"
CHROME_FLAGS = (
    "--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run"
)
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")


def lighthouse_bin() -> Path:
    binary = TOOLS / "node_modules" / ".bin" / "lighthouse"
    if not binary.exists():
        TOOLS.mkdir(parents=True, exist_ok=True)
        if not (TOOLS / "package.json").exists():
            (TOOLS / "package.json").write_text('{"name": "warraq-lighthouse", "private": true}\n')
        print(f"installing lighthouse@{LIGHTHOUSE_VERSION} into {TOOLS} …", file=sys.stderr)
        subprocess.run(["npm", "install", "--silent", "-E", f"lighthouse@{LIGHTHOUSE_VERSION}"], cwd=TOOLS, check=True)
    return binary


def build_sample(work: Path) -> Path:
    root = work / "site"
    root.mkdir()
    for name in ("templates", "static"):
        shutil.copytree(REPO / name, root / name)
    shutil.copytree(REPO / "content" / "dumps", root / "content" / "dumps")
    shutil.copy(REPO / "site.toml", root / "site.toml")
    if (REPO / "content" / "tags.toml").exists():
        shutil.copy(REPO / "content" / "tags.toml", root / "content" / "tags.toml")
    config = dataclasses.replace(load_config(root / "site.toml"), search=True)
    run_import(config)
    run_build(config)
    return Path(config.path(config.output_dir))


def pages(public: Path) -> dict[str, str]:
    article = sorted(public.glob("articles/*/index.html"))[0].parent.relative_to(public).as_posix()
    return {"home": "", "article": quote(article) + "/", "search": "search/"}


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def run_lighthouse(binary: Path, url: str, out: Path) -> dict:
    env = dict(os.environ, CHROME_PATH=CHROME)
    subprocess.run(
        [str(binary), url, "--quiet", "--output=json", f"--output-path={out}", f"--chrome-flags={CHROME_FLAGS}"],
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    report = json.loads(out.read_text(encoding="utf-8"))
    scores = {c: round((report["categories"][c]["score"] or 0) * 100) for c in CATEGORIES}
    failing = []
    for c in CATEGORIES:
        for ref in report["categories"][c]["auditRefs"]:
            audit = report["audits"][ref["id"]]
            if ref["weight"] and audit.get("score") is not None and audit["score"] < 1:
                shown = f" ({audit['displayValue']})" if audit.get("displayValue") else ""
                failing.append(f"{c}/{ref['id']}={audit['score']}{shown}")
    return {"scores": scores, "failing": failing}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=1, help="runs per page; the best performance score is kept")
    parser.add_argument("--min", type=int, default=100, help="exit 1 if a score is below this")
    parser.add_argument("--keep", type=Path, help="write the JSON reports into this folder")
    args = parser.parse_args(argv)

    binary = lighthouse_bin()
    with tempfile.TemporaryDirectory(prefix="warraq-lh-") as tmp:
        public = build_sample(Path(tmp))
        handler = functools.partial(_Quiet, directory=str(public))
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        base = f"http://127.0.0.1:{server.server_address[1]}/"
        reports = args.keep or Path(tmp) / "reports"
        reports.mkdir(parents=True, exist_ok=True)
        worst = 100
        try:
            print(f"{'page':8} " + " ".join(f"{c:>14}" for c in CATEGORIES))
            for name, path in pages(public).items():
                best = None
                for run in range(args.runs):
                    result = run_lighthouse(binary, base + path, reports / f"{name}-{run + 1}.json")
                    if best is None or result["scores"]["performance"] > best["scores"]["performance"]:
                        best = result
                print(f"{name:8} " + " ".join(f"{best['scores'][c]:>14}" for c in CATEGORIES))
                for item in best["failing"]:
                    print(f"{'':8}   below 1: {item}")
                worst = min(worst, *best["scores"].values())
        finally:
            server.shutdown()
            server.server_close()
    return 0 if worst >= args.min else 1


if __name__ == "__main__":
    sys.exit(main())
