"""The one exception family DraftKit raises for anything a user can fix."""


class DraftkitError(Exception):
    """Base class. str(error) is one plain line a user can act on (no traceback)."""


class SourceError(DraftkitError):
    """A statute source could not be read: bad path, encoding, binary, hostile or too big."""


class RubricError(DraftkitError):
    """A rubric file is malformed; the message names the file and the field."""


class DataFileError(DraftkitError):
    """A bundled or user data file (corpus, clauses, jurisdictions, styles) is malformed."""


class ClauseError(DraftkitError):
    """A clause is unknown, its template is unsafe or names an unknown variable."""


class DraftError(DraftkitError):
    """A .draftkit file is corrupt, truncated, or from a newer DraftKit."""


class ExportError(DraftkitError):
    """An export failed or failed its own self-check; nothing was written."""


def first_problem(error: Exception) -> str:
    """One line naming the first bad field of a pydantic ValidationError (or the error)."""
    errors = getattr(error, "errors", None)
    if not callable(errors):
        return str(error)
    first = errors()[0]
    field = ".".join(str(part) for part in first["loc"]) or "(file)"
    return f"field {field!r}: {first['msg']}"
