"""Actions are enabled exactly when they can work, and closing unsaved work asks first."""

from PySide6.QtWidgets import QFileDialog, QMessageBox

from draftkit.gui.exporting import EXPORTS, export_available


def test_nothing_to_save_or_export_before_a_statute_is_loaded(window):
    a = window.actions
    for name in ("save_draft", "save_draft_as", "insert_clause", "go_to_evidence", *EXPORTS):
        assert not a[name].isEnabled(), name
    for name in ("open_statute", "paste_statute", "open_draft", "new_from_state", "quit"):
        assert a[name].isEnabled(), name


def test_save_is_enabled_only_while_there_are_unsaved_changes(qtbot, nevada, tmp_path,
                                                              monkeypatch):
    a = nevada.actions
    assert not a["save_draft"].isEnabled() and a["save_draft_as"].isEnabled()
    assert not a["undo"].isEnabled()
    nevada.editor.document().find("The court may grant").insertText("The court shall grant")
    assert a["save_draft"].isEnabled() and a["undo"].isEnabled()
    assert nevada.isWindowModified()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(tmp_path / "d"), "")))
    a["save_draft"].trigger()
    assert (tmp_path / "d.draftkit").is_file()
    assert not a["save_draft"].isEnabled() and not nevada.isWindowModified()


def test_exports_are_enabled_with_a_statute_when_the_exporter_exists(nevada):
    for name, (_label, kind) in EXPORTS.items():
        assert nevada.actions[name].isEnabled() == export_available(kind), name


def test_standard_shortcuts(window):
    from PySide6.QtGui import QKeySequence

    key = QKeySequence.StandardKey
    expected = {"open_statute": key.Open, "save_draft": key.Save, "save_draft_as": key.SaveAs,
                "undo": key.Undo, "redo": key.Redo, "quit": key.Quit, "find": key.Find}
    for name, standard in expected.items():
        assert window.actions[name].shortcut() == QKeySequence(standard), name
        assert window.actions[name].objectName() == name


def test_closing_with_unsaved_work_asks_and_cancel_keeps_the_window(nevada, prompts):
    nevada.editor.document().find("The court may grant").insertText("The court shall grant")
    prompts.answer = QMessageBox.StandardButton.Cancel
    assert not nevada.close()
    assert nevada.isVisible() and len(prompts.asked) == 1
    assert "not saved" in prompts.asked[0]
    prompts.answer = QMessageBox.StandardButton.Discard
    assert nevada.close()


def test_opening_another_state_over_unsaved_work_asks_first(qtbot, nevada, prompts):
    nevada.editor.document().find("The court may grant").insertText("The court shall grant")
    prompts.answer = QMessageBox.StandardButton.Cancel
    assert not nevada.files.open_source("GA")
    assert nevada.controller.statute.code == "NV"
    prompts.answer = QMessageBox.StandardButton.Discard
    assert nevada.files.open_source("GA")
    assert nevada.controller.statute.code == "GA"


def test_closing_a_saved_draft_does_not_ask(nevada, prompts):
    assert nevada.close()
    assert prompts.asked == []


def test_new_from_state_lists_all_jurisdictions_and_opens_the_choice(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    offered = []

    def choose(_parent, _title, _label, items, *_args, **_kwargs):
        offered.extend(items)
        return next(i for i in items if i.startswith("VT ")), True

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(choose))
    window.actions["new_from_state"].trigger()
    assert len(offered) == 51 and any(i.startswith("DC ") for i in offered)
    assert window.controller.statute.code == "VT"
    window.runner.wait()


def test_find_selects_the_next_match(nevada):
    nevada.actions["find"].trigger()
    dialog = nevada._find_dialog
    dialog.field.setText("due diligence")
    assert dialog.find()
    assert nevada.editor.textCursor().selectedText() == "due diligence"
    dialog.field.setText("no such words anywhere")
    assert not dialog.find() and "Not found" in dialog.result.text()
    dialog.close()
