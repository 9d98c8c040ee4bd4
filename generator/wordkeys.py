"""Words of a text, analysed for key terms: the folded key, a stable id, the flags. Pure.

    text ─pieces_of→ [Piece]: words, numbers and marks in order; a line end is a sentence end

Words are compared by a folded key (hamza, ta marbuta, alef maqsura,
diacritics, tatweel and the article "ال" folded away); stop words, numbers
and marks are breaks (id 0) that no phrase runs across. One-letter proclitics
(و ف ب ل ك) are read off a word only where the article has the bare word, so
each word keeps its readings without them (``readings_of``). A "لل" word
("للجنة", "للحكومة") is its own word with two readings, "ل" + the rest and
"ال" + the rest, and is read as the one the archive holds more often. A word
in "أل", "إل" or "آل" ("ألمانيا", "إلغاء") starts with a hamza, not the article:
it keeps its "ال" in its key, as its definite form does ("الإلغاء"). A reviewed
list (``_LOOK_ALIKES``) keeps whole the words that only look like a proclitic
(and the article) on a word: "فكرة" (idea), "والدة" (mother), "كاليفورنيا".

Speed: each distinct surface word is analysed once per process into
``Piece`` values with a stable integer id (a hash of its key, the same in
every process), so counting is done by C-level ``Counter``, ``zip`` and
``compress`` over integer lists. Nothing here depends on which words a
process happened to analyse before: the same text gives the same pieces.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from hashlib import blake2b
from itertools import chain, filterfalse
from operator import itemgetter
from typing import TYPE_CHECKING, NamedTuple

from generator.arabic import fold_arabic, strip_tashkeel, strip_tatweel
from generator.stopwords import ACCUSATIVE_BASES, EXACT_STOP_WORDS, NUMBER_WORDS, STOP_WORDS

if TYPE_CHECKING:
    from generator.termstats import TermStats

DEFINITE = 1  # the word had the article "ال"
PROCLITIC = 2  # "والتحالف", "بالتحالف": a proclitic was read off; no phrase runs into it
INNER = 4  # "بن" (son of), a pronoun suffix ("سيارته"): inside a phrase only
NUMBER = 8  # a number word with the article ("السبع"): may end a name, is never a term alone
LATIN = 16  # no Arabic letter: code, links and credits, not subjects
ACCUSATIVE = 32  # written with tanween fath ("مستقبلاً", "طفلاً"): an indefinite accusative, never a name
SUFFIXED = 64  # may end in "our", "your" or "his" ("شركتنا", "أصواتكم", "جسده"): a term only if its stem is no word
# "لل" + word: "for the" ("للحكومة", ل + الحكومة) or "for" + a word in ل ("للجنة", ل + اللجنة; "للبنان"):
# read as one or the other by the archive (``_lam_choice``).
LAM = 128

_PROCLITICS = "وفبلك"  # and, so, with, for, like: fused to the next word
_ARTICLE = "ال"
# The article with fused proclitics: and-the, so-the, with-the, like-the, for-the (ل + ال).
_ARTICLE_FORMS = ("وبال", "فبال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل", _ARTICLE)
_LAM_FORMS = frozenset(("ولل", "فلل", "لل"))  # the article's "ال" after "ل" is "لل", as a stem's "ل" may be
_ARTICLE_SPELLINGS = (_ARTICLE, "لل")  # as written: never with a hamza ("أل", "إل", "آل")
_WASLA = "\N{ARABIC LETTER ALEF WASLA}"
# Words that start like a proclitic (and the article) but are one word, reviewed data written as in
# text, held folded. Like the article: mother, father, parents (والدة، والده…; not "والدين", also
# "and the religion"), adult or extreme (بالغة), ballistic, balloon, ballet, names news writes often.
# Like a proclitic on a word the archive has: idea (فكرة, not ف + كرة "ball"), card (بطاقة, not
# ب + طاقة "energy"), valley (وادي, not و + أدى), almost (كادت), actually (فعلا، فعليا), breaks,
# money, cups (فلوس، فناجين), his presence (وجوده, not و + جودة "quality"), Kamal, Ford.
_LOOK_ALIKES = frozenset(
    fold_arabic(word)
    for word in """
        والدة والده والدي والدا والداه والدان والديه والدها والدهم والدهما والدته والدتها والدتهم
        والدتي والدتك والدك والدكم
        بالغة بالغا بالغين بالغون بالغتين باليستي باليستية باليستيا باليستيين بالون بالونات باليه
        كاليفورنيا كاليدونيا كالياري كالينينغراد فالنسيا باليرمو بالتيمور بالميراس فالكاو
        فالفيردي فالنتين فالنتينو فالنتاين كالديرون
        فكرة فكرته فكرتها بطاقة بطاقات بطاقته وادي كادت كادوا فعلا فعلي فعلية فعليا فواصل فلوس
        فناجين وجوده وجودها وجودهم كمال فورد
    """.split()
)
_ALLAH = "الله"  # God: "ال" is part of the word (as in "حزب الله", Hezbollah)
_INNER_WORDS = frozenset(fold_arabic(w) for w in ("بن", "ابن", "بنت", "أبو", "أبي"))  # son/daughter/father of
# Servant of: opens a name ("عبد الله", "عبد الرحمن"); "لي" (for me; Lee in "لي جاي ميونغ");
# guardian, heir (ولي الأمر، ولي العهد): never a tag alone nor the end of one.
HEAD_WORDS = frozenset(fold_arabic(w) for w in ("عبد", "لي", "ولي"))
_PRONOUN_SUFFIXES = ("ته", "ها", "هم", "هما", "هن")  # his (after ة), her/its, their: "سيارته", "محيطها"
# Our, your (plural, dual, feminine): "شركتنا", "أصواتكم"; also names ("كورونا"), so only maybe.
_MAYBE_SUFFIXES = ("نا", "كم", "كما", "كن")
_NISBA_SUFFIXES = ("يون", "يين", "يات", "يه", "ي")  # folded: -iyyun, -iyyin, -iyyat, -iyya (ة → ه), -i
_SENTENCE_MARKS = frozenset(".!?؟؛…\n")
_SEGMENT_RE = re.compile(r"[^\W\d_]+|\d+|[^\w\s]+|_+")
_ARABIC_LETTER_RE = re.compile(r"[\u0621-\u064A]")
_FATHATAN = "\u064b"  # tanween fath: "ـً"
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
_FLAGS = itemgetter(4)  # Piece.flags
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
    """Stop word, also behind one proclitic: "وفي" (and in), "بما" (with what); or its accusative."""
    if folded in STOP_WORDS or folded in EXACT_STOP_WORDS or folded[0] in _PROCLITICS and folded[1:] in STOP_WORDS:
        return True
    # Its accusative, "ـًا": "كثيرا" (much), "حينا" (at times), "عاما" (years), "مثلا" (for example);
    # "شيئا" (something): "شيء" with its hamza on a ya seat, folded to "ي".
    if len(folded) < 4 or folded[-1] != "ا":
        return False
    return folded[:-1] in ACCUSATIVE_BASES or folded[-2] == "ي" and folded[:-2] + "ء" in ACCUSATIVE_BASES


def analyse_word(surface: str) -> Piece:
    """One run of letters: "بالتحالف" → key "تحالف", display "التحالف"."""
    folded = fold_arabic(surface)
    if len(folded) < 2 or folded == _ARTICLE or is_stop(folded):
        return _break(surface, folded)
    if folded in _INNER_WORDS:
        return _word(folded, surface, INNER)
    for prefix in _ARTICLE_FORMS:
        rest = folded[len(prefix) :]
        if folded.startswith(prefix) and len(rest) >= 2 and _has_article(surface, folded, prefix):
            fused = PROCLITIC if prefix != _ARTICLE else 0
            if folded.endswith(_ALLAH) and rest in ("له", "ه"):
                return _word(_ALLAH, _ALLAH, DEFINITE | fused)
            display = _ARTICLE + surface[len(prefix) :] if fused else surface
            if rest in NUMBER_WORDS:
                return _word(rest, display, DEFINITE | NUMBER | fused)
            if rest in STOP_WORDS:
                return _break(surface, folded)
            if prefix in _LAM_FORMS:  # its own word, read as "ل" + "ال" + rest or "ل" + "ل" + rest
                ident = word_id(folded)
                _LAM_IDS[ident] = word_id(rest)
                return Piece(ident, 0, rest, surface, DEFINITE | PROCLITIC | LAM, rest)
            return _word(rest, display, DEFINITE | fused)
    flags = 0 if _ARABIC_LETTER_RE.search(folded) else LATIN
    if len(surface) >= 5 and surface.endswith(_PRONOUN_SUFFIXES):
        flags |= INNER
    elif len(surface) >= 5 and surface.endswith(_MAYBE_SUFFIXES) or len(surface) >= 4 and surface[-1] == "ه":
        flags |= SUFFIXED  # "ه", not "ة": "جسده" (his body), not "مدرسة"
    return _word(folded, surface, flags)


def _has_article(surface: str, folded: str, prefix: str) -> bool:
    """The article's "ال" (or "لل") is there as written, not only once folded: "ألمانيا" (Germany),
    "آلاف" (thousands), "بألوان" (with colours) start with a hamza, not the article; and the
    word is not one that only looks like a proclitic + "ال" ("والدة", "كاليفورنيا")."""
    if folded in _LOOK_ALIKES:
        return False
    plain = strip_tatweel(strip_tashkeel(surface))
    return plain[len(prefix) - 2 : len(prefix)].replace(_WASLA, "ا") in _ARTICLE_SPELLINGS


class _WordCache(dict[str, Piece]):
    def __missing__(self, surface: str) -> Piece:
        piece = self[surface] = analyse_word(surface)
        return piece


_WORDS = _WordCache()
# Ids of the "لل" words this process analysed → the id of their reading with "ال" ("للحكومة" → "حكومه"):
# the archive counts a document holding "للحكومة" for "الحكومة" too, as before the readings were two.
_LAM_IDS: dict[int, int] = {}
# Word id → readings without a one-letter proclitic: "لداعش" → "داعش"; used where the article has them.
_READINGS: dict[int, tuple[Piece, ...]] = {}
_READABLE: set[int] = set()


def _readings(surface: str, piece: Piece) -> tuple[Piece, ...]:
    """ "ولداعش" → readings "لداعش", "داعش", each marked as having a proclitic read off.

    A "لل" word has two: "للجنة" → "لجنة" (ل + اللجنة), "الجنة" (ل + الجنة).
    """
    if piece.flags & LAM:
        cut = 3 if surface[0] in "وف" else 2  # after "ولل", "فلل" or "لل"
        stem = _WORDS["ل" + surface[cut:]]
        definite = _word(piece.key, _ARTICLE + surface[cut:], DEFINITE | PROCLITIC)
        if not stem.id or stem.flags & (DEFINITE | PROCLITIC):
            return (definite,)
        return stem._replace(lid=0, flags=stem.flags | PROCLITIC), definite
    if piece.flags & (DEFINITE | PROCLITIC | LATIN) or not piece.id or len(surface) < 4 or piece.key in _LOOK_ALIKES:
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


def readings_of(surface: str) -> tuple[Piece, ...]:
    """The readings of one spelling without a proclitic: "ولداعش" → "لداعش", "داعش"."""
    found = _SPELLING_READINGS.get(surface)
    if found is None:
        found = _SPELLING_READINGS[surface] = _readings(surface, _WORDS[surface])
    return found


_SPELLING_READINGS: dict[str, tuple[Piece, ...]] = {}


def _analyse_surface(surface: str) -> tuple[Piece, ...]:
    """A whitespace-separated token: words, numbers and marks ("«الزور»،" → mark, word, mark)."""
    text = strip_tatweel(strip_tashkeel(surface)).replace("\u200c", "").replace("\u200d", "")
    pieces = []
    segments = _SEGMENT_RE.findall(text)
    accusative = _FATHATAN in surface and sum(segment[0].isalpha() for segment in segments) == 1
    for segment in segments:
        if segment[0].isalpha():
            piece = _WORDS[segment]
            if piece.id not in _READINGS:
                readings = readings_of(segment)
                _READINGS[piece.id] = readings
                if readings:
                    _READABLE.add(piece.id)
            if accusative and piece.id:
                piece = piece._replace(flags=piece.flags | ACCUSATIVE)
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
    return [pair for pair in zip(ids, lids[1:], strict=False) if pair[0] and pair[1]]  # a non-zero lid is the word's id


# ── One text of an article, encoded ─────────────────────────────────────────


@dataclass(slots=True)
class _Text:
    """One text of an article (title or body): its pieces and their ids, proclitics read off."""

    pieces: list[Piece]
    ids: list[int]
    lids: list[int]
    _found: dict[tuple[int, ...], list[int]] = field(default_factory=dict)
    read_as: dict[int, str] = field(default_factory=dict)  # word id → display of the reading it was read as

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
        for i, ident in enumerate(ids):
            if ident in positions:
                positions[ident].append(i)
        for ident, found in positions.items():
            self._found[(ident,)] = found

    def flags(self, i: int) -> int:
        return self.pieces[i].flags

    def display(self, i: int) -> str:
        piece = self.pieces[i]
        if piece.id == self.ids[i]:
            return piece.display
        return self.read_as[piece.id]


def encode_article(title: str, body: str) -> tuple[_Text, _Text]:
    """An article's title and body, analysed once for both the archive counts and its key terms."""
    return _encode(pieces_of(title)), _encode(pieces_of(body))


