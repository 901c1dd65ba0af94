"""Plain captions for a loaded statute: window title, status line, where to start."""

from __future__ import annotations


def statute_title(statute) -> str:
    """The window title's name for a statute: its first citation."""
    if statute is None:
        return ""
    p = statute.provenance
    return p.citations[0] if p.citations else (p.jurisdiction or p.origin or "Untitled")


def provenance_line(statute) -> str:
    """The status bar's line: jurisdiction, citations, where the text came from."""
    p = statute.provenance
    origin = "bundled text" if p.origin == "bundled" else p.origin
    parts = [p.jurisdiction or "Unknown jurisdiction", ", ".join(p.citations[:2]), origin]
    if p.as_of and len(p.as_of) < 40:
        parts.append(f"as of {p.as_of}")
    return " \u00b7 ".join(x for x in parts if x)


def weakest_category(assessment) -> str:
    """The category missing the most points: where a drafter should start."""
    return min(assessment.findings, key=lambda f: (f.points - f.max_points, 0)).category


def empty_text_hint(statute) -> str:
    """What the empty editor says: how to start, or that this state has no relief law."""
    if statute is None:
        return ("Pick your state in the toolbar to see its current relief law, open a "
                "statute file (.txt, .docx, .html, .pdf), or paste the text (Ctrl+Shift+V).")
    if statute.text.strip():
        return "The text is empty. Edit > Undo brings the law back."
    name = statute.provenance.jurisdiction or "This jurisdiction"
    return (f"{name} has no trafficking-specific record relief law in DraftKit's corpus. "
            "Draft one: pick a category on the right and insert its model clause, or paste "
            "a bill's text.")
