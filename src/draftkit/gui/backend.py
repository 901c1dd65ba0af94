"""The draftkit.core calls the GUI makes, in one place; each is safe to run in a worker."""

from __future__ import annotations

import functools
import os
import threading
from dataclasses import dataclass
from pathlib import Path

DRAFT_SUFFIX = ".draftkit"
STATUTE_SUFFIXES = (".txt", ".md", ".docx", ".html", ".htm", ".pdf")

_rubric_lock = threading.Lock()


@dataclass(frozen=True)
class CategoryInfo:
    """A rubric category as the rubric panel shows it."""

    id: str
    name: str
    max_points: int
    levels: tuple[tuple[str, int], ...]  # (level id, points), best first


@dataclass(frozen=True)
class Graded:
    """What one grading job returns: the text it read, its analysis and assessment."""

    text: str
    analysis: object
    assessment: object
    original: object = None  # the original law's Assessment, when graded in the same job


@dataclass(frozen=True)
class StateRow:
    """One jurisdiction in the all-jurisdictions view."""

    code: str
    name: str
    score: int
    grade: str
    grade_label: str
    weakest: tuple[str, ...]


@dataclass(frozen=True)
class ClauseOption:
    """A model clause rendered for one jurisdiction, with what it would do to the grade."""

    id: str
    title: str
    category: str
    level: str
    text: str
    rationale: str
    basis: str
    impact: int | None  # points gained if inserted into the current text; None unknown


# The preferences the app runs with (core.config): rubric file and user clause folder;
# "" means DraftKit's bundled one. Set at start and by the Preferences dialog.
_active = {"rubric_path": "", "clause_dir": ""}


def rubric():
    """The active rubric, loaded once per file (thread-safe)."""
    with _rubric_lock:
        return _load_rubric(_active["rubric_path"])


@functools.lru_cache(maxsize=4)
def _load_rubric(path: str):
    from draftkit.core.rubric import load_rubric

    return load_rubric(os.path.expanduser(path) if path else None)


def library():
    """The active clause library: built-ins plus the user's folder, if one is set."""
    with _rubric_lock:
        return _load_library(_active["clause_dir"])


@functools.lru_cache(maxsize=4)
def _load_library(folder: str):
    from draftkit.core.clauses import default_library, load_library

    return load_library(os.path.expanduser(folder)) if folder else default_library()


def use_preferences(rubric_path: str = "", clause_dir: str = "") -> None:
    """Switch the rubric and clause folder; DraftkitError (nothing changed) if either is bad."""
    _load_rubric.cache_clear()
    _load_library.cache_clear()  # re-read the files: the user may have edited them
    _load_rubric(rubric_path)
    _load_library(clause_dir)
    with _rubric_lock:
        _active.update(rubric_path=rubric_path, clause_dir=clause_dir)


def rubric_categories() -> tuple[CategoryInfo, ...]:
    """Categories of the active rubric in report order."""
    return tuple(_category_info(c) for c in rubric().categories)


def _category_info(category) -> CategoryInfo:
    levels = tuple((level.id, level.points) for level in category.levels)
    return CategoryInfo(category.id, category.name, category.max, levels)


def rubric_citation() -> str:
    """The line the app must show about the rubric's origin."""
    return rubric().citation


def jurisdiction_codes() -> tuple[str, ...]:
    from draftkit.core.corpus import jurisdiction_codes as codes

    return tuple(codes())


def jurisdiction_names() -> dict[str, str]:
    """Code -> name ("NV" -> "Nevada") for every bundled jurisdiction."""
    from draftkit.core.jurisdictions import find_jurisdiction

    names = {}
    for code in jurisdiction_codes():
        found = find_jurisdiction(code)
        names[code] = found.name if found else code
    return names


def load_source(source: str):
    """A jurisdiction code of the bundled corpus, or a statute file path -> Statute."""
    from draftkit.core.loaders import load_source as load

    return load(source)


def load_bundled(code: str):
    from draftkit.core.corpus import load_bundled as load

    return load(code)


def pasted_statute(text: str):
    from draftkit.core.loaders import statute_from_text

    return statute_from_text(text, origin="pasted")


def statute_with_text(statute, text: str):
    """The statute with its text replaced (structure rebuilt), same provenance."""
    from draftkit.core.structure import build_statute

    return build_statute(text, statute.provenance)


def grade_text(statute, text: str, overrides) -> Graded:
    """Analyze and grade `text` (an edited version of `statute`) with `overrides`."""
    from draftkit.core.live import grade_text as grade

    analysis, assessment = grade(text, statute.provenance, rubric(), tuple(overrides))
    return Graded(text, analysis, assessment)


def grade_session(statute, text: str, overrides) -> Graded:
    """The current text's grade plus the original law's, with the same overrides."""
    current = grade_text(statute, text, overrides)
    if text == statute.text:
        return Graded(text, current.analysis, current.assessment, current.assessment)
    original = grade_text(statute, statute.text, overrides)
    return Graded(text, current.analysis, current.assessment, original.assessment)


def grade_all() -> tuple[StateRow, ...]:
    """Every bundled jurisdiction graded on its current law (slow-ish: run in a worker)."""
    return tuple(_state_row(code) for code in jurisdiction_codes())


