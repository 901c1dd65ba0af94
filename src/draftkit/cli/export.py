"""`draftkit redline` and `draftkit report`."""

from __future__ import annotations


def register(sub) -> None:
    p = sub.add_parser("redline", help="export the amendment as a DOCX redline")
    p.add_argument("original", metavar="ORIGINAL")
    p.add_argument("amended", metavar="AMENDED")
    p.add_argument("-o", "--output", metavar="OUT.docx", required=True)
    p.add_argument("--style", choices=("tracked", "bill"), default="tracked")
    p.add_argument("--jurisdiction", metavar="XX")
    p.add_argument("--force", action="store_true", help="overwrite an existing OUT.docx")
    p.set_defaults(func=run_redline)

    p = sub.add_parser("report", help="export the testimony report card")
    p.add_argument("source", metavar="SOURCE")
    p.add_argument("--amended", metavar="FILE")
    p.add_argument("-o", "--output", metavar="OUT.docx", required=True)
    p.add_argument("--force", action="store_true", help="overwrite an existing OUT.docx")
    p.set_defaults(func=run_report)


def run_redline(args) -> int:
    raise NotImplementedError("redline: being built (export helper)")


def run_report(args) -> int:
    raise NotImplementedError("report: being built (export helper)")
