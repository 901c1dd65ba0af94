"""Printed bill markup: character styles for new matter, deleted matter and the brackets."""

from __future__ import annotations

from docx.enum.style import WD_STYLE_TYPE

from draftkit.export.bill_styles import BillStyle

NEW_STYLE = "DraftKit New Matter"
DELETED_STYLE = "DraftKit Deleted Matter"
MARK_STYLE = "DraftKit Deletion Mark"
NEW_ID, DELETED_ID, MARK_ID = "DraftKitNewMatter", "DraftKitDeletedMatter", "DraftKitDeletionMark"

_NEW_FONT = {
    "underline": {"underline": True}, "italic": {"italic": True}, "bold": {"bold": True},
    "bold_italic": {"bold": True, "italic": True},
    "italic_underline": {"italic": True, "underline": True},
    "caps": {"all_caps": True}, "bold_caps": {"bold": True, "all_caps": True},
    "small_caps": {"small_caps": True},
}
_DELETED_FONT = {
    "strike": {"strike": True}, "brackets": {}, "brackets_strike": {"strike": True},
    "brackets_italic": {"italic": True}, "double_parens_strike": {"strike": True},
}
_MARKS = {"brackets": ("[", "]"), "brackets_strike": ("[", "]"), "brackets_italic": ("[", "]"),
          "double_parens_strike": ("((", "))")}


def add_markup_styles(document, style: BillStyle) -> None:
    """Define the three character styles with the jurisdiction's formatting."""
    _char_style(document, NEW_STYLE, _NEW_FONT[style.new_matter])
    _char_style(document, DELETED_STYLE, _DELETED_FONT[style.deleted_matter])
    _char_style(document, MARK_STYLE, {"bold": style.code in ("NJ", "MO")})


def _char_style(document, name: str, font_settings: dict) -> None:
    char = document.styles.add_style(name, WD_STYLE_TYPE.CHARACTER)
    for attribute, value in font_settings.items():
        setattr(char.font, attribute, value)


def deletion_marks(style: BillStyle) -> tuple[str, str]:
    """The characters printed around deleted matter ("[", "]"), or none."""
    return _MARKS.get(style.deleted_matter, ("", ""))


def rpr(style_id: str) -> str:
    return f'<w:rPr><w:rStyle w:val="{style_id}"/></w:rPr>'
