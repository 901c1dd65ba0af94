"""What a bill prints of each amended section: heading, provisions, and "* * *" elisions."""

from __future__ import annotations

import re
from dataclasses import dataclass

from draftkit.core.redline import ParagraphOp
from draftkit.export.bill_sections import BillSection
from draftkit.export.bill_styles import BillStyle
from draftkit.export.layout import is_heading, line_levels

ELISION = "* * *"
_EDITORIAL_NOTE = re.compile(r"\s*\[[^\]]*\]")
_SECTION_LEAD = re.compile(r"^(?:Sec\.|Section|§)\s*\S+?\.\s+[^a-z()]*?\.\s+(?=\()")


@dataclass(frozen=True)
class PrintedLine:
    """One printed paragraph of a bill section."""

    kind: str  # "heading" (formatted section heading) | "text" (a marked-up op) | "elision"
    op: ParagraphOp | None = None
    text: str = ""  # the heading's words, for kind "heading"
    level: str | int = 1  # provision depth (layout.line_levels) for kind "text"


def op_text(op: ParagraphOp) -> str:
    return op.new_text if op.in_amended else op.old_text


def catchline(heading_line: str, citation: str) -> str:
    """The words of a "§ <citation> <catchline>" line after its citation, editorial notes dropped."""
    rest = heading_line.strip().removeprefix("§").strip()
    rest = rest[len(citation):] if rest.startswith(citation) else rest
    return _EDITORIAL_NOTE.sub("", rest).strip()


def section_levels(ops) -> list[str | int]:
    """Provision depth of each op; a Texas "Sec. 1.01. CATCHLINE. (a) ..." line counts as (a)."""
    return line_levels([_SECTION_LEAD.sub("", op_text(op)) for op in ops])


def print_plan(style: BillStyle, section: BillSection) -> tuple[PrintedLine, ...]:
    """The lines printed for `section` under its amendatory clause (none for a repeal).

    Only additions: just the added provisions, or, where the state elides, the heading,
    the additions with their parent provisions and "* * *" for the rest.
    """
    if section.pattern == "repeal":
        return ()
    ops, levels = list(section.ops), section_levels(section.ops)
    lines = [PrintedLine("text", op, level=level) for op, level in zip(ops, levels)]
    if section.pattern == "add" and not style.elide_unchanged:
        return tuple(line for line in lines if line.op.kind != "equal")
    head, body = _heading(style, lines, section.citation)
    if section.pattern in ("amend", "add") and style.elide_unchanged:
        body = _elide(body)
    return tuple(head + body)


def _heading(style, lines, cite: str) -> tuple[list[PrintedLine], list[PrintedLine]]:
    first = lines[0].op if lines else None
    if first is None or not is_heading(op_text(first)):
        return [], lines
    if first.kind not in ("equal", "insert"):
        return [lines[0]], lines[1:]  # the catchline itself is amended: print its markup
    if _carries_own_heading(lines[1:], cite):
        return [], lines[1:]
    text = style.section_heading(cite, catchline(op_text(first), cite))
    return [PrintedLine("heading", first, text=text)], lines[1:]


def _carries_own_heading(body: list[PrintedLine], cite: str) -> bool:
    """True when the text's first line is the state's own heading ("Sec. 411.0728. ...")."""
    number = cite.rsplit("§", 1)[-1].strip()
    first = op_text(body[0].op).lstrip() if body else ""
    return bool(number) and first.removeprefix("Sec.").removeprefix("§").strip().startswith(
        number)


def _elide(body: list[PrintedLine]) -> list[PrintedLine]:
    """Unchanged provisions that are neither changed nor a changed provision's parent: "* * *"."""
    keep = _context(body)
    out: list[PrintedLine] = []
    for i, line in enumerate(body):
        if i in keep:
            out.append(line)
        elif not out or out[-1].kind != "elision":
            out.append(PrintedLine("elision"))
    return out


def _context(body: list[PrintedLine]) -> set[int]:
    keep = {i for i, line in enumerate(body) if line.op.kind != "equal"}
    for i in sorted(keep):
        keep |= _parents(body, i)
    return keep


def _parents(body: list[PrintedLine], i: int) -> set[int]:
    """Indexes of the provisions that contain line i (the nearest shallower line, up to depth 1)."""
    parents, depth = set(), body[i].level
    for j in range(i - 1, -1, -1):
        if not isinstance(depth, int) or depth <= 1:
            break
        level = body[j].level
        if isinstance(level, int) and level < depth:
            parents.add(j)
            depth = level
    return parents
