"""Results of analysis and grading: evidence spans, findings, overrides, assessments."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Evidence:
    """A span of the statute's own words that decided a finding."""

    start: int
    end: int
    text: str  # == statute.text[start:end]


@dataclass(frozen=True)
class Finding:
    """The analyzer's reading of one rubric category."""

    category: str  # rubric category id, e.g. "relief_type"
    level: str  # rubric level id, e.g. "vacatur_and_clearing"
    points: int
    max_points: int
    reason: str  # one line
    evidence: tuple[Evidence, ...] = ()
    gap: str = ""  # plain words: what is missing to reach the maximum; "" at maximum
    verify: bool = False  # ambiguous or incomplete text: a reviewer should look


@dataclass(frozen=True)
class Analysis:
    """All 12 findings for one text, plus whether the text is a relief law at all."""

    findings: tuple[Finding, ...]
    no_relief_law: bool = False
    excerpt: bool = False  # the statute is known to be incomplete

    def finding(self, category: str) -> Finding:
        for f in self.findings:
            if f.category == category:
                return f
        raise KeyError(category)


@dataclass(frozen=True)
class Override:
    """A user's decision to replace the analyzer's level for one category."""

    category: str
    level: str
    note: str = ""


@dataclass(frozen=True)
class Assessment:
    """Findings with the user's overrides applied, scored and graded."""

    findings: tuple[Finding, ...]  # after overrides
    score: int
    max_score: int
    grade: str  # "A".."F"
    no_relief_law: bool = False
    excerpt: bool = False
    overrides: tuple[Override, ...] = field(default=())
    rubric_id: str = ""  # e.g. "draftkit-v1"

    @property
    def grade_label(self) -> str:
        """What a user reads: "D", or "F (no relief law)"."""
        return f"{self.grade} (no relief law)" if self.no_relief_law else self.grade

    def finding(self, category: str) -> Finding:
        for f in self.findings:
            if f.category == category:
                return f
        raise KeyError(category)
