"""Edit > Preferences: the author reaches exports, a bad rubric is refused, user clauses show."""

from __future__ import annotations

import re
import zipfile
from importlib import resources

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QMessageBox

from draftkit.core.config import Config, config_path, load_config, save_config
from draftkit.gui import backend
from draftkit.gui.dialogs.preferences import PreferencesDialog
from draftkit.gui.mainwindow import MainWindow
from draftkit.gui.settings import Settings

from conftest import select_category, wait_for_grade


@pytest.fixture(autouse=True)
def _bundled_preferences_after():
    yield
    backend.use_preferences()  # later tests grade with DraftKit's own rubric and clauses


class DialogRunner(list):
    """Each Preferences dialog shown: `fill(dialog)` runs, then OK is pressed."""

    def __init__(self):
        super().__init__()
        self.fill = lambda dialog: None

    def __call__(self, dialog):
        self.append(dialog)
        self.fill(dialog)
        dialog.accept()
        return dialog.result()


@pytest.fixture
def dialogs(monkeypatch):
    """Runs Preferences dialogs without blocking."""
    runner = DialogRunner()
    monkeypatch.setattr(PreferencesDialog, "exec", lambda dialog: runner(dialog))
    return runner


def _preferences(win, dialogs, fill) -> PreferencesDialog:
    dialogs.fill = fill
    win.actions["preferences"].trigger()
    return dialogs[-1]


def test_action_is_in_edit_menu_with_preferences_shortcut(window):
    action = window.actions["preferences"]
    edit = next(m for m in window.menuBar().actions() if m.text() == "&Edit").menu()
    assert action in edit.actions()
    expected = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
    assert action.shortcut() == (expected[0] if expected else QKeySequence("Ctrl+,"))
    assert not action.shortcut().isEmpty()


def test_dialog_fields_are_named_and_show_saved_values(window):
    save_config(Config(author="Saved Name", default_jurisdiction="NY"))
    win = MainWindow(Settings())
    try:
        dialog = win.preferences.dialog()
        assert dialog.author_edit.text() == "Saved Name"
        assert dialog.state_combo.currentData() == "NY" and dialog.state_combo.count() == 51
        for widget in (dialog.author_edit, dialog.clause_dir_edit, dialog.rubric_edit,
                       dialog.state_combo, dialog.clause_dir_button, dialog.rubric_button):
            assert widget.accessibleName()
        assert dialog.author_edit.nextInFocusChain() is dialog.clause_dir_edit
        buddies = {label.buddy(): label.text() for label in dialog.findChildren(QLabel)
                   if label.buddy() is not None}
        assert set(buddies) == {dialog.author_edit, dialog.clause_dir_edit, dialog.rubric_edit,
                                dialog.state_combo}
        texts = list(buddies.values()) + [dialog.clause_dir_button.text(),
                                          dialog.rubric_button.text()]
        keys = [re.search(r"&(\w)", t).group(1).lower() for t in texts]
        assert len(set(keys)) == len(keys)  # every field has its own Alt+key
    finally:
        win.close()
        win.deleteLater()


def _ins_authors(path) -> set[str]:
    with zipfile.ZipFile(path) as archive:
        xml = archive.read("word/document.xml").decode("utf-8")
    return set(re.findall(r'<w:ins\b[^>]*\bw:author="([^"]*)"', xml))


def test_author_from_preferences_is_stamped_on_tracked_changes(qtbot, nevada, dialogs,
                                                               tmp_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)
    dialog = _preferences(nevada, dialogs, lambda d: d.author_edit.setText("Ana Drafter"))
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert load_config().author == "Ana Drafter"
    nevada.editor.document().find("The court may grant").insertText("The court shall grant")
    target = tmp_path / "tracked.docx"
    assert nevada.exports.run("export_tracked", target)
    qtbot.waitUntil(lambda: nevada.exports.last_written == target, timeout=60_000)
    assert _ins_authors(target) == {"Ana Drafter"}


