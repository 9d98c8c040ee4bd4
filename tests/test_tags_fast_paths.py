"""The shortcuts behind fast automatic tags give what the plain computation gives.

Counts kept in step while proclitics are read off, the few recurring pairs
counted instead of all, word shapes read once per word, readings of only the
new words of an article: each is checked against a recount on Arabic text.
"""

from __future__ import annotations

import pickle
import textwrap
from collections import Counter

import pytest

from generator.keyterms import _Article, _verb_shape, key_terms
from generator.tags import assign_tags, count_encoded_documents, encode_article, term_stats_from_counts
from generator.wordkeys import _pairs, first_readings, word_id

ARCHIVE = [
    (
        "التحالف يكشف مصير قافلة داعش",
        textwrap.dedent("""\
            كشف التحالف الدولي أن قوات النظام لم تتعرض لقافلة داعش التي خرجت من لبنان.
            وقال التحالف الدولي إن داعش نقل عناصره بموجب اتفاق مع حزب الله.
            وأضاف أن حزب الله ولداعش اتفاقا سابقا، وأن التحالف الدولي يراقب القافلة.
        """),
    ),
    (
        "غارات على مواقع لداعش في دير الزور",
        textwrap.dedent("""\
            شن التحالف الدولي غارات على مواقع لداعش في دير الزور.
            وقال مسؤول إن داعش خسر مواقع في دير الزور، وإن لداعش جيوبا في البادية.
            ولداعش مقاتلون في القلمون، ويقاتلهم حزب الله في جرود القلمون.
        """),
    ),
    (
        "أسعار النفط ترتفع",
        textwrap.dedent("""\
            ارتفعت أسعار النفط بعد قرار منظمة أوبك خفض الإنتاج، وقال الوزير إن أسعار النفط ستبقى مستقرة.
            وتتابع منظمة أوبك السوق مستقبلا، وقال تاجر إن التاجر يعرف أن أسعار النفط تتأثر بالطلب، وإننا نعرف ذلك.
        """),
    ),
]


def _archive_stats(articles: list[tuple[str, str]]):
    """Statistics as the import makes them: counted from encoded texts, readings from the first spelling."""
    encoded = [encode_article(title, body) for title, body in articles]
    readings: dict = {}
    first_readings((text for pair in encoded for text in pair), readings)
    documents, counts = count_encoded_documents(encoded)
    return pickle.loads(pickle.dumps(term_stats_from_counts(documents, counts, readings)))  # as a worker gets it


@pytest.fixture(scope="module")
def stats():
    return _archive_stats(ARCHIVE)


@pytest.mark.parametrize(("title", "body"), ARCHIVE)
def test_counts_stay_in_step_when_proclitics_are_read_off(stats, title: str, body: str) -> None:
    title_text, body_text = encode_article(title, body)
    article = _Article(body_text, title_text, stats)
    assert article.words == Counter(i for i in article.body.ids if i)  # recounted after "لداعش" → "داعش"
    assert article.title_words == Counter(i for i in article.title.ids if i)
    all_pairs = Counter(_pairs(article.body.ids, article.body.lids))
    recurring = {p for p, n in all_pairs.items() if n > 1} | (set(article.title_pairs) & set(all_pairs))
    assert {p: article.pairs[p] for p in recurring} == {p: all_pairs[p] for p in recurring}
    assert set(article.pairs) >= recurring


def test_lidaesh_is_read_as_daesh_and_counted_with_it(stats) -> None:
    title, body = ARCHIVE[1]
    title_text, body_text = encode_article(title, body)
    article = _Article(body_text, title_text, stats)
    daesh = word_id("داعش")
    assert article.words[daesh] == 3  # "داعش" once, "لداعش" (for Daesh) twice
    assert article.title_words[daesh] == 1
    assert article.display((daesh,)) == "داعش"


