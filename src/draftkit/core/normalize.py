"""Cleanup of statute text from files: page furniture, line numbers, hyphens, wrapped lines."""

from __future__ import annotations

import collections
import functools
import re

from draftkit.core.structure import citation_end, line_labels

_PAGE_NUMBER = re.compile(
    r"^\s*(?:(?:page\s+)?[-–—]?\s*\d{1,4}\s*[-–—]?\s*(?:(?:of|/)\s*\d{1,4})?|page)\s*$", re.I)
_LINE_NUMBER = re.compile(r"^\s*(\d{1,3})(?:[ \t]+(.*))?$")
_HEADING = re.compile(r"^(?:§|(?:Sec\.|SEC\.|Section|SECTION|Article|ARTICLE|Art\.|CHAPTER|"
                      r"Chapter)[ \t]+\d)")
# a sentence ends at the line end and the next line opens a new one: keep the break
_SENTENCE_BREAK = re.compile(r"[.:;][\"'”’)\]]?\n[\"“‘(\[]?[A-Z]")
_PAGE_WORD = re.compile(r"\bpage\b", re.I)
_DASH_END = re.compile(r"\w(?:--|—)$")
_DIGITS = re.compile(r"\d+")
_LAST_WORD = re.compile(r"(\w+)\)?$")
_LAST_LETTERS = re.compile(r"[A-Za-z]+$")
_ABBREVIATION = re.compile(r"(?:\b(?:[A-Z]\.){2,}|\b(?:Stat|Ann|Code|ch|tit|art)\.)$")
_CITATION_GOES_ON = re.compile(r"\s*(?:§|\d|s{1,2}\.\s)")
# "subparagraph (i) or\n(ii)": a reference list wrapped before its last label
_LABEL_THEN_AND = re.compile(r"\),?\s+(?:and|or|to|through)$")
_DELETE_ASCII_LOWER = dict.fromkeys(range(ord("a"), ord("z") + 1))
_HYPHEN_PREFIXES = {"non", "self", "co", "anti", "pre", "post", "ex", "sub", "well"}
# prefixes that also begin many plain words ("submission", "prejudice", "postpone", "expunge")
_PREFIXES_IN_WORDS = {"sub", "pre", "post", "ex"}
# a line ending in one of these words stops mid-sentence, whatever the next line starts with
_DANGLING = {"in", "of", "under", "to", "by", "with", "the", "a", "an", "pursuant", "see",
             "from", "for", "at", "on", "than", "that", "per", "into", "upon", "within"}
# "... described in subsection (d)" + "(1)." : a reference wrapped inside its labels
_REFERENCE_TAIL = re.compile(r"\b(?:sub)?(?:section|paragraph|division|clause|item)s?"
                             r"\s+\(?[\w.\-]+\)?$", re.I)
_REFERENCE_STEMS = ("section", "paragraph", "division", "clause", "item")
_REFERENCE_WORDS = {"subsection", "subsections", "paragraph", "paragraphs", "subparagraph",
                    "subparagraphs", "section", "sections", "subdivision", "subdivisions",
                    "clause", "clauses", "item", "items"}


def _starts_unit(line: str) -> bool:
    """True when a line opens a provision or a section (so it keeps its own line)."""
    stripped = line.lstrip()
    if stripped.startswith("§"):
        return _is_heading(stripped)
    return bool(_HEADING.match(stripped) or line_labels(stripped, 0))


def _number_runs(lines: list[str]) -> set[int]:
    """Indexes of lines that carry bill line numbers (3+ lines numbered n, n+1, ...)."""
    runs, current, previous = set(), [], None
    for index, line in enumerate(lines):
        match = _LINE_NUMBER.match(line) if line.lstrip()[:1].isdigit() else None
        if match is None:
            if line.strip():
                current, previous = _close_run(runs, current), None
            continue
        number = int(match.group(1))
        if previous is None or number != previous + 1:
            current = _close_run(runs, current)
        current.append(index)
        previous = number
    _close_run(runs, current)
    return runs


def _close_run(runs: set[int], current: list[int]) -> list[int]:
    if len(current) >= 3:
        runs.update(current)
    return []


def strip_line_numbers(lines: list[str]) -> list[str]:
    """The lines without bill line numbers at their starts."""
    numbered = _number_runs(lines)
    return [(_LINE_NUMBER.match(line).group(2) or "") if i in numbered else line
            for i, line in enumerate(lines)]


