"""Tags for articles: declared vocabulary matches, then key terms of the archive. Pure.

    text ─declared_tags(vocabulary)→ canonical names the archivist declared
    texts ─collect_term_stats→ TermStats ─automatic_tags(text)→ key terms by TF-IDF
    assign_tags: stated (dump) tags, then declared, then automatic; 3 to 7 in all

Only ``load_tag_vocabulary`` reads a file (``content/tags.toml``). Nothing here
reads the config; the caller decides that front-matter tags win over these.
Automatic key terms (words and phrases, the Arabic rules that keep verbs,
fragments and adjectives out) live in ``generator.keyterms``, over words analysed by
``generator.wordkeys`` and archive counts from ``generator.termstats``.

Matching works on word keys: ``fold_arabic`` (hamza, ta marbuta, alef maqsura,
tashkeel, tatweel) then the article "ال" (the) and its fused forms are removed:
"بالتَّحالُف" → "تحالف". One-letter proclitics (و ب ل ف ك: and, with, for, so,
like) are read off the first word of a variant only ("وحزب الله", "لداعش"),
because many names start with those letters ("لبنان" is not "ل" + "بنان").
"""

from __future__ import annotations

import re
import tomllib
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import product
from pathlib import Path

from generator.arabic import fold_arabic
from generator.errors import SourceError
from generator.keyterms import key_terms
from generator.termstats import (
    TermStats,
    collect_term_stats,
    count_encoded_documents,
    count_term_documents,
    term_stats_from_counts,
)
from generator.wordkeys import _MKEY, Piece, _Text, encode_article, pieces_of

__all__ = [
    "TagVocabulary",
    "TermStats",
    "assign_tags",
    "automatic_tags",
    "collect_term_stats",
    "count_encoded_documents",
    "count_term_documents",
    "encode_article",
    "declared_tags",
    "load_tag_vocabulary",
    "term_stats_from_counts",
]

MIN_TAGS = 3
MAX_TAGS = 7
# One-letter proclitics and their pairs that may start a declared variant: "وحزب الله", "ولداعش".
_PREFIXES = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك")
_ALEF_LAMS = ("ال", "أل", "إل", "آل")  # a word's start: the article, or a hamza and lam ("ألمانيا")


# ── Declared tags ────────────────────────────────────────────────────────────


@dataclass(frozen=True, slots=True)
class TagVocabulary:
    """Declared tags in file order: canonical name → word keys of each variant."""

    entries: tuple[tuple[str, tuple[tuple[str, ...], ...]], ...] = ()
    # First word key (also behind a proclitic: "لداعش") → (entry number, variant keys).
    _first: Mapping[str, tuple[tuple[int, tuple[str, ...]], ...]] = field(
        default_factory=dict, repr=False, compare=False
    )
    variants: frozenset[tuple[str, ...]] = field(default=frozenset(), repr=False, compare=False)

    @classmethod
    def from_mapping(cls, tags: Mapping[str, Iterable[str]]) -> TagVocabulary:
        """Build from {"داعش": ["تنظيم الدولة", …]}; the name itself is always a variant."""
        entries = []
        for name, variants in tags.items():
            phrases = []
            for variant in (name, *variants):
                for spelling in _spellings(variant):
                    keys = _variant_keys(spelling)
                    if keys and keys not in phrases:
                        phrases.append(keys)
            entries.append((name.strip(), tuple(phrases)))
        first: defaultdict[str, list[tuple[int, tuple[str, ...]]]] = defaultdict(list)
        for number, (_, phrases) in enumerate(entries):
            for phrase in phrases:
                for prefix in _PREFIXES if len(phrase[0]) >= 3 else ("",):
                    first[prefix + phrase[0]].append((number, phrase))
        every = frozenset(phrase for _, phrases in entries for phrase in phrases)
        return cls(tuple(entries), {k: tuple(v) for k, v in first.items()}, every)


def _spellings(variant: str) -> list[str]:
    """A declared phrase as written, then with each word's first "ال" written the other way:
    "ألمانيا" is also found as "المانيا" (its hamza left out), "المانيا" as "ألمانيا".

    A word in "ال" has the article; in "أل", "إل" or "آل" it has not (``wordkeys``):
    matching folds the hamza, so a declared name matches both spellings.
    """
    options = []
    for word in variant.split():
        if word[:2] in _ALEF_LAMS and len(word) > 3:
            options.append((word, ("أل" if word[0] == "ا" else "ال") + word[2:]))
        else:
            options.append((word,))
    return [" ".join(words) for words in product(*options)]


def _variant_keys(variant: str) -> tuple[str, ...]:
    """Word keys of a declared phrase; stop words count here ("الدولة في العراق")."""
    return tuple(key for key in map(_MKEY, pieces_of(variant)) if key and key != "\n")


# Automatic tags recur from article to article: their keys and folded forms are remembered.
_term_keys = lru_cache(maxsize=1 << 14)(_variant_keys)
_folded = lru_cache(maxsize=1 << 14)(fold_arabic)


