"""Key terms of an article against the archive: the automatic tags. Pure.

    text, title, TermStats ─key_terms→ terms in natural form ("حزب الله"), best first

Words are analysed in ``generator.wordkeys`` and counted over the archive in
``generator.termstats``; this module selects an article's terms.

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
  adjective of the word before ("العربية السعودية" after "المملكة"), or
  follows a word that opens names ("عبد", "لي"; never a term alone): it is
  extended to the whole name (at most four words) or dropped;
- adjectives: a nisba or participle that mostly follows a noun it agrees with
  ("الحدود الأردنية") weighs less, and counts for its base name when the
  article has it ("الأردنية" → "الأردن");
- ties: of equal scores (words said once), a noun, written with "ال", goes first;
- one-letter proclitics (و ف ب ل ك) are read off a word only where the
  article has the bare word ("لداعش" → "داعش"; "لبنان" stays); "لل" is
  "ل" + "ال" ("للحكومة") or "ل" + a word in "ل" ("للجنة", "للبنان"), by
  which of the two the archive holds more often.

Speed: the Python-level rules only look at the few best candidates of each
article, whose positions are found in one pass; what a word's key alone says
(verb shapes, nisba bases, the noun of an accusative) is read once per word and
process (``_SHAPES``); only the word pairs that can recur are counted.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from functools import lru_cache
from heapq import nlargest
from itertools import compress, repeat
from operator import le, lt
from typing import NamedTuple

from generator.arabic import sort_key
from generator.termstats import TermStats
from generator.wordkeys import (
    _KEYS,
    ACCUSATIVE,
    DEFINITE,
    HEAD_WORDS,
    INNER,
    LATIN,
    NUMBER,
    SUFFIXED,
    Piece,
    _encode,
    _nisba_stem,
    _pairs,
    _read_proclitics,
    _stem_id,
    _Text,
    pieces_of,
    word_id,
)

__all__ = ["key_terms"]

TITLE_WEIGHT = 3  # one title occurrence counts as this many body occurrences
PHRASE_MIN_COUNT = 2  # a phrase must recur (title included) to be a term
WHOLE_SHARE = 0.8  # a phrase followed by the same word this often is part of a longer name
EXPAND_SHARE = 0.25  # "التحالف" shows as "التحالف الدولي" when that phrase is this share
COHESION = 0.8  # a phrase holding this share of its rarer edge word's uses is a term
SCORE_FLOOR = 0.3  # beyond the minimum, keep terms scoring at least this share of the best
MAX_WORDS = 4  # "المرصد السوري لحقوق الإنسان"
WORD_CANDIDATES = 24  # single words looked at closely, by TF-IDF
PHRASE_CANDIDATES = 16  # phrases looked at closely, by TF-IDF


# ── One word, by its key alone ──────────────────────────────────────────────


class _Shape(NamedTuple):
    """What a word's key says about it, whatever the article: read once per word and process."""

    key: str
    adjectival: bool  # a nisba or participle: "الأردنية", "المقيمين"
    verb: tuple[bool | tuple[int, ...], ...]  # verb shapes: True, or persons of which two must be known
    bases: tuple[int, ...]  # names a nisba may derive from: "اردنيه" → "اردن", "اردنا", "اردنيا"
    adverb: int  # "مستقبلا" → "مستقبل"; 0 when not shaped like an indefinite accusative
    cut: int  # "لحقوق" → "حقوق"; 0 when no preposition can be fused to it
    fused_for: bool  # starts with "ل" (for) and long enough to be "ل" + a word
    head: bool  # "عبد": the first word of a name, never a term alone nor a term's last word
    stems: tuple[int, ...]  # without a possessive suffix: "جسده" → "جسد"; "شركتنا" → "شركت", "شركه"


def _verb_shape(key: str) -> bool | tuple[int, ...]:
    """A verb by its shape: True, False, or the other persons of which two must be known words.

    Perfect, they: "انسحبوا"; perfect, she / I: "اختلطت"; imperfect: "يستحق", "يبقى";
    perfect, they two, of a derived form: "تطرقا", "تبادلا"; future: "سترتفع";
    imperfect, she / we / I, when other persons of it occur: "تعرف" (يعرف, نعرف).
    """
    if key.endswith("وا"):
        return True
    if key[-1] == "ت" and key[-2] not in "اوي" and len(key) <= 7:
        return True
    if key[0] == "ي" and key[-1] not in "او" and not key.endswith("يي"):
        return True
    if key[-1] == "ا" and key[-2] != "ي" and len(key) >= 5:
        return key.startswith("است") or key[0] == "ت" and len(key) == 5 or key[2] == "ا"
    if key[0] == "س" and key[1] in "يتن" and len(key) >= 5 and key[-1] not in "اويءه":
        return True
    if key[0] in "تنا":
        rest = key[1:]
        persons = [p + rest for p in "يتنا" if p != key[0]] + [key + "ون", key + "ين"]
        return tuple(map(word_id, persons))
    return False


