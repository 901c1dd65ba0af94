"""Cue matching over a Doc: compiled patterns, hits with their unit, readings, fuzzy phrases."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from re import _parser  # the parse re itself uses: a pattern's widest match
from dataclasses import dataclass
from typing import NamedTuple

from rapidfuzz import fuzz

from draftkit.core.analyzer.text import Doc, Unit, register_words


_ANCHORS: dict[int, tuple[str, ...]] = {}  # pattern -> words every match of it contains
_SCANNING: dict[int, re.Pattern] = {}  # pattern -> its scanning form, made on first use


def rx(pattern: str, anchors: tuple[str, ...] | str = ()) -> re.Pattern:
    """Compile a cue pattern for Doc.match (lower case, single spaces). The pattern is
    lower-cased; escapes such as \\b, \\w and \\s keep their meaning."""
    compiled = re.compile(_lower_outside_escapes(pattern))
    if anchors:
        anchor({compiled: (anchors,) if isinstance(anchors, str) else tuple(anchors)})
    return compiled


def anchor(table: dict) -> None:
    """Record, for each pattern, literal words that every match of it contains."""
    for pattern, words in table.items():
        _ANCHORS[id(pattern)] = _without_redundant(words)
        register_words(_ANCHORS[id(pattern)])


def starts(table: dict) -> None:
    """Record, for each pattern, the literal words every match of it begins with: the
    pattern is then tried only where one of them occurs (the fastest scan)."""
    for pattern, words in table.items():
        _STARTS[id(pattern)] = _without_redundant(words)
        register_words(_STARTS[id(pattern)])


_STARTS: dict[int, tuple[str, ...]] = {}
_ENDS: dict[int, tuple[str, ...]] = {}


def ends(table: dict) -> None:
    """For a pattern in the starts table with a branch that begins with any word, the
    literal words that branch always contains: its matches may then also start at any
    word start shortly before one of them."""
    for pattern, words in table.items():
        _ENDS[id(pattern)] = _without_redundant(words)
        register_words(_ENDS[id(pattern)])


def _without_redundant(words) -> tuple[str, ...]:
    """Drop words that begin with another word of the list: they add no new places."""
    words = sorted(set(words))
    return tuple(w for w in words if not any(v != w and w.startswith(v) for v in words))
_LONGEST_MATCH = 1000  # no cue spans more characters than this


def _scanning_form(pattern: re.Pattern) -> re.Pattern:
    """The pattern without the word boundary that opens each top-level branch, which
    stops the regex engine from skipping ahead to a branch's first letter; scan() checks
    the boundary itself."""
    source, out, depth, index = pattern.pattern, [], 0, 0
    in_class = False
    while index < len(source):
        char = source[index]
        at_branch_start = depth == 0 and not in_class and (index == 0 or source[index - 1] == "|")
        if at_branch_start and source.startswith("\\b", index):
            index += 2
            continue
        if char == "\\":
            out.append(source[index:index + 2])
            index += 2
            continue
        in_class = (in_class and char != "]") or (not in_class and char == "[")
        depth += (char == "(") - (char == ")") if not in_class else 0
        out.append(char)
        index += 1
    return re.compile("".join(out))


def scan(doc: Doc, pattern: re.Pattern):
    """Every match of `pattern` in doc.match. A pattern compiled with anchors (literal
    words every match contains) is run only on the units that hold one: fast on long texts."""
    if id(pattern) in _STARTS:
        yield from _scan_starts(doc, pattern, _STARTS[id(pattern)])
        return
    anchors = _ANCHORS.get(id(pattern))
    if anchors is None:
        yield from pattern.finditer(doc.match)
        return
    fast = _SCANNING.get(id(pattern)) or _SCANNING.setdefault(id(pattern), _scanning_form(pattern))
    text = doc.match
    for start, end in doc.windows(anchors):
        for match in fast.finditer(text, start, end):
            if _boundary_ok(text, match.start()):
                yield match


def _scan_starts(doc: Doc, pattern: re.Pattern, words: tuple[str, ...]):
    """Matches tried only at the places one of `words` begins, left to right, not
    overlapping: the same matches finditer would give, for far less work."""
    text, last_end = doc.match, -1
    candidates = _gated(doc, pattern, _candidates(doc, pattern, words))
    for pos in candidates:
        if pos < last_end:
            continue
        match = pattern.match(text, pos, pos + _LONGEST_MATCH)
        if match is not None and match.end() > match.start():
            last_end = match.end()
            yield match


GATE_FROM = 1000  # candidates; below this, trying each costs less than finding the anchors
_GATED: set[int] = set()
_GATE_GROUPS: dict[int, dict[tuple[str, ...], tuple[str, ...]]] = {}  # pattern -> gate words -> start words


def gate(*patterns: re.Pattern, by_start: dict | None = None) -> None:
    """Gate these starts patterns by their anchor words on long texts. Only for patterns
    whose anchor list was checked against every branch (a word missing from it would
    lose matches), and whose matches are short (a wide match keeps every candidate).

    `by_start` narrows the gate for the places some start words begin: {start words:
    words every match beginning with one of them contains} (rarer than the anchors,
    which must hold for every branch)."""
    _GATED.update(id(pattern) for pattern in patterns)
    for pattern in patterns:
        for words, anchors in (by_start or {}).items():
            words = _without_redundant((words,) if isinstance(words, str) else words)
            anchors = _without_redundant(anchors)
            groups = _GATE_GROUPS.setdefault(id(pattern), {})
            groups[anchors] = _without_redundant(groups.get(anchors, ()) + words)
            register_words(words + anchors)


def _gated(doc: Doc, pattern: re.Pattern, candidates: list[int]) -> list[int]:
    """The candidates with one of the pattern's anchors (words every match contains) close
    enough after them to lie inside a match: no match can start at the others."""
    anchors = _ANCHORS.get(id(pattern))
    if id(pattern) not in _GATED or anchors is None or len(candidates) < GATE_FROM:
        return candidates
    kept = _near_anchors(doc, pattern, candidates, doc.positions(anchors))
    dropped = _dropped_by_start(doc, pattern)
    return [pos for pos in kept if pos not in dropped] if dropped else kept


def _dropped_by_start(doc: Doc, pattern: re.Pattern) -> set[int]:
    """The places a start word of a `by_start` gate begins with none of its words near."""
    dropped: set[int] = set()
    for anchors, words in _GATE_GROUPS.get(id(pattern), {}).items():  # one pass per group of words
        places = doc.positions(words)
        dropped.update(places)
        dropped.difference_update(_near_anchors(doc, pattern, places, doc.positions(anchors)))
    return dropped


def _near_anchors(doc: Doc, pattern: re.Pattern, places: list[int], anchors: list[int]) -> list[int]:
    """The sorted `places` with an anchor at or after them, within the widest match that
    can begin with the character there. Each place is checked against the first anchor
    at or after it only (a later one is farther): the places between two anchors are
    taken as one slice, and places with no anchor near are never looked at."""
    text = doc.match
    reach = {char: _widths(pattern).get(char) or _width(pattern, char)
             for char in {text[pos] for pos in places}}
    widest = max(reach.values(), default=0)
    kept: list[int] = []
    previous = -1
    for anchor_at in anchors:
        lo = bisect_left(places, max(previous + 1, anchor_at - widest + 1))
        hi = bisect_right(places, anchor_at, lo)
        if hi > lo:
            kept.extend(pos for pos in places[lo:hi] if pos + reach[text[pos]] > anchor_at)
        previous = anchor_at
    return kept


def _widths(pattern: re.Pattern) -> dict[str, int]:
    """The pattern's widths by first character worked out so far (see _width)."""
    return _BY_FIRST.setdefault(id(pattern), {})


