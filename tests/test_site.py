"""Focused integration: tiny sites declared inline, built into tmp_path."""

import re

import pytest

from generator.pipeline import run_build
from tests.sitekit import article, make_site, read

LOREM = "قال المتحدث باسم التحالف الدولي إن القافلة عبرت الصحراء. وأضاف أن الطائرات انسحبت."


def site_with(tmp_path, n, **settings):
    files = {}
    for i in range(1, n + 1):
        month = (i % 12) + 1
        files[f"content/articles/a{i:03d}.md"] = article(
            f"المقال رقم {i}", LOREM, date=f"2018-{month:02d}-{(i % 27) + 1:02d}", tags=["سوريا"], slug=f"a{i:03d}"
        )
    return make_site(tmp_path, files, **settings)


def test_every_page_is_rtl_arabic(tmp_path):
    config = site_with(tmp_path, 3)
    result = run_build(config)
    assert result.errors == () and result.pages == 3
    out = config.path("public")
    htmls = sorted(out.rglob("*.html"))
    assert len(htmls) >= 10
    for path in htmls:
        assert '<html lang="ar" dir="rtl">' in path.read_text(encoding="utf-8"), path


def test_home_is_newest_first_and_paginated_at_boundary(tmp_path):
    config = site_with(tmp_path, 21, per_page=10)
    run_build(config)
    first = read(config, "index.html")
    titles = re.findall(r'<h2><a href="[^"]+">([^<]+)</a></h2>', first)
    assert len(titles) == 10
    assert (config.path("public") / "page/3/index.html").exists()
    assert not (config.path("public") / "page/4/index.html").exists()
    assert len(re.findall(r"<h2><a ", read(config, "page/3/index.html"))) == 1
    assert 'rel="next" href="page/2/"' in first
    assert 'rel="prev" href="../../"' in read(config, "page/2/index.html")


def test_dates_use_site_locale_months(tmp_path):
    files = {"content/articles/a.md": article("مقال", LOREM, date="2018-08-21", slug="a")}
    config = make_site(tmp_path, files, locale="ar_SY")
    run_build(config)
    assert "21 آب 2018" in read(config, "articles/a/index.html")
    assert "آب 2018" in read(config, "archive/2018/08/index.html")
    config_eg = make_site(tmp_path / "eg", files, locale="ar_EG", digits="arabic")
    run_build(config_eg)
    assert "٢١ أغسطس ٢٠١٨" in read(config_eg, "articles/a/index.html")


@pytest.mark.parametrize(
    "n, text",
    [(1, "مقال واحد"), (2, "مقالان"), (3, "3 مقالات"), (10, "10 مقالات"), (11, "11 مقالاً"), (100, "100 مقال")],
)
def test_counts_use_arabic_plural_forms(tmp_path, n, text):
    config = site_with(tmp_path, n, per_page=200)
    run_build(config)
    assert f"({text})" in read(config, "tags/index.html")


def test_tags_index_and_term_pages(tmp_path):
    files = {
        "content/articles/a.md": article("أ", LOREM, date="2018-01-02", tags=["داعش", "حزب الله"], slug="a"),
        "content/articles/b.md": article("ب", LOREM, date="2018-03-04", tags=["داعش"], slug="b"),
    }
    config = make_site(tmp_path, files)
    run_build(config)
    index = read(config, "tags/index.html")
    assert 'داعش</a> <span class="count">(مقالان)' in index
    assert 'حزب الله</a> <span class="count">(مقال واحد)' in index
    term = read(config, "tags/داعش/index.html")
    assert term.index(">ب</a>") < term.index(">أ</a>")  # newest first
    assert (config.path("public") / "tags/داعش/feed.xml").exists()


def test_archive_has_years_months_and_undated_section(tmp_path):
    files = {
        "content/articles/a.md": article("أ", LOREM, date="2017-12-31", slug="a"),
        "content/articles/b.md": article("ب", LOREM, date="2018-01-01", slug="b"),
        "content/articles/c.md": article("ج بلا تاريخ", LOREM, slug="c"),
    }
    config = make_site(tmp_path, files, locale="ar_SY")
    run_build(config)
    archive = read(config, "archive/index.html")
    assert archive.index("2018") < archive.index("2017")
    assert "كانون الثاني 2018" in archive and "كانون الأول 2017" in archive
    assert "مقالات بلا تاريخ" in archive
    assert "ج بلا تاريخ" in read(config, "archive/undated/index.html")
    assert "ج بلا تاريخ" not in read(config, "archive/2018/index.html")


