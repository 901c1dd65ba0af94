"""The Linux desktop entry, AppStream metainfo and MIME type: valid, and consistent with the app."""

from __future__ import annotations

import configparser
import subprocess
import tomllib
from pathlib import Path
from xml.etree import ElementTree

import draftkit
from draftkit.core.about import APP_ID

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MIME = LINUX / f"{APP_ID}.mime.xml"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_file_passes_desktop_file_validate():
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == ""


def test_metainfo_passes_appstream_validation():
    result = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Validation was successful" in result.stdout


def test_desktop_entry_launches_the_gui_script_with_a_file():
    entry = _desktop_entry()
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["gui-scripts"]
    command, argument = entry["Exec"].split()
    assert command in scripts and argument in ("%f", "%F")
    assert entry["Icon"] == APP_ID and entry["Terminal"] == "false"


def test_metainfo_names_this_release_and_the_desktop_entry():
    root = ElementTree.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    versions = [r.get("version") for r in root.iter("release")]
    assert versions[0] == draftkit.__version__
    assert root.findtext("project_license") == "MIT"


def test_draft_files_are_associated_with_the_app():
    mime = ElementTree.parse(MIME).getroot().find(f"{MIME_NS}mime-type")
    assert mime.find(f"{MIME_NS}glob").get("pattern") == "*.draftkit"
    assert _desktop_entry()["MimeType"].rstrip(";").split(";") == [mime.get("type")]
    provided = ElementTree.parse(METAINFO).getroot().findtext("provides/mediatype")
    assert provided == mime.get("type")
