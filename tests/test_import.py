"""Import: every dump accounted for; an editor's change is never overwritten."""

import json
import os
import re

from generator.pipeline import run_build, run_import
from tests.sitekit import make_site

DUMP = """الرئيسية
سياسة

افتتاح معرض الكتاب في العاصمة

افتتاح معرض الكتاب في العاصمة
افتتح معرض الكتاب أبوابه صباح اليوم بمشاركة أكثر من مئتي دار نشر من عشرين دولة عربية وأجنبية.

وقال مدير المعرض إن الدورة الحالية تشهد إقبالاً كبيراً من الزوار، خاصة من فئة الشباب والطلاب.

شارك
فيسبوك
"""


def imported_site(tmp_path):
    config = make_site(
        tmp_path,
        {
            "content/dumps/a.txt": DUMP,
            "content/dumps/b.txt": "",
            "content/dumps/notes.md": "# not a dump\n",
        },
    )
    (config.path("content/dumps") / "c.txt").write_bytes(b"\x00\x01\x02binary")
    return config


def test_every_dump_is_accounted_for(tmp_path):
    config = imported_site(tmp_path)
    result = run_import(config)
    statuses = {o.name: o.status for o in result.outcomes}
    assert statuses == {"a.txt": "imported", "b.txt": "skipped", "c.txt": "failed"}
    assert [str(e) for e in result.errors] == ["c.txt: binary file (NUL bytes), not a text dump"]
    files = list(config.path("content/articles").glob("*.md"))
    assert [f.name for f in files] == ["افتتاح-معرض-الكتاب-في-العاصمة.md"]
    text = files[0].read_text(encoding="utf-8")
    assert "dump: a.txt" in text and "date: null" in text
    assert text.count("افتتاح معرض الكتاب في العاصمة") == 1  # the title, once, in the front matter
    body_lines = text.split("---")[2].splitlines()
    assert "شارك" not in body_lines and "فيسبوك" not in body_lines and "الرئيسية" not in text


def test_content_files_and_report_get_the_usual_permissions(tmp_path):
    """Not a temporary file's 0o600: a web server running as another user reads the audit report."""
    config = imported_site(tmp_path)
    umask = os.umask(0o022)
    try:
        result = run_import(config)
    finally:
        os.umask(umask)
    article = next(config.path("content/articles").glob("*.md"))
    for path in (article, result.report_path):
        assert path.stat().st_mode & 0o777 == 0o644, path
    assert not list(config.path("content/articles").glob(".tmp-*"))


def test_unchanged_dump_is_not_rewritten(tmp_path):
    config = imported_site(tmp_path)
    run_import(config)
    path = next(config.path("content/articles").glob("*.md"))
    os.utime(path, (1_000_000_000, 1_000_000_000))
    result = run_import(config)
    assert {o.name: o.status for o in result.outcomes}["a.txt"] == "unchanged"
    assert path.stat().st_mtime == 1_000_000_000


def test_reimport_keeps_an_editors_change(tmp_path):
    config = imported_site(tmp_path)
    run_import(config)
    run_build(config)
    path = next(config.path("content/articles").glob("*.md"))
    edited = path.read_text(encoding="utf-8").replace("بمشاركة أكثر من مئتي دار نشر", "بمشاركة مئتين وعشر دور نشر")
    edited = re.sub(r"tags:(\n- .*)*|tags: \[\]", "tags: [ثقافة]", edited)
    path.write_text(edited, encoding="utf-8")
    # what `make build` does: import, then build
    result = run_import(config)
    run_build(config)
    assert {o.name: o.status for o in result.outcomes}["a.txt"] == "kept"
    assert path.read_text(encoding="utf-8") == edited
    page = (config.path("public") / "articles" / path.stem / "index.html").read_text(encoding="utf-8")
    assert "بمشاركة مئتين وعشر دور نشر" in page and "ثقافة" in page


def test_changed_dump_updates_a_file_nobody_edited(tmp_path):
    config = imported_site(tmp_path)
    run_import(config)
    dump = config.path("content/dumps/a.txt")
    dump.write_text(DUMP.replace("خاصة من فئة الشباب", "ولا سيما من فئة الشباب"), encoding="utf-8")
    result = run_import(config)
    assert {o.name: o.status for o in result.outcomes}["a.txt"] == "updated"
    path = next(config.path("content/articles").glob("*.md"))
    assert "ولا سيما من فئة الشباب" in path.read_text(encoding="utf-8")


