from hypothesis import given
from hypothesis import strategies as st

from generator.arabic import strip_tashkeel, strip_tatweel
from generator.slugs import _PLAIN_TEXT_RE, _PUNCTUATION, _plain_slug, _slugify, is_valid_slug, slug_for

ARABIC = st.text(
    alphabet=st.sampled_from(
        list("ابتثجحخدذرسشصضطظعغفقكلمنهويءأإآةى")
        + ["\u064e", "\u064f", "\u0650", "\u0651", "\u0652", "\u0640", " ", "-", "0", "٧", "A", "z", "\u200c"]
    ),
    max_size=120,
)


@given(ARABIC)
def test_slug_is_valid_and_non_empty(text):
    slug = slug_for(text)
    assert slug and is_valid_slug(slug) and len(slug) <= 80


@given(ARABIC)
def test_slug_is_idempotent(text):
    assert slug_for(slug_for(text)) == slug_for(text)


@given(ARABIC)
def test_slug_is_blind_to_tashkeel_and_tatweel(text):
    assert slug_for(text) == slug_for(strip_tatweel(strip_tashkeel(text)))
    assert "\u0640" not in slug_for(text) and strip_tashkeel(slug_for(text)) == slug_for(text)


# Text the fast path takes: Arabic letters, ASCII letters and digits, its punctuation;
# long enough to be cut at 80 characters.
PLAIN = st.text(
    alphabet=st.sampled_from(list("ابتثجحخدذرسشصضطظعغفقكلمنهويءأإآةىئؤ") + list("aZ09 ") + list(_PUNCTUATION)),
    max_size=200,
)


@given(PLAIN)
def test_plain_slug_is_python_slugify_s(text):
    assert _PLAIN_TEXT_RE.fullmatch(text)
    assert _plain_slug(text) == _slugify(text, "arabic")


@given(
    st.lists(st.sampled_from(["كلمة", "ب", "محمد", "A", "2018", "x" * 79, "ي" * 81, " ", "  ", "،", "-"]), max_size=60)
)
def test_plain_slug_cuts_where_python_slugify_does(parts):
    text = "".join(parts)
    assert _plain_slug(text) == _slugify(text, "arabic")


def test_plain_text_excludes_what_python_slugify_rewrites():
    for text in ("a&amp;b", "ب'ج", "1,000", "a_b", "ﻻ", "…", "ب\u0654", "١٢"):
        assert not _PLAIN_TEXT_RE.fullmatch(text)