def _analyse_shape(key: str) -> _Shape:
    verb: list[bool | tuple[int, ...]] = []
    if len(key) >= 4:
        if key[0] in "وف" and len(key) >= 5:  # "and" + an imperfect: "وترفع", "ويقول"
            verb.append(True if key[1] in "يتن" else _verb_shape(key[1:]))
        verb.append(_verb_shape(key))
    stem = _nisba_stem(key)
    return _Shape(
        key=key,
        adjectival=bool(stem) or (key[:1] == "م" and len(key) >= 4),
        verb=tuple(v for v in verb if v is not False),
        bases=tuple(map(word_id, (stem, stem + "ا", stem + "يا"))) if stem else (),
        adverb=word_id(key[:-1]) if len(key) >= 4 and key[-1] == "ا" and key[-2] not in "يو" else 0,
        cut=word_id(key[1:]) if len(key) >= 4 and key[0] in "لبك" and not key.startswith("لل") else 0,
        fused_for=len(key) >= 4 and key[0] == "ل",
        head=key in HEAD_WORDS,
        stems=_possessive_stems(key),
    )


def _possessive_stems(key: str) -> tuple[int, ...]:
    """The word a key may be with "our", "your" or "his" attached: "جسده" → "جسد";
    "شركتنا" → "شركت", "شركه" (ة is written ت before a suffix)."""
    for suffix in ("كما", "نا", "كم", "كن", "ه"):
        base = key[: -len(suffix)]
        if key.endswith(suffix) and len(base) >= 3:
            return (word_id(base), word_id(base[:-1] + "ه")) if base[-1] == "ت" else (word_id(base),)
    return ()


_NO_SHAPE = _analyse_shape("")


class _ShapeCache(dict[int, _Shape]):
    def __missing__(self, ident: int) -> _Shape:
        key = _KEYS.get(ident)
        if key is None:  # a reading this process has not analysed: no shape (not remembered)
            return _NO_SHAPE
        shape = self[ident] = _analyse_shape(key)
        return shape


_SHAPES = _ShapeCache()


# ── One article ──────────────────────────────────────────────────────────────


class _Candidate(NamedTuple):
    score: float
    term: tuple[int, ...]
    group: frozenset[int]  # word ids it uses up (with a nisba's base name)
    cohesive: bool = False  # a phrase that is a name or fixed term, not chance neighbours


