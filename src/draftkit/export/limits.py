"""How big a text the exports accept, and the one-line refusal for anything bigger."""

from __future__ import annotations

from draftkit.core.errors import ExportError

MAX_EXPORT_CHARS = 5_000_000  # five times the 1 MB benchmark text; a statute is far smaller


def check_export_size(text: str, what: str) -> None:
    """ExportError when `text` is too big to redline within a few seconds."""
    if len(text) > MAX_EXPORT_CHARS:
        raise ExportError(f"{what} is {len(text) / 1e6:.1f} MB of text; DraftKit exports texts "
                          f"up to {MAX_EXPORT_CHARS / 1e6:.0f} MB (export it section by section)")
