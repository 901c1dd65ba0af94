"""`draftkit redline` and `draftkit report` as a user runs them, including bad input."""

from __future__ import annotations

import os
import subprocess
import sys

import docx
import pytest

from draftkit.cli import main
from draftkit.core.corpus import load_bundled
from draftkit.export.selfcheck import document_xml, revision_views


@pytest.fixture()
def amended_file(tmp_path):
    path = tmp_path / "nv-amended.txt"
    text = load_bundled("NV").text.replace("The court may grant", "The court shall grant")
    path.write_text(text, encoding="utf-8")
    return path


def run(argv, capsys):
    status = main([str(a) for a in argv])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_redline_tracked(tmp_path, amended_file, capsys):
    out = tmp_path / "nv.docx"
    status, stdout, err = run(["redline", "NV", amended_file, "-o", out], capsys)
    assert status == 0, err
    assert str(out) in stdout
    accepted, rejected = revision_views(document_xml(out.read_bytes()))
    assert accepted == amended_file.read_text(encoding="utf-8").split("\n")
    assert rejected == load_bundled("NV").text.split("\n")


def test_redline_bill_uses_the_originals_jurisdiction(tmp_path, amended_file, capsys):
    out = tmp_path / "bill.docx"
    status, stdout, _ = run(["redline", "NV", amended_file, "-o", out, "--style", "bill",
                             "--effective", "on July 1, 2027", "--sponsor", "Senator Doe"],
                            capsys)
    assert status == 0 and "bill format of NV" in stdout
    texts = [p.text for p in docx.Document(str(out)).paragraphs]
    assert "Section 1. NRS 179.247 is hereby amended to read as follows:" in texts
    assert "Sec. 2. This act becomes effective on July 1, 2027." in texts
    assert "Sponsored by: Senator Doe" in texts


def test_jurisdiction_option_picks_another_bill_style(tmp_path, amended_file, capsys):
    out = tmp_path / "bill.docx"
    status, _, _ = run(["redline", "NV", amended_file, "-o", out, "--style", "bill",
                        "--jurisdiction", "TX"], capsys)
    assert status == 0
    texts = [p.text for p in docx.Document(str(out)).paragraphs]
    assert "BE IT ENACTED BY THE LEGISLATURE OF THE STATE OF TEXAS:" in texts


def test_report_with_amendment(tmp_path, amended_file, capsys):
    out = tmp_path / "report.docx"
    status, stdout, err = run(["report", "NV", "--amended", amended_file, "-o", out], capsys)
    assert status == 0, err
    assert "before and after" in stdout
    assert docx.Document(str(out)).tables[1].rows[0].cells[4].text == "What the amendment changes"


def test_existing_output_needs_force_and_is_untouched(tmp_path, amended_file, capsys):
    out = tmp_path / "nv.docx"
    out.write_bytes(b"my work")
    status, _, err = run(["redline", "NV", amended_file, "-o", out], capsys)
    assert status == 2
    assert err.strip() == f"draftkit: error: {out} already exists; use --force to overwrite it"
    assert out.read_bytes() == b"my work"
    status, _, _ = run(["redline", "NV", amended_file, "-o", out, "--force"], capsys)
    assert status == 0 and out.read_bytes()[:2] == b"PK"


def test_report_refuses_to_overwrite_too(tmp_path, capsys):
    out = tmp_path / "r.docx"
    out.write_bytes(b"keep")
    status, _, err = run(["report", "NV", "-o", out], capsys)
    assert status == 2 and "use --force" in err and out.read_bytes() == b"keep"


def test_missing_output_folder(tmp_path, amended_file, capsys):
    status, _, err = run(["redline", "NV", amended_file, "-o", tmp_path / "nope" / "a.docx"],
                         capsys)
    assert status == 2
    assert "does not exist" in err and len(err.strip().splitlines()) == 1


def test_missing_input_file(tmp_path, capsys):
    status, _, err = run(["redline", "NV", tmp_path / "missing.txt", "-o", tmp_path / "a.docx"],
                         capsys)
    assert status == 2 and "missing.txt" in err and "Traceback" not in err
    assert not (tmp_path / "a.docx").exists()


def test_output_same_as_input_is_refused(tmp_path, amended_file, capsys):
    before = amended_file.read_bytes()
    status, _, err = run(["redline", "NV", amended_file, "-o", amended_file, "--force"], capsys)
    assert status == 2 and "is an input of this command" in err
    assert amended_file.read_bytes() == before


def test_unwritable_folder(tmp_path, amended_file, capsys):
    if os.geteuid() == 0:  # root writes anywhere chmod allows nothing; /sys refuses everyone
        out = "/sys/draftkit-test.docx"
    else:
        folder = tmp_path / "locked"
        folder.mkdir()
        folder.chmod(0o500)
        out = folder / "a.docx"
    status, _, err = run(["redline", "NV", amended_file, "-o", out], capsys)
    assert status == 2 and "cannot write" in err and "Traceback" not in err


def test_huge_input_is_refused_with_a_clear_message(tmp_path, capsys):
    big = tmp_path / "big.txt"
    line = "1. The court may grant a petition filed pursuant to subsection 1 if it finds.\n"
    big.write_text(line * (20_000_000 // len(line)), encoding="utf-8")
    out = tmp_path / "a.docx"
    status, _, err = run(["redline", big, big, "-o", out], capsys)
    assert status == 2
    assert "MB of text" in err and len(err.strip().splitlines()) == 1
    assert not out.exists()


def test_no_change_bill_is_a_clear_error(tmp_path, capsys):
    status, _, err = run(["redline", "NV", "NV", "-o", tmp_path / "a.docx", "--style", "bill"],
                         capsys)
    assert status == 2 and "same as the original" in err


def test_redline_runs_as_a_process(tmp_path, amended_file):
    out = tmp_path / "p.docx"
    result = subprocess.run([sys.executable, "-m", "draftkit", "redline", "NV",
                             str(amended_file), "-o", str(out)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert out.exists()


def test_big_inputs_are_read_in_parallel_with_the_same_result(tmp_path, capsys):
    from draftkit.cli.export import PARALLEL_LOAD_BYTES, _load_pair
    from draftkit.core.loaders import load_source

    nv = load_bundled("NV").text
    original = tmp_path / "big.txt"
    amended = tmp_path / "big-amended.txt"
    copies = PARALLEL_LOAD_BYTES // len(nv.encode()) + 2
    original.write_text((nv + "\n") * copies, encoding="utf-8")
    amended.write_text((nv.replace(" may ", " shall ") + "\n") * copies, encoding="utf-8")
    statute, text = _load_pair(str(original), str(amended))
    assert statute.text == load_source(original).text
    assert text == load_source(amended).text
    broken = tmp_path / "binary.txt"
    broken.write_bytes(bytes(range(256)) * (PARALLEL_LOAD_BYTES // 128))
    status, _, err = run(["redline", original, broken, "-o", tmp_path / "x.docx"], capsys)
    assert status == 2 and "binary.txt" in err and "Traceback" not in err