class _Article:
    """Counts and occurrences of one article's terms; the rules that read them."""

    def __init__(self, body: list[Piece] | _Text, title: list[Piece] | _Text, stats: TermStats) -> None:
        self.title = title if isinstance(title, _Text) else _encode(title)
        self.body = body if isinstance(body, _Text) else _encode(body)
        self.words = Counter(self.body.ids)
        self.title_words = Counter(self.title.ids)
        _read_proclitics((self.title, self.body), stats, (self.title_words, self.words))
        self.stats = stats
        self.idf = stats._idf
        self.words.pop(0, None)
        self.title_words.pop(0, None)
        self.pairs = self._recurring_pairs()
        self.title_pairs = Counter(_pairs(self.title.ids, self.title.lids))
        self._flags: dict[int, tuple[int, int, int]] = {}  # id → its flags (``_word_flags``)
        self._bases: dict[int, int | None] = {}

    def _recurring_pairs(self) -> Counter[tuple[int, int]]:
        """Body word pairs that may recur in the article: both words recur in the body or are in the title.

        Only those are ever counted: a phrase must recur, title included.
        """
        words = self.words
        wanted = set(compress(words, map(lt, repeat(1), words.values()))).union(self.title_words)
        ids, lids = self.body.ids, self.body.lids
        return Counter([pair for pair in zip(ids, lids[1:], strict=False) if pair[0] in wanted and pair[1] in wanted])

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

    def known(self, ident: int) -> bool:
        """A word of this article or of the archive (by its id)."""
        return ident in self.words or ident in self.title_words or ident in self.idf

    # ── word shapes ──

    def is_definite(self, ident: int) -> bool:
        """Some occurrence has the article "ال": then it is a noun."""
        return bool(self._word_flags(ident)[0] & DEFINITE)

    def _word_flags(self, ident: int) -> tuple[int, int, int]:
        """A word's flags over its occurrences in the body and the title, read in one pass:
        (of any occurrence, of every occurrence, of the first in the body and in the title)."""
        found = self._flags.get(ident)
        if found is None:
            some, every, first = 0, -1, 0  # every: all bits while no occurrence says otherwise
            for text in (self.body, self.title):
                at = text.occurrences((ident,))
                if at:
                    pieces = text.pieces
                    first |= pieces[at[0]].flags
                    for i in at:
                        flags = pieces[i].flags
                        some |= flags
                        every &= flags
            found = self._flags[ident] = (some, every, first)
        return found

    def first_flags(self, ident: int) -> int:
        """The flags of a word's first occurrence in the body and in the title."""
        return self._word_flags(ident)[2]

    def is_verb(self, ident: int) -> bool:
        """A verb by its shape (also behind "و"/"ف": "وتبادلا"), never a word the article writes with "ال"."""
        verb = _SHAPES[ident].verb
        if not verb or self.is_definite(ident):
            return False
        known = self.known
        return any(shape is True or sum(map(known, shape)) >= 2 for shape in verb)

    def adjective_share(self, ident: int) -> float:
        """Share of a nisba or participle's occurrences that follow a noun they agree with."""
        if not _SHAPES[ident].adjectival:
            return 0.0
        total = agreeing = 0
        for text in (self.body, self.title):
            ids, lids, pieces = text.ids, text.lids, text.pieces
            for i in text.occurrences((ident,)):
                total += 1
                if i and ids[i - 1] and lids[i]:
                    agreeing += (pieces[i - 1].flags & DEFINITE) == (pieces[i].flags & DEFINITE)
        return agreeing / total if total else 0.0

    def base_name(self, ident: int) -> int | None:
        """The name a nisba adjective derives from, when the article has it: "الأردنية" → "الأردن"."""
        try:
            return self._bases[ident]
        except KeyError:
            pass
        found = None
        for base in _SHAPES[ident].bases:  # a name is never an indefinite accusative ("مستقبلاً")
            if (base in self.words or base in self.title_words) and not self.is_adverbial(base):
                found = base
                break
        self._bases[ident] = found
        return found

    def is_possessive(self, ident: int) -> bool:
        """A noun with "our", "your" or "his" attached ("شركتنا", "أصواتكم", "جسده"): written so every
        time ("دوره", his role, but not "الدورة", the session), and its stem is a known word.
        "كورونا", "فيينا", "اتجاه" stay: no word is left without the ending."""
        stems = _SHAPES[ident].stems
        return bool(stems) and bool(self._word_flags(ident)[1] & SUFFIXED) and any(map(self.known, stems))

    def is_adverbial(self, ident: int) -> bool:
        """An indefinite accusative: in "ـًا" of a known noun, "مستقبلا" (مستقبل), "تحقيقا" (تحقيق);
        or written with its tanween somewhere in the article ("مستقبلاً", "مرةً")."""
        if self.is_definite(ident):
            return False
        noun = _SHAPES[ident].adverb
        return bool(noun) and self.known(noun) or bool(self._word_flags(ident)[0] & ACCUSATIVE)

    def is_cut(self, ident: int) -> bool:
        """A word with a fused preposition whose rest is a word ("لحقوق"): a phrase goes on past it."""
        rest = _SHAPES[ident].cut
        return bool(rest) and self.known(rest)

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
                if flags[0] & (INNER | NUMBER) or flags[-1] & (INNER | LATIN) or _SHAPES[term[-1]].head:
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
        before: dict[int, int] = {}
        after: dict[int, int] = {}
        total = ends_open = starts_open = heads = 0  # occurrences; needing the next / previous word
        size = len(term)
        for text in (self.body, self.title):
            ids, lids, pieces = text.ids, text.lids, text.pieces
            for i in text.occurrences(term):
                total += 1
                end = i + size - 1
                last, first = pieces[end].flags, pieces[i].flags
                if end + 1 < len(ids) and lids[end + 1]:
                    word = ids[end + 1]
                    after[word] = after.get(word, 0) + 1
                    nxt = pieces[end + 1].flags
                    if not last & DEFINITE or last & INNER or last & nxt & DEFINITE and _SHAPES[word].adjectival:
                        ends_open += 1
                if i and ids[i - 1] and lids[i]:
                    word = ids[i - 1]
                    before[word] = before.get(word, 0) + 1
                    prev = pieces[i - 1].flags
                    if (first | prev) & INNER or first & DEFINITE and not prev & DEFINITE:
                        starts_open += 1
                    elif first & prev & DEFINITE and _SHAPES[ids[i]].adjectival or self._fused_for(ids[i], first):
                        starts_open += 1  # an adjective; "لحقوق" (for rights) after the name it ends
                    elif _SHAPES[word].head:
                        starts_open += 1  # "لي" + "جاي ميونغ", "عبد" + "الرحمن": a name's first word
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
        return not flags & DEFINITE and _SHAPES[ident].fused_for

    @staticmethod
    def _adjectival(ident: int) -> bool:
        return _SHAPES[ident].adjectival

    def display(self, term: tuple[int, ...]) -> str:
        """The commonest spelling of a term in the article: "حزب الله", not its folded key."""
        forms: dict[str, int] = {}
        size = len(term)
        for text in (self.body, self.title):
            for i in text.occurrences(term):
                form = text.display(i) if size == 1 else " ".join(map(text.display, range(i, i + size)))
                forms[form] = forms.get(form, 0) + 1
        if not forms:
            return " ".join(_KEYS.get(i, "") for i in term)
        top = max(forms.values())
        best = [form for form, n in forms.items() if n == top]
        return best[0] if len(best) == 1 else min(best, key=_sort_key)


