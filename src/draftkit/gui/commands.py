"""QUndoCommands: rubric overrides, and text edits mirrored from the QTextDocument."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand


class OverrideCommand(QUndoCommand):
    """Set (or clear, with override=None) the user's level for one category; undoable."""

    def __init__(self, controller, category: str, override, label: str):
        super().__init__(label)
        self._controller = controller
        self._category = category
        self._before = controller.overrides.get(category)
        self._after = override

    def redo(self) -> None:  # Qt virtual
        self._controller.set_override(self._category, self._after)

    def undo(self) -> None:  # Qt virtual
        self._controller.set_override(self._category, self._before)


def push_override(controller, category: str, override, category_name: str) -> None:
    """Record an override change on the controller's undo stack (and apply it)."""
    if override is None:
        label = f"Clear override of {category_name}"
    else:
        label = f"Override {category_name}"
    controller.undo_stack.push(OverrideCommand(controller, category, override, label))


class TextEditCommand(QUndoCommand):
    """One undo step of the editor's QTextDocument (typing, a clause insertion, a paste).

    The document keeps the text's undo history; this command only replays it, so one
    Edit > Undo walks text edits and overrides in the order they happened.
    """

    def __init__(self, document, label: str):
        super().__init__(label)
        self._document = document
        self._first = True

    def redo(self) -> None:  # Qt virtual
        if self._first:  # the edit has already happened when the command is pushed
            self._first = False
            return
        self._document.redo()

    def undo(self) -> None:  # Qt virtual
        self._document.undo()