def _width(pattern: re.Pattern, first: str) -> int:
    """The most characters a match beginning with the character `first` can span (no
    more than a scan ever tries); 0 when no match can begin with it."""
    widths = _widths(pattern)
    if first not in widths:
        reach = _reach(_parser.parse(pattern.pattern), ord(first))
        widths[first] = min(reach, _LONGEST_MATCH) if reach is not None else 0
    return widths[first]


_BY_FIRST: dict[int, dict[str, int]] = {}
_REPEATS = (_parser.MAX_REPEAT, _parser.MIN_REPEAT)


def _reach(sub, first: int) -> int | None:
    """An upper bound on the length of the matches of parsed pattern `sub` whose first
    character is `first`, or None when it has none. Unknown constructs give the bound
    for any match."""
    ops = list(sub.data)
    while ops and ops[0][0] is _parser.AT:  # zero-width anchors such as \\b
        ops = ops[1:]
    if not ops:
        return None
    whole, head = _span(sub, ops), _first_reach(sub, ops[0], first)
    if head is _ANY_FIRST or _span(sub, ops[:1], low=True) == 0:
        return whole
    return None if head is None else head + _span(sub, ops[1:])


_ANY_FIRST = object()  # the first element's first character cannot be worked out


def _first_reach(sub, element, first: int):
    """The bound for one element that must consume `first` itself (see _reach)."""
    op, arg = element
    if op is _parser.LITERAL:
        return 1 if arg == first else None
    if op is _parser.IN and all(kind is _parser.LITERAL for kind, _ in arg):
        return 1 if any(value == first for _, value in arg) else None
    if op is _parser.BRANCH:
        reaches = [_reach(_parser.SubPattern(sub.state, list(alt.data)), first) for alt in arg[1]]
        found = [reach for reach in reaches if reach is not None]
        return max(found) if found else None
    if op is _parser.SUBPATTERN and not arg[1] and not arg[2]:
        return _reach(arg[3], first)
    if op in _REPEATS and arg[0] >= 1:
        return _ANY_FIRST if _reach(arg[2], first) is not None else None
    return _ANY_FIRST


