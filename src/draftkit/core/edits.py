"""Text edits on a statute's provision tree: replace a provision, add one, enact a section."""

from __future__ import annotations

import re
from dataclasses import dataclass

from draftkit.core.renumbering import (LabelShift, format_label, label_value,
                                       repair_references, shifted_labels)
from draftkit.core.statute import Provision, Statute

NEW_SECTION_HEADING = "§ [New section] Criminal record relief for victims of human trafficking."
NEW_SECTION_STYLE = "lower_paren"
_SENTENCE_END = re.compile(r"(?<=[.;:])\s+(?=[A-Z(])")


@dataclass(frozen=True)
class Edit:
    """The amended text, where the new words are, and what was done in plain words."""

    text: str
    start: int
    end: int
    description: str
    inserted: tuple[str, ...] = ()  # words put in place of struck words, when not a body


def describe(provision: Provision, section: Provision | None) -> str:
    """ "subsection 4 of § 179.247" in the statute's own labels."""
    label = provision.label.strip().lstrip("[").rstrip(".")
    where = f" of {section_name(section)}" if section is not None else ""
    return f"{provision.kind} {label}{where}"


def section_name(section: Provision) -> str:
    label = section.label
    return "§ " + label.rsplit("§", 1)[-1].strip() if "§" in label[1:] else label


def parent_of(statute: Statute, target: Provision) -> Provision | None:
    """The provision whose children include `target` (None for a top-level provision)."""
    for provision in statute.walk():
        if target in provision.children:
            return provision
    return None


def section_of(statute: Statute, target: Provision) -> Provision | None:
    return next((top for top in statute.provisions
                 if top.start <= target.start and target.end <= top.end), None)


def replace_provision(statute: Statute, provision: Provision, body: str) -> Edit:
    """Keep the provision's label, put `body` in place of its text and its children."""
    start, end = provision.body_start, provision.end
    text = statute.text[:start] + body + statute.text[end:]
    what = f"replaced {describe(provision, section_of(statute, provision))}"
    return Edit(text, start, start + len(body), what)


def replace_span(statute: Statute, start: int, end: int, body: str) -> Edit:
    """Put `body` in place of the sentence text between start and end."""
    text = statute.text[:start] + body + statute.text[end:]
    holder = _holder(statute, start)
    what = "replaced a sentence" + (f" in {describe(holder, section_of(statute, holder))}"
                                    if holder is not None else "")
    return Edit(text, start, start + len(body), what)


def _holder(statute: Statute, offset: int) -> Provision | None:
    found = None
    for provision in statute.walk():
        if provision.start <= offset < provision.end:
            found = provision
    return found


def sentence_bounds(text: str, lo: int, hi: int, start: int, end: int) -> tuple[int, int]:
    """The sentence of text[lo:hi] that contains [start, end)."""
    s = lo
    for match in _SENTENCE_END.finditer(text, lo, hi):
        if match.start() >= start:
            return s, match.start()
        s = match.end()
    return s, hi


def insert_after(statute: Statute, provision: Provision, body: str) -> Edit:
    """A new sibling right after `provision`, later siblings renumbered, references fixed."""
    parent = parent_of(statute, provision)
    siblings = parent.children if parent else statute.provisions
    value = label_value(provision.label, provision.style)
    if value is None:
        raise ValueError(f"cannot number after {provision.label!r}")
    later = [s for s in siblings if s.start > provision.start]
    moves = shifted_labels(later, value + 1)
    label = format_label(provision.style, value + 1)
    text, delta = _relabel(statute.text, moves)
    insertion = "\n" + label + " " + body
    text = text[:provision.end] + insertion + text[provision.end:]
    start = provision.end + 1 + len(label) + 1
    text = _repair(text, parent, provision, moves, delta + len(insertion), (start, start + len(body)))
    what = _insert_description(statute, provision, label, moves)
    return Edit(text, start, start + len(body), what)


