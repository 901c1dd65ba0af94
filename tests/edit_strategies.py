"""Hypothesis strategies shared by the redline tests: a statute-like text and a random
edit of it (lines inserted, deleted or rewritten, single words changed)."""

from __future__ import annotations

from hypothesis import strategies as st


def lines_of(words: list[str], min_words: int = 0, max_words: int = 12):
    """Lines made of `words` joined by spaces."""
    return st.lists(st.sampled_from(words), min_size=min_words, max_size=max_words).map(" ".join)


@st.composite
def edited_pair(draw, words: list[str], min_edits: int = 0, max_lines: int = 12, min_words: int = 0):
    """(text, edited text): up to four edits, each an inserted, deleted or rewritten line or
    one changed word."""
    line = lines_of(words, min_words)
    lines = draw(st.lists(line, min_size=1, max_size=max_lines))
    edited = list(lines)
    for _ in range(draw(st.integers(min_edits, 4))):
        k = draw(st.integers(0, len(edited)))
        action = draw(st.sampled_from(["insert", "delete", "line", "word"]))
        if action == "insert" or not edited:
            edited.insert(k, draw(line))
            continue
        k = min(k, len(edited) - 1)
        if action == "delete":
            edited.pop(k)
        elif action == "line":
            edited[k] = draw(line)
        else:
            chosen = edited[k].split(" ")
            chosen[draw(st.integers(0, len(chosen) - 1))] = draw(st.sampled_from(words))
            edited[k] = " ".join(chosen)
    return "\n".join(lines), "\n".join(edited)
