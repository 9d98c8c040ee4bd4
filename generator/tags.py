"""Tags for articles: declared vocabulary matches, else key terms of the archive. Pure.

    text ─declared_tags(vocabulary)→ canonical names the archivist declared
    texts ─collect_term_stats→ TermStats ─automatic_tags(text)→ key terms by TF-IDF
    assign_tags: stated (dump) tags, then declared, else automatic; at most 7

Only ``load_tag_vocabulary`` reads a file (``content/tags.toml``). Nothing here
reads the config; the caller decides that front-matter tags win over these.

Matching works on word keys: ``fold_arabic`` (hamza, ta marbuta, alef maqsura,
tashkeel, tatweel) then the article "ال" (the) and its fused forms are removed:
"بالتَّحالُف" → "تحالف". One-letter proclitics (و ب ل ف ك: and, with, for, so,
like) are only removed where the rest is a known word, because many names
start with those letters ("لبنان" is not "ل" + "بنان").
"""

from __future__ import annotations

import math
import re
import tomllib
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from generator.arabic import fold_arabic, sort_key, strip_tashkeel, strip_tatweel
from generator.errors import SourceError
from generator.stopwords import STOP_WORDS

MAX_TAGS = 7
TITLE_WEIGHT = 3  # one title occurrence counts as this many body occurrences
PHRASE_MIN_COUNT = 2  # a two- or three-word phrase must recur to be a term
WHOLE_SHARE = 0.8  # a phrase followed by the same word this often is part of a longer name
EXPAND_SHARE = 0.25  # "التحالف" shows as "التحالف الدولي" when that phrase is this share
COHESION = 0.8  # a phrase holding this share of its rarer edge word's uses is a term
SCORE_FLOOR = 0.3  # beyond the minimum, keep terms scoring at least this share of the best

_PROCLITICS = "وفبلك"  # and, so, with, for, like: fused to the next word
_CONJUNCTIONS = "وف"  # and, so: may precede another proclitic ("وللتحالف")
_PREPOSITIONS = "لبك"  # for, with, like: fused to the word they govern
_ARTICLE = "ال"  # the definite article "al-"
_ARTICLE_FORMS = ("وال", "فال", "بال", "كال")  # and-the, so-the, with-the, like-the
_LIL = "لل"  # "for the": ل + ال with the alef dropped
_ALLAH = "الله"  # God: "ال" is part of the word (as in "حزب الله", Hezbollah)
# Words that join a name but never start or end a tag: son of, daughter of, father of.
_INNER_WORDS = frozenset(fold_arabic(w) for w in ("بن", "ابن", "بنت", "أبو", "أبي"))
# Declared variants may span quotes ('تنظيم "داعش"') but not sentences.
_SENTENCE_BREAK_RE = re.compile(r"[.!?؟؛\n]+")  # includes Arabic ? and ;
_WORD_RE = re.compile(r"[^\W\d_]+|\d+")
_ARABIC_LETTER_RE = re.compile(r"[\u0621-\u064A]")


@dataclass(frozen=True, slots=True)
class _Word:
    """One surface word, analysed: its matching key and the form a tag shows."""

    key: str  # "" for stop words, numbers and single letters
    display: str  # "والتحالف" → "التحالف"
    has_article: bool = False  # key lost "ال": no further proclitic to strip
    has_proclitic: bool = False  # "والتحالف", "بالتحالف": a phrase cannot run into it
    is_inner: bool = False  # "بن" (son of): inside a name only, never at its ends


@lru_cache(maxsize=1 << 17)
def _analyse_word(surface: str) -> _Word:
    """Key and display form of one word: "بالتحالف" → ("تحالف", "التحالف")."""
    folded = fold_arabic(surface)
    if len(folded) < 2 or not folded.isalpha() or _is_stop(folded):
        return _Word("", surface)
    if folded in _INNER_WORDS:
        return _Word(folded, surface, is_inner=True)
    for prefix in (_ARTICLE, *_ARTICLE_FORMS, _LIL):
        rest = folded[len(prefix) :]
        if folded.startswith(prefix) and len(rest) >= 2:
            fused = prefix != _ARTICLE
            if folded.endswith(_ALLAH) and rest in ("له", "ه"):
                return _Word(_ALLAH, _ALLAH, True, fused)
            if rest in STOP_WORDS:
                return _Word("", surface)
            display = _ARTICLE + surface[len(prefix) :] if fused else surface
            return _Word(rest, display, True, fused)
    return _Word(folded, surface)


