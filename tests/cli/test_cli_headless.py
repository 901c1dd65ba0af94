"""`draftkit` with no display does the main job on the default statute and says where."""

import json
import os
import subprocess
import sys
import zipfile

import docx


def test_no_display_grades_amends_and_exports_nevada(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    result = subprocess.run([sys.executable, "-m", "draftkit"], cwd=tmp_path, env=env,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    out = tmp_path / "draftkit-output"
    written = sorted(p.name for p in out.iterdir())
    assert written == ["NV-amended.txt", "NV-bill.docx", "NV-grade.json",
                       "NV-report-card.docx", "NV-tracked-changes.docx"]
    for name in written:
        assert str(out / name) in result.stdout, f"{name} not announced"
    grade = json.loads((out / "NV-grade.json").read_text())
    assert grade["jurisdiction"] in ("NV", "Nevada")
    assert grade["grade"] in "ABCDF"
    assert "with every recommended clause" in result.stdout
    assert "A (" in result.stdout.split("now;")[1], result.stdout
    report = docx.Document(out / "NV-report-card.docx")
    assert any("Nevada" in p.text for p in report.paragraphs)


def test_no_display_uses_the_preferred_state_and_author(tmp_path):
    from draftkit.core.config import Config, save_config

    save_config(Config(author="Legislative Counsel", default_jurisdiction="VT"))
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    result = subprocess.run([sys.executable, "-m", "draftkit"], cwd=tmp_path, env=env,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    out = tmp_path / "draftkit-output"
    assert (out / "VT-tracked-changes.docx").is_file()
    with zipfile.ZipFile(out / "VT-tracked-changes.docx") as docx_zip:
        xml = docx_zip.read("word/document.xml").decode("utf-8")
    assert 'w:author="Legislative Counsel"' in xml
