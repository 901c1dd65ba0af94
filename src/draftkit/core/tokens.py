"""Word tokens for the redline: words, whitespace runs and punctuation marks."""

from __future__ import annotations

import re

# A word keeps inner apostrophes and hyphens ("person's", "non-violent"); digits with
# inner dots stay one token ("179.247") so a changed citation reads as one word.
_TOKEN = re.compile(
    r"[^\W_]+(?:['’\-.][^\W_]+)*"  # words, numbers, citations
    r"|\s+"  # whitespace runs
    r"|_+"  # underscores (blanks in forms)
    r"|[^\w\s]",  # one punctuation mark
)


def tokenize(text: str) -> list[str]:
    """Split `text` into tokens whose concatenation is exactly `text`."""
    return _TOKEN.findall(text)


def is_space(token: str) -> bool:
    """True for a whitespace-only token."""
    return token.isspace()


def is_word(token: str) -> bool:
    """True for a token that starts with a letter or a digit."""
    return token[:1].isalnum()
