"""Archive statistics for key terms: in how many documents each word and word pair occurs. Pure.

    texts ─count_term_documents→ (documents, counts) ─term_stats_from_counts→ TermStats

Counts are per document (a term counts once however often a text has it) and
add up across processes; phrases seen in one document only are dropped.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from itertools import chain, compress
from operator import mul

from generator.wordkeys import _COUNTING, _KEYS, _LAM_IDS, _NEWLINE, _pairs, _Text, pieces_of


@dataclass(frozen=True, slots=True)
class TermStats:
    """How many archive documents hold each word id and each recurring word-id pair."""

    documents: int = 0
    frequencies: Mapping[int | tuple[int, int], int] = field(default_factory=dict)
    _idf: dict[int, float] = field(default_factory=dict, repr=False, compare=False)
    # Word id → (id, display) it may be read as without a one-letter proclitic, from its first spelling
    # in the archive (``first_readings``); None: from the first spelling this process analysed.
    readings: Mapping[int, tuple[tuple[int, str], ...]] | None = field(default=None, repr=False, compare=False)
    readable: frozenset[int] = field(default=frozenset(), repr=False, compare=False)  # ids with readings
    # Word id → its readings to try, filled as articles need them (``wordkeys._read_proclitics``).
    _proclitic_plan: dict = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        total = self.documents + 1
        own = {k: k for k in _KEYS}  # this process's own id objects: articles look them up by identity
        idf = {own.get(k, k): math.log(total / (n + 1)) + 1.0 for k, n in self.frequencies.items() if type(k) is int}
        object.__setattr__(self, "_idf", idf)
        if self.readings is not None:
            object.__setattr__(self, "readable", frozenset(k for k, found in self.readings.items() if found))

    def __getstate__(self) -> tuple:  # the derived tables are rebuilt, not sent to another process
        return (self.documents, self.frequencies, self.readings)

    def __setstate__(self, state: tuple) -> None:
        documents, frequencies, readings = state
        object.__setattr__(self, "documents", documents)
        object.__setattr__(self, "frequencies", frequencies)
        object.__setattr__(self, "readings", readings)
        object.__setattr__(self, "readable", frozenset())
        object.__setattr__(self, "_proclitic_plan", {})
        self.__post_init__()

    @property
    def top_idf(self) -> float:
        return math.log(self.documents + 1) + 1.0

    def idf(self, term: int | tuple[int, ...]) -> float:
        """Inverse document frequency; a longer phrase is as common as its commonest pair."""
        if type(term) is int:
            return self._idf.get(term, self.top_idf)
        if len(term) == 1:
            return self.idf(term[0])
        return min(self._pair_idf(pair) for pair in zip(term, term[1:], strict=False))

    def _pair_idf(self, pair: tuple[int, int]) -> float:
        return math.log((self.documents + 1) / (self.frequencies.get(pair, 0) + 1)) + 1.0

    def is_known(self, pair: tuple[int, int]) -> bool:
        """The phrase occurs in at least two archive documents."""
        return self.frequencies.get(pair, 0) >= 2

    def document_frequency(self, term: str) -> int:
        """Documents holding a word or two-word phrase, given as text: "التحالف الدولي" → 2."""
        ids = tuple(p.id for p in pieces_of(term) if p.id)
        return self.frequencies.get(ids[0] if len(ids) == 1 else ids, 0)


def collect_term_stats(texts: Iterable[str]) -> TermStats:
    """Count, for each word and two-word phrase, the documents holding it."""
    documents, counts = count_term_documents(texts)
    return term_stats_from_counts(documents, counts)


def count_term_documents(texts: Iterable[str]) -> tuple[int, Counter]:
    """(number of texts, documents per term): partial counts that add up across processes."""
    counts: Counter = Counter()
    documents = 0
    for text in texts:
        documents += 1
        ids = list(chain.from_iterable(map(_COUNTING.__getitem__, text.replace("\n", _NEWLINE).split(" "))))
        terms = set(ids)
        if _count_lam_words_as_definite(terms):
            ids = _as_definite(ids)
        terms.update(compress(zip(ids, ids[1:], strict=False), map(mul, ids, ids[1:])))
        counts.update(terms)
    counts.pop(0, None)
    return documents, counts


def count_encoded_documents(articles: Iterable[tuple[_Text, _Text]]) -> tuple[int, Counter]:
    """``count_term_documents`` of "title\nbody" texts given as ``encode_article`` gives them.

    The same counts: a line end breaks phrases, so title and body count as two runs of words.
    """
    counts: Counter = Counter()
    documents = 0
    for title, body in articles:
        documents += 1
        terms = set(title.ids)
        terms.update(body.ids)
        title_ids, body_ids = title.ids, body.ids
        if _count_lam_words_as_definite(terms):
            title_ids, body_ids = _as_definite(title_ids), _as_definite(body_ids)
        terms.update(_pairs(title_ids, title.lids))
        terms.update(_pairs(body_ids, body.lids))
        counts.update(terms)
    counts.pop(0, None)
    return documents, counts


def _count_lam_words_as_definite(terms: set) -> bool:
    """Add "ال" + the rest of each "لل" word among a document's ``terms`` (which keep the word
    itself, for ``_lam_choice`` to weigh); whether there was one."""
    lams = _LAM_IDS.keys() & terms
    terms.update(map(_LAM_IDS.__getitem__, lams))
    return bool(lams)


def _as_definite(ids: list[int]) -> list[int]:
    """The ids with each "لل" word as "ال" + the rest, for counting phrases: "للحكومة المصرية"
    counts for "الحكومة المصرية"."""
    return list(map(_LAM_IDS.get, ids, ids))


def term_stats_from_counts(
    documents: int, counts: Mapping, readings: Mapping[int, tuple[tuple[int, str], ...]] | None = None
) -> TermStats:
    """The archive's term statistics, without phrases seen in one document only.

    Most phrases occur once; they would hold most of the memory at 10,000
    articles and weigh (almost) nothing: an absent phrase counts as unknown.
    """
    kept = {key: n for key, n in counts.items() if n > 1 or type(key) is int}
    return TermStats(documents, kept, readings=readings)
