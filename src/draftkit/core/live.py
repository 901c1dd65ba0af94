"""Live re-grading while a drafter types: cached, incremental analysis of the current text."""

from __future__ import annotations

import re
from collections import OrderedDict
from dataclasses import dataclass, replace

from draftkit.core.findings import Analysis, Assessment, Override
from draftkit.core.statute import Provenance, Provision, Statute
from draftkit.core.structure import parse_provisions

STRUCTURE_CACHE_SIZE = 256  # section trees kept for re-parsing only what changed
_SECTION_START = re.compile(r"^§", re.MULTILINE)


@dataclass(frozen=True)
class CategoryChange:
    """One category whose level or points moved since the previous update."""

    category: str
    before_level: str
    after_level: str
    before_points: int
    after_points: int


@dataclass(frozen=True)
class LiveResult:
    """The grade of the current text and what changed since the previous update."""

    assessment: Assessment
    changed: tuple[CategoryChange, ...] = ()
    score_delta: int = 0


def _shifted(provision: Provision, delta: int) -> Provision:
    if delta == 0:
        return provision
    return replace(provision, start=provision.start + delta, end=provision.end + delta,
                   body_start=provision.body_start + delta,
                   children=tuple(_shifted(c, delta) for c in provision.children))


def section_chunks(text: str) -> list[tuple[int, str]]:
    """(offset, text) of each "§" section of `text`, plus any text before the first."""
    starts = [m.start() for m in _SECTION_START.finditer(text)]
    if not starts or starts[0] != 0:
        starts.insert(0, 0)
    bounds = starts + [len(text)]
    return [(a, text[a:b]) for a, b in zip(bounds, bounds[1:])]


class StructureCache:
    """Parses a text section by section, reusing the trees of sections that did not change."""

    def __init__(self, size: int = STRUCTURE_CACHE_SIZE):
        self._trees: OrderedDict[str, tuple[Provision, ...]] = OrderedDict()
        self._size = size

    def provisions(self, text: str) -> tuple[Provision, ...]:
        if "\n§" not in "\n" + text:
            return self._parse(text)
        out: list[Provision] = []
        for offset, chunk in section_chunks(text):
            out.extend(_shifted(p, offset) for p in self._parse(chunk))
        return tuple(out)

    def _parse(self, chunk: str) -> tuple[Provision, ...]:
        tree = self._trees.get(chunk)
        if tree is None:
            tree = parse_provisions(chunk)
            self._trees[chunk] = tree
            if len(self._trees) > self._size:
                self._trees.popitem(last=False)
        else:
            self._trees.move_to_end(chunk)
        return tree


def _changes(before: Assessment | None, after: Assessment) -> tuple[CategoryChange, ...]:
    if before is None:
        return ()
    old = {f.category: f for f in before.findings}
    out = []
    for finding in after.findings:
        prior = old.get(finding.category)
        if prior is not None and (prior.level, prior.points) != (finding.level, finding.points):
            out.append(CategoryChange(finding.category, prior.level, finding.level,
                                      prior.points, finding.points))
    return tuple(out)


class LiveGrader:
    """Re-grades text on every pause in typing; unchanged text and revisited texts are free."""

    def __init__(self, rubric=None, jurisdiction_code: str | None = None,
                 overrides: tuple[Override, ...] = (), *, provenance: Provenance | None = None):
        """`provenance` (e.g. the bundled statute's) keeps excerpt flags as a full grade has them."""
        from draftkit.core.rubric import load_rubric

        self.rubric = rubric or load_rubric()
        self.provenance = provenance or Provenance(jurisdiction="", code=jurisdiction_code,
                                                   origin="pasted")
        self.overrides = tuple(overrides)
        self._structure = StructureCache()
        self._text: str | None = None
        self._result: LiveResult | None = None

    def statute(self, text: str) -> Statute:
        """`text` as a Statute with its provision tree, re-parsing only the changed sections."""
        return Statute(text, self.provenance, self._structure.provisions(text))

    @property
    def result(self) -> LiveResult | None:
        """The latest result (None before the first update)."""
        return self._result

    def set_overrides(self, overrides) -> LiveResult | None:
        """Use new overrides; re-grades the current text at once (analysis is reused)."""
        self.overrides = tuple(overrides)
        text, self._text = self._text, None
        return self.update(text) if text is not None else None

    def update(self, text: str) -> LiveResult:
        """The grade of `text`, with the categories that changed since the last update."""
        if text == self._text and self._result is not None:
            return LiveResult(self._result.assessment)
        assessment = self._assess(text)
        before = self._result.assessment if self._result else None
        delta = assessment.score - before.score if before else 0
        self._text = text
        self._result = LiveResult(assessment, _changes(before, assessment), delta)
        return self._result

    def _assess(self, text: str) -> Assessment:
        return grade_text(text, self.provenance, self.rubric, self.overrides)[1]


def grade_text(text: str, provenance: Provenance, rubric=None,
               overrides: tuple[Override, ...] = ()) -> tuple[Analysis, Assessment]:
    """The analysis and assessment of `text` read as a statute with `provenance`.

    The one grading step of the live path, for LiveGrader and the GUI alike. It needs no
    provision tree (the analyzer reads the text), and `analyze` caches by text, so a
    revisited text (undo, redo) costs nothing.
    """
    from draftkit.core.analysis import analyze
    from draftkit.core.grading import assess

    analysis = analyze(Statute(text, provenance), rubric)
    return analysis, assess(analysis, rubric, tuple(overrides))
