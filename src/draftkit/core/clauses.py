"""The model clause library: clause metadata (TOML) and Jinja2 bodies, built-in and user."""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from jinja2 import ChoiceLoader, FileSystemLoader, StrictUndefined, TemplateError
from jinja2.exceptions import SecurityError
from jinja2.sandbox import SandboxedEnvironment
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from draftkit.core.errors import ClauseError, first_problem
from draftkit.core.jurisdictions import find_jurisdiction
from draftkit.core.resources import data_dir

MAX_PARAM_CHARS = 2000
MAX_PARAM_ITEMS = 50
MAX_RENDERED_CHARS = 20000
FILING_TERMS = {"motion": "movant", "petition": "petitioner", "application": "applicant"}


class Parameter(BaseModel):
    """A value a drafter may change before inserting the clause."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    description: str = Field(min_length=1)
    default: str | tuple[str, ...]


class Substitution(BaseModel):
    """Strike words matching `pattern` inside the gap's evidence and insert `replacement`."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    pattern: str = Field(min_length=1, max_length=300)
    replacement: str = Field(max_length=200)

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, value: str) -> str:
        try:
            re.compile(value)
        except re.error as error:
            raise ValueError(f"not a valid pattern ({error})") from None
        return value


class Placement(BaseModel):
    """Where the clause goes: replace the provision behind the gap, or add a subsection."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    mode: str = Field(pattern=r"^(replace|append)$")
    after: str = ""  # for append: a category whose evidence provision the clause follows
    # when the clause cannot replace a provision without losing other parts of it, the
    # narrower words of the evidence may be struck and these words inserted instead
    substitute: tuple[Substitution, ...] = ()
    strike_first: bool = False  # try striking those words before inserting the clause


class Clause(BaseModel):
    """One model clause's metadata; the body is the Jinja2 template `<id>.j2`."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    title: str = Field(min_length=1)
    category: str = Field(pattern=r"^[a-z][a-z_]*$")
    level: str = Field(pattern=r"^[a-z][a-z_]*$")
    rationale: str = Field(min_length=1)
    basis: str = Field(min_length=1)
    recommended: bool = False
    placement: Placement
    parameters: dict[str, Parameter] = {}
    source: str = "built-in"  # "built-in", "user", or "modified from default"
    user_dir: str = ""  # the user clause folder of the library that loaded it

    @field_validator("parameters")
    @classmethod
    def _no_reserved(cls, value: dict) -> dict:
        clash = set(value) & set(RESERVED_NAMES)
        if clash:
            raise ValueError(f"parameter name {sorted(clash)[0]!r} is reserved")
        return value

    @property
    def template_name(self) -> str:
        return f"{self.id}.j2"

    def defaults(self) -> dict:
        return {name: p.default for name, p in self.parameters.items()}


ALLOWED_FILTERS = ("join", "replace", "lower", "upper", "capitalize", "title", "trim",
                   "default", "length", "first", "last", "list")
RESERVED_NAMES = ("court", "juvenile_court", "victim_term", "trafficking_sections",
                  "jurisdiction", "filing", "party", "citation")


@dataclass(frozen=True)
class ClauseLibrary:
    """Every clause available: built-ins, with user clauses replacing same-id built-ins."""

    clauses: tuple[Clause, ...]
    environment: SandboxedEnvironment

    def get(self, clause_id: str) -> Clause:
        for clause in self.clauses:
            if clause.id == clause_id:
                return clause
        known = ", ".join(c.id for c in self.clauses)
        raise ClauseError(f"unknown clause {clause_id!r}; known clauses: {known}")

    def for_category(self, category_id: str) -> tuple[Clause, ...]:
        return tuple(c for c in self.clauses if c.category == category_id)

    def recommended(self, category_id: str) -> Clause | None:
        """The clause --fix-all uses for `category_id` (a user's own before a built-in)."""
        chosen = [c for c in self.for_category(category_id) if c.recommended]
        return min(chosen, key=lambda c: c.source == "built-in", default=None)

    def categories(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(c.category for c in self.clauses))


def _metadata_files(folder) -> dict[str, object]:
    """clause id -> metadata file (Path or Traversable) in `folder`."""
    if folder is None or not folder.is_dir():
        return {}
    return {entry.name[:-5]: entry for entry in sorted(folder.iterdir(), key=lambda e: e.name)
            if entry.name.endswith(".toml") and entry.name != "index.toml"}


