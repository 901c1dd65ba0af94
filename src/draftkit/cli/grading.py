"""`draftkit grade` and `draftkit states`."""

from __future__ import annotations


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


def run_grade(args) -> int:
    raise NotImplementedError("grade: being built (analysis helper)")


def run_states(args) -> int:
    raise NotImplementedError("states: being built (analysis helper)")
