import json

import pytest

from generator.errors import SourceError
from generator.ingest import decode_bytes, ingest_json_dump, ingest_text_dump, normalize_text

TEXT = "عنوان المقال\n\nفقرة أولى من المقال."


def test_utf8_keeps_lines_and_hash():
    raw = ingest_text_dump("a.txt", TEXT.encode())
    assert raw.lines == ("عنوان المقال", "", "فقرة أولى من المقال.")
    assert len(raw.sha256) == 64 and raw.encoding == "utf-8"


def test_bom_and_crlf_and_cr():
    raw = ingest_text_dump("a.txt", b"\xef\xbb\xbf" + TEXT.replace("\n", "\r\n").encode())
    assert raw.encoding == "utf-8-sig"
    assert raw.lines == ("عنوان المقال", "", "فقرة أولى من المقال.")
    assert ingest_text_dump("b.txt", TEXT.replace("\n", "\r").encode()).lines == raw.lines


def test_windows_1256_is_detected():
    raw = ingest_text_dump("a.txt", TEXT.encode("cp1256"))
    assert raw.encoding == "cp1256"
    assert raw.lines[0] == "عنوان المقال"


def test_binary_and_undecodable_bytes_are_errors_naming_the_file():
    with pytest.raises(SourceError, match="a.bin: binary"):
        decode_bytes(b"\x89PNG\x00\x00\x01", "a.bin")
    with pytest.raises(SourceError) as info:
        ingest_text_dump("bad.txt", b"line one\nline two \xff\xfe\x81\x8d latin")
    assert str(info.value).startswith("bad.txt:2:")


def test_invisible_marks_removed_visible_text_kept():
    text = "ال\u200cكتاب \u200fجديد\u202b\u202c\ufeff \u2067مُحَمَّد\u2069"
    assert normalize_text(text) == "الكتاب جديد مُحَمَّد"


def test_nfc_normalisation():
    decomposed = "\u0627\u0653"  # alef + madda above
    assert normalize_text(decomposed) == "\u0622"


def test_jsonl_records_are_named_by_line_and_bad_lines_reported():
    lines = [
        json.dumps({"title": "عنوان", "text": "فقرة.", "date": "2018-05-21", "tags": ["سوريا"]}, ensure_ascii=False),
        "{not json",
        "",
        json.dumps({"title": "بلا نص"}, ensure_ascii=False),
        json.dumps({"title": "ثالث", "body": "نص آخر."}, ensure_ascii=False),
    ]
    dumps, errors = ingest_json_dump("feed.jsonl", "\n".join(lines).encode())
    assert [d.name for d in dumps] == ["feed.jsonl#1", "feed.jsonl#5"]
    assert dumps[0].title == "عنوان" and dumps[0].date == "2018-05-21" and dumps[0].tags == ("سوريا",)
    assert [str(e).split(":")[0:2] for e in errors] == [["feed.jsonl", "2"], ["feed.jsonl", "4"]]


def test_json_export_wrapping_its_articles_in_one_list():
    """{"status": "ok", "articles": [...]}, as news APIs and CMS exports write them: each object an article."""
    export = {
        "status": "ok",
        "total": 2,
        "articles": [
            {"title": "افتتاح معرض الكتاب", "content": "افتتح المعرض أبوابه.", "url": "https://x.example/1"},
            {"title": "قمة مجموعة السبع", "content": "انتهت القمة ببيان ختامي."},
        ],
    }
    dumps, errors = ingest_json_dump("export.json", json.dumps(export, ensure_ascii=False).encode())
    assert errors == []
    assert [(d.name, d.title) for d in dumps] == [
        ("export.json#1", "افتتاح معرض الكتاب"),
        ("export.json#2", "قمة مجموعة السبع"),
    ]
    assert dumps[0].url == "https://x.example/1" and dumps[1].lines == ("انتهت القمة ببيان ختامي.",)
    # One article object, even with a list inside it (its tags), stays one article.
    single = {"title": "عنوان", "text": "نص المقال.", "tags": ["سوريا", "لبنان"]}
    dumps, _ = ingest_json_dump("one.json", json.dumps(single, ensure_ascii=False).encode())
    assert [d.name for d in dumps] == ["one.json#1"] and dumps[0].tags == ("سوريا", "لبنان")
