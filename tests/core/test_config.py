"""core.config: the preferences file the CLI and the app share."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from draftkit.core import config as cfg
from draftkit.core.config import Config, ConfigError, config_path, load_config, save_config
from draftkit.core.errors import DraftkitError


def test_path_follows_env(tmp_path, monkeypatch):
    monkeypatch.setenv("DRAFTKIT_CONFIG_DIR", str(tmp_path / "c"))
    assert config_path() == tmp_path / "c" / "config.toml"


def test_path_without_env_is_platform_user_dir(monkeypatch, tmp_path):
    monkeypatch.delenv("DRAFTKIT_CONFIG_DIR")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    assert config_path() == tmp_path / "xdg" / "draftkit" / "config.toml"


def test_missing_file_gives_defaults():
    assert not config_path().exists()
    assert load_config() == Config(author="", clause_dir="", rubric_path="",
                                   default_jurisdiction="NV")


@pytest.mark.parametrize("author", [
    'Mary "May" O\'Brien', "C:\\Users\\drafter\\", "Zoë Ñúñez 李明 🙂", "tab\there\nnewline",
    "\x01\x7f control", "'''", '"""', "#not a comment", "",
])
def test_round_trip_hostile_strings(author):
    config = Config(author=author, clause_dir="C:\\clauses\\\"mine\"",
                    rubric_path="/tmp/r ü.toml", default_jurisdiction="NY")
    path = save_config(config)
    assert path == config_path()
    assert load_config() == config
    assert tomllib.loads(path.read_text("utf-8"))["author"] == author


def test_save_creates_folder_and_is_plain_toml():
    path = save_config(Config(author="Ann"))
    data = tomllib.loads(path.read_text("utf-8"))
    assert data == {"author": "Ann", "clause_dir": "", "rubric_path": "",
                    "default_jurisdiction": "NV"}
    assert [p.name for p in path.parent.iterdir()] == ["config.toml"]  # no temp left


def _write(text: str) -> Path:
    path = config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, "utf-8")
    return path


def test_unknown_keys_are_ignored():
    _write('author = "Ann"\ntheme = "dark"\n[window]\nwidth = 3\n')
    assert load_config() == Config(author="Ann")


def test_partial_file_keeps_other_defaults():
    _write('default_jurisdiction = "ny"\n')
    assert load_config() == Config(default_jurisdiction="NY")


@pytest.mark.parametrize("text, field", [
    ("author = 3\n", "author"),
    ("clause_dir = ['a']\n", "clause_dir"),
    ('default_jurisdiction = "ZZ"\n', "default_jurisdiction"),
])
def test_bad_field_names_file_and_field(text, field):
    path = _write(text)
    with pytest.raises(DraftkitError) as info:
        load_config()
    message = str(info.value)
    assert str(path) in message and field in message and "\n" not in message


@pytest.mark.parametrize("raw", [b'author = "unterminated\n', b"\xff\xfe\x00garbage", b"= 1"])
def test_malformed_file_is_one_line_error(raw):
    path = config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(raw)
    with pytest.raises(ConfigError) as info:
        load_config()
    assert str(path) in str(info.value) and "\n" not in str(info.value)


def test_effective_author_prefers_config(monkeypatch):
    assert cfg.effective_author(Config(author="  Ann Drafter ")) == "Ann Drafter"
    monkeypatch.setattr(cfg.getpass, "getuser", lambda: "jdoe")
    assert cfg.effective_author(Config()) == "jdoe"


def test_effective_author_falls_back_without_login(monkeypatch):
    def no_user():
        raise OSError("no user")

    monkeypatch.setattr(cfg.getpass, "getuser", no_user)
    assert cfg.effective_author(Config()) == "DraftKit"


def test_with_value_validates():
    assert cfg.with_value(Config(), "default_jurisdiction", "ca").default_jurisdiction == "CA"
    with pytest.raises(ConfigError, match="unknown preference 'colour'"):
        cfg.with_value(Config(), "colour", "red")


def test_configured_rubric_missing_names_config_file(tmp_path):
    save_config(Config(rubric_path=str(tmp_path / "gone.toml")))
    with pytest.raises(ConfigError) as info:
        cfg.configured_rubric()
    assert "gone.toml" in str(info.value) and str(config_path()) in str(info.value)


@settings(max_examples=200, deadline=None)
@given(st.text(st.characters(blacklist_categories=("Cs",))), st.text(max_size=30))
def test_any_text_round_trips_through_the_toml_we_write(author, folder):
    config = Config(author=author, clause_dir=folder)
    assert cfg.config_from_dict(tomllib.loads(cfg.config_to_toml(config))) == config