def _read_clause(entry, source: str, user_dir: str) -> Clause:
    name = getattr(entry, "name", str(entry))
    try:
        data = tomllib.loads(entry.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise ClauseError(f"clause file {name}: cannot be read ({error})") from None
    try:
        return Clause.model_validate({**data, "source": source, "user_dir": user_dir})
    except ValidationError as error:
        raise ClauseError(f"clause file {name}: {first_problem(error)}") from None


def _check_id(clause: Clause, file_id: str, name: str) -> Clause:
    if clause.id != file_id:
        raise ClauseError(f"clause file {name}: field 'id' is {clause.id!r} but the file "
                          f"is named for {file_id!r}")
    return clause


class _ClauseSandbox(SandboxedEnvironment):
    """Jinja2's sandbox, minus globals (range, lipsum, cycler...) and size-blowing operators."""

    intercepted_binops = frozenset(["*", "**"])

    def call_binop(self, context, operator, left, right):
        if operator == "**" or (isinstance(left, (str, list, tuple)) or
                                isinstance(right, (str, list, tuple))):
            raise SecurityError(f"the operator {operator!r} is not allowed in clause templates")
        return super().call_binop(context, operator, left, right)


def _environment(user_dir: Path | None, builtin) -> SandboxedEnvironment:
    loaders = [FileSystemLoader(str(user_dir))] if user_dir else []
    loaders.append(FileSystemLoader(str(builtin)))
    env = _ClauseSandbox(loader=ChoiceLoader(loaders), undefined=StrictUndefined,
                         autoescape=False, keep_trailing_newline=False)
    env.globals.clear()
    env.filters = {name: env.filters[name] for name in ALLOWED_FILTERS}
    return env


def _user_source(clause_id: str, builtin_ids: set[str]) -> str:
    return "modified from default" if clause_id in builtin_ids else "user"


def load_library(user_dir: str | Path | None = None) -> ClauseLibrary:
    """Built-in clauses plus those in `user_dir` (a user clause with a built-in's id wins)."""
    builtin = data_dir("clauses")
    user = Path(user_dir) if user_dir else None
    if user is not None and not user.is_dir():
        raise ClauseError(f"user clause folder {user} does not exist")
    tag = str(user.resolve()) if user else ""
    found = {cid: _check_id(_read_clause(e, "built-in", tag), cid, e.name)
             for cid, e in _metadata_files(builtin).items()}
    builtin_ids = set(found)
    for cid, entry in _metadata_files(user).items():
        clause = _read_clause(entry, _user_source(cid, builtin_ids), tag)
        found[cid] = _check_id(clause, cid, entry.name)
    return ClauseLibrary(tuple(found.values()), _cached_environment(tag))


@functools.lru_cache(maxsize=16)
def _cached_environment(user_dir: str) -> SandboxedEnvironment:
    return _environment(Path(user_dir) if user_dir else None, data_dir("clauses"))


def _user_template_override(library: ClauseLibrary, clause: Clause) -> bool:
    loaders = library.environment.loader.loaders
    if len(loaders) < 2:
        return False
    return clause.template_name in loaders[0].list_templates()


def is_modified(library: ClauseLibrary, clause_id: str) -> bool:
    """True when the user's folder changes this built-in clause (metadata or body)."""
    clause = library.get(clause_id)
    return clause.source == "modified from default" or (
        clause.source == "built-in" and _user_template_override(library, clause))


def _checked_value(clause: Clause, name: str, value):
    if isinstance(value, str):
        if len(value) > MAX_PARAM_CHARS:
            raise ClauseError(f"clause {clause.id}: parameter {name!r} is too long "
                              f"({len(value)} characters; the limit is {MAX_PARAM_CHARS})")
        return value
    if isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
        if len(value) > MAX_PARAM_ITEMS:
            raise ClauseError(f"clause {clause.id}: parameter {name!r} has too many items "
                              f"({len(value)}; the limit is {MAX_PARAM_ITEMS})")
        return tuple(_checked_value(clause, name, v) for v in value)
    raise ClauseError(f"clause {clause.id}: parameter {name!r} must be text or a list of text")


def resolve_params(clause: Clause, params: dict | None) -> dict:
    """The clause's defaults overlaid with `params`, checked for names, types and size."""
    params = dict(params or {})
    unknown = sorted(set(params) - set(clause.parameters) - {"filing"})
    if unknown:
        allowed = ", ".join(sorted(clause.parameters)) or "none"
        raise ClauseError(f"clause {clause.id}: unknown parameter {unknown[0]!r} "
                          f"(parameters: {allowed})")
    merged = {**clause.defaults(), **params}
    return {name: _checked_value(clause, name, value) for name, value in merged.items()}


def _join_or(items) -> str:
    items = [str(i) for i in items if str(i).strip()]
    if len(items) < 3:
        return " or ".join(items)
    return ", ".join(items[:-1]) + ", or " + items[-1]


def jurisdiction_context(code: str | None) -> dict:
    """Names a clause may use; neutral wording where the jurisdiction's fact is unknown."""
    j = find_jurisdiction(code)
    return {
        "jurisdiction": j.name if j else "",
        "court": (j.court if j and j.court else "court"),
        "juvenile_court": (j.juvenile_court if j else ""),
        "victim_term": (j.victim_term if j and j.victim_term else "victim of human trafficking"),
        "trafficking_sections": _join_or(j.trafficking_sections) if j else "",
        "citation": "this section",
    }


def _filing_context(params: dict) -> dict:
    filing = params.pop("filing", "motion")
    if filing not in FILING_TERMS:
        raise ClauseError(f"filing must be one of {', '.join(FILING_TERMS)}, not {filing!r}")
    return {"filing": filing, "party": FILING_TERMS[filing]}


def _render_template(env: SandboxedEnvironment, clause: Clause, context: dict) -> str:
    try:
        template = env.get_template(clause.template_name)
        return _bounded(template.generate(**context), clause)
    except TemplateError as error:
        raise ClauseError(f"clause {clause.id}: template error: "
                          f"{_one_line(error)}") from None
    except (AttributeError, TypeError, ValueError, RecursionError, ArithmeticError,
            MemoryError, LookupError) as error:
        raise ClauseError(f"clause {clause.id}: template failed: {_one_line(error)}") from None


def _bounded(chunks, clause: Clause) -> str:
    """Collect template output, stopping as soon as it grows past MAX_RENDERED_CHARS."""
    out, size = [], 0
    for chunk in chunks:
        size += len(chunk)
        if size > MAX_RENDERED_CHARS:
            raise ClauseError(f"clause {clause.id}: rendered text is too long "
                              f"(over {MAX_RENDERED_CHARS} characters)")
        out.append(chunk)
    return "".join(out)


def _one_line(error: Exception) -> str:
    text = " ".join(str(error).split()) or type(error).__name__
    return text[:200]


def _tidy(text: str) -> str:
    """One paragraph of clause text: whitespace collapsed, no stray spaces before commas."""
    text = " ".join(text.split())
    for punct in (",", ".", ";", ":"):
        text = text.replace(" " + punct, punct)
    return text


def render_clause(clause: Clause | str, jurisdiction_code: str | None,
                  params: dict | None = None, *, library: ClauseLibrary | None = None) -> str:
    """The clause's body for `jurisdiction_code` (None: neutral wording), one paragraph."""
    if isinstance(clause, str):
        clause = (library or default_library()).get(clause)
    values = resolve_params(clause, params)
    context = {**jurisdiction_context(jurisdiction_code), **_filing_context(values), **values}
    text = _tidy(_render_template(_cached_environment(clause.user_dir), clause, context))
    if len(text) > MAX_RENDERED_CHARS:
        raise ClauseError(f"clause {clause.id}: rendered text is too long "
                          f"({len(text)} characters)")
    return text


_DEFAULT: list[ClauseLibrary] = []


def default_library() -> ClauseLibrary:
    """The built-in library, loaded once."""
    if not _DEFAULT:
        _DEFAULT.append(load_library())
    return _DEFAULT[0]


_IMPACTS: dict = {}
IMPACT_CACHE_SIZE = 32


def clause_impacts(statute, library: ClauseLibrary | None = None, rubric=None, *,
                   clause_ids=None, overrides=()) -> dict[str, int]:
    """Points each clause would add to `statute`'s score if inserted (apply, re-grade, diff).

    `clause_ids` limits the work to some clauses (e.g. one category's); `overrides` are the
    user's, so the impact is on the grade the user sees. Results are cached per text,
    library, rubric, overrides and clause, so a UI list can ask again at no cost."""
    from draftkit.core.insertion import apply_clause
    from draftkit.core.placement import analyze_statute, rebuilt

    library = library or default_library()
    if rubric is None:
        from draftkit.core.rubric import load_rubric

        rubric = load_rubric()
    overrides = tuple(overrides)
    key = (statute.text, statute.code, id(library), rubric, overrides)
    if key not in _IMPACTS:
        if len(_IMPACTS) >= IMPACT_CACHE_SIZE:
            _IMPACTS.pop(next(iter(_IMPACTS)))
        _IMPACTS[key] = {}
    known = _IMPACTS[key]
    wanted = [library.get(cid) for cid in clause_ids] if clause_ids else library.clauses
    base = None
    for clause in wanted:
        if clause.id not in known:
            if base is None:
                base = _score(analyze_statute(statute, rubric), rubric, overrides)
            amended = apply_clause(statute, clause.id, library=library, rubric=rubric)
            after = analyze_statute(rebuilt(statute, amended.text), rubric)
            known[clause.id] = _score(after, rubric, overrides) - base
    return {clause.id: known[clause.id] for clause in wanted}


def _score(analysis, rubric, overrides) -> int:
    from draftkit.core.grading import assess

    return assess(analysis, rubric, overrides).score
