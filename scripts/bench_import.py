"""Import benchmark (``make bench-import``): Warraq's cleaner and whole import on raw dumps.

Generates ``--size`` raw dumps (default 10,000) deterministically: the dev dumps in
/work/shared/corpus/dumps serve as page templates (menus, repeated title, share lines,
comments, most-read lists, footers) around a fresh title and a body of recombined corpus
sentences. Then it times

  (a) the clean stage alone, in this process on one core: ``ingest_text_dump`` for every
      dump, ``collect_archive_stats`` over all of them and ``clean_dump`` for each
      (file reading is not timed) — dumps per second;
  (b) the whole ``python -m generator --config … import`` as a subprocess into an empty
      content folder — wall time and peak memory (max RSS, from ``os.wait4``).

Medians of ``--runs`` runs. A missed target is printed, never an error: the exit status is 0.

    .venv/bin/python scripts/bench_import.py
    .venv/bin/python scripts/bench_import.py --size 2000 --runs 1
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench_corpus import OUT, ROOT, compile_warraq, dump_corpus  # noqa: E402

CLEAN_TARGET_PER_S = 1000
IMPORT_TARGET_S = 20


def read_dumps(folder: Path) -> list[tuple[str, bytes]]:
    return [(p.name, p.read_bytes()) for p in sorted(folder.glob("*.txt"))]


def time_clean_stage(dumps: list[tuple[str, bytes]]) -> tuple[float, int, int]:
    """Seconds for ingest + archive stats + clean of every dump; dumps kept and skipped."""
    from generator.clean import clean_dump, collect_archive_stats
    from generator.clean_rules import DEFAULT_RULES
    from generator.ingest import ingest_text_dump

    start = time.perf_counter()
    raws = [ingest_text_dump(name, data) for name, data in dumps]
    stats = collect_archive_stats(raws)
    cleaned = [clean_dump(raw, DEFAULT_RULES, stats) for raw in raws]
    seconds = time.perf_counter() - start
    skipped = sum(1 for c in cleaned if c.skip_reason)
    return seconds, len(cleaned) - skipped, skipped


def setup_import_site(dumps: Path) -> Path:
    """A site folder whose import reads ``dumps`` and writes under bench/out/import-site."""
    site = OUT / "import-site"
    site.mkdir(parents=True, exist_ok=True)
    config = site / "site.toml"
    config.write_text(
        f'dumps_dir = "{dumps}"\ncontent_dir = "content/articles"\nstate_file = "content/.warraq-import.json"\n'
        f'output_dir = "public"\nreport_dir = "public/_import"\nsearch = false\n'
        f'templates_dir = "{ROOT / "templates"}"\nstatic_dir = "{ROOT / "static"}"\n',
        encoding="utf-8",
    )
    return config


def time_import(config: Path) -> tuple[float, float, str]:
    """One fresh ``import`` as a subprocess: seconds, max RSS in MB, its summary line."""
    site = config.parent
    for folder in (site / "content", site / "public"):
        shutil.rmtree(folder, ignore_errors=True)
    command = [sys.executable, "-m", "generator", "--config", str(config), "import", "--timings"]
    start = time.perf_counter()
    proc = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    output = proc.stdout.read().decode("utf-8", "replace") if proc.stdout else ""
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    lines = output.splitlines()
    summary = next((line for line in lines if line.startswith("import:")), output.strip()[-300:])
    skipped = [line for line in lines if line.startswith("skipped:")]
    if skipped:
        summary += f"\n    first skipped: {skipped[0]}"
    stages = [line for line in lines if line.startswith("  ")]  # --timings: one line per stage
    if stages:
        summary += "\n  " + "\n  ".join(stages)
    if code not in (0, 1):
        summary = f"exit {code}: {summary}"
    return seconds, usage.ru_maxrss / 1024, summary


def print_report(size: int, clean_runs: list[float], kept: int, skipped: int, imports: list[tuple]) -> None:
    clean_s = statistics.median(clean_runs)
    rate = size / clean_s
    import_s = statistics.median(r[0] for r in imports) if imports else None
    peak = max(r[1] for r in imports) if imports else None
    print(f"\nImport benchmark, {size:,} dumps (median of {len(clean_runs)} runs)")
    print(f"{'measure':<44}{'value':>14}{'target':>14}")
    print("-" * 72)
    print(f"{'(a) clean stage, one core: seconds':<44}{clean_s:>13.2f}s{'':>14}")
    print(f"{'(a) clean stage: dumps / second':<44}{rate:>14,.0f}{f'≥ {CLEAN_TARGET_PER_S:,}':>14}")
    print(f"{'(a) dumps kept / skipped by the cleaner':<44}{f'{kept:,} / {skipped:,}':>14}")
    if import_s is not None:
        print(f"{'(b) whole import (subprocess): wall time':<44}{import_s:>13.2f}s{f'< {IMPORT_TARGET_S} s':>14}")
        print(f"{'(b) whole import: peak memory (max RSS)':<44}{f'{peak:.0f} MB':>14}")
        print(f"    {imports[-1][2]}")
    print("\nTargets (informative; a miss does not fail the benchmark)")
    mark = "ok  " if rate >= CLEAN_TARGET_PER_S else "MISS"
    print(f"  [{mark}] clean stage ≥ {CLEAN_TARGET_PER_S:,} dumps/s: {rate:,.0f}")
    if import_s is not None:
        mark = "n/a " if size != 10_000 else "ok  " if import_s < IMPORT_TARGET_S else "MISS"
        print(f"  [{mark}] import of 10,000 dumps < {IMPORT_TARGET_S} s: {size:,} dumps took {import_s:.2f} s")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", "--sizes", type=int, default=10_000, help="number of dumps (default 10,000)")
    parser.add_argument("--runs", type=int, default=3, help="runs per measure; the median is reported (default 3)")
    parser.add_argument("--skip-import", action="store_true", help="time the clean stage only")
    parser.add_argument("--keep", action="store_true", help="keep the imported site under bench/out/import-site")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    runs = max(1, args.runs)
    compile_warraq()
    print(f"generating / reusing {args.size:,} dumps …", flush=True)
    folder = dump_corpus(args.size)
    dumps = read_dumps(folder)
    print(f"{len(dumps):,} dumps, {sum(len(d) for _, d in dumps) / 1e6:.1f} MB in {folder}", flush=True)
    clean_runs = []
    kept = skipped = 0
    for run in range(runs):
        seconds, kept, skipped = time_clean_stage(dumps)
        clean_runs.append(seconds)
        print(f"  clean stage run {run + 1}: {seconds:.2f} s", flush=True)
    del dumps
    imports = []
    if not args.skip_import:
        config = setup_import_site(folder)
        for run in range(runs):
            imports.append(time_import(config))
            print(f"  import run {run + 1}: {imports[-1][0]:.2f} s, {imports[-1][1]:.0f} MB", flush=True)
        if not args.keep:
            shutil.rmtree(config.parent, ignore_errors=True)
    print_report(args.size, clean_runs, kept, skipped, imports)
    return 0


if __name__ == "__main__":
    sys.exit(main())