def _is_stop(folded: str) -> bool:
    """Stop word, also behind one proclitic: "وفي" (and in), "بما" (with what)."""
    return folded in STOP_WORDS or (folded[0] in _PROCLITICS and folded[1:] in STOP_WORDS)


def _proclitic_candidates(surface: str) -> tuple[_Word, ...]:
    """Readings of a word without one or two proclitics: "ولداعش" → "لداعش", "داعش"."""
    word = _analyse_word(surface)
    if word.has_article or not word.key:
        return ()
    found: list[_Word] = []
    if surface[0] in _PROCLITICS and len(surface) >= 4:
        found.append(_analyse_word(surface[1:]))
        if surface[0] in _CONJUNCTIONS and surface[1] in "بلك" and len(surface) >= 5:
            found.append(_analyse_word(surface[2:]))
    return tuple(w for w in found if w.key)


def _clean(text: str) -> str:
    return strip_tatweel(strip_tashkeel(text))


# ── Declared tags ────────────────────────────────────────────────────────────


@dataclass(frozen=True, slots=True)
class TagVocabulary:
    """Declared tags in file order: canonical name → word keys of each variant."""

    entries: tuple[tuple[str, tuple[tuple[str, ...], ...]], ...] = ()
    _first: Mapping[str, tuple[tuple[int, tuple[str, ...]], ...]] = field(
        default_factory=dict, repr=False, compare=False
    )

    @classmethod
    def from_mapping(cls, tags: Mapping[str, Iterable[str]]) -> TagVocabulary:
        """Build from {"داعش": ["تنظيم الدولة", …]}; the name itself is always a variant."""
        entries = []
        for name, variants in tags.items():
            phrases = []
            for variant in (name, *variants):
                keys = _variant_keys(variant)
                if keys and keys not in phrases:
                    phrases.append(keys)
            entries.append((name.strip(), tuple(phrases)))
        first: defaultdict[str, list[tuple[int, tuple[str, ...]]]] = defaultdict(list)
        for number, (_, phrases) in enumerate(entries):
            for phrase in phrases:
                first[phrase[0]].append((number, phrase))
        return cls(tuple(entries), {k: tuple(v) for k, v in first.items()})


def _variant_keys(variant: str) -> tuple[str, ...]:
    """Word keys of a declared phrase; stop words count here ("الدولة في العراق")."""
    keys = []
    for surface in _WORD_RE.findall(_clean(variant)):
        word = _analyse_word(surface)
        keys.append(word.key or fold_arabic(surface))
    return tuple(keys)


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
    if not vocabulary.entries:
        return ()
    found: set[int] = set()
    for sentence in _SENTENCE_BREAK_RE.split(_clean(text)):
        surfaces = _WORD_RE.findall(sentence)
        plain = [_analyse_word(s).key or fold_arabic(s) for s in surfaces]
        for i, surface in enumerate(surfaces):
            starts = {plain[i], *(w.key for w in _proclitic_candidates(surface))}
            for start in starts:
                for number, phrase in vocabulary._first.get(start, ()):
                    if number not in found and tuple(plain[i + 1 : i + len(phrase)]) == phrase[1:]:
                        found.add(number)
    return tuple(vocabulary.entries[n][0] for n in sorted(found))


# ── Automatic tags ───────────────────────────────────────────────────────────
#
# Speed: each distinct surface word is analysed once into an *encoded key*:
# "|" for anything that breaks a phrase (stop word, number, mark), a leading
# "|" when a proclitic starts a new phrase ("والتحالف"), a "~" for words that
# may sit inside a phrase but not at its ends ("بن" son of; "سيارته" his car).
# A text becomes keys joined by spaces; splitting at "|" gives the runs.

_MARK_RE = re.compile(r"[^\w\s]+|[_\n]+")  # marks and line ends become a "|" token
_BREAK = "|"
_INNER = "~"
_PRONOUN_SUFFIXES = ("ها", "هم", "هما", "هن")  # her/its, their: "محيطها" is not a subject


class _KeyCache(dict[str, str]):
    """Surface word → encoded key, computed on first sight."""

    def __missing__(self, surface: str) -> str:
        if not surface.isalpha():  # "|", "2018", "ودمر40" (a number glued to a word)
            pieces = _WORD_RE.findall(surface)
            code = " ".join(self[p] if p.isalpha() else _BREAK for p in pieces) or _BREAK
            self[surface] = code
            return code
        word = _analyse_word(surface)
        if not word.key:
            code = _BREAK
        else:
            code = word.key
            if word.is_inner or (not word.has_article and len(surface) >= 5 and surface.endswith(_PRONOUN_SUFFIXES)):
                code = _INNER + code
            if word.has_proclitic:
                code = _BREAK + code
        self[surface] = code
        return code


