"""QUndoCommands for the draft's non-text state: rubric overrides."""

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
