"""The bundled corpus (statutes/XX.toml) as cached Statute values, and its citation forms."""

from __future__ import annotations

import functools
import re
import tomllib

from pydantic import BaseModel, ConfigDict, StrictBool, StrictInt, StrictStr, ValidationError

from draftkit.core.errors import DataFileError, SourceError, first_problem
from draftkit.core.resources import data_dir
from draftkit.core.statute import Provenance, Statute
from draftkit.core.structure import build_statute

_CODE_FILE = re.compile(r"^[A-Z]{2}\.toml$")
# official short forms that the bundled citations do not spell out
_EXTRA_PREFIXES = {"NRS": "NV", "ORS": "OR", "RCW": "WA", "KRS": "KY", "MCL": "MI",
                   "Florida Statutes": "FL", "CPL": "NY", "C.R.S.": "CO", "Minn. Stat.": "MN",
                   "Iowa Code": "IA", "Alaska Stat.": "AK", "M.G.L.": "MA", "RSA": "NH"}
# Whole lines the collectors wrote where a source stopped or skipped text; they are not
# statute text, so DraftKit drops them and records where they were.
_GAP_LINE = re.compile(
    r"^\[(?=[^\]\n]*(?:CUT OFF|NOT FOUND|NOT SHOWN|NOT CAPTURED))[^\]\n]*\][ \t]*(?:\n|\Z)",
    re.MULTILINE | re.IGNORECASE,
)


class CorpusRecord(BaseModel):
    """One statutes/XX.toml file, validated."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    jurisdiction: StrictStr
    code: StrictStr
    citations: tuple[StrictStr, ...]
    title: StrictStr
    kind: StrictStr
    sources: tuple[StrictStr, ...]
    as_of: StrictStr
    complete: StrictBool
    missing: StrictStr
    text: StrictStr


class CorpusInfo(BaseModel):
    """statutes/corpus.toml, validated."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    corpus_date: StrictStr
    count: StrictInt
    complete_count: StrictInt
    provenance: StrictStr


@functools.lru_cache(maxsize=1)
def _codes() -> tuple[str, ...]:
    folder = data_dir("statutes")
    return tuple(sorted(entry.name[:2] for entry in folder.iterdir()
                        if _CODE_FILE.match(entry.name)))


def jurisdiction_codes() -> list[str]:
    """Postal codes of every bundled jurisdiction, sorted (51, DC included)."""
    return list(_codes())


def _read_toml(name: str) -> dict:
    entry = data_dir("statutes").joinpath(name)
    try:
        return tomllib.loads(entry.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise DataFileError(f"statutes/{name}: cannot be read ({error})") from error


def _validated(model, data: dict, name: str):
    try:
        return model.model_validate(data)
    except ValidationError as error:
        raise DataFileError(f"statutes/{name}: {first_problem(error)}") from error


@functools.lru_cache(maxsize=None)
def load_record(code: str) -> CorpusRecord:
    """The validated TOML record of a bundled jurisdiction (code already checked)."""
    name = f"{code}.toml"
    record = _validated(CorpusRecord, _read_toml(name), name)
    if record.code != code:
        raise DataFileError(f"statutes/{name}: field code: {record.code!r} does not match")
    return record


def normalize_code(code: str) -> str:
    """`code` upper-cased if it names a bundled jurisdiction, else SourceError."""
    key = str(code).strip().upper()
    codes = _codes()
    if key not in codes:
        raise SourceError(f"no bundled statute for {str(code)!r}; use a postal code such as "
                          f"NV, NY or DC ({len(codes)} bundled, {codes[0]} to {codes[-1]}; "
                          "`draftkit states` lists them) or a file path")
    return key


def strip_gap_lines(body: str) -> tuple[str, tuple[int, ...]]:
    """The body without the collectors' gap lines, and the offsets where they stood."""
    pieces, offsets, cursor, length = [], [], 0, 0
    for match in _GAP_LINE.finditer(body):
        pieces.append(body[cursor:match.start()])
        length += match.start() - cursor
        offsets.append(length)
        cursor = match.end()
    pieces.append(body[cursor:])
    return "".join(pieces), tuple(offsets)


def reading_text(record: CorpusRecord) -> tuple[str, tuple[int, ...]]:
    """What DraftKit reads of a record: no gap lines; empty for a no-law jurisdiction.

    The AK, IA and MN files hold one bracketed editorial note instead of law; reading it as
    statute text would let it be graded and amended as if it were law.
    """
    if record.kind == "none":
        return "", ()
    return strip_gap_lines(record.text)


def provenance_of(record: CorpusRecord) -> Provenance:
    return Provenance(
        jurisdiction=record.jurisdiction, code=record.code, citations=record.citations,
        title=record.title, kind=record.kind, sources=record.sources, as_of=record.as_of,
        complete=record.complete, missing=record.missing, origin="bundled",
    )


@functools.lru_cache(maxsize=None)
def _load(code: str) -> Statute:
    record = load_record(code)
    text, truncations = reading_text(record)
    return build_statute(text, provenance_of(record), truncations=truncations)


def load_bundled(code: str) -> Statute:
    """The bundled statute for a postal code ("NV", "nv"); SourceError if there is none."""
    return _load(normalize_code(code))


@functools.lru_cache(maxsize=1)
def _info() -> CorpusInfo:
    return _validated(CorpusInfo, _read_toml("corpus.toml"), "corpus.toml")


def corpus_info() -> dict:
    """corpus_date, count, complete_count and provenance of the bundled corpus."""
    return _info().model_dump()


# --- which jurisdiction a text belongs to --------------------------------------------

def _citation_prefix(citation: str) -> str:
    """"Nev. Rev. Stat." from "Nev. Rev. Stat. § 179.247"; "ILCS" from "725 ILCS 5/116"."""
    head = citation.split("§")[0]
    words = [w for w in head.replace(",", " ").split()
             if not any(ch.isdigit() for ch in w) and w not in ("ch.", "tit.", "art.")]
    return " ".join(words)


@functools.lru_cache(maxsize=1)
def _citation_table() -> tuple[tuple[str, str], ...]:
    """(citation prefix, postal code) pairs, each prefix named once."""
    table = dict(_EXTRA_PREFIXES)
    for code in jurisdiction_codes():
        for citation in load_record(code).citations:
            prefix = _citation_prefix(citation)
            if len(prefix) >= 4:
                table.setdefault(prefix, code)
    return tuple(table.items())


_WORD_OR_DOT = re.compile(r"[\w.]")
_WORD = re.compile(r"\w")


def _count_citations(text: str, prefix: str) -> int:
    r"""Non-overlapping uses of `prefix` not inside a word (as re.findall of
    (?<![\w.])prefix(?!\w) counts them), found with str.find, which is much faster."""
    hits, at = 0, text.find(prefix)
    while at >= 0:
        end = at + len(prefix)
        if (at == 0 or not _WORD_OR_DOT.match(text, at - 1)) and not _WORD.match(text, end):
            hits, at = hits + 1, text.find(prefix, end)
        else:
            at = text.find(prefix, at + 1)
    return hits


def guess_jurisdiction(text: str) -> str | None:
    """The postal code whose citation form the text uses most, or None if unclear."""
    counts: dict[str, int] = {}
    head = text[:200_000]
    for prefix, code in _citation_table():
        hits = _count_citations(head, prefix)
        if hits:
            counts[code] = counts.get(code, 0) + hits
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]
