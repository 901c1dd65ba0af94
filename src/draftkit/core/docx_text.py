"""Text of a Word (.docx) file, read safely: zip-bomb and DTD checks, list numbers kept."""

from __future__ import annotations

import io
import re
import zipfile

from draftkit.core.errors import SourceError

MAX_DOCX_MEMBERS = 1000
MAX_DOCX_UNCOMPRESSED = 100 * 1024 * 1024
MAX_COMPRESSION_RATIO = 100  # a zip member inflating more than this (over 1 MB) is a bomb
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_DECLARATION = re.compile(rb"<!\s*(?:DOCTYPE|ENTITY)", re.IGNORECASE)


def check_docx_archive(archive: zipfile.ZipFile, name: str) -> None:
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


def docx_text(data: bytes, name: str) -> str:
    """The body text of a .docx (one line per paragraph), after the safety checks;
    SourceError naming `name` if the file is hostile or not a readable Word document."""
    import docx  # python-docx: imported here so text and PDF users do not pay for it

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            check_docx_archive(archive, name)
        return "\n".join(_body_lines(docx.Document(io.BytesIO(data))))
    except SourceError:
        raise
    except Exception as error:  # python-docx and lxml raise many types for corrupt files
        raise SourceError(f"{name}: not a readable Word (.docx) file "
                          f"({type(error).__name__})") from None
