"""Finding spans are converted from Python offsets to UTF-16 positions in one helper."""

from draftkit.core.findings import Evidence, Finding
from draftkit.gui.highlighter import marks_for, utf16_offsets


def test_characters_outside_the_bmp_count_twice():
    text = "a\U0001F600b shall c"
    assert utf16_offsets(text, [0, 1, 2, 3, len(text)]) == [0, 1, 3, 4, len(text) + 1]


def test_marks_follow_the_text_after_an_emoji():
    text = "\U0001F600 The court shall grant"
    start = text.index("shall")
    finding = Finding("discretion", "mandatory", 10, 10, "shall grant",
                      (Evidence(start, start + 5, "shall"),))
    (mark,) = marks_for((finding,), text)
    assert (mark.start, mark.end) == (start + 1, start + 6)
    assert not mark.shortfall


def test_painted_span_is_exactly_the_evidence_in_a_document(qtbot):
    from PySide6.QtGui import QTextDocument

    from draftkit.gui.highlighter import EvidenceHighlighter

    text = "\u00a7 1. \U0001F4DC The court may grant the motion."
    start = text.index("may grant")
    finding = Finding("discretion", "discretionary", 2, 10, "may",
                      (Evidence(start, start + 9, "may grant"),), gap="shall")
    document = QTextDocument()
    document.setPlainText(text)
    highlighter = EvidenceHighlighter(document)
    highlighter.set_marks(marks_for((finding,), text))
    (fmt,) = [r for r in document.firstBlock().layout().formats() if r.format.fontUnderline()]
    block_text = document.firstBlock().text()
    assert block_text.encode("utf-16-le")[2 * fmt.start:2 * (fmt.start + fmt.length)] \
        .decode("utf-16-le") == "may grant"
    assert fmt.format.background().color().alpha() > 0  # a shortfall is tinted


def test_hovering_evidence_explains_the_category(nevada):
    mark = next(m for m in nevada.highlighter.marks() if m.category == "discretion")
    tip = nevada._evidence_tooltip(mark.start)
    reason = nevada.controller.assessment.finding("discretion").reason
    assert tip.startswith("Judicial discretion: ") and reason in tip
