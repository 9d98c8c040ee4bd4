"""Command line: ``warraq import|build|serve|clean``. The only module that prints.

Exit status: 0 success, 1 when any file failed (the others were processed),
2 on usage or configuration errors.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path

from generator import __version__
from generator.config import SiteConfig, load_config
from generator.errors import ConfigError, WarraqError

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="warraq",
        description="Turn raw Arabic news dumps into a clean, static, right-to-left archive.",
    )
    parser.add_argument("--version", action="version", version=f"warraq {__version__}")
    parser.add_argument("--config", default=None, help="site settings file (default: ./site.toml)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    imp = commands.add_parser("import", help="clean raw dumps into Markdown files under content/")
    imp.add_argument("--dumps", metavar="DIR", help="folder of raw dumps (default from site.toml: content/dumps)")
    imp.add_argument("--content", metavar="DIR", help="where Markdown goes (default: content/articles)")
    imp.add_argument("--timings", action="store_true", help="print the seconds spent in each import stage")

    build = commands.add_parser("build", help="render the Markdown into the static site")
    build.add_argument("--content", metavar="DIR", help="Markdown folder (default: content/articles)")
    build.add_argument("--out", metavar="DIR", help="output folder (default: public)")
    build.add_argument(
        "--portable", action="store_true", default=None, help="links end in index.html (browse from file://)"
    )
    build.add_argument("--no-search", action="store_true", help="skip the Pagefind search index")
    build.add_argument("--timings", action="store_true", help="print the seconds spent in each build stage")

    serve = commands.add_parser("serve", help="build, serve with live reload, rebuild on changes")
    serve.add_argument("--port", type=int, default=8000, help="port on 127.0.0.1 (default: 8000)")
    serve.add_argument("--no-open", action="store_true", help="(accepted for compatibility; never opens a browser)")

    commands.add_parser("clean", help="remove the built site (never content/)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code or 0)
    try:
        config = _config_from(args)
        handler = {"import": _cmd_import, "build": _cmd_build, "serve": _cmd_serve, "clean": _cmd_clean}
        return handler[args.command](config, args)
    except ConfigError as err:
        print(f"error: {err}", file=sys.stderr)
        return EXIT_USAGE
    except WarraqError as err:
        print(f"error: {err}", file=sys.stderr)
        return EXIT_FAILED
    except OSError as err:  # a folder that cannot be written, a full disk: the file and the reason, no traceback
        where = f"{err.filename}: " if err.filename else ""
        print(f"error: {where}{err.strerror or err}", file=sys.stderr)
        return EXIT_FAILED


def _config_from(args: argparse.Namespace) -> SiteConfig:
    overrides = {}
    if getattr(args, "dumps", None):
        overrides["dumps_dir"] = args.dumps
    if getattr(args, "content", None):
        overrides["content_dir"] = args.content
    if getattr(args, "out", None):
        overrides["output_dir"] = args.out
    if getattr(args, "portable", None):
        overrides["portable"] = True
    if getattr(args, "no_search", False):
        overrides["search"] = False
    config = load_config(args.config, overrides)
    # Paths given on the command line are relative to where the command runs.
    if args.config is not None:
        config = _cli_paths_from_cwd(config, overrides)
    return config


def _cli_paths_from_cwd(config: SiteConfig, overrides: dict) -> SiteConfig:
    import dataclasses

    fixed = {k: str(Path(v).resolve()) for k, v in overrides.items() if k.endswith("_dir")}
    return dataclasses.replace(config, **fixed) if fixed else config


def _cmd_import(config: SiteConfig, args: argparse.Namespace) -> int:
    from generator.pipeline import run_import

    dumps_dir = config.path(config.dumps_dir)
    if not dumps_dir.is_dir():
        print(f"error: {dumps_dir}: dumps folder not found", file=sys.stderr)
        return EXIT_USAGE
    result = run_import(config)
    for err in result.errors:
        print(f"error: {err}", file=sys.stderr)
    for outcome in result.outcomes:
        if outcome.status in ("skipped", "kept"):
            print(f"{outcome.status}: {outcome.name}: {outcome.detail}")
    removed = ", ".join(f"{reason} {n}" for reason, n in result.removed_by_reason[:8])
    print(
        f"import: {len(result.outcomes)} dumps read: {result.count('imported')} imported, "
        f"{result.count('updated')} updated, {result.count('unchanged')} unchanged, "
        f"{result.count('kept')} kept (edited), {result.count('skipped')} skipped, "
        f"{result.count('failed')} failed"
    )
    if removed:
        print(f"lines removed by reason: {removed}")
    if result.report_path:
        print(f"audit report: {result.report_path}")
    if args.timings:
        _print_timings(result.timings)
    return EXIT_FAILED if result.errors else EXIT_OK


def _cmd_build(config: SiteConfig, args: argparse.Namespace) -> int:
    from generator.pipeline import run_build

    result = run_build(config)
    for err in result.errors:
        print(f"error: {err}", file=sys.stderr)
    search = "search index written" if result.search_indexed else "no search index"
    print(
        f"build: {result.pages} articles, {result.files} pages written to {result.output_dir} ({search}); "
        f"{len(result.errors)} file(s) failed"
    )
    if args.timings:
        _print_timings(result.timings)
    return EXIT_FAILED if result.errors else EXIT_OK


def _print_timings(timings: tuple[tuple[str, float], ...]) -> None:
    for stage, seconds in timings:
        print(f"  {stage:<34}{seconds:8.2f} s")


def _cmd_serve(config: SiteConfig, args: argparse.Namespace) -> int:
    import logging  # only the live preview logs (rebuild errors, livereload): build starts faster

    from generator.serve import serve

    logging.basicConfig(format="%(message)s", level=logging.WARNING)

    serve(config, port=args.port)
    return EXIT_OK


def _cmd_clean(config: SiteConfig, args: argparse.Namespace) -> int:
    output_dir = config.path(config.output_dir)
    content_dir = config.path(config.content_dir).resolve()
    if output_dir.resolve() in (content_dir, *content_dir.parents):
        print(f"error: refusing to remove {output_dir}: it holds the content", file=sys.stderr)
        return EXIT_USAGE
    if output_dir.exists():
        shutil.rmtree(output_dir)
        print(f"clean: removed {output_dir}")
    else:
        print(f"clean: nothing to remove ({output_dir} does not exist)")
    return EXIT_OK
