"""Incremental builds give exactly the output of a cold build, and touch only what changed."""

from __future__ import annotations

import dataclasses
import json
import shutil
from pathlib import Path

import pytest

from generator.incremental import _read_text
from generator.pipeline import run_build
from generator.write import finish_interrupted_commit, journal_path
from tests.sitekit import article, make_site

BODY = "قالت مصادر محلية إن الاجتماع انتهى دون اتفاق. وأضافت أن جولة جديدة ستعقد الشهر المقبل."
TAGS = ["سوريا", "لبنان", "العراق", "الأردن"]


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def cold_output(config, tmp_path: Path) -> dict[str, bytes]:
    """Build a copy of the site from scratch (no cache, no output) and return its files."""
    copy = tmp_path / f"cold-{len(list(tmp_path.iterdir()))}"
    shutil.copytree(config.root, copy, ignore=shutil.ignore_patterns("public", ".warraq-cache", ".public-*"))
    cold = dataclasses.replace(config, root=copy)
    run_build(cold)
    return snapshot(cold.path("public"))


@pytest.fixture
def site(tmp_path):
    files = {}
    for i in range(1, 31):
        files[f"content/articles/a{i:02d}.md"] = article(
            f"خبر رقم {i} عن المفاوضات",
            BODY + f" الفقرة الخاصة بالخبر {i}.",
            date=f"2018-{(i % 12) + 1:02d}-{(i % 27) + 1:02d}" if i % 7 else None,
            tags=[TAGS[i % 4], TAGS[(i + 1) % 4]],
            slug=f"a{i:02d}",
        )
    files["site.toml"] = 'title = "أرشيف"\nlocale = "ar_SY"\nper_page = 4\nsearch = false\n'
    config = make_site(tmp_path / "work", files)
    first = run_build(config)
    assert first.files > 60
    return config


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_nothing_changed_writes_nothing(site):
    before = {p: p.stat().st_mtime_ns for p in site.path("public").rglob("*") if p.is_file()}
    assert run_build(site).files == 0
    after = {p: p.stat().st_mtime_ns for p in site.path("public").rglob("*") if p.is_file()}
    assert before == after


def test_body_edit_rewrites_only_that_article(site, tmp_path):
    edit(site.path("content/articles/a05.md"), "الفقرة الخاصة بالخبر 5.", "فقرة معدلة للخبر الخامس.")
    result = run_build(site)
    assert result.files == 1
    page = (site.path("public") / "articles/a05/index.html").read_text(encoding="utf-8")
    assert "فقرة معدلة للخبر الخامس" in page
    assert snapshot(site.path("public")) == cold_output(site, tmp_path)


@pytest.mark.parametrize(
    "change",
    [
        "edit_title",
        "retitle_same_day",
        "edit_summary",
        "add",
        "delete",
        "rename_tag",
        "change_date",
        "template",
        "site_toml",
        "static",
    ],
)
def test_incremental_equals_cold(site, tmp_path, change):
    articles = site.path("content/articles")
    if change == "edit_title":
        edit(articles / "a03.md", "خبر رقم 3 عن", "عنوان جديد للخبر 3 عن")
    elif change == "retitle_same_day":
        # give a29 a01's date, build, then a new title moves a29 before a01 in every list
        edit(articles / "a29.md", "date: 2018-06-03", "date: 2018-02-02")
        run_build(site)
        edit(articles / "a29.md", "خبر رقم 29 عن", "أول خبر رقم 29 عن")
    elif change == "edit_summary":
        edit(articles / "a04.md", "قالت مصادر محلية", "أكدت مصادر محلية")
    elif change == "add":
        (articles / "new.md").write_text(
            article("خبر جديد تماماً", BODY, date="2019-01-01", tags=["اليمن"], slug="new"), encoding="utf-8"
        )
    elif change == "delete":
        (articles / "a10.md").unlink()
    elif change == "rename_tag":
        for path in articles.glob("*.md"):
            text = path.read_text(encoding="utf-8")
            path.write_text(text.replace("لبنان", "الجمهورية اللبنانية"), encoding="utf-8")
    elif change == "change_date":
        edit(articles / "a08.md", "date: 2018-09-09", "date: 2020-02-02")
    elif change == "template":
        edit(site.path("templates/article.html"), "مقالات ذات صلة", "اقرأ أيضاً في الأرشيف")
    elif change == "site_toml":
        edit(site.path("site.toml"), "per_page = 4", "per_page = 6")
        site = dataclasses.replace(site, per_page=6)
    elif change == "static":
        (site.path("static/style.css")).write_text("body { color: #111; }\n", encoding="utf-8")
    result = run_build(site)
    assert result.errors == ()
    assert snapshot(site.path("public")) == cold_output(site, tmp_path)


