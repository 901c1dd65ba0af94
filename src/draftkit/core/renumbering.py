"""Provision labels in a statute's own scheme, and renumbering with cross-reference repair."""

from __future__ import annotations

import re
from dataclasses import dataclass

from draftkit.core.statute import Provision

_ROMANS = ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
_WRAP = {"paren": "({})", "dot": "{}."}
# words that refer to a unit of a statute, followed by one or more labels
_REF_WORDS = r"subsections?|(?:sub)?paragraphs?|(?:sub)?divisions?|clauses?|items?"
_OTHER_LAW = re.compile(r"\s+of\s+(?!this\b)", re.IGNORECASE)


def to_roman(value: int) -> str:
    """Lower-case roman numeral for 1..39."""
    out = []
    for number, numeral in _ROMANS:
        while value >= number:
            out.append(numeral)
            value -= number
    return "".join(out)


def _letters(value: int) -> str:
    """a..z, then aa, bb ... as statutes continue letter lists."""
    return chr(97 + (value - 1) % 26) * ((value - 1) // 26 + 1)


def _core(style: str, value: int) -> str:
    base = style.rsplit("_", 1)[0]
    if base == "arabic":
        return str(value)
    if base in ("lower", "upper"):
        letters = _letters(value)
        return letters.upper() if base == "upper" else letters
    if base in ("roman", "roman_upper"):
        numeral = to_roman(value)
        return numeral.upper() if base == "roman_upper" else numeral
    raise ValueError(f"no label scheme for style {style!r}")


def format_label(style: str, value: int) -> str:
    """The label of the `value`-th provision in `style`: ("lower_paren", 6) -> "(f)"."""
    wrap = _WRAP.get(style.rsplit("_", 1)[-1])
    if wrap is None:
        raise ValueError(f"no label scheme for style {style!r}")
    return wrap.format(_core(style, value))


def label_value(label: str, style: str) -> int | None:
    """The position a label holds in its scheme ("(f)" -> 6), or None if it has a suffix."""
    core = label.strip().lstrip("[").strip("().")
    for value in range(1, 60):
        try:
            if _core(style, value) == core:
                return value
        except ValueError:
            return None
    return None


def is_numbered(provision: Provision) -> bool:
    """True when the provision's label is a plain member of a renumberable sequence."""
    return provision.style not in ("section", "section_word") and \
        label_value(provision.label, provision.style) is not None


@dataclass(frozen=True)
class LabelShift:
    """Relabel siblings of `style` numbered `first` or more by `delta` in [scope_start, scope_end)."""

    style: str
    first: int
    scope_start: int
    scope_end: int
    delta: int = 1


def shifted_labels(siblings, first: int, delta: int = 1) -> list[tuple[Provision, str]]:
    """(provision, new label) for each sibling numbered `first` or more, moved by `delta`."""
    out = []
    for sibling in siblings:
        value = label_value(sibling.label, sibling.style)
        if value is not None and value >= first and value + delta >= 1:
            out.append((sibling, format_label(sibling.style, value + delta)))
    return out


def _ref_pattern(style: str) -> re.Pattern:
    if style.endswith("_dot"):
        one = r"[0-9]+" if style.startswith("arabic") else r"[A-Za-z]{1,4}"
    else:
        one = r"\([0-9A-Za-z]{1,5}\)"
    joiner = r"(?:\s*,\s*|\s+(?:and|or|to|through)\s+|\s*-\s*)"
    return re.compile(rf"\b(?:{_REF_WORDS})\s+((?:{one})(?:{joiner}(?:{one}))*)(?![0-9A-Za-z])",
                      re.IGNORECASE)


def _shift_token(token: str, shift: LabelShift) -> str:
    core = token.strip("()")
    probe = f"({core})" if shift.style.endswith("_paren") else f"{core}."
    value = label_value(probe, shift.style)
    if value is None or value < shift.first:
        return token
    if value + shift.delta < 1:
        return token
    new = _core(shift.style, value + shift.delta)
    return f"({new})" if token.startswith("(") else new


def _shift_list(match: re.Match, shift: LabelShift, token_re: re.Pattern) -> str:
    whole, refs = match.group(0), match.group(1)
    if _OTHER_LAW.match(match.string, match.end()):
        return whole  # "subsection 5 of NRS 179.245" names another law's unit
    offset = match.start(1) - match.start(0)
    new_refs = token_re.sub(lambda m: _shift_token(m.group(0), shift), refs)
    return whole[:offset] + new_refs + whole[offset + len(refs):]


def repair_references(text: str, shift: LabelShift, skip: tuple[int, int] = (0, 0)) -> str:
    """Shift "subsection 5" -> "subsection 6" (etc.) inside the shift's scope, except `skip`."""
    if shift.style.endswith("_dot"):
        token_re = re.compile(r"[0-9]+" if shift.style.startswith("arabic") else r"[A-Za-z]+")
    else:
        token_re = re.compile(r"\([0-9A-Za-z]{1,5}\)")
    pattern = _ref_pattern(shift.style)
    pieces, cursor = [], shift.scope_start
    for lo, hi in _scope_parts(shift, skip):
        pieces.append(text[cursor:lo])
        segment = text[lo:hi]
        pieces.append(pattern.sub(lambda m: _shift_list(m, shift, token_re), segment))
        cursor = hi
    return text[:shift.scope_start] + "".join(pieces) + text[cursor:]


def _scope_parts(shift: LabelShift, skip: tuple[int, int]) -> list[tuple[int, int]]:
    lo, hi = shift.scope_start, shift.scope_end
    s0, s1 = skip
    if s1 <= s0 or s1 <= lo or s0 >= hi:
        return [(lo, hi)]
    return [(lo, max(lo, s0)), (min(hi, s1), hi)]