class _ShorterCache(dict[str, tuple[str, ...]]):
    """Surface word → encoded keys of its readings without a proclitic ("لداعش" → "|داعش")."""

    def __missing__(self, surface: str) -> tuple[str, ...]:
        codes = tuple(_BREAK + _KEYS[word.display].lstrip(_BREAK) for word in _proclitic_candidates(surface))
        self[surface] = codes
        return codes


_KEYS = _KeyCache()
_SHORTER = _ShorterCache()


def _encode(text: str) -> tuple[list[str], list[str]]:
    """Surface tokens of a text and their encoded keys."""
    tokens = _tokens(text)
    return tokens, list(map(_KEYS.__getitem__, tokens))


def _resolve_proclitics(tokens: list[str], codes: list[str], local: set[str]) -> list[str]:
    """Read "لداعش" as "داعش" where the article also has the bare word."""
    swaps: dict[str, str] = {}
    for surface in set(tokens):
        if surface[0] in _PROCLITICS and surface.isalpha() and _KEYS[surface][0] != _BREAK:
            for code in _SHORTER[surface]:
                if _bare(code) in local:
                    swaps[surface] = code
                    break
    if not swaps:
        return codes
    return [swaps.get(t, c) for t, c in zip(tokens, codes, strict=True)]


def _tokens(text: str) -> list[str]:
    """Words and "|" for each run of marks: 'قال: "نعم"' → ["قال", "|", "نعم", "|"]."""
    return _MARK_RE.sub(" | ", _clean(text)).split()


def _bare(code: str) -> str:
    return code.lstrip(_BREAK + _INNER)


def _grams(codes: list[str]) -> list[str]:
    """Words and two- or three-word phrase keys of a text's runs."""
    grams: list[str] = []
    for chunk in " ".join(codes).split(_BREAK):
        run = chunk.split()
        grams += run
        if len(run) > 1:
            bigrams = [f"{a} {b}" for a, b in zip(run, run[1:], strict=False)]
            grams += bigrams
            grams += [f"{a} {c}" for a, c in zip(bigrams, run[2:], strict=False)]
    if any(_INNER in code for code in codes):
        grams = [g for g in grams if _INNER not in g or _has_inner_only_inside(g)]
    return grams


def _has_inner_only_inside(gram: str) -> bool:
    """ "محمد ~بن سلمان" is a name; "~بن سلمان" and "~سيارته" are not terms."""
    return gram[0] != _INNER and gram.rfind(_INNER) < gram.rfind(" ")


@dataclass(frozen=True, slots=True)
class TermStats:
    """How many archive documents hold each term key (word or 2–3 word phrase)."""

    documents: int = 0
    frequencies: Mapping[str, int] = field(default_factory=dict)

    def idf(self, key: str) -> float:
        return math.log((self.documents + 1) / (self.frequencies.get(key, 0) + 1)) + 1.0


def collect_term_stats(texts: Iterable[str]) -> TermStats:
    """Count, for each word and two- or three-word phrase key, the documents holding it."""
    documents, counts = count_term_documents(texts)
    return term_stats_from_counts(documents, counts)


def count_term_documents(texts: Iterable[str]) -> tuple[int, Counter[str]]:
    """(number of texts, documents per term key): partial counts that add up across processes."""
    counts: Counter[str] = Counter()
    documents = 0
    for text in texts:
        documents += 1
        counts.update(set(_grams(_encode(text)[1])))
    return documents, counts


def term_stats_from_counts(documents: int, counts: Mapping[str, int]) -> TermStats:
    """The archive's term statistics, without phrases seen in one document only.

    Most two- and three-word phrases occur once; they would hold most of the
    memory at 10,000 articles and weigh (almost) nothing: a phrase absent from
    the table counts as unknown (``_is_known``), with the highest IDF.
    """
    kept = {key: n for key, n in counts.items() if n > 1 or " " not in key}
    return TermStats(documents, kept)


@dataclass(frozen=True, slots=True)
class _Source:
    """One encoded text: tokens, their keys, and the keys without markers."""

    tokens: list[str]
    codes: list[str]
    bare: list[str]
    _positions: dict[str, list[int]] = field(default_factory=dict)

    def positions(self) -> dict[str, list[int]]:
        """Where each bare key occurs (built once, on first use)."""
        if not self._positions and self.bare:
            for i, key in enumerate(self.bare):
                self._positions.setdefault(key, []).append(i)
        return self._positions


