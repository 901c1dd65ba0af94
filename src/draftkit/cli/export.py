"""`draftkit redline` and `draftkit report`."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from draftkit.core.errors import ExportError


def register(sub) -> None:
    p = sub.add_parser("redline", help="export the amendment as a DOCX redline")
    p.add_argument("original", metavar="ORIGINAL", help="bundled code (NV) or statute file")
    p.add_argument("amended", metavar="AMENDED", help="the amended text (.txt, .docx, ...)")
    p.add_argument("-o", "--output", metavar="OUT.docx", required=True)
    p.add_argument("--style", choices=("tracked", "bill"), default="tracked",
                   help="Word tracked changes (default) or the state's printed bill format")
    p.add_argument("--jurisdiction", metavar="XX",
                   help="whose bill format to use (default: the original's jurisdiction)")
    p.add_argument("--author", help="author stamped on tracked changes (default: the "
                   "author in your preferences, else your login name)")
    p.add_argument("--bill-title", metavar="TEXT", help="the bill's title (bill style)")
    p.add_argument("--sponsor", metavar="NAME", help="sponsor line (bill style)")
    p.add_argument("--effective", metavar="TEXT",
                   help='when the act takes effect, e.g. "on July 1, 2027" (bill style)')
    p.add_argument("--force", action="store_true", help="overwrite an existing OUT.docx")
    p.set_defaults(func=run_redline)

    p = sub.add_parser("report", help="export the testimony report card")
    p.add_argument("source", metavar="SOURCE")
    p.add_argument("--amended", metavar="FILE")
    p.add_argument("-o", "--output", metavar="OUT.docx", required=True)
    p.add_argument("--author", metavar="NAME", help="who prepared the report card "
                   "(default: the author in your preferences, else your login name)")
    p.add_argument("--force", action="store_true", help="overwrite an existing OUT.docx")
    p.set_defaults(func=run_report)


def run_redline(args) -> int:
    from draftkit.core.files import check_output_path

    out = _checked_output(args.output, args.force, args.original, args.amended)
    _refuse_huge_text_files(args.original, args.amended)
    original, amended_text = _load_pair(args.original, args.amended)
    code = args.jurisdiction or original.provenance.code
    check_output_path(out, force=args.force)
    if args.style == "bill":
        path = _write_bill(original, amended_text, out, code, args)
    else:
        path = _write_tracked(original, amended_text, out, args)
    print(f"Wrote {path} ({_style_words(args.style, code)}).")
    return 0


PARALLEL_LOAD_BYTES = 200_000  # below this, reading both inputs in turn is fast enough


def _load_pair(original_source: str, amended_source: str):
    """The original Statute and the amended text; big files are read in two processes.

    Reading (decoding, normalizing, parsing) a 1 MB statute file takes about a second, so on
    Linux a forked child reads AMENDED while this process reads ORIGINAL.
    """
    from draftkit.core.loaders import load_source

    if not _worth_parallel(original_source, amended_source):
        return load_source(original_source), load_source(amended_source).text
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork")) as pool:
        amended = pool.submit(_source_text, amended_source)
        original = load_source(original_source)
        return original, amended.result()


def _source_text(source: str) -> str:
    from draftkit.core.loaders import load_source

    return load_source(source).text


def _worth_parallel(*sources: str) -> bool:
    if not sys.platform.startswith("linux") or (os.cpu_count() or 1) < 2:
        return False
    sizes = [Path(s).stat().st_size if Path(s).is_file() else 0 for s in sources]
    return min(sizes) > PARALLEL_LOAD_BYTES


def _write_tracked(original, amended_text: str, out: Path, args) -> Path:
    from draftkit.export.docx_tracked import write_tracked_docx

    name = original.provenance.jurisdiction or "Statute"
    return write_tracked_docx(original.text, amended_text, out, author=_author(args),
                              title=f"{name}: amendment (tracked changes)")


def _write_bill(original, amended_text: str, out: Path, code: str | None, args) -> Path:
    from draftkit.export.docx_bill import write_bill_docx

    citations = original.provenance.citations
    return write_bill_docx(original.text, amended_text, out, jurisdiction_code=code,
                           citation=citations[0] if citations else None, citations=citations,
                           bill_title=args.bill_title, sponsor=args.sponsor,
                           effective_date_text=args.effective)


def _style_words(style: str, code: str | None) -> str:
    if style == "tracked":
        return "Word tracked changes"
    return f"bill format of {code}" if code else "bill format, DraftKit's default marking"


def run_report(args) -> int:
    from draftkit.core.loaders import load_source
    from draftkit.core.files import check_output_path
    from draftkit.export.report_card import write_report_card

    inputs = (args.source, args.amended) if args.amended else (args.source,)
    out = _checked_output(args.output, args.force, *inputs)
    _refuse_huge_text_files(*inputs)
    statute = load_source(args.source)
    amended = load_source(args.amended).text if args.amended else None
    check_output_path(out, force=args.force)
    path = write_report_card(statute, out, amended_text=amended, author=_author(args))
    print(f"Wrote {path} (report card{' before and after' if amended else ''}).")
    return 0


def _author(args) -> str:
    """--author, else the preferences' author, else the login name."""
    from draftkit.core.config import effective_author, load_config

    return args.author if args.author is not None else effective_author(load_config())


def _checked_output(output: str, force: bool, *inputs: str) -> Path:
    """OUT, after refusing an existing file (without --force), a missing folder or an input."""
    from draftkit.core.files import check_output_path

    out = check_output_path(output, force=force, sources=tuple(s for s in inputs if s))
    if out.suffix.lower() != ".docx":
        raise ExportError(f"{out}: the output must be a .docx file")
    return out


_PLAIN_TEXT = (".txt", ".text", ".md")


def _refuse_huge_text_files(*sources: str) -> None:
    """Refuse an oversized plain-text input before the (slower) statute parser reads it."""
    from draftkit.export.limits import MAX_EXPORT_CHARS, check_export_size

    for source in sources:
        path = Path(source)
        if path.suffix.lower() in _PLAIN_TEXT and path.is_file() \
                and path.stat().st_size > MAX_EXPORT_CHARS:
            with open(path, "rb") as handle:
                text = handle.read(4 * MAX_EXPORT_CHARS + 4).decode("utf-8", errors="replace")
            check_export_size(text, str(path))
