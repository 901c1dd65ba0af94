"""Bad and hostile input: every case is refused with one plain line, nothing crashes."""

from __future__ import annotations

import io
import os
import time
import zipfile

import docx
import pypdf
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from draftkit.core import docx_text, loaders
from draftkit.core.errors import SourceError
from draftkit.core.loaders import load_file, load_source

XXE = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
       b'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n')
LAUGHS = (b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
          b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>\n')


def refused(path, match: str) -> str:
    """Load `path`, expect a SourceError matching `match`, return its message."""
    with pytest.raises(SourceError, match=match) as caught:
        load_file(path)
    message = str(caught.value)
    assert "\n" not in message and "Traceback" not in message
    assert message.startswith(str(path)) or message.startswith(os.fspath(path))
    return message


def docx_bytes(text: str = "(a) Text.") -> bytes:
    document = docx.Document()
    document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def rewrite_docx(data: bytes, replace: dict[str, bytes]) -> bytes:
    """The same DOCX with some parts' bytes replaced (or added)."""
    source, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info.filename, replace.get(info.filename, source.read(info)))
        for name, content in replace.items():
            if name not in source.namelist():
                target.writestr(name, content)
    return out.getvalue()


def test_binary_data_named_txt(tmp_path):
    path = tmp_path / "statute.txt"
    path.write_bytes(bytes(range(256)) * 40)
    refused(path, "binary file")


def test_control_characters_without_nul_are_binary_too(tmp_path):
    path = tmp_path / "statute.txt"
    path.write_bytes(bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16]) * 100 + b"(a) text")
    refused(path, "binary")


def test_utf16_without_bom_is_refused_as_binary(tmp_path):
    path = tmp_path / "statute.txt"
    path.write_bytes("(a) Text.".encode("utf-16-le"))
    refused(path, "binary")


def test_empty_file(tmp_path):
    path = tmp_path / "statute.txt"
    path.write_bytes(b"")
    refused(path, "empty")


def test_a_file_of_blank_lines_has_no_statute_text(tmp_path):
    path = tmp_path / "statute.txt"
    path.write_bytes(b"\n\n   \n")
    refused(path, "no statute text")


