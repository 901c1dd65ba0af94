"""`draftkit clauses` and `draftkit amend`."""

from __future__ import annotations

import sys
from pathlib import Path

from draftkit.core.errors import ClauseError


def register(sub) -> None:
    p = sub.add_parser("clauses", help="list model clauses, or render them for a jurisdiction")
    p.add_argument("--category", metavar="ID")
    p.add_argument("--jurisdiction", metavar="XX")
    p.add_argument("--clause-dir", metavar="DIR", help="a folder of your own clauses "
                   "(same id as a built-in replaces it)")
    p.set_defaults(func=run_clauses)

    p = sub.add_parser("amend", help="apply model clauses to a statute")
    p.add_argument("source", metavar="SOURCE")
    how = p.add_mutually_exclusive_group(required=True)
    how.add_argument("--clause", metavar="ID", action="append", dest="clauses")
    how.add_argument("--fix-all", action="store_true")
    p.add_argument("--jurisdiction", metavar="XX")
    p.add_argument("-o", "--output", metavar="FILE")
    p.add_argument("--force", action="store_true", help="overwrite an existing FILE")
    p.add_argument("--param", metavar="ID.NAME=VALUE", action="append", default=[],
                   help="a clause parameter; list values are separated by ';'")
    p.add_argument("--clause-dir", metavar="DIR", help="a folder of your own clauses")
    p.set_defaults(func=run_amend)


def _library(args):
    from draftkit.core.clauses import default_library, load_library
    from draftkit.core.config import configured_clause_dir

    folder = args.clause_dir or configured_clause_dir()
    return load_library(folder) if folder else default_library()


def _check_category(library, category: str | None) -> None:
    if category and category not in library.categories():
        known = ", ".join(library.categories())
        raise ClauseError(f"unknown category {category!r}; categories: {known}")


def _code(args) -> str | None:
    if not args.jurisdiction:
        return None
    from draftkit.core.jurisdictions import jurisdiction

    return jurisdiction(args.jurisdiction).code


def run_clauses(args) -> int:
    library = _library(args)
    _check_category(library, args.category)
    clauses = _in_rubric_order([c for c in library.clauses
                                if not args.category or c.category == args.category])
    code = _code(args)
    out = sys.stdout
    if code is None:
        _print_table(clauses, out)
    else:
        _print_rendered(clauses, code, out)
    return 0


def _in_rubric_order(clauses):
    """Clauses by the rubric's category order, the recommended one first in each category."""
    from draftkit.core.rubric import load_rubric

    order = [c.id for c in load_rubric().categories]

    def key(clause):
        rank = order.index(clause.category) if clause.category in order else len(order)
        return (rank, not clause.recommended, clause.id)

    return sorted(clauses, key=key)


def _print_table(clauses, out) -> None:
    rows = [("ID", "CATEGORY", "LEVEL", "TITLE")]
    rows += [(c.id + (" *" if c.recommended else ""), c.category, c.level, c.title)
             for c in clauses]
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    for row in rows:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths)) + "  " + row[3], file=out)
    print("* recommended (used by amend --fix-all)", file=out)


def _print_rendered(clauses, code: str, out) -> None:
    from draftkit.core.clauses import render_clause

    for index, clause in enumerate(clauses):
        if index:
            print(file=out)
        print(f"[{clause.id}] {clause.title} ({clause.category}: {clause.level})", file=out)
        print(render_clause(clause, code), file=out)


def _params(library, specs: list[str]) -> dict[str, dict]:
    params: dict[str, dict] = {}
    for spec in specs:
        key, sep, value = spec.partition("=")
        clause_id, dot, name = key.partition(".")
        if not sep or not dot or not name:
            raise ClauseError(f"--param {spec[:60]!r}: write it as CLAUSE_ID.NAME=VALUE")
        clause = library.get(clause_id)
        default = clause.parameters.get(name)
        if default is not None and isinstance(default.default, tuple):
            value = [part.strip() for part in value.split(";") if part.strip()]
        params.setdefault(clause_id, {})[name] = value
    return params


def _amend(args, library):
    from draftkit.core.insertion import apply_clauses, fix_all
    from draftkit.core.loaders import load_source

    code = _code(args)
    params = _params(library, args.param)
    clause_ids = args.clauses or []
    for clause_id in clause_ids:
        library.get(clause_id)
    statute = load_source(args.source)
    if args.fix_all:
        return fix_all(statute, library, jurisdiction_code=code)
    return apply_clauses(statute, clause_ids, library=library, params=params,
                         jurisdiction_code=code)


def _check_output(args) -> Path | None:
    from draftkit.core.files import check_output_path

    if not args.output:
        return None
    return check_output_path(args.output, force=args.force, sources=(args.source,))


def _write(target: Path, text: str) -> None:
    from draftkit.core.files import write_text_atomic

    write_text_atomic(target, text)


def run_amend(args) -> int:
    library = _library(args)
    target = _check_output(args)
    amendment = _amend(args, library)
    for step in amendment.steps:
        print(f"draftkit: {step}", file=sys.stderr)
    if target is None:
        sys.stdout.write(amendment.text if amendment.text.endswith("\n")
                         else amendment.text + "\n")
    else:
        _write(target, amendment.text)
        print(f"draftkit: wrote {target}", file=sys.stderr)
    return 0
