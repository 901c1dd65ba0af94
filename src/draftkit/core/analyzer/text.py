"""A statute's text prepared for matching: normalized, split into units, mapped back to offsets."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

# Same-length substitutions: typographic quotes and dashes, odd spaces.
_SAME_LENGTH = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-",
    "\u2014": "-", "\u2011": "-", "\u00a0": " ", "\u2009": " ", "\u202f": " ",
    "\u2002": " ", "\u2003": " ", "\t": " ", "\r": " ", "\f": " ", "\v": " ",
})
# Runs that change length: a word hyphenated across a line break (possibly over a page
# number line), a line break with its indentation, a bare page-number line, space runs.
# A page-furniture line: a page number ("12", "- 7 -", "Page 3 of 7", "[Page 5]") or a
# running header in capitals with no lower-case letter ("TITLE 18 -- CRIMES AND OFFENSES").
_PAGE_LINE = (r" *(?:[Pp]age +\d{1,4}(?: +of +\d{1,4})?|[-–] *\d{1,4} *[-–]|\[[Pp]age +\d{1,4}\]|\d{1,4}"
              r"|(?=[^a-z\n]*[A-Z][^a-z\n]*[A-Z])[^a-z\n§(\[]{6,120}?) *")
_RUNS = re.compile(
    rf"(?P<hyph>(?<=[a-z])- *\n(?:(?:{_PAGE_LINE})?\n)* *(?=[a-z]))"
    rf"|(?P<page>^{_PAGE_LINE}(?:\n|$))"
    rf"|(?P<nl> *\n(?:[ \t]*\n|{_PAGE_LINE}(?:\n|$))*\s*)"
    r"|(?P<sp>  +)",
)
# After a line break, these start a new unit (a provision marker or a section heading).
_UNIT_START = re.compile(
    r"\(?[0-9]{1,3}(?:\.[0-9]+)*[.)] |\([a-zA-Z]{1,6}\)|[A-Z]\. |[a-z]\. |[ivxlIVXL]{1,6}\. "
    r"|§|sec(?:tion)?\.? ?[0-9]|\[|[A-Z][A-Za-z ,'-]{2,60}\.(?: |--|-)"
)
_SENTENCE_END = re.compile(r"(?<=[a-z0-9)\]\"'])[.;](?= (?:[A-Z(\"]|[0-9]+\. ))|\n")
_BRACKETED = re.compile(r"\[[^\[\]\n]{0,400}\]")
_HEADING = re.compile(r"^(?:§|sec\. [0-9])", re.IGNORECASE | re.MULTILINE)


@dataclass(frozen=True)
class Unit:
    """A sentence or a line-level provision in the normalized text."""

    start: int
    end: int
    section: int  # index of the enclosing section (0 when there is no heading)


class Doc:
    """Normalized text plus the map back to the original offsets, units and sections."""

    def __init__(self, original: str):
        self.original = original
        self.norm, self._norm_at, self._orig_at = _normalize(original)
        # what cues are matched against: bracketed notes and bill brackets blanked out
        self.match = _matching_text(self.norm)
        self.sections = _sections(self.norm)
        self.cache: dict = {}  # per-document memo for readers
        self.units = _units(self.norm, self.sections)
        self._unit_starts = [unit.start for unit in self.units]

    def unit_at(self, pos: int) -> Unit:
        """The unit containing normalized offset `pos`."""
        index = bisect.bisect_right(self._unit_starts, pos) - 1
        return self.units[max(index, 0)]

    def previous(self, unit: Unit) -> Unit | None:
        """The unit before `unit`, or None for the first."""
        index = bisect.bisect_right(self._unit_starts, unit.start) - 1
        return self.units[index - 1] if index > 0 else None

    def is_heading(self, unit: Unit) -> bool:
        """True for a unit on a section heading line (a catchline)."""
        line_start = self.norm.rfind("\n", 0, unit.start) + 1
        return _HEADING.match(self.norm, line_start) is not None

    def unit_text(self, unit: Unit) -> str:
        return self.norm[unit.start:unit.end]

    def section_text(self, index: int) -> str:
        start, end = self.sections[index]
        return self.norm[start:end]

    def section_of(self, pos: int) -> int:
        return self.unit_at(pos).section

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets of the normalized span [start, end)."""
        if end <= start:
            begin = self._to_original(start)
            return begin, begin
        return self._to_original(start), self._to_original(end - 1) + 1

    def _to_original(self, pos: int) -> int:
        index = bisect.bisect_right(self._norm_at, pos) - 1
        return self._orig_at[index] + (pos - self._norm_at[index])


