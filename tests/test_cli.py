"""The command line, called in-process: exit codes and messages."""

import pytest

from generator import cli
from tests.sitekit import article, make_site

SITE_TOML = 'title = "أرشيف الاختبار"\nlocale = "ar_SY"\nsearch = false\n'
DUMP = "قافلة داعش تصل إلى دير الزور\n\nقال المرصد السوري إن القافلة وصلت إلى البادية بعد أيام من المفاوضات.\n"


@pytest.fixture
def site(tmp_path):
    config = make_site(
        tmp_path,
        {
            "site.toml": SITE_TOML,
            "content/articles/a.md": article("مقال أول", "نص المقال الأول.", date="2018-05-21", slug="a"),
        },
    )
    return config.root


@pytest.mark.parametrize("command", [[], ["import"], ["build"], ["serve"], ["clean"]])
def test_help_for_each_command(command, capsys):
    assert cli.main([*command, "--help"]) == 0
    assert "usage: warraq" in capsys.readouterr().out


def test_usage_errors_exit_2(capsys):
    assert cli.main([]) == 2
    assert cli.main(["frobnicate"]) == 2
    assert cli.main(["build", "--no-such-flag"]) == 2
    assert cli.main(["serve", "--port", "eighty"]) == 2


def test_build_succeeds_and_clean_removes_only_public(site, capsys):
    assert cli.main(["--config", str(site / "site.toml"), "build"]) == 0
    assert "build: 1 articles" in capsys.readouterr().out
    assert (site / "public/articles/a/index.html").exists()
    assert cli.main(["--config", str(site / "site.toml"), "clean"]) == 0
    assert not (site / "public").exists() and (site / "content/articles/a.md").exists()


def test_build_timings_name_each_stage_cold_then_no_op(site, capsys):
    config = ["--config", str(site / "site.toml")]
    assert cli.main([*config, "build", "--timings"]) == 0
    cold = capsys.readouterr().out
    for stage in ("load and convert articles", "render and write pages", "save build cache"):
        assert f"  {stage}" in cold
    assert cli.main([*config, "build", "--timings"]) == 0
    no_op = capsys.readouterr().out.splitlines()
    assert [line.split()[:2] for line in no_op[1:]] == [["check", "inputs"]]
    assert cli.main([*config, "build"]) == 0
    assert "check inputs" not in capsys.readouterr().out


def test_import_timings_name_each_stage(site, capsys):
    (site / "content/dumps").mkdir(parents=True)
    (site / "content/dumps/001.txt").write_text(DUMP, encoding="utf-8")
    assert cli.main(["--config", str(site / "site.toml"), "import", "--timings"]) == 0
    out = capsys.readouterr().out
    for stage in ("read and decode dumps", "clean", "structure, dates, tags, Markdown", "write content files"):
        assert f"  {stage} " in out
    assert cli.main(["--config", str(site / "site.toml"), "import"]) == 0
    assert "write content files" not in capsys.readouterr().out


def test_a_folder_that_cannot_be_written_exits_1_naming_it_without_a_traceback(site, capsys):
    (site / "content/dumps").mkdir(parents=True)
    (site / "content/dumps/001.txt").write_text(DUMP, encoding="utf-8")
    (site / "public").write_text("a file where the report's folder should be", encoding="utf-8")
    assert cli.main(["--config", str(site / "site.toml"), "import"]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"error: {site / 'public' / '_import'}: ") and "Traceback" not in err


def test_a_content_folder_that_is_a_file_is_named_not_a_temporary_file(site, capsys):
    (site / "content/dumps").mkdir(parents=True)
    (site / "content/dumps/001.txt").write_text(DUMP, encoding="utf-8")
    (site / "content/articles/a.md").unlink()
    (site / "content/articles").rmdir()
    (site / "content/articles").write_text("not a folder", encoding="utf-8")
    assert cli.main(["--config", str(site / "site.toml"), "import"]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"error: {site / 'content' / 'articles'}: ") and ".tmp-" not in err, err


def test_bad_front_matter_exits_1_with_path_and_line(site, capsys):
    (site / "content/articles/b.md").write_text("---\ntitle: x\ndate: 2018-13-45\n---\n\nنص\n", encoding="utf-8")
    assert cli.main(["--config", str(site / "site.toml"), "build"]) == 1
    err = capsys.readouterr().err
    assert f"{site / 'content/articles/b.md'}:3:" in err and "invalid date" in err
    assert (site / "public/articles/a/index.html").exists()


def test_bad_config_exits_2_naming_site_toml(site, capsys):
    (site / "site.toml").write_text('title = "x"\nper_pag = 3\n', encoding="utf-8")
    assert cli.main(["--config", str(site / "site.toml"), "build"]) == 2
    err = capsys.readouterr().err
    assert "site.toml" in err and "did you mean 'per_page'" in err


def test_missing_dumps_folder_is_a_usage_error(site, capsys):
    assert cli.main(["--config", str(site / "site.toml"), "import", "--dumps", str(site / "nope")]) == 2
    assert "dumps folder not found" in capsys.readouterr().err
