"""`draftkit clauses` and `draftkit amend`."""

from __future__ import annotations


def register(sub) -> None:
    p = sub.add_parser("clauses", help="list model clauses, or render them for a jurisdiction")
    p.add_argument("--category", metavar="ID")
    p.add_argument("--jurisdiction", metavar="XX")
    p.set_defaults(func=run_clauses)

    p = sub.add_parser("amend", help="apply model clauses to a statute")
    p.add_argument("source", metavar="SOURCE")
    how = p.add_mutually_exclusive_group(required=True)
    how.add_argument("--clause", metavar="ID", action="append", dest="clauses")
    how.add_argument("--fix-all", action="store_true")
    p.add_argument("--jurisdiction", metavar="XX")
    p.add_argument("-o", "--output", metavar="FILE")
    p.add_argument("--force", action="store_true", help="overwrite an existing FILE")
    p.set_defaults(func=run_amend)


def run_clauses(args) -> int:
    raise NotImplementedError("clauses: being built (drafting helper)")


def run_amend(args) -> int:
    raise NotImplementedError("amend: being built (drafting helper)")
