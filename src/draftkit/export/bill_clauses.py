"""The amendatory clause of a bill section, naming the section and any added provisions."""

from __future__ import annotations

import re

from draftkit.core.alignment import split_label
from draftkit.export.bill_print import op_text, section_levels
from draftkit.export.bill_sections import BillSection
from draftkit.export.bill_styles import BillStyle


def amendatory_clause(style: BillStyle, section: BillSection) -> str:
    """The clause that introduces a bill section, in the jurisdiction's words."""
    template = getattr(style, section.pattern)
    whole = section.citation
    if section.pattern == "add":  # adding to an excerpt ("§ 9.94A.640(3)-(4)") adds to the section
        whole = _EXCERPT.sub(r"\1", whole)
    cite = style.bill_citation(whole)
    added = added_provisions(style, section) if section.pattern == "add" else ""
    clause = template.format(citation=cite, added=added)
    return clause[:1].upper() + clause[1:]


_EXCERPT = re.compile(r"^(.*§\s*[^\s(]+)\(.*$")


def added_provisions(style: BillStyle, section: BillSection) -> str:
    """What an "is amended by adding ..." clause names: "subsections 6 and 7"."""
    groups: list[tuple[str, list[str]]] = []  # (noun depth + parent, labels)
    for depth, label, parent in _added(section):
        key = f"{depth}|{parent}"
        if groups and groups[-1][0] == key:
            groups[-1][1].append(label)
        else:
            groups.append((key, [label]))
    return _join([_name(style, key, labels) for key, labels in groups])


def _added(section: BillSection):
    """(depth, label, parent's "noun label" or "") for each added provision, in order."""
    levels = section_levels(section.ops)
    last_at: dict[int, str] = {}
    for op, level in zip(section.ops, levels):
        label = split_label(op_text(op))[0].strip().rstrip(".")
        depth = level if isinstance(level, int) else 1
        if op.kind != "equal":
            yield depth, label, last_at.get(depth - 1, "") if depth > 1 else ""
        if label:
            last_at = {d: l for d, l in last_at.items() if d < depth} | {depth: label}


def _name(style: BillStyle, key: str, labels: list[str]) -> str:
    depth_text, parent = key.split("|", 1)
    depth = int(depth_text)
    noun = style.provision_noun(depth, plural=len(labels) > 1)
    if not noun:
        return _join([parent + label for label in labels])
    named = f"{noun} {_join(labels)}"
    if parent:
        named += f" of {style.provision_noun(depth - 1, plural=False)} {parent}"
    return named


def _join(names: list[str]) -> str:
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]
