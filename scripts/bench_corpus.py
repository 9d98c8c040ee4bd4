"""Deterministic benchmark corpora for Warraq (shared by bench_build.py and bench_import.py).

Articles are recombined from the real article bodies in /work/shared/corpus/articles/*.jsonl
with a fixed seed; without that folder a deterministic generator of Arabic words stands in.
A corpus is written once per parameter set and reused: a ``.complete`` stamp holding the
parameters marks a finished folder, so an interrupted run is regenerated next time.

Markdown files carry YAML front matter (title, slug, date — about 1 in 7 null — and 1–4 tags
from a pool of 300 Arabic tags) that Warraq, Pelican (with a small YAML reader) and Hugo
all read unchanged.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import shutil
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
SHARED = Path("/work/shared/corpus")
SEED = 20240611
WORDS_PER_ARTICLE = 1100
TAG_POOL_SIZE = 300
UNDATED_SHARE = 1 / 7
CORPUS_VERSION = 1  # bump when the generated text changes

_WORD_RE = re.compile(r"^[\u0621-\u064A]{4,}$")


@dataclass(frozen=True, slots=True)
class Source:
    """The raw material: paragraphs, titles and a tag pool, plus where they came from."""

    paragraphs: tuple[str, ...]
    titles: tuple[str, ...]
    tags: tuple[str, ...]
    origin: str


@dataclass(frozen=True, slots=True)
class BenchArticle:
    slug: str
    title: str
    date: dt.date | None
    tags: tuple[str, ...]
    body: str


def compile_warraq() -> None:
    """Byte-compile Warraq's modules, as `make build` does (and a regular pip install would), so no
    timed run compiles source where PYTHONDONTWRITEBYTECODE keeps Python from saving bytecode."""
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "generator")], check=True)


def load_source() -> Source:
    """Paragraphs and titles of the shared corpus, or generated ones if it is missing."""
    files = sorted((SHARED / "articles").glob("*.jsonl"))
    if not files:
        return _generated_source()
    paragraphs: list[str] = []
    titles: list[str] = []
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            record = json.loads(line)
            titles.append(" ".join(record["title"].split()))
            paragraphs += [" ".join(p.split()) for p in record["body"].split("\n\n") if len(p.split()) >= 8]
    return Source(tuple(paragraphs), tuple(titles), _tag_pool(paragraphs), f"{len(files)} files in {SHARED}/articles")


def _generated_source() -> Source:
    rng = random.Random(SEED)
    letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"
    vocabulary = sorted({"".join(rng.choice(letters) for _ in range(rng.randint(3, 8))) for _ in range(5000)})

    def sentence(n: int) -> str:
        return " ".join(rng.choice(vocabulary) for _ in range(n))

    paragraphs = [sentence(rng.randint(30, 90)) + "." for _ in range(3000)]
    titles = [sentence(rng.randint(5, 10)) for _ in range(300)]
    return Source(tuple(paragraphs), tuple(titles), _tag_pool(paragraphs), "generated Arabic words (no shared corpus)")


def _tag_pool(paragraphs: list[str]) -> tuple[str, ...]:
    """The 300 most frequent plain Arabic words of five letters or more (letters only: same slug everywhere)."""
    counts = Counter(w for p in paragraphs for w in p.split() if _WORD_RE.match(w) and len(w) >= 5)
    ranked = sorted(counts, key=lambda w: (-counts[w], w))
    return tuple(ranked[:TAG_POOL_SIZE])


def make_article(source: Source, number: int) -> BenchArticle:
    """Article ``number`` of any corpus: the same article whatever the corpus size."""
    rng = random.Random(f"{SEED}-{number}")
    title = rng.choice(source.titles)
    words = re.findall(r"[^\W_]+", title)[:6] or ["مقال"]
    slug = "-".join([*words, str(number)])
    date = None
    if rng.random() >= UNDATED_SHARE:
        date = dt.date(2010, 1, 1) + dt.timedelta(days=rng.randrange(11 * 365))
    weights = [1 / (rank + 1) ** 0.8 for rank in range(len(source.tags))]
    tags: list[str] = []
    wanted = rng.randint(1, 4)
    while len(tags) < wanted:
        tag = rng.choices(source.tags, weights)[0]
        if tag not in tags:
            tags.append(tag)
    blocks: list[str] = []
    count = 0
    while count < WORDS_PER_ARTICLE:
        paragraph = rng.choice(source.paragraphs)
        if blocks and rng.random() < 0.12:
            blocks.append("## " + " ".join(paragraph.split()[:5]).rstrip(".،:؛"))
        blocks.append(paragraph)
        count += len(paragraph.split())
    return BenchArticle(slug, title, date, tuple(tags), "\n\n".join(blocks))


def article_markdown(article: BenchArticle) -> str:
    """YAML front matter (JSON-quoted strings are valid YAML) and the body."""
    date = article.date.isoformat() if article.date else "null"
    tags = "".join(f"\n  - {json.dumps(t, ensure_ascii=False)}" for t in article.tags)
    return (
        f"---\ntitle: {json.dumps(article.title, ensure_ascii=False)}\nslug: {article.slug}\n"
        f"date: {date}\ntags:{tags}\n---\n\n{article.body}\n"
    )


def markdown_corpus(size: int) -> Path:
    """bench/out/corpus/md-<size>/articles with ``size`` Markdown files; generated once."""
    folder = OUT / "corpus" / f"md-{size}"
    stamp = folder / ".complete"
    params = json.dumps({"version": CORPUS_VERSION, "seed": SEED, "size": size, "words": WORDS_PER_ARTICLE})
    articles = folder / "articles"
    if stamp.exists() and stamp.read_text() == params:
        return articles
    shutil.rmtree(folder, ignore_errors=True)
    articles.mkdir(parents=True)
    source = load_source()
    for number in range(size):
        article = make_article(source, number)
        (articles / f"{number:06d}.md").write_text(article_markdown(article), encoding="utf-8")
    stamp.write_text(params)
    return articles


def corpus_articles(size: int) -> list[BenchArticle]:
    """The articles of a corpus, in memory (for expected page counts)."""
    source = load_source()
    return [make_article(source, number) for number in range(size)]


def expected_counts(articles: list[BenchArticle], per_page: int) -> dict[str, int]:
    """What every generator should write for these articles, by page kind (first pages only)."""
    tags = Counter(t for a in articles for t in a.tags)
    dated = [a.date for a in articles if a.date]
    return {
        "articles": len(articles),
        "tags": len(tags),
        "tag pages (paginated)": sum(-(-n // per_page) for n in tags.values()),
        "years": len({d.year for d in dated}),
        "months": len({(d.year, d.month) for d in dated}),
        "undated": len(articles) - len(dated),
        "index pages": max(1, -(-len(articles) // per_page)),
    }


# ── raw dumps for the import benchmark ─────────────────────────────────────

_SENTENCE_END_RE = re.compile(r"(?<=[.!؟])\s+")


@dataclass(frozen=True, slots=True)
class DumpTemplate:
    """A dev dump cut around its article: lines before, the title, lines after."""

    name: str
    before: tuple[str, ...]
    after: tuple[str, ...]
    title: str


def load_templates() -> list[DumpTemplate]:
    """The UTF-8 dev dumps whose gold article can be located; a built-in wrapper without them."""
    templates = []
    for path in sorted((SHARED / "dumps").glob("*.txt")):
        gold_path = SHARED / "gold" / f"{path.stem}.json"
        try:
            lines = path.read_text(encoding="utf-8").lstrip("\ufeff").splitlines()
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError):
            continue
        template = _cut_template(path.name, lines, gold)
        if template:
            templates.append(template)
    return templates or [_builtin_template()]


def _cut_template(name: str, lines: list[str], gold: dict) -> DumpTemplate | None:
    blocks = [" ".join(b["text"].split()) for b in gold.get("blocks") or []]
    stripped = [" ".join(line.split()) for line in lines]
    if not blocks or blocks[0] not in stripped or blocks[-1] not in stripped:
        return None
    first = stripped.index(blocks[0])
    last = len(stripped) - 1 - stripped[::-1].index(blocks[-1])
    if last < first:
        return None
    return DumpTemplate(name, tuple(lines[:first]), tuple(lines[last + 1 :]), gold.get("title") or "")


def _builtin_template() -> DumpTemplate:
    menu = ["الرئيسية", "أخبار", "سياسة", "اقتصاد", "رياضة", "ثقافة", "منوعات", "{title}"]
    before = [*menu, "", "{title}", "", "شارك", "فيسبوك", "تويتر", "واتساب", ""]
    after = ["", "شارك", "فيسبوك", "تويتر", "", "الأكثر قراءة", "", "{title}", "التعليقات (2)", "مقال رائع",
             "", "من نحن", "اتصل بنا", "سياسة الخصوصية", "جميع الحقوق محفوظة © 2024"]  # fmt: skip
    return DumpTemplate("builtin", tuple(before), tuple(after), "{title}")


def dump_text(source: Source, templates: list[DumpTemplate], number: int, sentences: tuple[str, ...]) -> str:
    """Dump ``number``: a template's furniture around a fresh title and a body of recombined sentences.

    Sentences, not whole paragraphs, are recombined so that body lines do not recur across
    dumps (recurring lines are what the cleaner's archive statistics treat as furniture).
    """
    rng = random.Random(f"{SEED}-dump-{number}")
    template = templates[number % len(templates)]
    # Halves of two titles: a title that recurs across many dumps reads as furniture to the cleaner.
    first, second = rng.choice(source.titles).split(), rng.choice(source.titles).split()
    title = " ".join(first[: max(2, len(first) // 2)] + second[len(second) // 2 :])
    paragraphs = []
    words, target = 0, rng.randint(300, 800)
    while words < target:
        paragraph = " ".join(rng.choice(sentences) for _ in range(rng.randint(2, 4)))
        paragraphs.append(paragraph)
        words += len(paragraph.split())

    def retitle(line: str) -> str:
        if template.title and line.strip() == template.title.strip():
            return title
        return line.replace("{title}", title)

    body = "\n\n".join(paragraphs).split("\n")
    lines = [retitle(x) for x in template.before] + body + [retitle(x) for x in template.after]
    return "\n".join(lines) + "\n"


def dump_corpus(size: int) -> Path:
    """bench/out/corpus/dumps-<size>/ with ``size`` raw .txt dumps; generated once."""
    folder = OUT / "corpus" / f"dumps-{size}"
    stamp = folder / ".complete"
    params = json.dumps({"version": CORPUS_VERSION, "dumps": 2, "seed": SEED, "size": size})
    if stamp.exists() and stamp.read_text() == params:
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    source = load_source()
    templates = load_templates()
    sentences = tuple(s for p in source.paragraphs for s in _SENTENCE_END_RE.split(p) if len(s.split()) >= 5)
    for number in range(size):
        text = dump_text(source, templates, number, sentences)
        (folder / f"{number:06d}.txt").write_text(text, encoding="utf-8")
    stamp.write_text(params)
    return folder
