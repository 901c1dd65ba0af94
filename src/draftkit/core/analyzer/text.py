"""A statute's text prepared for matching: normalized, split into units, mapped back to offsets."""

from __future__ import annotations

import bisect
import operator
import re
from itertools import chain
from typing import NamedTuple

import ahocorasick

# Same-length substitutions: typographic quotes and dashes, odd spaces.
_SAME_LENGTH = (
    ("\u2018", "'"), ("\u2019", "'"), ("\u201c", '"'), ("\u201d", '"'), ("\u2013", "-"),
    ("\u2014", "-"), ("\u2011", "-"), ("\u00a0", " "), ("\u2009", " "), ("\u202f", " "),
    ("\u2002", " "), ("\u2003", " "), ("\t", " "), ("\r", " "), ("\f", " "), ("\v", " "),
)
# A page-furniture line: a page number ("12", "- 7 -", "Page 3 of 7", "[Page 5]") or a
# running header in capitals with no lower-case letter ("TITLE 18 -- CRIMES AND OFFENSES").
_PAGE_LINE = (r" *(?:[Pp]age +\d{1,4}(?: +of +\d{1,4})?|- *\d{1,4} *-|\[[Pp]age +\d{1,4}\]|\d{1,4}"
              r"|(?=[^a-z\n]*[A-Z][^a-z\n]*[A-Z])[^a-z\n§(\[]{6,120}?) *")
_PAGE_START = re.compile(rf"{_PAGE_LINE}(?:\n|$)")
# From a line break: blank lines and page-furniture lines, then the next line's indentation.
_NEWLINE_RUN = re.compile(rf"\n(?:[ \n]*\n|{_PAGE_LINE}(?:\n|$))* *")
_SPACES = re.compile(r"  +")
# After a line break, these start a new unit (a provision marker or a section heading).
_UNIT_START = re.compile(
    r"\(?[0-9]{1,3}(?:\.[0-9]+)*[.)] |\([a-zA-Z]{1,6}\)|[A-Z]\. |[a-z]\. |[ivxlIVXL]{1,6}\. "
    r"|§|sec(?:tion)?\.? ?[0-9]|\[|[A-Z][A-Za-z ,'-]{2,60}\.(?: |--|-)"
)
# a line break, or "." / ";" before a capital, "(" or a numbered item (one leading
# character class, which lets the regex engine skip ahead fast)
_SENTENCE_END = re.compile(r"[.;\n](?:(?<=\n)|(?= (?:[A-Z(\"]|[0-9]+\. )))")
_ENDS_SENTENCE = frozenset("abcdefghijklmnopqrstuvwxyz0123456789)]\"'")
# A line that opens with one of these is an editor's or history note. Searched from each line
# break (a literal first character: the regex engine skips to it).
_NOTE_WORDS = r"(?i:editor'?s notes?|history|compiler'?s (?:comments?|notes?)|amendment notes?|credits)\b[^\n]*"
_NOTE_LINE = re.compile("\n" + _NOTE_WORDS)
_NOTE_FIRST = re.compile(_NOTE_WORDS)
_BRACKETED = re.compile(r"\[[^\[\]\n]{0,400}\]")
_HEADING = re.compile(r"(?:§|[Ss][Ee][Cc]\. [0-9])")
_LETTER = re.compile(r"[a-z]")
_LAW_VERB = re.compile(r"\b(?:shall|must|may)\b")
_PROVISION = re.compile(r"(?<=[.:] )\(?[a-zA-Z0-9]{1,4}\) ")
_HEADING_LINE = re.compile(r"\n(?=§|[Ss][Ee][Cc]\. [0-9])")


class Unit(NamedTuple):
    """A sentence or a line-level provision in the normalized text."""

    start: int
    end: int
    section: int  # index of the enclosing section (0 when there is no heading)


