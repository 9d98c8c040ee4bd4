"""Ingest stage: dump file bytes → RawDump(s). Pure: the caller reads the file.

Decodes strictly (UTF-8, UTF-8 with BOM, then a validated Windows-1256
fallback), normalises to NFC and LF line ends, and removes the invisible
format characters scrapers leave inside words. Never decodes with
``errors="replace"``: bytes that are not text raise ``SourceError``.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata

from generator.errors import SourceError
from generator.model import RawDump

# Invisible format characters removed at ingest, by name so a reader sees them.
INVISIBLE_CHARS = "".join(
    [
        "\N{ZERO WIDTH SPACE}",
        "\N{ZERO WIDTH NON-JOINER}",
        "\N{ZERO WIDTH JOINER}",
        "\N{LEFT-TO-RIGHT MARK}",
        "\N{RIGHT-TO-LEFT MARK}",
        "\N{ARABIC LETTER MARK}",
        "\N{LEFT-TO-RIGHT EMBEDDING}",
        "\N{RIGHT-TO-LEFT EMBEDDING}",
        "\N{POP DIRECTIONAL FORMATTING}",
        "\N{LEFT-TO-RIGHT OVERRIDE}",
        "\N{RIGHT-TO-LEFT OVERRIDE}",
        "\N{LEFT-TO-RIGHT ISOLATE}",
        "\N{RIGHT-TO-LEFT ISOLATE}",
        "\N{FIRST STRONG ISOLATE}",
        "\N{POP DIRECTIONAL ISOLATE}",
        "\N{WORD JOINER}",
        "\N{ZERO WIDTH NO-BREAK SPACE}",  # BOM inside text
        "\N{SOFT HYPHEN}",
    ]
)
_INVISIBLE_RE = re.compile(f"[{re.escape(INVISIBLE_CHARS)}]")
_ARABIC_LETTER_RE = re.compile(r"[\u0621-\u064A]")
# C0 controls other than tab/newline/carriage return, which no text dump holds.
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# The same characters as bytes: in UTF-8 and in Windows-1256 they are single
# ASCII bytes, so a dump holds one exactly when its bytes do (checked on the
# bytes with ``bytes.translate``, several times quicker than a regex on the text).
_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])
_TEXT_FIELDS = ("text", "body", "content", "article")
# The outlet's name, best first: a display name ("سكاي نيوز عربية") before a short id ("skynewsarabia").
_OUTLET_FIELDS = ("outlet_name", "outlet", "site_name", "publisher")


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def decode_bytes(data: bytes, name: str) -> tuple[str, str]:
    """Decode dump bytes; return (text, encoding name). Raise SourceError if not text.

    b"\\xef\\xbb\\xbf\\xd8\\xa7" → ("ا", "utf-8-sig"); Windows-1256 Arabic is
    accepted only when it decodes to mostly Arabic letters.
    """
    if b"\x00" in data[:4096]:
        raise SourceError(name, "binary file (NUL bytes), not a text dump")
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as err:
            raise _undecodable(name, data, err, offset=3) from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as utf8_err:
        try:
            text = data.decode("cp1256")
        except UnicodeDecodeError:
            raise _undecodable(name, data, utf8_err) from None
        if _looks_like_arabic(text):
            return text, "cp1256"
        raise _undecodable(name, data, utf8_err) from None


def _looks_like_arabic(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return False
    arabic = sum(1 for c in letters if _ARABIC_LETTER_RE.match(c))
    return arabic / len(letters) >= 0.6 and not _CONTROL_RE.search(text)


def _undecodable(name: str, data: bytes, err: UnicodeDecodeError, offset: int = 0) -> SourceError:
    """The error for bytes that are not text; ``err`` came from decoding ``data[offset:]``."""
    start = err.start + offset
    return SourceError(
        name,
        f"cannot decode: not UTF-8 (byte 0x{data[start]:02x} at offset {start}) nor Arabic Windows-1256",
        line=data[:start].count(b"\n") + 1,
    )


def normalize_text(text: str) -> str:
    """NFC, LF line ends, invisible format characters and NBSP handled.

    "ال\\u200cكتاب\\r\\n" → "الكتاب\\n"
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE_RE.sub("", text)
    text = text.replace("\N{NO-BREAK SPACE}", " ").replace("\N{NARROW NO-BREAK SPACE}", " ")
    return unicodedata.normalize("NFC", text)