def _span(sub, ops, low: bool = False) -> int:
    """The widest (or with `low`, narrowest) match of the elements `ops`."""
    widths = _parser.SubPattern(sub.state, list(ops)).getwidth()
    return widths[0] if low else widths[1]


def _candidates(doc: Doc, pattern: re.Pattern, words: tuple[str, ...]) -> list[int]:
    positions = doc.positions(words)
    if id(pattern) not in _ENDS:
        return positions
    found = set(positions)
    for end in doc.positions(_ENDS[id(pattern)]):
        found.update(m.start() for m in _WORD_START.finditer(doc.match, max(0, end - _LONGEST_MATCH), end))
    return sorted(found)


_WORD_START = re.compile(r"\b\w")


def _boundary_ok(text: str, at: int) -> bool:
    """The word boundary the scanning form left out: no word character just before."""
    return at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "_") or not text[at].isalnum()


def _lower_outside_escapes(pattern: str) -> str:
    out, escaped = [], False
    for char in pattern:
        out.append(char if escaped else char.lower())
        escaped = char == "\\" and not escaped
    return "".join(out).replace("(?p<", "(?P<")


class Hit(NamedTuple):
    """One cue found in the normalized text (a tuple: made by the thousand on long texts)."""

    start: int
    end: int
    unit: Unit


@dataclass(frozen=True)
class Reading:
    """A category reader's answer: level id, one-line reason, decisive spans (normalized)."""

    level: str
    reason: str
    spans: tuple[tuple[int, int], ...] = ()
    verify: bool = False
    silent: bool = False  # nothing in the text decided it


def find(doc: Doc, pattern: re.Pattern, *, skip: re.Pattern | None = None,
         within: int = 0, category: tuple[re.Pattern, ...] = ()) -> list[Hit]:
    """Every match of `pattern`, minus those whose unit prefix (up to `within` chars
    before the match, 0 = the whole unit) matches `skip`. With `category` (the patterns
    that read one rubric category), catchlines are held to the catchline rule. Memoized."""
    key = ("find", id(pattern))
    if key not in doc.cache:
        doc.cache[key] = [Hit(match.start(), match.end(), doc.unit_at(match.start()))
                          for match in scan(doc, pattern)]
    hits = doc.cache[key]
    if category:
        hits = decisive(doc, hits, category)
    if skip is None:
        return list(hits)
    return [hit for hit in hits if not _before(doc, hit.unit, hit.start, within, skip)]


def decisive(doc: Doc, hits: list[Hit], category: tuple[re.Pattern, ...]) -> list[Hit]:
    """The catchline rule: a section heading is not law. A hit in a catchline counts only
    when the text is an excerpt and the section's body says nothing on the category (its
    operative text was cut off); the finding is then flagged for review (analysis.py)."""
    return [hit for hit in hits if not doc.is_catchline(hit.unit)
            or (doc.excerpt and not _body_speaks(doc, hit.unit.section, category))]


def _body_speaks(doc: Doc, section: int, category: tuple[re.Pattern, ...]) -> bool:
    """True when the section's operative text (after its catchline) matches any of `category`."""
    key = ("speaks", section, tuple(id(pattern) for pattern in category))
    if key not in doc.cache:
        start, end = doc.body(section)
        doc.cache[key] = any(pattern.search(doc.match, start, end) for pattern in category)
    return doc.cache[key]


