"""How statute lines are laid out in Word: section headings and provision depth by label."""

from __future__ import annotations

import re

from draftkit.core.alignment import split_label

HEADING = "heading"
BODY = "body"
MAX_DEPTH = 5

_ROMAN = re.compile(r"^[ivxlc]+$")
_PREVIOUS_LETTER = {"i": "h", "v": "u", "x": "w", "l": "k", "c": "b"}


def is_heading(line: str) -> bool:
    """A section heading line: "§ Nev. Rev. Stat. § 179.247 Vacating ..."."""
    return line.lstrip().startswith("§")


def label_scheme(label: str, last_letter: str | None) -> str:
    """The numbering scheme of a label: "arabic_dot", "lower_paren", "roman_paren", ..."""
    core = label.strip()
    inner = core.strip("().").split("-")[0]
    paren = core.startswith("(")
    if inner[:1].isdigit():
        return "arabic_paren" if paren else "arabic_dot"
    if core.startswith(("Sec", "SECTION")):
        return "section"
    if inner.islower() and _ROMAN.match(inner) and not _continues_letters(inner, last_letter):
        return "roman_paren" if paren else "roman_dot"
    if inner.isupper() and len(inner) > 1:
        return "upper_roman_paren" if paren else "upper_roman_dot"
    case = "lower" if inner.islower() else "upper"
    return f"{case}_paren" if paren else f"{case}_dot"


def _continues_letters(inner: str, last_letter: str | None) -> bool:
    """"(i)" after "(h)" is the letter i, not roman one."""
    return len(inner) == 1 and last_letter == _PREVIOUS_LETTER.get(inner)


def line_levels(lines: list[str]) -> list[str | int]:
    """For each line: HEADING, BODY (no label) or the provision depth 1..MAX_DEPTH."""
    levels: list[str | int] = []
    stack: list[str] = []
    last_letter: str | None = None
    for line in lines:
        if is_heading(line):
            stack, last_letter = [], None
            levels.append(HEADING)
            continue
        label, _ = split_label(line)
        if not label:
            levels.append(BODY)
            continue
        scheme = label_scheme(label, last_letter)
        if scheme in ("lower_paren", "lower_dot"):
            last_letter = label.strip().strip("().")
        stack = stack[:stack.index(scheme) + 1] if scheme in stack else stack + [scheme]
        levels.append(min(len(stack), MAX_DEPTH))
    return levels
