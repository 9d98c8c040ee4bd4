"""Clean stage: RawDump → CleanDump. Pure: no file access, no config reads, no printing.

Layered like jusText (classify, then revise with neighbours):

1. describe every non-blank line (``clean_features``): vocabulary rule, date,
   caption, byline shape, prose shape, subheading shape;
2. archive statistics: a short line seen in many dumps of the archive is furniture;
3. find the title (a line repeated near the top, else the headline just above
   the first paragraph, else a one-sentence headline above a longer paragraph)
   and drop everything before it;
4. walk the rest with three states: *head* (between title and first
   paragraph: dates, bylines, captions, repeated title), *body*, and *aside*
   (after a marker such as "مقالات ذات صلة" or "التعليقات (2)": dropped until
   article prose clearly resumes);
5. revise: a short unpunctuated line between two paragraphs is a subheading,
   one in a run of short lines is a menu (unless a paragraph ending with a
   colon announces the run: a list); a standfirst that repeats the first
   paragraph is dropped.

When unsure the cleaner keeps a line and flags it (``LineDecision.flagged``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import chain

from generator.clean_features import (
    MORE_FROM_SECTION,
    SEPARATED_MENU,
    CompiledRules,
    LineInfo,
    compile_rules,
    describe_lines,
    fold_dump_line,
    fold_key,
    fold_line,
    is_credit,
)
from generator.clean_rules import DEFAULT_RULES, CleanRules
from generator.model import Block, BlockKind, CleanDump, LineDecision, RawDump

# Separators between a title and the site name: " - أورينت نت", " | الشرق الأوسط".
_TITLE_SUFFIX_RE = re.compile(r"\s+(?:[-|–—])\s+(?=[^-|–—]*$)")
_PUNCTUATION_RE = re.compile(r"[.,،:;؛؟?!\"«»()]")
_TITLE_MIN_ARABIC = 0.6  # share of Arabic among the letters of a title line
_REPEATED_TITLE_MIN_ARABIC = 0.4
# From a word's first letter to its end; a tatweel alone is a dash ("أخبارنا المغربية ـ عبد الإله").
_LETTERED_TOKEN_RE = re.compile(r"[^\W\d_\u0640]\S*")
_DATED_NAME_MAX_WORDS = 6  # a name of up to three words and a date; a headline with a date is longer
_YEAR_LAST_CHARS = frozenset("0123456789م")
_YEAR_END_RE = re.compile(r"\b(?:19|20)\d\d\s*م?$")
_OUTLET_MAX_WORDS = 5
_YEAR_IN_RE = re.compile(r"\b(?:1[34]\d\d|19\d\d|20\d\d)\b")
_INITIALS_RE = re.compile(r"^[\u0621-\u064a](?:\s+[\u0621-\u064a]){1,4}$")
_DATE_LABEL_RE = re.compile(r"(?:تاريخ النشر|تاريخ|نشر في|تم النشر|آخر تحديث|تاريخ التحديث)\s*[:：]")
_TIMED_ITEM_RE = re.compile(r"[\[(]?[0-2]?\d:[0-5]\d[\])]?\s")  # a clock time opening a line
_TITLE_SEPARATOR_RE = re.compile(r"\s+(?:[-|–—]|::)\s+")  # "الصحافة :: خبر" too
_LETTER_RE = re.compile(r"[^\W\d_]")
# Teasers under related links are a first sentence or a paragraph cut short.
_TEASER_MAX_CHARS = 180
_TICKER_MAX_LINES = 3  # kept lines under a list's header over the title said again: a ticker, not an article
# Most short lines a lead-in ("… كالتالي:") may announce.
_LEAD_IN_RUN_MAX = 12
_CLOSERS = "\"'»”’)] "
# A full stop inside a line (not an ellipsis "..", not a decimal point): two sentences.
_INNER_FULL_STOP_RE = re.compile(r"(?<![.\d])\.(?![.\d])\s+\S")
_DOMAIN_RE = re.compile(r"\.(?:com|net|org|info|tv|news|co|ma|sa|ae|qa|eg|dz|tn)\b", re.I)


@dataclass(frozen=True, slots=True)
class ArchiveStats:
    """How many dumps of one archive each folded line occurs in."""

    dump_count: int
    line_counts: Mapping[str, int] = field(default_factory=dict)
    # How many dumps open with a line ending in this (folded) " - suffix": a site name.
    suffix_counts: Mapping[str, int] = field(default_factory=dict)
    # How many dumps print the line in their head (the lines over the first paragraph, at most
    # ``HEAD_LINES``): the site's header is in every page's; a headline other pages list, in its own only.
    head_counts: Mapping[str, int] = field(default_factory=dict)

    def count(self, folded: str) -> int:
        return self.line_counts.get(folded, 0)

    def is_frequent(self, folded: str, rules: CleanRules) -> bool:
        """True when a line recurs in enough dumps to be site furniture."""
        seen = self.line_counts.get(folded, 0)
        return (
            self.dump_count > 0
            and seen >= rules.archive_min_dumps
            and seen >= rules.archive_min_share * self.dump_count
        )


def collect_archive_stats(raws: Iterable[RawDump]) -> ArchiveStats:
    """Count, for every folded line, the number of dumps it occurs in."""
    counts: Counter[str] = Counter()
    suffixes: Counter[str] = Counter()
    heads: Counter[str] = Counter()
    folded: dict[str, str] = {}  # page furniture recurs: fold each distinct line once
    dumps = 0
    for raw in raws:
        dumps += 1
        lines = [line for line in raw.lines if line and not line.isspace()]
        keys = []
        for line in lines:
            key = folded.get(line)
            if key is None:
                key = folded[line] = fold_dump_line(line)
            keys.append(key)
        end = next((i for i, line in enumerate(lines[:HEAD_LINES]) if len(line) >= _PARAGRAPH_CHARS), HEAD_LINES)
        head = set(keys[:end])
        head.discard("")
        heads.update(head)
        unique = set(keys)
        unique.discard("")
        counts.update(unique)
        suffixes.update({s for s in map(_suffix_key, lines[:_SUFFIX_SCAN_LINES]) if s})
    return ArchiveStats(
        dump_count=dumps, line_counts=dict(counts), suffix_counts=dict(suffixes), head_counts=dict(heads)
    )


HEAD_LINES = 40  # a page's first non-blank lines, up to its first paragraph: header, menus, headline
_PARAGRAPH_CHARS = 120  # a line this long is a paragraph: the page's head ends over it


def merge_archive_stats(parts: Sequence[ArchiveStats]) -> ArchiveStats:
    """The statistics of an archive from those of its parts (no dump in two parts): counts add up.

    Equal to ``collect_archive_stats`` of all the parts' dumps (the import's
    workers each count their own share).
    """
    if len(parts) == 1:
        return parts[0]
    lines: Counter[str] = Counter()
    suffixes: Counter[str] = Counter()
    heads: Counter[str] = Counter()
    for part in parts:
        lines.update(part.line_counts)
        suffixes.update(part.suffix_counts)
        heads.update(part.head_counts)
    return ArchiveStats(
        dump_count=sum(part.dump_count for part in parts),
        line_counts=dict(lines),
        suffix_counts=dict(suffixes),
        head_counts=dict(heads),
    )


def frequent_line_floor(rules: CleanRules, dump_count: int) -> int:
    """A count under which no line is frequent in an archive of ``dump_count`` dumps or more.

    The cleaner looks a line's archive count up only to compare it with
    ``max(archive_min_dumps, archive_min_share × dumps)`` (``_frequent_lines``,
    ``ArchiveStats.is_frequent``): a count below this floor (the threshold
    rounded down, less one for float rounding) decides nothing, and may be
    left out of the statistics (the line then counts as unseen).
    """
    return max(0, int(max(rules.archive_min_dumps, rules.archive_min_share * dump_count)) - 1)


_SUFFIX_SCAN_LINES = 12  # a page title sits among the first lines


def _suffix_key(line: str) -> str | None:
    """Folded site-name suffix candidate of a line: "خبر ما - هنا سوريا" → "هنا سوريا"."""
    if "-" not in line and "|" not in line and "–" not in line and "—" not in line:
        return None
    parts = _TITLE_SUFFIX_RE.split(line.strip())
    if len(parts) != 2 or len(parts[1].split()) > 5 or len(parts[0].split()) < 2:
        return None
    return fold_line(parts[1]) or None


# ------------------------------------------------------------------ decisions
@dataclass(slots=True)
class _Verdict:
    """Mutable working decision for one line (local to one clean_dump call)."""

    kept: bool
    reason: str
    kind: BlockKind | None = None
    flagged: bool = False
    short: bool = False  # kept provisionally as a subheading candidate


def clean_dump(raw: RawDump, rules: CleanRules = DEFAULT_RULES, stats: ArchiveStats | None = None) -> CleanDump:
    """Separate the article from page furniture; record a decision for every non-blank line."""
    compiled = compile_rules(rules)
    lines = _without_page_indent(raw.lines)
    infos = describe_lines(lines, compiled)
    lines, joined = _join_broken_paragraphs(lines, infos)
    if joined:
        infos = describe_lines(lines, compiled)
    if not infos:
        return _result(raw, None, None, [], {}, "empty dump: no text")
    frequent = _frequent_lines(infos, stats, rules)
    verdicts: dict[int, _Verdict] = {}

    title, outlet, title_pos = _find_title(raw, infos, frequent, compiled, stats)
    for info in infos[: max(title_pos, 0)]:
        reason = info.vocab.name if info.vocab else "before-title"
        verdicts[info.index] = _Verdict(False, reason)
    if title_pos >= 0:
        verdicts[infos[title_pos].index] = _Verdict(False, "title")
    title_key = fold_line(title) if title else None

    _walk(infos, title_pos + 1, title_key, frequent, verdicts, compiled, _recurring_prose(infos, stats, rules))
    _revise_short_lines(infos, verdicts)
    _drop_standfirst(infos, verdicts, rules)

    skip = _skip_reason(infos, verdicts, rules)
    if skip:
        for info in infos:
            verdict = verdicts[info.index]
            if verdict.kept:
                verdicts[info.index] = _Verdict(False, "no-article")
        return _result(raw, None, None, infos, verdicts, skip, joined)
    return _result(raw, title, outlet, infos, verdicts, None, joined)


_PAGE_INDENT_SHARE = 0.7  # of non-blank lines: then the indent is the page's, not a comment's


def _without_page_indent(lines: tuple[str, ...]) -> tuple[str, ...]:
    """The lines without an indent most of the page shares (a scraper that indents every block).

    An indent sets reader comments apart in a page that indents nothing else; when
    nearly every line has it, it tells nothing and only the indent beyond it counts.
    """
    starts = [line[:1] for line in lines if line and not line.isspace()]
    if not starts or sum(1 for start in starts if start in " \t") < _PAGE_INDENT_SHARE * len(starts):
        return lines  # most dumps: no copy of any line
    indented = [len(line) - len(line.lstrip(" \t")) for line in lines if line[:1] in " \t" and not line.isspace()]
    shared = min(indented)
    return tuple(line[shared:] if line[:shared].isspace() else line.lstrip(" \t") for line in lines)


# A paragraph a scraper broke over several lines (no blank line between them) is one paragraph.
_BROKEN_MIN_CHARS = 40  # a broken line is at least this long
_COMMA_BROKEN_MIN_CHARS = 20  # … or this long and ends with a comma, of this many words:
_COMMA_BROKEN_MIN_WORDS = 4
# Words that address the reader or the hall: "السيدات والسادة، أعضاء المجلس الموقر،" opens a speech.
_SALUTATION_RE = re.compile(
    r"(?:^|\s)(?:أيها|أيتها|يا|السيدات|السادة|الإخوة|الاخوة|الأخوات|الاخوات|الحضور|الكرام|الموقر|الموقرين|"
    r"المحترم|المحترمين|المحترمة|عزيزي|عزيزتي|أعزائي)(?=[\s،,])"
)
_GOES_ON_RE = re.compile(r"^(?:و|ف)(?!ي\s)[\u0621-\u064a]{2,}\s")  # "و"/"ف" fused to a word: "ويعمل", "فقد"
_WRAP_MIN_LINES = 3  # wrapped lines that show a dump's fixed width
_WRAP_SLACK = 12  # a wrapped line the greedy test missed is at most this much narrower than the page
_QUOTE_PAIRS = {'"': '"', "«": "»", "“": "”", "(": ")", "[": "]", "'": "'"}
_SHORT_QUOTE_CHARS = 25  # a quoted word or two ('"الدراجات"', "(ديسمبر)") a converter kept whole
_EARLY_BREAK_SHARE = 0.6  # of the page's width: a line broken early before a quotation is this full
_WRAP_MAX_WIDTHS = 24  # widths tried (the widest open lines'): a page of thousands of lines stays linear
_MENU_WORD_MAX = 2
_PARAGRAPH_END = tuple(".!…?؟:;؛")
_BREAK_AFTER = ("،", ",")  # a paragraph split after a comma
# A list item's marker opens the line: a dash or bullet, or a number ("3- ", "2) ").
_NOT_CONTINUATION_RE = re.compile(r"^(?:[-–•*·▪●٭]|\d{1,2}\s*[-).])\s")
_SCORE_RE = re.compile(r"(?<!\d)\d{1,2} - \d{1,2}(?!\d)")  # "3 - 1": a match's score


def _join_broken_paragraphs(lines: tuple[str, ...], infos: list[LineInfo]) -> tuple[tuple[str, ...], dict[int, int]]:
    """Join the lines of a paragraph the scraper broke; say which line went into which.

    A line is joined to the next only where it ends mid-sentence, the next line follows it
    with no blank line between and is no list item, and neither is furniture (a vocabulary
    rule matches neither: "شاهد أيضا: …" cut at the page width stays a line of its own;
    a menu word that ends a sentence, "العالم.", is no menu item).
    Two breaks are undone:
    - a hard wrap at a fixed width: the next line's first word would not have fitted on the
      line, in at least three places, and few of the page's lines are wider than that width;
      in such a page a paragraph goes on until a line ends a sentence;
    - a paragraph split after a comma ("…، " then "حيث …").
    A paragraph split anywhere else is left in two: a real article's paragraph may lack its
    final full stop, and the next one would be taken into it.
    Works from the lines' descriptions (``infos``, positions in ``lines``) and returns the
    lines with each paragraph whole on its first line (the lines joined to it left blank),
    and for each joined line the index of the line it now belongs to.
    """
    open_ends = _open_ends(infos, _COMMA_BROKEN_MIN_CHARS)
    if not open_ends:
        return lines, {}  # most dumps
    long_open_ends = [p for p in open_ends if len(infos[p].full_text) >= _BROKEN_MIN_CHARS]
    breaks = {p for p in long_open_ends if infos[p].full_text.endswith(_BREAK_AFTER)}
    # A shorter clause split after its comma ("كما سجل صلاح 44 هدفا، حتى الآن،" then "مع ليفربول
    # …."): a sentence goes on under it. It has a comma inside too, or opens with "and" ("ويعمل
    # الكافيين على ضبط الرجفان الأذيني،"): a salutation ("أيها الإخوة المواطنون الكرام،") or a list's
    # item ("تأجيل أقساط القروض المستحقة،") has neither.
    breaks.update(
        p
        for p in open_ends
        if infos[p].full_text.endswith(_BREAK_AFTER)
        and infos[p].n_words >= _COMMA_BROKEN_MIN_WORDS
        and (sum(map(infos[p].full_text.count, _BREAK_AFTER)) >= 2 or _GOES_ON_RE.match(infos[p].full_text))
        and not _SALUTATION_RE.search(infos[p].full_text)
        and infos[p + 1].is_prose
        and infos[p + 1].ends_sentence
    )
    breaks |= _split_in_blank_separated_page(infos, long_open_ends)
    wrapped, width = _wrap_breaks(infos, long_open_ends)
    runs_on: set[int] = set()  # wrapped lines whose paragraph goes on into a list of names apart by dashes
    if wrapped:
        breaks |= wrapped
        # A wrapped paragraph goes on through a line nearly as wide as the page that the test
        # missed (a character the scraper dropped); a short line ends it (a headline, a label).
        for p in long_open_ends:
            if p - 1 in breaks and len(infos[p].full_text) >= width - _WRAP_SLACK:
                breaks.add(p)
        # A colon the wrap fell after ("… قائلا بشكل صريح:" then "“إن الجيران …”."): the
        # sentence goes on when the next line's first word would not have fitted either.
        if _is_blank_separated(infos, width):  # (where paragraphs touch, a colon may end a lead-in)
            colons = _wrapped_colons(infos, width, breaks)
            breaks |= colons
            runs_on |= colons
            # A line broken early inside a paragraph ("… بريت كافانو عضواً في" / "المحكمة العليا،
            # فانطلقت على وسائل" / "التواصل الاجتماعي …"): wrapped lines above it and a wrapped line,
            # or the sentence's end, under it; paragraphs are apart by blank lines, so it is no
            # paragraph's end. (Under a headline wrapped over two or three lines, with no comma or stop
            # in them, it may end the headline, a standfirst under it.)
            for p in open_ends:
                if (
                    p - 1 in breaks
                    and p not in breaks
                    and (p + 1 in breaks or p - 2 in breaks and infos[p + 1].ends_sentence and _reads_on(infos, p))
                ):
                    breaks.add(p)
        breaks |= _wrapped_sentence_ends(infos, width, wrapped)
        named = _wrapped_name_lists(infos, width)
        breaks |= named
        runs_on |= wrapped | named
        # A converter that keeps a quoted word or a bracket whole breaks the line before it early
        # ("… مقالة بعنوان" then '"الدراجات" في العدد 406 …'): the paragraph goes on. (A line over
        # a long quotation, «لم نكن …», may be a headline: it stays.)
        for p in long_open_ends:
            below = infos[p + 1]
            if (
                p not in breaks
                and p + 1 in breaks
                and _short_quote_opens(below.full_text)
                and len(infos[p].full_text) >= _EARLY_BREAK_SHARE * width
            ):
                breaks.add(p)
    if not breaks:
        return lines, {}
    out = list(lines)
    joined: dict[int, int] = {}  # line index → index of the line it joined
    head_of: dict[int, int] = {}  # position in infos → position of its paragraph's first line
    for p in sorted(breaks):
        head = head_of.get(p, p)
        below = infos[p + 1]
        if head == p and p in wrapped and _is_dropped_furniture(infos[p]) and below.vocab is None:
            if p + 1 in breaks or len(below.full_text) > width // 2 or not below.ends_sentence:
                continue  # runs on, is long or ends no sentence: a paragraph or heading under a whole line
            # a link or label the wrap broke: its last line goes with it (the line itself stays as
            # it is, so the rule that matched it still does)
            joined[below.index] = infos[p].index
            out[below.index] = ""
            continue
        if (
            infos[head].vocab is not None
            or (infos[head].is_caption or below.is_caption)
            and p not in wrapped
            or (
                below.vocab is not None
                and (below.n_words > _MENU_WORD_MAX or not _ends_paragraph(below.full_text))
                and not (below.vocab is SEPARATED_MENU and p in runs_on and _names_go_on(infos[p], below))
            )
            or (below.is_date and not below.ends_sentence and head == p)
        ):
            # furniture is never joined, nor a caption but where a wrap broke a paragraph (a line of it
            # may end "(واس)"), nor a date line under a headline the wrap test took for a broken line;
            # "العالم." (a menu word ending a sentence) is no furniture
            continue
        first = infos[head].index
        out[first] = out[first].rstrip() + " " + below.full_text
        out[below.index] = ""
        joined[below.index] = first
        head_of[p + 1] = head
    return tuple(out), joined


def _names_go_on(info: LineInfo, below: LineInfo) -> bool:
    """A wrapped list of names apart by dashes goes on into ``below``: the line over it announces
    the list (a colon) or holds two dashes between names already, and ``below`` is apart by dashes
    too (a menu apart by bars, or tags under a paragraph that ends a quotation, is not)."""
    text = info.full_text.rstrip()
    return (text.endswith(":") or _dashes(text) >= 2) and _dashes(below.full_text) >= 2


def _dashes(text: str) -> int:
    return text.count(" - ") + text.count(" – ")


def _wrapped_name_lists(infos: list[LineInfo], width: int) -> set[int]:
    """A list of names apart by dashes that the wrap broke right before a dash ("… فخر الدين الجزيري
    - سليمان" then "- المنوبي الحداد .") or a list of results broken before a score: the line under
    it goes on, although it opens like a list item, when the line holds two dashes already (and a
    score, for results) and the dash or the score would not have fitted."""
    return {
        p
        for p, (info, below) in enumerate(zip(infos, infos[1:], strict=False))
        if below.index == info.index + 1
        and (
            below.full_text.startswith(("- ", "– "))
            # results the wrap broke before a score ("… بالرجيش" then "3 - 1 امل حمام سوسة …")
            or _SCORE_RE.match(below.full_text) is not None
            and _SCORE_RE.search(info.full_text) is not None
        )
        and _dashes(info.full_text) >= 2
        and not _ends_paragraph(info.full_text)
        and len(info.full_text) <= width
        and len(info.full_text) + 2 > width
    }


def _reads_on(infos: list[LineInfo], p: int) -> bool:
    """The two wrapped lines over ``p`` hold a comma or a stop: a paragraph's, not a headline's."""
    return any(mark in infos[q].full_text for q in (p - 2, p - 1) for mark in _INNER_MARKS)


_INNER_MARKS = ("،", ",", ".", "؛", ";", "؟", "?", ":")


def _split_in_blank_separated_page(infos: list[LineInfo], open_ends: list[int]) -> set[int]:
    """Paragraphs a scraper split mid-sentence in a page that sets its paragraphs apart by blank
    lines: below the page's first finished paragraph, a sentence-long open line (14 words or a
    comma) that starts its block (or follows a finished sentence), with a finished line of prose
    right under it and no blank line between. A headline under "اقرأ أيضا" is no such line."""
    found = set()
    for p in open_ends:
        info, below = infos[p], infos[p + 1]
        above = infos[p - 1]
        if (
            p > 0
            and info.vocab is None
            and below.vocab is None
            and not (above.index == info.index - 1 and (above.vocab is not None or not above.ends_sentence))
            and (info.n_words >= _SPLIT_MIN_WORDS or "،" in info.text)
            and not _TITLE_SEPARATOR_RE.search(info.text)
            and below.is_prose
            and below.ends_sentence
            and not below.is_list_item
        ):
            found.add(p)
    if not found or not _is_blank_separated(infos):
        return set()
    body_start = next((p for p, info in enumerate(infos) if info.is_prose and info.ends_sentence), len(infos))
    return {p for p in found if p > body_start}


def _is_blank_separated(infos: list[LineInfo], width: int = 0) -> bool:
    """Most lines that end a sentence (three at least) have a blank line under them. In a page
    wrapped at ``width`` a full line that ends a sentence with text right under it ends the
    sentence inside a paragraph: it does not count; nor does a teaser cut short ("… في...") with
    the next headline of its box right under it (a writer's "..." before a blank line counts)."""
    limit = width - _WRAP_SLACK if width else 1 << 30
    ends = [
        p
        for p, info in enumerate(infos[:-1])
        if info.ends_sentence
        and (
            infos[p + 1].index > info.index + 1  # a blank line under it
            or len(info.full_text) < limit
            and not info.text.endswith(_CUT_MARKS)
        )
    ]
    apart = sum(1 for p in ends if infos[p + 1].index > infos[p].index + 1)
    return len(ends) >= _WRAP_MIN_LINES and apart >= _BLANK_SEPARATED_SHARE * len(ends)


def _asks_inside_quotation(line: str) -> bool:
    """The line ends with a question inside a quotation still open ('وتابع "ما هي المشكلة؟'): its
    last quotation mark opens one (a letter right after it)."""
    if not line.endswith(("؟", "?")):
        return False
    last = max(line.rfind('"'), line.rfind("«"), line.rfind("“"))
    return last >= 0 and line[last] != "»" and last + 1 < len(line) and line[last + 1].isalpha()


def _wrapped_sentence_ends(infos: list[LineInfo], width: int, wrapped: set[int]) -> set[int]:
    """Full stops a wrap fell right after, in a page that sets its paragraphs apart by blank
    lines: a line that ends a sentence, filled to the width (the next line's first word would not
    have fitted), with the next line under it and no blank line between, goes on into it."""
    found = set()
    for p, (info, below) in enumerate(zip(infos, infos[1:], strict=False)):
        line, next_line = info.full_text, below.full_text
        if (
            below.index == info.index + 1
            and width - _WRAP_SLACK <= len(line) <= width
            and (info.ends_sentence or _asks_inside_quotation(line))
            and len(next_line) <= width
            and info.vocab is None
            and below.vocab is None
            and (p + 1 in wrapped or below.ends_sentence)  # not a subheading set right under it
            and not _NOT_CONTINUATION_RE.match(next_line)
            and _next_word_overflows(line, next_line, width)
        ):
            found.add(p)
    return found if found and _is_blank_separated(infos, width) else set()


_CUT_MARKS = ("...", "…")
_SPLIT_MIN_WORDS = 14  # without a comma, a shorter open line may be a headline over its teaser
_BLANK_SEPARATED_SHARE = 0.75  # of the lines that end a sentence: a blank line under them


def _short_quote_opens(text: str) -> bool:
    """The line opens with a quoted word or two, closed within a few characters."""
    closer = _QUOTE_PAIRS.get(text[:1])
    return closer is not None and 0 < text.find(closer, 1) <= _SHORT_QUOTE_CHARS


def _is_dropped_furniture(info: LineInfo) -> bool:
    """A line a vocabulary rule drops wherever it stands (a list the article announces,
    apart by dashes, may be kept)."""
    return info.vocab is not None and info.vocab is not SEPARATED_MENU


def _wrapped_colons(infos: list[LineInfo], width: int, breaks: set[int]) -> set[int]:
    """Lines ending with a colon that a wrap broke: the next line's first word would not have
    fitted, or the line sits between two wrapped lines of one paragraph (broken early)."""
    found = set()
    for p, (info, below) in enumerate(zip(infos, infos[1:], strict=False)):
        line, next_line = info.full_text, below.full_text
        if (
            below.index == info.index + 1
            and line.endswith(":")
            and len(line) <= width
            and len(next_line) <= width
            and not _NOT_CONTINUATION_RE.match(next_line)
            and (
                (len(line) >= width - _WRAP_SLACK and _next_word_overflows(line, next_line, width))
                or (p - 1 in breaks and infos[p - 1].index == info.index - 1 and p + 1 in breaks)
            )
        ):
            found.add(p)
    return found


def _next_word_overflows(line: str, next_line: str, width: int) -> bool:
    """The greedy-wrap test: the next line's first word would not have fitted on the line."""
    return len(line) + 1 + len(next_line.split(None, 1)[0]) > width


def _open_ends(infos: list[LineInfo], min_chars: int) -> list[int]:
    """Positions of lines of at least min_chars that end mid-sentence with another line, no
    list item, right under them."""
    return [
        p
        for p, (info, below) in enumerate(zip(infos, infos[1:], strict=False))
        if below.index == info.index + 1
        and len(info.full_text) >= min_chars
        and not _ends_paragraph(info.full_text)
        and not _NOT_CONTINUATION_RE.match(below.full_text)
    ]


def _ends_paragraph(text: str) -> bool:
    return text.rstrip(_CLOSERS).endswith(_PARAGRAPH_END)


def _wrap_breaks(infos: list[LineInfo], open_ends: list[int]) -> tuple[set[int], int]:
    """The line ends (positions in infos) of a dump hard-wrapped at a fixed width (none if it is not).

    At the width the page was wrapped to, every wrapped line fits and the next line's first
    word would not have: the width that explains the most line ends is taken.
    """
    if len(open_ends) < _WRAP_MIN_LINES:
        return set(), 0
    widest = max(len(infos[p].full_text) for p in open_ends)
    if sum(1 for info in infos if len(info.full_text) > widest) >= len(open_ends):
        return set(), 0  # more lines are wider than any width could explain: not a wrapped page
    best: list[int] = []
    best_width = 0
    for width in sorted({len(infos[p].full_text) for p in open_ends}, reverse=True)[:_WRAP_MAX_WIDTHS]:
        wrapped = []
        for p in open_ends:
            line, below = infos[p].full_text, infos[p + 1].full_text
            if len(line) <= width and len(below) <= width and _next_word_overflows(line, below, width):
                wrapped.append(p)
        if len(wrapped) >= len(best):  # a tie: the narrower width, which a wider line exceeds
            best, best_width = wrapped, width
    if len(best) < _WRAP_MIN_LINES:
        return set(), 0
    wider = sum(1 for info in infos if len(info.full_text) > best_width)
    return (set(best), best_width) if wider < len(best) else (set(), 0)


def _frequent_lines(infos: list[LineInfo], stats: ArchiveStats | None, rules: CleanRules) -> frozenset[int]:
    """Indexes of non-prose lines that recur across the archive."""
    if stats is None or stats.dump_count < rules.archive_min_dumps or stats.dump_count == 0:
        return frozenset()
    # ArchiveStats.is_frequent, with its two thresholds taken once per dump.
    min_seen = max(rules.archive_min_dumps, rules.archive_min_share * stats.dump_count)
    counts = stats.line_counts
    # A long line with no punctuation (menu items run together) counts only above the first
    # sentence: the same story scraped three times must keep its list of names.
    first_sentence = next((i.index for i in infos if i.is_prose and i.ends_sentence), infos[-1].index + 1)
    return frozenset(
        info.index
        for info in infos
        if counts.get(info.folded if info.glued is None else fold_line(info.full_text), 0) >= min_seen
        and (not info.is_prose or (info.index < first_sentence and _is_unpunctuated(info)))
    )


def _is_unpunctuated(info: LineInfo) -> bool:
    """A long line with no punctuation at all: menu items run together, not article prose."""
    return not info.ends_sentence and not _PUNCTUATION_RE.search(info.text)


# ------------------------------------------------------------------ title
def _has_title_shape(info: LineInfo, rules: CleanRules) -> bool:
    """Not too long and not ending like a sentence or a lead-in (".", ":", "،")."""
    if info.n_words > rules.title_max_words:
        return False
    return not info.text.rstrip(_CLOSERS).endswith((".", "…", ":", "،", ",", "؛", ";"))


def _is_title_candidate(
    info: LineInfo, frequent: frozenset[int], compiled: CompiledRules, min_arabic: float = _TITLE_MIN_ARABIC
) -> bool:
    rules = compiled.rules
    return (
        info.vocab is None
        and not info.is_date
        and not info.is_caption
        and not info.is_list_item
        and not info.is_indented
        and not info.is_cut
        and (info.index not in frequent or 4 <= info.n_words and info.n_chars < rules.prose_min_chars)
        and info.arabic_share >= min_arabic
        and rules.title_min_words <= info.n_words
        and _has_title_shape(info, rules)
        and not info.text.startswith(("|", "/"))  # a label between bars: "| كتب عادل الشمري |"
        and not _is_dated_name(info, compiled)
        and not _INITIALS_RE.match(info.text)  # an agency's initials: "أ ش أ"
        and not _TIMED_ITEM_RE.match(info.text)  # a latest-news item: "[22:11] التسويق الشبكي …"
        and not _DATE_LABEL_RE.match(info.text)  # "تاريخ النشر: منذ ساعتين"
    )


def _is_dated_name(info: LineInfo, compiled: CompiledRules) -> bool:
    """A byline or place with the date after it: "هالة عبد الفتاح 17 أبريل 2018"."""
    return (
        info.n_words <= _DATED_NAME_MAX_WORDS
        and info.text[-1:] in _YEAR_LAST_CHARS
        and _YEAR_END_RE.search(info.text) is not None
        and compiled.month_re.search(info.folded) is not None
    )


def _split_suffix(
    text: str,
    compiled: CompiledRules,
    stats: ArchiveStats | None = None,
    *,
    known: bool = False,
) -> tuple[str, str | None]:
    """Split a site-name suffix off a title: "خبر - أورينت نت" → ("خبر", "أورينت نت")."""
    parts = _TITLE_SUFFIX_RE.split(text)
    if len(parts) != 2:
        return text, None
    head, suffix = parts[0].strip(), parts[1].strip()
    separator = text[len(parts[0]) :].lstrip()[:1]
    if separator == "|" and len(head.split()) <= 3 and len(suffix.split()) >= _PREFIXED_HEADLINE_WORDS:
        return text, None  # a name or a label before the bar, the headline after it: _split_site_name decides
    if not head or not suffix or len(suffix.split()) > 5 or len(head.split()) < 2:
        return text, None
    suffix_words = set(fold_line(suffix).split())
    if known or separator == "|" or _DOMAIN_RE.search(suffix) or suffix_words & compiled.site_words:
        return head, suffix
    if stats is not None and stats.suffix_counts.get(fold_line(suffix), 0) >= 2:
        return head, suffix  # the same suffix closes the titles of other pages
    return text, None


_PREFIXED_HEADLINE_WORDS = 5


def _split_site_name(
    infos: list[LineInfo], pos: int, frequent: frozenset[int], compiled: CompiledRules
) -> tuple[str, str | None]:
    """Split off the site's name, before a bar or after a dash, where the page names the site too:
    a line of the site's own (one the archive repeats, no menu item) that is the name ("السومرية
    نيوز"), starts with it ("الصريح أون لاين") or calls it an agency, a paper, a site ("وكالة الفرات
    نيوز"); or a dateline's credit ("بغداد (الفرات نيوز)"). A label before a bar ("فيديو |", "غزة |")
    or a section after a dash ("- الدوري الإنجليزي", even with "ترتيب الدوري الإنجليزي") is no name."""
    text = infos[pos].text
    parts = _TITLE_SUFFIX_RE.split(text)
    if len(parts) != 2:
        return text, None
    head, tail = parts[0].strip(), parts[1].strip()
    bar = text[len(parts[0]) :].lstrip()[:1] == "|"
    if bar and 1 <= len(head.split()) <= 3 and len(tail.split()) >= _PREFIXED_HEADLINE_WORDS:
        name, title = head, tail
    elif len(tail.split()) <= 3 and len(head.split()) >= _PREFIXED_HEADLINE_WORDS:
        name, title = tail, head
    else:
        return text, None
    key = fold_line(name)
    if not key or key in _HEADLINE_LABELS:
        return text, None
    named = not compiled.nav_words.intersection(key.split())  # "مصر", "الرياضة": sections, no names
    credited = f"({name})"
    for q, other in enumerate(infos):
        if q == pos or other.n_words > _SITE_NAME_WORDS:
            continue
        if other.text.endswith(credited) and _dateline_place_words(other.text[: -len(credited)]) <= _DATELINE_WORDS:
            return title, name  # a dateline credits the site: "بغداد (الفرات نيوز)", "بغداد - خاص (…)"
        if other.index not in frequent or other.vocab is not None or _in_menu_column(infos, q, frequent):
            continue
        folded = other.folded
        if (
            (folded == key and named)
            or folded.startswith(key + " ")
            or folded.endswith(" " + key)
            and 1 <= len(folded[: -len(key) - 1].split()) <= 2
            and all(word in _SITE_KIND_NAMES for word in folded[: -len(key) - 1].split())
        ):
            return title, name
    return text, None


_DATELINE_WORDS = 3  # the place of "بغداد (الفرات نيوز)", "النجف الأشرف - خاص (الفرات نيوز)"


def _dateline_place_words(head: str) -> int:
    """Words of a dateline's place, without its dash and "خاص" / "متابعات" / "وكالات"."""
    return sum(1 for word in head.split() if word not in _DATELINE_FILLERS)


_DATELINE_FILLERS = frozenset(("-", "–", "—", "خاص", "متابعات", "وكالات"))
# What a site calls itself before its name: "وكالة الفرات نيوز", "صحيفة السوداني", "موقع الخبر".
_SITE_KIND_NAMES = frozenset(
    fold_line(word)
    for word in (
        "وكالة",
        "صحيفة",
        "جريدة",
        "موقع",
        "قناة",
        "شبكة",
        "بوابة",
        "إذاعة",
        "راديو",
        "مجلة",
        "تلفزيون",
        "منصة",
    )
)


def _split_known_suffix(text: str, headline_key: str) -> tuple[str, str | None]:
    """Split a page title that starts with the page's headline: "خبر | DW | 17.04.2018" → ("خبر", "DW").

    The outlet is the first part after the headline with a letter in it (a date is not one).
    """
    for separator in _TITLE_SEPARATOR_RE.finditer(text):
        head = text[: separator.start()]
        if fold_line(head) == headline_key:
            parts = _TITLE_SEPARATOR_RE.split(text[separator.end() :])
            outlet = next((part.strip() for part in parts if _LETTER_RE.search(part)), None)
            if outlet is not None and len(outlet.split()) > min(_OUTLET_MAX_WORDS, len(head.split())):
                # a headline after a label ("كأس العالم 2018 - المنتخب …") or after the site's name
                # printed again ("المسيرة نت | انتخاب برهم صالح …"): no site name after a headline
                return text, None
            return head.strip(), outlet
    return text, None


def _split_known_prefix(text: str, headline_key: str) -> tuple[str, str | None]:
    """Split a page title that ends with the page's headline: "وكالة معا الاخبارية - خبر" → ("خبر",
    "وكالة معا الاخبارية"). The outlet is a short name, shorter than the headline: in "خبر - سبوتنيك
    عربي" the line printed again ("سبوتنيك عربي") is the outlet, not the headline."""
    for separator in _TITLE_SEPARATOR_RE.finditer(text):
        tail = text[separator.end() :]
        if fold_line(tail) == headline_key:
            outlet = text[: separator.start()].strip()
            words = len(outlet.split())
            if not _LETTER_RE.search(outlet) or words > _OUTLET_MAX_WORDS or words >= len(tail.split()):
                return text, None
            return tail.strip(), outlet
    return text, None


def _find_title(
    raw: RawDump,
    infos: list[LineInfo],
    frequent: frozenset[int],
    compiled: CompiledRules,
    stats: ArchiveStats | None,
) -> tuple[str | None, str | None, int]:
    """Return (title, outlet, position in infos of the title line or -1)."""
    rules = compiled.rules
    if raw.title:
        key = fold_line(raw.title)
        for pos, info in enumerate(infos[:5]):
            if info.folded == key:
                return raw.title, None, pos
        return raw.title, None, -1
    # Long titles have the shape of prose; a finished sentence does not.
    first_prose = _first_prose(infos, rules)
    # The headline sits near the top: a page of thousands of lines without prose (an index) is
    # searched only so far, or comparing every line with every later one would take seconds.
    head_end = min(first_prose, _TITLE_SCAN_LINES)
    window = infos[: head_end + 5]
    # A headline printed twice may name products in Latin letters ("جربنا لكم هاتفين.. "Honor 9 Lite"
    # و"Honor 7x""); a line printed once needs to be mostly Arabic.
    repeatable = [
        p for p in range(head_end) if _is_title_candidate(infos[p], frequent, compiled, _REPEATED_TITLE_MIN_ARABIC)
    ]
    # A line printed once that ends with a credit in brackets is a photo's caption ("كشف تقرير عن
    # خطط شركة #آبل … (السوداني)", the site's own name), not a headline ("… (بالأسماء)" may be one).
    candidates = [
        p
        for p in repeatable
        if infos[p].arabic_share >= _TITLE_MIN_ARABIC and not _ends_with_credit(infos, p, compiled)
    ]
    if not candidates:  # a headline naming products in Latin letters, printed once, is better than none
        candidates = repeatable
    # A menu's section names apart by spaces ("الشرق الأوسط العالم اقتصاد علوم وتكنولوجيا …") is no
    # headline, however full; nor is an item of a list right under its header, no blank line
    # between ("عاجل", then a breaking headline; "آخر الأخبار", then four headlines with their times).
    if len(candidates) > 1:  # (a lone candidate stays whatever it is)
        listed = _listed_under_header(infos, head_end)
        unlisted = [
            p
            for p in candidates
            if p not in listed and not _is_menu_like(infos[p], compiled) and not _in_menu_column(infos, p, frequent)
        ]
        if unlisted:
            candidates = unlisted
    # A line printed twice in a row is a photo caption (arabi21) under the headline, not the title;
    # with nothing but the site's own lines over it, it is the headline printed twice.
    doubled = {p for p in repeatable if _printed_in_a_row(infos, p)}
    if doubled:
        first = min(doubled)
        if all(infos[q].index in frequent for q in candidates if q < first):
            doubled = set()
    # 1. The title printed twice (page <title>, then <h1>), maybe once with a site suffix. It is
    #    looked for a little past the first prose line too: a ticker's headlines run together
    #    over the page's <title> and <h1> read as a paragraph.
    past = (
        p
        for p in range(head_end, min(len(infos), head_end + _PAST_FIRST_PROSE))
        if _is_title_candidate(infos[p], frequent, compiled, _REPEATED_TITLE_MIN_ARABIC)
        and not _printed_in_a_row(infos, p)
    )
    for pos in chain(repeatable, past):
        info = infos[pos]
        if pos in doubled:
            continue
        for q in range(pos + 1, len(window) if pos < head_end else min(len(infos), pos + _PAST_FIRST_PROSE)):
            other = infos[q]
            if other.folded == info.folded:
                if _is_header_printed_twice(infos, pos, q, first_prose, frequent, stats):
                    break
                title, outlet = _split_suffix(info.text, compiled, stats)
                if outlet is None:
                    title, outlet = _split_site_name(infos, pos, frequent, compiled)
                return title, outlet, pos
            if other.n_words >= 2 and info.folded.startswith(other.folded + " "):
                title, outlet = _split_known_suffix(info.text, other.folded)
                if outlet is not None:
                    return title, outlet, pos
            if other.n_words >= 2 and info.folded.endswith(" " + other.folded):
                title, outlet = _split_known_prefix(info.text, other.folded)
                if outlet is not None:
                    return title, outlet, pos
    # 2. The headline above the first paragraph, skipping a byline under it
    #    and a photo's caption (the line above its credit: "تصوير : …").
    # (unless every other line is a byline or a dateline: "غزة- معا-" under the headline printed twice)
    if any(p not in doubled and not _is_short_byline(infos[p]) for p in candidates):
        candidates = [p for p in candidates if p not in doubled]
    # (unless only lines the archive repeats are left: a menu is no title, "المصدر: بلومبرغ" may
    # credit the story under its headline)
    uncredited = [p for p in candidates if not _above_photo_credit(infos, p)]
    if any(infos[p].index not in frequent for p in uncredited):
        candidates = uncredited
    if candidates:
        # Of the last few lines that could head the article, the fullest when clearly fuller than
        # the last: a caption, a name or a label above the body is shorter than a headline.
        # A line the archive repeats (a section label, a menu) is never the fullest.
        # A site's name with its description ("سبأ نت - وكالة الأنباء اليمنية") is as full as its name.
        pos = candidates[-1]
        # (a headline other pages list is repeated too: it is weighed when only short lines, a
        # name, a dateline or a caption, stand between it and the body)
        unique = [
            p
            for p in candidates[-_TITLE_LOOKBACK:]
            if infos[p].index not in frequent or _over_short_lines(infos, candidates, p, stats)
        ] or [pos]
        words = {p: _headline_words(infos[p], _split_suffix(infos[p].text, compiled, stats)[0]) for p in unique}
        fullest = max(unique, key=lambda p: (words[p], p))
        if words[fullest] >= _headline_words(infos[pos]) + _FULLER_BY:
            pos = fullest
        at = candidates.index(pos)
        byline = (
            infos[pos].is_byline_shape
            and _headline_words(infos[pos]) < _HEADLINE_WORDS
            and not _QUOTED_CLAUSE_RE.search(infos[pos].text)
        )
        if (byline or _is_signature(infos, pos)) and at > 0:
            previous = candidates[at - 1]
            # (a headline "أهالي ضمد: مستشفانا مات سريريا" has a byline's shape: the line above it
            # is no better when it is a menu's last item saying less, "العدد الورقي")
            if all(not infos[p].is_prose and infos[p].vocab is None for p in range(previous + 1, pos)) and not (
                _ends_menu_column(infos, previous) and _headline_words(infos[previous]) < _headline_words(infos[pos])
            ):
                pos = previous
        # A byline or a menu heads the page only when no headline written as a sentence sits
        # between it and the body ("بالصور ..نائب خادم … الواجب."); the first line of a page with
        # nothing over it is its headline, even one that names an agency ("… شينخوا").
        weak = pos > 0 and _is_short_byline(infos[pos]) or _is_menu_like(infos[pos], compiled)
        if weak and pos < first_prose < len(infos) and _is_sentence_title(infos, first_prose, frequent, rules):
            pos = first_prose
        # Bylines and names under the page's first line (its <title>, which other pages list):
        # the first line is the headline ("مصر.. إقرار تعديلات …", then "خاص - هاشتاغ سوريا", "رهف عمار").
        # A bare name ("رهف عمار") under a label ("هاشتاغ_ خاص") gives way as a byline does when the
        # first line is a full headline.
        if (
            pos > 0
            and candidates[0] == 0
            and (_is_short_byline(infos[pos]) or _is_full_headline(infos[0], compiled, stats))
            and all(_headline_words(infos[p]) <= _NAME_LINE_WORDS for p in candidates if 0 < p <= pos)
        ):
            pos = 0
        title, outlet = _split_suffix(infos[pos].text, compiled, stats)
        if outlet is None:
            title, outlet = _split_site_name(infos, pos, frequent, compiled)
        return title, outlet, pos
    # 3. No headline shape at all: a headline written as a sentence ("… في اليمن.")
    #    is the first prose line when it is short and the body follows it.
    if first_prose < len(infos) and _is_sentence_title(infos, first_prose, frequent, rules):
        title, outlet = _split_suffix(infos[first_prose].text, compiled, stats)
        return title, outlet, first_prose
    return None, None, -1


_CREDIT_IN_BRACKETS_RE = re.compile(r"\s\(([^()]{2,30})\)$")
_SITE_NAME_WORDS = 6  # a short line that names the site: "صحيفة السوداني", "أخبار ليبيا 24 – متابعات"


def _is_header_printed_twice(
    infos: list[LineInfo], pos: int, again: int, first_prose: int, frequent: frozenset[int], stats: ArchiveStats | None
) -> bool:
    """The lines ``pos`` and ``again`` say the same as the site's header printed twice, for the
    phone and for the desktop ("رئيس مجلسى الإدارة والتحرير", "محمد الباز", then both again):
    the copies close, the line under each the same, and the archive printing the line in the head of
    many pages and nowhere lower down, over an article it holds fewer times. Not a headline printed
    twice: a headline other pages list is lower down in those; a breaking story's headline in every
    page's ticker is printed as the <h1> under other lines; a story scraped three times has its
    first paragraph three times too."""
    if again - pos > _HEADER_BLOCK_LINES or again + 1 >= len(infos) or infos[again + 1].folded != infos[pos + 1].folded:
        return False
    if stats is None or infos[pos].index not in frequent:
        return False
    seen = stats.count(infos[pos].folded)
    if stats.head_counts.get(infos[pos].folded, 0) < seen:
        return False
    return first_prose < len(infos) and stats.count(infos[first_prose].folded) < seen


_HEADER_BLOCK_LINES = 3  # a header printed twice: its two copies at most this far apart


def _ends_with_credit(infos: list[LineInfo], pos: int, compiled: CompiledRules) -> bool:
    """The line ends with a photo credit in brackets: an Arabic credit (an agency, the archive,
    social media), a known agency in Latin letters, "outlet/ photographer", or an outlet another
    short line of the page names ("(السوداني)" with "صحيفة السوداني" over it). Not a label a
    headline ends with ("(فيديو)", "(بالأسماء)") nor a name in Latin letters ("(iPhone 15)")."""
    info = infos[pos]
    match = _CREDIT_IN_BRACKETS_RE.search(info.text) if info.text.endswith(")") else None
    if match is None:
        return False
    inside = match[1].strip()
    credit = fold_line(inside)
    if not credit or credit in _HEADLINE_LABELS:
        return False
    if not _ARABIC_RE.search(inside):
        return fold_key(inside) in compiled.agency_keys  # "(AFP)", not "(iPhone 15)"
    if is_credit(inside, compiled) or "/" in inside and 2 <= len(inside.split()) <= 6:
        return True  # an agency, the archive, …; outlet / photographer: "(عنب بلدي/ يوسف غريبي)"
    # The credit as whole words of another short line (the site's name over the page); or, after a
    # photo's kind, the outlet: "(توضيحية - عرب 48)".
    sides = [fold_line(side) for side in _CREDIT_SIDES_RE.split(inside)]
    if len(sides) == 2 and sides[0] in _PHOTO_KINDS:
        credit = sides[1]
    padded = f" {credit} "
    return any(
        q != pos and other.n_words <= _SITE_NAME_WORDS and padded in f" {other.folded} "
        for q, other in enumerate(infos)
    )


_CREDIT_SIDES_RE = re.compile(r"\s+[-–]\s+")
_PHOTO_KINDS = frozenset(fold_line(word) for word in ("توضيحية", "تعبيرية", "أرشيفية", "أرشيف", "صورة", "تصوير"))


# Labels a headline may end with in brackets: what the story holds, or how it is told.
_HEADLINE_LABELS = frozenset(
    fold_line(label)
    for label in (
        "فيديو",
        "صور",
        "صورة",
        "بالصور",
        "بالفيديو",
        "فيديو وصور",
        "صور وفيديو",
        "صور + فيديو",
        "عاجل",
        "بث مباشر",
        "تفاصيل",
        "رابط",
        "بالأسماء",
        "إنفوجرافيك",
        "إنفوجراف",
        "انفوجراف",
        "خاص",
        "حصري",
        "تحديث",
        "محدث",
        "فيديوجراف",
        "شاهد",
        "تقرير",
        "حوار",
        "مقابلة",
    )
)


_ARABIC_RE = re.compile(r"[\u0621-\u064a]")
_TITLE_SCAN_LINES = 300  # lines above the first paragraph searched for the headline
_PAST_FIRST_PROSE = 5  # lines under the first paragraph searched for a headline printed twice
_FULL_HEADLINE_WORDS = 5  # a page's first line this full is its headline over short names and labels
_TITLE_LOOKBACK = 3  # candidate lines above the body weighed against each other
_HEADLINE_WORDS = 6  # a headline's length: longer ones count alike
_FULLER_BY = 1  # words a line above must have beyond the last one to be taken instead


_LIST_HEADERS = frozenset(("news-list-header", "most-read", "related-header"))


def _heads_list(info: LineInfo) -> bool:
    return info.vocab is not None and info.vocab.name in _LIST_HEADERS


_LISTED_ITEM_WORDS = 4


def _is_item_time(info: LineInfo) -> bool:
    """A list item's time on its own line: a date, "منذ ساعتين", "10:45"."""
    return (
        info.is_date
        or info.vocab is not None
        and info.vocab.name == "relative-time"
        or bool(_DURATION_LINE_RE.match(info.text))
    )


def _listed_under_header(infos: list[LineInfo], end: int) -> set[int]:
    """Positions (before ``end``) of the lines right under a list's header and under each other."""
    found: set[int] = set()
    for p in range(1, min(end, len(infos))):
        above, info = infos[p - 1], infos[p]
        if above.index != info.index - 1:
            continue
        if _heads_list(above):
            found.add(p)  # the first item, whatever it is
        elif p - 1 in found and info.vocab is None and _headline_words(info) >= _LISTED_ITEM_WORDS:
            # the next headline of the list (a menu item, a short line, ends it); under an item's time,
            # only an item with its own time under it: the headline under the list has none
            below = infos[p + 1] if p + 1 < len(infos) else None
            if not _is_item_time(above) or below is not None and below.index == info.index + 1 and _is_item_time(below):
                found.add(p)
        elif p - 1 in found and _is_item_time(info):
            found.add(p)  # an item's time on its own line ("منذ ساعتين", "10:45")
    return found


# Between the headlines of a ticker run together: " | " (see _first_prose), or " - ", " • ".
_TICKER_DASH_RE = re.compile(r"\s[-–•·]\s")
_CLAUSE_MARKS_RE = re.compile(r"[،,؛;]|(?<!\.)\.(?!\.)")  # a comma, or a full stop (not "..")


def _first_prose(infos: list[LineInfo], rules: CleanRules) -> int:
    """Position of the first line of prose that is no headline (``len(infos)`` when none). Headlines
    run together under a list's header, "آخر الأخبار", then "… | … | …" or "… - … - …" wrapped over
    several lines (three of four words or more), are no paragraph."""
    skip_to = 0
    for p, info in enumerate(infos):
        if p < skip_to:
            continue
        if _heads_list(info):
            end = p + 1
            while end < len(infos) and infos[end].index == infos[end - 1].index + 1:
                end += 1
            text = " ".join(infos[q].text for q in range(p + 1, end))
            items = text.split("|") if text.count(" |") >= 2 else _TICKER_DASH_RE.split(text)
            # (headlines apart by dashes have no comma or full stop: prose with a dateline's or an
            # aside's dashes has)
            if (
                len(items) >= 3
                and sum(1 for item in items if len(item.split()) >= 4) >= 3
                and ("|" in text or not _CLAUSE_MARKS_RE.search(text))
            ):
                skip_to = end
        elif info.is_prose and not _has_title_shape(info, rules):
            return p
    return len(infos)


def _printed_in_a_row(infos: list[LineInfo], p: int) -> bool:
    """The line next to ``p`` (with no blank line between) says the same."""
    return any(
        0 <= q < len(infos) and infos[q].folded == infos[p].folded and abs(infos[q].index - infos[p].index) == 1
        for q in (p - 1, p + 1)
    )


def _headline_words(info: LineInfo, text: str | None = None) -> int:
    """Words of a line (or of ``text``, a part of it) as a headline has them: separators ("-", "|")
    and numbers are none."""
    return min(len(_LETTERED_TOKEN_RE.findall(info.text if text is None else text)), _HEADLINE_WORDS)


def _is_menu_like(info: LineInfo, compiled: CompiledRules) -> bool:
    """Section names apart by single spaces ("كوردستان العراق الشرق الأوسط العالم اقتصاد رياضة
    فيديو برامج"): no punctuation, and two words in three or more are distinct menu words (four at least)."""
    if info.n_words < 4 or _PUNCTUATION_RE.search(info.text):
        return False
    words = info.folded.split()
    nav = compiled.nav_words
    # A section joined to the one before with "و" counts ("علوم وتكنولوجيا", "سياسة واقتصاد"); a run of
    # them is a sentence's list of names ("السعودية والإمارات والبحرين ومصر تقاطع قطر").
    named = len(
        {
            word
            for k, word in enumerate(words)
            if word in nav or word[:1] == "و" and word[1:] in nav and _joined_pair(words, k, nav)
        }
    )
    return named >= _MENU_LIKE_MIN_NAMES and 3 * named >= 2 * len(words)


_MENU_LIKE_MIN_NAMES = 4


def _joined_pair(words: list[str], k: int, nav: frozenset[str]) -> bool:
    """Word ``k`` ("و" + a section) pairs with a bare section right before it, no "و" word after it."""
    before = words[k - 1] if k > 0 else ""
    after = words[k + 1] if k + 1 < len(words) else ""
    return before in nav and not (after[:1] == "و" and after[1:] in nav)


def _is_full_headline(info: LineInfo, compiled: CompiledRules, stats: ArchiveStats | None) -> bool:
    """Five words or more once a site's name is split off, none naming a kind of site: not "بوابة
    الوسط | صحيفة ليبية مستقلة شاملة", "صحيفة يومية سياسية مستقلة تصدر عن …"."""
    head = _split_suffix(info.text, compiled, stats)[0]
    words = set(fold_line(head).split())
    return _headline_words(info, head) >= _FULL_HEADLINE_WORDS and not words & _SITE_KIND_WORDS


# A site describing itself: a daily, a news site, independent, comprehensive, published by … ("صحيفة
# يومية سياسية مستقلة تصدر عن …"); a headline may name an agency, a channel or a paper ("وكالة الطاقة
# الذرية تحذر …", "صحيفة بريطانية: …").
_SITE_KIND_WORDS = frozenset(
    fold_line(word) for word in "يومية أسبوعية إخباري إخبارية مستقلة شاملة إلكترونية تصدر".split()
)


def _over_short_lines(infos: list[LineInfo], candidates: list[int], pos: int, stats: ArchiveStats | None) -> bool:
    """A full headline (five words or more) that some pages of the archive print lower down than
    their head (their related lists), with only lines of two words fewer, at most four, under it.
    The site's header, slogan or pinned story recurs in every page's head, and nowhere else."""
    words = _headline_words(infos[pos])
    return (
        words >= _FULL_HEADLINE_WORDS
        and stats is not None
        and stats.head_counts.get(infos[pos].folded, 0) < stats.count(infos[pos].folded)
        and all(_headline_words(infos[p]) <= min(words - 2, _SHORT_UNDER_WORDS) for p in candidates if p > pos)
    )


_SHORT_UNDER_WORDS = 4


# After a colon, a clause opening with a negation or "قد" ("الصدر: لن نشارك في الحكومة"): a headline
# quoting someone, not a byline, whose colon a name follows ("القاهرة: وليد عبد الرحمن", "كتب: محمد
# علي", "بيروت: من مراسلنا").
_QUOTED_CLAUSE_RE = re.compile(r"[:：]\s*(?:لن|لا|لم|ليس|لسنا|لست|قد|ما|سوف)\s")


def _in_menu_column(infos: list[LineInfo], pos: int, frequent: frozenset[int]) -> bool:
    """The line is an item of a menu set one item a line: a run of at least five short lines
    without punctuation, no blank line between, most of them menu words or the site's own lines
    ("الرئيسية", "أخبار مصر", …, "تحقيقات وملفات", "صحة", …)."""
    if not _is_menu_item(infos[pos]):
        return False
    start = end = pos
    while start > 0 and infos[start - 1].index == infos[start].index - 1 and _is_menu_item(infos[start - 1]):
        start -= 1
    while end + 1 < len(infos) and infos[end + 1].index == infos[end].index + 1 and _is_menu_item(infos[end + 1]):
        end += 1
    run = infos[start : end + 1]
    known = sum(1 for info in run if info.index in frequent or info.vocab is not None)
    return len(run) >= _MENU_COLUMN_MIN_ITEMS and 2 * known > len(run)


_MENU_COLUMN_MIN_ITEMS = 5


def _ends_menu_column(infos: list[LineInfo], pos: int) -> bool:
    """The line closes a menu set one item a line: four short lines without punctuation right above
    it (a breadcrumb of two, "الرئيسية", "اقتصاد", may stand over a short headline)."""
    if pos < _MENU_COLUMN_ABOVE:
        return False
    run = infos[pos - _MENU_COLUMN_ABOVE : pos + 1]
    return all(_is_menu_item(info) and info.index == run[0].index + k for k, info in enumerate(run))


def _is_menu_item(info: LineInfo) -> bool:
    """A line a menu set one item a line could hold: a few words, no punctuation."""
    return info.n_words <= _MENU_ITEM_WORDS and not _PUNCTUATION_RE.search(info.text)


_MENU_ITEM_WORDS = 3
_MENU_COLUMN_ABOVE = 4


def _is_short_byline(info: LineInfo) -> bool:
    """A dateline or a name: "غزة- معا-", "دبي - سودان تربيون" (a headline "ظريف: الاتفاق لن يتغير"
    has the shape of a byline too, but more words)."""
    return info.is_byline_shape and _headline_words(info) <= _NAME_LINE_WORDS


_NAME_LINE_WORDS = 3


def _above_photo_credit(infos: list[LineInfo], pos: int) -> bool:
    following = infos[pos + 1] if pos + 1 < len(infos) else None
    return following is not None and following.vocab is not None and following.vocab.name == "photo-credit-prefix"


def _is_signature(infos: list[LineInfo], pos: int) -> bool:
    """A name of up to three words between a headline and its date: "رووداو ديجيتال", "أحمد خالد"."""
    info = infos[pos]
    if info.n_words > 3 or pos == 0 or pos + 1 >= len(infos):
        return False
    above, below = infos[pos - 1], infos[pos + 1]
    return below.is_date and below.index == info.index + 1 and above.index == info.index - 1 and above.n_words > 3


def _is_sentence_title(infos: list[LineInfo], pos: int, frequent: frozenset[int], rules: CleanRules) -> bool:
    """True when prose line ``pos`` is a headline ending with a full stop.

    It must be one short sentence, and the next prose line (after at most a
    few lines of furniture such as a date or a byline) a longer paragraph:
    a headline is shorter than the text it opens.
    """
    info = infos[pos]
    if (
        info.n_words > rules.sentence_title_max_words
        or info.is_indented
        or info.is_list_item
        or info.index in frequent
        or info.arabic_share < 0.6
        or _INNER_FULL_STOP_RE.search(info.text)
    ):
        return False
    following = next((later for later in infos[pos + 1 : pos + 5] if later.is_prose), None)
    return following is not None and following.n_chars > info.n_chars


# ------------------------------------------------------------------ walk
_HEAD, _BODY, _ASIDE = "head", "body", "aside"


def _walk(
    infos: list[LineInfo],
    start: int,
    title_key: str | None,
    frequent: frozenset[int],
    verdicts: dict[int, _Verdict],
    compiled: CompiledRules,
    recurring: frozenset[int] = frozenset(),
) -> None:
    """Decide every line after the title: head furniture, body, or aside.

    The title said again ends the page's head: an aside that opened before any
    article text (a breaking-news ticker above the headline) does not swallow
    the article under it.
    """
    state = _HEAD
    aside_role = "aside"
    aside_reason = ""
    aside_has_long = False
    aside_start = start
    body_chars = 0  # article text kept so far
    head_names: set[str] = set()  # short lines dropped from the head: a byline's name
    for pos in range(start, len(infos)):
        info = infos[pos]
        if title_key is not None and info.folded == title_key:
            verdicts[info.index] = _Verdict(False, "title-repeat")
            kept_above = [q for q in range(start, pos) if verdicts[infos[q].index].kept] if state == _BODY else []
            if (
                kept_above
                and len(kept_above) <= _TICKER_MAX_LINES
                and _heads_list(infos[kept_above[0] - 1])
                and any(later.is_prose for later in infos[pos + 1 :])  # the article is under it, not above
            ):
                # A ticker's items under its header ("عاجل", then "• …!"; "شريط الأخبار", then
                # "… ... … ... …") above the headline, not the article, which starts under it.
                for q in kept_above:
                    verdicts[infos[q].index] = _Verdict(False, "above-headline")
                state, body_chars = _HEAD, 0
            if state == _ASIDE and body_chars < _TEASER_MAX_CHARS:
                state = _HEAD
            continue
        if info.vocab is SEPARATED_MENU and state == _BODY and pos > 0 and _ends_with_colon(infos[pos - 1]):
            # a list the article announces ("…الدول التالية:" + "مصر - السودان - إثيوبيا - ليبيا")
            verdicts[info.index] = _Verdict(True, "body", "paragraph", True)
            continue
        vocab = info.vocab
        if vocab is not None and vocab.name == "copyright" and _is_copyright_caption(info, compiled):
            verdicts[info.index] = _Verdict(False, "caption")  # "صورة متداولة على مواقع التواصل © رويترز"
            continue
        if (
            vocab is None
            and state == _BODY
            and info.folded.startswith(_MORE_FROM)
            and _is_more_from(info, infos, start, head_names)
        ):
            vocab = MORE_FROM_SECTION  # "المزيد من الشرق الأوسط" under a page headed "الشرق الأوسط"
        if vocab is not None:
            if vocab.name == "comment-count" and body_chars < _COMMENTS_MIN_BODY:
                verdicts[info.index] = _Verdict(False, vocab.name)  # a count under the headline
                continue
            if state == _BODY and vocab.name == "menu-line" and _between_paragraphs(infos, pos, verdicts):
                # a section-like word heading a part of the article ("الإمارات", then what it said); a
                # share button between paragraphs stays a button ("واتساب"), even where an app is meant
                verdicts[info.index] = _Verdict(True, "heading", "heading", short=True)
                continue
            if (
                state == _BODY
                and vocab.name in _NAME_RULES
                and info.is_list_item
                and _in_announced_list(infos, pos, verdicts)
            ):
                # an item of the list the article announces ("… الأكثر تحميلا:", then "• تيك توك", "• إكس")
                verdicts[info.index] = _Verdict(True, "list-item", "list_item", True)
                continue
            role = vocab.role
            if state != _HEAD and role in ("aside", "terminal"):
                if state == _BODY or role == "terminal":
                    aside_role = role if state == _BODY else "terminal"
                if state == _BODY:
                    aside_has_long = False
                    aside_reason = f"after-{vocab.name}"
                    aside_start = pos
                state = _ASIDE
            verdicts[info.index] = _Verdict(False, vocab.name)
            continue
        if pos > start and info.is_heading_shape and _is_video_marker(infos, pos):
            verdicts[info.index] = _Verdict(False, "video-title")  # "شاهد الفيديو 02:21" over its title
            continue
        furniture = _furniture_reason(info, frequent)
        if furniture is None and state == _HEAD and _is_menu_like(info, compiled):
            furniture = "home-menu"  # section names run together over the article ("الأخبار المغرب العربي …")
        if state == _HEAD:
            if (info.is_prose or _is_long_lead_in(infos, pos)) and furniture is None:
                state = _BODY
                body_chars += info.n_chars
                verdicts[info.index] = _Verdict(True, "body", "paragraph")
            else:
                verdicts[info.index] = _Verdict(False, furniture or _head_reason(info))
                if 2 <= info.n_words <= _NAME_MAX_WORDS and info.vocab is None and not _has_digit(info.text):
                    head_names.add(info.folded)  # a writer's name; a one-word dateline is a place
            continue
        if state == _ASIDE:
            if aside_role == "aside" and _resumes_list(infos, pos, aside_start, verdicts):
                state = _BODY
                verdicts[info.index] = _Verdict(True, "list-after-aside", "list_item", True)
                continue
            in_column = aside_reason == "after-site-column" and _in_one_block(infos, aside_start, pos)
            if (
                furniture is None
                and not in_column
                and _resumes_body(infos, pos, aside_role, aside_has_long, aside_start)
            ):
                state = _BODY
                body_chars += info.n_chars
                verdicts[info.index] = _Verdict(True, "body-after-aside", "paragraph", True)
                if aside_role == "aside" and _is_heading_after_aside(infos, pos, verdicts):
                    previous = infos[pos - 1]
                    verdicts[previous.index] = _Verdict(True, "heading-after-aside", "heading", True)
            else:
                if info.n_chars >= 80 and (info.n_chars > _HEADLINE_MAX_CHARS or _TEASER_MARKS_RE.search(info.text)):
                    aside_has_long = True  # a teaser (a headline, even wrapped, has no comma or stop)
                verdicts[info.index] = _Verdict(False, furniture or aside_reason)
            continue
        # state == _BODY
        named_again = info.folded in head_names and not info.is_prose and _ends_page_text(infos, pos, frequent)
        if named_again or _is_author_bio(infos, pos, frequent):
            # an author box (the byline's name again, or a name over "صحافي …") ends the article
            state, aside_role, aside_reason, aside_has_long, aside_start = (
                _ASIDE,
                "terminal",
                "after-author-box",
                False,
                pos,
            )
            verdicts[info.index] = _Verdict(False, "author-box")
            if info.folded not in head_names:
                verdicts[infos[pos - 1].index] = _Verdict(False, "author-box")
            continue
        if furniture == "archive-repeat" and _heads_site_column(infos, start, pos, recurring):
            # the site's own column under the article ("أسرار الجمهورية", then items other pages print too)
            state, aside_role, aside_reason, aside_has_long, aside_start = (
                _ASIDE,
                "aside",
                "after-site-column",
                False,
                pos,
            )
            verdicts[info.index] = _Verdict(False, "site-column")
            continue
        if furniture is not None:
            verdicts[info.index] = _Verdict(False, furniture)
        elif info.is_list_item:
            verdicts[info.index] = _Verdict(True, "list-item", "list_item", info.n_words < 4)
        elif not info.is_prose and _ends_with_credit(infos, pos, compiled):
            verdicts[info.index] = _Verdict(False, "caption")  # "… بغير المسبوق (السوداني)", the site's credit
        elif info.is_heading_shape:
            verdicts[info.index] = _Verdict(True, "heading", "heading", short=True)
        else:
            flagged = not info.is_prose and info.n_words < compiled.rules.prose_min_words
            body_chars += info.n_chars
            verdicts[info.index] = _Verdict(True, "body", "paragraph", flagged)


def _is_copyright_caption(info: LineInfo, compiled: CompiledRules) -> bool:
    """A photo's caption with its credit after "©" (France 24: "… © رويترز"), not the site's
    copyright notice: words before the sign, an agency after it, no year, no "rights"."""
    before, _, after = info.text.rpartition("©")
    return (
        len(before.split()) >= _CAPTION_MIN_WORDS
        and not _has_digit(after)
        and "حقوق" not in info.folded
        and is_credit(after, compiled)
    )


_CAPTION_MIN_WORDS = 3


def _is_long_lead_in(infos: list[LineInfo], pos: int) -> bool:
    """A sentence that announces what follows ("أصدرت الوزارة بيانا … هذا نصها:"), prose right
    under it: article text, though it ends with a colon, not a full stop (a newsletter's prompt has
    an e-mail field under it)."""
    info = infos[pos]
    return (
        info.n_words >= _LEAD_IN_MIN_WORDS
        and _ends_with_colon(info)
        and info.arabic_share >= 0.6
        and pos + 1 < len(infos)
        and infos[pos + 1].is_prose
        and infos[pos + 1].vocab is None
    )


_LEAD_IN_MIN_WORDS = 10
_MORE = "المزيد"  # "more", a teaser's link to its story
_MORE_FROM = (_MORE + " من ", _MORE + " في ")  # "المزيد من الشرق الأوسط", "المزيد في مجتمع"


def _is_more_from(info: LineInfo, infos: list[LineInfo], start: int, head_names: set[str]) -> bool:
    """ "More from" a section the page named: in its head, or over the headline (its menu,
    "الشرق الأوسط" over the headline)."""
    section = info.folded[len(_MORE_FROM[0]) :]  # (both prefixes are as long)
    if section in head_names:
        return True
    return any(infos[p].folded == section for p in range(min(start - 1, _TITLE_SCAN_LINES)) if infos[p].n_words <= 3)


_NAME_RULES = frozenset(("menu-line", "share-word"))  # lines of one name: a section, a network or an app


def _in_announced_list(infos: list[LineInfo], pos: int, verdicts: dict[int, _Verdict]) -> bool:
    """An item of a list of names the article announces: right under a kept paragraph ending with a
    colon or under a kept item of one to three words (a blank line between where the page sets one
    between its paragraphs), no home link among them (a footer menu), and, for networks and apps,
    the article going on under the list (a share bar after the article's list is not its list)."""
    gap = infos[pos].index - infos[pos - 1].index if pos else 0
    if not 1 <= gap <= 2:
        return False
    above, verdict = infos[pos - 1], verdicts[infos[pos - 1].index]
    if gap == 2 and verdict.kind == "list_item" and (pos < 2 or above.index - infos[pos - 2].index != 2):
        return False  # a blank line where the list set none: the site's menu after the article's list
    if not verdict.kept:
        return False
    if not (verdict.kind == "list_item" and above.n_words <= _NAME_ITEM_WORDS) and not (
        verdict.kind == "paragraph" and above.text.endswith((":", "："))
    ):
        return False
    end = pos
    while end + 1 < len(infos) and infos[end + 1].is_list_item and infos[end + 1].n_words <= _NAME_ITEM_WORDS:
        end += 1
    run = infos[pos : end + 1]
    if any(_HOME_LINK in info.folded.split() for info in run):
        return False  # "- الرئيسية", "- سياسة", …: the site's menu under a quote's colon
    if infos[pos].vocab is None or infos[pos].vocab.name != "share-word":
        return True
    after = infos[end + 1] if end + 1 < len(infos) else None
    return after is not None and after.is_prose and after.vocab is None


_HOME_LINK = fold_line("الرئيسية")


_NAME_ITEM_WORDS = 3


def _between_paragraphs(infos: list[LineInfo], pos: int, verdicts: dict[int, _Verdict]) -> bool:
    """A kept paragraph right above ``pos`` and a line of prose right under it."""
    if pos == 0 or pos + 1 >= len(infos):
        return False
    above, below = verdicts[infos[pos - 1].index], infos[pos + 1]
    return above.kept and above.kind == "paragraph" and below.is_prose and below.vocab is None


def _is_video_marker(infos: list[LineInfo], pos: int) -> bool:
    """Right above the line, a video's marker with its length ("شاهد الفيديو 02:21"), or its length
    alone under its label ("فيديو", then "04:40", then the video's title)."""
    above, info = infos[pos - 1], infos[pos]
    if above.index != info.index - 1:
        return False
    if above.vocab is not None and above.vocab.name == "video-series" and _DURATION_RE.search(above.text):
        return True
    if pos < 2 or not _DURATION_LINE_RE.match(above.text) or _headline_words(info) < _VIDEO_TITLE_WORDS:
        return False  # (a short line under a player whose title was not scraped is the article's)
    if info.folded.startswith(_SENTENCE_OPENERS):
        return False  # a sentence the article goes on with ("من جهته أعلن الدفاع المدني …")
    label = infos[pos - 2]
    return label.index == above.index - 1 and label.folded in _VIDEO_LABELS


_VIDEO_TITLE_WORDS = 5
# How a paragraph goes on from the one before: "و…", "من جهته", "في حين", "كما", "بينما".
_SENTENCE_OPENERS = ("و", *(fold_line(w) + " " for w in ("من جهته", "من جهتها", "في حين", "كما", "بينما", "فيما")))
_VIDEO_LABELS = frozenset(fold_line(label) for label in ("فيديو", "شاهد الفيديو", "بالفيديو", "شاهد"))


_DURATION_RE = re.compile(r"\b\d{1,2}:\d{2}\b")
_INDEX_MAX_PARAGRAPHS = 2  # kept "paragraphs" of a page of "read more" links: its first teasers
_COMMENTS_MIN_BODY = 400  # characters of article text above a comment count that closes the article
_NAME_MAX_WORDS = 4  # a writer's name on its own line
_BIO_MAX_WORDS = 30
# A writer's bio opens with what the writer is: "صحافي متخصص في …", "باحثة في …".
_BIO_START_RE = re.compile(
    r"^(?:صحافي|صحفي|كاتب|محرر|مراسل|باحث|أستاذ|استاذ|إعلامي|اعلامي|محلل|خبير|روائي|شاعر|مدون)(?:ة|ه)?\s"
)


def _is_author_bio(infos: list[LineInfo], pos: int, frequent: frozenset[int]) -> bool:
    """A short bio ("صحافي متخصص في الطاقة، يكتب من دبي.") right under a name on its own line,
    with no more article text after it."""
    info = infos[pos]
    if pos == 0 or infos[pos - 1].index != info.index - 1 or infos[pos - 1].n_words > _NAME_MAX_WORDS + 1:
        return False  # most lines: no short line right above
    name = infos[pos - 1]
    return (
        info.n_words <= _BIO_MAX_WORDS
        and _BIO_START_RE.match(info.text) is not None
        and (name.vocab is None or name.vocab.name == "credit-line")  # "بقلم: وليد العطار"
        and not name.ends_sentence
        and not _has_digit(name.text)
        and _ends_page_text(infos, pos, frequent)
    )


def _ends_page_text(infos: list[LineInfo], pos: int, frequent: frozenset[int]) -> bool:
    """No article prose follows ``pos`` before the next marker (related links, comments, footer,
    a line the archive repeats): an author box closes the article; a list of profiles inside it
    ("name", "bio", …) does not."""
    for info in infos[pos + 1 :]:
        if (info.vocab is not None and info.vocab.role in ("aside", "terminal")) or info.index in frequent:
            return True
        if info.is_prose and info.vocab is None and not info.is_cut:
            return False
    return True


def _has_digit(text: str) -> bool:
    return any(ch.isdigit() for ch in text)


def _recurring_prose(infos: list[LineInfo], stats: ArchiveStats | None, rules: CleanRules) -> frozenset[int]:
    """Indexes of prose lines that other dumps of the archive print too."""
    if stats is None or stats.dump_count < rules.archive_min_dumps:
        return frozenset()
    counts = stats.line_counts
    return frozenset(info.index for info in infos if info.is_prose and counts.get(info.folded, 0) >= 2)


def _heads_site_column(infos: list[LineInfo], start: int, pos: int, recurring: frozenset[int]) -> bool:
    """A label the archive repeats, under the article, over prose other pages print too: a column of
    the site's own items (the paper's gossip, rotating from page to page), not the article going on.
    Not where the article's own prose recurs (a story the archive holds twice)."""
    block = []  # the lines right under the label, no blank line between
    for q in range(pos + 1, min(len(infos), pos + 1 + _COLUMN_ITEMS)):
        if infos[q].index != infos[q - 1].index + 1:
            break
        block.append(infos[q])
    after = pos + 1 + len(block)
    return (
        len(block) >= 2  # items one a line (a section's single paragraph under its subheading is no column)
        and not infos[pos].is_prose
        and any(item.index in recurring for item in block)
        and not any(infos[q].index in recurring for q in range(start, pos) if infos[q].is_prose)
        # the column closes the article: a box or the page's end under it, and the article's own
        # paragraphs apart by blank lines, the column's items not
        and (after >= len(infos) or infos[after].vocab is not None and infos[after].vocab.role in ("aside", "terminal"))
        and pos >= 2
        and infos[pos].index > infos[pos - 1].index + 1
        and infos[pos - 1].index > infos[pos - 2].index + 1
    )


_COLUMN_ITEMS = 6  # items of a site's column looked at under its label


def _furniture_reason(info: LineInfo, frequent: frozenset[int]) -> str | None:
    """Reason a line without a vocabulary match is still not article text."""
    if info.is_date:
        return "date-line"
    if info.is_caption:
        return "caption"
    if not info.has_arabic:
        return "latin-line" if info.n_words <= 10 else "non-arabic-line"
    if info.index in frequent:
        return "archive-repeat"
    if info.is_indented and not info.is_prose:
        return "indented-short-line"
    return None


def _head_reason(info: LineInfo) -> str:
    if info.is_byline_shape:
        return "byline"
    return "before-body"


def _next_content(infos: list[LineInfo], pos: int) -> LineInfo | None:
    return infos[pos + 1] if pos + 1 < len(infos) else None


def _is_heading_after_aside(infos: list[LineInfo], pos: int, verdicts: dict[int, _Verdict]) -> bool:
    """True when the line before resumed prose is the article's subheading, not a link.

    In blank-separated dumps a related-links box is one run of lines; a short
    line set apart by a blank line after that run opens the next section
    (orient style: "مواضيع ذات صلة", 3 headlines, blank, subheading, blank, paragraph),
    with or without a blank line under it ("اقرأ أيضا:" and a headline, blank, "ردود أفعال"
    right over the paragraph).
    """
    if pos < 3:
        return False
    previous, run_end, run_before = infos[pos - 1], infos[pos - 2], infos[pos - 3]
    if _after_repeated_box(infos, pos, verdicts):
        return True
    return (
        previous.is_heading_shape
        and previous.vocab is None
        and not verdicts[previous.index].kept
        and verdicts[previous.index].reason.startswith("after-")
        and previous.index - run_end.index > 1
        and run_end.index - run_before.index == 1
        and not verdicts[run_end.index].kept
        and not verdicts[run_before.index].kept
    )


def _after_repeated_box(infos: list[LineInfo], pos: int, verdicts: dict[int, _Verdict]) -> bool:
    """With no blank line anywhere: a box's header and its links, each a headline the archive
    repeats, then a short line it does not repeat right over the resumed paragraph, in an article
    with subheadings above the box: the next part's subheading ("أخبار ذات صلة", two of the site's
    headlines, "عمليات إنقاذ وحزن "دولي"", prose)."""
    previous = infos[pos - 1]
    if not (
        previous.is_heading_shape
        and previous.vocab is None
        and verdicts[previous.index].reason.startswith("after-")
        and infos[pos].index - previous.index == 1
    ):
        return False
    if not 2 <= previous.n_words <= _BOX_HEADING_MAX_WORDS:
        return False
    q, links = pos - 2, 0
    while q >= 0 and verdicts[infos[q].index].reason == "archive-repeat" and infos[q + 1].index - infos[q].index == 1:
        if infos[q].n_chars <= previous.n_chars:  # shorter than every link: no headline of the box
            return False
        q, links = q - 1, links + 1
    if not (links > 0 and q >= 0 and infos[q + 1].index - infos[q].index == 1 and _heads_list(infos[q])):
        return False
    # (and the article has subheadings above the box: a fresh link no other page lists yet is no proof)
    return any(verdicts[infos[k].index].kind == "heading" and verdicts[infos[k].index].kept for k in range(q))


_BOX_HEADING_MAX_WORDS = 5


def _resumes_list(infos: list[LineInfo], pos: int, aside_start: int, verdicts: dict[int, _Verdict]) -> bool:
    """True for an item of the article's list after a related box set inside that list.

    "- بند", "- بند", "طالع أيضاً:", "• رابط", "• رابط", "- بند": the item has the marker of
    the list kept above the box, and the box's own items have another marker.
    """
    info = infos[pos]
    if not info.is_list_item or aside_start == 0:
        return False
    above = infos[aside_start - 1]
    marker = info.text[:1]
    if not (above.is_list_item and above.text[:1] == marker and verdicts[above.index].kept):
        return False
    box = [infos[k] for k in range(aside_start + 1, pos)]
    return bool(box) and all(item.is_list_item and item.text[:1] != marker for item in box)


def _is_paragraph_like(info: LineInfo | None) -> bool:
    """Finished prose that is neither a cut teaser nor an indented comment."""
    return (
        info is not None
        and info.is_prose
        and info.text.rstrip(_CLOSERS).endswith(".")
        and not info.is_indented
        and not info.is_cut
    )


def _is_long_paragraph(info: LineInfo | None) -> bool:
    """Prose longer than a teaser's first sentence, neither cut nor indented, with or without
    a final full stop (some sites print none)."""
    return (
        info is not None
        and info.is_prose
        and info.n_chars >= _LONG_PARAGRAPH_CHARS
        and not info.is_indented
        and not info.is_cut
    )


_LONG_PARAGRAPH_CHARS = 150


def _resumes_body(infos: list[LineInfo], pos: int, role: str, has_long: bool, aside_start: int) -> bool:
    """True when prose after an aside is the article again, not a teaser.

    Teasers alternate with headlines; the article resumes with finished
    paragraphs in a row (two after related links, three after comments or
    most-read lists), with a paragraph set apart by a blank line after a
    compact related-links box, or (after a short box) with a last paragraph
    followed by the end of the page or the next marker.
    """
    info = infos[pos]
    if _inside_box_block(infos, pos, aside_start) and not _SENTENCE_MARKS_RE.search(info.text):
        return False
    after = _past_ads(infos, pos + 1)  # an ad between two paragraphs ("إعلان")
    following = infos[after] if after < len(infos) else None
    if role != "terminal" and _is_long_paragraph(info) and _is_long_paragraph(following):
        return True  # two long paragraphs in a row, even where the article sets no full stops
    if role != "terminal" and _is_long_paragraph(info) and _follows_compact_box(infos, pos, aside_start):
        return True  # the box over, its one run of links: a long paragraph with or without its full stop
    if not _is_paragraph_like(info):
        return False
    if role == "terminal":
        third = _past_ads(infos, after + 1)  # (the line after the following one: an ad counts for none)
        last = infos[third] if third < len(infos) else None
        if (after - pos - 1) + (third - after - 1) > 1:
            return False  # an ad between every two: teasers of a most-read box, not the article again
        return _is_paragraph_like(following) and _is_paragraph_like(last)
    if _is_paragraph_like(following):
        return True
    # then a subheading of a few words over a long paragraph: the article's next part, unless the
    # paragraph itself sits under such a label in the box (a label-and-teaser list goes on)
    labelled = pos - 1 > aside_start and not infos[pos - 1].is_prose and infos[pos - 1].n_words <= _WEDGED_HEADING_WORDS
    if not labelled and _under_short_heading(infos, after):
        return True
    if info.n_chars > _TEASER_MAX_CHARS:
        return True  # too long for a teaser under a related link
    if has_long:
        return False
    if _follows_compact_box(infos, pos, aside_start):
        return True
    if following is None:
        return True
    vocab = following.vocab  # the next marker, or the source line that signs the article off
    return vocab is not None and (vocab.role in ("aside", "terminal") or vocab.name in _SIGN_OFF_RULES)


_SENTENCE_MARKS = "،,؛;.!؟?"
_SENTENCE_MARKS_RE = re.compile(f"[{_SENTENCE_MARKS}]")
_TEASER_MARKS_RE = re.compile(f"[{_SENTENCE_MARKS}…]")  # a teaser's, cut ("…") or not
_HEADLINE_MAX_CHARS = 100  # a longer line in a box is a teaser, punctuated or not


def _in_one_block(infos: list[LineInfo], first: int, last: int) -> bool:
    """No blank line between the lines ``first`` to ``last``."""
    return all(infos[q + 1].index == infos[q].index + 1 for q in range(first, last))


def _inside_box_block(infos: list[LineInfo], pos: int, aside_start: int) -> bool:
    """In a page that sets its paragraphs apart by blank lines, the line is in the box's own block:
    under its header and at least one link, with no blank line anywhere between. (A hard-wrapped
    box: "مقالات ذات صلة", a short headline, then two more wrapped over three lines, which the
    wrap joiner read as one paragraph: no comma, full stop or question mark anywhere in it, as
    there is in a paragraph right under a box of one link, which is the article again.)"""
    return pos - 1 > aside_start and _in_one_block(infos, aside_start, pos) and _is_blank_separated(infos)


def _under_short_heading(infos: list[LineInfo], at: int) -> bool:
    """Line ``at`` is a subheading of one to three words with a long paragraph right under it (a
    teaser list's headlines are longer)."""
    if at + 1 >= len(infos):
        return False
    heading = infos[at]
    return (
        heading.is_heading_shape
        and heading.vocab is None
        and heading.n_words <= _WEDGED_HEADING_WORDS
        and _is_long_paragraph(infos[at + 1])
    )


def _past_ads(infos: list[LineInfo], at: int) -> int:
    """``at``, or the first position after the ad slots there."""
    while at < len(infos) and infos[at].vocab is not None and infos[at].vocab.name == "ad-slot":
        at += 1
    return at


# Lines that close an article ("المصدر : الجزيرة", "إعداد: …"): a paragraph just above one is its last.
_SIGN_OFF_RULES = frozenset(("photo-credit-prefix", "credit-line"))


def _follows_compact_box(infos: list[LineInfo], pos: int, aside_start: int) -> bool:
    """True when a blank line sets ``pos`` apart from a gap-free related-links box.

    "مواضيع ذات صلة" + headlines on consecutive lines, a blank line, maybe one
    subheading between blank lines, then the paragraph (orient style, dump 004).
    """
    end = pos - 1
    if end <= aside_start or infos[pos].index - infos[end].index < 2:
        return False
    if infos[end].is_heading_shape and infos[end].index - infos[end - 1].index > 1:
        end -= 1  # a subheading between blank lines
    if end <= aside_start or end - aside_start > 8:
        return False
    return _in_one_block(infos, aside_start, end)


# ------------------------------------------------------------------ revise
def _revise_short_lines(infos: list[LineInfo], verdicts: dict[int, _Verdict]) -> None:
    """Keep a subheading candidate only between paragraphs; drop runs and strays.

    A short line is a subheading when a paragraph precedes it and a paragraph
    follows it (directly, or after a related-links box the article resumes
    from). Two short lines wedged between adjacent paragraphs are kept as
    flagged paragraphs; longer runs are menus or link lists.
    """
    for pos, info in enumerate(infos):
        verdict = verdicts[info.index]
        if not verdict.short:
            continue
        previous = _neighbour(infos, verdicts, pos, -1)
        prev_ok = previous is not None and previous.kind in ("paragraph", "list_item")
        after = _past_interruptions(infos, verdicts, pos + 1)  # a photo, an ad, a link may sit under it
        if prev_ok and (
            _paragraph_at(infos, verdicts, after, longer_than=info.n_chars) or _box_then_body(infos, verdicts, pos)
        ):
            verdict.short = False
            verdict.flagged = info.n_words <= 2
            continue
        if prev_ok and _paragraph_at(infos, verdicts, after):
            # between paragraphs but too long for its follower to head it: a short paragraph
            verdicts[info.index] = _Verdict(True, "short-paragraph", "paragraph", True)
            continue
        if prev_ok and _kept_list_at(infos, verdicts, after):
            # over the article's list: its lead ("كيف تشاهد ما بحثت عنه …؟", then "• …") or its heading
            kind = "paragraph" if info.text.endswith(("؟", "?", ":")) else "heading"
            verdicts[info.index] = _Verdict(True, "list-lead", kind, True)
            continue
        wedged = _wedged_run_end(infos, verdicts, pos) if prev_ok and verdicts[infos[pos - 1].index].kept else -1
        if wedged > 0:
            for k in range(pos, wedged):
                verdicts[infos[k].index] = _Verdict(True, "short-paragraph", "paragraph", True)
            last = infos[wedged - 1]
            if last.is_heading_shape and last.n_words <= _WEDGED_HEADING_WORDS < infos[pos].n_words:
                # the last, of a word or three, right over the paragraph, under a longer line: its
                # subheading ("نحتاج مشروعات تواكب الشغف الترفيهي …", then "مشروع وطني")
                verdicts[last.index] = _Verdict(True, "heading", "heading", True)
            continue
        if info.is_prose and prev_ok:
            verdicts[info.index] = _Verdict(True, "body", "paragraph", True)
            continue
        run_end = _lead_in_run_end(infos, verdicts, pos)
        if run_end > pos:
            for k in range(pos, run_end):
                verdict = verdicts[infos[k].index]
                if verdict.short:
                    kind = "list_item" if verdict.kind == "list_item" else "paragraph"
                    verdicts[infos[k].index] = _Verdict(True, "lead-in-run", kind, True)
            continue
        following = verdicts[infos[pos + 1].index] if pos + 1 < len(infos) else None
        run = (previous is not None and previous.short) or (following is not None and following.short)
        verdicts[info.index] = _Verdict(False, "short-line-run" if run else "stray-short-line")
        verdicts[info.index].short = run  # keep the run visible to the next line


_WEDGED_HEADING_WORDS = 3
_WEDGED_RUN_MAX = 3  # short lines between two paragraphs kept: a letter's signature and postscript
_WEDGED_LONG_WORDS = 8  # … when one of three says this much (the postscript)


def _wedged_run_end(infos: list[LineInfo], verdicts: dict[int, _Verdict], pos: int) -> int:
    """End (exclusive) of a run of two or three short lines from ``pos`` with a kept paragraph
    right under it, or -1 ("مفتي الديار المصرية", "محمد عبده", a postscript, then the text)."""
    end = pos + 1
    while end < len(infos) and end - pos < _WEDGED_RUN_MAX and verdicts[infos[end].index].short:
        end += 1
    if end - pos < 2 or not _paragraph_at(infos, verdicts, end, min_chars=1):
        return -1
    if end - pos > 2 and (
        verdicts[infos[pos - 1].index].flagged
        or not _paragraph_at(infos, verdicts, pos - 1)
        or max(info.n_words for info in infos[pos:end]) < _WEDGED_LONG_WORDS
    ):
        return -1  # three labels ("أسعار النفط") or three under a line kept on doubt: maybe links
    return end


# Dropped lines a page puts inside the article: a photo and its caption, an ad, a "read also" link.
_INTERRUPTIONS = frozenset(
    ("caption", "photo-credit-prefix", "photo-label", "ad-slot", "inline-link", "video-series", "video-title")
)
_DURATION_LINE_RE = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?$")  # a video player's "00:00", "03:41"


def _past_interruptions(infos: list[LineInfo], verdicts: dict[int, _Verdict], pos: int) -> int:
    """``pos``, or the first position after the dropped captions, credits, ads, inline links and
    embedded videos there (a video's label, "شاهد الفيديو", and the player's times under it; a line
    right over the times is the video's own title, not a subheading)."""
    start = pos
    while pos < len(infos) and (
        verdicts[infos[pos].index].reason in _INTERRUPTIONS
        or (pos > start and _DURATION_LINE_RE.match(infos[pos].text))
    ):
        pos += 1
    return pos


def _lead_in_run_end(infos: list[LineInfo], verdicts: dict[int, _Verdict], pos: int) -> int:
    """End (exclusive) of a run of short lines the article announces, or -1.

    A kept paragraph of three words or more ending with a colon introduces
    the run ("… على النحو التالي:" then one short line per item; items that
    read like sentences are already kept), and a kept paragraph follows it:
    the article goes on, so the run is a list or verses, not a menu (a tag
    list under "مواضيع هذا الخبر:" ends the article instead).
    """
    start = pos
    while (
        start > 0
        and pos - start < _LEAD_IN_RUN_MAX
        and _is_kept_item(infos[start - 1], verdicts)
        and not _ends_with_colon(infos[start - 1])
    ):
        start -= 1
    if start == 0:
        return -1
    lead = infos[start - 1]
    verdict = verdicts[lead.index]
    if not verdict.kept or verdict.kind != "paragraph" or lead.n_words < 3 or not _ends_with_colon(lead):
        return -1
    end = pos
    while (
        end < len(infos)
        and end - start < _LEAD_IN_RUN_MAX
        and (verdicts[infos[end].index].short or _is_kept_item(infos[end], verdicts))
    ):
        end += 1
    if end == len(infos) or end - start < 2:
        return -1
    verdict = verdicts[infos[end].index]
    return end if verdict.kept and verdict.kind in ("paragraph", "list_item") else -1


def _ends_with_colon(info: LineInfo) -> bool:
    return info.text.rstrip(_CLOSERS).endswith((":", "："))


def _is_kept_item(info: LineInfo, verdicts: dict[int, _Verdict]) -> bool:
    """A short line kept, flagged, as a paragraph or list item: maybe one item of a list."""
    verdict = verdicts[info.index]
    return verdict.kept and verdict.flagged and verdict.kind in ("paragraph", "list_item") and not info.is_prose


def _paragraph_at(
    infos: list[LineInfo],
    verdicts: dict[int, _Verdict],
    pos: int,
    *,
    min_chars: int = 60,
    longer_than: int = 0,
) -> bool:
    """True when line ``pos`` is a kept paragraph or list item of some length.

    With ``longer_than`` the paragraph must also be half as long again as that:
    a subheading is much shorter than the paragraph it introduces.
    """
    if pos >= len(infos):
        return False
    verdict = verdicts[infos[pos].index]
    chars = infos[pos].n_chars
    return (
        verdict.kept
        and verdict.kind in ("paragraph", "list_item")
        and not verdict.short
        and chars >= max(min_chars, 80 if longer_than else 0)
        and chars > 1.5 * longer_than
    )


def _kept_list_at(infos: list[LineInfo], verdicts: dict[int, _Verdict], pos: int) -> bool:
    """Lines ``pos`` and the next are kept items of one list."""
    return pos + 1 < len(infos) and all(
        verdicts[infos[q].index].kept and verdicts[infos[q].index].kind == "list_item" for q in (pos, pos + 1)
    )


def _box_then_body(infos: list[LineInfo], verdicts: dict[int, _Verdict], pos: int) -> bool:
    """True when a related-links box follows ``pos`` and the article resumes after it."""
    following = infos[pos + 1] if pos + 1 < len(infos) else None
    if following is None or following.vocab is None or following.vocab.role != "aside":
        return False
    for later in infos[pos + 2 : pos + 12]:
        verdict = verdicts[later.index]
        if verdict.kept:
            return verdict.reason == "body-after-aside"
    return False


def _neighbour(infos: list[LineInfo], verdicts: dict[int, _Verdict], pos: int, step: int) -> _Verdict | None:
    """The nearest kept (or run-member) line before ``pos``."""
    j = pos + step
    while 0 <= j < len(infos):
        verdict = verdicts[infos[j].index]
        if verdict.kept or verdict.short:
            return verdict
        j += step
    return None


def _drop_standfirst(infos: list[LineInfo], verdicts: dict[int, _Verdict], rules: CleanRules) -> None:
    """Drop a lead that repeats (or begins) one of the next paragraphs."""
    kept = [i for i in infos if verdicts[i.index].kept and verdicts[i.index].kind == "paragraph"]
    if len(kept) < 2:
        return
    first = kept[0]
    for later in kept[1 : 1 + rules.standfirst_window]:
        if later.folded == first.folded or later.folded.startswith(first.folded):
            verdicts[first.index] = _Verdict(False, "standfirst-repeat")
            return


def _skip_reason(infos: list[LineInfo], verdicts: dict[int, _Verdict], rules: CleanRules) -> str | None:
    """Why a dump holds no article, or None."""
    kept = [i for i in infos if verdicts[i.index].kept]
    paragraphs = [i for i in kept if verdicts[i.index].kind != "heading"]
    not_found = [i.index for i in infos if i.vocab is not None and i.vocab.role == "no_article"]
    if not_found and (len(paragraphs) < 3 or not_found[0] < paragraphs[0].index):
        return "not-found page (404)"  # the page says so where its article would start
    if _is_story_list(infos, paragraphs):
        return "section index page: headlines and teasers, no article"
    read_more = sum(
        1
        for i in infos
        if i.vocab is not None and (i.vocab.name in ("related-header", "teaser-more") or i.folded == _MORE)
    )
    if read_more >= rules.index_min_read_more and len(paragraphs) <= _INDEX_MAX_PARAGRAPHS < read_more:
        return "section index page: headlines and teasers, no article"  # the first teaser read as text
    if len(paragraphs) <= _INDEX_MAX_PARAGRAPHS and _is_paged_list(infos):
        return "section index page: headlines and teasers, no article"  # dated teasers over page numbers
    if not paragraphs:
        return "no article text: only page furniture"
    return None


def _is_paged_list(infos: list[LineInfo]) -> bool:
    """Page numbers under dated items: a section's page ("1 2 3 4 5 ... التالي »")."""
    paged = any(info.vocab is not None and info.vocab.name == "pagination" for info in infos)
    return paged and sum(1 for info in infos if info.is_date) >= _PAGED_LIST_MIN_DATES


_PAGED_LIST_MIN_DATES = 3


def _is_story_list(infos: list[LineInfo], paragraphs: list[LineInfo]) -> bool:
    """Kept "paragraphs" that are teasers of a list of stories: the first and most of them
    (three or more) come right under a headline, with its date line between them or under
    the teaser ("عنوان", "2018/05/22", teaser; or "عنوان", teaser, "2018/05/22"). A dated
    timeline inside an article has the article's own opening above it."""
    position = {info.index: pos for pos, info in enumerate(infos)}
    listed = []
    for paragraph in paragraphs:
        pos = position[paragraph.index]
        dated_above = pos >= 2 and infos[pos - 1].is_date and infos[pos - 2].is_heading_shape
        dated_below = (  # (with a year: a live blog's entries have their times under them)
            pos >= 1
            and pos + 1 < len(infos)
            and infos[pos - 1].is_heading_shape
            and infos[pos + 1].is_date
            and _YEAR_IN_RE.search(infos[pos + 1].folded) is not None
        )
        listed.append(dated_above or dated_below)
    return bool(listed) and listed[0] and sum(listed) >= 3 and 2 * sum(listed) >= len(paragraphs)


# ------------------------------------------------------------------ result
def _block_kind(kind: BlockKind, info: LineInfo) -> BlockKind:
    """A kept subheading that asks at length is an interviewer's question: a paragraph
    ("كيف تقيمون تجربة السفارة الفرنسية في إصدار التأشيرات؟"); a heading asks in a few words."""
    if kind == "heading" and info.n_words >= _QUESTION_PARAGRAPH_WORDS and info.text.endswith(("؟", "?")):
        return "paragraph"
    return kind


_QUESTION_PARAGRAPH_WORDS = 10


def _result(
    raw: RawDump,
    title: str | None,
    outlet: str | None,
    infos: list[LineInfo],
    verdicts: dict[int, _Verdict],
    skip_reason: str | None,
    joined: Mapping[int, int] | None = None,
) -> CleanDump:
    decisions = []
    blocks = []
    for info in infos:
        verdict = verdicts.get(info.index) or _Verdict(False, "unclassified")
        number = info.index + 1
        text = raw.lines[info.index].strip() if joined else info.full_text
        decisions.append(LineDecision(number, text, verdict.kept, verdict.reason, verdict.flagged))
        if verdict.kept and verdict.kind is not None:
            blocks.append(Block(_block_kind(verdict.kind, info), info.text, number))
    if joined:  # a line joined to the one above shares its decision
        for index, head in joined.items():
            verdict = verdicts.get(head) or _Verdict(False, "unclassified")
            decisions.append(
                LineDecision(index + 1, raw.lines[index].strip(), verdict.kept, verdict.reason, verdict.flagged)
            )
        decisions.sort(key=lambda d: d.line)
    return CleanDump(
        name=raw.name,
        sha256=raw.sha256,
        title=title,
        outlet=outlet,
        blocks=tuple(blocks) if skip_reason is None else (),
        decisions=tuple(decisions),
        skip_reason=skip_reason,
    )