def _state_row(code: str) -> StateRow:
    from draftkit.core.grading import grade_statute

    statute = load_bundled(code)
    assessment = grade_statute(statute, rubric())
    names = {c.id: c.name for c in rubric_categories()}
    weakest = sorted((f for f in assessment.findings if f.points < f.max_points),
                     key=lambda f: (f.points - f.max_points, f.category))[:3]
    return StateRow(code, statute.provenance.jurisdiction or code, assessment.score,
                    assessment.grade, assessment.grade_label,
                    tuple(names.get(f.category, f.category) for f in weakest))


def clause_options(statute, text: str, category: str, overrides=()) -> tuple[ClauseOption, ...]:
    """The model clauses for `category`, rendered for the statute's jurisdiction, each with
    the points it would add to `text` (the current draft) if inserted now."""
    from draftkit.core.clauses import render_clause

    current = statute if text == statute.text else statute_with_text(statute, text)
    options = []
    for clause in library().for_category(category):
        body = render_clause(clause, statute.code)
        options.append(ClauseOption(clause.id, clause.title, clause.category, clause.level,
                                    body, clause.rationale, clause.basis,
                                    _impact(current, clause.id, overrides)))
    return tuple(sorted(options, key=lambda o: -(o.impact or 0)))


def _impact(statute, clause_id: str, overrides) -> int | None:
    from draftkit.core.clauses import clause_impacts

    try:
        return clause_impacts(statute, library(), rubric(), clause_ids=[clause_id],
                              overrides=tuple(overrides))[clause_id]
    except Exception:  # noqa: BLE001 - the clause still shows; its impact is unknown
        return None


def apply_clause(statute, clause_id: str, params: dict | None = None):
    """Amendment(text, applied, description) of inserting `clause_id` into `statute`."""
    from draftkit.core.insertion import apply_clause as apply

    return apply(statute, clause_id, library=library(), params=params or None, rubric=rubric())


def clause(clause_id: str):
    """The library's Clause (title, parameters...) for `clause_id`."""
    return library().get(clause_id)


def redline(original: str, amended: str):
    from draftkit.core.redline import diff_texts

    return diff_texts(original, amended)


def export(kind: str, statute, text: str, path, overrides=(), author: str = "DraftKit") -> Path:
    """Write one export ("tracked", "bill" or "report") of the draft to `path`, as `author`."""
    citation = statute.provenance.citations[0] if statute.provenance.citations else None
    if kind == "tracked":
        from draftkit.export.docx_tracked import write_tracked_docx

        title = f"{statute.provenance.jurisdiction or 'Statute'}: amendment"
        return Path(write_tracked_docx(statute.text, text, path, title=title, author=author))
    if kind == "bill":
        from draftkit.export.docx_bill import write_bill_docx

        return Path(write_bill_docx(statute.text, text, path, jurisdiction_code=statute.code,
                                    citation=citation,
                                    citations=tuple(statute.provenance.citations)))
    from draftkit.export.report_card import write_report_card

    return Path(write_report_card(statute, path, amended_text=text, rubric=rubric(),
                                  overrides=tuple(overrides), author=author))


@dataclass(frozen=True)
class OpenedDraft:
    """A draft read back from a .draftkit file, ready for the controller."""

    statute: object
    text: str
    overrides: tuple
    applied: tuple[tuple[str, dict], ...]  # (clause id, parameters)


def make_draft(statute, text: str, overrides=(), applied=()):
    """A core.drafting.Draft of the session (clauses as ids with default parameters)."""
    from draftkit.core.drafting import new_draft

    clauses = [{"clause_id": clause_id, "params": dict(params)} for clause_id, params in applied]
    return new_draft(statute, text, clauses=clauses, overrides=tuple(overrides))


def save_draft(path, statute, text: str, overrides=(), applied=()) -> Path:
    """Write the session as a .draftkit file (atomically)."""
    from draftkit.core.drafting import save_draft as save

    return Path(save(make_draft(statute, text, overrides, applied), path))


def write_autosave(saved_path, statute, text: str, overrides=(), applied=()) -> Path:
    """Write the session to its recovery file; returns that file."""
    from draftkit.core.drafting import write_autosave as write

    return Path(write(make_draft(statute, text, overrides, applied), saved_path))


def load_draft(path) -> OpenedDraft:
    """Read a .draftkit file back into a statute, its amended text, overrides and clauses."""
    from draftkit.core.drafting import load_draft as load
    from draftkit.core.findings import Override

    draft = load(path)
    overrides = tuple(Override(o.category, o.level, o.note) for o in draft.overrides)
    return OpenedDraft(_draft_statute(draft), draft.amended_text, overrides,
                       tuple((c.clause_id, dict(c.params)) for c in draft.clauses))


def _draft_statute(draft):
    """The draft's original law: the bundled statute when it is that text, else rebuilt."""
    from draftkit.core.statute import Provenance
    from draftkit.core.structure import build_statute

    provenance = Provenance(**draft.provenance.model_dump())
    if provenance.origin == "bundled" and provenance.code in jurisdiction_codes():
        bundled = load_bundled(provenance.code)
        if bundled.text == draft.original_text:
            return bundled
    return build_statute(draft.original_text, provenance)