def test_import_writes_a_deterministic_audit_report(tmp_path):
    config = imported_site(tmp_path)
    run_import(config)
    first = run_import(config).report_path.read_bytes()
    second = run_import(config).report_path.read_bytes()
    assert first == second
    index = first.decode("utf-8")
    assert 'dir="rtl"' in index and "share-word" in index and 'href="dumps-1.html#dump-a-txt"' in index
    details = (config.path(config.report_dir) / "dumps-1.html").read_text(encoding="utf-8")
    assert "فيسبوك" in details and 'class="removed"' in details


RELATIVE_DUMP = """خبر عن افتتاح جسر جديد فوق النهر

منذ سنتين 9 أشهر

افتتحت البلدية جسراً جديداً فوق النهر يربط الحي الشرقي بوسط المدينة بعد عامين من العمل المتواصل.

وقال رئيس البلدية إن الجسر سيخفف الازدحام المروري في ساعات الذروة بصورة كبيرة.
"""


def test_metadata_csv_gives_date_tags_url_and_outlet(tmp_path):
    config = make_site(
        tmp_path,
        {
            "content/dumps/a.txt": DUMP,
            "content/dumps/bridge.txt": RELATIVE_DUMP,
            "content/dumps/metadata.csv": (
                "file,date,url,tags,crawled,outlet\n"
                "a.txt,2016-03-09,https://example.org/a,ثقافة; كتب,,صحيفة المثال\n"
                "bridge.txt,,,,2020-10-15,\n"
            ),
        },
    )
    result = run_import(config)
    assert result.errors == ()
    texts = {p.name: p.read_text(encoding="utf-8") for p in config.path("content/articles").glob("*.md")}
    fair = texts["افتتاح-معرض-الكتاب-في-العاصمة.md"]
    assert "date: 2016-03-09\n" in fair and "date_source: 'explicit: metadata.csv line 2'" in fair
    assert "- ثقافة\n- كتب\n" in fair and "url: https://example.org/a" in fair and "outlet: صحيفة المثال" in fair
    bridge = texts["خبر-عن-افتتاح-جسر-جديد-فوق-النهر.md"]
    assert "date: 2018-01-15\n" in bridge  # "two years 9 months ago", counted from the crawl date


def test_bad_metadata_csv_names_file_and_line_and_import_goes_on(tmp_path):
    config = make_site(
        tmp_path,
        {"content/dumps/a.txt": DUMP, "content/dumps/metadata.csv": "file,date\na.txt,2016-03-09\na.txt,2017-01-01\n"},
    )
    result = run_import(config)
    assert [str(e) for e in result.errors] == [
        f"{config.path('content/dumps/metadata.csv')}:3: 'a.txt' is listed twice (first on line 2)"
    ]
    assert {o.name: o.status for o in result.outcomes}["a.txt"] == "imported"


def test_reimport_from_scratch_gives_the_same_dates_tags_and_slugs(tmp_path):
    config = imported_site(tmp_path)
    run_import(config)
    first = {p.name: p.read_bytes() for p in config.path("content/articles").glob("*.md")}
    for path in config.path("content/articles").glob("*.md"):
        path.unlink()
    config.path(config.state_file).unlink()
    run_import(config)
    second = {p.name: p.read_bytes() for p in config.path("content/articles").glob("*.md")}
    assert first == second


def test_import_on_two_processes_gives_the_same_files(tmp_path, monkeypatch):
    import generator.pipeline as pipeline

    one = imported_site(tmp_path / "one")
    run_import(one, workers=1)
    monkeypatch.setattr(pipeline, "PARALLEL_MIN_ITEMS", 1)
    two = imported_site(tmp_path / "two")
    result = run_import(two, workers=2)
    assert {o.name: o.status for o in result.outcomes}["a.txt"] == "imported"

    def files(config):
        return {p.name: p.read_bytes() for p in config.path("content/articles").glob("*.md")}

    assert files(one) == files(two)


