"""The CLI reads the preferences file: author, clause folder, rubric; `draftkit config`."""

from __future__ import annotations

import json
import re
import zipfile
from importlib import resources

import pytest

from draftkit.cli import main
from draftkit.core.config import Config, config_path, load_config, save_config
from draftkit.core.corpus import load_bundled


def run(capsys, *argv):
    status = main([str(a) for a in argv])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.fixture()
def amended_file(tmp_path):
    path = tmp_path / "nv-amended.txt"
    path.write_text(load_bundled("NV").text.replace("The court may grant",
                                                    "The court shall grant"), "utf-8")
    return path


def _authors(docx_path) -> set[str]:
    with zipfile.ZipFile(docx_path) as archive:
        xml = archive.read("word/document.xml").decode("utf-8")
    return set(re.findall(r'<w:ins [^>]*w:author="([^"]*)"', xml))


def test_redline_stamps_configured_author(tmp_path, amended_file, capsys):
    save_config(Config(author="Ana Ruiz-O'Neil"))
    out = tmp_path / "r.docx"
    status, _, err = run(capsys, "redline", "NV", amended_file, "-o", out)
    assert status == 0, err
    assert _authors(out) in ({"Ana Ruiz-O&apos;Neil"}, {"Ana Ruiz-O'Neil"})


def test_author_flag_beats_config(tmp_path, amended_file, capsys):
    save_config(Config(author="From Config"))
    out = tmp_path / "r.docx"
    assert run(capsys, "redline", "NV", amended_file, "-o", out, "--author", "Flag")[0] == 0
    assert _authors(out) == {"Flag"}


def test_no_config_author_is_login_name(tmp_path, amended_file, capsys, monkeypatch):
    monkeypatch.setattr("getpass.getuser", lambda: "jdrafter")
    out = tmp_path / "r.docx"
    assert run(capsys, "redline", "NV", amended_file, "-o", out)[0] == 0
    assert _authors(out) == {"jdrafter"}


def test_report_card_names_configured_author(tmp_path, capsys):
    import docx

    save_config(Config(author="Testimony Author"))
    out = tmp_path / "card.docx"
    status, _, err = run(capsys, "report", "NV", "-o", out)
    assert status == 0, err
    document = docx.Document(str(out))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Testimony Author" in text or document.core_properties.author == "Testimony Author"


def _user_clause(folder, clause_id, title, body):
    (folder / f"{clause_id}.toml").write_text(
        f'id = "{clause_id}"\ntitle = "{title}"\ncategory = "offenses"\n'
        'level = "any_offense"\nrationale = "One. Two."\nbasis = "34 U.S.C. § 10381"\n'
        '[placement]\nmode = "replace"\n', "utf-8")
    (folder / f"{clause_id}.j2").write_text(body, "utf-8")


def test_clauses_uses_configured_clause_dir(tmp_path, capsys):
    _user_clause(tmp_path, "offenses_any", "My own offenses clause", "Any offense at all.")
    save_config(Config(clause_dir=str(tmp_path)))
    status, out, _ = run(capsys, "clauses", "--category", "offenses")
    assert status == 0 and "My own offenses clause" in out
    status, out, _ = run(capsys, "clauses", "--category", "offenses", "--jurisdiction", "NV")
    assert "Any offense at all." in out


def test_clause_dir_flag_beats_config(tmp_path, capsys):
    mine = tmp_path / "mine"
    mine.mkdir()
    _user_clause(mine, "offenses_any", "Configured title", "x")
    save_config(Config(clause_dir=str(tmp_path / "missing-folder")))
    status, out, _ = run(capsys, "clauses", "--clause-dir", mine)
    assert status == 0 and "Configured title" in out


def test_amend_uses_configured_clause_dir(tmp_path, capsys):
    _user_clause(tmp_path, "my_extra", "Mine", "Any offense whatever, said the user.")
    save_config(Config(clause_dir=str(tmp_path)))
    status, out, err = run(capsys, "amend", "NV", "--clause", "my_extra")
    assert status == 0, err
    assert "Any offense whatever, said the user." in out


