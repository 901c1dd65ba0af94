"""Opening a state fills the editor, marks the evidence, and fills the rubric and grade panels."""

from draftkit.core.corpus import load_bundled
from draftkit.gui.widgets.grade_panel import UPDATING

from conftest import select_category


def test_opening_nevada_shows_its_text_grade_and_findings(nevada):
    statute = load_bundled("NV")
    assert nevada.editor.toPlainText() == statute.text
    assessment = nevada.controller.assessment
    assert nevada.grade_panel.projected.letter.text() == assessment.grade
    assert nevada.grade_panel.current.letter.text() == assessment.grade
    assert str(assessment.score) in nevada.grade_panel.projected.score.text()
    assert nevada.rubric_panel.model.rowCount() == len(assessment.findings) == 12
    assert "Nevada" in nevada.windowTitle() or "179.247" in nevada.windowTitle()
    assert nevada.picker.currentData() == "NV"


def test_every_evidence_span_is_painted_in_the_editor(nevada):
    marks = nevada.highlighter.marks()
    analysis = nevada.controller.analysis
    spans = [e for f in analysis.findings for e in f.evidence]
    assert len(marks) == len(spans) > 0
    block = nevada.editor.document().findBlock(marks[0].start)
    formats = block.layout().formats()
    offset = marks[0].start - block.position()
    assert any(r.start <= offset < r.start + r.length and r.format.fontUnderline()
               for r in formats)


def test_go_to_evidence_selects_the_statutes_own_words(nevada):
    finding = next(f for f in nevada.controller.analysis.findings if f.evidence)
    nevada.rubric_panel.select_category(finding.category)
    nevada.actions["go_to_evidence"].trigger()
    assert nevada.editor.textCursor().selectedText() == finding.evidence[0].text


def test_incomplete_bundled_text_shows_the_notice_and_cut_markers(nevada):
    statute = load_bundled("NV")
    assert statute.is_excerpt
    assert nevada.notice.isVisible()
    assert "incomplete" in nevada.notice.label.text()
    assert len(nevada.editor.truncation_positions()) == len(statute.truncations) > 0


def test_rubric_panel_shows_reason_and_gap_of_the_selected_category(nevada):
    weakest = min(nevada.controller.assessment.findings, key=lambda f: f.points - f.max_points)
    nevada.rubric_panel.select_category(weakest.category)
    assert weakest.gap and weakest.gap.split()[0] in nevada.rubric_panel.detail.text()


def test_clause_browser_offers_clauses_for_the_selected_category(qtbot, nevada):
    finding = next(f for f in nevada.controller.assessment.findings
                   if f.points < f.max_points and f.category == "discretion")
    select_category(qtbot, nevada, finding.category)
    browser = nevada.clause_browser
    assert browser.list.count() > 0
    assert "Judicial discretion" in browser.title.text() or "discretion" in browser.title.text()
    assert "point" in browser.list.item(0).text()
    assert browser.preview.toPlainText().strip()


def test_grade_label_says_updating_until_the_new_grade_arrives(qtbot, nevada):
    nevada.editor.moveCursor(nevada.editor.textCursor().MoveOperation.End)
    nevada.editor.insertPlainText(" ")
    assert nevada.grade_panel.projected_text() == UPDATING
    with qtbot.waitSignal(nevada.controller.grade_changed, timeout=10_000):
        pass
    assert nevada.grade_panel.projected_text() != UPDATING
