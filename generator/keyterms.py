"""Key terms of an article against the archive: the automatic tags. Pure.

    texts ─count_term_documents→ (documents, counts) ─term_stats_from_counts→ TermStats
    text, title, TermStats ─key_terms→ terms in natural form ("حزب الله"), best first

A term is a word or a two- to four-word phrase, scored by TF-IDF (a title
occurrence counts ``TITLE_WEIGHT`` times). Words are compared by a folded key
(hamza, ta marbuta, alef maqsura, diacritics, tatweel and the article "ال"
folded away); stop words, numbers and marks break phrases.

Arabic rules keep out what is not a subject:
- verbs, by shape: a perfect with a suffix ("اختلطت", "انسحبوا"), an imperfect
  ("يستحق", "سترتفع"; with ت/ن only when other persons of it occur), never
  a word the article also writes with "ال";
- fragments: a phrase ends on a word that needs the next one (an indefinite
  noun heading a construct, "قمة مجموعة" + "السبع"; "بن"), or starts on an
  adjective of the word before ("العربية السعودية" after "المملكة"): it is
  extended to the whole name (at most four words) or dropped;
- adjectives: a nisba or participle that mostly follows a noun it agrees with
  ("الحدود الأردنية") weighs less, and counts for its base name when the
  article has it ("الأردنية" → "الأردن");
- one-letter proclitics (و ف ب ل ك) are read off a word only where the
  article has the bare word ("لداعش" → "داعش"; "لبنان" stays).

Speed: each distinct surface word is analysed once per process into
``Piece`` values with a stable integer id (a hash of its key, the same in
every process), so counting is done by C-level ``Counter``, ``zip`` and
``compress`` over integer lists; the Python-level rules only look at the
few best candidates of each article.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from hashlib import blake2b
from heapq import nlargest
from itertools import chain, compress, repeat
from operator import itemgetter, le, lt, mul
from typing import NamedTuple

from generator.arabic import fold_arabic, sort_key, strip_tashkeel, strip_tatweel
from generator.stopwords import NUMBER_WORDS, STOP_WORDS

TITLE_WEIGHT = 3  # one title occurrence counts as this many body occurrences
PHRASE_MIN_COUNT = 2  # a phrase must recur (title included) to be a term
WHOLE_SHARE = 0.8  # a phrase followed by the same word this often is part of a longer name
EXPAND_SHARE = 0.25  # "التحالف" shows as "التحالف الدولي" when that phrase is this share
COHESION = 0.8  # a phrase holding this share of its rarer edge word's uses is a term
SCORE_FLOOR = 0.3  # beyond the minimum, keep terms scoring at least this share of the best
MAX_WORDS = 4  # "المرصد السوري لحقوق الإنسان"
WORD_CANDIDATES = 24  # single words looked at closely, by TF-IDF
PHRASE_CANDIDATES = 16  # phrases looked at closely, by TF-IDF

DEFINITE = 1  # the word had the article "ال"
PROCLITIC = 2  # "والتحالف", "بالتحالف": a proclitic was read off; no phrase runs into it
INNER = 4  # "بن" (son of), a pronoun suffix ("سيارته"): inside a phrase only
NUMBER = 8  # a number word with the article ("السبع"): may end a name, is never a term alone
LATIN = 16  # no Arabic letter: code, links and credits, not subjects

_PROCLITICS = "وفبلك"  # and, so, with, for, like: fused to the next word
_ARTICLE = "ال"
# The article with fused proclitics: and-the, so-the, with-the, like-the, for-the (ل + ال).
_ARTICLE_FORMS = ("وبال", "فبال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل", _ARTICLE)
_ALLAH = "الله"  # God: "ال" is part of the word (as in "حزب الله", Hezbollah)
_INNER_WORDS = frozenset(fold_arabic(w) for w in ("بن", "ابن", "بنت", "أبو", "أبي"))  # son/daughter/father of
_PRONOUN_SUFFIXES = ("ته", "ها", "هم", "هما", "هن")  # his (after ة), her/its, their: "سيارته", "محيطها"
_NISBA_SUFFIXES = ("يون", "يين", "يات", "يه", "ي")  # folded: -iyyun, -iyyin, -iyyat, -iyya (ة → ه), -i
_SENTENCE_MARKS = frozenset(".!?؟؛…\n")
_SEGMENT_RE = re.compile(r"[^\W\d_]+|\d+|[^\w\s]+|_+")
_ARABIC_LETTER_RE = re.compile(r"[\u0621-\u064A]")
_NEWLINE = " . "  # lines never run into each other: a line end is a sentence end


class Piece(NamedTuple):
    """One word, number or mark of a text, analysed."""

    id: int  # stable word id; 0 for a break (stop word, number, mark)
    lid: int  # ``id`` when a phrase may run into this word from the left, else 0
    key: str  # folded key without "ال": "بالتحالف" → "تحالف"
    display: str  # as a tag shows it: "بالتحالف" → "التحالف"
    flags: int
    mkey: str | None  # key for declared tags ("" never); "\n" ends a sentence; None is skipped


_ID = itemgetter(0)  # Piece.id, read fast over many pieces
_LID = itemgetter(1)  # Piece.lid
_MKEY = itemgetter(5)  # Piece.mkey
_IDS: dict[str, int] = {}
_KEYS: dict[int, str] = {}


def word_id(key: str) -> int:
    """A stable id for a word key: the same in every process and run."""
    found = _IDS.get(key)
    if found is None:
        found = int.from_bytes(blake2b(key.encode(), digest_size=6).digest(), "big") or 1
        _IDS[key] = found
        _KEYS[found] = key
    return found


def _break(display: str, mkey: str | None) -> Piece:
    return Piece(0, 0, "", display, 0, mkey)


def _word(key: str, display: str, flags: int) -> Piece:
    ident = word_id(key)
    return Piece(ident, 0 if flags & PROCLITIC else ident, key, display, flags, key)


def is_stop(folded: str) -> bool:
    """Stop word, also behind one proclitic: "وفي" (and in), "بما" (with what)."""
    return folded in STOP_WORDS or (folded[0] in _PROCLITICS and folded[1:] in STOP_WORDS)


def analyse_word(surface: str) -> Piece:
    """One run of letters: "بالتحالف" → key "تحالف", display "التحالف"."""
    folded = fold_arabic(surface)
    if len(folded) < 2 or folded == _ARTICLE or is_stop(folded):
        return _break(surface, folded)
    if folded in _INNER_WORDS:
        return _word(folded, surface, INNER)
    for prefix in _ARTICLE_FORMS:
        rest = folded[len(prefix) :]
        if folded.startswith(prefix) and len(rest) >= 2:
            fused = PROCLITIC if prefix != _ARTICLE else 0
            if folded.endswith(_ALLAH) and rest in ("له", "ه"):
                return _word(_ALLAH, _ALLAH, DEFINITE | fused)
            display = _ARTICLE + surface[len(prefix) :] if fused else surface
            if rest in NUMBER_WORDS:
                return _word(rest, display, DEFINITE | NUMBER | fused)
            if rest in STOP_WORDS:
                return _break(surface, folded)
            return _word(rest, display, DEFINITE | fused)
    flags = 0 if _ARABIC_LETTER_RE.search(folded) else LATIN
    if len(surface) >= 5 and surface.endswith(_PRONOUN_SUFFIXES):
        flags |= INNER
    return _word(folded, surface, flags)


class _WordCache(dict[str, Piece]):
    def __missing__(self, surface: str) -> Piece:
        piece = self[surface] = analyse_word(surface)
        return piece


_WORDS = _WordCache()
# Word id → readings without a one-letter proclitic: "لداعش" → "داعش"; used where the article has them.
_READINGS: dict[int, tuple[Piece, ...]] = {}
_READABLE: set[int] = set()


def _readings(surface: str, piece: Piece) -> tuple[Piece, ...]:
    """ "ولداعش" → readings "لداعش", "داعش", each marked as having a proclitic read off."""
    if piece.flags & (DEFINITE | PROCLITIC | LATIN) or not piece.id or len(surface) < 4:
        return ()
    rests = []
    if surface[0] in _PROCLITICS:
        rests.append(surface[1:])
        if surface[0] in "وف" and surface[1] in "بلك" and len(surface) >= 5:
            rests.append(surface[2:])
    found = []
    for rest in rests:
        word = _WORDS[rest]
        if word.id and not word.flags & (DEFINITE | PROCLITIC):
            found.append(word._replace(lid=0, flags=word.flags | PROCLITIC))
    return tuple(found)


def _analyse_surface(surface: str) -> tuple[Piece, ...]:
    """A whitespace-separated token: words, numbers and marks ("«الزور»،" → mark, word, mark)."""
    text = strip_tatweel(strip_tashkeel(surface)).replace("\u200c", "").replace("\u200d", "")
    pieces = []
    for segment in _SEGMENT_RE.findall(text):
        if segment[0].isalpha():
            piece = _WORDS[segment]
            if piece.id not in _READINGS:
                readings = _readings(segment, piece)
                _READINGS[piece.id] = readings
                if readings:
                    _READABLE.add(piece.id)
            pieces.append(piece)
        elif segment[0].isdigit():
            pieces.append(_break(segment, fold_arabic(segment)))
        else:
            pieces.append(_break(segment, "\n" if _SENTENCE_MARKS.intersection(segment) else None))
    return tuple(pieces)


class _SurfaceCache(dict[str, tuple[Piece, ...]]):
    def __missing__(self, surface: str) -> tuple[Piece, ...]:
        pieces = self[surface] = _analyse_surface(surface)
        return pieces


class _CountingCache(dict[str, tuple[int, ...]]):
    """Surface → word ids for counting, a 0 (break) before a word with a proclitic read off."""

    def __missing__(self, surface: str) -> tuple[int, ...]:
        ids: list[int] = []
        for piece in _SURFACES[surface]:
            if piece.id and not piece.lid:
                ids.append(0)
            ids.append(piece.id)
        found = self[surface] = tuple(ids)
        return found


_SURFACES = _SurfaceCache()
_COUNTING = _CountingCache()


def pieces_of(text: str) -> list[Piece]:
    """The analysed pieces of a text, in order; a line end is a sentence end."""
    return list(chain.from_iterable(map(_SURFACES.__getitem__, text.replace("\n", _NEWLINE).split(" "))))


def _pairs(ids: list[int], lids: list[int]) -> Iterable[tuple[int, int]]:
    """Adjacent word pairs that may form a phrase (no break between, none into a proclitic)."""
    return compress(zip(ids, ids[1:], strict=False), map(mul, ids, lids[1:]))


# ── Archive statistics ───────────────────────────────────────────────────────


@dataclass(frozen=True, slots=True)
class TermStats:
    """How many archive documents hold each word id and each recurring word-id pair."""

    documents: int = 0
    frequencies: Mapping[int | tuple[int, int], int] = field(default_factory=dict)
    _idf: dict[int, float] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        total = self.documents + 1
        idf = {k: math.log(total / (n + 1)) + 1.0 for k, n in self.frequencies.items() if type(k) is int}
        object.__setattr__(self, "_idf", idf)

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

    def has_word(self, key: str) -> bool:
        return self.frequencies.get(word_id(key), 0) > 0

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
        terms.update(compress(zip(ids, ids[1:], strict=False), map(mul, ids, ids[1:])))
        counts.update(terms)
    counts.pop(0, None)
    return documents, counts


def term_stats_from_counts(documents: int, counts: Mapping) -> TermStats:
    """The archive's term statistics, without phrases seen in one document only.

    Most phrases occur once; they would hold most of the memory at 10,000
    articles and weigh (almost) nothing: an absent phrase counts as unknown.
    """
    kept = {key: n for key, n in counts.items() if n > 1 or type(key) is int}
    return TermStats(documents, kept)


# ── One article ──────────────────────────────────────────────────────────────


@dataclass(slots=True)
class _Text:
    """One text of an article (title or body): its pieces and their ids, proclitics read off."""

    pieces: list[Piece]
    ids: list[int]
    lids: list[int]
    _found: dict[tuple[int, ...], list[int]] = field(default_factory=dict)

    def occurrences(self, term: tuple[int, ...]) -> list[int]:
        """Start positions of a word or phrase (its words joined, no break between)."""
        found = self._found.get(term)
        if found is None:
            found = self._found[term] = self._find(term)
        return found

    def _find(self, term: tuple[int, ...]) -> list[int]:
        starts = self._found.get(term[:1])
        if starts is None:
            starts = self._found[term[:1]] = self._positions(term[0])
        if len(term) == 1:
            return starts
        ids, lids, size = self.ids, self.lids, len(term)
        return [i for i in starts if tuple(ids[i : i + size]) == term and all(lids[i + 1 : i + size])]

    def _positions(self, ident: int) -> list[int]:
        found = []
        ids = self.ids
        i = -1
        try:
            while True:
                i = ids.index(ident, i + 1)
                found.append(i)
        except ValueError:
            return found

    def index(self, wanted: set[int]) -> None:
        """Find the positions of many words in one pass (before asking for their occurrences)."""
        ids = self.ids
        positions: dict[int, list[int]] = {ident: [] for ident in wanted if (ident,) not in self._found}
        for i in compress(range(len(ids)), map(positions.__contains__, ids)):
            positions[ids[i]].append(i)
        for ident, found in positions.items():
            self._found[(ident,)] = found

    def flags(self, i: int) -> int:
        return self.pieces[i].flags

    def display(self, i: int) -> str:
        piece = self.pieces[i]
        if piece.id == self.ids[i]:
            return piece.display
        return next(r.display for r in _READINGS[piece.id] if r.id == self.ids[i])


def _encode(pieces: list[Piece]) -> _Text:
    ids = list(map(_ID, pieces))
    return _Text(pieces, ids, list(map(_LID, pieces)))


def _read_proclitics(texts: tuple[_Text, ...], stats: TermStats) -> None:
    """Read "لداعش" as "داعش" where the article has the bare word or the archive has it more often."""
    present: set[int] = set()
    for text in texts:
        present.update(text.ids)
    swaps = {}
    frequencies = stats.frequencies
    for ident in sorted(present & _READABLE):
        whole = frequencies.get(ident, 0)
        for reading in _READINGS[ident]:
            if reading.id in present or frequencies.get(reading.id, 0) > whole:
                swaps[ident] = reading.id
                break
    if swaps:
        cut = dict.fromkeys(swaps, 0)  # no phrase runs into a word with a proclitic read off
        for text in texts:
            old = text.ids
            text.ids = list(map(swaps.get, old, old))
            text.lids = list(map(cut.get, old, text.lids))


@dataclass(frozen=True, slots=True)
class _Candidate:
    score: float
    term: tuple[int, ...]
    group: frozenset[int]  # word ids it uses up (with a nisba's base name)
    cohesive: bool = False  # a phrase that is a name or fixed term, not chance neighbours


class _Article:
    """Counts and occurrences of one article's terms; the rules that read them."""

    def __init__(self, body: list[Piece], title: list[Piece], stats: TermStats) -> None:
        self.title = _encode(title)
        self.body = _encode(body)
        _read_proclitics((self.title, self.body), stats)
        self.stats = stats
        self.words = Counter(self.body.ids)
        self.title_words = Counter(self.title.ids)
        self.words.pop(0, None)
        self.title_words.pop(0, None)
        self.pairs = Counter(_pairs(self.body.ids, self.body.lids))
        self.title_pairs = Counter(_pairs(self.title.ids, self.title.lids))
        self._definite: dict[int, bool] = {}
        self._bases: dict[int, int | None] = {}

    # ── counts ──

    def count(self, term: tuple[int, ...]) -> int:
        """Body occurrences of a term."""
        if len(term) == 1:
            return self.words.get(term[0], 0)
        if len(term) == 2:
            return self.pairs.get(term, 0)
        return len(self.body.occurrences(term))

    def title_count(self, term: tuple[int, ...]) -> int:
        if len(term) == 1:
            return self.title_words.get(term[0], 0)
        if len(term) == 2:
            return self.title_pairs.get(term, 0)
        return len(self.title.occurrences(term))

    def weight(self, term: tuple[int, ...]) -> int:
        return self.count(term) + TITLE_WEIGHT * self.title_count(term)

    def known(self, key: str) -> bool:
        """A word of this article or of the archive."""
        ident = _IDS.get(key)
        return ident is not None and (
            ident in self.words or ident in self.title_words or self.stats._idf.get(ident) is not None
        )

    # ── word shapes ──

    def is_definite(self, ident: int) -> bool:
        """Some occurrence has the article "ال": then it is a noun."""
        found = self._definite.get(ident)
        if found is None:
            found = any(
                text.flags(i) & DEFINITE for text in (self.body, self.title) for i in text.occurrences((ident,))
            )
            self._definite[ident] = found
        return found

    def is_verb(self, ident: int) -> bool:
        """A verb by its shape (also behind "و"/"ف": "وتبادلا"), never a word the article writes with "ال"."""
        key = _KEYS.get(ident, "")
        if len(key) < 4 or self.is_definite(ident):
            return False
        if key[0] in "وف" and len(key) >= 5 and (key[1] in "يتن" or self._verb_shaped(key[1:])):
            return True  # "and" + an imperfect: "وترفع", "ويقول"
        return self._verb_shaped(key)

    def _verb_shaped(self, key: str) -> bool:
        if key.endswith("وا"):  # perfect, they: "انسحبوا"
            return True
        if key[-1] == "ت" and key[-2] not in "اوي" and len(key) <= 7:  # perfect, she / I: "اختلطت"
            return True
        if key[0] == "ي" and key[-1] not in "او" and not key.endswith("يي"):  # imperfect: "يستحق", "يبقى"
            return True
        if key[-1] == "ا" and key[-2] != "ي" and len(key) >= 5:  # perfect, they two, of a derived form:
            return key.startswith("است") or key[0] == "ت" and len(key) == 5 or key[2] == "ا"  # "تطرقا", "تبادلا"
        if key[0] == "س" and key[1] in "يتن" and len(key) >= 5 and key[-1] not in "اويءه":  # future: "سترتفع"
            return True
        if key[0] in "تنا":  # imperfect, she / we / I, when other persons of it occur: "تعرف" (يعرف, نعرف)
            rest = key[1:]
            persons = [p + rest for p in "يتنا" if p != key[0]] + [key + "ون", key + "ين"]
            return sum(map(self.known, persons)) >= 2
        return False

    def adjective_share(self, ident: int) -> float:
        """Share of a nisba or participle's occurrences that follow a noun they agree with."""
        key = _KEYS.get(ident, "")
        if not (_nisba_stem(key) or (key[:1] == "م" and len(key) >= 4)):
            return 0.0
        total = agreeing = 0
        for text in (self.body, self.title):
            for i in text.occurrences((ident,)):
                total += 1
                if i and text.ids[i - 1] and text.lids[i]:
                    agreeing += (text.flags(i - 1) & DEFINITE) == (text.flags(i) & DEFINITE)
        return agreeing / total if total else 0.0

    def base_name(self, ident: int) -> int | None:
        """The name a nisba adjective derives from, when the article has it: "الأردنية" → "الأردن"."""
        if ident not in self._bases:
            self._bases[ident] = self._base_name(ident)
        return self._bases[ident]

    def _base_name(self, ident: int) -> int | None:
        stem = _nisba_stem(_KEYS.get(ident, ""))
        if not stem:
            return None
        for base in (stem, stem + "ا", stem + "يا"):
            found = _IDS.get(base)
            if found is not None and (found in self.words or found in self.title_words):
                return found
        return None

    def is_adverbial(self, ident: int) -> bool:
        """An indefinite accusative in "ـًا" of a known noun: "مستقبلا" (مستقبل), "تحقيقا" (تحقيق)."""
        key = _KEYS.get(ident, "")
        return (
            len(key) >= 4
            and key[-1] == "ا"
            and key[-2] not in "يو"
            and not self.is_definite(ident)
            and self.known(key[:-1])
        )

    def is_cut(self, ident: int) -> bool:
        """A word with a fused preposition whose rest is a word ("لحقوق"): a phrase goes on past it."""
        key = _KEYS.get(ident, "")
        return len(key) >= 4 and key[0] in "لبك" and not key.startswith("لل") and self.known(key[1:])

    # ── phrases ──

    def whole(self, term: tuple[int, ...]) -> tuple[int, ...] | None:
        """The whole name a phrase is part of, or ``None`` for a fragment that cannot be completed."""
        while True:
            grown = self._grow(term)
            if grown is None:
                break
            if len(grown) > MAX_WORDS:
                return None
            term = grown
        return term if self._well_formed(term) else None

    def _well_formed(self, term: tuple[int, ...]) -> bool:
        """No "بن" or number word at its start; after a definite word only its adjectives or "لـ".

        "حزب الله جثث" is two phrases: a definite word ends a construct ("حزب الله");
        only adjectives agreeing with it may follow ("المرصد السوري").
        """
        good = bad = 0
        size = len(term)
        for text in (self.body, self.title):
            for i in text.occurrences(term):
                pieces = text.pieces[i : i + size]
                flags = [p.flags for p in pieces]
                if flags[0] & (INNER | NUMBER) or flags[-1] & (INNER | LATIN):
                    return False
                if any(
                    a & DEFINITE and not b & DEFINITE and not self._fused_for(ident, b)
                    for a, b, ident in zip(flags, flags[1:], term[1:], strict=False)
                ):
                    bad += 1
                else:
                    good += 1
        return good > bad

    def _grow(self, term: tuple[int, ...]) -> tuple[int, ...] | None:
        """One more word at the end or the start, where the phrase cannot stop.

        At the end: after an indefinite noun heading a construct ("قمة مجموعة" +
        "السبع"), after "بن", or before an adjective of its last word ("المملكة
        العربية" + "السعودية"). At the start: before a definite genitive ("رئيس" +
        "الوزراء الكندي"), an adjective ("المملكة" + "العربية السعودية"), "بن", a
        fused "for" ("المرصد السوري" + "لحقوق الإنسان"), or
        an indefinite head the article has nowhere else ("ولي" + "عهد أبوظبي").
        The same neighbour must be there in ``WHOLE_SHARE`` of the occurrences.
        """
        before: Counter[int] = Counter()
        after: Counter[int] = Counter()
        total = ends_open = starts_open = heads = 0  # occurrences; needing the next / previous word
        size = len(term)
        for text in (self.body, self.title):
            ids, lids, pieces = text.ids, text.lids, text.pieces
            for i in text.occurrences(term):
                total += 1
                end = i + size - 1
                last, first = pieces[end].flags, pieces[i].flags
                if end + 1 < len(ids) and lids[end + 1]:
                    after[ids[end + 1]] += 1
                    nxt = pieces[end + 1].flags
                    if not last & DEFINITE or last & INNER or last & nxt & DEFINITE and self._adjectival(ids[end + 1]):
                        ends_open += 1
                if i and ids[i - 1] and lids[i]:
                    before[ids[i - 1]] += 1
                    prev = pieces[i - 1].flags
                    if (first | prev) & INNER or first & DEFINITE and not prev & DEFINITE:
                        starts_open += 1
                    elif first & prev & DEFINITE and self._adjectival(ids[i]) or self._fused_for(ids[i], first):
                        starts_open += 1  # an adjective; "لحقوق" (for rights) after the name it ends
                    elif not (first | prev) & DEFINITE:
                        heads += 1  # an indefinite noun before: part of the name if seen nowhere else
        if not total:
            return None
        if ends_open:
            word, n = _most_common(after)
            if n >= WHOLE_SHARE * total and ends_open >= WHOLE_SHARE * n:
                return (*term, word)
        if starts_open or heads:
            word, n = _most_common(before)
            if n >= WHOLE_SHARE * total:
                if starts_open >= WHOLE_SHARE * n:
                    return (word, *term)
                if heads >= WHOLE_SHARE * n and self.words.get(word, 0) + self.title_words.get(word, 0) <= n:
                    return (word, *term)
        return None

    @staticmethod
    def _fused_for(ident: int, flags: int) -> bool:
        key = _KEYS.get(ident, "")
        return not flags & DEFINITE and len(key) >= 4 and key[0] == "ل"

    def _adjectival(self, ident: int) -> bool:
        key = _KEYS.get(ident, "")
        return bool(_nisba_stem(key)) or (key[:1] == "م" and len(key) >= 4)

    def display(self, term: tuple[int, ...]) -> str:
        """The commonest spelling of a term in the article: "حزب الله", not its folded key."""
        forms: Counter[str] = Counter()
        for text in (self.body, self.title):
            for i in text.occurrences(term):
                forms[" ".join(text.display(j) for j in range(i, i + len(term)))] += 1
        if not forms:
            return " ".join(_KEYS.get(i, "") for i in term)
        top = max(forms.values())
        return min((form for form, n in forms.items() if n == top), key=sort_key)