def first_readings(texts: Iterable[_Text], found: dict[int, tuple[tuple[int, str], ...]]) -> None:
    """Add to ``found`` each new word's readings without a proclitic, from its first spelling.

    A reading is (word id, display); () for none.

    Two spellings may share a key ("اللاعب", "لاعب"): as in one process
    reading the texts in order, the first one decides. Give the texts (title,
    then body, article by article) in archive order, before ``_read_proclitics``.
    """
    for text in texts:
        ids = text.ids
        new = set(ids).difference(found)
        if not new:
            continue
        if len(new) <= 8:  # most words of a long archive are known by now: look up the few new ones
            first = {ident: text.pieces[ids.index(ident)] for ident in new}
        else:
            first = dict(zip(reversed(ids), reversed(text.pieces), strict=True))  # the first occurrence wins
        for ident in filterfalse(found.__contains__, first):
            piece = first[ident]
            if not ident or piece.flags & (DEFINITE | PROCLITIC | LATIN) and not piece.flags & LAM:
                found[ident] = ()  # no readings (its display is not its spelling)
            else:
                found[ident] = tuple((r.id, r.display) for r in readings_of(piece.display))


def _encode(pieces: list[Piece]) -> _Text:
    ids = list(map(_ID, pieces))
    return _Text(pieces, ids, list(map(_LID, pieces)))


