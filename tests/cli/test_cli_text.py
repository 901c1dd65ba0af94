"""`draftkit text`: the exact text on stdout or in a file, notices on stderr, errors as one line."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import zipfile

import docx
import pytest

from draftkit.cli import main
from draftkit.core.corpus import jurisdiction_codes, load_bundled


def run(capsysbinary, *argv) -> tuple[int, bytes, str]:
    code = main(["text", *argv])
    captured = capsysbinary.readouterr()
    return code, captured.out, captured.err.decode("utf-8")


@pytest.mark.parametrize("code", jurisdiction_codes())
def test_prints_the_bundled_text_exactly(capsysbinary, code):
    status, out, _err = run(capsysbinary, code.lower())
    assert status == 0
    assert out == load_bundled(code).text.encode("utf-8")


def test_an_excerpt_gets_one_notice_line_on_stderr_only(capsysbinary):
    status, out, err = run(capsysbinary, "NV")
    assert status == 0
    assert err.count("\n") == 1 and "excerpt" in err and "179.247" in err
    assert b"excerpt" not in out and b"draftkit" not in out


def test_a_complete_statute_prints_no_notice(capsysbinary):
    status, _out, err = run(capsysbinary, "FL")
    assert status == 0 and load_bundled("FL").provenance.complete is True
    assert err == ""


def test_a_no_law_state_prints_nothing_and_says_why(capsysbinary):
    status, out, err = run(capsysbinary, "MN")
    assert status == 0 and out == b""
    assert err.count("\n") == 1 and "no trafficking-specific relief law" in err


def test_writes_the_file_and_refuses_to_overwrite_without_force(capsysbinary, tmp_path):
    target = tmp_path / "nv.txt"
    assert run(capsysbinary, "NV", "-o", str(target))[0] == 0
    assert target.read_bytes() == load_bundled("NV").text.encode("utf-8")
    status, out, err = run(capsysbinary, "FL", "-o", str(target))
    assert status == 2 and out == b""
    assert err.count("\n") == 1 and "--force" in err and "Traceback" not in err
    assert target.read_bytes() == load_bundled("NV").text.encode("utf-8")
    assert run(capsysbinary, "FL", "-o", str(target), "--force")[0] == 0
    assert target.read_bytes() == load_bundled("FL").text.encode("utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["nv.txt"]  # no temp files left


def test_never_overwrites_the_source_file(capsysbinary, tmp_path):
    source = tmp_path / "statute.txt"
    source.write_bytes(b"(a) A person may petition\r\nthe court.\r\n")
    status, _out, err = run(capsysbinary, str(source), "-o", str(source), "--force")
    assert status == 2 and "source" in err
    assert source.read_bytes() == b"(a) A person may petition\r\nthe court.\r\n"


def test_output_into_a_missing_folder(capsysbinary, tmp_path):
    status, _out, err = run(capsysbinary, "NV", "-o", str(tmp_path / "no" / "nv.txt"))
    assert status == 2 and "does not exist" in err and err.count("\n") == 1


def test_a_file_source_prints_its_normalized_text(capsysbinary, tmp_path):
    source = tmp_path / "statute.txt"
    source.write_bytes(b"(a) A person may petition\r\nthe court.\r\n(b) Next.\r\n")
    status, out, err = run(capsysbinary, str(source))
    assert status == 0 and err == ""
    assert out == b"(a) A person may petition the court.\n(b) Next.\n"


def bad_sources(folder) -> dict[str, str]:
    """Bad inputs by name -> a path to them (made in `folder`)."""
    paths = {}

    def put(name, data):
        path = folder / name
        path.write_bytes(data)
        return str(path)

    paths["binary"] = put("binary.txt", bytes(range(256)) * 8)
    paths["empty"] = put("empty.txt", b"")
    paths["unknown extension"] = put("statute.rtf", b"{\\rtf1 (a) text}")
    paths["corrupt docx"] = put("corrupt.docx", b"PK\x03\x04garbage" * 20)
    buffer = io.BytesIO()
    docx.Document().save(buffer)
    bomb = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as original, \
            zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as target:
        for info in original.infolist():
            target.writestr(info.filename, original.read(info))
        target.writestr("word/media/zeros.bin", bytes(20 * 1024 * 1024))
    paths["zip bomb"] = put("bomb.docx", bomb.getvalue())
    paths["broken pdf"] = put("scan.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n")
    huge = folder / "huge.txt"
    with open(huge, "wb") as handle:
        handle.truncate(200 * 1024 * 1024)
    paths["200 MB"] = str(huge)
    paths["missing"] = str(folder / "missing.txt")
    paths["folder"] = str(folder)
    paths["unknown code"] = "ZZ"
    return paths


@pytest.mark.parametrize("case", ["binary", "empty", "unknown extension", "corrupt docx",
                                  "zip bomb", "broken pdf", "200 MB", "missing", "folder",
                                  "unknown code"])
def test_bad_input_exits_2_with_one_line(capsysbinary, tmp_path, case):
    status, out, err = run(capsysbinary, bad_sources(tmp_path)[case])
    assert status == 2 and out == b""
    assert err.startswith("draftkit: error: ") and err.count("\n") == 1
    assert "Traceback" not in err


def test_real_process_writes_utf8_bytes_exactly(tmp_path):
    env = {**os.environ, "PYTHONIOENCODING": "latin-1", "LC_ALL": "C"}
    done = subprocess.run([sys.executable, "-m", "draftkit", "text", "NV"], capture_output=True,
                          env=env, cwd=tmp_path, timeout=60)
    assert done.returncode == 0
    assert done.stdout == load_bundled("NV").text.encode("utf-8")
    assert done.stderr.count(b"\n") == 1


@pytest.mark.parametrize("name, data", [
    ("binary.txt", bytes(range(256)) * 8),
    ("truncated.pdf", b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"),
])
def test_real_process_bad_input_is_one_line(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    done = subprocess.run([sys.executable, "-m", "draftkit", "text", str(path)],
                          capture_output=True, cwd=tmp_path, timeout=60)
    assert done.returncode == 2 and done.stdout == b""
    assert done.stderr.count(b"\n") == 1 and b"Traceback" not in done.stderr
