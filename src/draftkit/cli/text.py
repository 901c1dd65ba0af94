"""`draftkit text`: the statute's text exactly as DraftKit reads it."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from draftkit.core.errors import ExportError
from draftkit.core.loaders import load_source
from draftkit.core.statute import Statute

NOTICE_CHARS = 160


def register(sub) -> None:
    p = sub.add_parser("text", help="print the statute's text as DraftKit reads it")
    p.add_argument("source", metavar="SOURCE")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    p.add_argument("--force", action="store_true", help="overwrite an existing FILE")
    p.set_defaults(func=run)


def run(args) -> int:
    statute = load_source(args.source)
    if args.output:
        write_text_file(Path(args.output), statute.text, force=args.force,
                        source=args.source)
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


def excerpt_notice(statute: Statute) -> str:
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


def _same_file(a: Path, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def write_text_file(path: Path, text: str, *, force: bool = False, source: str = "") -> None:
    """Write `text` as UTF-8 via a temporary file and os.replace (never half a file)."""
    if path.is_dir():
        raise ExportError(f"{path}: is a folder; give a file name")
    if source and _same_file(path, source):
        raise ExportError(f"{path}: is the source statute; DraftKit never overwrites it")
    if path.exists() and not force:
        raise ExportError(f"{path}: already exists; use --force to overwrite it")
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(f"{path}: the folder {folder} does not exist")
    _replace_atomically(path, folder, text.encode("utf-8"))


def _replace_atomically(path: Path, folder: Path, data: bytes) -> None:
    handle, temporary = None, None
    try:
        handle = tempfile.NamedTemporaryFile(dir=folder, prefix=f".{path.name}.",
                                             suffix=".tmp", delete=False)
        temporary = handle.name
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
        handle.close()
        os.replace(temporary, path)
    except OSError as error:
        if handle is not None:
            handle.close()
        if temporary and os.path.exists(temporary):
            os.unlink(temporary)
        raise ExportError(f"{path}: cannot be written ({error.strerror or error})") from None
