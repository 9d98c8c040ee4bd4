from pathlib import Path

import pytest

from generator.config import SiteConfig, load_config
from generator.errors import ConfigError


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "site.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_when_file_is_absent(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    config = load_config()
    assert config == SiteConfig()


def test_reads_values_and_applies_overrides(tmp_path):
    path = write(tmp_path, 'title = "أرشيف"\nlocale = "ar_SY"\nper_page = 5\n')
    config = load_config(path, {"output_dir": "out"})
    assert (config.title, config.locale, config.per_page, config.output_dir) == ("أرشيف", "ar_SY", 5, "out")
    assert config.root == tmp_path


def test_unknown_key_names_file_and_suggests(tmp_path):
    path = write(tmp_path, 'titel = "x"\n')
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert str(path) in str(info.value)
    assert "did you mean 'title'" in str(info.value)


@pytest.mark.parametrize(
    "text, message",
    [
        ("per_page = 0\n", "positive whole number"),
        ('per_page = "ten"\n', "positive whole number"),
        ('portable = "yes"\n', "true or false"),
        ('digits = "roman"\n', "one of western, arabic"),
        ('locale = "xx_YY"\n', "unknown locale"),
        ("boilerplate = [1]\n", "list of strings"),
        ("title = \n", "invalid TOML"),
    ],
)
def test_bad_values_are_errors(tmp_path, text, message):
    with pytest.raises(ConfigError, match=message):
        load_config(write(tmp_path, text))


def test_config_is_frozen():
    with pytest.raises(AttributeError):
        SiteConfig().title = "x"  # type: ignore[misc]
