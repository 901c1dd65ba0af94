"""Statute sources: a bundled code, a .txt/.docx/.html/.pdf file, or pasted text, read safely."""

from __future__ import annotations

import contextlib
import io
import logging
import os
import re
import stat
import unicodedata
import zipfile
from html.parser import HTMLParser
from pathlib import Path

from draftkit.core.corpus import guess_jurisdiction, load_bundled, load_record, normalize_code
from draftkit.core.errors import SourceError
from draftkit.core.normalize import normalize_text
from draftkit.core.statute import Provenance, Statute
from draftkit.core.structure import build_statute

MAX_FILE_BYTES = 20 * 1024 * 1024  # checked with stat() before a byte is read
MAX_DOCX_MEMBERS = 1000
MAX_DOCX_UNCOMPRESSED = 100 * 1024 * 1024
MAX_COMPRESSION_RATIO = 100  # a zip member inflating more than this (over 1 MB) is a bomb
MAX_PDF_PAGES = 2000
TEXT_SUFFIXES = (".txt", ".text")
HTML_SUFFIXES = (".htm", ".html", ".xhtml")
SUFFIXES = TEXT_SUFFIXES + (".docx",) + HTML_SUFFIXES + (".pdf",)
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_DECLARATION = re.compile(rb"<!\s*(?:DOCTYPE|ENTITY)", re.IGNORECASE)


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


