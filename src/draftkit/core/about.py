"""What DraftKit says about itself: version, rubric, corpus date (for --version and About)."""

from __future__ import annotations

import tomllib
from importlib import resources

from draftkit import __version__
from draftkit.core.resources import data_dir

APP_NAME = "DraftKit"
APP_ID = "io.github.draftkit.DraftKit"
LICENSE = "MIT"
DEFAULT_RUBRIC_FILE = "draftkit-v1.toml"
CORPUS_FILE = "corpus.toml"


def about_info() -> dict:
    """Everything the About box and bug reports show, as plain values (no Qt).

    Keys: name, app_id, version, license, rubric_id, rubric_version, rubric_citation,
    corpus_date, python, platform. The rubric and corpus values come from
    draftkit.core.rubric.load_rubric() and draftkit.core.corpus.corpus_info(); they are
    None only while one of those modules is not installed (during development). A
    malformed rubric or corpus file raises its DraftkitError, as everywhere else.
    """
    import platform

    return {
        "name": APP_NAME,
        "app_id": APP_ID,
        "version": __version__,
        "license": LICENSE,
        **_rubric_facts(),
        "corpus_date": _corpus_date(),
        "python": platform.python_version(),
        "platform": platform.platform(terse=True),
    }


def about_lines(info: dict | None = None) -> list[str]:
    """The About text as plain lines (the GUI's About box and `--version` share these)."""
    info = about_info() if info is None else info
    lines = [f"{info['name']} {info['version']}"]
    if info["rubric_id"]:
        lines.append(f"Rubric: {info['rubric_id']} (version {info['rubric_version']})")
        lines.append(str(info["rubric_citation"]))
    if info["corpus_date"]:
        lines.append(f"Bundled statutes as of {info['corpus_date']}")
    lines.append(f"Python {info['python']} on {info['platform']}; {info['license']} License")
    return lines


def version_text() -> str:
    """One line for `draftkit --version`: "draftkit 0.1.0 (rubric draftkit-v1, statutes as of
    2026-11-23)".

    Fast enough to run on every command: reads two small TOML files with tomllib and
    imports neither pydantic nor Qt. Never raises; what cannot be read is left out.
    """
    details = []
    rubric_id = _toml_value(_bundled_rubric_file(), "id")
    corpus_date = _toml_value(data_dir("statutes").joinpath(CORPUS_FILE), "corpus_date")
    if rubric_id:
        details.append(f"rubric {rubric_id}")
    if corpus_date:
        details.append(f"statutes as of {corpus_date}")
    suffix = f" ({', '.join(details)})" if details else ""
    return f"draftkit {__version__}{suffix}"


def _rubric_facts() -> dict:
    """Rubric id, version and citation line of the default rubric."""
    try:
        from draftkit.core.rubric import load_rubric
    except ModuleNotFoundError as error:
        if error.name != "draftkit.core.rubric":
            raise
        return {"rubric_id": None, "rubric_version": None, "rubric_citation": None}
    rubric = load_rubric()
    return {"rubric_id": rubric.id, "rubric_version": rubric.version,
            "rubric_citation": rubric.citation}


def _corpus_date() -> str | None:
    """The date of the bundled statute corpus, from draftkit.core.corpus.corpus_info()."""
    try:
        from draftkit.core.corpus import corpus_info
    except ModuleNotFoundError as error:
        if error.name != "draftkit.core.corpus":
            raise
        return None
    return str(corpus_info()["corpus_date"])


def _bundled_rubric_file():
    return resources.files("draftkit").joinpath("rubrics", DEFAULT_RUBRIC_FILE)


def _toml_value(entry, key: str) -> str | None:
    """entry[key] from a TOML file as text, or None if the file or key cannot be read."""
    try:
        value = tomllib.loads(entry.read_text(encoding="utf-8")).get(key)
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return None
    return None if value is None or isinstance(value, (dict, list)) else str(value)
