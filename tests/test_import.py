"""Import: every dump accounted for; an editor's change is never overwritten."""

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
    html = first.decode("utf-8")
    assert "فيسبوك" in html and "removed" in html and 'dir="rtl"' in html
