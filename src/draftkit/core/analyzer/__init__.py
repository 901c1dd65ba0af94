"""The analyzer's parts: text normalization, cue matching, and one reader per category group."""