@dataclass(frozen=True, slots=True)
class _ArticleTerms:
    """Occurrences of each term key in one article's body and title, and where they are."""

    body: Counter[str]
    title: Counter[str]
    sources: tuple[_Source, _Source]  # title, body


def _count_terms(text: str, title: str) -> _ArticleTerms:
    encoded = [_encode(title), _encode(text)]
    local = {_bare(code) for _, codes in encoded for code in set(codes)}
    sources = []
    for tokens, codes in encoded:
        codes = _resolve_proclitics(tokens, codes, local)
        sources.append(_Source(tokens, codes, [c.lstrip(_BREAK + _INNER) for c in codes]))
    title_source, body_source = sources
    return _ArticleTerms(
        Counter(_grams(body_source.codes)),
        Counter(_grams(title_source.codes)),
        (title_source, body_source),
    )


def _rank_terms(terms: _ArticleTerms, stats: TermStats, cohesive: set[str]) -> list[tuple[float, str]]:
    """Score term keys by TF-IDF; a title occurrence counts ``TITLE_WEIGHT`` times.

    A phrase is *cohesive* when the archive knows it or its words rarely occur
    apart in this article ("دير" always comes with "الزور"); other phrases
    weigh half: they are more often a turn of phrase than a name. A word
    whose occurrences mostly sit in a cohesive phrase gives them to the phrase
    ("حزب" in "حزب الله"), unless it heads one phrase and ends another: then it
    is the name itself ("جرود القلمون", "القلمون الغربي" → "القلمون").
    Only body occurrences make a term: a title alone is mostly verbs.
    """
    bound: dict[str, int] = {}
    sides: defaultdict[str, set[int]] = defaultdict(set)
    for key in cohesive:
        count = terms.body[key]
        words = key.split(" ")
        for position, word in enumerate(words):
            bound[word] = max(bound.get(word, 0), count)
            sides[word].add(0 if position == 0 else 1 if position == len(words) - 1 else 2)
    scored: list[tuple[float, str]] = []
    for key, count in terms.body.items():
        weight = 1.0
        if " " in key:
            if count + terms.title[key] < PHRASE_MIN_COUNT:
                continue
            weight = 1.0 if key in cohesive else 0.5
        elif bound.get(key, 0) * 2 >= count and not {0, 1} <= sides[key]:
            count -= bound[key]
        if count > 0:
            total = count + TITLE_WEIGHT * terms.title[key]
            scored.append((total * weight * stats.idf(key), key))
    scored.sort(key=lambda item: (-item[0], item[1]))
    return scored


def _is_known(phrase_key: str, stats: TermStats) -> bool:
    """The phrase occurs in at least one other archive document."""
    return stats.frequencies.get(phrase_key, 0) >= 2


def _cohesive_phrases(terms: _ArticleTerms, stats: TermStats) -> set[str]:
    """Recurring phrases that are names or fixed terms rather than chance neighbours."""
    found = set()
    for key, count in terms.body.items():
        if " " not in key or count + terms.title[key] < PHRASE_MIN_COUNT:
            continue
        words = key.split(" ")
        apart = min(terms.body[words[0]], terms.body[words[-1]])
        if _is_known(key, stats) or count >= COHESION * apart:
            found.add(key)
    return found


def _pick_terms(text: str, title: str, stats: TermStats, *, minimum: int, maximum: int) -> tuple[str, ...]:
    """Best terms, no two sharing a word, until ``maximum`` or the score falls off."""
    terms = _count_terms(text, title)
    cohesive = _cohesive_phrases(terms, stats)
    scored = _rank_terms(terms, stats, cohesive)
    expansions: dict[str, str] = {}  # "تحالف" → "تحالف دولي", the best cohesive phrase it heads
    for _, key in scored:
        if key.count(" ") == 1 and key in cohesive:
            expansions.setdefault(key.split(" ")[0], key)
    longer: dict[str, list[str]] = {}  # two-word key → three-word keys that start with it
    for gram in terms.body:
        if gram.count(" ") == 2:
            longer.setdefault(gram.rsplit(" ", 1)[0], []).append(gram)
    chosen: list[str] = []
    used: set[str] = set()
    best = scored[0][0] if scored else 0.0
    for score, key in scored:
        if len(chosen) >= maximum or (len(chosen) >= minimum and score < SCORE_FLOOR * best):
            break
        phrase = expansions.get(key)
        if phrase and terms.body[phrase] >= EXPAND_SHARE * terms.body[key]:
            key = phrase  # "التحالف" stands for "التحالف الدولي" in this article
        key = _whole_phrase(key, terms, longer)  # "قمة مجموعة" is always "قمة مجموعة السبع" here
        words = [_bare(w) for w in key.split(" ")]
        if not all(_ARABIC_LETTER_RE.search(w) for w in words):
            continue  # Latin words in Arabic news are code, links or credits ("alert", "http"), not subjects
        if not used.intersection(words):
            chosen.append(key)
            used.update(words)
    forms = (_surface_form(key, terms) for key in chosen)
    return tuple(form for form in forms if not _is_cut_phrase(form, stats))


