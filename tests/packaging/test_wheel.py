"""The wheel carries everything the installed app needs, and works outside the checkout.

Builds the wheel with pip, checks its contents, installs it into a fresh virtual
environment in a temporary folder, and runs `draftkit` from a temporary working folder,
as a user who installed DraftKit would.

No network at test time: the wheel is built without build isolation (hatchling comes
with the test extras), and the fresh environment gets DraftKit only from the wheel; its
third-party dependencies (PySide6, python-docx, ...) are lent from the test environment
through a path entry, which does not activate the checkout's editable install.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

import draftkit

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


def _run(args, cwd, timeout=600, env=None):
    result = subprocess.run([str(a) for a in args], cwd=cwd, capture_output=True, text=True,
                            timeout=timeout, env=env)
    assert result.returncode == 0, f"{args}: {result.stdout[-2000:]}{result.stderr[-2000:]}"
    return result


def _clean_env(home: Path) -> dict:
    """The user's environment without anything pointing back into the checkout."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(home),
               XDG_CONFIG_HOME=str(home / ".config"), XDG_DATA_HOME=str(home / ".local"))
    return env


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheelhouse")
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
          "--no-index", "-q", "-w", out, ROOT], cwd=out)
    (path,) = out.glob("draftkit-*.whl")
    return path


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory):
    """(bin folder, environment, working folder) of a fresh venv with only the wheel."""
    base = tmp_path_factory.mktemp("installed")
    assert not base.resolve().is_relative_to(ROOT)
    venv.EnvBuilder(with_pip=True).create(base / "venv")
    bindir = base / "venv" / ("Scripts" if sys.platform == "win32" else "bin")
    env = _clean_env(base / "home")
    _run([bindir / "python", "-m", "pip", "install", "-q", "--no-index", "--no-deps", wheel],
         cwd=base, env=env)
    _lend_dependencies(bindir / "python", base, env)
    work = base / "work"
    work.mkdir()
    return bindir, env, work


def _lend_dependencies(python: Path, base: Path, env: dict) -> None:
    """Make the test environment's third-party packages importable in the fresh venv."""
    site = _run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                cwd=base, env=env).stdout.strip()
    lent = [p for p in sys.path if p.endswith("site-packages")]
    Path(site, "zz_lent_dependencies.pth").write_text("\n".join(lent) + "\n")
    origin = _run([python, "-c", "import draftkit; print(draftkit.__file__)"],
                  cwd=base, env=env).stdout.strip()
    assert Path(origin).resolve().is_relative_to(Path(site).resolve()), origin


def test_wheel_carries_statutes_clauses_templates_rubrics_and_icon(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    statutes = [n for n in names
                if re.fullmatch(r"draftkit/_data/statutes/[A-Z]{2}\.toml", n)]
    assert len(statutes) == 51
    assert "draftkit/_data/statutes/corpus.toml" in names
    for folder in ("clauses", "templates"):
        assert any(n.startswith(f"draftkit/_data/{folder}/") for n in names), folder
    assert any(n.endswith(".toml") for n in names if n.startswith("draftkit/_data/clauses/"))
    assert "draftkit/rubrics/draftkit-v1.toml" in names
    assert "draftkit/gui/resources/draftkit.svg" in names
    assert f"draftkit-{draftkit.__version__}.dist-info/entry_points.txt" in names


def test_installed_app_reads_its_data_from_the_install(installed):
    bindir, env, work = installed
    code = ("import draftkit; from draftkit.core.resources import data_dir; "
            "print(draftkit.__file__); print(data_dir('statutes'))")
    out = _run([bindir / "python", "-c", code], cwd=work, env=env).stdout.splitlines()
    for line in out:
        assert not Path(line).resolve().is_relative_to(ROOT), line
    version = _run([bindir / "draftkit", "--version"], cwd=work, env=env).stdout
    assert version.startswith(f"draftkit {draftkit.__version__} (rubric draftkit-v1, "
                              "statutes as of ")


def test_installed_grade_prints_the_json_of_nevada(installed):
    bindir, env, work = installed
    out = _run([bindir / "draftkit", "grade", "NV", "--json"], cwd=work, env=env).stdout
    result = json.loads(out)
    assert result["jurisdiction"] in ("NV", "Nevada")
    assert 0 < result["score"] <= result["max_score"] == 100
    assert result["grade"][0] in "ABCDF"
    assert len(result["categories"]) == 12


def test_installed_screenshot_writes_a_png(installed):
    bindir, env, work = installed
    _run([bindir / "draftkit", "screenshot", "NV", "-o", "out.png"], cwd=work, env=env)
    png = work / "out.png"
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert png.stat().st_size > 10_000


def test_installed_report_card_is_a_docx_with_its_chart(installed):
    bindir, env, work = installed
    _run([bindir / "draftkit", "report", "NV", "-o", "report.docx"], cwd=work, env=env)
    with zipfile.ZipFile(work / "report.docx") as docx:
        names = docx.namelist()
        body = docx.read("word/document.xml").decode("utf-8")
    assert any(re.fullmatch(r"word/media/.+\.png", n) for n in names)
    assert "Nevada" in body or "NRS" in body
