"""Overrides change the grade, are undoable, and survive saving and reopening the draft."""

from PySide6.QtWidgets import QFileDialog

from conftest import wait_for_grade


def _override(win, category: str, level: str, note: str) -> None:
    panel = win.rubric_panel
    panel.select_category(category)
    panel.level_combo.setCurrentIndex(panel.level_combo.findData(level))
    panel.note_edit.setText(note)
    panel.apply_button.click()


def test_override_changes_the_grade_and_undo_restores_it(qtbot, nevada):
    before = nevada.controller.assessment
    _override(nevada, "discretion", "mandatory", "read with NRS 179.245")
    after = wait_for_grade(qtbot, nevada)
    assert after.score == before.score + 8
    assert after.overrides and after.overrides[0].note == "read with NRS 179.245"
    assert "override" in nevada.rubric_panel.model.index(
        nevada.rubric_panel.model.row_of("discretion"), 1).data()
    assert nevada.actions["undo"].text().startswith("&Undo Override") or \
        "Override" in nevada.controller.undo_stack.undoText()
    nevada.actions["undo"].trigger()
    undone = wait_for_grade(qtbot, nevada)
    assert undone.score == before.score and not undone.overrides
    nevada.actions["redo"].trigger()
    assert wait_for_grade(qtbot, nevada).score == after.score


def test_override_survives_save_and_reopen(qtbot, nevada, tmp_path, monkeypatch):
    _override(nevada, "burden", "preponderance", "case law sets the standard")
    graded = wait_for_grade(qtbot, nevada)
    target = tmp_path / "nv.draftkit"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    nevada.actions["save_draft_as"].trigger()
    assert target.is_file() and not nevada.controller.is_modified()
    assert nevada.files.open_source("GA")
    wait_for_grade(qtbot, nevada)
    assert nevada.files.open_path(target)
    reopened = wait_for_grade(qtbot, nevada)
    assert reopened.score == graded.score
    assert [(o.category, o.level, o.note) for o in reopened.overrides] == \
        [("burden", "preponderance", "case law sets the standard")]
    assert not nevada.controller.is_modified()
    assert nevada.controller.draft_path == target


def test_amended_text_survives_save_and_reopen(qtbot, nevada, tmp_path, monkeypatch):
    cursor = nevada.editor.document().find("The court may grant")
    cursor.insertText("The court shall grant")
    amended = nevada.editor.toPlainText()
    target = tmp_path / "amended.draftkit"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    assert nevada.files.save_draft()
    assert nevada.files.open_source("NV")
    assert nevada.files.open_path(target)
    assert nevada.editor.toPlainText() == amended
    assert nevada.controller.statute.text != amended  # the original law is kept too
    assert nevada.controller.statute.truncations  # and still knows where it was cut off
