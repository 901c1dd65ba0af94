"""Inserting a model clause is one undo step: one Undo restores the exact previous text."""

from PySide6.QtCore import Qt

from conftest import select_category, wait_for_grade


def _pick_discretion_clause(qtbot, win):
    select_category(qtbot, win, "discretion")
    assert win.clause_browser.list.count() > 0
    win.clause_browser.list.setCurrentRow(0)
    return win.clause_browser.current_clause_id()


def test_insert_then_one_undo_restores_the_text_exactly(qtbot, nevada):
    original = nevada.editor.toPlainText()
    _pick_discretion_clause(qtbot, nevada)
    nevada.actions["insert_clause"].trigger()
    amended = nevada.editor.toPlainText()
    assert amended != original
    assert nevada.actions["undo"].isEnabled()
    nevada.actions["undo"].trigger()
    assert nevada.editor.toPlainText() == original
    nevada.actions["redo"].trigger()
    assert nevada.editor.toPlainText() == amended


def test_inserted_clause_raises_the_projected_grade_by_its_shown_impact(qtbot, nevada):
    before = nevada.controller.assessment.score
    clause_id = _pick_discretion_clause(qtbot, nevada)
    option = next(o for o in nevada.clause_browser._options if o.id == clause_id)
    nevada.clause_browser.insert_button.click()
    after = wait_for_grade(qtbot, nevada)
    assert after.score - before == option.impact
    assert after.finding("discretion").points == after.finding("discretion").max_points
    assert (clause_id, {}) in nevada.controller.applied_clauses


def test_ctrl_z_in_the_editor_undoes_the_whole_insertion(qtbot, nevada):
    original = nevada.editor.toPlainText()
    _pick_discretion_clause(qtbot, nevada)
    nevada.actions["insert_clause"].trigger()
    nevada.editor.setFocus()
    qtbot.keyClick(nevada.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert nevada.editor.toPlainText() == original


def test_compare_view_marks_the_inserted_words(qtbot, nevada):
    _pick_discretion_clause(qtbot, nevada)
    nevada.actions["insert_clause"].trigger()
    wait_for_grade(qtbot, nevada)
    nevada.actions["show_compare"].trigger()
    html = nevada.compare.browser.toHtml()
    assert "underline" in html and "line-through" in html
    assert "changed" in nevada.compare.summary.text()


def test_cut_off_marks_stay_on_their_lines_after_an_insertion(qtbot, nevada):
    document = nevada.editor.document()
    lines_before = [document.findBlock(p).text() for p in nevada.editor.truncation_positions()]
    assert "Notify the Central Repository for Nevada Records" in lines_before[0]
    _pick_discretion_clause(qtbot, nevada)
    nevada.actions["insert_clause"].trigger()
    lines_after = [document.findBlock(p).text() for p in nevada.editor.truncation_positions()]
    assert lines_after[0] == lines_before[0]


def test_a_clause_with_variables_asks_for_them_and_uses_the_drafters_words(
        qtbot, nevada, monkeypatch):
    from PySide6.QtWidgets import QDialog

    from draftkit.gui.dialogs.clause_params_dialog import ClauseParamsDialog

    def drafter_edits(dialog):
        field = dialog.fields["exclusions"]
        assert field.toPlainText() == "a crime of violence"  # the default is offered
        field.setPlainText("murder\nsexual assault")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ClauseParamsDialog, "exec", drafter_edits)
    select_category(qtbot, nevada, "offenses")
    row = next(i for i in range(nevada.clause_browser.list.count())
               if nevada.clause_browser.list.item(i).data(Qt.ItemDataRole.UserRole) == "offenses_any_except")
    nevada.clause_browser.list.setCurrentRow(row)
    nevada.actions["insert_clause"].trigger()
    text = nevada.editor.toPlainText()
    assert "murder" in text and "sexual assault" in text
    assert ("offenses_any_except", {"exclusions": ("murder", "sexual assault")}) in \
        nevada.controller.applied_clauses
    assert "Insert Any offense" in nevada.controller.undo_stack.undoText()


def test_cancelling_the_variables_changes_nothing(qtbot, nevada, monkeypatch):
    from PySide6.QtWidgets import QDialog

    from draftkit.gui.dialogs.clause_params_dialog import ClauseParamsDialog

    monkeypatch.setattr(ClauseParamsDialog, "exec", lambda _d: QDialog.DialogCode.Rejected)
    before = nevada.editor.toPlainText()
    select_category(qtbot, nevada, "offenses")
    row = next(i for i in range(nevada.clause_browser.list.count())
               if nevada.clause_browser.list.item(i).data(Qt.ItemDataRole.UserRole) == "offenses_any_except")
    nevada.clause_browser.list.setCurrentRow(row)
    nevada.actions["insert_clause"].trigger()
    assert nevada.editor.toPlainText() == before
    assert not nevada.controller.is_modified()


def test_the_inserted_words_are_selected_so_the_drafter_sees_them(qtbot, nevada):
    clause_id = _pick_discretion_clause(qtbot, nevada)
    option = next(o for o in nevada.clause_browser._options if o.id == clause_id)
    nevada.actions["insert_clause"].trigger()
    selected = nevada.editor.textCursor().selectedText()
    assert selected and selected.split()[:3] == option.text.split()[:3]