def _matching_text(norm: str) -> str:
    """Lower case, one kind of space, bracketed notes blanked: same length as `norm`."""
    blanked = _BRACKETED.sub(lambda m: " " * len(m.group()), norm).replace("\n", " ")
    lowered = blanked.lower()
    return lowered if len(lowered) == len(blanked) else blanked


def _normalize(text: str) -> tuple[str, list[int], list[int]]:
    """The normalized text and parallel breakpoint lists (normalized, original)."""
    source = text.translate(_SAME_LENGTH)
    pieces: list[str] = []
    norm_at, orig_at = [0], [0]
    last = length = 0
    for match in _RUNS.finditer(source):
        pieces.append(source[last:match.start()])
        length += match.start() - last
        replacement = _replacement(match, source)
        norm_at.append(length)
        orig_at.append(match.start())
        pieces.append(replacement)
        length += len(replacement)
        norm_at.append(length)
        orig_at.append(match.end())
        last = match.end()
    pieces.append(source[last:])
    return "".join(pieces), norm_at, orig_at


def _replacement(match: re.Match, source: str) -> str:
    kind = match.lastgroup
    if kind == "hyph":
        return ""
    if kind == "sp":
        return " "
    if kind == "page":
        return ""
    before = source[match.start() - 1] if match.start() else ""
    if before in ".:;" or _UNIT_START.match(source, match.end()):
        return "\n"
    return " "


def _sections(norm: str) -> list[tuple[int, int]]:
    starts = [match.start() for match in _HEADING.finditer(norm)]
    if not starts or starts[0] != 0:
        starts.insert(0, 0)
    ends = starts[1:] + [len(norm)]
    return list(zip(starts, ends))


def _units(norm: str, sections: list[tuple[int, int]]) -> tuple[Unit, ...]:
    units: list[Unit] = []
    section_starts = [start for start, _ in sections]
    start = 0
    for match in _SENTENCE_END.finditer(norm):
        if _abbreviation(norm, match.start()):
            continue
        end = match.end()
        units.append(_unit(start, end, section_starts))
        start = end
    if start < len(norm) or not units:
        units.append(_unit(start, len(norm), section_starts))
    return tuple(units)


def _abbreviation(norm: str, pos: int) -> bool:
    """True when the period at `pos` ends an abbreviation ("Stat.", "U.S.C.", "Nev.")."""
    if norm[pos] != ".":
        return False
    word = norm[max(0, pos - 12):pos].rsplit(None, 1)[-1] if pos else ""
    return "." in word or len(word) <= 1 or word.lower() in _ABBREVIATIONS


_ABBREVIATIONS = frozenset(
    "stat ann rev gen proc crim cal nev ariz colo conn del fla ga haw ill ind kan ky la "
    "mass md me mich minn miss mo mont neb okla pa tenn tex va vt wash wis wyo sec art "
    "gov't no nos mr ms dr st cent ch pub sess supp cons pen civ corr jud seq al etc v "
    "subd subsec par cl div tit".split())


def _unit(start: int, end: int, section_starts: list[int]) -> Unit:
    section = bisect.bisect_right(section_starts, start) - 1
    return Unit(start, end, max(section, 0))