def test_interrupted_commit_is_finished_by_the_next_build(site, tmp_path):
    output = site.path("public")
    staging = tmp_path / "staging-left-behind"
    (staging / "articles/a01").mkdir(parents=True)
    (staging / "articles/a01/index.html").write_text("new page", encoding="utf-8")
    journal_path(output).write_text(
        json.dumps(
            {"staging": str(staging), "changed": ["articles/a01/index.html"], "removed": ["articles/a02/index.html"]}
        ),
        encoding="utf-8",
    )
    assert finish_interrupted_commit(output)
    assert (output / "articles/a01/index.html").read_text(encoding="utf-8") == "new page"
    assert not (output / "articles/a02").exists()
    assert not journal_path(output).exists() and not staging.exists()


def test_clean_output_gives_a_cold_build(site):
    shutil.rmtree(site.path("public"))
    result = run_build(site)
    assert result.files > 60 and (site.path("public") / "index.html").exists()


def test_a_cache_from_another_version_is_replaced(site, tmp_path):
    """An older Warraq's cache (its own table layout, keys that no longer hold) is dropped, not trusted."""
    import sqlite3

    from generator.cache import CACHE_VERSION
    from generator.incremental import cache_path_for

    path = cache_path_for(site)
    db = sqlite3.connect(path)
    db.execute("UPDATE meta SET value = '0' WHERE key = 'version'")
    db.execute("DROP TABLE outputs")  # an older layout, with a row that claims every page is up to date
    db.execute("CREATE TABLE outputs (dest TEXT PRIMARY KEY, key TEXT, extra INTEGER)")
    db.execute("INSERT INTO outputs VALUES ('index.html', 'stale', 1)")
    db.commit()
    db.close()
    edit(site.path("content/articles/a01.md"), "الفقرة الخاصة", "الفقرة المعدلة")
    assert run_build(site).errors == ()
    assert snapshot(site.path("public")) == cold_output(site, tmp_path)
    db = sqlite3.connect(path)
    assert db.execute("SELECT value FROM meta WHERE key = 'version'").fetchone() == (CACHE_VERSION,)
    assert [c[1] for c in db.execute("PRAGMA table_info(outputs)")] == ["dest", "key"]
    db.close()


def test_loading_on_two_processes_equals_one_and_names_bad_files(tmp_path):
    """Past PARALLEL_MIN_FILES changed files, workers read and convert: same pages, same errors, in order."""
    from generator.incremental import PARALLEL_MIN_FILES

    files = {"site.toml": 'title = "أرشيف"\nlocale = "ar_SY"\nsearch = false\n'}
    for i in range(PARALLEL_MIN_FILES + 20):
        files[f"content/articles/b{i:03d}.md"] = article(
            f"تقرير {i} عن الانتخابات", f"## المرحلة {i}\n\n{BODY} **الفقرة** {i}.", date="2019-03-04", slug=f"b{i:03d}"
        )
    files["content/articles/b050.md"] = "---\ntitle: [غير مغلق\n---\nنص\n"
    results = {}
    for workers in (1, 2):
        config = make_site(tmp_path / f"w{workers}", files)
        (config.root / "content/articles/b070.md").write_bytes("عنوان".encode("cp1256"))
        result = run_build(config, workers=workers)
        results[workers] = (
            result.pages,
            [(Path(e.path).name, e.line) for e in result.errors],
            snapshot(config.path("public")),
        )
    assert results[1][0] == results[2][0] == PARALLEL_MIN_FILES + 18
    assert results[1][1] == results[2][1] == [("b050.md", 2), ("b070.md", None)]
    assert results[1][2] == results[2][2]


