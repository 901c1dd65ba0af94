"""Grading: findings plus the user's overrides, scored and graded, and the JSON form of it."""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from draftkit.core.analysis import analyze
from draftkit.core.errors import DraftkitError
from draftkit.core.findings import Analysis, Assessment, Finding, Override
from draftkit.core.rubric import Rubric, load_rubric
from draftkit.core.statute import Statute


def assess(analysis: Analysis, rubric: Rubric | None = None,
           overrides: Sequence[Override] = ()) -> Assessment:
    """Apply `overrides` to the analysis, then score and grade it."""
    rubric = rubric or load_rubric()
    by_category = _checked_overrides(overrides, rubric)
    findings = tuple(_overridden(finding, by_category.get(finding.category), rubric)
                     for finding in analysis.findings)
    score = 0 if analysis.no_relief_law else sum(finding.points for finding in findings)
    return Assessment(findings=findings, score=score, max_score=rubric.max_score,
                      grade=rubric.grade_for(score), no_relief_law=analysis.no_relief_law,
                      excerpt=analysis.excerpt, overrides=tuple(by_category.values()),
                      rubric_id=rubric.id)


def grade_statute(statute: Statute | str, rubric: Rubric | None = None,
                  overrides: Sequence[Override] = ()) -> Assessment:
    """Analyze and assess in one step."""
    rubric = rubric or load_rubric()
    return assess(analyze(statute, rubric), rubric, overrides)


def _checked_overrides(overrides: Sequence[Override], rubric: Rubric) -> dict[str, Override]:
    checked: dict[str, Override] = {}
    for override in overrides:
        try:
            category = rubric.category(override.category)
        except KeyError:
            raise DraftkitError(f"override names unknown category {override.category!r}; "
                                f"use one of: {', '.join(c.id for c in rubric.categories)}") from None
        if not any(level.id == override.level for level in category.levels):
            raise DraftkitError(f"override for {category.id} names unknown level "
                                f"{override.level!r}; use one of: "
                                f"{', '.join(level.id for level in category.levels)}")
        checked[category.id] = override
    return checked


def _overridden(finding: Finding, override: Override | None, rubric: Rubric) -> Finding:
    if override is None:
        return finding
    category = rubric.category(finding.category)
    level = category.level(override.level)
    note = f": {override.note}" if override.note else ""
    reason = (f"Overridden by the user to {level.id} (the analyzer read {finding.level})"
              f"{note}")
    gap = "" if level.points >= category.max else finding.gap or (
        f"The statute would need to provide: {category.best_practice}")
    return replace(finding, level=level.id, points=level.points, reason=reason, gap=gap,
                   verify=False)


def assessment_to_dict(assessment: Assessment, statute: Statute, rubric: Rubric | None = None) -> dict:
    """The JSON shape of DESIGN.md, plus excerpt, missing, overrides and the rubric citation."""
    rubric = rubric or load_rubric()
    return {
        "jurisdiction": statute.code or statute.provenance.jurisdiction or None,
        "score": assessment.score,
        "max_score": assessment.max_score,
        "grade": assessment.grade_label,
        "no_relief_law": assessment.no_relief_law,
        "rubric": rubric.id,
        "rubric_citation": rubric.citation,
        "excerpt": statute.is_excerpt,
        "missing": statute.provenance.missing,
        "overrides": [{"category": o.category, "level": o.level, "note": o.note}
                      for o in assessment.overrides],
        "categories": [_finding_dict(finding) for finding in assessment.findings],
    }


def _finding_dict(finding: Finding) -> dict:
    return {
        "id": finding.category,
        "level": finding.level,
        "points": finding.points,
        "max_points": finding.max_points,
        "verify": finding.verify,
        "reason": finding.reason,
        "evidence": [{"start": e.start, "end": e.end, "text": e.text} for e in finding.evidence],
        "gap": finding.gap,
    }
