"""Date finder on the development corpus: every gold date found exactly, no date for a null.

The gold title is passed as ``title`` (test input, as the cleaner would give
it); the gold date is never read by the code under test.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from generator.dates import find_dump_date
from generator.ingest import ingest_text_dump
from tests.sitekit import CORPUS as CORPUS_DIR

DUMP_PATHS = sorted((CORPUS_DIR / "dumps").glob("*.txt")) if CORPUS_DIR.is_dir() else []
EXPECTED_DUMPS = 40


def _skip_without_corpus() -> None:
    if not DUMP_PATHS:
        pytest.skip(f"development corpus not found at {CORPUS_DIR}")


def test_corpus_has_all_dev_dumps() -> None:
    _skip_without_corpus()
    assert len(DUMP_PATHS) == EXPECTED_DUMPS


@pytest.mark.parametrize("dump_path", DUMP_PATHS or [None], ids=lambda path: path.stem if path else "no-corpus")
def test_find_dump_date_matches_gold(dump_path: Path | None) -> None:
    _skip_without_corpus()
    assert dump_path is not None
    gold = json.loads((CORPUS_DIR / "gold" / f"{dump_path.stem}.json").read_text("utf-8"))
    raw = ingest_text_dump(dump_path.name, dump_path.read_bytes())
    finding = find_dump_date(raw.lines, title=gold["title"], name=raw.name)
    expected = dt.date.fromisoformat(gold["date"]) if gold["date"] else None
    assert finding.date == expected, finding.source
    assert (finding.source is None) == (expected is None)


def test_article_prose_gives_no_date() -> None:
    """Title + body of every source article: dates in the prose are never taken."""
    _skip_without_corpus()
    taken = []
    for path in sorted((CORPUS_DIR / "articles").glob("*.jsonl")):
        for record in path.read_text("utf-8").splitlines():
            article = json.loads(record)
            lines = [article["title"], "", *article["body"].split("\n")]
            finding = find_dump_date(lines, title=article["title"], name="article.txt")
            if finding.date is not None:
                taken.append((article["id"], finding.source))
    assert taken == []