def test_a_reading_read_further_counts_once() -> None:
    """ "ولداعش" reads as "لداعش", which itself reads as "داعش": each count moves one step only."""
    articles = [("لداعش", "ولداعش مقاتلون. لداعش مواقع. داعش ينسحب."), ("خبر", "ولداعش لداعش داعش")]
    stats = _archive_stats(articles)
    title_text, body_text = encode_article(*articles[0])
    article = _Article(body_text, title_text, stats)
    assert article.words == Counter(i for i in article.body.ids if i)
    assert article.title_words == Counter(i for i in article.title.ids if i)


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("انسحبوا", True),  # they withdrew
        ("اختلطت", True),  # it got mixed up
        ("يستحق", True),  # he deserves
        ("سترتفع", True),  # it will rise
        ("تبادلا", True),  # they two exchanged
        ("اردن", False),  # Jordan
        ("تحالف", False),  # coalition: "ت" + a stem whose other persons are no words
    ],
)
def test_verb_shapes_by_the_key_alone(key: str, expected: bool) -> None:
    assert (_verb_shape(key) is True) == expected


def test_an_imperfect_with_ta_needs_two_other_persons_in_the_archive(stats) -> None:
    """ "تعرف" is a verb here: "يعرف" and "نعرف" occur (the oil article)."""
    persons = _verb_shape("تعرف")
    assert isinstance(persons, tuple) and word_id("يعرف") in persons and word_id("نعرف") in persons
    title_text, body_text = encode_article("تعرف الأسواق", "تعرف الأسواق أن تعرف الأسعار")
    article = _Article(body_text, title_text, stats)
    assert article.is_verb(word_id("تعرف"))
    assert not article.is_verb(word_id("اسواق"))


def test_first_readings_of_only_new_words_match_a_full_pass() -> None:
    texts = [text for pair in (encode_article(t, b) for t, b in ARCHIVE) for text in pair]
    whole: dict = {}
    first_readings(texts, whole)
    stepwise: dict = {}
    first_readings(texts[:2], stepwise)  # most words of the next texts are new
    first_readings(texts[2:4], stepwise)
    first_readings(texts, stepwise)  # the few new ones are looked up one by one
    assert stepwise == whole
    assert whole[word_id("لداعش")] == ((word_id("داعش"), "داعش"),)  # "ل" + "داعش"


def test_key_terms_of_the_coalition_article(stats) -> None:
    title, body = ARCHIVE[0]
    tags = key_terms(*reversed(encode_article(title, body)), stats)
    assert {"التحالف الدولي", "داعش", "حزب الله"} <= set(tags), tags
    assert not {"لداعش", "لقافلة", "اتفاقا"} & set(tags), tags


def test_tags_do_not_depend_on_how_the_archive_is_split() -> None:
    """Two workers count halves of the archive; their sums give the tags one process gives."""
    encoded = [encode_article(title, body) for title, body in ARCHIVE]
    documents, counts = count_encoded_documents(encoded)
    first, second = count_encoded_documents(encoded[:1]), count_encoded_documents(encoded[1:])
    assert first[0] + second[0] == documents and first[1] + second[1] == counts
    one = _archive_stats(ARCHIVE)
    for title, body in ARCHIVE:
        tags = assign_tags(body, title=title, stated=(), vocabulary=_empty(), stats=one)
        again = assign_tags(body, title=title, stated=(), vocabulary=_empty(), stats=pickle.loads(pickle.dumps(one)))
        assert tags == again and 3 <= len(tags) <= 7


def _empty():
    from generator.tags import TagVocabulary

    return TagVocabulary()


def test_lam_words_are_read_as_with_text_statistics() -> None:
    """As the import counts (encoded texts, readings from the first spelling):
    "للجنة" is read as "لجنة", "للحكومة" as "الحكومة"."""
    from tests.test_tags import LAM_ARTICLES

    articles = [*ARCHIVE, *(("", body) for body in LAM_ARTICLES)]
    stats = _archive_stats(articles)
    committee = key_terms(*reversed(encode_article("", LAM_ARTICLES[0])), stats)
    government = key_terms(*reversed(encode_article("", LAM_ARTICLES[2])), stats)
    assert {"اللجنة", "لجنة"} & set(committee) and not {"الجنة", "جنة"} & set(committee), committee
    assert "الحكومة" in government, government