def _whole_phrase(key: str, terms: _ArticleTerms, longer: dict[str, list[str]]) -> str:
    """A two-word term that (nearly) always continues with the same word becomes the three-word one."""
    if key.count(" ") != 1:
        return key
    count = terms.body[key]
    for gram in sorted(longer.get(key, ()), key=lambda g: (-terms.body[g], g)):
        if terms.body[gram] >= WHOLE_SHARE * count:
            return gram
    return key


def _is_cut_phrase(form: str, stats: TermStats) -> bool:
    """A phrase cut out of a longer one: it ends (or starts) on a preposition fused to a word.

    "السوري لحقوق" (from "المرصد السوري لحقوق الإنسان") ends on "لـ" + "حقوق"
    (for + rights): the name goes on after it. A word whose rest is itself a
    word of the archive ("حقوق") is read as preposition + word; "لبنان" is not.
    """
    words = form.split()
    if len(words) < 2:
        return False
    return any(_has_fused_preposition(word, stats) for word in (words[0], words[-1]))


def _has_fused_preposition(word: str, stats: TermStats) -> bool:
    if len(word) < 4 or word[0] not in _PREPOSITIONS or word.startswith(_LIL):
        return False
    rest = _analyse_word(word[1:])
    return bool(rest.key) and stats.frequencies.get(rest.key, 0) > 0


def _surface_form(key: str, terms: _ArticleTerms) -> str:
    """The commonest spelling of a term key in the article: "حزب الله", not its folded key."""
    words = [_bare(w) for w in key.split(" ")]
    size = len(words)
    forms: Counter[str] = Counter()
    for source in terms.sources:
        for i in source.positions().get(words[0], ()):
            codes = source.codes[i : i + size]
            if source.bare[i : i + size] == words and all(c[0] != _BREAK for c in codes[1:]):
                tokens = source.tokens[i : i + size]
                forms[" ".join(map(_display, tokens, codes))] += 1
    if not forms:
        return " ".join(words)
    top = max(forms.values())
    return min((form for form, n in forms.items() if n == top), key=sort_key)


def _display(surface: str, code: str) -> str:
    """A word as a tag shows it: fused proclitics off, the article kept ("بالتحالف" → "التحالف")."""
    word = _analyse_word(surface)
    if word.has_proclitic:
        return word.display
    for shorter in _proclitic_candidates(surface):
        if shorter.key == _bare(code) != word.key:
            return shorter.display  # "لداعش" read as "داعش"
    return surface


def automatic_tags(text: str, stats: TermStats, *, minimum: int = 3, maximum: int = 7) -> tuple[str, ...]:
    """Key terms of ``text`` against the archive, best first, in their commonest spelling.

    Fewer than ``minimum`` only when the text has fewer distinct terms.
    """
    return _pick_terms(text, "", stats, minimum=minimum, maximum=maximum)


def assign_tags(
    text: str,
    *,
    title: str,
    stated: tuple[str, ...],
    vocabulary: TagVocabulary,
    stats: TermStats | None,
) -> tuple[str, ...]:
    """Stated tags, then declared ones; automatic key terms (title weighs more) fill up to three."""
    tags = [*stated, *declared_tags(f"{title}\n{text}", vocabulary)]
    if len(tags) < 3 and stats is not None:
        automatic = _pick_terms(text, title, stats, minimum=3, maximum=MAX_TAGS)
        # A key term that is a declared tag's variant ("الدولة الإسلامية" for "داعش") adds nothing.
        tags += [term for term in automatic if not declared_tags(term, vocabulary)][: MAX_TAGS - len(tags)]
    seen: set[str] = set()
    unique: list[str] = []
    for tag in tags:
        tag = " ".join(tag.split())
        folded = fold_arabic(tag)
        if tag and folded not in seen:
            seen.add(folded)
            unique.append(tag)
    return tuple(unique[:MAX_TAGS])
