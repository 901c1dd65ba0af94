"""The PySide6 desktop application: a thin driver of draftkit.core."""
