"""The main window: actions, menus, layout, signal wiring and refresh_actions()."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QThreadPool, QTimer, Slot
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (QLabel, QMainWindow, QMessageBox, QSplitter,
                               QTabWidget, QToolBar, QVBoxLayout, QWidget)

from draftkit.core.errors import DraftkitError
from draftkit.gui import backend
from draftkit.gui.captions import (empty_text_hint, provenance_line, statute_title,
                                   weakest_category)
from draftkit.gui.commands import push_override
from draftkit.gui.controller import SessionController
from draftkit.gui.exporting import EXPORTS, ExportFlow
from draftkit.gui.fileflow import FileFlow
from draftkit.gui.dialogs.about_dialog import AboutDialog
from draftkit.gui.dialogs.clause_params_dialog import ClauseParamsDialog
from draftkit.gui.dialogs.find_dialog import FindDialog
from draftkit.gui.preferences_flow import PreferencesFlow
from draftkit.gui.highlighter import (EvidenceHighlighter, evidence_tooltip, marks_for,
                                     utf16_offsets)
from draftkit.gui.settings import restore_window, save_window
from draftkit.gui.theme import apply_theme, is_dark
from draftkit.gui.widgets.clause_browser import ClauseBrowserWidget
from draftkit.gui.widgets.compare_view import CompareViewWidget
from draftkit.gui.widgets.grade_panel import GradePanelWidget
from draftkit.gui.widgets.jurisdiction_picker import JurisdictionPickerWidget
from draftkit.gui.widgets.legend import LegendWidget
from draftkit.gui.widgets.notice_bar import NoticeBarWidget
from draftkit.gui.widgets.rubric_panel import RubricPanelWidget
from draftkit.gui.widgets.states_view import StatesViewWidget
from draftkit.gui.widgets.statute_editor import StatuteEditorWidget
from draftkit.gui.workers import BackgroundRunner

TAB_STATUTE, TAB_COMPARE, TAB_STATES = range(3)


class MainWindow(QMainWindow):
    """DraftKit's window. State lives in SessionController; this wires views to it."""

    def __init__(self, settings, pool: QThreadPool | None = None, parent=None):
        super().__init__(parent)
        self.settings = settings
        self.runner = BackgroundRunner(pool, self)
        self.editor = StatuteEditorWidget(self)
        self.controller = SessionController(self.editor.document(), self.runner, self)
        self.highlighter = EvidenceHighlighter(self.editor.document(), is_dark(self.palette()))
        self.files = FileFlow(self)
        self.exports = ExportFlow(self)
        self.actions: dict[str, QAction] = {}
        self.preferences = PreferencesFlow(self)  # the shared config; adds its action
        self.state_rows = ()
        self._clause_request = None
        self._create_actions()
        self._create_menus()
        self._create_layout()
        self._connect_signals()
        self.setObjectName("main_window")
        self.setAcceptDrops(True)
        self.setWindowTitle("DraftKit")
        self.restore_state()
        self.refresh_actions()

    # -- construction --------------------------------------------------------------------
    def _add_action(self, name: str, text: str, slot, shortcut=None, tip: str = "") -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(slot)
        self.actions[name] = action
        return action

    def _create_actions(self) -> None:
        key, f = QKeySequence.StandardKey, self.files
        self._add_action("new_from_state", "&New from State\u2026", f.new_from_state, key.New,
                         "Start a draft from a state's current law")
        self._add_action("open_statute", "&Open Statute File\u2026", f.open_statute, key.Open,
                         "Open a statute as .txt, .docx, .html or .pdf")
        self._add_action("paste_statute", "&Paste Statute Text\u2026", f.paste_statute,
                         "Ctrl+Shift+V", "Grade statute text pasted from elsewhere")
        self._add_action("open_draft", "Open &Draft\u2026", f.open_draft, "Ctrl+Shift+O",
                         "Open a saved .draftkit draft")
        self._add_action("save_draft", "&Save Draft", f.save_draft, key.Save,
                         "Save the draft (.draftkit)")
        self._add_action("save_draft_as", "Save Draft &As\u2026", f.save_draft_as, key.SaveAs)
        self._add_action("quit", "&Quit", self.close, key.Quit)
        undo = self.controller.undo_stack.createUndoAction(self, "&Undo")
        redo = self.controller.undo_stack.createRedoAction(self, "&Redo")
        for name, action, seq in (("undo", undo, key.Undo), ("redo", redo, key.Redo)):
            action.setObjectName(name)
            action.setShortcut(QKeySequence(seq))
            self.actions[name] = action
        self._add_action("find", "&Find\u2026", lambda: FindDialog.show_for(self, self.editor),
                         key.Find, "Find words in the statute")
        self._add_action("go_to_evidence", "&Go to Evidence", self._on_go_to_evidence,
                         "Ctrl+E", "Select the words that decided the selected category")
        self._add_action("insert_clause", "&Insert Clause", self._on_insert_clause_triggered,
                         "Ctrl+I", "Insert the selected model clause into the statute")
        self._add_action("fix_category", "Insert &Best Clause for Category",
                         self._on_fix_category_triggered, "Ctrl+Shift+I",
                         "Insert the clause that adds the most points to the selected category")
        self._add_action("show_statute", "&Statute", lambda: self.tabs.setCurrentIndex(0), "Ctrl+1")
        self._add_action("show_compare", "&Compare with Current Law",
                         lambda: self.tabs.setCurrentIndex(1), "Ctrl+2")
        self._add_action("show_states", "&All Jurisdictions",
                         lambda: self.tabs.setCurrentIndex(2), "Ctrl+3")
        for name, (label, _kind) in EXPORTS.items():
            self._add_action(name, label, lambda _c=False, n=name: self.exports.run(n))
        self._add_action("about", "&About DraftKit", lambda: AboutDialog(self).exec())
        self._create_theme_actions()

    def _create_theme_actions(self) -> None:
        group = QActionGroup(self)
        for theme, label in (("system", "Follow &System"), ("light", "&Light"), ("dark", "&Dark")):
            action = self._add_action(f"theme_{theme}", label,
                                      lambda _c=False, t=theme: self.set_theme(t))
            action.setCheckable(True)
            action.setChecked(theme == self.settings.theme())
            group.addAction(action)

    def _create_menus(self) -> None:
        bar, a = self.menuBar(), self.actions
        menu = bar.addMenu("&File")
        for name in ("new_from_state", "open_statute", "paste_statute", "open_draft"):
            menu.addAction(a[name])
        self.recent_menu = menu.addMenu("Open &Recent")
        self.recent_menu.setObjectName("recent_menu")
        menu.addSeparator()
        menu.addActions([a["save_draft"], a["save_draft_as"]])
        menu.addSeparator()
        menu.addAction(a["quit"])
        menu = bar.addMenu("&Edit")
        menu.addActions([a["undo"], a["redo"]])
        menu.addSeparator()
        menu.addActions([a["find"], a["go_to_evidence"]])
        menu.addSeparator()
        menu.addAction(a["preferences"])
        menu = bar.addMenu("&View")
        menu.addActions([a["show_statute"], a["show_compare"], a["show_states"]])
        theme = menu.addMenu("&Theme")
        theme.addActions([a["theme_system"], a["theme_light"], a["theme_dark"]])
        menu = bar.addMenu("&Draft")
        menu.addActions([a["insert_clause"], a["fix_category"]])
        menu = bar.addMenu("E&xport")
        menu.addActions([a[name] for name in EXPORTS])
        bar.addMenu("&Help").addAction(a["about"])
        self.files.rebuild_recent_menu()

    def _create_layout(self) -> None:
        self.picker = JurisdictionPickerWidget(backend.jurisdiction_names(), self)
        self._create_toolbar()
        self.notice = NoticeBarWidget(self)
        self.legend = LegendWidget(parent=self)
        self.editor.setPlaceholderText(empty_text_hint(None))
        statute_tab = QWidget(self)
        column = QVBoxLayout(statute_tab)
        column.setContentsMargins(0, 4, 0, 0)
        column.addWidget(self.notice)
        column.addWidget(self.editor, 1)
        column.addWidget(self.legend)
        self.compare = CompareViewWidget(self)
        self.states = StatesViewWidget(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("main_tabs")
        self.tabs.addTab(statute_tab, "&Statute")
        self.tabs.addTab(self.compare, "&Compare")
        self.tabs.addTab(self.states, "All &jurisdictions")
        self.setCentralWidget(self._create_splitters())
        self.status_label = QLabel("Pick a state, open a statute file, or paste text.", self)
        self.statusBar().addWidget(self.status_label, 1)

    def _create_toolbar(self) -> None:
        bar = QToolBar("Main", self)
        bar.setObjectName("main_toolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.setIconSize(QSize(20, 20))
        label = QLabel(" S&tate: ", self)
        label.setBuddy(self.picker)
        bar.addWidget(label)
        bar.addWidget(self.picker)
        bar.addSeparator()
        for name in ("open_statute", "paste_statute", "save_draft"):
            bar.addAction(self.actions[name])
        bar.addSeparator()
        bar.addAction(self.actions["insert_clause"])
        bar.addSeparator()
        for name in EXPORTS:
            bar.addAction(self.actions[name])
        self.addToolBar(bar)

    def _create_splitters(self) -> QSplitter:
        self.grade_panel = GradePanelWidget(self)
        self.rubric_panel = RubricPanelWidget(self)
        self.clause_browser = ClauseBrowserWidget(self)
        self.side_splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.side_splitter.setObjectName("side_splitter")
        self.side_splitter.addWidget(self.rubric_panel)
        self.side_splitter.addWidget(self.clause_browser)
        self.side_splitter.setStretchFactor(0, 5)
        self.side_splitter.setStretchFactor(1, 4)
        side = self.side_panel = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(4, 4, 0, 0)
        side_layout.addWidget(self.grade_panel)
        side_layout.addWidget(self.side_splitter, 1)
        self.main_splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.main_splitter.setObjectName("main_splitter")
        self.main_splitter.addWidget(self.tabs)
        self.main_splitter.addWidget(side)
        self.main_splitter.setStretchFactor(0, 3)
        self.main_splitter.setStretchFactor(1, 2)
        self.main_splitter.setChildrenCollapsible(False)
        return self.main_splitter

    def _connect_signals(self) -> None:
        c = self.controller
        c.statute_loaded.connect(self._on_controller_statute_loaded)
        c.grading_started.connect(self._on_controller_grading_started)
        c.grade_changed.connect(self._on_controller_grade_changed)
        c.original_graded.connect(self.grade_panel.show_original)
        c.analysis_finished.connect(self._on_controller_analysis_finished)
        c.modified_changed.connect(lambda _m: self.refresh_actions())
        c.draft_path_changed.connect(lambda _p: self._update_title())
        c.error_occurred.connect(self._on_controller_error_occurred)
        c.undo_stack.indexChanged.connect(self._on_undo_stack_index_changed)
        self.picker.activated.connect(self._on_picker_activated)
        self.rubric_panel.category_selected.connect(self._on_rubric_category_selected)
        self.rubric_panel.go_to_evidence_requested.connect(self.go_to_evidence)
        self.rubric_panel.override_requested.connect(self._on_rubric_override_requested)
        self.clause_browser.insert_requested.connect(self.insert_clause)
        self.clause_browser.list.currentRowChanged.connect(lambda _r: self.refresh_actions())
        self.states.rows_requested.connect(self.grade_all_states)
        self.states.state_activated.connect(self._on_states_state_activated)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.notice.load_full_text_requested.connect(self.files.open_statute)
        self.editor.set_tooltip_source(self._evidence_tooltip)
        self.editor.set_context_actions([self.actions["undo"], self.actions["redo"]])
        self._set_tab_order()

    def _set_tab_order(self) -> None:
        """Keyboard order: state, text, categories, override, clauses, Insert."""
        r, b = self.rubric_panel, self.clause_browser
        chain = [self.picker, self.tabs, self.editor, r.view, r.evidence_button, r.level_combo,
                 r.note_edit, r.apply_button, b.list, b.preview, b.insert_button]
        for first, second in zip(chain, chain[1:]):
            self.setTabOrder(first, second)

    def _on_undo_stack_index_changed(self, _index: int) -> None:
        self.refresh_actions()

    # -- state -> views ------------------------------------------------------------------
    def refresh_actions(self) -> None:
        """Enable each action exactly when it can work now."""
        c, a = self.controller, self.actions
        loaded = c.has_statute()
        a["save_draft"].setEnabled(loaded and c.is_modified())
        a["save_draft_as"].setEnabled(loaded)
        for name in ("find", "show_compare"):
            a[name].setEnabled(loaded)
        category = self.rubric_panel.current_category()
        a["go_to_evidence"].setEnabled(loaded and self._has_evidence(category))
        a["insert_clause"].setEnabled(loaded and self.clause_browser.current_clause_id() is not None)
        a["fix_category"].setEnabled(loaded and category is not None)
        self.clause_browser.set_insert_enabled(loaded)
        self.exports.refresh(loaded)
        self._update_title()

    def _has_evidence(self, category) -> bool:
        analysis = self.controller.analysis
        if not (analysis and category):
            return False
        return bool(next((f.evidence for f in analysis.findings if f.category == category), ()))

    def _update_title(self) -> None:
        c = self.controller
        name = c.draft_path.name if c.draft_path else statute_title(c.statute)
        self.setWindowTitle(f"{name}[*] \u2014 DraftKit" if name else "DraftKit")
        self.setWindowModified(c.is_modified())

    def _on_controller_statute_loaded(self, statute) -> None:
        self.rubric_panel.set_categories(backend.rubric_categories())
        self.legend.set_names({c.id: c.name for c in backend.rubric_categories()})
        self.notice.show_for(statute)
        self.editor.setPlaceholderText(empty_text_hint(statute))
        self.editor.set_truncations(statute.text, statute.truncations)
        self.highlighter.set_marks(())
        self.grade_panel.clear()
        self.compare.clear()
        self.picker.select_code(statute.code)
        if statute.provenance.origin == "bundled" and statute.code:
            self.settings.set("last_jurisdiction", statute.code)
        self.status_label.setText(provenance_line(statute))
        self.refresh_actions()

    def _on_controller_error_occurred(self, message: str) -> None:
        """A grading failure is shown in place (no dialog on every pause in typing)."""
        self.grade_panel.projected.status.setText("could not grade")
        self.status_label.setText(f"Could not grade this text: {message}")

    def _on_controller_grading_started(self) -> None:
        self.grade_panel.set_updating()

    def _on_controller_grade_changed(self, assessment) -> None:
        self.grade_panel.show_projected(assessment)
        self.rubric_panel.show_assessment(assessment, self.controller.original_assessment)
        if self.rubric_panel.current_category() is None and assessment.findings:
            self.rubric_panel.select_category(weakest_category(assessment))
        else:
            self._show_clauses(self.rubric_panel.current_category())
        if self.tabs.currentIndex() == TAB_COMPARE:
            self._refresh_compare()
        self.refresh_actions()

    def _on_controller_analysis_finished(self, analysis) -> None:
        self.highlighter.set_marks(marks_for(analysis.findings, self.controller.graded_text))

    # -- user actions --------------------------------------------------------------------
    def _on_picker_activated(self, index: int) -> None:
        code = self.picker.itemData(index)
        statute = self.controller.statute
        if code and (statute is None or code != statute.code or self.controller.is_amended()):
            if not self.files.open_source(code):  # cancelled: show what is still open
                self.picker.select_code(statute.code if statute else None)

    def _on_states_state_activated(self, code: str) -> None:
        if self.files.open_source(code):
            self.tabs.setCurrentIndex(TAB_STATUTE)

    def _on_rubric_category_selected(self, category: str) -> None:
        self._show_clauses(category)
        self.refresh_actions()

    def _show_clauses(self, category: str | None) -> None:
        """Render the category's clauses and their impact in a worker (Jinja2 is slow)."""
        c = self.controller
        if not (category and c.has_statute()):
            return
        statute, text, overrides = c.statute, c.text(), tuple(c.overrides.values())
        self._clause_request = (category, text)
        self.clause_browser.show_pending()
        self.runner.run(lambda: ((category, text),
                                 backend.clause_options(statute, text, category, overrides)),
                        self._on_clause_options_ready, self._on_clause_options_failed)

    @Slot(object)
    def _on_clause_options_ready(self, result) -> None:
        request, options = result
        if request != self._clause_request:
            return  # the category or the text changed meanwhile
        name = self._category_name(request[0])
        self.clause_browser.show_options(name, options, request=request)
        self.refresh_actions()

    @Slot(object)
    def _on_clause_options_failed(self, error) -> None:
        if isinstance(error, DraftkitError):
            self.clause_browser.show_message(str(error))
        elif isinstance(error, ImportError):
            self.clause_browser.show_message("Model clauses are not available in this build.")
        else:
            self.clause_browser.show_message(f"Could not list clauses: {error}")

    def _category_name(self, category: str) -> str:
        return next((i.name for i in backend.rubric_categories() if i.id == category), category)

    def clauses_ready(self) -> bool:
        """True when the clause browser shows the clauses for the current request."""
        return self.clause_browser.shown_for == self._clause_request

    def _on_rubric_override_requested(self, category: str, level, note: str) -> None:
        from draftkit.core.findings import Override

        override = Override(category, level, note) if level else None
        if override == self.controller.overrides.get(category):
            return
        push_override(self.controller, category, override, self._category_name(category))

    def _on_go_to_evidence(self) -> None:
        category = self.rubric_panel.current_category()
        if category:
            self.go_to_evidence(category)

    def go_to_evidence(self, category: str) -> bool:
        """Select the first evidence span of `category` in the editor; False if none."""
        marks = [m for m in self.highlighter.marks() if m.category == category]
        if not marks:
            self.status_label.setText("No words in the text decided this category (silence).")
            return False
        self.tabs.setCurrentIndex(TAB_STATUTE)
        first = min(marks, key=lambda m: m.start)
        self.editor.select_range(first.start, first.end)
        return True

    def _on_insert_clause_triggered(self) -> None:
        clause_id = self.clause_browser.current_clause_id()
        if clause_id:
            self.insert_clause(clause_id)

    def _on_fix_category_triggered(self) -> None:
        if self.clause_browser.list.count():
            self.clause_browser.list.setCurrentRow(0)
            self._on_insert_clause_triggered()

    def insert_clause(self, clause_id: str) -> None:
        """Insert a model clause as one undo step, then select the words it added."""
        try:
            clause = backend.clause(clause_id)
            params = ClauseParamsDialog.get_params(self, clause)
            if params is None:
                return
            amendment = self.controller.insert_clause(clause_id, f"Insert {clause.title}",
                                                      params)
        except DraftkitError as error:
            self.show_error(str(error))
            return
        self.tabs.setCurrentIndex(TAB_STATUTE)
        placed = amendment.applied[0] if amendment.applied else None
        if placed and placed.end > placed.start and amendment.text == self.controller.text():
            self.editor.select_range(*utf16_offsets(amendment.text, [placed.start, placed.end]))
        self.status_label.setText(amendment.description or f"Inserted {clause.title}.")

    def _on_tabs_current_changed(self, index: int) -> None:
        self.side_panel.setVisible(index != TAB_STATES)  # the table and map need the width
        if index == TAB_COMPARE:
            self._refresh_compare()

    def _refresh_compare(self) -> None:
        c = self.controller
        if c.has_statute():
            self.compare.show_redline(c.statute.text, c.text(), backend.redline)

    # -- all jurisdictions ---------------------------------------------------------------
    def grade_all_states(self) -> None:
        """Grade all bundled jurisdictions in a worker; fills the picker and the states view."""
        if self.state_rows:
            self.states.set_rows(self.state_rows)
            return
        self.runner.run(backend.grade_all, self._on_states_graded, self._on_states_failed)

    @Slot(object)
    def _on_states_graded(self, rows) -> None:
        self.state_rows = rows
        self.states.set_rows(rows)
        self.picker.set_rows(rows)

    @Slot(object)
    def _on_states_failed(self, error) -> None:
        self.states.show_error(str(error))

    # -- misc ----------------------------------------------------------------------------
    def _evidence_tooltip(self, position: int) -> str:
        if self.controller.assessment is None:
            return ""
        names = {c.id: c.name for c in backend.rubric_categories()}
        return evidence_tooltip(self.highlighter.marks(), self.controller.assessment, names,
                                position)

    def show_error(self, message: str) -> None:
        self.status_label.setText(message)
        QMessageBox.warning(self, "DraftKit", message)

    def set_theme(self, theme: str) -> None:
        from PySide6.QtWidgets import QApplication

        self.settings.set("theme", theme)
        apply_theme(QApplication.instance(), theme)
        self.highlighter.set_dark(is_dark(QApplication.instance().palette()))

    def restore_state(self) -> None:
        restore_window(self, self.settings)

    def save_state(self) -> None:
        save_window(self, self.settings)

    def closeEvent(self, event) -> None:  # Qt virtual
        if not self.files.maybe_save():
            event.ignore()
            return
        self.files.stop_autosave(clean=True)
        self.save_state()
        event.accept()

    def dragEnterEvent(self, event) -> None:  # Qt virtual
        if self.files.droppable_path(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # Qt virtual
        path = self.files.droppable_path(event.mimeData())
        if path:
            event.acceptProposedAction()
            QTimer.singleShot(0, lambda: self.files.open_path(path))