def test_bad_rubric_is_refused_with_its_message_and_not_saved(qtbot, nevada, dialogs,
                                                              tmp_path, monkeypatch):
    bad = tmp_path / "broken-rubric.toml"
    bad.write_text('id = "x"\nname = "Broken"\n', "utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(bad), "Rubric files (*.toml)")))
    dialog = _preferences(nevada, dialogs, lambda d: d.rubric_button.click())
    assert dialog.rubric_edit.text() == str(bad)
    assert dialog.result() == QDialog.DialogCode.Rejected
    message = dialog.error_label.text()
    assert "broken-rubric.toml" in message and "\n" not in message
    assert not dialog.error_label.isHidden()
    assert not config_path().exists()
    assert backend.rubric().id == "draftkit-v1"


def test_good_rubric_regrades_with_it(qtbot, nevada, dialogs, tmp_path):
    text = resources.files("draftkit").joinpath("rubrics", "draftkit-v1.toml").read_text("utf-8")
    mine = tmp_path / "office.toml"
    mine.write_text(text.replace('name = "DraftKit relief rubric"', 'name = "Office rubric"', 1),
                    "utf-8")
    _preferences(nevada, dialogs, lambda d: d.rubric_edit.setText(str(mine)))
    assert load_config().rubric_path == str(mine)
    assert backend.rubric().name == "Office rubric"
    wait_for_grade(qtbot, nevada)
    assert "Office rubric" in nevada.status_label.text()


def _user_clause(folder, clause_id: str, title: str) -> None:
    (folder / f"{clause_id}.toml").write_text(
        f'id = "{clause_id}"\ntitle = "{title}"\ncategory = "offenses"\n'
        'level = "any_offense"\nrationale = "One. Two."\nbasis = "34 U.S.C. § 10381"\n'
        '[placement]\nmode = "replace"\n', "utf-8")
    (folder / f"{clause_id}.j2").write_text("Any offense, as our office drafts it.", "utf-8")


def _titles(win) -> list[str]:
    browser = win.clause_browser.list
    return [browser.item(i).text() for i in range(browser.count())]


def test_clause_folder_reaches_the_clause_browser(qtbot, nevada, dialogs, tmp_path,
                                                  monkeypatch):
    _user_clause(tmp_path, "offenses_any", "Our office's any-offense clause")
    select_category(qtbot, nevada, "offenses")
    assert not any("Our office" in t for t in _titles(nevada))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *a, **k: str(tmp_path)))
    _preferences(nevada, dialogs, lambda d: d.clause_dir_button.click())
    assert load_config().clause_dir == str(tmp_path)
    qtbot.waitUntil(lambda: any(t.startswith("Our office's any-offense clause")
                                for t in _titles(nevada)), timeout=20_000)
    nevada.insert_clause("offenses_any")
    assert "Any offense, as our office drafts it." in nevada.controller.text()


def test_missing_clause_folder_is_refused(nevada, dialogs, tmp_path):
    dialog = _preferences(nevada, dialogs,
                          lambda d: d.clause_dir_edit.setText(str(tmp_path / "nowhere")))
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert "nowhere" in dialog.error_label.text()
    assert not config_path().exists()


def _started(qtbot, prompts):
    """A window as `draftkit` with no SOURCE opens it (resume step included)."""
    from draftkit.gui import app

    win = app.build_window(None, Settings())
    qtbot.addWidget(win)
    app._resume(win)
    return win


def test_first_start_opens_the_default_state_of_the_preferences(qtbot, prompts, dialogs):
    save_config(Config(default_jurisdiction="NY"))
    win = _started(qtbot, prompts)
    try:
        assert win.controller.statute.code == "NY"
        from draftkit.gui.app import report_preferences_problem

        assert not report_preferences_problem(win)
        wait_for_grade(qtbot, win)
        dialog = _preferences(win, dialogs, lambda d: d.state_combo.setCurrentIndex(
            d.state_combo.findData("CA")))
        assert dialog.result() == QDialog.DialogCode.Accepted
        assert load_config().default_jurisdiction == "CA"
    finally:
        win.controller.undo_stack.setClean()
        win.runner.wait()


def test_malformed_preferences_at_start_are_reported_not_fatal(qtbot, prompts,
                                                              warnings_shown):
    from draftkit.gui.app import report_preferences_problem

    config_path().parent.mkdir(parents=True, exist_ok=True)
    config_path().write_text('author = "unterminated\n', "utf-8")
    win = _started(qtbot, prompts)
    try:
        assert win.controller.statute.code == "NV"  # the app still opens
        assert report_preferences_problem(win)
        assert len(warnings_shown) == 1 and str(config_path()) in warnings_shown[0]
        assert warnings_shown[0].startswith("Preferences not used:")
        assert "\n" not in warnings_shown[0]
        assert win.preferences.config == Config()
    finally:
        win.controller.undo_stack.setClean()
        win.runner.wait()