def _most_common(counter: Counter[int]) -> tuple[int, int]:
    return min(counter.items(), key=lambda kv: (-kv[1], kv[0]))


@lru_cache(maxsize=1 << 16)
def _stem_id(ident: int) -> int:
    """One id for a name and the words derived from it: "روسيا", "الروس", "الروسية" → "روس"."""
    key = _KEYS.get(ident, "")
    stem = _nisba_stem(key, 2)
    if not stem:
        if key.endswith("يا") and len(key) >= 5:
            stem = key[:-2]
        elif key.endswith("ا") and len(key) >= 4:
            stem = key[:-1]
    return word_id(stem) if stem else ident


def _nisba_stem(key: str, shortest: int = 3) -> str:
    """ "اردنيه" → "اردن"; "" when the key is not shaped like a nisba adjective."""
    for suffix in _NISBA_SUFFIXES:
        if key.endswith(suffix) and len(key) - len(suffix) >= shortest:
            return key[: -len(suffix)]
    return ""


def key_terms(
    text: str | list[Piece],
    title: str | list[Piece],
    stats: TermStats,
    *,
    minimum: int = 3,
    maximum: int = 7,
    exclude: Callable[[str], bool] | None = None,
) -> tuple[str, ...]:
    """Key terms of an article against the archive, best first, in their commonest spelling.

    Up to ``maximum`` while terms keep scoring ``SCORE_FLOOR`` of the best;
    fewer than ``minimum`` only when the article has fewer acceptable terms.
    ``exclude`` drops terms by their spelling (a declared tag's variant).
    Texts may be given already as ``pieces_of`` them.
    """
    body = pieces_of(text) if isinstance(text, str) else text
    article = _Article(body, pieces_of(title) if isinstance(title, str) else title, stats)
    if not article.words:
        return ()
    phrases = _phrase_candidates(article)
    words = _word_candidates(article, phrases)
    ranked = sorted(phrases + words, key=lambda c: (-c.score, len(c.term), c.term))
    chosen: list[str] = []
    used: set[int] = set()
    best = 0.0
    for candidate in ranked:
        if len(chosen) >= maximum or (len(chosen) >= minimum and candidate.score < SCORE_FLOOR * best):
            break
        if not used.intersection(candidate.group):
            used.update(candidate.group)
            form = article.display(candidate.term)
            if exclude is None or not exclude(form):
                chosen.append(form)
                best = best or candidate.score
    return tuple(chosen)


