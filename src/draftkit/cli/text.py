"""`draftkit text`: the statute's text exactly as DraftKit reads it."""

from __future__ import annotations


def register(sub) -> None:
    p = sub.add_parser("text", help="print the statute's text as DraftKit reads it")
    p.add_argument("source", metavar="SOURCE")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    p.add_argument("--force", action="store_true", help="overwrite an existing FILE")
    p.set_defaults(func=run)


def run(args) -> int:
    raise NotImplementedError("text: being built (statute helper)")