def exists(doc: Doc, pattern: re.Pattern, category: tuple[re.Pattern, ...] = ()) -> bool:
    """True when `pattern` matches anywhere (stops at the first match); with `category`,
    a match in a catchline counts only under the catchline rule (see decisive)."""
    key = ("find", id(pattern))
    if key in doc.cache:
        return bool(find(doc, pattern, category=category))
    if category:
        return any(decisive(doc, [Hit(m.start(), m.end(), doc.unit_at(m.start()))], category)
                   for m in scan(doc, pattern))
    if id(pattern) in _STARTS or id(pattern) in _ANCHORS:  # the fast scan, to its first match
        return next(iter(scan(doc, pattern)), None) is not None
    return pattern.search(doc.match) is not None


def has(doc: Doc, pattern: re.Pattern, start: int, end: int) -> bool:
    """True when `pattern` matches inside doc.match[start:end]. A pattern with anchor words
    (one of which every match contains) is not run where none of them occurs: their places
    are known already, so most checks end with one bisection."""
    anchors = _ANCHORS.get(id(pattern))
    if anchors is not None and not may_hold(doc, anchors, start, end):
        return False
    return pattern.search(doc.match, start, end) is not None


def anchor_words(*patterns: re.Pattern) -> tuple[str, ...]:
    """Every anchor word of these patterns: one of them begins in any window where one of
    the patterns matches (for a single may_hold check before several searches)."""
    return _without_redundant(word for pattern in patterns for word in _ANCHORS[id(pattern)])


def may_hold(doc: Doc, words: tuple[str, ...], start: int, end: int) -> bool:
    """False when none of `words` begins in doc.match[start:end] (registered words: their
    places are known from the one pass over the text)."""
    places = doc.positions(words)
    index = bisect_left(places, start)
    return index < len(places) and places[index] < end


def _before(doc: Doc, unit: Unit, pos: int, within: int, skip: re.Pattern) -> bool:
    start = unit.start if within <= 0 else max(unit.start, pos - within)
    return has(doc, skip, start, pos)


def unit_has(doc: Doc, hit: Hit, pattern: re.Pattern) -> bool:
    """True when the hit's unit contains `pattern` anywhere."""
    return has(doc, pattern, hit.unit.start, hit.unit.end)


def after_has(doc: Doc, hit: Hit, pattern: re.Pattern, within: int) -> bool:
    """True when `pattern` starts within `within` chars after the hit, inside its unit."""
    end = min(hit.unit.end, hit.end + within)
    return has(doc, pattern, hit.end, end)


def before_has(doc: Doc, hit: Hit, pattern: re.Pattern, within: int) -> bool:
    """True when `pattern` occurs within `within` chars before the hit, inside its unit."""
    return _before(doc, hit.unit, hit.start, within, pattern)


def spans(hits: list[Hit], limit: int = 3) -> tuple[tuple[int, int], ...]:
    """The first `limit` distinct hit spans, in document order."""
    seen = sorted({(hit.start, hit.end) for hit in hits})
    return tuple(seen[:limit])


def in_heading(doc: Doc, hit: Hit) -> bool:
    return doc.is_heading(hit.unit)


def body_hits(doc: Doc, hits: list[Hit]) -> list[Hit]:
    return [hit for hit in hits if not in_heading(doc, hit)]


def fuzzy_find(doc: Doc, phrase: str, anchor: re.Pattern, cutoff: float = 88.0) -> list[Hit]:
    """Near matches of `phrase` (OCR slips, typos) in units that contain `anchor`.

    Only units holding the anchor word are compared, so the cost stays per unit."""
    hits = []
    seen: set[int] = set()
    for match in scan(doc, anchor):
        unit = doc.unit_at(match.start())
        if unit.start in seen:
            continue
        seen.add(unit.start)
        hits.extend(_fuzzy_in_unit(doc, unit, phrase, cutoff))
    return hits


def _fuzzy_in_unit(doc: Doc, unit: Unit, phrase: str, cutoff: float) -> list[Hit]:
    text = doc.match[unit.start:unit.end].lower()
    if len(text) > 2000:
        return []
    result = fuzz.partial_ratio_alignment(phrase, text, score_cutoff=cutoff)
    if result is None:
        return []
    start = unit.start + result.dest_start
    return [Hit(start, unit.start + result.dest_end, unit)]


# A provision that displaces other sections of the same law ("Notwithstanding §§ 9-3101 and
# 9-3103, no relief ...", "Notwithstanding subsection (b), the court shall hold a hearing"):
# the narrower provision controls (RUBRIC.md). Shared by the readers of several categories.
OVERRIDES = rx(r"\bnotwithstanding (?:§|sections?\b|subsections?\b|paragraphs?\b|subdivisions?\b|articles?\b)",
               anchors=("notwithstanding",))
