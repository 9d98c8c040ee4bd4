"""Score the current cleaner on the development corpus with the corpus's score.py.

    python scripts/score_cleaner.py                     # score.py table
    python scripts/score_cleaner.py --json              # score.py --json
    python scripts/score_cleaner.py --out DIR --keep    # keep the Markdown files

Every dump in CORPUS/dumps is ingested, archive statistics are collected over
all of them (as import does over a folder), each dump is cleaned and written as
``<stem>.md`` (front matter with the title and the date import would give it,
then the blocks as Markdown), and ``score.py GOLD OUT`` is run on the result.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.clean import clean_dump, collect_archive_stats  # noqa: E402
from generator.dates import find_dump_date  # noqa: E402
from generator.ingest import ingest_text_dump  # noqa: E402
from generator.model import CleanDump, RawDump  # noqa: E402
from generator.to_markdown import blocks_to_markdown  # noqa: E402

DEFAULT_CORPUS = Path(os.environ.get("WARRAQ_CORPUS") or ROOT.parent / "shared" / "corpus")


def clean_to_markdown(clean: CleanDump, raw: RawDump) -> str:
    """Front matter with the title and date, a blank line, then the blocks (empty when skipped).

    The date is the one import's structure stage finds (``find_dump_date``), null when none.
    """
    title = json.dumps(clean.title, ensure_ascii=False)
    if clean.skip_reason:
        return f"---\ntitle: {title}\ndate: null\n---\n\n"
    found = find_dump_date(
        raw.lines, title=clean.title, name=raw.name, explicit=raw.date, crawled=raw.crawled, url=raw.url
    ).date
    date = json.dumps(found.isoformat() if found else None)
    return f"---\ntitle: {title}\ndate: {date}\n---\n\n{blocks_to_markdown(clean.blocks)}"


def write_cleaned(corpus: Path, out_dir: Path) -> list[CleanDump]:
    """Clean every dump of ``corpus/dumps`` into ``out_dir/<stem>.md``."""
    paths = sorted((corpus / "dumps").glob("*.txt"))
    raws = [ingest_text_dump(p.name, p.read_bytes()) for p in paths]
    stats = collect_archive_stats(raws)
    out_dir.mkdir(parents=True, exist_ok=True)
    cleaned = []
    for path, raw in zip(paths, raws, strict=True):
        clean = clean_dump(raw, stats=stats)
        (out_dir / f"{path.stem}.md").write_text(clean_to_markdown(clean, raw), encoding="utf-8")
        cleaned.append(clean)
    return cleaned


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--out", type=Path, help="write the Markdown files here (kept)")
    parser.add_argument("--json", action="store_true", help="pass --json to score.py")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        out_dir = args.out or Path(tmp)
        write_cleaned(args.corpus, out_dir)
        score = args.corpus / "score.py"
        if not score.is_file():  # a generated set may come without its copy: the shared corpus's scorer
            score = DEFAULT_CORPUS / "score.py"
        command = [
            sys.executable,
            str(score),
            str(args.corpus / "gold"),
            str(out_dir),
        ]
        if args.json:
            command.append("--json")
        return subprocess.run(command, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
