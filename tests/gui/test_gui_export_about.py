"""Exports run in a worker and then offer to open the file; About names the rubric and version."""

import docx
from docx.oxml.ns import qn
import pytest
from PySide6.QtWidgets import QMessageBox

from draftkit import __version__
from draftkit.gui.exporting import EXPORTS, export_available


# what a reader finds in each file: the amendment's new word, or the state in the report card
EXPECTED_WORDS = {"export_tracked": "shall grant", "export_bill": "shall grant",
                  "export_report": "Nevada"}


def _visible_text(path) -> str:
    """The document's text with tracked insertions included (what Word shows)."""
    body = docx.Document(path).element.body
    return "".join(t.text or "" for t in body.iter(qn("w:t")))


@pytest.fixture
def finished_boxes(monkeypatch):
    """The "Export finished" boxes the app shows (closed at once, nothing opened)."""
    boxes = []

    def fake_exec(box):
        boxes.append((box.text(), [b.text() for b in box.buttons()]))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return boxes


@pytest.mark.parametrize("name", list(EXPORTS))
def test_export_writes_the_file_and_offers_to_open_it(qtbot, nevada, tmp_path, finished_boxes,
                                                      name):
    if not export_available(EXPORTS[name][1]):
        assert not nevada.actions[name].isEnabled()
        return
    nevada.editor.document().find("The court may grant").insertText("The court shall grant")
    target = tmp_path / f"{name}.docx"
    assert nevada.exports.run(name, target)
    assert not nevada.actions[name].isEnabled()  # one export at a time
    qtbot.waitUntil(lambda: bool(finished_boxes), timeout=60_000)
    assert target.is_file()
    assert EXPECTED_WORDS[name] in _visible_text(target)
    message, buttons = finished_boxes[0]
    assert target.name in message
    assert "&Open the file" in buttons and "&Show in folder" in buttons
    assert nevada.actions[name].isEnabled()


def test_about_names_version_rubric_and_weighting(window):
    from draftkit.gui.dialogs.about_dialog import AboutDialog

    dialog = AboutDialog(window)
    text = dialog.text.toPlainText()
    assert __version__ in text
    assert "Polaris" in text and "weights are DraftKit's" in text
