import pytest

from generator.slugs import is_valid_slug, slug_for, unique_slug


@pytest.mark.parametrize(
    "title, slug",
    [
        ("مُحَمَّد في دِمَشْق", "محمد-في-دمشق"),
        ("محـــمد", "محمد"),
        ("كتاب\u200cات", "كتابات"),
        ("٢٠١٨ عام الحسم", "2018-عام-الحسم"),
        ('التحالف يكشف مصير "قافلة داعش"', "التحالف-يكشف-مصير-قافلة-داعش"),
        ("Trump و«بوتين»", "trump-و-بوتين"),
        ("؟؟!!", "article"),
    ],
)
def test_slug_for_keeps_arabic_and_drops_marks(title, slug):
    assert slug_for(title) == slug


def test_slug_is_cut_at_a_word_boundary():
    slug = slug_for(" ".join(["كلمة"] * 40))
    assert len(slug) <= 80 and slug.endswith("كلمة") and is_valid_slug(slug)


def test_ascii_style_transliterates():
    assert slug_for("حزب الله", style="ascii").isascii()


def test_unique_slug_is_deterministic():
    taken = {"a"}
    first = unique_slug("a", taken, "dump-1.txt")
    assert first != "a" and first == unique_slug("a", taken, "dump-1.txt")
    assert unique_slug("b", taken, "x") == "b"
