"""Recent files, drag and drop, paste, autosave and crash recovery."""

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from draftkit.core.corpus import load_bundled
from draftkit.gui.settings import MAX_RECENT, Settings

from conftest import wait_for_grade


def _statute_file(tmp_path: Path, code: str = "GA") -> Path:
    path = tmp_path / f"{code.lower()}-statute.txt"
    path.write_text(load_bundled(code).text, encoding="utf-8")
    return path


def test_recent_files_keep_ten_newest_first_and_prune_missing(tmp_path):
    settings = Settings()
    files = []
    for i in range(MAX_RECENT + 2):
        files.append(tmp_path / f"s{i}.txt")
        files[-1].write_text("x")
        settings.add_recent_file(files[-1])
    recent = settings.recent_files()
    assert len(recent) == MAX_RECENT
    assert recent[0] == str(files[-1].resolve())
    files[-1].unlink()
    assert str(files[-1].resolve()) not in Settings().recent_files()


def test_opened_files_appear_in_the_recent_menu(qtbot, window, tmp_path):
    path = _statute_file(tmp_path)
    assert window.files.open_path(path)
    entries = [a.data() for a in window.recent_menu.actions() if a.data()]
    assert entries == [str(path.resolve())]
    window.files.open_source("NV")
    next(a for a in window.recent_menu.actions() if a.data()).trigger()
    assert window.editor.toPlainText() == path.read_text(encoding="utf-8")


def test_dropping_a_statute_file_opens_it(qtbot, window, tmp_path):
    path = _statute_file(tmp_path)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPointF(200, 200), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    assert event.isAccepted()
    qtbot.waitUntil(lambda: window.controller.has_statute(), timeout=5000)
    assert window.editor.toPlainText() == path.read_text(encoding="utf-8")
    wait_for_grade(qtbot, window)


def test_dropping_something_else_is_refused(window, tmp_path):
    other = tmp_path / "picture.png"
    other.write_bytes(b"\x89PNG")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(other))])
    assert window.files.droppable_path(mime) is None


def test_pasted_text_is_graded(qtbot, window, monkeypatch):
    from draftkit.gui.dialogs.paste_dialog import PasteDialog

    text = load_bundled("NV").text
    monkeypatch.setattr(PasteDialog, "get_text", classmethod(lambda cls, parent=None: text))
    window.actions["paste_statute"].trigger()
    graded = wait_for_grade(qtbot, window)
    assert window.editor.toPlainText() == text
    assert graded.findings and window.rubric_panel.model.rowCount() == 12


def test_autosave_writes_a_recovery_file_that_is_offered_at_the_next_start(
        qtbot, nevada, prompts):
    from draftkit.core.drafting import find_recovery
    from draftkit.gui.mainwindow import MainWindow

    nevada.editor.document().find("The court may grant").insertText("The court shall grant")
    amended = nevada.editor.toPlainText()
    written = nevada.files.autosave()
    assert written and written.is_file() and find_recovery() == [written]
    second = MainWindow(Settings())
    qtbot.addWidget(second)
    prompts.answer = QMessageBox.StandardButton.Yes
    assert second.files.offer_recovery()
    assert "Recover" in prompts.asked[-1]
    assert second.editor.toPlainText() == amended
    assert second.controller.is_modified()  # recovered work still needs saving
    wait_for_grade(qtbot, second)
    second.controller.undo_stack.setClean()


def test_a_clean_close_leaves_no_recovery_file(qtbot, nevada):
    from draftkit.core.drafting import find_recovery

    nevada.editor.document().find("The court may grant").insertText("The court shall grant")
    assert nevada.files.autosave()
    nevada.controller.undo_stack.setClean()
    assert nevada.close()
    assert find_recovery() == []
    QApplication.processEvents()


def test_open_statute_reads_a_word_file(qtbot, window, tmp_path, monkeypatch):
    import docx
    from PySide6.QtWidgets import QFileDialog

    path = tmp_path / "statute.docx"
    document = docx.Document()
    for line in load_bundled("NV").text.splitlines()[:12]:
        document.add_paragraph(line)
    document.save(path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(path), "")))
    window.actions["open_statute"].trigger()
    graded = wait_for_grade(qtbot, window)
    assert "Vacating judgment and sealing of records" in window.editor.toPlainText()
    assert graded.finding("relief_type").points > 0
    assert not window.notice.isVisible()  # completeness of a user's file is unknown


def test_a_file_that_is_not_a_statute_is_one_plain_message(window, tmp_path, warnings_shown):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"\x00\x01\x02binary")
    assert not window.files.open_path(path)
    assert len(warnings_shown) == 1 and "\n" not in warnings_shown[0]
    assert not window.controller.has_statute()