def _phrase_candidates(article: _Article) -> list[_Candidate]:
    """Recurring phrases, made whole, scored by TF-IDF; chance neighbours weigh half."""
    stats = article.stats
    pairs = article.pairs
    recurring = set(compress(pairs, map(lt, repeat(1), pairs.values())))
    recurring.update(article.title_pairs.keys() & pairs.keys())
    first = [(article.weight(p) * stats.idf(p), p) for p in recurring]
    found: dict[tuple[int, ...], _Candidate] = {}
    for _, pair in nlargest(PHRASE_CANDIDATES, first):
        term = article.whole(pair)
        if term is None or term in found or any(map(article.is_verb, term)):
            continue
        if article.is_cut(term[0]) or article.is_cut(term[-1]):
            continue
        count = article.count(term)
        if count < 1 or count + article.title_count(term) < PHRASE_MIN_COUNT:
            continue
        edges = min(article.words[term[0]], article.words[term[-1]])
        cohesive = stats.is_known(term[:2]) or count >= COHESION * edges
        score = article.weight(term) * stats.idf(term) * (1.0 if cohesive else 0.5)
        found[term] = _Candidate(score, term, frozenset(term) | _bases(article, term), cohesive)
    return list(found.values())


def _bases(article: _Article, term: tuple[int, ...]) -> frozenset[int]:
    return frozenset(map(_stem_id, term)) | {b for b in map(article.base_name, term) if b is not None}


