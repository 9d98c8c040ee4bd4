"""Golden end-to-end: the mini archive's dumps → Markdown → site, compared file by file."""

import difflib

from tests.golden import FIXTURE, output_files, run_mini_archive
from tests.linkcheck import broken_links


def test_mini_archive_matches_expected_output(tmp_path):
    root, imported, built = run_mini_archive(tmp_path)
    assert imported == 1  # 06_binary.txt cannot be decoded: reported, the others imported
    assert built == 0
    expected_dir = FIXTURE / "expected"
    expected = {p.relative_to(expected_dir).as_posix(): p.read_bytes() for p in expected_dir.rglob("*") if p.is_file()}
    actual = output_files(root)
    assert sorted(actual) == sorted(expected), "different files: run `make golden` and review"
    diffs = []
    for rel in sorted(expected):
        if actual[rel] != expected[rel]:
            diffs.extend(
                difflib.unified_diff(
                    expected[rel].decode("utf-8", "replace").splitlines(),
                    actual[rel].decode("utf-8", "replace").splitlines(),
                    f"expected/{rel}",
                    f"actual/{rel}",
                    lineterm="",
                )
            )
    assert not diffs, "\n".join(diffs[:200])


def test_mini_archive_has_no_broken_links(tmp_path):
    root, _, _ = run_mini_archive(tmp_path)
    assert broken_links(root / "public") == []