def test_links_are_relative_and_portable_mode_adds_index_html(tmp_path):
    config = site_with(tmp_path, 2)
    run_build(config)
    page = read(config, "articles/a001/index.html")
    assert 'href="../../static/style.css"' in page and 'href="../../tags/"' in page
    assert not re.search(r'href="/(?!/)', page)
    portable = site_with(tmp_path / "p", 2, portable=True)
    run_build(portable)
    page = read(portable, "articles/a001/index.html")
    assert 'href="../../tags/index.html"' in page and 'href="../../index.html"' in page


def test_builds_are_byte_identical(tmp_path):
    config = site_with(tmp_path, 5)
    run_build(config)
    first = {
        p.relative_to(config.path("public")): p.read_bytes() for p in config.path("public").rglob("*") if p.is_file()
    }
    run_build(config)
    second = {
        p.relative_to(config.path("public")): p.read_bytes() for p in config.path("public").rglob("*") if p.is_file()
    }
    assert first == second


def test_bad_file_is_reported_and_the_rest_still_builds(tmp_path):
    config = site_with(tmp_path, 2)
    bad = config.path("content/articles/bad.md")
    bad.write_text("---\ntitle: [unclosed\n---\n\nنص\n", encoding="utf-8")
    result = run_build(config)
    assert len(result.errors) == 1 and str(result.errors[0]).startswith(f"{bad}:2:")
    assert result.pages == 2 and (config.path("public") / "articles/a002/index.html").exists()


def test_failed_render_leaves_previous_output_untouched(tmp_path):
    config = site_with(tmp_path, 2)
    run_build(config)
    before = read(config, "index.html")
    config.path("templates/home.html").write_text("{{ missing_variable }}", encoding="utf-8")
    from generator.errors import SourceError

    with pytest.raises(SourceError, match="templates/home.html:1"):
        run_build(config)
    assert read(config, "index.html") == before
    leftovers = [p.name for p in config.path("").iterdir() if "staging" in p.name]
    assert leftovers == []


def test_feed_and_sitemap_with_base_url(tmp_path):
    import feedparser

    config = site_with(tmp_path, 3, base_url="https://archive.example.org/sub/")
    run_build(config)
    feed = feedparser.parse(read(config, "feed.xml"))
    assert not feed.bozo
    links = [e.link for e in feed.entries]
    assert len(set(e.id for e in feed.entries)) == 3
    assert all(link.startswith("https://archive.example.org/sub/articles/") for link in links)
    assert "<loc>https://archive.example.org/sub/articles/a001/</loc>" in read(config, "sitemap.xml")
    assert "Sitemap: https://archive.example.org/sub/sitemap.xml" in read(config, "robots.txt")