def _mixed_archive(tmp_path):
    """Good dumps, skipped ones and every kind of failure, in an order that puts some in each worker."""
    import json

    config = make_site(tmp_path, {"content/dumps/a.txt": DUMP, "content/dumps/b.txt": ""})
    dumps = config.path("content/dumps")
    (dumps / "c.txt").write_bytes(b"\x00\x01\x02binary")
    (dumps / "d.txt").write_bytes(b"plain latin text\nmore words \xe9t\xe9\n")  # not UTF-8, nor Arabic
    (dumps / "e.txt").write_bytes(DUMP.replace("الكتاب", "الفنون").encode("cp1256"))
    records = [
        json.dumps({"title": "عنوان", "text": DUMP.replace("الكتاب", "العلوم")}, ensure_ascii=False),
        "{bad",
        "[1]",
    ]
    (dumps / "f.jsonl").write_text("\n".join(records) + "\n", encoding="utf-8")
    (dumps / "g.txt").write_text(DUMP, encoding="utf-8")  # the same title as a.txt: another slug
    (dumps / "h.txt").write_bytes(b"\xef\xbb\xbf" + DUMP.replace("\n", "\r\n").replace("الكتاب", "الزهور").encode())
    (dumps / "i.txt").symlink_to(tmp_path / "moved-away.txt")  # a link that leads nowhere
    (dumps / "j.txt").write_bytes(b"\xef\xbb\xbf" + "سطر\nثم".encode() + b"\xff\n")  # BOM, then a bad byte
    (dumps / "k.txt").mkdir()  # a folder is no dump
    (dumps / "l.txt").symlink_to(dumps / "k.txt")  # nor is a link to one
    return config


def _run_on(config, workers, monkeypatch):
    import generator.pipeline as pipeline

    monkeypatch.setattr(pipeline, "PARALLEL_MIN_ITEMS", 1)
    result = run_import(config, workers=workers)
    site = config.path(".")
    files = {
        str(p.relative_to(site)): p.read_bytes()
        for folder in ("content/articles", "public/_import")
        for p in config.path(folder).glob("*")
    }
    files["state"] = config.path(config.state_file).read_bytes()
    return result, files


def test_dumps_read_in_worker_processes_report_each_failure_by_name(tmp_path, monkeypatch):
    config = _mixed_archive(tmp_path / "two")
    result, _ = _run_on(config, 2, monkeypatch)
    statuses = {o.name: o.status for o in result.outcomes}
    assert statuses == {
        "a.txt": "imported",
        "b.txt": "skipped",
        "c.txt": "failed",
        "d.txt": "failed",
        "e.txt": "imported",
        "f.jsonl#1": "imported",
        "f.jsonl#2": "failed",
        "f.jsonl#3": "failed",
        "g.txt": "imported",
        "h.txt": "imported",
        "i.txt": "failed",
        "j.txt": "failed",
    }
    assert [str(e) for e in result.errors] == [
        "c.txt: binary file (NUL bytes), not a text dump",
        "d.txt:2: cannot decode: not UTF-8 (byte 0xe9 at offset 28) nor Arabic Windows-1256",
        "f.jsonl:2:2: invalid JSON: Expecting property name enclosed in double quotes",
        "f.jsonl:3: record is not a JSON object",
        "i.txt: cannot read: No such file or directory",
        "j.txt:2: cannot decode: not UTF-8 (byte 0xff at offset 14) nor Arabic Windows-1256",
    ]


def test_import_gives_the_same_files_report_and_outcomes_on_one_two_and_three_processes(tmp_path, monkeypatch):
    runs = {workers: _run_on(_mixed_archive(tmp_path / str(workers)), workers, monkeypatch) for workers in (1, 2, 3)}
    (one, one_files), (two, two_files), (three, three_files) = runs[1], runs[2], runs[3]
    assert one.outcomes == two.outcomes == three.outcomes
    assert [str(e) for e in one.errors] == [str(e) for e in two.errors] == [str(e) for e in three.errors]
    assert one.removed_by_reason == two.removed_by_reason == three.removed_by_reason
    assert one_files == two_files == three_files
    assert any(name.startswith("public/_import/dumps-") for name in one_files)


def test_reimport_on_two_processes_keeps_an_edit_and_leaves_the_rest_unchanged(tmp_path, monkeypatch):
    config = _mixed_archive(tmp_path)
    _, first = _run_on(config, 2, monkeypatch)
    edited = config.path("content/articles/افتتاح-معرض-الكتاب-في-العاصمة.md")
    edited.write_text(edited.read_text(encoding="utf-8") + "\nسطر أضافه المحرر\n", encoding="utf-8")
    result, _ = _run_on(config, 2, monkeypatch)
    statuses = {o.name: o.status for o in result.outcomes}
    assert statuses["a.txt"] == "kept" and "سطر أضافه المحرر" in edited.read_text(encoding="utf-8")
    assert {statuses[n] for n in ("e.txt", "f.jsonl#1", "g.txt", "h.txt")} == {"unchanged"}
    assert config.path(config.state_file).read_bytes() == first["state"]


