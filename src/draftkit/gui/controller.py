"""SessionController: owns the draft's state (statute, overrides, grades) and live re-grading."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QTextCursor, QTextDocument, QUndoStack

from draftkit.gui import backend
from draftkit.gui.workers import BackgroundRunner

DEBOUNCE_MS = 400


class SessionController(QObject):
    """The editor's QTextDocument is the amended text; this object grades it off-thread.

    Grading requests carry a generation number; a result whose generation is not the
    latest is dropped, so the grade always describes the text on screen.
    """

    statute_loaded = Signal(object)  # the original Statute
    grading_started = Signal()
    grade_changed = Signal(object)  # Assessment of the current text
    analysis_finished = Signal(object)  # Analysis of the current text
    original_graded = Signal(object)  # Assessment of the original law
    overrides_changed = Signal()
    modified_changed = Signal(bool)
    draft_path_changed = Signal(object)  # Path | None
    error_occurred = Signal(str)

    def __init__(self, document: QTextDocument, runner: BackgroundRunner | None = None,
                 parent=None):
        super().__init__(parent)
        self.document = document
        self.runner = runner or BackgroundRunner(parent=self)
        self.undo_stack = QUndoStack(self)
        self.statute = None
        self.overrides: dict[str, object] = {}
        self.applied_clauses: list[tuple[str, dict]] = []  # (clause id, parameters)
        self.assessment = None
        self.analysis = None
        self.graded_text: str | None = None
        self.original_assessment = None
        self.draft_path = None
        self._generation = 0
        self._pending: int | None = None
        self._last_text = ""
        self._loading = False
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.regrade_now)
        self._next_edit_label = ""
        document.contentsChanged.connect(self._on_document_contents_changed)
        document.undoCommandAdded.connect(self._on_document_undo_command_added)
        document.modificationChanged.connect(self._emit_modified)
        self.undo_stack.cleanChanged.connect(self._emit_modified)

    # -- state ---------------------------------------------------------------------------
    def has_statute(self) -> bool:
        return self.statute is not None

    def text(self) -> str:
        return self.document.toPlainText()

    def is_modified(self) -> bool:
        return self.has_statute() and not self.undo_stack.isClean()

    def is_grading(self) -> bool:
        return self._timer.isActive() or self._pending is not None

    def is_amended(self) -> bool:
        return self.has_statute() and self.text() != self.statute.text

    # -- loading -------------------------------------------------------------------------
    def load_statute(self, statute, text: str | None = None, overrides=(), path=None,
                     applied=()) -> None:
        """Start a session on `statute`; `text` (a saved draft's amended text) if given."""
        self._loading = True
        self.statute = statute
        self.overrides = {o.category: o for o in overrides}
        self.applied_clauses = list(applied)
        self.assessment = self.analysis = self.original_assessment = None
        self.document.setPlainText(statute.text if text is None else text)
        self.document.setModified(False)
        self.undo_stack.clear()
        self._last_text = self.document.toPlainText()
        self._loading = False
        self.set_draft_path(path)
        self.statute_loaded.emit(statute)
        self.regrade_now()

    def set_draft_path(self, path) -> None:
        self.draft_path = path
        self.draft_path_changed.emit(path)

    def mark_saved(self, path) -> None:
        self.document.setModified(False)
        self.undo_stack.setClean()
        self.set_draft_path(path)
        self._emit_modified()

    # -- overrides (through commands.OverrideCommand for undo) ---------------------------
    def set_override(self, category: str, override) -> None:
        """Replace or (override=None) remove the user's level for `category`, then regrade."""
        if override is None:
            self.overrides.pop(category, None)
        else:
            self.overrides[category] = override
        self.overrides_changed.emit()
        self.regrade_now()

    # -- editing -------------------------------------------------------------------------
    def replace_text(self, new_text: str) -> None:
        """Make the document read `new_text` as ONE undo step, touching only changed lines.

        Unchanged lines keep their positions, so cursors in them (truncation marks, the
        user's caret) stay where they were.
        """
        old = self.text()
        cursor = QTextCursor(self.document)
        cursor.beginEditBlock()
        for start, end, replacement in reversed(_line_hunks(old, new_text)):
            cursor.setPosition(backend_utf16(old, start))
            cursor.setPosition(backend_utf16(old, end), QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(replacement)
        cursor.endEditBlock()

    def insert_clause(self, clause_id: str, label: str = "", params: dict | None = None):
        """Apply `clause_id` to the current text as one undo step; returns the Amendment."""
        current = backend.statute_with_text(self.statute, self.text())
        amendment = backend.apply_clause(current, clause_id, params)
        if amendment.text != self.text():
            self._next_edit_label = label or f"Insert clause {clause_id}"
            self.replace_text(amendment.text)
            self.applied_clauses.append((clause_id, dict(params or {})))
        return amendment

    def _on_document_undo_command_added(self) -> None:
        from draftkit.gui.commands import TextEditCommand

        label, self._next_edit_label = self._next_edit_label or "Typing", ""
        self.undo_stack.push(TextEditCommand(self.document, label))

    # -- grading -------------------------------------------------------------------------
    def _on_document_contents_changed(self) -> None:
        # The highlighter's repaints also emit contentsChanged: only a new text is an edit.
        if self._loading or self.statute is None:
            return
        text = self.document.toPlainText()
        if text == self._last_text:
            return
        self._last_text = text
        self._generation += 1  # anything still running is now stale
        self._timer.start()
        self.grading_started.emit()

    @Slot()
    def regrade_now(self) -> None:
        """Grade the current text at once (the debounce timer's target)."""
        if self.statute is None:
            return
        self._timer.stop()
        self._generation += 1
        generation, statute, text = self._generation, self.statute, self.text()
        overrides = tuple(self.overrides.values())
        self.grading_started.emit()
        self._start(generation, lambda: backend.grade_session(statute, text, overrides))

    def _start(self, generation: int, fn) -> None:
        self._pending = generation
        self.runner.run(lambda: (generation, fn()), self._on_worker_finished,
                        self._on_worker_failed)

    @Slot(object)
    def _on_worker_finished(self, result) -> None:
        generation, graded = result
        if generation != self._generation or graded.text != self.text():
            return  # stale: the text changed since this snapshot
        self._pending = None
        self.graded_text = graded.text
        self.analysis, self.assessment = graded.analysis, graded.assessment
        if graded.original is not None:
            self.original_assessment = graded.original
            self.original_graded.emit(graded.original)
        self.analysis_finished.emit(graded.analysis)
        self.grade_changed.emit(graded.assessment)

    @Slot(object)
    def _on_worker_failed(self, error) -> None:
        self._pending = None
        self.error_occurred.emit(str(error) or type(error).__name__)

    def wait_idle(self, timeout_ms: int = 5000) -> bool:
        """Block until no grading job runs (tests and screenshots)."""
        return self.runner.wait(timeout_ms)

    def _emit_modified(self, *_args) -> None:
        self.modified_changed.emit(self.is_modified())


def backend_utf16(text: str, offset: int) -> int:
    from draftkit.gui.highlighter import utf16_offsets

    return utf16_offsets(text, [offset])[0]


def _line_hunks(old: str, new: str) -> list[tuple[int, int, str]]:
    """(start, end, replacement) in `old` for each run of changed lines, in order."""
    from difflib import SequenceMatcher

    a, b = old.splitlines(keepends=True), new.splitlines(keepends=True)
    offsets = [0]
    for line in a:
        offsets.append(offsets[-1] + len(line))
    hunks = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag != "equal":
            hunks.append((offsets[i1], offsets[i2], "".join(b[j1:j2])))
    return hunks