def test_missing_configured_clause_dir_is_one_line(tmp_path, capsys):
    save_config(Config(clause_dir=str(tmp_path / "gone")))
    status, _, err = run(capsys, "clauses")
    assert status == 2 and str(config_path()) in err and err.count("\n") == 1


def _custom_rubric(tmp_path):
    text = resources.files("draftkit").joinpath("rubrics", "draftkit-v1.toml").read_text("utf-8")
    path = tmp_path / "mine.toml"
    path.write_text(text.replace('id = "draftkit-v1"', 'id = "my-office-rubric"', 1), "utf-8")
    return path


def test_grade_uses_configured_rubric(tmp_path, capsys):
    save_config(Config(rubric_path=str(_custom_rubric(tmp_path))))
    status, out, _ = run(capsys, "grade", "NV", "--json")
    assert status == 0 and json.loads(out)["rubric"] == "my-office-rubric"


def test_rubric_flag_beats_config(tmp_path, capsys):
    save_config(Config(rubric_path=str(tmp_path / "gone.toml")))
    custom = _custom_rubric(tmp_path)
    status, out, _ = run(capsys, "grade", "NV", "--json", "--rubric", custom)
    assert status == 0 and json.loads(out)["rubric"] == "my-office-rubric"


@pytest.mark.parametrize("command", [("grade", "NV"), ("states",)])
def test_missing_configured_rubric_names_config_file(tmp_path, capsys, command):
    save_config(Config(rubric_path=str(tmp_path / "gone.toml")))
    status, out, err = run(capsys, *command)
    assert status == 2 and out == ""
    assert "gone.toml" in err and str(config_path()) in err and err.count("\n") == 1


def test_malformed_config_is_one_line_not_traceback(capsys):
    config_path().parent.mkdir(parents=True, exist_ok=True)
    config_path().write_text("author = = 1\n", "utf-8")
    status, _, err = run(capsys, "grade", "NV")
    assert status == 2 and str(config_path()) in err and "Traceback" not in err


def test_config_command_set_get_path(capsys):
    status, out, _ = run(capsys, "config", "--set", 'author=Jo "JJ" \\ Ñ')
    assert status == 0 and str(config_path()) in out
    assert load_config().author == 'Jo "JJ" \\ Ñ'
    assert run(capsys, "config", "--get", "author")[1] == 'Jo "JJ" \\ Ñ\n'
    assert run(capsys, "config", "--path")[1] == f"{config_path()}\n"
    assert 'default_jurisdiction = "NV"' in run(capsys, "config")[1]


@pytest.mark.parametrize("argv, words", [
    (("--set", "colour=red"), "unknown preference 'colour'"),
    (("--set", "author"), "KEY=VALUE"),
    (("--get", "nope"), "unknown preference 'nope'"),
    (("--set", "default_jurisdiction=ZZ"), "default_jurisdiction"),
])
def test_config_command_bad_input(capsys, argv, words):
    status, _, err = run(capsys, "config", *argv)
    assert status == 2 and words in err and err.count("\n") == 1
    assert not config_path().exists()


def test_config_set_refuses_unusable_rubric_and_folder(tmp_path, capsys):
    bad = tmp_path / "bad.toml"
    bad.write_text('id = "x"\n', "utf-8")
    status, _, err = run(capsys, "config", "--set", f"rubric_path={bad}")
    assert status == 2 and "bad.toml" in err and err.count("\n") == 1
    status, _, err = run(capsys, "config", "--set", f"clause_dir={tmp_path / 'none'}")
    assert status == 2 and "none" in err
    assert not config_path().exists()
    good = _custom_rubric(tmp_path)
    assert run(capsys, "config", "--set", f"rubric_path={good}")[0] == 0
    assert json.loads(run(capsys, "grade", "NV", "--json")[1])["rubric"] == "my-office-rubric"