def ingest_text_dump(name: str, data: bytes) -> RawDump:
    """Turn a ``.txt`` dump's bytes into a RawDump."""
    text, encoding = decode_bytes(data, name)
    text = normalize_text(text)
    if len(data.translate(None, _CONTROL_BYTES)) != len(data) and _CONTROL_RE.search(text):
        line = text[: _CONTROL_RE.search(text).start()].count("\n") + 1
        raise SourceError(name, "control characters: not a text dump", line=line)
    return RawDump(
        name=name,
        sha256=sha256_of(data),
        lines=tuple(text.split("\n")),
        encoding=encoding,
    )


def ingest_json_dump(name: str, data: bytes) -> tuple[list[RawDump], list[SourceError]]:
    """Turn a ``.jsonl`` (one object a line) or ``.json`` (object, list, or an export's wrapped list) into RawDumps.

    Each record is named ``name#N`` (N: its line in a .jsonl, its position in a .json list).
    A bad record is an error naming its line; the other records still come through.
    """
    text, _ = decode_bytes(data, name)
    digest = sha256_of(data)
    records: list[tuple[int, object]] = []
    errors: list[SourceError] = []
    if name.endswith(".jsonl"):
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                records.append((number, json.loads(line)))
            except json.JSONDecodeError as err:
                errors.append(SourceError(name, f"invalid JSON: {err.msg}", number, err.colno))
    else:
        try:
            loaded = json.loads(text)
        except json.JSONDecodeError as err:
            return [], [SourceError(name, f"invalid JSON: {err.msg}", err.lineno, err.colno)]
        items = loaded if isinstance(loaded, list) else _wrapped_records(loaded)
        records = list(enumerate(items, start=1))
    dumps = []
    for number, record in records:
        try:
            dumps.append(_record_to_dump(f"{name}#{number}", digest, record))
        except SourceError as err:
            if name.endswith(".jsonl"):  # "f.jsonl:3: …", like a line of invalid JSON; its outcome is "f.jsonl#3"
                err.path, err.line = name, number
            errors.append(err)  # a .json list's record: "f.json#2: …"
    return dumps, errors


def _wrapped_records(loaded: object) -> list:
    """The records of a .json holding one object: the article itself, or an export that
    wraps its articles in one list ({"status": "ok", "articles": [{…}, {…}]})."""
    if isinstance(loaded, dict) and not any(isinstance(loaded.get(k), str) for k in _TEXT_FIELDS):
        lists = [v for v in loaded.values() if isinstance(v, list) and v and all(isinstance(x, dict) for x in v)]
        if len(lists) == 1:
            return lists[0]
    return [loaded]


def _record_to_dump(name: str, digest: str, record: object) -> RawDump:
    if not isinstance(record, dict):
        raise SourceError(name, "record is not a JSON object")
    body = next((record[k] for k in _TEXT_FIELDS if isinstance(record.get(k), str)), None)
    if body is None:
        raise SourceError(name, f"record has no text field ({', '.join(_TEXT_FIELDS)})")
    title = record.get("title")
    tags = record.get("tags") or ()
    if isinstance(tags, str):
        tags = (tags,)
    lines = normalize_text(body).split("\n")
    outlet = next((record[k] for k in _OUTLET_FIELDS if isinstance(record.get(k), str) and record[k].strip()), None)
    return RawDump(
        name=name,
        sha256=digest,
        lines=tuple(lines),
        title=normalize_text(title).strip() if isinstance(title, str) and title.strip() else None,
        date=str(record["date"]) if record.get("date") else None,
        crawled=str(record["crawled"]) if record.get("crawled") else None,
        url=str(record["url"]) if record.get("url") else None,
        tags=tuple(normalize_text(str(t)).strip() for t in tags if str(t).strip()),
        outlet=" ".join(normalize_text(outlet).split()) if outlet else None,
    )