def _key_start(line: str) -> str:
    """The first character of the line's _furniture_key, without building the key."""
    first = line.lstrip()[:1]
    return "#" if first.isdecimal() else first.lower()[:1]


def _furniture_key(line: str) -> str:
    return _DIGITS.sub("#", " ".join(line.split())).lower()


def _edge_lines(page: list[str]) -> dict[int, tuple[str, int]]:
    """Line index -> (zone, place) for the first and last 3 filled lines of a page."""
    filled = [i for i, line in enumerate(page) if line.strip()]
    edges = {i: ("bottom", place) for place, i in enumerate(reversed(filled[-3:]))}
    edges.update({i: ("top", place) for place, i in enumerate(filled[:3])})
    return edges


def _looks_like_furniture(line: str) -> bool:
    """A line that could be a running header in a text without page breaks: short, not a
    provision, and in capitals or naming a page. (Statutes repeat whole wrapped lines in
    parallel sections, so repetition alone is not enough.)"""
    stripped = line.strip()
    if not stripped or len(stripped) > 80:
        return False
    if _mostly_lower(stripped) and not _names_page(stripped):
        return False  # the common body line: neither capitals nor a page word
    if line_labels(stripped, 0):
        return False
    letters = [ch for ch in stripped if ch.isalpha()]
    capitals = bool(letters) and sum(ch.isupper() for ch in letters) >= 0.7 * len(letters)
    return capitals or _names_page(stripped)


def _names_page(stripped: str) -> bool:
    return "page" in stripped.lower() and bool(_PAGE_WORD.search(stripped))


def _mostly_lower(stripped: str) -> bool:
    """True when over 30% of the line is a-z, so under 70% of its letters are capitals."""
    lower = len(stripped) - len(stripped.translate(_DELETE_ASCII_LOWER))
    return lower > 0.3 * len(stripped)


def _repeated_lines(page: list[str]) -> set:
    """Keys of lines that recur 3+ times on one long page (headers with no page breaks)."""
    counts: dict[str, int] = {}
    for line in page:
        if _looks_like_furniture(line):
            counts[_furniture_key(line)] = counts.get(_furniture_key(line), 0) + 1
    return {key for key, count in counts.items() if count >= 3}


def _running_keys(pages: list[list[str]]) -> set:
    """(zone, place, line) of headers and footers: the same line (digits aside) at the same
    place from the top or bottom of every page (of four or more: of 80% of them). Parallel
    sections of a statute can repeat lines at the edges of two pages; headers recur on all."""
    seen: dict[tuple, set[int]] = {}
    for number, page in enumerate(pages):
        for i, (zone, place) in _edge_lines(page).items():
            if not line_labels(page[i].lstrip(), 0):
                seen.setdefault((zone, place, _furniture_key(page[i])), set()).add(number)
    needed = len(pages) if len(pages) <= 3 else max(3, 0.8 * len(pages))
    return {key for key, on in seen.items() if len(on) >= needed}


def drop_page_furniture(pages: list[list[str]]) -> list[list[str]]:
    """Pages without page-number lines and running headers or footers."""
    pages = [[line for line in page if not _may_be_page_number(line)
              or not _PAGE_NUMBER.match(line) or not line.strip()] for page in pages]
    if len(pages) < 2:
        repeated = _repeated_lines(pages[0]) if pages else set()
        if not repeated:
            return pages
        starts = {key[:1] for key in repeated}
        return [[line for line in page
                 if _key_start(line) not in starts or _furniture_key(line) not in repeated]
                for page in pages]
    running = _running_keys(pages)
    return [_drop_running(page, running) for page in pages]


def _may_be_page_number(line: str) -> bool:
    """False for a line _PAGE_NUMBER cannot match: it starts with a page word, dash or digit."""
    first = line.lstrip()[:1]
    return first in ("p", "P", "-", "–", "—") or first.isdecimal()


def _drop_running(page: list[str], running: set) -> list[str]:
    edges = _edge_lines(page)
    return [line for i, line in enumerate(page)
            if i not in edges or (*edges[i], _furniture_key(line)) not in running]


