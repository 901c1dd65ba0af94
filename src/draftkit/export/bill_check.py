"""Self-check of a printed bill: every printed provision against the original and amended text."""

from __future__ import annotations

from draftkit.core.errors import ExportError
from draftkit.export.bill_print import ELISION, PrintedLine
from draftkit.export.bill_sections import BillSection
from draftkit.export.layout import is_heading
from draftkit.export.selfcheck import W, document_xml

CLAUSE_STYLE, HEADING_STYLE = "DraftKitBillClause", "DraftKitBillSectionHeading"
ELISION_STYLE = "DraftKitBillElision"
_TEXT_STYLES = ("DraftKitBillHeading", "DraftKitBillBody", "DraftKitLevel")
_NEW, _DELETED, _MARK = "DraftKitNewMatter", "DraftKitDeletedMatter", "DraftKitDeletionMark"


def printed_items(data: bytes) -> list[list[tuple[str, str, str]]]:
    """Per bill section, its printed paragraphs as (kind, text without deleted, without new)."""
    sections: list[list[tuple[str, str, str]]] = []
    for p in document_xml(data).iter(W + "p"):
        style = _style(p, "pPr/" + W + "pStyle")
        if style == CLAUSE_STYLE:
            sections.append([])
        elif sections and (item := _item(p, style)) is not None:
            sections[-1].append(item)
    return [s for s in sections if s]


def _style(element, path: str) -> str:
    found = element.find(W + path)
    return found.get(W + "val") if found is not None else ""


def _item(p, style: str) -> tuple[str, str, str] | None:
    new, old = _views(p)
    if style == HEADING_STYLE:
        return "heading", new, old
    if style == ELISION_STYLE:
        return "elision", new, old
    if style.startswith(_TEXT_STYLES):
        return "text", new, old
    return None


def _views(p) -> tuple[str, str]:
    new, old = [], []
    for r in p.iter(W + "r"):
        kind = _style(r, "rPr/" + W + "rStyle")
        text = "".join(t.text or "" for t in r.iter(W + "t"))
        if kind not in (_DELETED, _MARK):
            new.append(text)
        if kind not in (_NEW, _MARK):
            old.append(text)
    return "".join(new), "".join(old)


def check_printed_bill(data: bytes, original: str, amended: str,
                       printed: list[tuple[BillSection, tuple[PrintedLine, ...]]]) -> None:
    """Each printed provision, read back from the DOCX, must be its line of the texts.

    A text paragraph without deleted matter is its line of `amended`, without new matter its
    line of `original`; a "* * *" stands for one or more unchanged provisions, and only
    unchanged provisions are left out (or, for "amended by adding", everything but the
    additions).
    """
    expected = [(section, plan) for section, plan in printed if plan]
    found = printed_items(data)
    if len(found) != len(expected):
        _fail(f"{len(found)} bill sections printed, {len(expected)} expected")
    lines = (original.split("\n"), amended.split("\n"))
    for n, (items, (section, plan)) in enumerate(zip(found, expected), start=1):
        _check_plan(section, plan, n)
        _check_items(items, plan, lines, n)


def _check_items(items, plan, lines, n: int) -> None:
    if len(items) != len(plan):
        _fail(f"bill section {n} prints {len(items)} paragraphs, {len(plan)} expected")
    for k, ((kind, new, old), line) in enumerate(zip(items, plan), start=1):
        if kind != line.kind or _words((new, old)) != _words(_expected(line, lines)):
            _fail(f"bill section {n}, paragraph {k} is not the {line.kind} it should be")


def _expected(line: PrintedLine, lines) -> tuple[str, str]:
    if line.kind == "elision":
        return ELISION, ELISION
    if line.kind == "heading":
        return (line.text if line.op.in_amended else "", line.text if line.op.in_original
                else "")
    original, amended = lines
    op = line.op
    return (amended[op.new_index] if op.in_amended else "",
            original[op.old_index] if op.in_original else "")


def _check_plan(section: BillSection, plan, n: int) -> None:
    """Printed ops in order; anything left out is unchanged (or, when adding, not added)."""
    printed = [line.op for line in plan if line.kind != "elision"]
    positions = [next((i for i, op in enumerate(section.ops) if op is p), -1) for p in printed]
    if -1 in positions or positions != sorted(set(positions)):
        _fail(f"bill section {n} prints provisions out of order")
    omitted = [op for i, op in enumerate(section.ops) if i not in set(positions)]
    if any(op.kind != "equal" for op in omitted):
        _fail(f"bill section {n} leaves out a changed provision")
    elided = any(line.kind == "elision" for line in plan)
    if (section.pattern != "add" or elided) and _unmarked_gap(plan, positions, section.ops):
        _fail(f"bill section {n} leaves out provisions without a \"{ELISION}\" line")


def _unmarked_gap(plan, positions, ops) -> bool:
    """True unless every run of left-out provisions is one "* * *" line in its place.

    The corpus's own "§ <citation> <catchline>" line may be left out unmarked: the bill
    prints the section heading in the state's form, or the text carries its own heading.
    """
    printed = set(positions)
    shape: list[str] = []
    for i, op in enumerate(ops):
        if i in printed:
            shape.append("op")
        elif not (i == 0 and is_heading(op.old_text)) and shape[-1:] != ["elision"]:
            shape.append("elision")
    return shape != ["elision" if line.kind == "elision" else "op" for line in plan]


def _words(pair: tuple[str, str]) -> tuple[str, str]:
    return tuple(" ".join(text.split()) for text in pair)


def _fail(detail: str) -> None:
    raise ExportError(f"self-check failed, nothing written: {detail}")
