"""The main job without a display: grade the default statute, amend it, write every export."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

DEFAULT_JURISDICTION = "NV"
DEFAULT_OUTPUT_DIR = "draftkit-output"


@dataclass(frozen=True)
class HeadlessResult:
    """What the headless job wrote, for the summary and for tests."""

    code: str
    grade_before: str
    score_before: int
    grade_after: str
    score_after: int
    files: tuple[Path, ...]


def run_headless(args=None, *, code: str | None = None,
                 out_dir: str | Path = DEFAULT_OUTPUT_DIR, stream=None) -> int:
    """Grade `code` (the preferred state, NV by default), apply every recommended clause,
    and write all three DOCX exports and the grade as JSON."""
    from draftkit.core.config import load_config

    stream = stream or sys.stdout
    config = load_config()
    code = code or config.default_jurisdiction or DEFAULT_JURISDICTION
    print("draftkit: no display found; doing the main job headless.", file=stream)
    result = produce_outputs(code, Path(out_dir), author=_author(config))
    _print_summary(result, stream)
    return 0


def _author(config) -> str:
    from draftkit.core.config import effective_author

    return effective_author(config)


def produce_outputs(code: str, out_dir: Path, *, author: str = "DraftKit") -> HeadlessResult:
    """Write grade JSON, amended text, tracked-changes, bill-format and report-card files."""
    from draftkit.core.corpus import load_bundled
    from draftkit.core.grading import assessment_to_dict, grade_statute
    from draftkit.core.insertion import fix_all
    from draftkit.core.rubric import load_rubric

    rubric = load_rubric()
    statute = load_bundled(code)
    before = grade_statute(statute, rubric)
    amendment = fix_all(statute)
    after = grade_statute(_amended_statute(statute, amendment.text), rubric)
    from draftkit.core.files import write_text_atomic

    out_dir.mkdir(parents=True, exist_ok=True)
    stem = statute.code or "statute"
    files = [
        write_text_atomic(out_dir / f"{stem}-grade.json",
                    json.dumps(assessment_to_dict(before, statute, rubric), indent=2) + "\n"),
        write_text_atomic(out_dir / f"{stem}-amended.txt", amendment.text),
        *_write_docx_exports(statute, amendment.text, out_dir, stem, author),
    ]
    return HeadlessResult(stem, before.grade_label, before.score, after.grade_label,
                          after.score, tuple(files))


def _amended_statute(statute, text: str):
    from draftkit.core.structure import build_statute

    return build_statute(text, statute.provenance)


def _write_docx_exports(statute, amended: str, out_dir: Path, stem: str,
                        author: str) -> list[Path]:
    from draftkit.export.docx_bill import write_bill_docx
    from draftkit.export.docx_tracked import write_tracked_docx
    from draftkit.export.report_card import write_report_card

    citation = statute.provenance.citations[0] if statute.provenance.citations else None
    tracked = write_tracked_docx(statute.text, amended, out_dir / f"{stem}-tracked-changes.docx",
                                 title=f"{statute.provenance.jurisdiction}: amendment",
                                 author=author)
    bill = write_bill_docx(statute.text, amended, out_dir / f"{stem}-bill.docx",
                           jurisdiction_code=statute.code, citation=citation,
                           citations=statute.provenance.citations)
    report = write_report_card(statute, out_dir / f"{stem}-report-card.docx",
                               amended_text=amended, author=author)
    return [Path(tracked), Path(bill), Path(report)]


def _print_summary(result: HeadlessResult, stream) -> None:
    print(f"{result.code}: grade {result.grade_before} ({result.score_before}/100) now; "
          f"{result.grade_after} ({result.score_after}/100) with every recommended clause.",
          file=stream)
    print("Outputs written:", file=stream)
    for path in result.files:
        print(f"  {path.resolve()}", file=stream)
