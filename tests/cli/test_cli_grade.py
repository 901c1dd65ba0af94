"""`draftkit grade` and `draftkit states`, in process and once as a subprocess."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

from draftkit.cli import main
from draftkit.core.corpus import jurisdiction_codes


def _run(capsys, *argv):
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_grade_prints_a_table_with_score_grade_citation_and_excerpt_warning(capsys):
    status, out, err = _run(capsys, "grade", "NV")
    assert status == 0 and err == ""
    assert "Nevada: " in out and "/100" in out and "grade " in out
    assert "Range of relief" in out and "vacatur_and_clearing" in out and "15/15" in out
    assert "[verify]" in out
    assert "DraftKit rubric v1, categories after Polaris (2019); weights are DraftKit's" in out
    assert "incomplete text" in out and "Missing: NRS 179.247" in out


def test_grade_json_is_the_design_shape(capsys):
    status, out, _ = _run(capsys, "grade", "NV", "--json")
    data = json.loads(out)
    assert status == 0
    assert data["jurisdiction"] == "NV" and data["max_score"] == 100 and data["rubric"] == "draftkit-v1"
    assert data["score"] == sum(c["points"] for c in data["categories"])
    assert len(data["categories"]) == 12
    relief = data["categories"][0]
    assert relief["id"] == "relief_type" and relief["level"] == "vacatur_and_clearing"


def test_grade_a_file(tmp_path, capsys):
    path = tmp_path / "bill.txt"
    path.write_text("(a) A person convicted of prostitution may move to vacate the conviction "
                    "if it was a direct result of being a victim of human trafficking.\n"
                    "(b) The court shall grant the motion if it finds by clear and convincing "
                    "evidence that the person was a victim.\n", encoding="utf-8")
    status, out, _ = _run(capsys, "grade", str(path), "--json")
    data = {c["id"]: c["level"] for c in json.loads(out)["categories"]}
    assert status == 0
    assert data["offenses"] == "prostitution_only" and data["discretion"] == "mandatory"
    assert data["burden"] == "clear_and_convincing" and data["nexus"] == "direct_result"


def test_grade_no_relief_law(capsys):
    status, out, _ = _run(capsys, "grade", "AK", "--json")
    data = json.loads(out)
    assert data["no_relief_law"] is True and data["grade"] == "F (no relief law)" and data["score"] == 0


def test_grade_with_a_bad_rubric_is_one_line_and_exit_2(tmp_path, capsys):
    bad = tmp_path / "bad.toml"
    bad.write_text('id = "x"\n', encoding="utf-8")
    status, out, err = _run(capsys, "grade", "NV", "--rubric", str(bad))
    assert status == 2 and out == ""
    assert err.count("\n") == 1 and "bad.toml" in err and "Traceback" not in err


def test_grade_unknown_source_is_exit_2(capsys):
    status, _, err = _run(capsys, "grade", "ZZ-not-a-file.txt")
    assert status == 2 and err.startswith("draftkit: error:") and err.count("\n") == 1


def test_states_json_lists_every_jurisdiction_sorted(capsys):
    status, out, _ = _run(capsys, "states", "--json")
    rows = json.loads(out)
    assert status == 0
    assert [row["code"] for row in rows] == sorted(jurisdiction_codes())
    nevada = next(row for row in rows if row["code"] == "NV")
    assert nevada["name"] == "Nevada" and nevada["excerpt"] is True
    assert {"code", "name", "score", "grade", "no_relief_law", "excerpt", "weakest"} <= set(nevada)
    alaska = next(row for row in rows if row["code"] == "AK")
    assert alaska["no_relief_law"] is True and alaska["score"] == 0
    assert json.loads(_run(capsys, "states", "--json")[1]) == rows  # stable across runs


def test_states_csv_and_table(capsys):
    status, out, _ = _run(capsys, "states", "--csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert status == 0 and len(rows) == len(jurisdiction_codes())
    assert rows[0]["code"] == "AK" and rows[0]["no_relief_law"] == "true"
    status, out, _ = _run(capsys, "states")
    assert "Nevada" in out and "F (no relief law)" in out and "weights are DraftKit's" in out


def test_grade_as_a_subprocess():
    result = subprocess.run([sys.executable, "-m", "draftkit", "grade", "VT", "--json"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["jurisdiction"] == "VT"
