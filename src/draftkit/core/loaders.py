"""Statute sources: a bundled code, a .txt/.docx/.html/.pdf file, or pasted text, read safely."""

from __future__ import annotations

import contextlib
import io
import logging
import os
import re
import stat
from html.parser import HTMLParser
from pathlib import Path

from draftkit.core.corpus import guess_jurisdiction, load_bundled, load_record, normalize_code
from draftkit.core.docx_text import docx_text
from draftkit.core.errors import SourceError
from draftkit.core.memory import gc_paused
from draftkit.core.normalize import normalize_text
from draftkit.core.statute import Provenance, Statute
from draftkit.core.structure import build_statute

MAX_FILE_BYTES = 20 * 1024 * 1024  # checked with stat() before a byte is read
MAX_PDF_PAGES = 2000
TEXT_SUFFIXES = (".txt", ".text")
HTML_SUFFIXES = (".htm", ".html", ".xhtml")
SUFFIXES = TEXT_SUFFIXES + (".docx",) + HTML_SUFFIXES + (".pdf",)


def _show(path) -> str:
    """A path as it may appear in a one-line message."""
    return str(path).replace("\n", "\\n").replace("\r", "\\r")


# --- choosing a source -------------------------------------------------------------

def load_source(source: str | os.PathLike) -> Statute:
    """A bundled code ("NV", "nv") unless a file of that name exists here; else a file."""
    if isinstance(source, str) and re.fullmatch(r"\s*[A-Za-z]{2}\s*", source) \
            and not os.path.lexists(source):
        return load_bundled(source)
    return load_file(source)


def load_file(path: str | os.PathLike) -> Statute:
    """The statute in a .txt, .docx, .htm/.html or .pdf file; SourceError if it cannot be."""
    path = Path(path)
    data = _read_checked(path)
    reader = _READERS[path.suffix.lower()]
    with gc_paused():
        text = reader(data, path)
        if not text.strip():
            raise SourceError(f"{_show(path)}: no statute text found in the file")
        provenance = Provenance(jurisdiction="", code=None, complete=None, origin=str(path))
        return build_statute(text, _with_guessed_jurisdiction(provenance, text))


def statute_from_text(text: str, *, origin: str = "pasted",
                      jurisdiction_code: str | None = None) -> Statute:
    """A statute from text the user pasted or typed (cleaned like a file's text)."""
    if len(text) > MAX_FILE_BYTES:
        raise SourceError(f"the pasted text is over {MAX_FILE_BYTES // 2**20} million "
                          "characters; DraftKit reads statutes up to that size")
    with gc_paused():
        cleaned = normalize_text(text)
    if not cleaned.strip():
        raise SourceError("there is no text to read: paste or type the statute's text")
    provenance = Provenance(jurisdiction="", code=None, complete=None, origin=origin)
    if jurisdiction_code is None:
        return build_statute(cleaned, _with_guessed_jurisdiction(provenance, cleaned))
    code = normalize_code(jurisdiction_code)
    named = Provenance(jurisdiction=load_record(code).jurisdiction, code=code,
                       complete=None, origin=origin)
    return build_statute(cleaned, named)


def _read_checked(path: Path) -> bytes:
    """The file's bytes, after checking existence, kind, type and size (in that order)."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise SourceError(f"{_show(path)}: no such file") from None
    except OSError as error:
        raise SourceError(f"{_show(path)}: cannot be read ({error.strerror})") from None
    if stat.S_ISDIR(info.st_mode):
        raise SourceError(f"{_show(path)}: is a folder; give a statute file or a code like NV")
    if not stat.S_ISREG(info.st_mode):
        raise SourceError(f"{_show(path)}: is not a regular file")
    _check_suffix(path)
    _check_size(path, info.st_size)
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise SourceError(f"{_show(path)}: cannot be read ({error.strerror})") from None
    _check_size(path, len(data))  # the file may have changed since stat()
    return data


def _check_suffix(path: Path) -> None:
    if path.suffix.lower() not in SUFFIXES:
        problem = f"unsupported file type '{path.suffix}'" if path.suffix else \
            "a file without an extension"
        raise SourceError(f"{_show(path)}: {problem}; use a .txt, .docx, .html or .pdf "
                          "file, or paste the text")


def _check_size(path: Path, size: int) -> None:
    if size == 0:
        raise SourceError(f"{_show(path)}: the file is empty")
    if size > MAX_FILE_BYTES:
        raise SourceError(f"{_show(path)}: the file is {size / 2**20:.0f} MB; DraftKit reads "
                          f"statute files up to {MAX_FILE_BYTES // 2**20} MB")


# --- plain text -----------------------------------------------------------------------

def decode_text(data: bytes, name: str) -> str:
    """Bytes of a text file as str: UTF-8 (with or without BOM), UTF-16 with BOM, cp1252,
    then Latin-1; binary data is refused."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = _decode_utf16(data, name)
    elif b"\x00" in data:
        raise SourceError(f"{name}: this is a binary file, not text")
    else:
        text = _decode_8bit(data)
    _refuse_control_characters(text, name)
    return text


