"""The analyzer: reads a statute's text against the rubric and returns one finding per category."""

from __future__ import annotations

import functools
import re

from draftkit.core.analyzer import coverage, procedure, protection, relief
from draftkit.core.analyzer.cues import Reading
from draftkit.core.analyzer.text import Doc
from draftkit.core.findings import Analysis, Evidence, Finding
from draftkit.core.memory import gc_paused
from draftkit.core.rubric import Category, Rubric, load_rubric
from draftkit.core.statute import Provenance, Statute

_READERS = {
    "relief_type": relief.read_relief_type,
    "record_scope": relief.read_record_scope,
    "discretion": procedure.read_discretion,
    "timing": procedure.read_timing,
    "hearing": procedure.read_hearing,
    "burden": procedure.read_burden,
    "documentation": procedure.read_documentation,
    "confidentiality": protection.read_confidentiality,
    "eligibility": coverage.read_eligibility,
    "access": protection.read_access,
}
_HEADING_LINE = re.compile(r"^\s*§[^\n]*$", re.MULTILINE)
_NOTE = re.compile(r"\[[^\[\]]*\]")
_RELIEF_WORDS = re.compile(r"vacat|expung|expunction|\bseal|set aside|set-aside", re.IGNORECASE)


def analyze(statute: Statute | str, rubric: Rubric | None = None) -> Analysis:
    """One finding per rubric category for `statute` (or a bare text)."""
    if isinstance(statute, str):
        statute = Statute(text=statute, provenance=Provenance(jurisdiction="", code=None,
                                                              origin="pasted"))
    rubric = rubric or load_rubric()
    return _analyze(statute.text, statute.is_excerpt, statute.provenance.kind, rubric)


@functools.lru_cache(maxsize=16)
def _analyze(text: str, excerpt: bool, kind: str, rubric: Rubric) -> Analysis:
    with gc_paused():  # tens of thousands of small objects, no cycles
        doc = Doc(text, excerpt)
        readings = _readings(doc, excerpt)
    no_relief = is_no_relief_law(text, kind)
    findings = tuple(_finding(doc, category, readings.get(category.id), excerpt, no_relief)
                     for category in rubric.categories)
    return Analysis(findings=findings, no_relief_law=no_relief, excerpt=excerpt)


def _readings(doc: Doc, excerpt: bool) -> dict[str, Reading]:
    readings = {category: reader(doc) for category, reader in _READERS.items()}
    has_relief = readings["relief_type"].level != "none"
    readings["nexus"] = protection.read_nexus(doc, excerpt, has_relief)
    readings["offenses"] = coverage.read_offenses(doc, excerpt, has_relief)
    return readings


def is_no_relief_law(text: str, kind: str = "") -> bool:
    """True for an empty text, or one recorded as no law that grants no relief either."""
    if not text.strip():
        return True
    if kind != "none":
        return False
    return not _RELIEF_WORDS.search(_NOTE.sub(" ", _HEADING_LINE.sub(" ", text)))


def _finding(doc: Doc, category: Category, reading: Reading | None, excerpt: bool,
             no_relief: bool) -> Finding:
    reading = _fit(category, reading)
    level = category.level(reading.level)
    points = 0 if no_relief else level.points
    below = level.points < category.max
    verify = reading.verify or (excerpt and (reading.silent or below)) or _catchline_only(doc, reading)
    return Finding(
        category=category.id, level=level.id, points=points, max_points=category.max,
        reason=_reason(reading, no_relief), evidence=_evidence(doc, reading.spans),
        gap=_gap(category) if below or no_relief else "", verify=verify)


def _catchline_only(doc: Doc, reading: Reading) -> bool:
    """Decided by words of catchlines alone (a section whose body was cut off): verify."""
    return bool(reading.spans) and all(doc.is_catchline(doc.unit_at(start)) for start, _ in reading.spans)


def _fit(category: Category, reading: Reading | None) -> Reading:
    """The reading, or the category's lowest level when this rubric's levels differ."""
    if reading is not None and any(level.id == reading.level for level in category.levels):
        return reading
    lowest = category.lowest
    return Reading(lowest.id, "DraftKit cannot read this category from the text; "
                   "set it by hand", verify=True, silent=True)


def _reason(reading: Reading, no_relief: bool) -> str:
    reason = reading.reason[:1].upper() + reading.reason[1:]
    if no_relief:
        return f"No trafficking-specific relief law: scored 0. {reason}."
    return f"{reason}."


def _gap(category: Category) -> str:
    return f"The statute would need to provide: {category.best_practice}"


def _evidence(doc: Doc, spans) -> tuple[Evidence, ...]:
    """The decisive spans in the original text, operative words before catchlines."""
    ordered = sorted(set(spans), key=lambda span: (doc.is_heading(doc.unit_at(span[0])), span))
    evidence = []
    for start, end in ordered:
        begin, finish = doc.original_span(start, end)
        evidence.append(Evidence(begin, finish, doc.original[begin:finish]))
    return tuple(evidence)