def _read_proclitics(texts: tuple[_Text, ...], stats: TermStats, counts: tuple[dict[int, int], ...] = ()) -> None:
    """Read "لداعش" as "داعش" where the article has the bare word or the archive has it more often.

    ``counts`` may give each text's ``Counter`` of ids: they are kept up to date.
    """
    if counts:
        present = set().union(*counts)
    else:
        present = set()
        for text in texts:
            present.update(text.ids)
    swaps = {}
    displays = {}
    if stats.readings is None:  # statistics without archive readings: the first spelling this process saw
        frequencies = stats.frequencies
        for ident in sorted(present & _READABLE):
            whole, readings = _readings_to_try(ident, _READINGS[ident], frequencies)
            for reading in readings:
                if reading.id in present or frequencies.get(reading.id, 0) > whole:
                    swaps[ident] = reading.id
                    displays[ident] = reading.display
                    break
    else:
        plan = stats._proclitic_plan
        for ident in present & stats.readable:
            checks = plan.get(ident)
            if checks is None:
                checks = plan[ident] = _proclitic_checks(ident, stats)
            for reading, display, archive in checks:
                if archive or reading in present:
                    swaps[ident] = reading
                    displays[ident] = display
                    break
    if swaps:  # no phrase runs into a word with a proclitic read off
        for text in texts:
            ids, lids = text.ids, text.lids
            for i in [i for i, ident in enumerate(ids) if ident in swaps]:
                ids[i] = swaps[ids[i]]
                lids[i] = 0
            text.read_as = displays
        for count in counts:  # a reading may itself be read further: move all counts at once
            moved = [(reading, count.pop(ident)) for ident, reading in swaps.items() if ident in count]
            for reading, n in moved:
                count[reading] = count.get(reading, 0) + n


