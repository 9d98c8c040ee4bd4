"""Slugs that keep Arabic letters: "مُحَمَّد في دِمَشْق" → "محمد-في-دمشق". Pure."""

from __future__ import annotations

import hashlib
import re
import unicodedata

from slugify import slugify, smart_truncate

from generator.arabic import strip_tashkeel, strip_tatweel, to_western_digits

MAX_SLUG_LENGTH = 80
_SLUG_OK_RE = re.compile(r"^[^\W_]+(?:-[^\W_]+)*$")

# Text python-slugify would only split into words: Arabic letters (without the
# marks and tatweel, stripped before), ASCII letters and digits, and punctuation
# that NFKC leaves alone and that starts no entity ("&"), quote ("'") or digit
# group (","). Every other character takes python-slugify's own path.
_WORD_CHARS = "\u0621-\u063a\u0641-\u064a0-9A-Za-z"  # hamza … ghain, feh … yeh; ASCII
_PUNCTUATION = ' !"#$%()*+-./:;<=>?@[\\]^`{|}~،؛؟«»٪–—“”‘’•'  # Arabic comma, semicolon, question mark, percent
_PLAIN_TEXT_RE = re.compile(f"[{_WORD_CHARS}{re.escape(_PUNCTUATION)}]*")
_WORD_RE = re.compile(f"[{_WORD_CHARS}]+")


def slug_for(text: str, *, style: str = "arabic", fallback: str = "article") -> str:
    """Make a URL slug; never empty, at most ~80 characters, cut at a word boundary.

    Diacritics and tatweel go first: python-slugify with allow_unicode=True
    would split a word at every haraka ("مُحَمَّد" → "م-ح-م-د").
    """
    # Format characters (ZWNJ, bidi marks) would split a word as well.
    if not text.isprintable():  # every Cf character is non-printable; most titles have none
        text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    cleaned = to_western_digits(strip_tatweel(strip_tashkeel(text)))
    if style != "ascii" and _PLAIN_TEXT_RE.fullmatch(cleaned):
        slug = _plain_slug(cleaned)
    else:
        slug = _slugify(cleaned, style)
    return slug or fallback


def _plain_slug(text: str) -> str:
    """``_slugify(text, "arabic")`` for text ``_PLAIN_TEXT_RE`` matches, ten times faster.

    Such text only splits into words: "مسلسل (تشللو) على MBC" → "مسلسل-تشللو-على-mbc".
    Headings and titles are slugged by the thousand; equality is tested on random text.
    """
    return smart_truncate("-".join(_WORD_RE.findall(text)).lower(), MAX_SLUG_LENGTH, True, "-", True)


def _slugify(text: str, style: str) -> str:
    slug = slugify(
        text,
        allow_unicode=style != "ascii",
        max_length=MAX_SLUG_LENGTH,
        word_boundary=True,
        save_order=True,
    )
    # python-slugify keeps "_" and marks like ZWNJ as word characters; keep letters/digits only.
    return "-".join(part for part in re.split(r"[\W_]+", slug) if part)


def is_valid_slug(slug: str) -> bool:
    return bool(_SLUG_OK_RE.match(slug))


def unique_slug(slug: str, taken: set[str], seed: str) -> str:
    """Return ``slug``, or ``slug-<6 hex of seed>`` if taken (deterministic)."""
    if slug not in taken:
        return slug
    digest = hashlib.sha256(seed.encode("utf-8")).hexdigest()
    for width in range(6, len(digest) + 1):
        candidate = f"{slug}-{digest[:width]}"
        if candidate not in taken:
            return candidate
    counter = 2
    while f"{slug}-{counter}" in taken:
        counter += 1
    return f"{slug}-{counter}"
