"""DraftKit: drafting assistant for trafficking survivors' criminal record relief laws."""

__version__ = "0.1.0"