def _proclitic_checks(ident: int, stats: TermStats) -> tuple[tuple[int, str, bool], ...]:
    """A word's readings in order, each with whether the archive alone prefers it, up to the first it does."""
    frequencies = stats.frequencies
    whole, readings = _readings_to_try(ident, stats.readings[ident], frequencies)  # type: ignore[index]
    checks = []
    for reading, display in readings:
        archive = frequencies.get(reading, 0) > whole
        checks.append((reading, display, archive))
        if archive:
            break
    return tuple(checks)


def _readings_to_try(ident: int, readings: tuple, frequencies) -> tuple[int, tuple]:
    """(the count a reading must beat for the archive alone to prefer it, the readings in order):
    the word's own count; for a "لل" word, the one reading ``_lam_choice`` chose, always taken."""
    if ident in _LAM_IDS:
        return -1, _lam_choice(ident, readings, frequencies)
    return frequencies.get(ident, 0), readings


def _lam_choice(ident: int, readings: tuple, frequencies) -> tuple:
    """The reading of the "لل" word ``ident`` that the archive holds more often: "لجنة" over
    "الجنة" (paradise), "لبنان" over "البنان", "الحكومة" over "لحكومة"; on a tie, "ال".

    Readings are (id, …) tuples or pieces: the first "ل" + the rest, the last "ال" + the
    rest. The documents counted for "ال" + the rest include those holding the "لل" word
    (``_LAM_IDS``): those are not evidence for it.
    """
    first, last = readings[0], readings[-1]
    definite = frequencies.get(last[0], 0) - frequencies.get(ident, 0)
    return (first,) if frequencies.get(first[0], 0) > definite else (last,)


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


@lru_cache(maxsize=1 << 16)
def _nisba_stem(key: str, shortest: int = 3) -> str:
    """ "اردنيه" → "اردن"; "" when the key is not shaped like a nisba adjective."""
    for suffix in _NISBA_SUFFIXES:
        if key.endswith(suffix) and len(key) - len(suffix) >= shortest:
            return key[: -len(suffix)]
    return ""
