"""Inserting a model clause is one undo step: one Undo restores the exact previous text."""

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
    assert clause_id in nevada.controller.applied_clauses


def test_ctrl_z_in_the_editor_undoes_the_whole_insertion(qtbot, nevada):
    from PySide6.QtCore import Qt

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