def _word_candidates(article: _Article, phrases: list[_Candidate]) -> list[_Candidate]:
    """The best single words by TF-IDF, with the Arabic rules applied to each.

    A word whose occurrences mostly sit in a cohesive phrase gives them to the
    phrase ("حزب" in "حزب الله"), unless it heads one phrase and ends another:
    then it is the name itself ("جرود القلمون", "القلمون الغربي" → "القلمون").
    A nisba adjective counts for its base name when the article has it.
    """
    stats = article.stats
    weights = dict(article.words)
    for ident, n in article.title_words.items():
        if ident in weights:
            weights[ident] += TITLE_WEIGHT * n
    idf = stats._idf
    top = stats.top_idf
    scores = list(map(mul, weights.values(), map(idf.get, weights, repeat(top))))
    ranked = zip(scores, weights, strict=True)
    if len(scores) > WORD_CANDIDATES:  # the best few without sorting them all
        ranked = compress(ranked, map(le, repeat(sorted(scores)[-WORD_CANDIDATES]), scores))
    looked = [ident for _, ident in sorted(ranked, reverse=True)[:WORD_CANDIDATES]]
    wanted = set(looked).union(*(c.term for c in phrases))
    article.body.index(wanted)
    article.title.index(wanted)
    bound: dict[int, int] = {}
    sides: dict[int, set[int]] = {}
    for candidate in phrases:
        count = article.count(candidate.term)
        for position, ident in enumerate(candidate.term):
            bound[ident] = max(bound.get(ident, 0), count)
            side = 0 if position == 0 else 1 if position == len(candidate.term) - 1 else 2
            sides.setdefault(ident, set()).add(side)
    merged: dict[int, float] = {}  # base name → extra weight from its nisba adjectives
    kept: dict[int, float] = {}
    for ident in looked:
        piece_flags = _word_flags(article, ident)
        if piece_flags & (INNER | NUMBER | LATIN) or article.is_verb(ident):
            continue
        weight = float(weights[ident])
        if bound.get(ident, 0) * 2 >= article.words[ident] and not {0, 1} <= sides.get(ident, set()):
            weight -= bound[ident]
        if weight <= 0:
            continue
        share = article.adjective_share(ident)
        base = article.base_name(ident)
        if article.is_adverbial(ident):  # "مستقبلا" (in future), "تحقيقا": the noun's accusative
            share, base = 1.0, _IDS.get(_KEYS[ident][:-1])
            base = base if base in article.words else None
        if base is not None and share >= 0.5:
            merged[base] = merged.get(base, 0.0) + weight
            continue
        kept[ident] = weight * (1.0 - 0.75 * share)
    for base, extra in merged.items():
        if not (_word_flags(article, base) & (INNER | NUMBER | LATIN) or article.is_verb(base)):
            kept[base] = kept.get(base, float(weights.get(base, 0))) + extra
    found = []
    expansions = _expansions(article, phrases)
    derived: dict[int, set[int]] = {}  # base name → its nisba adjectives looked at
    for n in looked:
        base = article.base_name(n)
        if base is not None:
            derived.setdefault(base, set()).add(n)
    for ident, weight in kept.items():
        term: tuple[int, ...] = (ident,)
        phrase = expansions.get(ident)
        if phrase and article.count(phrase) >= EXPAND_SHARE * article.words.get(ident, 0):
            term = phrase  # "التحالف" stands for "التحالف الدولي" in this article
        group = frozenset(term) | _bases(article, term) | derived.get(ident, set())
        found.append(_Candidate(weight * stats.idf(ident), term, group))
    return found


def _expansions(article: _Article, phrases: list[_Candidate]) -> dict[int, tuple[int, ...]]:
    """Word → the best cohesive phrase it heads."""
    found: dict[int, tuple[int, ...]] = {}
    for candidate in sorted(phrases, key=lambda c: (-c.score, c.term)):
        if candidate.cohesive:
            found.setdefault(candidate.term[0], candidate.term)
    return found


def _word_flags(article: _Article, ident: int) -> int:
    flags = 0
    for text in (article.body, article.title):
        for i in text.occurrences((ident,))[:1]:
            flags |= text.flags(i)
    return flags
