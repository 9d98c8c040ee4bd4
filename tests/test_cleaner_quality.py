"""Cleaner quality gate: score the development corpus with its score.py against pinned floors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from generator.clean import clean_dump, collect_archive_stats
from generator.ingest import ingest_text_dump
from tests.sitekit import CORPUS
from tests.sitekit import REPO as ROOT

FLOORS = json.loads((Path(__file__).with_name("cleaner_floors.json")).read_text(encoding="utf-8"))
SEED = "000_01e968b15b1d37f1"
NO_ARTICLE = ("037_404_404", "038_index_index", "039_empty_empty")

pytestmark = pytest.mark.skipif(
    not (CORPUS / "score.py").is_file(),
    reason=f"development corpus not found at {CORPUS} (needs dumps/, gold/, score.py)",
)


@pytest.fixture(scope="module")
def report() -> dict:
    command = [sys.executable, str(ROOT / "scripts" / "score_cleaner.py"), "--json"]
    command += ["--corpus", str(CORPUS)]
    done = subprocess.run(command, capture_output=True, text=True, check=False, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


@pytest.fixture(scope="module")
def cleaned() -> dict:
    paths = sorted((CORPUS / "dumps").glob("*.txt"))
    raws = [ingest_text_dump(p.name, p.read_bytes()) for p in paths]
    stats = collect_archive_stats(raws)
    return {p.stem: clean_dump(raw, stats=stats) for p, raw in zip(paths, raws, strict=True)}


@pytest.mark.parametrize("metric", sorted(k for k in FLOORS if not k.startswith("_")))
def test_cleaner_meets_floor(report, metric):
    assert report["total"][metric] >= FLOORS[metric], (
        f"{metric} = {report['total'][metric]:.4f} fell below the floor {FLOORS[metric]}"
    )


def test_cleaner_scores_the_seed_perfectly(report):
    seed = report["files"][SEED]
    assert seed["f1"] == 1.0
    assert seed["title_correct"]
    assert seed["headings_matched"] == seed["headings_gold"] == seed["headings_output"] == 4


def test_cleaner_gives_the_seed_4_headings_and_13_paragraphs(cleaned):
    kinds = [block.kind for block in cleaned[SEED].blocks]
    assert kinds.count("heading") == 4
    assert kinds.count("paragraph") == 13
    assert len(kinds) == 17


@pytest.mark.parametrize("stem", NO_ARTICLE)
def test_cleaner_finds_no_article(cleaned, stem):
    assert cleaned[stem].skip_reason is not None
    assert cleaned[stem].blocks == ()