_sort_key = lru_cache(maxsize=1 << 14)(sort_key)  # a tag's spellings recur from article to article


def _most_common(counter: dict[int, int]) -> tuple[int, int]:
    return min(counter.items(), key=lambda kv: (-kv[1], kv[0]))


def key_terms(
    text: str | list[Piece] | _Text,
    title: str | list[Piece] | _Text,
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
    Texts may be given already as ``pieces_of`` them, or encoded by ``encode_article``
    (an encoded text serves one call: the article reads its proclitics into it).
    """
    body = pieces_of(text) if isinstance(text, str) else text
    article = _Article(body, pieces_of(title) if isinstance(title, str) else title, stats)  # uses up a _Text
    if not article.words:
        return ()
    looked = _looked_words(article)
    pairs = _looked_pairs(article)
    wanted = set(looked).union(*pairs)  # their positions in one pass over each text
    article.body.index(wanted)
    article.title.index(wanted)
    phrases = _phrase_candidates(article, pairs)
    words = _word_candidates(article, phrases, looked)
    # Ties (words said once in a short article) go to a noun: a word the article writes with "ال".
    ranked = sorted(phrases + words, key=lambda c: (-c.score, len(c.term), not article.is_definite(c.term[0]), c.term))
    chosen: list[str] = []
    used: set[int] = set()
    best = 0.0
    for candidate in ranked:
        if len(chosen) >= maximum or (len(chosen) >= minimum and candidate.score < SCORE_FLOOR * best):
            break
        if used.isdisjoint(candidate.group):
            used.update(candidate.group)
            form = article.display(candidate.term)
            if exclude is None or not exclude(form):
                chosen.append(form)
                best = best or candidate.score
    return tuple(chosen)


def _looked_pairs(article: _Article) -> list[tuple[int, int]]:
    """The recurring word pairs (title included) best by TF-IDF: where phrases start."""
    pairs, title_pairs = article.pairs, article.title_pairs
    recurring = set(compress(pairs, map(lt, repeat(1), pairs.values())))
    recurring.update(title_pairs.keys() & pairs.keys())
    if not recurring:
        return []
    pair_idf = article.stats._pair_idf
    title_get = title_pairs.get
    first = [((pairs[p] + TITLE_WEIGHT * title_get(p, 0)) * pair_idf(p), p) for p in recurring]
    return [pair for _, pair in nlargest(PHRASE_CANDIDATES, first)]


def _phrase_candidates(article: _Article, looked: list[tuple[int, int]]) -> list[_Candidate]:
    """Recurring phrases, made whole, scored by TF-IDF; chance neighbours weigh half."""
    stats = article.stats
    found: dict[tuple[int, ...], _Candidate] = {}
    for pair in looked:
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
    found = set(map(_stem_id, term))
    for ident in term:
        base = article.base_name(ident)
        if base is not None:
            found.add(base)
    return frozenset(found)


def _looked_words(article: _Article) -> list[int]:
    """The best single words by TF-IDF (the title weighs more), best first."""
    weights = dict(article.words)
    for ident, n in article.title_words.items():
        if ident in weights:
            weights[ident] += TITLE_WEIGHT * n
    idf, top = article.idf.get, article.stats.top_idf
    scores = [n * idf(ident, top) for ident, n in weights.items()]
    ranked = zip(scores, weights, strict=True)
    if len(scores) > WORD_CANDIDATES:  # the best few without sorting them all
        ranked = compress(ranked, map(le, repeat(sorted(scores)[-WORD_CANDIDATES]), scores))
    return [ident for _, ident in sorted(ranked, reverse=True)[:WORD_CANDIDATES]]


def _word_candidates(article: _Article, phrases: list[_Candidate], looked: list[int]) -> list[_Candidate]:
    """The best single words (``looked``), with the Arabic rules applied to each.

    A word whose occurrences mostly sit in a phrase candidate gives them to the
    phrase ("حزب" in "حزب الله"), unless it heads one phrase and ends another:
    then it is the name itself ("جرود القلمون", "القلمون الغربي" → "القلمون").
    Any recurring phrase binds, not only a cohesive one: letting the words of
    chance phrases keep their weight brought in generic words ("سعر", "إعادة")
    and pushed out names ("عزت بيغوفيتش") on the real corpus articles.
    A nisba adjective counts for its base name when the article has it.
    """
    words, title_words = article.words, article.title_words
    bound: dict[int, int] = {}
    sides: dict[int, set[int]] = {}
    for candidate in phrases:
        count = article.count(candidate.term)
        last = len(candidate.term) - 1
        for position, ident in enumerate(candidate.term):
            if bound.get(ident, 0) < count:
                bound[ident] = count
            sides.setdefault(ident, set()).add(0 if position == 0 else 1 if position == last else 2)
    merged: dict[int, float] = {}  # base name → extra weight from its nisba adjectives
    kept: dict[int, float] = {}
    for ident in looked:
        if article.first_flags(ident) & (INNER | NUMBER | LATIN) or _SHAPES[ident].head or article.is_verb(ident):
            continue
        if article.is_possessive(ident):
            continue
        count = words[ident]
        weight = float(count + TITLE_WEIGHT * title_words.get(ident, 0))
        if ident in bound and bound[ident] * 2 >= count and not {0, 1} <= sides[ident]:
            weight -= bound[ident]
        if weight <= 0:
            continue
        share = article.adjective_share(ident)
        base = article.base_name(ident)
        if article.is_adverbial(ident):  # "مستقبلا" (in future), "تحقيقا": the noun's accusative
            share, base = 1.0, _SHAPES[ident].adverb
            base = base if base in words else None
        if base is not None and share >= 0.5:
            merged[base] = merged.get(base, 0.0) + weight
            continue
        kept[ident] = weight * (1.0 - 0.75 * share)
    for base, extra in merged.items():
        if not (article.first_flags(base) & (INNER | NUMBER | LATIN) or article.is_verb(base)):
            if base not in kept:  # its own weight, the title's share only for a word of the body
                kept[base] = float(words[base] + TITLE_WEIGHT * title_words.get(base, 0)) if base in words else 0.0
            kept[base] += extra
    found = []
    expansions = _expansions(phrases)
    derived: dict[int, set[int]] = {}  # base name → its nisba adjectives looked at
    for n in looked:
        base = article.base_name(n)
        if base is not None:
            derived.setdefault(base, set()).add(n)
    idf_get, top = article.idf.get, article.stats.top_idf
    for ident, weight in kept.items():
        term: tuple[int, ...] = (ident,)
        phrase = expansions.get(ident)
        if phrase and article.count(phrase) >= EXPAND_SHARE * words.get(ident, 0):
            term = phrase  # "التحالف" stands for "التحالف الدولي" in this article
        group = _bases(article, term).union(term, derived.get(ident, ()))
        found.append(_Candidate(weight * idf_get(ident, top), term, group))
    return found


def _expansions(phrases: list[_Candidate]) -> dict[int, tuple[int, ...]]:
    """Word → the best cohesive phrase it heads."""
    found: dict[int, tuple[int, ...]] = {}
    for candidate in sorted(phrases, key=lambda c: (-c.score, c.term)):
        if candidate.cohesive:
            found.setdefault(candidate.term[0], candidate.term)
    return found
