from hypothesis import given
from hypothesis import strategies as st

from generator.arabic import strip_tashkeel, strip_tatweel
from generator.slugs import is_valid_slug, slug_for

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
