"""Release facts for the frozen builds, all derived from draftkit.__version__ (one place).

Used by draftkit.spec (Windows version resource, macOS Info.plist) and by the build
scripts (`python packaging/pyinstaller/build_info.py version`). Standard library only.
"""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
APP_NAME = "DraftKit"
APP_ID = "io.github.draftkit.DraftKit"
PUBLISHER = "DraftKit"
DESCRIPTION = "DraftKit: drafting assistant for trafficking survivors' record relief laws"
DRAFT_EXTENSION = "draftkit"
COPYRIGHT = "Copyright (c) DraftKit contributors. MIT License."


def read_version(root: Path = ROOT) -> str:
    """draftkit.__version__, read from src/draftkit/__init__.py without importing it."""
    source = (root / "src" / "draftkit" / "__init__.py").read_text(encoding="utf-8")
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign) and any(
                getattr(t, "id", None) == "__version__" for t in node.targets):
            return str(ast.literal_eval(node.value))
    raise SystemExit("build_info: no __version__ in src/draftkit/__init__.py")


def wheel_data_folders(root: Path = ROOT) -> list[tuple[Path, str]]:
    """(source folder, destination inside the app) for every top-level data folder that the
    wheel force-includes (pyproject.toml), so the frozen app carries exactly what the wheel
    does, e.g. (ROOT/"statutes", "draftkit/_data/statutes")."""
    pyproject = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    mapping = pyproject["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    return [(root / source, dest) for source, dest in mapping.items()]


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """"0.1.0" -> (0, 1, 0, 0); "0.2.0rc1" -> (0, 2, 0, 0): leading digits of each part."""
    numbers = [int(m.group()) if (m := re.match(r"\d+", part)) else 0
               for part in version.split(".")[:4]]
    return tuple((numbers + [0, 0, 0, 0])[:4])


def windows_version_text(version: str, exe_name: str) -> str:
    """A PyInstaller version-resource file (VSVersionInfo) for `exe_name`.exe."""
    ver = version_tuple(version)
    strings = {
        "CompanyName": PUBLISHER, "FileDescription": DESCRIPTION, "FileVersion": version,
        "InternalName": exe_name, "LegalCopyright": COPYRIGHT,
        "OriginalFilename": f"{exe_name}.exe", "ProductName": APP_NAME,
        "ProductVersion": version,
    }
    table = ",\n        ".join(f"StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return (
        "VSVersionInfo(\n"
        f"  ffi=FixedFileInfo(filevers={ver}, prodvers={ver}, mask=0x3f, flags=0x0,\n"
        "    OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),\n"
        "  kids=[\n"
        "    StringFileInfo([StringTable('040904B0', [\n"
        f"        {table}])]),\n"
        "    VarFileInfo([VarStruct('Translation', [1033, 1200])])\n"
        "  ]\n"
        ")\n"
    )


def write_windows_version_file(version: str, exe_name: str, folder: Path) -> Path:
    """Write the version resource for `exe_name` into `folder`; return its path."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"version_{exe_name}.txt"
    path.write_text(windows_version_text(version, exe_name), encoding="utf-8")
    return path


def macos_info_plist(version: str) -> dict:
    """Info.plist entries of DraftKit.app: id, version, .draftkit documents, Retina."""
    return {
        "CFBundleName": APP_NAME,
        "CFBundleDisplayName": APP_NAME,
        "CFBundleIdentifier": APP_ID,
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "LSMinimumSystemVersion": "11.0",
        "NSHighResolutionCapable": True,
        "NSHumanReadableCopyright": COPYRIGHT,
        "CFBundleDocumentTypes": [{
            "CFBundleTypeName": "DraftKit draft",
            "CFBundleTypeRole": "Editor",
            "LSHandlerRank": "Owner",
            "CFBundleTypeExtensions": [DRAFT_EXTENSION],
            "LSItemContentTypes": [f"{APP_ID}.draft"],
        }],
        "UTExportedTypeDeclarations": [{
            "UTTypeIdentifier": f"{APP_ID}.draft",
            "UTTypeDescription": "DraftKit draft",
            "UTTypeConformsTo": ["public.data", "public.content"],
            "UTTypeTagSpecification": {"public.filename-extension": [DRAFT_EXTENSION]},
        }],
    }


def main(argv: list[str]) -> int:
    """`build_info.py version` -> 0.1.0; `build_info.py version-numeric` -> 0.1.0.0."""
    if argv == ["version"]:
        print(read_version())
    elif argv == ["version-numeric"]:
        print(".".join(str(n) for n in version_tuple(read_version())))
    else:
        raise SystemExit("usage: build_info.py version|version-numeric")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