def _decode_utf16(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-16")
    except UnicodeDecodeError:
        raise SourceError(f"{name}: the text is not valid UTF-16") from None


def _decode_8bit(data: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


# Unicode category Cc (U+0000-001F, U+007F-009F) less \t \n \v \f \r and \x85
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")


def _refuse_control_characters(text: str, name: str) -> None:
    controls = sum(1 for _ in _CONTROL.finditer(text))
    if controls > max(2, len(text) // 50):
        raise SourceError(f"{name}: this looks like a binary file, not text")


def _read_text(data: bytes, path: Path) -> str:
    return normalize_text(decode_text(data, _show(path)))


# --- HTML -------------------------------------------------------------------------------

_DROP_TAGS = {"script", "style", "nav", "header", "footer", "noscript", "template", "head",
              "iframe", "object", "svg", "form", "button", "aside", "title"}
_BLOCK_TAGS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section",
               "article", "blockquote", "pre", "table", "ul", "ol", "dl", "dd", "dt", "main",
               "body", "hr", "center", "address", "figure", "figcaption", "caption"}
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", re.I)


def decode_html(data: bytes, name: str) -> str:
    """HTML bytes as str: BOM first, then a meta charset, then UTF-8, then cp1252."""
    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return decode_text(data, name)
    declared = _META_CHARSET.search(data[:4096])
    if declared:
        try:
            text = data.decode(declared.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            return decode_text(data, name)
        _refuse_control_characters(text, name)
        return text
    return decode_text(data, name)


class _HtmlText(HTMLParser):
    """Visible text of a page, one line per block; a stream parser, so no depth limit."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.pieces: list[str] = []
        self.hidden = 0  # inside script, style, nav, header, footer ...
        self.pre = 0

    def handle_starttag(self, tag, attrs):
        self._count(tag, 1)

    def handle_endtag(self, tag):
        self._count(tag, -1)

    def handle_startendtag(self, tag, attrs):
        if tag in _BLOCK_TAGS and not self.hidden:
            self.pieces.append("\n")

    def _count(self, tag: str, step: int) -> None:
        if tag == "body":  # an unclosed <head> ends where the body starts
            self.hidden = 0
        if tag in _DROP_TAGS:
            self.hidden = max(0, self.hidden + step)
        elif tag == "pre":
            self.pre = max(0, self.pre + step)
        if tag in _BLOCK_TAGS and not self.hidden:
            self.pieces.append("\n")
        elif tag in ("td", "th") and not self.hidden:
            self.pieces.append(" ")

    def handle_data(self, data):
        if not self.hidden:
            self.pieces.append(data if self.pre else re.sub(r"\s+", " ", data))


def _read_html(data: bytes, path: Path) -> str:
    text = decode_html(data, _show(path))
    extractor = _HtmlText()
    try:
        extractor.feed(text)
        extractor.close()
    except Exception as error:  # html.parser is lenient; this guards the unexpected
        raise SourceError(f"{_show(path)}: not a readable web page "
                          f"({type(error).__name__})") from None
    lines = [" ".join(line.split()) for line in "".join(extractor.pieces).split("\n")]
    return normalize_text("\n".join(line for line in lines if line), wrapped=False)


# --- PDF --------------------------------------------------------------------------------

def _pdf_reader(data: bytes, name: str):
    import pypdf

    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise SourceError(f"{name}: this PDF is password-protected; save an unprotected "
                              "copy or paste the text")
        return reader
    except SourceError:
        raise
    except Exception as error:  # pypdf raises PdfReadError, ValueError, DependencyError ...
        if "crypt" in f"{type(error).__name__} {error}".lower():
            raise SourceError(f"{name}: this PDF is encrypted and cannot be opened; save an "
                              "unprotected copy or paste the text") from None
        raise SourceError(f"{name}: not a readable PDF ({type(error).__name__})") from None


@contextlib.contextmanager
def _quiet_pypdf():
    """pypdf logs repairs ("EOF marker not found") to stderr; the user gets one line."""
    logger = logging.getLogger("pypdf")  # its modules log to children of this logger
    level = logger.level
    logger.setLevel(logging.CRITICAL + 1)
    try:
        yield
    finally:
        logger.setLevel(level)


def _read_pdf(data: bytes, path: Path) -> str:
    with _quiet_pypdf():
        return _read_pdf_text(data, path)


def _read_pdf_text(data: bytes, path: Path) -> str:
    name = _show(path)
    reader = _pdf_reader(data, name)
    try:
        pages = reader.pages
        if len(pages) > MAX_PDF_PAGES:
            raise SourceError(f"{name}: the PDF has {len(pages)} pages; DraftKit reads up "
                              f"to {MAX_PDF_PAGES}")
        text = "\f".join(page.extract_text() or "" for page in pages)
    except SourceError:
        raise
    except Exception as error:
        raise SourceError(f"{name}: the PDF's text could not be read "
                          f"({type(error).__name__})") from None
    if not text.strip():
        raise SourceError(f"{name}: this PDF has no text layer (scanned?); run OCR first "
                          "or paste the text")
    return normalize_text(text)


def _read_docx(data: bytes, path: Path) -> str:
    return normalize_text(docx_text(data, _show(path)), wrapped=False)


_READERS = {**{suffix: _read_text for suffix in TEXT_SUFFIXES},
            **{suffix: _read_html for suffix in HTML_SUFFIXES},
            ".docx": _read_docx, ".pdf": _read_pdf}


def _with_guessed_jurisdiction(provenance: Provenance, text: str) -> Provenance:
    code = guess_jurisdiction(text)
    if code is None:
        return provenance
    return Provenance(jurisdiction=load_record(code).jurisdiction, code=code,
                      complete=None, origin=provenance.origin)
