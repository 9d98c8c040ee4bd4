"""Configuration: ``site.toml`` → one frozen, validated ``SiteConfig``.

Defaults live on the dataclass; command-line flags override the file. Unknown
keys and wrong types are errors naming ``site.toml``, the key and a guess.
Nothing else in Warraq reads the config file or the environment.
"""

from __future__ import annotations

import dataclasses
import difflib
import tomllib
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from generator.errors import ConfigError

CONFIG_NAME = "site.toml"


@dataclass(frozen=True, slots=True)
class SiteConfig:
    """Every setting of a Warraq site. Paths are relative to ``root``."""

    root: Path = Path(".")
    title: str = "ورّاق"  # "Warraq", the site's name
    description: str = "أرشيف مقالات"  # "an archive of articles"
    base_url: str = ""  # absolute URL of the published site, for feeds; "" = relative only
    locale: str = "ar"  # Babel locale for dates and numbers, e.g. "ar_SY"
    digits: str = "western"  # "western" (0-9) or "arabic" (٠-٩)
    per_page: int = 10
    feed_size: int = 20
    portable: bool = False  # links end in index.html so the site browses from file://
    hijri: bool = False  # show the Hijri date beside the Gregorian one
    search: bool = True  # index the site with Pagefind
    dumps_dir: str = "content/dumps"
    content_dir: str = "content/articles"
    output_dir: str = "public"
    templates_dir: str = "templates"
    static_dir: str = "static"
    report_dir: str = "public/_import"  # the import audit report
    state_file: str = "content/.warraq-import.json"  # fingerprints of what import wrote
    cache_dir: str = ".warraq-cache"  # the build cache (safe to delete)
    slug_style: str = "arabic"  # "arabic" or "ascii" (transliterated)
    boilerplate: tuple[str, ...] = ()  # extra boilerplate phrases for the cleaner
    tags_file: str = "content/tags.toml"  # declared tags and their variants
    metadata_file: str = "content/dumps/metadata.csv"  # archivist's sidecar: file,date,url,tags,crawled,outlet
    outlet: str = ""  # the outlet of dumps that name none (an archive of one site), e.g. "عنب بلدي"
    auto_tags: bool = True  # key terms of the archive as tags where none are stated or declared

    def path(self, relative: str) -> Path:
        return self.root / relative


_CHOICES = {"digits": ("western", "arabic"), "slug_style": ("arabic", "ascii")}
_NOT_IN_FILE = {"root"}


def load_config(path: Path | str | None = None, overrides: dict[str, Any] | None = None) -> SiteConfig:
    """Read ``site.toml`` (if it exists), apply overrides, validate, return a SiteConfig."""
    config_path = Path(path) if path is not None else Path(CONFIG_NAME)
    values: dict[str, Any] = {}
    if config_path.exists():
        try:
            data = tomllib.loads(config_path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as err:
            raise ConfigError(str(config_path), f"invalid TOML: {err}") from None
        except UnicodeDecodeError:
            raise ConfigError(str(config_path), "not UTF-8 text") from None
        values.update(_flatten(data))
    elif path is not None:
        raise ConfigError(str(config_path), "file not found")
    values.update({k: v for k, v in (overrides or {}).items() if v is not None})
    return _validate(values, str(config_path), config_path.parent)


def _flatten(data: dict[str, Any]) -> dict[str, Any]:
    """Allow ``[site]``/``[build]``/``[import]`` tables as well as top-level keys."""
    flat: dict[str, Any] = {}
    for key, value in data.items():
        if isinstance(value, dict) and key in ("site", "build", "import", "paths"):
            flat.update(value)
        else:
            flat[key] = value
    return flat


def _validate(values: dict[str, Any], where: str, root: Path) -> SiteConfig:
    known = {f.name: f for f in fields(SiteConfig) if f.name not in _NOT_IN_FILE}
    defaults = SiteConfig()
    checked: dict[str, Any] = {"root": root}
    for key, value in values.items():
        if key not in known:
            guess = difflib.get_close_matches(key, known, n=1)
            hint = f" (did you mean '{guess[0]}'?)" if guess else ""
            raise ConfigError(where, f"unknown key '{key}'{hint}")
        expected = getattr(defaults, key)
        if isinstance(expected, tuple):
            if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
                raise ConfigError(where, f"'{key}' must be a list of strings")
            value = tuple(value)
        elif isinstance(expected, bool):
            if not isinstance(value, bool):
                raise ConfigError(where, f"'{key}' must be true or false")
        elif isinstance(expected, int):
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise ConfigError(where, f"'{key}' must be a positive whole number")
        elif not isinstance(value, str):
            raise ConfigError(where, f"'{key}' must be a string")
        if key in _CHOICES and value not in _CHOICES[key]:
            raise ConfigError(where, f"'{key}' must be one of {', '.join(_CHOICES[key])}")
        checked[key] = value
    if "locale" in checked:
        _check_locale(checked["locale"], where)
    return dataclasses.replace(defaults, **checked)


def _check_locale(name: str, where: str) -> None:
    from babel import Locale, UnknownLocaleError

    try:
        Locale.parse(name)
    except (UnknownLocaleError, ValueError):
        raise ConfigError(where, f"'locale': unknown locale '{name}'") from None
