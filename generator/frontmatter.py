"""YAML front matter: split, parse and dump. Errors name the file and line.

Uses libyaml's C loader/dumper when present (10× faster than pure Python).
"""

from __future__ import annotations

import datetime
import re

import yaml

from generator.errors import SourceError

FENCE = "---"

try:  # pragma: no cover - depends on how PyYAML was built
    _Loader = yaml.CSafeLoader
    _Dumper = yaml.CSafeDumper
except AttributeError:  # pragma: no cover
    _Loader = yaml.SafeLoader
    _Dumper = yaml.SafeDumper


def dump_front_matter(data: dict) -> str:
    """Dump a dict as a fenced YAML block, keys in the given order, Arabic unescaped."""
    body = yaml.dump(
        data,
        Dumper=_Dumper,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        width=10_000,
    )
    return f"{FENCE}\n{body}{FENCE}\n"


def split_front_matter(text: str, path: str) -> tuple[dict, str, int]:
    """Split a content file into (front matter, body, body's first line number).

    Raise SourceError naming the line for a missing fence or invalid YAML.
    """
    if text.startswith("\ufeff"):
        text = text[1:]
    # Walk the lines of the front matter only: the body is sliced off, not split.
    newline = text.find("\n")
    if text[: newline if newline >= 0 else len(text)].strip() != FENCE:
        raise SourceError(path, "missing front matter: the file must start with '---'", line=1)
    start = pos = newline + 1
    end = 1  # the closing fence's index among the lines
    while True:
        if not pos:
            raise SourceError(path, "front matter is not closed with '---'", line=1)
        newline = text.find("\n", pos)
        if text[pos : newline if newline >= 0 else len(text)].strip() == FENCE:
            break
        pos, end = newline + 1, end + 1
    yaml_text = text[start : pos - 1] if end > 1 else ""
    try:
        data = yaml.load(yaml_text, Loader=_Loader)
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        # An unclosed bracket is found only at the end of the YAML: point at its start.
        if err.context_mark is not None and (mark is None or mark.line >= end - 1):
            mark = err.context_mark
        line = mark.line + 2 if mark else 1  # 0-based, after the opening fence
        column = mark.column + 1 if mark else None
        lines = text.split("\n")
        context = lines[line - 1] if 0 < line <= len(lines) else None
        raise SourceError(path, f"invalid YAML: {err.problem}", line, column, context) from None
    except ValueError as err:  # PyYAML builds dates itself: "2018-13-45" fails here
        lines = text.split("\n")
        line = _bad_date_line(lines[1:end]) + 1
        raise SourceError(path, f"invalid date: {err}", line, context=lines[line - 1]) from None
    except yaml.YAMLError as err:
        raise SourceError(path, f"invalid YAML: {err}", line=2) from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise SourceError(path, "front matter must be a mapping of keys to values", line=2)
    body = text[newline + 1 :] if newline >= 0 else ""
    return data, body, end + 2


_DATE_RE = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")


def _bad_date_line(yaml_lines: list[str]) -> int:
    """1-based line (counting the opening fence) of the first impossible date."""
    for number, line in enumerate(yaml_lines, start=1):
        for match in _DATE_RE.finditer(line):
            try:
                datetime.date(*(int(g) for g in match.groups()))
            except ValueError:
                return number
    return 0
