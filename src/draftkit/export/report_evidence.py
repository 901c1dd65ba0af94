"""The statute's own words for the report card: a trimmed quotation and where it sits."""

from __future__ import annotations

import re

from draftkit.core.statute import Statute

MAX_QUOTE = 170
# A sentence ends at "." or ";" after a word of two or more letters, a digit or ")", before
# a space and a capital: "s. 775.084" and "Stat. §" are not ends of sentences.
_BOUNDARY = re.compile(r"(?:(?<=[A-Za-z]{2}[.;])|(?<=[0-9)][.;])) (?=[A-Z(“\"])")


def provision_cite(statute: Statute, offset: int) -> str:
    """Where `offset` falls: "Nev. Rev. Stat. § 179.247(4)(b)" (section plus labels)."""
    cite, path = "", ""
    for provision in statute.walk():
        if not provision.start <= offset < max(provision.end, provision.start + 1):
            continue
        if provision.kind == "section":
            cite, path = provision.label.removeprefix("§").strip(), ""
        else:
            piece = provision.label.strip().rstrip(".")
            piece = piece if piece.startswith("(") else f"({piece})"
            path = path if (cite + path).endswith(piece) else path + piece
    return (cite + path).strip()


def quotation(statute: Statute, start: int, end: int) -> str:
    """The sentence around a span, trimmed at word boundaries to about MAX_QUOTE characters."""
    text = statute.text
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    left = _sentence_start(text, line_start, start)
    right = _sentence_end(text, end, line_end)
    return _clip(text[left:right].strip(), text[start:end].strip())


def _sentence_start(text: str, floor: int, start: int) -> int:
    cuts = [m.end() for m in _BOUNDARY.finditer(text, floor, start)]
    return cuts[-1] if cuts else floor


def _sentence_end(text: str, end: int, ceiling: int) -> int:
    match = _BOUNDARY.search(text, end, ceiling)
    return match.start() + 1 if match else ceiling


def _clip(sentence: str, core: str) -> str:
    if len(sentence) <= MAX_QUOTE:
        return sentence
    at = max(sentence.find(core), 0)
    lo = max(0, at - (MAX_QUOTE - len(core)) // 2)
    hi = min(len(sentence), lo + max(MAX_QUOTE, len(core)))
    lo, hi = _word_boundary(sentence, lo, -1), _word_boundary(sentence, hi, 1)
    return ("…" if lo > 0 else "") + sentence[lo:hi].strip() + ("…" if hi < len(sentence) else "")


def _word_boundary(text: str, k: int, step: int) -> int:
    while 0 < k < len(text) and not text[k - 1].isspace():
        k += step
    return max(0, min(k, len(text)))