def _hyphen_join(line: str, following: str, words, counts) -> tuple[str, str] | None:
    """(line as kept, next line's text) if `line` ends in a word broken across the lines."""
    if not line.endswith(("-", "\u00ad", "–", "\u2011")):
        return None
    nxt = following.lstrip()
    if not nxt or _starts_unit(nxt):
        return None
    if line.endswith("\u00ad"):
        return line[:-1], nxt
    if line.endswith(("–", "\u2011")):  # "§ 5–" + "601": a range or number, dash kept
        return (line, nxt) if re.search(r"\w.$", line[-2:]) and nxt[0].isalnum() else None
    broken = re.search(r"(\w+)-$", line[-200:])
    if not broken or line.endswith("--"):
        return None
    if nxt[0].islower() and not _hyphenated_elsewhere(broken.group(1), nxt, words) \
            and (broken.group(1).lower() not in _HYPHEN_PREFIXES
                 or (broken.group(1).lower() in _PREFIXES_IN_WORDS and not _stands_alone(nxt, counts))):
        return line[:-1], nxt
    return line, nxt


def _stands_alone(after: str, counts) -> bool:
    """True when the word after a prefix's hyphen ("non-" + "violent") is a word the text
    also uses on its own, so the hyphen is likely real; "sub-" + "missions" or "ex-" +
    "punged" occur only here and are one word broken across the lines."""
    second = re.match(r"\w*", after).group().lower()
    return counts().get(second, 0) > 1


def _hyphenated_elsewhere(before: str, after: str, words) -> bool:
    """True when the text itself writes the compound with a hyphen ("prostitution-related")
    and never as one word, so a hyphen at a line break is a real one."""
    second = re.match(r"[\w-]*", after).group().lower()
    known = words()
    return f"{before.lower()}-{second}" in known and f"{before.lower()}{second}" not in known


def join_hyphenation(lines: list[str]) -> list[str]:
    """Words broken across lines rejoined: "expunge-/ment" -> "expungement", "non-/violent"."""
    words = functools.cache(lambda: frozenset(re.findall(r"\w+(?:-\w+)*",
                                                         "\n".join(lines).lower())))
    counts = functools.cache(lambda: collections.Counter(re.findall(r"\w+", "\n".join(lines).lower())))
    out: list[list[str]] = []  # each output line as fragments, joined once at the end
    for line in lines:
        joined = _hyphen_join(out[-1][-1], line, words, counts) if out and out[-1][-1] else None
        if joined is None:
            out.append([line])
        else:
            out[-1][-1:] = joined
    return ["".join(fragments) for fragments in out]


def _heading_continues(last: str, line: str, width: int) -> bool:
    """A "§" heading wraps on if the next line starts lower-case, if the heading filled the
    page width without ending (a title-case catchline), or if both lines are capitals."""
    if line.lstrip()[:1].islower() or _mid_sentence(last):
        return True
    stripped = last.rstrip()
    if _starts_unit(line) or stripped.endswith((".", "]", ":")):
        return False
    if stripped.endswith(("–", "—", "-", ",", ";")):
        return True
    full = width and len(stripped) >= 0.75 * width
    return bool(full) or stripped[-12:].isupper() and line.strip().isupper()


def _mid_sentence(last: str) -> bool:
    """True when `last` stops where no provision could end ("... in", "subsection (d)")."""
    tail = last.rstrip()[-60:]
    if tail.endswith((".", ";", ":", "!", "?")):
        return False
    found = _LAST_LETTERS.search(tail[-16:])  # a longer word is in neither word list
    word = found.group().lower() if found else ""
    return tail.endswith(",") or word in _DANGLING or word in _REFERENCE_WORDS \
        or ")" in tail and bool(_LABEL_THEN_AND.search(tail)) or _names_reference(tail) \
        or word in ("and", "or") and not tail[:-len(word)].rstrip(" []").endswith(";")


def _names_reference(tail: str) -> bool:
    """`tail` ends in a reference ("subsection (d)"); ASCII text without one of the
    reference words is ruled out before the case-blind regex runs."""
    if tail.isascii():
        lowered = tail.lower()
        if not any(word in lowered for word in _REFERENCE_STEMS):
            return False
    return bool(_REFERENCE_TAIL.search(tail))


def _is_heading(line: str) -> bool:
    """A "§" line that heads a section, not a wrapped list of citations ("§ 18.2-108.01;")."""
    stripped = line.lstrip()
    if not stripped.startswith("§"):
        return False
    after = stripped[citation_end(stripped):].lstrip()
    return not after[:1] in (";", ",")