def test_report_pages_of_many_dumps_are_the_same_on_two_processes(tmp_path, monkeypatch):
    import generator.report as report

    monkeypatch.setattr(report, "DUMPS_PER_PAGE", 4)  # 6 dumps: the first page straddles the two workers' shares
    one, one_files = _run_on(_mixed_archive(tmp_path / "one"), 1, monkeypatch)
    two, two_files = _run_on(_mixed_archive(tmp_path / "two"), 2, monkeypatch)
    assert sorted(n for n in one_files if n.startswith("public/_import/")) == [
        "public/_import/dumps-1.html",
        "public/_import/dumps-2.html",
        "public/_import/index.html",
    ]
    assert one_files == two_files


def test_import_state_is_written_as_json_dumps_would(tmp_path):
    import json

    from generator.write import ContentRecord, load_import_state, save_import_state

    path = tmp_path / "state.json"
    for records in (
        {},
        {
            "b.txt": ContentRecord("ب.md", "1" * 64, "2" * 64),
            'a "q"\\\t\x01\u2028.txt': ContentRecord("a/x.md", "3", "4"),
        },
    ):
        save_import_state(path, records)
        data = {
            "version": 1,
            "dumps": {
                n: {"path": r.path, "written_sha256": r.written_sha256, "dump_sha256": r.dump_sha256}
                for n, r in records.items()
            },
        }
        assert path.read_text(encoding="utf-8") == json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
        assert load_import_state(path) == records


def test_outlet_comes_from_metadata_csv_then_the_dump_then_site_toml(tmp_path):
    """Provenance (issue #4): a JSON record's outlet name, a title's suffix, else site.toml's outlet."""
    record = {
        "title": "افتتاح معرض الكتاب في العاصمة",
        "text": "افتتح معرض الكتاب أبوابه صباح اليوم بمشاركة أكثر من مئتي دار نشر عربية وأجنبية.",
        "outlet": "skynewsarabia",
        "outlet_name": "سكاي نيوز عربية",
    }
    suffixed = DUMP.replace("افتتاح معرض الكتاب في العاصمة\n\n", "افتتاح معرض الكتاب في العاصمة - صحيفة المدينة\n\n", 1)
    config = make_site(
        tmp_path,
        {
            "content/dumps/feed.jsonl": json.dumps(record, ensure_ascii=False) + "\n",
            "content/dumps/plain.txt": RELATIVE_DUMP,
            "content/dumps/suffixed.txt": suffixed,
            "content/dumps/listed.jsonl": json.dumps({**record, "title": "خبر ثان عن المعرض"}, ensure_ascii=False),
            "content/dumps/metadata.csv": "file,date,url,tags,crawled,outlet\nlisted.jsonl#1,,,,,صحيفة المثال\n",
        },
        outlet="أرشيف البلدية",
    )
    result = run_import(config)
    assert result.errors == ()
    outlets = {}
    for path in config.path("content/articles").glob("*.md"):
        text = path.read_text(encoding="utf-8")
        dump = re.search(r"dump: (\S+)", text).group(1)
        outlets[dump] = re.search(r"^outlet: (.*)$", text, re.M).group(1)
    assert outlets == {
        "feed.jsonl#1": "سكاي نيوز عربية",  # the record's display name, not its id
        "listed.jsonl#1": "صحيفة المثال",  # the archivist's metadata.csv wins
        "suffixed.txt": "صحيفة المدينة",  # the title's suffix
        "plain.txt": "أرشيف البلدية",  # none stated: site.toml's outlet
    }


def test_site_toml_ascii_slug_style_reaches_the_import(tmp_path):
    config = make_site(tmp_path, {"content/dumps/a.txt": DUMP}, slug_style="ascii")
    run_import(config)
    names = [p.stem for p in config.path("content/articles").glob("*.md")]
    assert len(names) == 1 and names[0].isascii() and names[0].startswith("ftth"), names
    assert f"slug: {names[0]}\n" in config.path(f"content/articles/{names[0]}.md").read_text(encoding="utf-8")
