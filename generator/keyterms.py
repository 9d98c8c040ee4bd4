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
  adjective of the word before ("العربية السعودية" after "المملكة"): it is
  extended to the whole name (at most four words) or dropped;
- adjectives: a nisba or participle that mostly follows a noun it agrees with
  ("الحدود الأردنية") weighs less, and counts for its base name when the
  article has it ("الأردنية" → "الأردن");
- one-letter proclitics (و ف ب ل ك) are read off a word only where the
  article has the bare word ("لداعش" → "داعش"; "لبنان" stays).

Speed: the Python-level rules only look at the few best candidates of each
article; pure per-word shape tests are memoised per process.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from heapq import nlargest
from itertools import compress, repeat
from operator import and_, le, lt, mul

from generator.arabic import sort_key
from generator.termstats import TermStats
from generator.wordkeys import (
    _FLAGS,
    _KEYS,
    DEFINITE,
    INNER,
    LATIN,
    NUMBER,
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


# ── One article ──────────────────────────────────────────────────────────────


@dataclass(frozen=True, slots=True)
class _Candidate:
    score: float
    term: tuple[int, ...]
    group: frozenset[int]  # word ids it uses up (with a nisba's base name)
    cohesive: bool = False  # a phrase that is a name or fixed term, not chance neighbours


class _Article:
    """Counts and occurrences of one article's terms; the rules that read them."""

    def __init__(self, body: list[Piece] | _Text, title: list[Piece] | _Text, stats: TermStats) -> None:
        self.title = title if isinstance(title, _Text) else _encode(title)
        self.body = body if isinstance(body, _Text) else _encode(body)
        _read_proclitics((self.title, self.body), stats)
        self.stats = stats
        self.words = Counter(self.body.ids)
        self.title_words = Counter(self.title.ids)
        self.words.pop(0, None)
        self.title_words.pop(0, None)
        self.pairs = Counter(_pairs(self.body.ids, self.body.lids))
        self.title_pairs = Counter(_pairs(self.title.ids, self.title.lids))
        self._definite: set[int] | None = None  # ids with "ال" somewhere
        self._first_flags: tuple[dict[int, int], dict[int, int]] | None = None
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
        ident = word_id(key)  # not "analysed in this process": the answer must not depend on that
        return ident in self.words or ident in self.title_words or self.stats._idf.get(ident) is not None

    # ── word shapes ──

    def is_definite(self, ident: int) -> bool:
        """Some occurrence has the article "ال": then it is a noun."""
        if self._definite is None:
            found: set[int] = set()
            for text in (self.body, self.title):
                found.update(compress(text.ids, map(and_, map(_FLAGS, text.pieces), repeat(DEFINITE))))
            self._definite = found
        return ident in self._definite

    def first_flags(self, ident: int) -> int:
        """The flags of a word's first occurrence in the body and in the title."""
        if self._first_flags is None:
            self._first_flags = tuple(  # type: ignore[assignment]
                dict(zip(reversed(text.ids), map(_FLAGS, reversed(text.pieces)), strict=True))
                for text in (self.body, self.title)
            )
        body, title = self._first_flags  # type: ignore[misc]
        return body.get(ident, 0) | title.get(ident, 0)

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
            found = word_id(base)
            if found in self.words or found in self.title_words:
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
            share, base = 1.0, word_id(_KEYS[ident][:-1])
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
    return article.first_flags(ident)
