"""Each jurisdiction's bill conventions (templates/bill_styles.toml), validated with pydantic."""

from __future__ import annotations

import functools
import re
import tomllib
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from draftkit.core.errors import DataFileError, ExportError
from draftkit.core.resources import data_dir

DATA_FILE = "bill_styles.toml"
NewMatter = Literal["underline", "italic", "bold", "bold_italic", "italic_underline", "caps",
                    "bold_caps", "small_caps"]
DeletedMatter = Literal["strike", "brackets", "brackets_strike", "brackets_italic",
                        "double_parens_strike"]

NEW_WORDS = {
    "underline": "underlined", "italic": "in italics", "bold": "in boldface type",
    "bold_italic": "in bolded italics", "italic_underline": "in italics (underscored)",
    "caps": "in capitals", "bold_caps": "in bold capitals", "small_caps": "in small capitals",
}
DELETED_WORDS = {
    "strike": "struck through", "brackets": "between brackets [ ]",
    "brackets_strike": "between brackets and struck through",
    "brackets_italic": "in italics between brackets [ ]",
    "double_parens_strike": "struck through between double parentheses (( ))",
}
DEFAULT_NOTE = ("DraftKit's default marking: this jurisdiction's own bill convention is not "
                "recorded in DraftKit; check it before filing.")


class BillStyle(BaseModel):
    """How one jurisdiction's bills are laid out and how they mark new and deleted matter."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    code: str = Field(pattern=r"^[A-Z]{2}$")
    name: str = Field(min_length=1)
    new_matter: NewMatter
    deleted_matter: DeletedMatter
    convention: Literal["recorded", "default"]
    basis: str
    explanation: str
    enacting_clause: str
    citation_forms: tuple[tuple[str, str], ...]
    amend: str
    add: str
    enact: str
    repeal: str
    section_first: str
    section_next: str
    effective: str
    effective_when: str
    heading: str
    provision_nouns: tuple[str, ...] = Field(min_length=1)
    elide_unchanged: bool

    @field_validator("citation_forms")
    @classmethod
    def _patterns_compile(cls, forms):
        for pattern, _ in forms:
            re.compile(pattern)
        return forms

    @property
    def explanation_line(self) -> str:
        """The explanation line printed under the title block."""
        if self.explanation:
            return self.explanation
        line = (f"EXPLANATION – Matter {NEW_WORDS[self.new_matter]} is new; matter "
                f"{DELETED_WORDS[self.deleted_matter]} is material to be omitted.")
        return f"{line} ({DEFAULT_NOTE})" if self.convention == "default" else line

    def bill_citation(self, citation: str) -> str:
        """A corpus citation in the form this jurisdiction's bills use."""
        for pattern, replacement in self.citation_forms:
            if re.match(pattern, citation):
                return re.sub(pattern, replacement, citation)
        return citation

    def section_heading(self, citation: str, catchline: str) -> str:
        """The heading line of a printed section: citation in the bill's form, then catchline."""
        number = citation.rsplit("§", 1)[-1].strip()
        line = self.heading.format(citation=self.bill_citation(citation).rstrip(","),
                                   section=number, catchline=catchline)
        line = line.strip() if catchline else " ".join(line.split()).rstrip(".") + "."
        return line[:-1] if line.endswith("..") else line

    def provision_noun(self, depth: int, plural: bool) -> str:
        """What this state calls a provision at `depth` (1 = "subsection" in Nevada)."""
        noun = self.provision_nouns[min(depth, len(self.provision_nouns)) - 1]
        if not noun or not plural:
            return noun
        return noun + "s"

    def section_label(self, n: int) -> str:
        return (self.section_first if n == 1 else self.section_next).format(n=n)


def _read() -> dict:
    source = data_dir("templates").joinpath(DATA_FILE)
    try:
        return tomllib.loads(source.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise DataFileError(f"templates/{DATA_FILE}: cannot be read ({error})") from None


def _build(code: str, entry: dict, defaults: dict) -> BillStyle:
    try:
        return BillStyle(code=code, **{**defaults, **entry})
    except (ValidationError, TypeError, re.error) as error:
        raise DataFileError(f"templates/{DATA_FILE}: [{code}] {_first_problem(error)}") from None


def _first_problem(error) -> str:
    if isinstance(error, ValidationError):
        first = error.errors()[0]
        field = ".".join(str(part) for part in first["loc"]) or "(table)"
        return f"field {field}: {first['msg']}"
    return str(error)


@functools.lru_cache(maxsize=1)
def load_bill_styles() -> dict[str, BillStyle]:
    """Every jurisdiction's BillStyle, by postal code."""
    table = _read()
    defaults = table.pop("defaults", None)
    if not isinstance(defaults, dict):
        raise DataFileError(f"templates/{DATA_FILE}: the [defaults] table is missing")
    return {code: _build(code, entry, defaults) for code, entry in table.items()}


def default_style(code: str | None = None, name: str = "") -> BillStyle:
    """Underline / strike-through, for a text whose jurisdiction DraftKit does not know."""
    table = _read()
    return _build(code or "XX", {"name": name or "Unknown jurisdiction"}, table["defaults"])


def bill_style(code: str | None) -> BillStyle:
    """The bill style for a postal code; DraftKit's default when the code is unknown/None."""
    if not code:
        return default_style()
    styles = load_bill_styles()
    key = code.strip().upper()
    if key not in styles:
        raise ExportError(f"no bill style for jurisdiction {code!r}; use a postal code such "
                          f"as NV, NY or TX")
    return styles[key]
