"""Cue matching over a Doc: compiled patterns, hits with their unit, readings, fuzzy phrases."""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from draftkit.core.analyzer.text import Doc, Unit


def rx(pattern: str) -> re.Pattern:
    """Compile a cue pattern for Doc.match (lower case, single spaces). The pattern is
    lower-cased; escapes such as \\b, \\w and \\s keep their meaning."""
    return re.compile(_lower_outside_escapes(pattern))


def _lower_outside_escapes(pattern: str) -> str:
    out, escaped = [], False
    for char in pattern:
        out.append(char if escaped else char.lower())
        escaped = char == "\\" and not escaped
    return "".join(out).replace("(?p<", "(?P<")


@dataclass(frozen=True)
class Hit:
    """One cue found in the normalized text."""

    start: int
    end: int
    unit: Unit


@dataclass(frozen=True)
class Reading:
    """A category reader's answer: level id, one-line reason, decisive spans (normalized)."""

    level: str
    reason: str
    spans: tuple[tuple[int, int], ...] = ()
    verify: bool = False
    silent: bool = False  # nothing in the text decided it


def find(doc: Doc, pattern: re.Pattern, *, skip: re.Pattern | None = None,
         within: int = 0) -> list[Hit]:
    """Every match of `pattern`, minus those whose unit prefix (up to `within` chars
    before the match, 0 = the whole unit) matches `skip`."""
    hits = []
    for match in pattern.finditer(doc.match):
        unit = doc.unit_at(match.start())
        if skip is not None and _before(doc, unit, match.start(), within, skip):
            continue
        hits.append(Hit(match.start(), match.end(), unit))
    return hits


def _before(doc: Doc, unit: Unit, pos: int, within: int, skip: re.Pattern) -> bool:
    start = unit.start if within <= 0 else max(unit.start, pos - within)
    return skip.search(doc.match, start, pos) is not None


def unit_has(doc: Doc, hit: Hit, pattern: re.Pattern) -> bool:
    """True when the hit's unit contains `pattern` anywhere."""
    return pattern.search(doc.match, hit.unit.start, hit.unit.end) is not None


def after_has(doc: Doc, hit: Hit, pattern: re.Pattern, within: int) -> bool:
    """True when `pattern` starts within `within` chars after the hit, inside its unit."""
    end = min(hit.unit.end, hit.end + within)
    return pattern.search(doc.match, hit.end, end) is not None


def before_has(doc: Doc, hit: Hit, pattern: re.Pattern, within: int) -> bool:
    """True when `pattern` occurs within `within` chars before the hit, inside its unit."""
    return _before(doc, hit.unit, hit.start, within, pattern)


def spans(hits: list[Hit], limit: int = 3) -> tuple[tuple[int, int], ...]:
    """The first `limit` distinct hit spans, in document order."""
    seen = sorted({(hit.start, hit.end) for hit in hits})
    return tuple(seen[:limit])


def in_heading(doc: Doc, hit: Hit) -> bool:
    return doc.is_heading(hit.unit)


def body_hits(doc: Doc, hits: list[Hit]) -> list[Hit]:
    return [hit for hit in hits if not in_heading(doc, hit)]


def fuzzy_find(doc: Doc, phrase: str, anchor: re.Pattern, cutoff: float = 88.0) -> list[Hit]:
    """Near matches of `phrase` (OCR slips, typos) in units that contain `anchor`.

    Only units holding the anchor word are compared, so the cost stays per unit."""
    hits = []
    seen: set[int] = set()
    for match in anchor.finditer(doc.match):
        unit = doc.unit_at(match.start())
        if unit.start in seen:
            continue
        seen.add(unit.start)
        hits.extend(_fuzzy_in_unit(doc, unit, phrase, cutoff))
    return hits


def _fuzzy_in_unit(doc: Doc, unit: Unit, phrase: str, cutoff: float) -> list[Hit]:
    text = doc.match[unit.start:unit.end].lower()
    if len(text) > 2000:
        return []
    result = fuzz.partial_ratio_alignment(phrase, text, score_cutoff=cutoff)
    if result is None:
        return []
    start = unit.start + result.dest_start
    return [Hit(start, unit.start + result.dest_end, unit)]
