"""Checks a generated DOCX before it is written: its accept-all and reject-all texts."""

from __future__ import annotations

import io
import zipfile

from lxml import etree

from draftkit.core.errors import ExportError
from draftkit.export.oxml_revisions import W_NS

W = f"{{{W_NS}}}"
_P, _R, _T, _DEL_TEXT, _TAB = W + "p", W + "r", W + "t", W + "delText", W + "tab"
_INS, _DEL = W + "ins", W + "del"


def document_xml(data: bytes) -> etree._Element:
    """The parsed word/document.xml of a .docx given as bytes."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return etree.fromstring(archive.read("word/document.xml"))


def revision_views(root: etree._Element) -> tuple[list[str], list[str]]:
    """(accept-all paragraphs, reject-all paragraphs) computed from the document XML.

    A paragraph whose mark is deleted joins the next paragraph on accept; one whose mark
    is inserted joins the next paragraph on reject, as in Word.
    """
    accepted: list[str] = []
    rejected: list[str] = []
    carry_a = carry_r = ""
    for p in root.iter(_P):
        text_a, text_r = _paragraph_texts(p)
        mark = _mark_revisions(p)
        carry_a, carry_r = carry_a + text_a, carry_r + text_r
        if _DEL not in mark:
            accepted.append(carry_a)
            carry_a = ""
        if _INS not in mark:
            rejected.append(carry_r)
            carry_r = ""
    return _flush(accepted, carry_a), _flush(rejected, carry_r)


def _flush(paragraphs: list[str], carry: str) -> list[str]:
    return paragraphs + [carry] if carry else paragraphs


def _mark_revisions(p) -> set[str]:
    ppr = p.find(W + "pPr")
    rpr = ppr.find(W + "rPr") if ppr is not None else None
    return {child.tag for child in rpr} if rpr is not None else set()


def _paragraph_texts(p) -> tuple[str, str]:
    accepted, rejected = [], []
    for child in p:
        if child.tag == _R:
            text = _run_text(child)
            accepted.append(text)
            rejected.append(text)
        elif child.tag == _INS:
            accepted.extend(_run_text(r) for r in child.iter(_R))
        elif child.tag == _DEL:
            rejected.extend(_run_text(r) for r in child.iter(_R))
    return "".join(accepted), "".join(rejected)


def _run_text(r) -> str:
    parts = []
    for child in r:
        if child.tag in (_T, _DEL_TEXT):
            parts.append(child.text or "")
        elif child.tag == _TAB:
            parts.append("\t")
    return "".join(parts)


def normalized_paragraphs(paragraphs, *, keep_blank: bool = True) -> list[str]:
    """Paragraphs with their whitespace collapsed (Word keeps runs of spaces; readers don't)."""
    out = [" ".join(p.split()) for p in paragraphs]
    return out if keep_blank else [p for p in out if p]


def require_same(found, expected, what: str) -> None:
    """ExportError naming the first paragraph that differs, when two views disagree."""
    got, want = normalized_paragraphs(found), normalized_paragraphs(expected)
    if got == want:
        return
    k = next((i for i, (a, b) in enumerate(zip(got, want)) if a != b), min(len(got), len(want)))
    raise ExportError(f"self-check failed, nothing written: {what} differs at paragraph {k + 1}"
                      f" ({len(got)} paragraphs found, {len(want)} expected)")


def check_redline(redline, original: str, amended: str) -> None:
    """The redline must rebuild both texts exactly before anything is printed from it."""
    from draftkit.core.redline import accepted_text, rejected_text

    if accepted_text(redline) != amended or rejected_text(redline) != original:
        raise ExportError("self-check failed, nothing written: the redline does not rebuild "
                          "the original and amended texts")


def check_tracked(data: bytes, original: str, amended: str) -> None:
    """Accept-all must give `amended` and reject-all `original` (whitespace-normalized)."""
    accepted, rejected = revision_views(document_xml(data))
    require_same(accepted, amended.split("\n"), "the accept-all text")
    require_same(rejected, original.split("\n"), "the reject-all text")