def test_a_sitemap_past_the_protocols_limit_becomes_an_index_of_sitemaps(tmp_path, monkeypatch):
    """50,000 addresses per file (sitemaps.org): a 100,000-article archive gets several, and an index."""
    import re
    import xml.etree.ElementTree as ET

    import generator.render

    whole = site_with(tmp_path / "whole", 7, base_url="https://archive.example.org/sub/")
    run_build(whole)
    single = re.findall(r"<loc>(.*?)</loc>", read(whole, "sitemap.xml"))
    monkeypatch.setattr(generator.render, "SITEMAP_MAX_URLS", 5)
    config = site_with(tmp_path / "split", 7, base_url="https://archive.example.org/sub/")
    run_build(config)
    index = ET.fromstring(read(config, "sitemap.xml"))
    ns = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
    assert index.tag == f"{ns}sitemapindex"
    parts = [loc.text for loc in index.iter(f"{ns}loc")]
    assert parts == [f"https://archive.example.org/sub/sitemap-{n}.xml" for n in range(1, len(parts) + 1)]
    assert len(parts) == -(-len(single) // 5) >= 3
    listed = []
    for n in range(1, len(parts) + 1):
        urlset = ET.fromstring(read(config, f"sitemap-{n}.xml"))
        assert urlset.tag == f"{ns}urlset"
        listed += [loc.text for loc in urlset.iter(f"{ns}loc")]
        assert len(listed) <= 5 * n
    assert listed == single  # every address once, in the same order
    assert "Sitemap: https://archive.example.org/sub/sitemap.xml" in read(config, "robots.txt")


def test_hijri_date_beside_gregorian_when_asked(tmp_path):
    files = {"content/articles/a.md": article("مقال", LOREM, date="2018-08-21", slug="a")}
    plain = make_site(tmp_path, files, locale="ar_SY")
    run_build(plain)
    assert "ذو الحجة" not in read(plain, "articles/a/index.html")
    hijri = make_site(tmp_path / "h", files, locale="ar_SY", hijri=True, digits="arabic")
    run_build(hijri)
    assert "(١٠ ذو الحجة ١٤٣٩ هـ)" in read(hijri, "articles/a/index.html")


def test_heading_anchors_keep_arabic_letters(tmp_path):
    body = "فقرة أولى.\n\n## قافلةُ داعش تجاوزت قوات النظام\n\nفقرة ثانية.\n"
    config = make_site(tmp_path, {"content/articles/a.md": article("مقال", body, date="2018-08-21", slug="a")})
    run_build(config)
    page = read(config, "articles/a/index.html")
    assert '<h2 id="قافلة-داعش-تجاوزت-قوات-النظام">' in page
    assert 'id="_1"' not in page


def test_article_page_has_provenance_reading_time_and_json_ld(tmp_path):
    import json

    files = {
        "content/articles/a.md": article(
            "مقال المصدر",
            LOREM * 30,
            date="2018-08-21",
            slug="a",
            outlet="أورينت نت",
            url="https://example.org/x",
            source="{dump: 000_x.txt, sha256: " + "ab" * 32 + "}",
        ),
        "content/articles/b.md": article("مقال بلا بصمة", LOREM, slug="b", source="{dump: 001_y.txt, sha256: ab}"),
    }
    config = make_site(tmp_path, files, locale="ar_SY")
    run_build(config)
    page = read(config, "articles/a/index.html")
    assert "000_x.txt" in page and "أورينت نت" in page and 'href="https://example.org/x"' in page
    assert f'<code dir="ltr">{"ab" * 32}</code>' in page  # the dump's SHA-256 beside its name
    unhashed = read(config, "articles/b/index.html")  # "sha256: ab" is not a hash: not shown
    assert "001_y.txt" in unhashed and "SHA-256" not in unhashed
    assert "وقت القراءة: 4 دقائق" in page  # 2,100 letters at 612 a minute: 3.4, rounded up
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', page).group(1))
    assert data["@type"] == "NewsArticle" and data["inLanguage"] == "ar" and data["datePublished"] == "2018-08-21"
    assert '<meta name="description" content="قال المتحدث باسم التحالف الدولي إن القافلة عبرت الصحراء.">' in page


@pytest.mark.parametrize(
    "n, western, eastern",
    [
        (0, "لا مقالات", "لا مقالات"),
        (1, "مقال واحد", "مقال واحد"),
        (2, "مقالان", "مقالان"),
        (3, "3 مقالات", "٣ مقالات"),
        (11, "11 مقالاً", "١١ مقالاً"),
        (100, "100 مقال", "١٠٠ مقال"),
        (102, "102 مقال", "١٠٢ مقال"),
        (1003, "1003 مقالات", "١٠٠٣ مقالات"),
    ],
)
def test_count_covers_all_six_cldr_plural_categories(n, western, eastern):
    from generator.config import SiteConfig
    from generator.render import Formatter

    assert Formatter(SiteConfig(locale="ar")).count(n) == western
    assert Formatter(SiteConfig(locale="ar_EG", digits="arabic")).count(n) == eastern


def test_tag_feeds_are_valid_atom_with_unique_ids(tmp_path):
    import feedparser

    config = site_with(tmp_path, 12)
    run_build(config)
    feed = feedparser.parse(read(config, "tags/سوريا/feed.xml"))
    assert not feed.bozo and feed.feed.title.endswith("سوريا")
    ids = [entry.id for entry in feed.entries]
    assert len(ids) == 12 and len(set(ids)) == 12
    assert all(entry.link.startswith("../../articles/") for entry in feed.entries)
