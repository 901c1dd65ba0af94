"""User preferences that change behaviour (author, clause folder, rubric, default state) in TOML."""

from __future__ import annotations

import getpass
import os
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path

from draftkit.core.errors import DraftkitError

CONFIG_ENV = "DRAFTKIT_CONFIG_DIR"
CONFIG_NAME = "config.toml"
FALLBACK_AUTHOR = "DraftKit"


class ConfigError(DraftkitError):
    """The preferences file is malformed; the message names the file and the field."""


@dataclass(frozen=True)
class Config:
    """What the user chose; empty strings mean "DraftKit's default"."""

    author: str = ""
    clause_dir: str = ""
    rubric_path: str = ""
    default_jurisdiction: str = "NV"


KEYS = tuple(f.name for f in fields(Config))


def config_path() -> Path:
    """$DRAFTKIT_CONFIG_DIR/config.toml when set, else the platform's user config folder."""
    folder = os.environ.get(CONFIG_ENV)
    if folder:
        return Path(folder) / CONFIG_NAME
    from platformdirs import user_config_dir

    return Path(user_config_dir("draftkit")) / CONFIG_NAME


def load_config() -> Config:
    """The saved preferences; defaults when no file exists; ConfigError when it is malformed."""
    path = config_path()
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return Config()
    except OSError as error:
        raise ConfigError(f"{path}: cannot read the preferences file: "
                          f"{error.strerror or error}") from None
    return config_from_dict(_parse(path, raw), path)


def _parse(path: Path, raw: bytes) -> dict:
    try:
        return tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise ConfigError(f"{path}: not a valid TOML preferences file ({error}); "
                          "fix or delete it") from None


def config_from_dict(data: dict, path: Path | None = None) -> Config:
    """A Config from parsed TOML: known keys must be strings; unknown keys are ignored."""
    where = path or config_path()
    values = {}
    for key in KEYS:
        if key not in data:
            continue
        value = data[key]
        if not isinstance(value, str):
            raise ConfigError(f"{where}: field {key!r} must be a string in quotes, "
                              f"not {type(value).__name__}")
        values[key] = value
    return _checked(Config(**values), where)


def _checked(config: Config, where: Path) -> Config:
    code = config.default_jurisdiction.strip().upper()
    if not code:
        return replace(config, default_jurisdiction=Config.default_jurisdiction)
    from draftkit.core.corpus import jurisdiction_codes

    if code not in jurisdiction_codes():
        raise ConfigError(f"{where}: field 'default_jurisdiction': {code!r} is not a bundled "
                          "jurisdiction code (e.g. NV)")
    return replace(config, default_jurisdiction=code)


def save_config(config: Config) -> Path:
    """Write `config` atomically to config_path() (creating its folder); returns the path."""
    from draftkit.core.files import write_text_atomic

    path = config_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ConfigError(f"cannot create {path.parent}: {error.strerror or error}") from None
    return write_text_atomic(path, config_to_toml(config))


def config_to_toml(config: Config) -> str:
    """The TOML text of `config`: one basic-string line per key."""
    lines = ["# DraftKit preferences (written by DraftKit; edit with care)"]
    lines += [f"{key} = {toml_string(getattr(config, key))}" for key in KEYS]
    return "\n".join(lines) + "\n"


_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n",
            "\f": "\\f", "\r": "\\r"}


def toml_string(value: str) -> str:
    """A TOML basic string for `value` (quotes, backslashes and control characters escaped)."""
    return '"' + "".join(_escape_char(ch) for ch in value) + '"'


def _escape_char(ch: str) -> str:
    if ch in _ESCAPES:
        return _ESCAPES[ch]
    if ord(ch) < 0x20 or ord(ch) == 0x7F:
        return f"\\u{ord(ch):04X}"
    return ch


def effective_author(config: Config) -> str:
    """The author to stamp: the configured name, else the login name, else "DraftKit"."""
    if config.author.strip():
        return config.author.strip()
    try:
        return getpass.getuser() or FALLBACK_AUTHOR
    except Exception:  # noqa: BLE001 - no login name (e.g. no USER and no pwd entry)
        return FALLBACK_AUTHOR


def with_value(config: Config, key: str, value: str) -> Config:
    """`config` with KEY set to VALUE (validated as load_config would)."""
    if key not in KEYS:
        raise ConfigError(f"unknown preference {key!r}; preferences: {', '.join(KEYS)}")
    return _checked(replace(config, **{key: value}), config_path())


def configured_rubric() -> str | None:
    """The configured rubric file, or None; ConfigError (naming the config file) if missing."""
    return _configured_path("rubric_path", Path.is_file, "rubric file", "--rubric")


def configured_clause_dir() -> str | None:
    """The configured user clause folder, or None; ConfigError if it is not a folder."""
    return _configured_path("clause_dir", Path.is_dir, "clause folder", "--clause-dir")


def _configured_path(setting: str, exists, what: str, option: str) -> str | None:
    value = getattr(load_config(), setting)
    if not value:
        return None
    path = Path(value).expanduser()
    if not exists(path):
        raise ConfigError(f"the {what} {path} set in {config_path()} does not exist; "
                          f"fix {setting} there or pass {option}")
    return str(path)
