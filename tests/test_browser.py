"""What a reader sees, in a real headless Chromium (Debian's) driven by Playwright.

Search runs against the real Pagefind index of a site served on 127.0.0.1.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.pipeline import run_build
from tests.sitekit import article, make_site, serve_folder
from tests.test_serve import server  # noqa: F401 (the live preview's fixture: `warraq serve` on a small site)

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

ARTICLES = {
    "content/articles/assad.md": article(
        "قوات الأسد تتقدم في ريف دمشق",
        "قالت مصادر ميدانية إن قوات الأسد تقدمت نحو بلدات الغوطة الشرقية. وأضافت المصادر أن المعارك مستمرة.",
        date="2018-02-20",
        tags=["سوريا"],
        slug="assad",
    ),
    "content/articles/daesh.md": article(
        "قافلة داعش تعبر الصحراء",
        "كشف التحالف الدولي أن قافلة تنظيم داعش عبرت البادية السورية. وتابعت طائرات الاستطلاع حركة الحافلات.",
        date="2017-09-08",
        tags=["داعش"],
        slug="daesh",
    ),
    "content/articles/school.md": article(
        "افتتاح مدرسة جديدة في المدينة",
        "افتُتِحَت المدرسةُ الجديدة أمس بحضور الأهالي. وقال المدير إن المدرسة تستقبل خمسمئة طالب.",
        date="2016-03-01",
        tags=["تعليم"],
        slug="school",
    ),
}


@pytest.fixture(scope="module")
def site_url(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("browser")
    config = make_site(tmp, ARTICLES, search=True, locale="ar_SY")
    result = run_build(config)
    assert result.search_indexed
    with serve_folder(config.path("public")) as base:
        yield base, Path(config.path("public"))


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium is not installed: run `make test` (it installs it) or scripts/ensure-browser.sh")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS, headless=True)
        yield b
        b.close()


def search_titles(browser, base: str, query: str) -> list[str]:
    """Titles the search page finds for ``query``: its query normalisation, then Pagefind's JS API (awaited)."""
    page = browser.new_page()
    try:
        page.goto(base + "search/")
        return page.evaluate(
            """async (query) => {
                const pagefind = await import("../pagefind/pagefind.js");
                await pagefind.init();
                const search = await pagefind.search(window.warraqNormalizeQuery(query));
                const data = await Promise.all(search.results.map((r) => r.data()));
                return data.map((d) => d.meta.title);
            }""",
            query,
        )
    finally:
        page.close()


def test_pages_read_right_to_left(browser, site_url):
    base, _ = site_url
    page = browser.new_page()
    page.goto(base + "articles/assad/")
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    assert page.evaluate("document.documentElement.lang") == "ar"
    heading = page.locator("h1").bounding_box()
    width = page.viewport_size["width"]
    assert heading["x"] + heading["width"] > width / 2  # the title starts at the right
    page.close()


@pytest.mark.parametrize(
    "query, expected",
    [
        ("الأسد", "قوات الأسد تتقدم في ريف دمشق"),
        ("داعش", "قافلة داعش تعبر الصحراء"),
    ],
)
def test_search_finds_exact_words(browser, site_url, query, expected):
    base, _ = site_url
    assert expected in search_titles(browser, base, query)


@pytest.mark.parametrize(
    "query, expected",
    [
        ("الاسد", "قوات الأسد تتقدم في ريف دمشق"),  # hamza dropped
        ("مدرسه", "افتتاح مدرسة جديدة في المدينة"),  # ta marbuta typed as ha
        ("المَدْرَسَة", "افتتاح مدرسة جديدة في المدينة"),  # diacritics typed
        ("مدرســة", "افتتاح مدرسة جديدة في المدينة"),  # tatweel typed
        ("وداعش", "قافلة داعش تعبر الصحراء"),  # conjunction prefix
        ("والأسد", "قوات الأسد تتقدم في ريف دمشق"),  # conjunction before the article
        ("فالصحراء", "قافلة داعش تعبر الصحراء"),
    ],
)
def test_search_forgives_arabic_spelling(browser, site_url, query, expected):
    base, _ = site_url
    assert expected in search_titles(browser, base, query)


def test_header_search_form_leads_to_results(browser, site_url):
    base, _ = site_url
    page = browser.new_page()
    page.goto(base + "articles/daesh/")
    page.fill("#q-header", "الأسد")
    page.press("#q-header", "Enter")
    page.wait_for_selector(".pagefind-ui__result-title", timeout=15_000)
    assert "قوات الأسد" in page.locator(".pagefind-ui__result-title").first.text_content()
    page.close()


def test_without_javascript_search_says_so_and_articles_read(browser, site_url):
    base, _ = site_url
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(base + "search/")
    assert "يحتاج إلى تفعيل JavaScript" in page.locator("main").inner_text()
    page.goto(base + "articles/daesh/")
    assert "عبرت البادية السورية" in page.locator("article").inner_text()
    page.goto(base)
    page.click("text=قافلة داعش تعبر الصحراء")
    assert page.url.endswith("/articles/daesh/")
    context.close()


def test_search_does_not_match_unrelated_words(browser, site_url):
    base, _ = site_url
    assert search_titles(browser, base, "برتقال") == []
    assert "افتتاح مدرسة جديدة في المدينة" not in search_titles(browser, base, "داعش")


def test_live_preview_reloads_the_open_page_after_a_save(browser, server):  # noqa: F811 (the fixture, imported)
    """`warraq serve` (the real livereload server): an article saved while its page is open in
    Chromium shows its new text there without the reader reloading: livereload's script does."""
    config, base = server
    page = browser.new_page()
    try:
        page.goto(base + "articles/a/")
        assert "النص القديم" in page.inner_text("main")
        path = config.path("content/articles/a.md")
        path.write_text(path.read_text(encoding="utf-8").replace("النص القديم", "النص الجديد"), encoding="utf-8")
        page.wait_for_function("() => document.body.innerText.includes('النص الجديد')", timeout=10_000)
        assert "النص القديم" not in page.inner_text("main")
    finally:
        page.close()
