"""The sample archive shipped in content/: the seed dump, the link check, sub-path and portable modes."""

from __future__ import annotations

import dataclasses
import json
import re
import shutil
import subprocess
import sys
import urllib.request
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

from generator.pipeline import run_build, run_import
from tests.linkcheck import broken_links
from tests.sitekit import CORPUS, copy_sample_site, serve_folder

SEED = "000_01e968b15b1d37f1.txt"


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    """The sample site, imported from content/dumps and built, in a temporary copy."""
    config = copy_sample_site(tmp_path_factory.mktemp("sample") / "site", search=False)
    result = run_import(config)
    assert result.errors == ()
    run_build(config)
    return config, result


def seed_markdown(config) -> str:
    for path in config.path(config.content_dir).glob("*.md"):
        text = path.read_text(encoding="utf-8")
        if f"dump: {SEED}" in text:
            return text
    raise AssertionError("the seed dump produced no Markdown file")


def test_every_sample_dump_is_imported(sample):
    config, result = sample
    dumps = sorted(p.name for p in config.path("content/dumps").glob("*.txt"))
    assert [o.name for o in result.outcomes] == dumps
    assert {o.status for o in result.outcomes} == {"imported"}


def test_seed_has_title_once_13_paragraphs_4_headings_and_no_date(sample):
    config, _ = sample
    text = seed_markdown(config)
    front, body = text.split("\n---\n", 1)
    assert "\ndate: null\n" in front
    title = re.search(r"^title: (.*)$", front, re.M).group(1)
    assert "قافلة داعش" in title
    blocks = [b for b in body.strip().split("\n\n") if b.strip()]
    headings = [b for b in blocks if b.startswith("## ")]
    paragraphs = [b for b in blocks if not b.startswith("## ")]
    assert (len(headings), len(paragraphs)) == (4, 13)
    assert 'قافلة داعش تجاوزت قوات النظام "بأمان"' in body.replace("\\", "")
    assert body.count("التحالف يكشف مصير") == 0  # the title is not repeated in the body
    for residue in ("التعليقات", "منذ 6 سنوات", "الأكثر قراءة", "أهم المواضيع", "أهم التصنيفات", "ali"):
        assert residue not in body


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the development corpus (../shared/corpus) is not beside the repo")
def test_seed_scores_f1_one_against_its_gold(sample, tmp_path):
    config, _ = sample
    out = tmp_path / "scored"
    out.mkdir()
    (out / SEED.replace(".txt", ".md")).write_text(seed_markdown(config), encoding="utf-8")
    gold = tmp_path / "gold"
    gold.mkdir()
    shutil.copy(CORPUS / "gold" / SEED.replace(".txt", ".json"), gold)
    done = subprocess.run(
        [sys.executable, str(CORPUS / "score.py"), str(gold), str(out), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    total = json.loads(done.stdout)["total"]
    assert total["micro_f1"] == 1.0 and total["line_f1"] == 1.0, total
    assert total["title_accuracy"] == 1.0 and total["heading_f1"] == 1.0, total
    assert total["date_accuracy"] == 1.0  # gold date is null: no date invented


def test_sample_site_has_no_broken_links(sample):
    config, _ = sample
    assert broken_links(config.path("public")) == []


def test_portable_build_browses_without_a_server(sample, tmp_path):
    config, _ = sample
    portable = dataclasses.replace(config, portable=True, output_dir=str(tmp_path / "portable"))
    run_build(portable)
    assert broken_links(tmp_path / "portable", require_index_html=True) == []


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []

    def handle_starttag(self, tag, attrs):
        self.links += [v for k, v in attrs if k in ("href", "src") and v]


def test_site_works_under_a_sub_path(sample, tmp_path):
    """Serve the site at http://127.0.0.1:N/archive/ and follow every internal link over HTTP."""
    config, _ = sample
    host_root = tmp_path / "host"
    shutil.copytree(config.path("public"), host_root / "archive")
    seen, bad = set(), []
    with serve_folder(host_root) as base:
        start = base + "archive/"
        queue = [start]
        while queue and len(seen) < 2000:
            url = queue.pop()
            if url in seen:
                continue
            seen.add(url)
            try:
                with urllib.request.urlopen(url, timeout=5) as response:
                    body = response.read()
                    kind = response.headers.get_content_type()
            except OSError as err:
                bad.append(f"{url}: {err}")
                continue
            if kind != "text/html":
                continue
            parser = _Links()
            parser.feed(body.decode("utf-8"))
            for link in parser.links:
                target = urljoin(url, link).split("#")[0]
                if urlsplit(target).netloc == urlsplit(start).netloc and target not in seen:
                    assert target.startswith(start), f"{url} links outside the sub-path: {link}"
                    queue.append(target)
    assert bad == []
    assert len(seen) > 30