def _bodies_file(config) -> Path:
    from generator.cache import bodies_path_for
    from generator.incremental import cache_path_for

    return bodies_path_for(cache_path_for(config))


def test_bodies_damaged_in_the_cache_are_converted_again(site, tmp_path):
    """A crash can leave the bodies file short or overwritten: checksums catch it, output stays right."""
    bodies = _bodies_file(site)
    data = bytearray(bodies.read_bytes())
    data[10:400] = b"x" * 390  # overwrite the first bodies
    bodies.write_bytes(bytes(data[: len(data) // 2]))  # and lose the second half
    edit(site.path("templates/article.html"), "مقالات ذات صلة", "اقرأ أيضاً")  # every article page re-rendered
    result = run_build(site)
    assert result.errors == ()
    assert snapshot(site.path("public")) == cold_output(site, tmp_path)
    assert "الفقرة الخاصة بالخبر 30" in (site.path("public") / "articles/a30/index.html").read_text(encoding="utf-8")


def test_bodies_file_is_compacted_when_mostly_stale(site, tmp_path, monkeypatch):
    from generator import cache

    monkeypatch.setattr(cache, "COMPACT_MIN_STALE_BYTES", 0)
    bodies = _bodies_file(site)
    live = bodies.stat().st_size
    marker, sizes = "الفقرة الخاصة", []
    for round_ in range(4):  # every body replaced four times: the old ones are stale
        for path in site.path("content/articles").glob("*.md"):
            edit(path, marker, f"الفقرة {round_} الخاصة")
        marker = f"الفقرة {round_} الخاصة"
        assert run_build(site).errors == ()
        sizes.append(bodies.stat().st_size)
    assert any(after < before for before, after in zip(sizes, sizes[1:], strict=False))  # compacted at least once
    assert max(sizes) < live * 2.2  # never more than about one stale copy of every body
    assert snapshot(site.path("public")) == cold_output(site, tmp_path)


def test_two_processes_append_bodies_without_mixing_them(tmp_path):
    """Both workers append to one bodies file: every body comes back whole and in its own page."""
    from generator.incremental import PARALLEL_MIN_FILES

    files = {"site.toml": 'title = "أرشيف"\nlocale = "ar_SY"\nsearch = false\n'}
    for i in range(PARALLEL_MIN_FILES * 3):
        files[f"content/articles/c{i:03d}.md"] = article(
            f"تقرير {i} عن الانتخابات",
            f"{BODY} رقم التقرير {i}.\n\n" + "فقرة طويلة للتقرير. " * (i % 40),
            slug=f"c{i:03d}",
        )
    config = make_site(tmp_path / "w", files)
    assert run_build(config, workers=2).errors == ()
    edit(config.path("templates/article.html"), "مقالات ذات صلة", "اقرأ أيضاً")
    assert run_build(config, workers=2).errors == ()  # article pages rendered from the bodies file alone
    for i in range(PARALLEL_MIN_FILES * 3):
        page = (config.path("public") / f"articles/c{i:03d}/index.html").read_text(encoding="utf-8")
        assert f"رقم التقرير {i}.</p>" in page and page.count("فقرة طويلة للتقرير.") == i % 40


@pytest.mark.parametrize(
    "data",
    [b"", b"a\r\nb\rc\n", "\ufeff---\r\ntitle: \u0642\r\n---\r\n\r\n\u0646\u0635\r".encode(), b"\r\r\n\n\r"],
)
def test_content_files_are_read_as_text_mode_reads_them(tmp_path, data):
    path = tmp_path / "a.md"
    path.write_bytes(data)
    assert _read_text(str(path)) == path.read_text(encoding="utf-8")  # newlines translated
