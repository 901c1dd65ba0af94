"""Colours and palettes: Okabe-Ito finding styles, grade colours, light and dark themes."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette, QTextCharFormat

# Okabe & Ito (2008), "Color Universal Design": distinguishable with every common
# colour-vision deficiency. Yellow is left out of text marks (unreadable on white).
OKABE_ITO = {
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
}

UNDERLINES = {
    "solid": QTextCharFormat.UnderlineStyle.SingleUnderline,
    "dash": QTextCharFormat.UnderlineStyle.DashUnderline,
    "dot": QTextCharFormat.UnderlineStyle.DotLine,
    "wave": QTextCharFormat.UnderlineStyle.WaveUnderline,
}

# Category groups share an underline style; colours differ inside a group, so every
# category has a unique (colour, line) pair and never depends on colour alone.
GROUPS = (
    ("What is cleared", "solid", ("relief_type", "record_scope", "offenses")),
    ("Court's standard", "dash", ("discretion", "nexus", "burden")),
    ("Procedure", "dot", ("timing", "hearing", "documentation")),
    ("Protection and access", "wave", ("confidentiality", "eligibility", "access")),
)
_GROUP_COLOURS = ("orange", "sky_blue", "bluish_green")
_GROUP_COLOURS_ALT = ("vermillion", "blue", "reddish_purple")

GRADE_COLOURS = {
    "A": OKABE_ITO["bluish_green"],
    "B": OKABE_ITO["sky_blue"],
    "C": OKABE_ITO["yellow"],
    "D": OKABE_ITO["orange"],
    "F": OKABE_ITO["vermillion"],
}


@dataclass(frozen=True)
class CategoryStyle:
    """How one rubric category's evidence is marked in the editor and the legend."""

    category: str
    group: str
    colour: str
    line: str  # "solid" | "dash" | "dot" | "wave"


def category_styles() -> dict[str, CategoryStyle]:
    """Every known category's style, keyed by category id."""
    styles = {}
    for index, (group, line, categories) in enumerate(GROUPS):
        colours = _GROUP_COLOURS if index % 2 == 0 else _GROUP_COLOURS_ALT
        for category, colour in zip(categories, colours):
            styles[category] = CategoryStyle(category, group, OKABE_ITO[colour], line)
    return styles


def style_for(category: str) -> CategoryStyle:
    """The style of `category`; an unknown category (a user rubric) gets a neutral one."""
    return category_styles().get(category, CategoryStyle(category, "Other", "#666666", "solid"))


def evidence_format(style: CategoryStyle, shortfall: bool, dark: bool) -> QTextCharFormat:
    """Underline in the category's colour and line; a tinted background marks a shortfall."""
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(UNDERLINES[style.line])
    fmt.setUnderlineColor(QColor(style.colour))
    fmt.setFontUnderline(True)
    if shortfall:
        tint = QColor(style.colour)
        tint.setAlpha(80 if dark else 55)
        fmt.setBackground(tint)
    return fmt


def grade_colour(grade: str) -> QColor:
    """The tile/badge colour for a letter grade ("F (no relief law)" counts as F)."""
    return QColor(GRADE_COLOURS.get(grade[:1], "#999999"))


def is_dark(palette: QPalette) -> bool:
    """True when the palette's window colour is dark."""
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def dark_palette() -> QPalette:
    """A neutral dark palette with enough contrast for long reading."""
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#2b2b2e", QPalette.ColorRole.WindowText: "#e8e8e8",
        QPalette.ColorRole.Base: "#1e1e20", QPalette.ColorRole.AlternateBase: "#26262a",
        QPalette.ColorRole.Text: "#e8e8e8", QPalette.ColorRole.Button: "#35353a",
        QPalette.ColorRole.ButtonText: "#e8e8e8", QPalette.ColorRole.Highlight: "#3d7ab8",
        QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.ToolTipBase: "#35353a",
        QPalette.ColorRole.ToolTipText: "#e8e8e8", QPalette.ColorRole.Link: "#56B4E9",
        QPalette.ColorRole.PlaceholderText: "#9a9a9a", QPalette.ColorRole.Mid: "#444449",
    }
    for role, colour in roles.items():
        p.setColor(role, QColor(colour))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#777777"))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#777777"))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#777777"))
    return p


def light_palette() -> QPalette:
    """A plain light palette (Fusion's standard)."""
    from PySide6.QtWidgets import QStyleFactory

    style = QStyleFactory.create("Fusion")
    return style.standardPalette() if style else QPalette()


def apply_theme(app, theme: str) -> None:
    """theme: "system" (follow the platform), "light" or "dark"."""
    hints = QGuiApplication.styleHints()
    if theme == "system":
        if hasattr(hints, "unsetColorScheme"):
            hints.unsetColorScheme()
        dark = hints.colorScheme() == Qt.ColorScheme.Dark
    else:
        dark = theme == "dark"
        if hasattr(hints, "setColorScheme"):
            hints.setColorScheme(Qt.ColorScheme.Dark if dark else Qt.ColorScheme.Light)
    app.setPalette(dark_palette() if dark else light_palette())
