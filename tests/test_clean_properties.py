"""Properties of the clean stage.

Never raises, keeps order, invents no text, leaves a clean article alone.
"""

from __future__ import annotations

from itertools import takewhile

from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from generator.clean import clean_dump, collect_archive_stats
from generator.clean_features import compile_rules, describe_line
from generator.clean_rules import DEFAULT_RULES
from generator.model import RawDump
from tests.strategies import dump_lines, headlines, sentences

SETTINGS = settings(deadline=None, max_examples=100)


def _raw(lines: list[str]) -> RawDump:
    return RawDump(name="prop.txt", sha256="0" * 64, lines=tuple(lines))


@SETTINGS
@given(st.lists(st.text(max_size=120), max_size=30))
def test_clean_never_raises_on_any_text(lines):
    lines = [line.replace("\n", " ").replace("\r", " ") for line in lines]
    result = clean_dump(_raw(lines))
    assert result.name == "prop.txt"


@SETTINGS
@given(dump_lines())
def test_clean_never_raises_with_archive_stats(lines):
    raw = _raw(lines)
    stats = collect_archive_stats([raw, raw, raw, _raw(lines[:3])])
    clean_dump(raw, stats=stats)


@SETTINGS
@given(dump_lines())
def test_clean_keeps_line_order_and_accounts_for_every_line(lines):
    result = clean_dump(_raw(lines))
    numbers = [block.line for block in result.blocks]
    assert numbers == sorted(numbers)
    assert len(set(numbers)) == len(numbers)
    decided = [d.line for d in result.decisions]
    assert decided == [i + 1 for i, line in enumerate(lines) if line.strip()]


@SETTINGS
@given(dump_lines())
def test_clean_invents_no_text(lines):
    """A block is text of its line, or of the run of lines from it that the cleaner joined
    (a paragraph the scraper broke), with a space for each line break; so is the title."""
    result = clean_dump(_raw(lines))
    for block in result.blocks:
        assert block.text
        run = list(takewhile(str.strip, lines[block.line - 1 :]))
        assert any(block.text in " ".join(line.strip() for line in run[:n]) for n in range(1, len(run) + 1))
        if block.text not in lines[block.line - 1]:
            assert any(d.line == block.line + 1 and d.kept for d in result.decisions)  # joined lines are kept
    if result.title is not None:  # a line, or a headline wrapped over a run of lines
        joined = [" ".join(line.strip() for line in lines[i : i + n]) for i in range(len(lines)) for n in (1, 2, 3)]
        assert any(result.title in text for text in joined)


@SETTINGS
@given(dump_lines())
def test_skipped_dump_has_no_blocks(lines):
    result = clean_dump(_raw(lines))
    if result.skip_reason is not None:
        assert result.blocks == ()
        assert not any(d.kept for d in result.decisions)


@SETTINGS
@given(headlines(), st.lists(sentences(), min_size=1, max_size=8, unique=True))
# found by Hypothesis: a headline made mostly of section names was taken for a menu
@example("ءء ءء تونس تونس", ["ءء ءء ءء ءء ءء ءء ءء ءء.", "ءء ءء ءء ءء ءء ءء ءء ءآء."])
@example("ءء تونس تونس تونس تونس", ["ءء ءء ءء ءء ءء ءء ءء ءء.", "ءء ءء ءء ءء ءء ءء ءء ءآء."])
# and a headline whose last word folds to an agency's name ("شينخوا") was taken for a byline
@example("ءء ءء شىنخوآ", ["ءء ءء ءء ءء ءء ءء ءء ءء.", "ءء ءء ءء ءء ءء ءء ءء ءآء."])
# and a sentence with "ثم مسافة" (then a space) was taken for a columnist's SMS footer
@example("ءء ءء ءء", ["ءء ءء ءء ءء ءء ءء ءء ءء.", "ءء ءء ءء ءء ءء ءء ثم مسافة."])
def test_clean_leaves_a_clean_article_unchanged(title, paragraphs):
    # no paragraph may begin another one (that would be a standfirst repeat)
    paragraphs = [p for p in paragraphs if not any(q != p and q.startswith(p[:-1]) for q in paragraphs)]
    # random words can spell menu or share words ("انشر انشر"): such a line is no title
    assume(describe_line(0, title, compile_rules(DEFAULT_RULES)).vocab is None)
    lines = [title, ""]
    for paragraph in paragraphs:
        lines += [paragraph, ""]
    result = clean_dump(_raw(lines))
    assert result.skip_reason is None
    assert result.title == title
    assert [b.text for b in result.blocks] == paragraphs
    assert {b.kind for b in result.blocks} == {"paragraph"}