class Doc:
    """Normalized text plus the map back to the original offsets, units and sections."""

    def __init__(self, original: str, excerpt: bool = False):
        self.original = original
        self.excerpt = excerpt  # the source was cut off: parts of the law may be missing
        self.norm, self._norm_at, self._orig_at = _normalize(original)
        # what cues are matched against: lower case, one kind of space, notes blanked
        self.match = _matching_text(self.norm)
        self.sections = _sections(self.norm)
        self.cache: dict = {}  # per-document memo for readers
        self._headings: dict[int, bool] = {}  # unit start -> is_heading
        self.units = _units(self.norm, self.sections)
        self._unit_starts = [unit.start for unit in self.units]

    def unit_at(self, pos: int) -> Unit:
        """The unit containing normalized offset `pos`."""
        index = bisect.bisect_right(self._unit_starts, pos) - 1
        return self.units[max(index, 0)]

    def previous(self, unit: Unit) -> Unit | None:
        """The unit before `unit`, or None for the first."""
        index = bisect.bisect_right(self._unit_starts, unit.start) - 1
        return self.units[index - 1] if index > 0 else None

    def is_heading(self, unit: Unit) -> bool:
        """True for a unit on a section heading line (a catchline). Memoized: the readers
        ask it of the same units many times over."""
        known = self._headings.get(unit.start)
        if known is None:
            line_start = self.norm.rfind("\n", 0, unit.start) + 1
            known = self._headings[unit.start] = _HEADING.match(self.norm, line_start) is not None
        return known

    def is_catchline(self, unit: Unit) -> bool:
        """True for a unit of a section heading line that is a catchline, not law: its
        section has a body on later lines, or the text is an excerpt (the body was cut
        off). A lone "§ 5. A person may ..." line in a complete text is the law itself, and
        so is a provision that starts on the heading line ("Sec. 10. (a) A person ...")."""
        if not self.is_heading(unit) or not (self.excerpt or self.has_body(unit.section)):
            return False
        line_start = self.norm.rfind("\n", 0, unit.start) + 1
        if _PROVISION.search(self.norm, line_start, unit.start + 8) is not None:
            return False
        # "Sec. 6. The court shall not grant an application unless ...": a sentence of law on
        # the heading line, not a catchline (those are short and have no verb of command)
        return not (_LAW_VERB.search(self.match, unit.start, unit.end)
                    and len(self.match[unit.start:unit.end].split()) >= 10)

    def has_body(self, section: int) -> bool:
        """True when the section has text on the lines after its heading line."""
        cache = self.cache.setdefault("body", {})
        if section not in cache:
            start, end = self.body(section)
            cache[section] = _LETTER.search(self.match, start, end) is not None
        return cache[section]

    def body(self, section: int) -> tuple[int, int]:
        """The section's range after its heading line (the whole section without one)."""
        start, end = self.sections[section]
        if _HEADING.match(self.norm, start) is not None:
            start = self.norm.find("\n", start, end) + 1 or end
        return start, end

    def windows(self, anchors: tuple[str, ...]) -> list[tuple[int, int]]:
        """Ranges of `match` worth scanning for a cue that always contains one of `anchors`:
        each unit holding an anchor, extended by the next unit, overlapping ranges merged."""
        key = ("windows", anchors)
        if key not in self.cache:
            self.cache[key] = self._windows(anchors)
        return self.cache[key]

    def _windows(self, anchors: tuple[str, ...]) -> list[tuple[int, int]]:
        indexes = sorted(set().union(*(self._anchor_units(anchor) for anchor in anchors)))
        last = len(self.units) - 1
        ranges: list[tuple[int, int]] = []
        for index in indexes:
            start, end = self.units[index].start, self.units[min(index + 1, last)].end
            if ranges and start <= ranges[-1][1]:
                ranges[-1] = (ranges[-1][0], max(end, ranges[-1][1]))
            else:
                ranges.append((start, end))
        return ranges

    def positions(self, words: tuple[str, ...]) -> list[int]:
        """Sorted offsets in `match` where any of `words` occurs."""
        key = ("positions", words)
        if key not in self.cache:
            # no word of `words` begins with another (cues.py drops those), so no two
            # occur at one offset: merging the sorted lists needs no de-duplication
            self.cache[key] = sorted(chain.from_iterable(self._occurrences(word) for word in words))
        return self.cache[key]

    def _occurrences(self, word: str) -> list[int]:
        """Every offset of `word` in `match`, overlapping occurrences included. One pass
        finds every registered word at once (see _word_index); others get a pass each."""
        key = ("occurrences", word)
        if key not in self.cache:
            index = self._word_index()
            ends = index.get(word) if index is not None else None
            if ends is None:
                self.cache[key] = _find_all(self.match, word)
            else:
                back = len(word) - 1
                self.cache[key] = [end - back for end in ends]
        return self.cache[key]

    def _word_index(self) -> dict[str, list[int]] | None:
        """Where each registered word ends (offset of its last character), from one
        Aho-Corasick pass: a str.find pass per word costs the same ~0.7 ms per MB whether
        or not it occurs. None when no word is registered."""
        if "words" not in self.cache:
            automaton, index = _automaton(), None
            if automaton is not None:
                lists: list[list[int]] = [[] for _ in _NUMBERED]
                add = [found.append for found in lists]
                for end, number in automaton.iter(self.match):
                    add[number](end)
                index = dict(zip(_NUMBERED, lists))
            self.cache["words"] = index
        return self.cache["words"]

    def _anchor_units(self, anchor: str) -> set[int]:
        key = ("anchor", anchor)
        if key not in self.cache:
            self.cache[key] = self._scan_anchor(anchor)
        return self.cache[key]

    def _scan_anchor(self, anchor: str) -> set[int]:
        starts = self._unit_starts
        return {bisect.bisect_right(starts, pos) - 1 for pos in self._occurrences(anchor)}

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets of the normalized span [start, end)."""
        if end <= start:
            begin = self._to_original(start)
            return begin, begin
        return self._to_original(start), self._to_original(end - 1) + 1

    def _to_original(self, pos: int) -> int:
        index = bisect.bisect_right(self._norm_at, pos) - 1
        return self._orig_at[index] + (pos - self._norm_at[index])


_WORDS: set[str] = set()
_NUMBERED: list[str] = []  # the registered words in automaton order
_AUTOMATON: list = []  # the built automaton, once (rebuilt when words are registered)


def register_words(words) -> None:
    """Literal words the cues look up: on a long text one pass finds them all."""
    words = set(words) - _WORDS
    if words:
        _WORDS.update(words)
        _AUTOMATON.clear()


def _automaton():
    """An Aho-Corasick automaton over the registered words (value: the word's number)."""
    if not _AUTOMATON:
        automaton = None
        if _WORDS:
            automaton = ahocorasick.Automaton()
            _NUMBERED[:] = sorted(_WORDS)
            for number, word in enumerate(_NUMBERED):
                if word:
                    automaton.add_word(word, number)
            automaton.make_automaton()
        _AUTOMATON.append(automaton)
    return _AUTOMATON[0]


def _find_all(text: str, word: str) -> list[int]:
    """Every offset of `word` in `text`, overlapping occurrences included. A str.find loop:
    measured faster than one str.split pass, which builds a string per piece."""
    found, pos = [], text.find(word)
    while pos >= 0:
        found.append(pos)
        pos = text.find(word, pos + 1)
    return found


def _matching_text(norm: str) -> str:
    """Lower case, one kind of space, bracketed notes blanked: same length as `norm`."""
    blanked = norm
    if "[" in norm:
        blanked = _BRACKETED.sub(lambda m: " " * len(m.group()), norm)
    if _NOTE_LINE.search(blanked) or _NOTE_FIRST.match(blanked):  # editors' and history notes are not law
        blanked = _NOTE_FIRST.sub(lambda m: " " * len(m.group()), blanked, count=1)
        blanked = _NOTE_LINE.sub(lambda m: "\n" + " " * (len(m.group()) - 1), blanked)
    try:  # one byte per character: a table lowers it at memory speed (str.lower does not
        # take its fast path once a "§" is in the text)
        return blanked.encode("latin-1").translate(_LOWER_LATIN1).decode("latin-1")
    except UnicodeEncodeError:
        pass
    blanked = blanked.replace("\n", " ")
    lowered = blanked.lower()
    return lowered if len(lowered) == len(blanked) else blanked


# str.lower of each Latin-1 character (all stay one Latin-1 character), and line break to space
_LOWER_LATIN1 = bytes(ord(chr(code).lower()) for code in range(256)).replace(b"\n", b" ", 1)


def _normalize(text: str) -> tuple[str, list[int], list[int]]:
    """The normalized text and parallel breakpoint lists (normalized, original)."""
    source = text
    for old, new in _SAME_LENGTH:
        if old in source:
            source = source.replace(old, new)
    pieces: list[str] = []
    norm_at, orig_at = [0], [0]
    last = length = 0
    for start, end, replacement in _runs(source):
        pieces.append(source[last:start])
        length += start - last
        norm_at.append(length)
        orig_at.append(start)
        pieces.append(replacement)
        length += len(replacement)
        norm_at.append(length)
        orig_at.append(end)
        last = end
    pieces.append(source[last:])
    return "".join(pieces), norm_at, orig_at


def _runs(source: str) -> list[tuple[int, int, str]]:
    """(start, end, replacement) for every stretch of layout, in order, not overlapping."""
    runs = _newline_runs(source)
    spaces = _space_runs(source)
    return _merge(runs, spaces)


def _space_runs(source: str) -> list[tuple[int, int, str]]:
    """(start, end, " ") for every run of two or more spaces (a str.find loop: they are few)."""
    runs: list[tuple[int, int, str]] = []
    pos = source.find("  ")
    while pos >= 0:
        end = _SPACES.match(source, pos).end()
        runs.append((pos, end, " "))
        pos = source.find("  ", end)
    return runs


def _newline_runs(source: str) -> list[tuple[int, int, str]]:
    runs: list[tuple[int, int, str]] = []
    page = _PAGE_START.match(source)
    pos = page.end() if page and page.end() > 0 else 0
    if pos:
        runs.append((0, pos, ""))
    newline = source.find("\n", pos)
    while newline >= 0:
        start = newline
        while start > pos and source[start - 1] == " ":
            start -= 1
        end = _NEWLINE_RUN.match(source, newline).end()
        runs.append(_newline_replacement(source, start, end))
        pos = end
        newline = source.find("\n", pos)
    return runs


def _newline_replacement(source: str, start: int, end: int) -> tuple[int, int, str]:
    """Join a hyphenated word, else keep a unit break or turn the break into a space."""
    before = source[start - 1] if start else ""
    after = source[end] if end < len(source) else ""
    if before == "-" and start >= 2 and source[start - 2].islower() and after.islower():
        return start - 1, end, ""
    if end >= len(source):
        return start, end, "\n"
    if before in ".:;" or _UNIT_START.match(source, end) or _ends_heading(source, start):
        return start, end, "\n"
    return start, end, " "


def _ends_heading(source: str, pos: int) -> bool:
    """True when the line ending at `pos` is a section heading (its catchline ends there)."""
    return _HEADING.match(source, source.rfind("\n", 0, pos) + 1) is not None


def _merge(runs: list, spaces: list) -> list:
    """Newline runs plus the space runs that lie outside them, in order."""
    merged, index = [], 0
    for run in runs:
        while index < len(spaces) and spaces[index][1] <= run[0]:
            merged.append(spaces[index])
            index += 1
        while index < len(spaces) and spaces[index][0] < run[1]:
            index += 1
        merged.append(run)
    merged.extend(spaces[index:])
    return merged


def _sections(norm: str) -> list[tuple[int, int]]:
    starts = [0] + [match.end() for match in _HEADING_LINE.finditer(norm)]
    ends = starts[1:] + [len(norm)]
    return list(zip(starts, ends))


def _units(norm: str, sections: list[tuple[int, int]]) -> tuple[Unit, ...]:
    ends = [match.end() for match in _SENTENCE_END.finditer(norm) if _ends_unit(norm, match.start())]
    if not ends or ends[-1] < len(norm):
        ends.append(len(norm))
    starts = [0, *ends[:-1]]
    section_starts = [start for start, _ in sections]  # the first is 0
    if max(map(operator.sub, ends, starts)) <= MAX_UNIT:  # built in bulk: one per sentence
        indexes = [bisect.bisect_right(section_starts, start) - 1 for start in starts]
        return tuple(map(Unit, starts, ends, indexes))
    units: list[Unit] = []
    for start, end in zip(starts, ends):
        units.extend(_bounded_units(norm, start, end, section_starts))
    return tuple(units)


def _ends_unit(norm: str, pos: int) -> bool:
    """A line break, or a period or semicolon after a word that is not an abbreviation."""
    char = norm[pos]
    if char == "\n":
        return True
    return norm[pos - 1:pos] in _ENDS_SENTENCE and not (char == "." and _abbreviation(norm, pos))


MAX_UNIT = 2000  # characters; longer runs without sentence ends are cut at a space


def _bounded_units(norm: str, start: int, end: int, section_starts: list[int]) -> list[Unit]:
    """One unit, or several when the stretch is too long (text with no punctuation), so
    that no per-unit check can grow with the length of the whole text."""
    units = []
    while end - start > MAX_UNIT:
        cut = norm.rfind(" ", start + MAX_UNIT // 2, start + MAX_UNIT)
        cut = cut + 1 if cut > start else start + MAX_UNIT
        units.append(_unit(start, cut, section_starts))
        start = cut
    units.append(_unit(start, end, section_starts))
    return units


def _abbreviation(norm: str, pos: int) -> bool:
    """True when the period at `pos` ends an abbreviation ("Stat.", "U.S.C.", "Nev.")."""
    if norm[pos] != ".":
        return False
    word = norm[max(0, pos - 12):pos].rsplit(None, 1)[-1] if pos else ""
    if len(word) >= 3 and word[-1].isdigit() and _SECTION_NUMBER.fullmatch(word):
        return False  # "as described in Art. 6.41. It does not apply": a citation ends the sentence
    return "." in word or len(word) <= 1 or word.lower() in _ABBREVIATIONS


_SECTION_NUMBER = re.compile(r"[0-9]+(?:[.:-][0-9]+)+")


_ABBREVIATIONS = frozenset(
    "stat ann rev gen proc crim cal nev ariz colo conn del fla ga haw ill ind kan ky la "
    "mass md me mich minn miss mo mont neb okla pa tenn tex va vt wash wis wyo sec art "
    "gov't no nos mr ms dr st cent ch pub sess supp cons pen civ corr jud seq al etc v "
    "subd subsec par cl div tit".split())


def _unit(start: int, end: int, section_starts: list[int]) -> Unit:
    section = bisect.bisect_right(section_starts, start) - 1
    return Unit(start, end, max(section, 0))
