"""The core, the exporters and the CLI never import Qt (DESIGN.md)."""

import subprocess
import sys

CODE = """
import sys
sys.modules["PySide6"] = None
import draftkit.core, draftkit.export, draftkit.cli
import pkgutil, importlib
for pkg in (draftkit.core, draftkit.export, draftkit.cli):
    for info in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + "."):
        importlib.import_module(info.name)
print("ok")
"""


def test_core_export_cli_import_without_qt():
    result = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_cli_help_runs_as_a_module():
    result = subprocess.run([sys.executable, "-m", "draftkit", "--help"],
                            capture_output=True, text=True)
    assert result.returncode == 0
    assert "grade" in result.stdout and "redline" in result.stdout
