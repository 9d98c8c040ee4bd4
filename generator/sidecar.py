"""Sidecar metadata an archivist provides beside the dumps: ``metadata.csv``.

    file,date,url,tags,crawled,outlet
    000_01e968b15b1d37f1.txt,2017-09-08,https://orient-news.net/…,داعش; حزب الله,,أورينت نت

Read once by the import; values win over what the cleaner and the date finder
find in the dump (they are the archivist's word). ``tags`` are separated by
";" or "،" (Arabic comma). Every column but ``file`` is optional. Errors name
the file and line.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path

from generator.errors import SourceError

COLUMNS = ("file", "date", "url", "tags", "crawled", "outlet")
_TAG_SPLIT_RE = re.compile(r"[;؛،|]")  # ; and Arabic ; and Arabic comma, and |


@dataclass(frozen=True, slots=True)
class SidecarRow:
    """What the archivist states about one dump (a ``.jsonl`` record is ``name.jsonl#N``)."""

    line: int
    date: str | None = None
    url: str | None = None
    tags: tuple[str, ...] = ()
    crawled: str | None = None
    outlet: str | None = None


def load_sidecar(path: Path) -> dict[str, SidecarRow]:
    """Read ``metadata.csv``; a missing file gives no rows."""
    if not path.exists():
        return {}
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise SourceError(str(path), "not UTF-8 text") from None
    reader = csv.DictReader(io.StringIO(text))
    header = [name.strip() for name in (reader.fieldnames or [])]
    if "file" not in header:
        raise SourceError(str(path), "the first line must name the columns, starting with 'file'", line=1)
    unknown = [name for name in header if name not in COLUMNS]
    if unknown:
        raise SourceError(str(path), f"unknown column '{unknown[0]}' (known: {', '.join(COLUMNS)})", line=1)
    rows: dict[str, SidecarRow] = {}
    for record in reader:
        line = reader.line_num
        values = {key.strip(): (value or "").strip() for key, value in record.items() if key}
        name = values.get("file", "")
        if not name:
            raise SourceError(str(path), "empty 'file' value", line=line)
        if name in rows:
            raise SourceError(str(path), f"'{name}' is listed twice (first on line {rows[name].line})", line=line)
        tags = tuple(t.strip() for t in _TAG_SPLIT_RE.split(values.get("tags", "")) if t.strip())
        rows[name] = SidecarRow(
            line=line,
            date=values.get("date") or None,
            url=values.get("url") or None,
            tags=tags,
            crawled=values.get("crawled") or None,
            outlet=values.get("outlet") or None,
        )
    return rows
