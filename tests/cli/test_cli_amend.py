"""`draftkit clauses` and `draftkit amend`, run as a user would, including hostile input."""

from __future__ import annotations

import subprocess
import sys

import pytest

from draftkit.cli import main
from draftkit.core.clauses import render_clause
from draftkit.core.corpus import load_bundled


def _run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _one_line_error(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("draftkit: error: "), err
    assert "Traceback" not in err
    return lines[0]


def test_clauses_lists_every_clause_with_category_and_level(capsys):
    code, out, _ = _run(capsys, "clauses")
    assert code == 0
    assert "offenses_any *" in out and "broad_with_exclusions" in out
    assert "timing_reasonable" in out and "reasonable_time" in out


def test_clauses_filters_by_category(capsys):
    code, out, _ = _run(capsys, "clauses", "--category", "timing")
    rows = [line.split()[0] for line in out.splitlines()[1:-1]]
    assert code == 0 and rows == ["timing_any_time", "timing_reasonable"]


def test_clauses_renders_for_a_jurisdiction(capsys):
    code, out, _ = _run(capsys, "clauses", "--category", "discretion", "--jurisdiction", "oh")
    assert code == 0
    assert render_clause("discretion_mandatory", "OH") in out
    assert "The court of common pleas shall grant" in out


@pytest.mark.parametrize("argv, words", [
    (["clauses", "--category", "colour"], "unknown category 'colour'"),
    (["clauses", "--jurisdiction", "ZZ"], "unknown jurisdiction 'ZZ'"),
])
def test_clauses_bad_input(capsys, argv, words):
    code, _, err = _run(capsys, *argv)
    assert code == 2 and words in _one_line_error(err)


def test_amend_prints_amended_text_with_the_clause(capsys):
    code, out, err = _run(capsys, "amend", "NV", "--clause", "timing_any_time")
    assert code == 0
    original = load_bundled("NV").text
    assert out != original
    assert render_clause("timing_any_time", "NV", {"filing": "petition"}) in out
    assert "§ Nev. Rev. Stat. § 62E.275" in out
    assert err.startswith("draftkit: ")


def test_amend_writes_file_and_never_overwrites_without_force(capsys, tmp_path):
    target = tmp_path / "amended.txt"
    code, _, _ = _run(capsys, "amend", "NV", "--fix-all", "-o", str(target))
    assert code == 0
    first = target.read_text("utf-8")
    assert render_clause("offenses_any", "NV", {"filing": "petition"}) in first
    target.write_text("my own notes", "utf-8")
    code, _, err = _run(capsys, "amend", "NV", "--fix-all", "-o", str(target))
    assert code == 2 and "--force" in _one_line_error(err)
    assert target.read_text("utf-8") == "my own notes"
    code, _, _ = _run(capsys, "amend", "NV", "--fix-all", "-o", str(target), "--force")
    assert code == 0 and target.read_text("utf-8") == first


def test_amend_refuses_to_overwrite_its_source(capsys, tmp_path):
    source = tmp_path / "statute.txt"
    source.write_text(load_bundled("NV").text, "utf-8")
    before = source.read_bytes()
    code, _, err = _run(capsys, "amend", str(source), "--fix-all", "-o", str(source), "--force")
    assert code == 2 and "source" in _one_line_error(err)
    assert source.read_bytes() == before


@pytest.mark.parametrize("argv, words", [
    (["amend", "NV", "--clause", "no_such_clause"], "unknown clause 'no_such_clause'"),
    (["amend", "no/such/file.txt", "--clause", "offenses_any"], "file.txt"),
    (["amend", "NV", "--clause", "offenses_any", "--jurisdiction", "XX"], "unknown jurisdiction"),
    (["amend", "NV", "--clause", "offenses_any_except",
      "--param", "offenses_any_except.exclusions=" + "x" * 100_000], "too long"),
    (["amend", "NV", "--clause", "offenses_any", "--param", "nodot=1"], "CLAUSE_ID.NAME=VALUE"),
    (["amend", "NV", "--clause", "offenses_any", "--param", "offenses_any.colour=red"],
     "unknown parameter 'colour'"),
])
def test_amend_bad_input_is_one_line_exit_2(capsys, argv, words):
    code, out, err = _run(capsys, *argv)
    assert code == 2 and out == ""
    assert words in _one_line_error(err)


def test_amend_with_parameters(capsys):
    code, out, _ = _run(capsys, "amend", "NV", "--clause", "offenses_any_except",
                        "--param", "offenses_any_except.exclusions=a sex offense; murder")
    assert code == 0
    assert "other than a sex offense or murder." in out


def test_malicious_user_clause_folder_is_refused(capsys, tmp_path):
    (tmp_path / "offenses_any.toml").write_text(
        'id = "offenses_any"\ntitle = "T"\ncategory = "offenses"\nlevel = "any_offense"\n'
        'rationale = "One. Two."\nbasis = "none"\n[placement]\nmode = "replace"\n', "utf-8")
    (tmp_path / "offenses_any.j2").write_text("{{ cycler.__init__.__globals__.os }}", "utf-8")
    code, out, err = _run(capsys, "amend", "NV", "--clause", "offenses_any",
                          "--clause-dir", str(tmp_path))
    assert code == 2 and out == ""
    assert "clause offenses_any:" in _one_line_error(err)
    code, _, err = _run(capsys, "clauses", "--jurisdiction", "NV", "--clause-dir", str(tmp_path))
    assert code == 2 and "clause offenses_any:" in _one_line_error(err)


def test_bad_clause_in_a_real_process_exits_2_without_traceback():
    done = subprocess.run([sys.executable, "-m", "draftkit", "amend", "NV", "--clause", "nope"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and done.stdout == ""
    assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1
