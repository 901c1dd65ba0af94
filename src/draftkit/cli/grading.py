"""`draftkit grade` and `draftkit states`."""

from __future__ import annotations

import csv
import io
import json
import sys

WEAKEST_COUNT = 3


def register(sub) -> None:
    p = sub.add_parser("grade", help="grade a statute against the rubric")
    p.add_argument("source", metavar="SOURCE",
                   help="a bundled jurisdiction code (e.g. NV) or a .txt/.docx/.html/.pdf file")
    p.add_argument("--json", action="store_true", help="print the JSON described in DESIGN.md")
    p.add_argument("--rubric", metavar="FILE", help="a rubric file to grade against")
    p.set_defaults(func=run_grade)

    p = sub.add_parser("states", help="grade every bundled jurisdiction")
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true")
    fmt.add_argument("--csv", action="store_true")
    p.add_argument("--rubric", metavar="FILE", help="a rubric file to grade against")
    p.set_defaults(func=run_states)


def _rubric_path(args) -> str | None:
    """--rubric, else the rubric file named in the preferences, else the bundled rubric."""
    from draftkit.core.config import configured_rubric

    return args.rubric or configured_rubric()


def run_grade(args, out=None) -> int:
    from draftkit.core.grading import assessment_to_dict, grade_statute
    from draftkit.core.loaders import load_source
    from draftkit.core.rubric import load_rubric

    out = out or sys.stdout
    rubric = load_rubric(_rubric_path(args))
    statute = load_source(args.source)
    assessment = grade_statute(statute, rubric)
    if args.json:
        json.dump(assessment_to_dict(assessment, statute, rubric), out, indent=2,
                  ensure_ascii=False)
        out.write("\n")
    else:
        out.write(format_grade(assessment, statute, rubric))
    return 0


def format_grade(assessment, statute, rubric) -> str:
    """The human-readable table of one assessment."""
    name = statute.provenance.jurisdiction or statute.provenance.origin or "statute"
    lines = [f"{name}: {assessment.score}/{assessment.max_score}  grade {assessment.grade_label}", ""]
    width = max(len(category.name) for category in rubric.categories)
    for finding in assessment.findings:
        category = rubric.category(finding.category)
        mark = "  [verify]" if finding.verify else ""
        lines.append(f"  {category.name:<{width}}  {finding.level:<22} "
                     f"{finding.points:>2}/{finding.max_points:<2}  {finding.reason}{mark}")
    lines += ["", rubric.citation]
    if statute.is_excerpt:
        lines.append("Warning: this grade rests on an incomplete text (an excerpt); load the "
                     "official full text to confirm it.")
        if statute.provenance.missing:
            lines.append(f"Missing: {statute.provenance.missing}")
    return "\n".join(lines) + "\n"


def run_states(args, out=None) -> int:
    from draftkit.core.corpus import jurisdiction_codes, load_bundled
    from draftkit.core.grading import grade_statute
    from draftkit.core.rubric import load_rubric

    out = out or sys.stdout
    rubric = load_rubric(_rubric_path(args))
    rows = []
    for code in sorted(jurisdiction_codes()):
        statute = load_bundled(code)
        rows.append(state_row(code, statute, grade_statute(statute, rubric)))
    if args.json:
        json.dump(rows, out, indent=2, ensure_ascii=False)
        out.write("\n")
    elif args.csv:
        out.write(_csv(rows))
    else:
        out.write(_table(rows) + f"\n{rubric.citation}\n")
    return 0


def state_row(code: str, statute, assessment) -> dict:
    """One jurisdiction's line: code, name, score, grade, flags and weakest categories."""
    return {
        "code": code,
        "name": statute.provenance.jurisdiction,
        "score": assessment.score,
        "max_score": assessment.max_score,
        "grade": assessment.grade_label,
        "no_relief_law": assessment.no_relief_law,
        "excerpt": statute.is_excerpt,
        "weakest": _weakest(assessment),
    }


def _weakest(assessment) -> list[str]:
    """Categories losing the most points, most first (ties in rubric order)."""
    losses = [(finding.max_points - finding.points, index, finding.category)
              for index, finding in enumerate(assessment.findings)
              if finding.points < finding.max_points]
    return [category for _, _, category in sorted(losses, key=lambda t: (-t[0], t[1]))][:WEAKEST_COUNT]


def _csv(rows: list[dict]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["code", "name", "score", "max_score", "grade", "no_relief_law", "excerpt",
                     "weakest"])
    for row in rows:
        writer.writerow([row["code"], row["name"], row["score"], row["max_score"], row["grade"],
                         str(row["no_relief_law"]).lower(), str(row["excerpt"]).lower(),
                         " ".join(row["weakest"])])
    return buffer.getvalue()


def _table(rows: list[dict]) -> str:
    lines = [f"{'code':<5}{'name':<22}{'score':>6}  {'grade':<18}{'excerpt':<9}weakest"]
    for row in rows:
        lines.append(f"{row['code']:<5}{row['name'][:21]:<22}{row['score']:>6}  "
                     f"{row['grade']:<18}{'yes' if row['excerpt'] else 'no':<9}"
                     f"{', '.join(row['weakest'])}")
    return "\n".join(lines)
