"""Edits re-grade after a pause, off the GUI thread; stale results never reach the screen."""

from PySide6.QtGui import QTextCursor

from conftest import wait_for_grade


def _replace(win, old: str, new: str) -> None:
    cursor = win.editor.document().find(old)
    assert not cursor.isNull(), old
    cursor.insertText(new)


def test_changing_may_to_shall_raises_the_projected_grade(qtbot, nevada):
    before = nevada.controller.assessment
    assert before.finding("discretion").level == "discretionary"
    with qtbot.waitSignal(nevada.controller.grade_changed, timeout=10_000) as blocker:
        _replace(nevada, "The court may grant", "The court shall grant")
    after = blocker.args[0]
    assert after.finding("discretion").level != "discretionary"
    assert after.score > before.score
    assert str(after.score) in nevada.grade_panel.projected.score.text()
    assert str(before.score) in nevada.grade_panel.current.score.text()  # current law unchanged
    assert "+" in nevada.grade_panel.delta.text()


def test_a_burst_of_typing_is_graded_once_on_the_final_text(qtbot, nevada):
    grades = []
    nevada.controller.grade_changed.connect(grades.append)
    cursor = nevada.editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    nevada.editor.setTextCursor(cursor)
    for ch in " The court shall grant.":
        qtbot.keyClicks(nevada.editor, ch)
    wait_for_grade(qtbot, nevada)
    assert len(grades) == 1
    assert nevada.controller.graded_text == nevada.editor.toPlainText()
    assert nevada.controller.graded_text.endswith(" The court shall grant.")


def test_a_result_for_an_older_text_is_dropped(qtbot, nevada):
    controller = nevada.controller
    controller.regrade_now()  # a job on the current text...
    _replace(nevada, "The court may grant", "The court shall grant")  # ...made stale at once
    stale_seen = []
    controller.grade_changed.connect(
        lambda a: stale_seen.append(controller.graded_text != controller.text()))
    wait_for_grade(qtbot, nevada)
    assert stale_seen and not any(stale_seen)
    assert controller.assessment.finding("discretion").level != "discretionary"


def test_a_grading_failure_is_reported_in_place_without_a_dialog(qtbot, nevada, monkeypatch,
                                                                warnings_shown):
    from draftkit.core.errors import RubricError
    from draftkit.gui import backend

    def broken(*_args):
        raise RubricError("rubric.toml: categories[0].max is missing")

    monkeypatch.setattr(backend, "grade_session", broken)
    with qtbot.waitSignal(nevada.controller.error_occurred, timeout=10_000):
        nevada.controller.regrade_now()
    assert "categories[0].max" in nevada.status_label.text()
    assert nevada.grade_panel.projected.status.text() == "could not grade"
    assert warnings_shown == []
