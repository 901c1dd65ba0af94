"""The frozen-build and installer files agree with the app: one version, one id, real paths."""

from __future__ import annotations

import ast
import importlib.util
import plistlib
import re
import subprocess
from pathlib import Path

import pytest

import draftkit
from draftkit.core.about import APP_ID

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
ISS = PACKAGING / "windows" / "draftkit.iss"


def _build_info():
    spec = importlib.util.spec_from_file_location(
        "build_info", PACKAGING / "pyinstaller" / "build_info.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _iss_value(key: str) -> str:
    match = re.search(rf"^{key}=(.*)$", ISS.read_text(encoding="utf-8"), re.MULTILINE)
    assert match, key
    return match.group(1).strip()


def test_build_version_is_the_package_version():
    info = _build_info()
    assert info.read_version() == draftkit.__version__
    assert info.version_tuple("0.1.0") == (0, 1, 0, 0)
    assert info.version_tuple("2.10rc1") == (2, 10, 0, 0)


def test_windows_version_resource_is_a_valid_expression_with_the_version():
    text = _build_info().windows_version_text(draftkit.__version__, "draftkit-gui")
    tree = ast.parse(text, mode="eval")  # PyInstaller evaluates this file as Python
    assert tree.body.func.id == "VSVersionInfo"
    assert f"StringStruct('ProductVersion', '{draftkit.__version__}')" in text
    assert "StringStruct('OriginalFilename', 'draftkit-gui.exe')" in text


def test_macos_info_plist_has_bundle_id_version_and_draft_type():
    plist = plistlib.loads(plistlib.dumps(_build_info().macos_info_plist("0.1.0")))
    assert plist["CFBundleIdentifier"] == APP_ID
    assert plist["CFBundleShortVersionString"] == "0.1.0"
    assert plist["CFBundleDocumentTypes"][0]["CFBundleTypeExtensions"] == ["draftkit"]


def test_spec_is_python_and_names_both_executables():
    text = (PACKAGING / "pyinstaller" / "draftkit.spec").read_text(encoding="utf-8")
    ast.parse(text)
    assert 'executable("draftkit_gui", "draftkit-gui", console=False)' in text
    assert 'executable("draftkit_cli", "draftkit", console=True)' in text
    assert 'collect_data_files("docx")' in text
    for entry in ("draftkit_gui.py", "draftkit_cli.py"):
        assert (PACKAGING / "pyinstaller" / entry).is_file()


def test_inno_setup_takes_its_version_from_the_build_and_installs_what_pyinstaller_makes():
    text = ISS.read_text(encoding="utf-8")
    assert _iss_value("AppVersion") == "{#AppVersion}"
    assert draftkit.__version__ not in text  # the version lives in one place only
    assert re.fullmatch(r"\{\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}", _iss_value("AppId"))
    assert (ISS.parent / _iss_value("SetupIconFile").replace("\\", "/")).resolve() == \
        (PACKAGING / "icons" / "draftkit.ico")
    assert '#define GuiExe "draftkit-gui.exe"' in text and '#define CliExe "draftkit.exe"' in text
    assert 'Subkey: "Software\\Classes\\.draftkit"' in text
    assert _iss_value("PrivilegesRequiredOverridesAllowed") == "dialog commandline"


@pytest.mark.parametrize("script", ["build_linux.sh", "macos/build_macos.sh",
                                    "linux/install.sh", "linux/stage_share.sh"])
def test_shell_scripts_parse(script):
    result = subprocess.run(["bash", "-n", str(PACKAGING / script)], capture_output=True,
                            text=True, timeout=30)
    assert result.returncode == 0, result.stderr


def test_frozen_app_carries_every_data_folder_the_app_reads():
    from draftkit.core.resources import DATA_FOLDERS

    folders = _build_info().wheel_data_folders()
    assert sorted(dest for _, dest in folders) == \
        sorted(f"draftkit/_data/{name}" for name in DATA_FOLDERS)
    for source, _ in folders:
        assert source.is_dir() and any(source.iterdir()), source
