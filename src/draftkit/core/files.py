"""Writing user files safely: never clobber without --force, never a source, never half a file."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from draftkit.core.errors import ExportError


def check_output_path(path: str | os.PathLike, *, force: bool = False,
                      sources: tuple[str | os.PathLike, ...] = ()) -> Path:
    """The output path, or ExportError (one line) if writing there would lose something."""
    out = Path(path)
    if out.is_dir():
        raise ExportError(f"{out} is a folder; give a file name")
    if any(_same_file(out, source) for source in sources):
        raise ExportError(f"{out} is an input of this command; DraftKit never overwrites "
                          "its sources: choose another output file")
    if out.exists() and not force:
        raise ExportError(f"{out} already exists; use --force to overwrite it")
    _check_folder(out)
    return out


def write_atomic(path: str | os.PathLike, data: bytes) -> Path:
    """Replace `path` with `data`: a reader sees the old file or the new one, never half."""
    out = Path(path)
    folder = _check_folder(out)
    try:
        handle, temp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=folder)
    except OSError as error:
        raise ExportError(f"cannot write in {folder}: {error.strerror or error}") from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, out)
    except OSError as error:
        Path(temp).unlink(missing_ok=True)
        raise ExportError(f"cannot write {out}: {error.strerror or error}") from None
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return out


def write_text_atomic(path: str | os.PathLike, text: str) -> Path:
    """write_atomic for UTF-8 text."""
    return write_atomic(path, text.encode("utf-8"))


def _check_folder(out: Path) -> Path:
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(f"the folder {folder} does not exist; create it or choose another")
    return folder


def _same_file(a: Path, b: str | os.PathLike) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False