def delete_provision(statute: Statute, provision: Provision) -> Edit:
    """Remove a provision (a repeal): later siblings renumbered down, references fixed."""
    text = statute.text
    if provision.start and text[provision.start - 1] != "\n":
        raise ValueError(f"{provision.label} does not start a line")
    value = label_value(provision.label, provision.style)
    parent = parent_of(statute, provision)
    siblings = parent.children if parent else statute.provisions
    later = [s for s in siblings if s.start > provision.start]
    moves = shifted_labels(later, value + 1, -1) if value is not None else []
    text, delta = _relabel(text, moves)
    cut_start, cut_end = provision.start - 1, provision.end
    text = text[:cut_start] + text[cut_end:]
    growth = delta - (cut_end - cut_start)
    if moves and parent is not None:
        shift = LabelShift(provision.style, value + 1, parent.start, parent.end + growth, -1)
        text = repair_references(text, shift)
    section = section_of(statute, provision)
    what = f"repealed {describe(provision, section)}"
    if moves:
        what += f"; renumbered {len(moves)} later {provision.kind}{'s' if len(moves) > 1 else ''}"
    return Edit(text, cut_start, cut_start, what)


def _relabel(text: str, moves) -> tuple[str, int]:
    delta = 0
    for sibling, new_label in sorted(moves, key=lambda m: -m[0].start):
        at = text.find(sibling.label, sibling.start)
        text = text[:at] + new_label + text[at + len(sibling.label):]
        delta += len(new_label) - len(sibling.label)
    return text, delta


def _repair(text, parent, provision, moves, growth, skip) -> str:
    if not moves or parent is None:
        return text
    value = label_value(provision.label, provision.style) + 1
    shift = LabelShift(provision.style, value, parent.start, parent.end + growth)
    repaired = repair_references(text, shift, skip)
    return repaired


def _insert_description(statute, provision, label, moves) -> str:
    kind = provision.kind
    section = section_of(statute, provision)
    where = f" of {section_name(section)}" if section is not None else ""
    after = provision.label.strip().lstrip("[").rstrip(".")
    what = f"added {kind} {label.rstrip('.')} after {kind} {after}{where}"
    if moves:
        what += f"; renumbered {len(moves)} later {kind}{'s' if len(moves) > 1 else ''}"
    return what


def append_to(statute: Statute, section: Provision, body: str) -> Edit:
    """A new subsection at the end of `section` (or a first one when it has none)."""
    container = list_holder(section)
    numbered = [c for c in container.children if label_value(c.label, c.style) is not None]
    if numbered:
        return insert_after(statute, numbered[-1], body)
    return _first_subsection(statute, section, body)


def list_holder(section: Provision) -> Provision:
    """The provision whose children are the section's subsections ("Section 59." wraps them)."""
    container = section
    while len(container.children) == 1 and label_value(
            container.children[0].label, container.children[0].style) is None:
        container = container.children[0]
    return container


def _first_subsection(statute: Statute, section: Provision, body: str) -> Edit:
    label = format_label(NEW_SECTION_STYLE, 1)
    insertion = "\n" + label + " " + body
    text = statute.text[:section.end] + insertion + statute.text[section.end:]
    start = section.end + len(label) + 2
    what = f"added subsection {label} to {section_name(section)}"
    return Edit(text, start, start + len(body), what)


def enact_section(statute: Statute, bodies: list[str]) -> tuple[str, list[tuple[int, int]], str]:
    """A new section made of `bodies` as subsections (a), (b), ... after the existing text."""
    prefix = statute.text.rstrip()
    lines = [NEW_SECTION_HEADING]
    lines += [f"{format_label(NEW_SECTION_STYLE, i)} {body}" for i, body in enumerate(bodies, 1)]
    text = (prefix + "\n\n" if prefix else "") + "\n".join(lines) + "\n"
    spans, cursor = [], len(prefix + "\n\n" if prefix else "") + len(NEW_SECTION_HEADING) + 1
    for i, body in enumerate(bodies, 1):
        start = cursor + len(format_label(NEW_SECTION_STYLE, i)) + 1
        spans.append((start, start + len(body)))
        cursor = start + len(body) + 1
    return text, spans, f"enacted a new section with {len(bodies)} subsection(s)"
