import datetime as dt

import pytest

from generator.body import markdown_to_html
from generator.model import Article, Block
from generator.to_markdown import article_to_markdown, blocks_to_markdown, escape_markdown


@pytest.mark.parametrize(
    "line, visible",
    [
        ("# أورينت #سوريا", "# أورينت #سوريا"),
        ("1. البند الأول من البيان", "1. البند الأول من البيان"),
        ("- بند بشرطة", "- بند بشرطة"),
        ("> قال الوزير", "&gt; قال الوزير"),
        ("* خدمة «نيويورك تايمز»", "* خدمة «نيويورك تايمز»"),
        ("+ زائد", "+ زائد"),
        ("<script>alert('x')</script> نص", "&lt;script&gt;alert('x')&lt;/script&gt; نص"),
        ("الأرباح & الخسائر", "الأرباح &amp; الخسائر"),
        ("اقرأ [هنا](http://x.y) الآن", "اقرأ [هنا](http://x.y) الآن"),
        ("كلمة _مائلة_ و*نجمة*", "كلمة _مائلة_ و*نجمة*"),
        ("مسار C:\\temp\\ و `رمز`", "مسار C:\\temp\\ و `رمز`"),
        ("---", "---"),
        ("&amp; مكتوبة", "&amp;amp; مكتوبة"),
    ],
)
def test_dump_text_renders_literally(line, visible):
    html = markdown_to_html(escape_markdown(line))
    assert html == f"<p>{visible}</p>"
    assert "<script" not in html and "<a " not in html and "<em>" not in html


def test_blocks_become_headings_quotes_and_tight_lists():
    blocks = (
        Block("paragraph", "فقرة أولى.", 3),
        Block("heading", "عنوان فرعي", 5),
        Block("list_item", "أول", 6),
        Block("list_item", "ثان", 7),
        Block("quote", "اقتباس", 8),
    )
    assert blocks_to_markdown(blocks) == "فقرة أولى.\n\n## عنوان فرعي\n\n- أول\n- ثان\n\n> اقتباس\n"


def test_article_front_matter_has_fixed_keys_and_null_date():
    article = Article(
        title='التحالف يكشف مصير "قافلة داعش"',
        slug="التحالف-يكشف",
        date=None,
        date_source=None,
        tags=("داعش",),
        outlet="أورينت نت",
        url=None,
        source_dump="000_x.txt",
        source_sha256="ab" * 32,
        blocks=(Block("paragraph", "نص.", 3),),
    )
    text = article_to_markdown(article)
    head = text.split("---\n")[1]
    assert [line.split(":")[0] for line in head.splitlines() if not line.startswith((" ", "-"))] == [
        "title",
        "slug",
        "date",
        "date_source",
        "tags",
        "outlet",
        "url",
        "source",
    ]
    assert "date: null\n" in head
    assert "source:\n  dump: 000_x.txt\n  sha256: " + "ab" * 32 in head
    dated = article_to_markdown(
        Article(**{**{f: getattr(article, f) for f in article.__dataclass_fields__}, "date": dt.date(2018, 5, 21)})
    )
    assert "date: 2018-05-21\n" in dated