def _refuse_control_characters(text: str, name: str) -> None:
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f")
    if controls > max(2, len(text) // 50):
        raise SourceError(f"{name}: this looks like a binary file, not text")


def _read_text(data: bytes, path: Path) -> str:
    return normalize_text(decode_text(data, _show(path)))


# --- Word -------------------------------------------------------------------------------

def _check_docx_archive(archive: zipfile.ZipFile, name: str) -> None:
    """Refuse archives too large, too many parts, zip bombs, and XML with DTDs."""
    members = archive.infolist()
    if len(members) > MAX_DOCX_MEMBERS:
        raise SourceError(f"{name}: the Word file has {len(members)} parts; refusing to open it")
    total = sum(member.file_size for member in members)
    if total > MAX_DOCX_UNCOMPRESSED:
        raise SourceError(f"{name}: the Word file would expand to {total / 2**20:.0f} MB; "
                          "refusing to open it")
    for member in members:
        if member.file_size > 2**20 and \
                member.file_size > MAX_COMPRESSION_RATIO * max(member.compress_size, 1):
            raise SourceError(f"{name}: the Word file is compressed like a zip bomb; "
                              "refusing to open it")
    if "word/document.xml" not in archive.namelist():
        raise SourceError(f"{name}: not a Word document (no word/document.xml)")
    for member in members:
        if _declares_entities(archive, member):
            raise SourceError(f"{name}: the Word file declares a DOCTYPE or entities "
                              "(a known attack); refusing to open it")


def _declares_entities(archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> bool:
    """True if a part that is XML (whatever its name) declares a DOCTYPE or entities."""
    raw = archive.read(member)
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raw = raw.decode("utf-16", "replace").encode("utf-8")
    if not raw.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
        return False  # not XML: an image or other binary part
    return bool(_DECLARATION.search(raw))


def _paragraph_text(paragraph) -> str:
    """Visible text of a w:p: runs, tabs and breaks; deleted (w:delText) text left out."""
    pieces = []
    for node in paragraph.iter(_W + "t", _W + "tab", _W + "br", _W + "cr"):
        if node.tag == _W + "t":
            pieces.append(node.text or "")
        else:
            pieces.append("\t" if node.tag == _W + "tab" else "\n")
    return "".join(pieces)


_NUMBER_FORMATS = {"decimal", "decimalZero", "lowerLetter", "upperLetter", "lowerRoman",
                   "upperRoman"}
_ROMAN_DIGITS = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
                 (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


def _format_number(value: int, fmt: str) -> str:
    """A list counter as Word prints it: 3 -> "3", "c", "C", "iii", "III", "03"."""
    if fmt.endswith("Letter"):
        text = chr(96 + (value - 1) % 26 + 1) * ((value - 1) // 26 + 1)
    elif fmt.endswith("Roman"):
        text = ""
        for amount, digits in _ROMAN_DIGITS:
            count, value = divmod(value, amount)
            text += digits * count
    else:
        text = f"{value:02d}" if fmt == "decimalZero" else str(value)
    return text.upper() if fmt.startswith("upper") else text


def _val(element, child: str, default=None):
    node = element.find(_W + child) if element is not None else None
    return default if node is None else node.get(_W + "val", default)


class _Numbering:
    """Word's automatic list numbers ("(a)", "1.") rendered as text, counted in order."""

    def __init__(self, document):
        self.lists = self._definitions(document)
        self.styles = {style.get(_W + "styleId"): style.find(f"{_W}pPr/{_W}numPr")
                       for style in document.styles.element.iterchildren(_W + "style")}
        self.counters: dict[str, dict[int, int]] = {}

    @staticmethod
    def _definitions(document) -> dict:
        try:
            root = document.part.numbering_part.element
        except (NotImplementedError, KeyError, AttributeError):
            return {}
        abstracts = {a.get(_W + "abstractNumId"): {
            int(lvl.get(_W + "ilvl", "0")): (_val(lvl, "numFmt", "decimal"),
                                             _val(lvl, "lvlText", ""), int(_val(lvl, "start", "1")))
            for lvl in a.iterchildren(_W + "lvl")} for a in root.iterchildren(_W + "abstractNum")}
        return {num.get(_W + "numId"): abstracts.get(_val(num, "abstractNumId"), {})
                for num in root.iterchildren(_W + "num")}

    def _reference(self, paragraph) -> tuple[str, int] | None:
        direct = paragraph.find(f"{_W}pPr/{_W}numPr")
        styled = self.styles.get(_val(paragraph.find(_W + "pPr"), "pStyle"))
        num_id = _val(direct, "numId") or _val(styled, "numId")
        level = _val(direct, "ilvl") or _val(styled, "ilvl") or "0"
        return (num_id, int(level)) if num_id and num_id != "0" else None

    def label(self, paragraph) -> str:
        """The paragraph's list number and a space, or "" if it is not numbered."""
        reference = self._reference(paragraph)
        levels = self.lists.get(reference[0], {}) if reference else {}
        if not reference or reference[1] not in levels:
            return ""
        counts = self.counters.setdefault(reference[0], {})
        fmt, template, start = levels[reference[1]]
        counts[reference[1]] = counts.get(reference[1], start - 1) + 1
        for deeper in [level for level in counts if level > reference[1]]:
            del counts[deeper]
        if fmt not in _NUMBER_FORMATS:
            return ""  # bullets and unnumbered levels
        text = re.sub(r"%([1-9])", lambda m: self._part(levels, counts, int(m.group(1)) - 1),
                      template)
        return text + " " if text.strip() else ""

    @staticmethod
    def _part(levels: dict, counts: dict, level: int) -> str:
        fmt, _template, start = levels.get(level, ("decimal", "", 1))
        return _format_number(counts.get(level, start), fmt)


def _body_lines(document) -> list[str]:
    """Paragraphs of the body in order (list numbers included), table cells' too."""
    numbering, lines = _Numbering(document), []
    for element in document.element.body.iterchildren(_W + "p", _W + "tbl"):
        paragraphs = [element] if element.tag == _W + "p" else element.iter(_W + "p")
        lines.extend(numbering.label(p) + _paragraph_text(p) for p in paragraphs)
    return lines


def _read_docx(data: bytes, path: Path) -> str:
    import docx  # python-docx: imported here so text and PDF users do not pay for it

    name = _show(path)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            _check_docx_archive(archive, name)
        lines = _body_lines(docx.Document(io.BytesIO(data)))
    except SourceError:
        raise
    except Exception as error:  # python-docx and lxml raise many types for corrupt files
        raise SourceError(f"{name}: not a readable Word (.docx) file "
                          f"({type(error).__name__})") from None
    return normalize_text("\n".join(lines), wrapped=False)


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


_READERS = {**{suffix: _read_text for suffix in TEXT_SUFFIXES},
            **{suffix: _read_html for suffix in HTML_SUFFIXES},
            ".docx": _read_docx, ".pdf": _read_pdf}


def _with_guessed_jurisdiction(provenance: Provenance, text: str) -> Provenance:
    code = guess_jurisdiction(text)
    if code is None:
        return provenance
    return Provenance(jurisdiction=load_record(code).jurisdiction, code=code,
                      complete=None, origin=provenance.origin)