@pytest.mark.parametrize("name", ["statute.rtf", "statute.doc", "archive.zip", "statute"])
def test_unknown_extension(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(b"(a) Text.")
    message = refused(path, "unsupported file type" if "." in name else "without an extension")
    assert ".txt, .docx, .html or .pdf" in message


def test_missing_file(tmp_path):
    refused(tmp_path / "nowhere.txt", "no such file")


def test_a_folder(tmp_path):
    folder = tmp_path / "statutes.txt"
    folder.mkdir()
    refused(folder, "is a folder")


def test_unreadable_path(tmp_path):
    plain = tmp_path / "plain.txt"
    plain.write_text("(a) Text.", encoding="utf-8")
    refused(plain / "inside.txt", "cannot be read")


def test_a_200_mb_file_is_refused_by_size_before_reading(tmp_path, monkeypatch):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:
        handle.truncate(200 * 1024 * 1024)  # sparse: no 200 MB written
    opened = []
    monkeypatch.setattr(loaders, "open", lambda *a, **k: opened.append(a), raising=False)
    started = time.perf_counter()
    message = refused(path, "200 MB")
    assert "20 MB" in message
    assert opened == [] and time.perf_counter() - started < 1.0


def test_the_size_limit_is_20_mb():
    assert loaders.MAX_FILE_BYTES == 20 * 1024 * 1024


def test_corrupt_docx(tmp_path):
    path = tmp_path / "statute.docx"
    path.write_bytes(b"PK\x03\x04 this is not really a zip archive" * 10)
    refused(path, "not a readable Word")


def test_a_zip_that_is_not_a_word_document(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("readme.txt", "hello")
    path = tmp_path / "statute.docx"
    path.write_bytes(buffer.getvalue())
    refused(path, "not a Word document")


def test_truncated_docx(tmp_path):
    path = tmp_path / "statute.docx"
    path.write_bytes(docx_bytes()[:2000])
    refused(path, "not a readable Word")


def test_zip_bomb_docx(tmp_path):
    bomb = rewrite_docx(docx_bytes(), {"word/media/padding.bin": bytes(30 * 1024 * 1024)})
    path = tmp_path / "bomb.docx"
    path.write_bytes(bomb)
    assert path.stat().st_size < 1024 * 1024
    refused(path, "zip bomb")


def test_docx_expanding_past_the_total_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(docx_text, "MAX_DOCX_UNCOMPRESSED", 64 * 1024)
    big = rewrite_docx(docx_bytes(), {"word/media/photo.bin": os.urandom(100 * 1024)})
    path = tmp_path / "big.docx"
    path.write_bytes(big)
    refused(path, "expand to")


def test_docx_with_too_many_parts(tmp_path):
    many = rewrite_docx(docx_bytes(), {f"customXml/item{i}.bin": b"x" for i in range(1001)})
    path = tmp_path / "many.docx"
    path.write_bytes(many)
    refused(path, "parts")


def test_docx_with_an_external_entity(tmp_path):
    data = docx_bytes("(a) &xxe;")
    original = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml")
    body = original.split(b"?>", 1)[1]
    hostile = rewrite_docx(data, {"word/document.xml": XXE + body.replace(b"(a) ", b"&xxe;")})
    path = tmp_path / "xxe.docx"
    path.write_bytes(hostile)
    message = refused(path, "DOCTYPE")
    assert "root:" not in message


def test_docx_with_entity_expansion_in_another_part(tmp_path):
    hostile = rewrite_docx(docx_bytes(), {"[Content_Types].xml": LAUGHS + b"<lolz>&lol2;</lolz>"})
    path = tmp_path / "laughs.docx"
    path.write_bytes(hostile)
    refused(path, "DOCTYPE or entities")


def test_docx_with_a_doctype_in_a_part_not_named_xml(tmp_path):
    hostile = rewrite_docx(docx_bytes(), {"word/custom.bin": XXE + b"<x>&xxe;</x>"})
    path = tmp_path / "renamed.docx"
    path.write_bytes(hostile)
    refused(path, "DOCTYPE")


def test_binary_html_with_a_declared_charset(tmp_path):
    path = tmp_path / "page.html"
    path.write_bytes(b'<meta charset="iso-8859-1">' + bytes(range(1, 32)) * 200)
    refused(path, "binary")


def test_pdf_with_no_text_layer(tmp_path):
    from test_loader_formats import assemble_pdf

    path = tmp_path / "scan.pdf"
    path.write_bytes(assemble_pdf(b"<< /XObject << /Im1 5 0 R >> >>",
                                  b"q 100 0 0 100 50 600 cm /Im1 Do Q"))
    message = refused(path, "no text layer")
    assert "OCR" in message


def encrypted_pdf(tmp_path, user_password: str):
    from test_loader_formats import make_pdf

    plain = tmp_path / "plain.pdf"
    plain.write_bytes(make_pdf(["(a) A person may move to vacate.", "(b) The court shall grant."]))
    writer = pypdf.PdfWriter(clone_from=plain)
    writer.encrypt(user_password, owner_password="owner-secret", algorithm="RC4-128")
    path = tmp_path / "locked.pdf"
    writer.write(path)
    return path


def test_password_protected_pdf(tmp_path):
    refused(encrypted_pdf(tmp_path, "secret"), "password-protected")


def test_pdf_encrypted_without_a_user_password_opens(tmp_path):
    statute = load_file(encrypted_pdf(tmp_path, ""))
    assert statute.text == "(a) A person may move to vacate.\n(b) The court shall grant.\n"


@pytest.mark.parametrize("content", [b"%PDF-1.4\ngarbage", b"not a pdf at all", b"%PDF-"])
def test_corrupt_pdf(tmp_path, content):
    path = tmp_path / "statute.pdf"
    path.write_bytes(content)
    refused(path, "PDF")


def test_binary_html(tmp_path):
    path = tmp_path / "page.html"
    path.write_bytes(bytes(range(256)) * 10)
    refused(path, "binary")


def test_deeply_nested_html_does_not_crash(tmp_path):
    path = tmp_path / "page.html"
    path.write_bytes(b"<div>" * 50000 + b"(a) Deep text." + b"</div>" * 50000)
    assert "(a) Deep text." in load_file(path).text


def test_html_with_only_scripts_has_no_statute_text(tmp_path):
    path = tmp_path / "page.html"
    path.write_bytes(b"<html><script>var a = 1;</script><style>p{}</style></html>")
    refused(path, "no statute text")


def test_the_source_file_is_never_modified(tmp_path):
    path = tmp_path / "statute.txt"
    path.write_bytes(b"(a) A person may petition\r\nthe court.\r\n")
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    load_source(str(path))
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


def mutated(data: bytes, edits: list[tuple[int, int]]) -> bytes:
    out = bytearray(data)
    for position, value in edits:
        if out:
            out[position % len(out)] = value
    return bytes(out)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(suffix=st.sampled_from([".txt", ".html", ".docx", ".pdf"]),
       edits=st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), max_size=8),
       tail=st.binary(max_size=64))
def test_damaged_files_load_or_fail_with_a_source_error(tmp_path, suffix, edits, tail):
    from test_loader_formats import make_pdf

    valid = {".txt": b"(a) A person may petition.\n", ".html": b"<p>(a) Text.</p>",
             ".docx": docx_bytes(), ".pdf": make_pdf(["(a) A person may petition."])}[suffix]
    path = tmp_path / f"damaged{suffix}"
    path.write_bytes(mutated(valid, edits) + tail)
    try:
        statute = load_file(path)
    except SourceError as error:
        assert "\n" not in str(error)
    else:
        assert statute.text.endswith("\n")