def _stops_short(last: str) -> bool:
    """A full line that ends in a bare word or label, not "and"/"or" or punctuation: the
    page width cut a sentence ("... constitutes" + "(1) trafficking")."""
    word = _LAST_WORD.search(last.rstrip()[-5:])  # a word cut by the window is not and/or
    return bool(word) and word.group(1).lower() not in ("and", "or")


def _continues(group: list[str], line: str, width: int) -> bool:
    """True when `line` wraps on from the lines in `group` (joined so far; `width`: the
    page width of a hard-wrapped text, 0 when lines are paragraphs)."""
    first, last = group[0], group[-1]
    if not last.strip() or not line.strip():
        return False
    if first.startswith("§"):
        return _heading_continues(last, line, width)
    trimmed = last.rstrip()
    full = bool(width) and len(trimmed) >= 0.75 * width
    if _CITATION_GOES_ON.match(line) and _ABBREVIATION.search(trimmed[-12:]):
        return True  # "22 U.S.C." + "§ 7102(14)"
    if full and _stops_short(last) or _mid_sentence("".join(group[-2:])):
        return True
    if _starts_unit(line):
        return False
    breaks = _SENTENCE_BREAK.search(trimmed[-3:] + "\n" + line.lstrip()[:3])
    if breaks and (trimmed.endswith(":") or line.lstrip()[:1] in "\"“‘("):
        return False  # "... meaning:" + '"Labor trafficking" means ...'
    return full or not breaks


def wrap_width(lines: list[str]) -> int:
    """The page width of a hard-wrapped text (most lines end near it), else 0."""
    lengths = sorted(len(line.rstrip()) for line in lines if line.strip())
    if len(lengths) < 8:
        return 0
    width = lengths[int(len(lengths) * 0.9)]
    near = sum(1 for length in lengths if length >= 0.75 * width)
    return width if near >= 0.4 * len(lengths) else 0


def _glue(last: str, line: str) -> str:
    """What joins a wrapped line to the line before: nothing in "(2)(a)" and "a--b"."""
    if last.endswith(")") and line.lstrip()[:1] == "(":
        return ""
    return "" if last.endswith(("--", "—")) and _DASH_END.search(last) else " "


def rejoin_wrapped(lines: list[str]) -> list[str]:
    """One line per numbered unit: a line starts only at a label, a heading or a blank."""
    width = wrap_width(lines)
    out: list[list[str]] = []
    for line in lines:
        if out and _continues(out[-1], line, width):
            last = out[-1][-1].rstrip()
            out[-1][-1] = last + _glue(last, line)
            out[-1].append(line.strip())
        else:
            out.append([line])
    return ["".join(group) for group in out]


def _squeeze_blank_lines(lines: list[str]) -> list[str]:
    """At most one blank line in a row, one before each "§" section, none at the ends."""
    out: list[str] = []
    for line in lines:
        if _is_heading(line) and out and out[-1]:
            out.append("")
        if line.strip() or (out and out[-1]):
            out.append(line if line.strip() else "")
    while out and not out[-1]:
        out.pop()
    return out


def _trim_blank_edges(page: list[str]) -> list[str]:
    """A page without blank lines at its top and bottom (a page break is not a paragraph)."""
    filled = [i for i, line in enumerate(page) if line.strip()]
    return page[filled[0]:filled[-1] + 1] if filled else []


def normalize_text(raw: str, *, wrapped: bool = True) -> str:
    """Text from a file made ready to parse; words are never changed.

    Unifies line endings, strips byte-order marks, removes page numbers, running headers and footers
    (pages are separated by form feeds when the source had pages) and bill line numbers.
    When `wrapped` (plain text, PDF, paste), also repairs words hyphenated across lines and
    rejoins lines wrapped mid-sentence; pass False when each line is already a paragraph
    (DOCX, HTML).
    """
    text = raw.replace("\ufeff", "").replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\v", "\n").replace("\x85", "\n")  # Word's manual line break
    pages = [strip_line_numbers(page.split("\n")) for page in text.split("\f")]
    lines = [line.rstrip() for page in drop_page_furniture(pages)
             for line in _trim_blank_edges(page)]
    if wrapped:
        lines = rejoin_wrapped(join_hyphenation(lines))
    lines = _squeeze_blank_lines(lines)
    return "\n".join(lines) + "\n" if lines else ""
