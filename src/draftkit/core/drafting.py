"""Saved drafts (.draftkit JSON): the model, atomic save, safe load, autosave and recovery."""

from __future__ import annotations

import hashlib
import json
import os
from datetime import datetime, timezone
from pathlib import Path
from typing import Literal

import platformdirs
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from draftkit.core.errors import DraftError, ExportError, first_problem
from draftkit.core.files import write_atomic
from draftkit.core.statute import Provenance, Statute

FORMAT = "draftkit-draft"
SCHEMA_VERSION = 1
SUFFIX = ".draftkit"
MAX_DRAFT_BYTES = 64 * 1024 * 1024
RECOVERY_FOLDER = "recovery"


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class DraftProvenance(_Frozen):
    """Where the original statute text came from (mirrors core.statute.Provenance)."""

    jurisdiction: str
    code: str | None
    citations: tuple[str, ...]
    title: str
    kind: str
    sources: tuple[str, ...]
    as_of: str
    complete: bool | None
    missing: str
    origin: str


class DraftClause(_Frozen):
    """A clause applied to the draft and the parameters it was rendered with."""

    clause_id: str
    params: dict[str, str | tuple[str, ...]]


class DraftOverride(_Frozen):
    """A user's override of one finding, with their note."""

    category: str
    level: str
    note: str


class BillMetadata(_Frozen):
    """What the bill export needs to know that is not in the text."""

    title: str
    sponsor: str
    author: str
    jurisdiction: str


class Draft(_Frozen):
    """Everything a .draftkit file holds."""

    format: Literal["draftkit-draft"]
    schema_version: int = Field(ge=1)
    original_text: str
    provenance: DraftProvenance
    amended_text: str
    clauses: tuple[DraftClause, ...]
    overrides: tuple[DraftOverride, ...]
    bill: BillMetadata
    created: datetime
    modified: datetime

    def original_provenance(self) -> Provenance:
        return Provenance(**self.provenance.model_dump())


def now() -> datetime:
    return datetime.now(timezone.utc).replace(microsecond=0)


def new_draft(statute: Statute, amended_text: str | None = None, *, clauses=(),
              overrides=(), title: str = "", sponsor: str = "", author: str = "") -> Draft:
    """A fresh draft of `statute`; clauses and overrides may be core values or dicts."""
    stamp = now()
    return Draft(format=FORMAT, schema_version=SCHEMA_VERSION, original_text=statute.text,
                 provenance=DraftProvenance(**_provenance_fields(statute.provenance)),
                 amended_text=statute.text if amended_text is None else amended_text,
                 clauses=tuple(_clause(c) for c in clauses),
                 overrides=tuple(_override(o) for o in overrides),
                 bill=BillMetadata(title=title, sponsor=sponsor, author=author,
                                   jurisdiction=statute.code or ""),
                 created=stamp, modified=stamp)


def _provenance_fields(provenance: Provenance) -> dict:
    names = DraftProvenance.model_fields
    return {name: getattr(provenance, name) for name in names}


def _clause(value) -> DraftClause:
    if isinstance(value, DraftClause):
        return value
    if isinstance(value, dict):
        return DraftClause(**value)
    return DraftClause(clause_id=value.clause_id, params=dict(value.params))


def _override(value) -> DraftOverride:
    if isinstance(value, DraftOverride):
        return value
    if isinstance(value, dict):
        return DraftOverride(**value)
    return DraftOverride(category=value.category, level=value.level, note=value.note)


def update_draft(draft: Draft, **changes) -> Draft:
    """A copy of `draft` with `changes` (validated) and a new modified time."""
    if "clauses" in changes:
        changes["clauses"] = tuple(_clause(c) for c in changes["clauses"])
    if "overrides" in changes:
        changes["overrides"] = tuple(_override(o) for o in changes["overrides"])
    data = {**draft.model_dump(), **changes, "modified": now()}
    return Draft.model_validate(data)


def draft_to_bytes(draft: Draft) -> bytes:
    """The file's bytes: JSON, no trailing newline (so any truncation is detectably invalid)."""
    return json.dumps(draft.model_dump(mode="json"), ensure_ascii=False, indent=1).encode("utf-8")


def save_draft(draft: Draft, path: str | os.PathLike) -> Path:
    """Write `draft` atomically: a temporary file in the same folder, fsync, then rename."""
    path = Path(path)
    data = draft_to_bytes(draft)
    try:
        write_atomic(path, data)
    except ExportError as error:
        raise DraftError(f"cannot save the draft: {error}") from None
    return path


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_DRAFT_BYTES:
            raise DraftError(f"{path} is too large to be a draft ({size // 2**20} MB)")
        return path.read_bytes()
    except OSError as error:
        raise DraftError(f"cannot open the draft {path}: {error.strerror or error}") from None


def _parse(path: Path, data: bytes) -> dict:
    try:
        value = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise DraftError(f"{path} is not a DraftKit draft, or it is damaged or "
                         "incomplete (not valid JSON)") from None
    if not isinstance(value, dict) or value.get("format") != FORMAT:
        raise DraftError(f"{path} is not a DraftKit draft (its format is not {FORMAT!r})")
    return value


def _check_version(path: Path, value: dict) -> None:
    version = value.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise DraftError(f"{path} is damaged: schema_version is missing or not a number")
    if version > SCHEMA_VERSION:
        raise DraftError(f"{path} was made by a newer DraftKit (schema {version}); this "
                         f"version reads up to {SCHEMA_VERSION}")


def load_draft(path: str | os.PathLike) -> Draft:
    """Read a .draftkit file; DraftError (one line) for anything but a valid draft."""
    path = Path(path)
    value = _parse(path, _read_bytes(path))
    _check_version(path, value)
    try:
        return Draft.model_validate(value)
    except ValidationError as error:
        raise DraftError(f"{path} is damaged: {first_problem(error)}") from None


def recovery_dir() -> Path:
    """Where autosaves go: $DRAFTKIT_DATA_DIR/recovery, else the user data folder's."""
    base = os.environ.get("DRAFTKIT_DATA_DIR") or platformdirs.user_data_dir("draftkit")
    return Path(base) / RECOVERY_FOLDER


def autosave_path(path: str | os.PathLike | None = None) -> Path:
    """The recovery file for a draft saved at `path` (or for an untitled draft)."""
    if path is None:
        return recovery_dir() / f"untitled-{os.getpid()}{SUFFIX}"
    resolved = Path(path).resolve()
    digest = hashlib.sha256(str(resolved).encode("utf-8")).hexdigest()[:12]
    return recovery_dir() / f"{resolved.stem}-{digest}{SUFFIX}"


def write_autosave(draft: Draft, path: str | os.PathLike | None = None) -> Path:
    """Save `draft` to its recovery file (atomically); returns the recovery file."""
    target = autosave_path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DraftError(f"cannot create {target.parent}: {error.strerror or error}") from None
    return save_draft(draft, target)


def find_recovery() -> list[Path]:
    """Recovery files left behind (e.g. after a crash), newest first."""
    folder = recovery_dir()
    if not folder.is_dir():
        return []
    found = [p for p in folder.glob(f"*{SUFFIX}") if p.is_file()]
    return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)


def discard_recovery(path: str | os.PathLike) -> None:
    """Delete one recovery file; refuses anything outside the recovery folder."""
    path = Path(path).resolve()
    if path.parent != recovery_dir().resolve() or path.suffix != SUFFIX:
        raise DraftError(f"{path} is not a DraftKit recovery file")
    path.unlink(missing_ok=True)
