"""`draftkit text`: the statute's text exactly as DraftKit reads it."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from draftkit.core.statute import Statute

NOTICE_CHARS = 160


def register(sub) -> None:
    p = sub.add_parser("text", help="print the statute's text as DraftKit reads it")
    p.add_argument("source", metavar="SOURCE")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    p.add_argument("--force", action="store_true", help="overwrite an existing FILE")
    p.set_defaults(func=run)


def run(args) -> int:
    from draftkit.core.files import check_output_path, write_text_atomic
    from draftkit.core.loaders import load_source

    statute = load_source(args.source)
    if args.output:
        out = check_output_path(args.output, force=args.force, sources=(args.source,))
        write_text_atomic(out, statute.text)
    else:
        _write_stdout(statute.text)
    notice = excerpt_notice(statute)
    if notice:
        print(notice, file=sys.stderr)
    return 0


def _shorten(text: str, limit: int = NOTICE_CHARS) -> str:
    flat = " ".join(text.split())
    first = flat.split(". ")[0].rstrip(".")
    if len(first) > limit:
        first = first[:limit - 1].rsplit(" ", 1)[0] + "…"
    return first


def excerpt_notice(statute: "Statute") -> str:
    """One line for stderr when the text is known to be incomplete, else ""."""
    provenance = statute.provenance
    name = provenance.code or provenance.jurisdiction or "this statute"
    if provenance.kind == "none":
        return (f"draftkit: note: {name} has no trafficking-specific relief law on record, "
                f"so the text is empty ({_shorten(provenance.missing)})")
    if not statute.is_excerpt:
        return ""
    missing = _shorten(provenance.missing) or "parts of the text are missing"
    return f"draftkit: note: the {name} text is an excerpt, not the full statute: {missing}"


def _write_stdout(text: str) -> None:
    """The text byte for byte as UTF-8 (no newline translation, whatever the locale)."""
    sys.stdout.flush()
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        sys.stdout.write(text)
    else:
        buffer.write(text.encode("utf-8"))
        buffer.flush()
