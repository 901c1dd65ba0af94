"""A redline cut into bill sections: one per amended statute section, with its amendatory clause."""

from __future__ import annotations

import re
from dataclasses import dataclass

from draftkit.core.alignment import split_label
from draftkit.core.redline import ParagraphOp, Redline
from draftkit.export.layout import is_heading
_AFTER_SECTION_SIGN = re.compile(r"^(.*§\s*[^\s\[]+)")
_FIRST_NUMBER = re.compile(r"^(.*?\d[^\s\[]*)")


@dataclass(frozen=True)
class BillSection:
    """One statute section the amendment touches, as a bill prints it."""

    pattern: str  # "amend" | "add" | "enact" | "repeal"
    citation: str  # in the corpus's form ("Nev. Rev. Stat. § 179.247")
    ops: tuple[ParagraphOp, ...]  # the section's paragraphs, blank lines dropped

    @property
    def original(self) -> str:
        return "\n".join(op.old_text for op in self.ops if op.in_original)

    @property
    def amended(self) -> str:
        return "\n".join(op.new_text for op in self.ops if op.in_amended)


def heading_citation(line: str, citations=()) -> str:
    """The citation a "§ <citation> <catchline>" heading starts with."""
    rest = line.strip().removeprefix("§").strip()
    for citation in sorted(citations, key=len, reverse=True):
        if rest.startswith(citation):
            return citation
    match = (_AFTER_SECTION_SIGN if "§" in rest else _FIRST_NUMBER).match(rest)
    return (match.group(1) if match else rest).rstrip(",;:")


def bill_sections(redline: Redline, *, citations=(), citation: str | None = None
                  ) -> list[BillSection]:
    """The sections of the text that the amendment changes, each with its pattern."""
    sections = []
    for group in _groups(redline.paragraphs):
        pattern = _pattern(group)
        if pattern is not None:
            cite = _group_citation(group, citations, citation)
            sections.append(BillSection(pattern, cite, tuple(_printed(group))))
    return sections


def _text(op: ParagraphOp) -> str:
    return op.new_text if op.in_amended else op.old_text


def _groups(ops) -> list[list[ParagraphOp]]:
    groups: list[list[ParagraphOp]] = [[]]
    for op in ops:
        if is_heading(_text(op)) and groups[-1]:
            groups.append([])
        groups[-1].append(op)
    return [g for g in groups if g]


def _printed(group) -> list[ParagraphOp]:
    return [op for op in group if op.old_text.strip() or op.new_text.strip()]


def _pattern(group) -> str | None:
    ops = _printed(group)
    kinds = {op.kind for op in ops}
    if not ops or kinds <= {"equal"}:
        return None
    if all(not op.in_original for op in ops):
        return "enact"
    if all(not op.in_amended for op in ops):
        return "repeal"
    if kinds <= {"equal", "insert", "move_to"} and _all_labelled(ops):
        return "add"
    return "amend"


def _all_labelled(ops) -> bool:
    """Added provisions can be named in the clause only when each starts with a label."""
    return all(split_label(op.new_text)[0] for op in ops if op.kind != "equal")


def _group_citation(group, citations, citation) -> str:
    first = _text(group[0])
    if is_heading(first):
        return heading_citation(first, citations)
    return citation or "This section"
