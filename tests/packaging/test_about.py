"""About information and `draftkit --version`: what a user or a bug report sees."""

from __future__ import annotations

import re
import subprocess
import sys

import draftkit
from draftkit.core import about
from draftkit.core.corpus import corpus_info
from draftkit.core.rubric import load_rubric


def test_about_info_reports_version_rubric_and_corpus():
    info = about.about_info()
    rubric = load_rubric()
    assert info["version"] == draftkit.__version__
    assert info["app_id"] == "io.github.draftkit.DraftKit"
    assert (info["rubric_id"], info["rubric_version"]) == (rubric.id, rubric.version)
    assert "Polaris" in info["rubric_citation"] and info["rubric_citation"] == rubric.citation
    assert info["corpus_date"] == corpus_info()["corpus_date"]
    assert re.fullmatch(r"3\.\d+\.\d+", info["python"])


def test_about_lines_name_the_rubric_and_corpus_date():
    lines = about.about_lines()
    assert lines[0] == f"DraftKit {draftkit.__version__}"
    text = "\n".join(lines)
    assert f"Rubric: {load_rubric().id}" in text
    assert f"Bundled statutes as of {corpus_info()['corpus_date']}" in text


def test_version_command_prints_version_rubric_and_corpus_date():
    result = subprocess.run([sys.executable, "-m", "draftkit", "--version"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    expected = (f"draftkit {draftkit.__version__} (rubric {load_rubric().id}, "
                f"statutes as of {corpus_info()['corpus_date']})")
    assert result.stdout.strip() == expected


def test_version_text_imports_neither_pydantic_nor_qt():
    code = ("import sys; from draftkit.core.about import version_text; line = version_text(); "
            "print(line); print(sorted(m for m in ('pydantic', 'PySide6', 'jinja2', "
            "'matplotlib') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    line, heavy = result.stdout.splitlines()
    assert line.startswith(f"draftkit {draftkit.__version__} (rubric ")
    assert heavy == "[]"


def test_version_text_leaves_out_an_unreadable_rubric(tmp_path, monkeypatch):
    broken = tmp_path / "draftkit-v1.toml"
    broken.write_text("id = [unclosed\n", encoding="utf-8")
    monkeypatch.setattr(about, "_bundled_rubric_file", lambda: broken)
    line = about.version_text()
    assert line.startswith(f"draftkit {draftkit.__version__}")
    assert "rubric" not in line
    assert f"statutes as of {corpus_info()['corpus_date']}" in line


def test_about_module_is_qt_free():
    code = "import sys; sys.modules['PySide6'] = None; import draftkit.core.about as a; " \
           "print(a.about_info()['version'])"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == draftkit.__version__
