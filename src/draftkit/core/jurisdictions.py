"""Jurisdiction facts for rendering clauses: names, courts, citation forms, defined terms."""

from __future__ import annotations

import functools
import tomllib

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from draftkit.core.errors import DataFileError, first_problem
from draftkit.core.resources import data_dir

DATA_FILE = "jurisdictions.toml"
NEUTRAL_COURT = "court"
NEUTRAL_VICTIM_TERM = "victim of human trafficking"


class Jurisdiction(BaseModel):
    """What DraftKit knows about one jurisdiction; "" means unknown."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    code: str = Field(pattern=r"^[A-Z]{2}$")
    name: str = Field(min_length=1)
    court: str = ""
    juvenile_court: str = ""
    citation: str = ""
    code_name: str = ""
    victim_term: str = ""
    trafficking_sections: tuple[str, ...] = ()

    @property
    def court_or_neutral(self) -> str:
        """The trial court's name, or plain "court" when unknown."""
        return self.court or NEUTRAL_COURT

    @property
    def victim_term_or_neutral(self) -> str:
        return self.victim_term or NEUTRAL_VICTIM_TERM

    def identifying_strings(self) -> tuple[str, ...]:
        """Names that belong to this jurisdiction (for checks that text is not borrowed)."""
        values = (self.court, self.juvenile_court, self.citation, self.code_name,
                  *self.trafficking_sections)
        return tuple(v for v in values if v)


def _read_table() -> dict:
    source = data_dir("statutes").joinpath(DATA_FILE)
    try:
        return tomllib.loads(source.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise DataFileError(f"{DATA_FILE}: cannot be read ({error})") from None


def _build(code: str, entry: dict) -> Jurisdiction:
    try:
        return Jurisdiction(code=code, **entry)
    except (ValidationError, TypeError) as error:
        raise DataFileError(f"{DATA_FILE}: [{code}] {first_problem(error)}") from None


@functools.lru_cache(maxsize=1)
def _all() -> dict[str, Jurisdiction]:
    return {code: _build(code, entry) for code, entry in _read_table().items()}


def all_jurisdictions() -> tuple[Jurisdiction, ...]:
    """Every jurisdiction in the data file, sorted by postal code."""
    return tuple(sorted(_all().values(), key=lambda j: j.code))


def jurisdiction(code: str) -> Jurisdiction:
    """The jurisdiction with postal code `code` (case-insensitive); DataFileError if unknown."""
    found = _all().get((code or "").strip().upper())
    if found is None:
        raise DataFileError(f"unknown jurisdiction {code!r}: use a two-letter postal code "
                            "such as NV (see `draftkit states`)")
    return found


def find_jurisdiction(code: str | None) -> Jurisdiction | None:
    """Like jurisdiction(), but None for None or an unknown code."""
    if not code:
        return None
    return _all().get(code.strip().upper())
