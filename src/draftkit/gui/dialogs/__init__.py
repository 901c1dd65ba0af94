"""Dialogs, one per module; each returns values and holds no logic."""
