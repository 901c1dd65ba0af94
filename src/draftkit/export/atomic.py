"""Writing export files safely: refuse to clobber, write to a temp file, then os.replace."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from draftkit.core.errors import ExportError


def check_output_path(path: str | os.PathLike, *, force: bool = False) -> Path:
    """The output path, or ExportError if it exists (without force) or its folder is missing."""
    out = Path(path)
    if out.is_dir():
        raise ExportError(f"{out} is a folder; give a file name such as {out / 'out.docx'}")
    if out.exists() and not force:
        raise ExportError(f"{out} exists; use --force to overwrite")
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(f"the folder {folder} does not exist; create it or choose another")
    return out


def write_atomic(path: str | os.PathLike, data: bytes) -> Path:
    """Write `data` to `path` through a temp file in the same folder; never a partial file."""
    out = Path(path)
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(f"the folder {folder} does not exist; create it or choose another")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=folder)
    except OSError as error:
        raise ExportError(f"cannot write in {folder}: {error.strerror}") from error
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, out)
    except OSError as error:
        _remove_quietly(tmp)
        raise ExportError(f"cannot write {out}: {error.strerror}") from error
    return out


def _remove_quietly(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass
