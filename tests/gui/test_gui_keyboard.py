"""Keyboard-only use: every menu entry has a mnemonic, Tab walks the panes, controls are named."""

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QTreeView


def test_every_menu_and_menu_entry_has_a_mnemonic(window):
    for menu_action in window.menuBar().actions():
        assert "&" in menu_action.text(), menu_action.text()
        for action in menu_action.menu().actions():
            if not action.isSeparator() and action.text():
                assert "&" in action.text(), action.text()


def test_tab_walks_from_the_state_picker_to_the_text_and_the_rubric(window):
    order = []
    widget = window.picker
    for _ in range(12):
        order.append(widget.objectName())
        widget = widget.nextInFocusChain()
        while not widget.focusPolicy() & widget.focusPolicy().TabFocus or not widget.isVisible():
            widget = widget.nextInFocusChain()
    assert order.index("statute_editor") < order.index("findings_view") < \
        order.index("override_level")


def test_interactive_controls_have_accessible_names(window):
    for kind in (QComboBox, QLineEdit, QPlainTextEdit, QTreeView):
        for widget in window.findChildren(kind):
            if widget.isVisible() and widget.parent() is not None and \
                    type(widget.parent()).__name__ not in ("QComboBox", "QAbstractSpinBox"):
                assert widget.accessibleName(), f"{kind.__name__} {widget.objectName()}"