def load_tag_vocabulary(path: Path) -> TagVocabulary:
    """Read ``"name" = ["variant", …]`` lines; a missing file is an empty vocabulary."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return TagVocabulary()
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        lines = text.splitlines()
        found = re.search(r"at line (\d+), column (\d+)", str(err))
        line, column = (int(found[1]), int(found[2])) if found else (len(lines) or None, None)
        message = re.sub(r"\s*\(at (line \d+, column \d+|end of document)\)", "", str(err))
        context = lines[line - 1] if line and line <= len(lines) else None
        raise SourceError(str(path), f"bad TOML: {message}", line, column, context) from None
    for name, variants in data.items():
        if not name.strip() or not (isinstance(variants, list) and all(isinstance(v, str) for v in variants)):
            line = _key_line(text, name)
            raise SourceError(str(path), f"tag {name!r} must be a list of strings (its variants)", line)
    return TagVocabulary.from_mapping(data)


def _key_line(text: str, key: str) -> int | None:
    for number, line in enumerate(text.splitlines(), start=1):
        if line.lstrip().lstrip('"').startswith(key):
            return number
    return None


def declared_tags(text: str, vocabulary: TagVocabulary) -> tuple[str, ...]:
    """Canonical names whose name or a variant occurs as whole words, in vocabulary order."""
    return tuple(vocabulary.entries[n][0] for n in declared_numbers(text, vocabulary))


def declared_numbers(text: str | list[Piece], vocabulary: TagVocabulary) -> tuple[int, ...]:
    """Entry numbers of the declared tags a text mentions (a variant may span quotes, not sentences)."""
    if not vocabulary.entries:
        return ()
    keys = list(map(_MKEY, pieces_of(text) if isinstance(text, str) else text))
    found: set[int] = set()
    for start in vocabulary._first.keys() & set(keys):
        at = -1
        while True:
            try:
                at = keys.index(start, at + 1)
            except ValueError:
                break
            for number, phrase in vocabulary._first[start]:
                if number not in found and _continues(keys, at + 1, phrase[1:]):
                    found.add(number)
    return tuple(sorted(found))


def _continues(keys: list[str | None], at: int, rest: tuple[str, ...]) -> bool:
    """The words from ``at`` on are ``rest`` (marks skipped), in the same sentence."""
    for want in rest:
        while at < len(keys) and keys[at] is None:
            at += 1
        if at >= len(keys) or keys[at] != want:
            return False
        at += 1
    return True


# ── Automatic tags ───────────────────────────────────────────────────────────


def automatic_tags(text: str, stats: TermStats, *, minimum: int = MIN_TAGS, maximum: int = MAX_TAGS) -> tuple[str, ...]:
    """Key terms of ``text`` against the archive, best first, in their commonest spelling.

    Fewer than ``minimum`` only when the text has fewer acceptable terms.
    """
    return key_terms(text, "", stats, minimum=minimum, maximum=maximum)


def assign_tags(
    text: str,
    *,
    title: str,
    stated: tuple[str, ...],
    vocabulary: TagVocabulary,
    stats: TermStats | None,
    encoded: tuple[_Text, _Text] | None = None,
) -> tuple[str, ...]:
    """Stated tags (all of them), then declared ones, then automatic key terms (the title weighs more),
    while there are fewer than 7; at least 3 when the article has acceptable terms.

    Key terms are added while they are good ones (see ``key_terms``); one that
    is a declared tag's variant ("الدولة الإسلامية" for "داعش") or made of the
    words of a declared tag found here ("التحالف" beside "التحالف الدولي") adds nothing.
    ``encoded`` is ``encode_article(title, text)`` when the caller has it already (it is used up).
    """
    if encoded is None:
        encoded = encode_article(title, text)
    found = ()
    if vocabulary.entries:
        found = declared_numbers([*encoded[0].pieces, *pieces_of("\n"), *encoded[1].pieces], vocabulary)
    tags = [*stated, *(vocabulary.entries[n][0] for n in found)]
    if len(tags) < MAX_TAGS and stats is not None:
        covered = {key for n in found for phrase in vocabulary.entries[n][1] for key in phrase}

        def declared(term: str) -> bool:
            keys = _term_keys(term)
            return keys in vocabulary.variants or covered.issuperset(keys)

        minimum = max(0, MIN_TAGS - len(tags))
        tags += key_terms(
            encoded[1], encoded[0], stats, minimum=minimum, maximum=MAX_TAGS - len(tags), exclude=declared
        )
    kept = max(MAX_TAGS, len(_distinct(stated)))  # the dump's own tags (or metadata.csv's): all, past seven too
    return tuple(_distinct(tags)[:kept])


def _distinct(tags) -> list[str]:
    """Tags with their spaces collapsed, each spelling (folded) once, in order."""
    seen: set[str] = set()
    unique: list[str] = []
    for tag in tags:
        tag = " ".join(tag.split())
        folded = _folded(tag)
        if tag and folded not in seen:
            seen.add(folded)
            unique.append(tag)
    return unique
