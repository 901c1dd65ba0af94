"""Provision structure of a statute text: labels, the provision tree, and file-text cleanup."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from draftkit.core.statute import Provenance, Provision, Statute

KINDS = ("section", "subsection", "paragraph", "subparagraph")
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10}
_ROMAN = re.compile(r"^(x{0,3})(ix|iv|v?i{0,3})$")
_SECTION_WORD = re.compile(r"(?:Sec\.|SEC\.|Section|SECTION)[ \t]+\d[\w.\-]*?\.(?=\s|$)")
_PAREN = re.compile(r"\[?\(([0-9]+(?:\.[0-9]+)?[A-Za-z]?(?:-[0-9]+)?|[A-Za-z]{1,6}(?:-[0-9]+)?)\)")
_DOT = re.compile(r"([0-9]+[A-Za-z]?|[A-Za-z]|[IVXivx]{1,6})\.(?=[ \t]|\(|$)")
_LIST_INTRO = (":", "—", "–", "--")
_MAX_CHAIN = 4  # labels read at one line start, as in "(a)(1)(A)(i)"; keeps trees shallow
# "Sec. 411.0728. PROCEDURE .... (a) This section": a first label run into a heading
_RUN_IN = re.compile(r"(?<=\.)[ \t]+(\((?:a|1|A)\))[ \t]")


def roman_value(numeral: str) -> int | None:
    """The value of a lower- or upper-case roman numeral made of i, v, x; else None."""
    lowered = numeral.lower()
    if not lowered or not _ROMAN.match(lowered):
        return None
    total, previous = 0, 0
    for ch in reversed(lowered):
        value = _ROMAN_VALUES[ch]
        total = total - value if value < previous else total + value
        previous = max(previous, value)
    return total


@dataclass(frozen=True)
class Label:
    """One provision label found in the text, before the tree is built."""

    text: str  # as printed, without a leading deletion bracket
    style: str
    start: int  # where the provision starts (line start, or the label in a chain)
    end: int  # just after the label
    chained: bool = False  # second label on a line, e.g. the (1) of "(a)(1)"
    value: int = 0  # position in its sequence (a=1, ii=2, 3=3); 0 when not ordinal
    alternative: str = ""  # the other reading of "(i)", "(v)", "(x)", "I." ...


def _letter_value(letters: str) -> int:
    letters = letters.lower()
    return (len(letters) - 1) * 26 + ord(letters[0]) - 96


def _classify(core: str, paren: bool) -> tuple[str, int, str] | None:
    """(style, value, alternative style) of a label's core ("a", "iv", "12", "B"), or None."""
    suffix = "_paren" if paren else "_dot"
    base = core.split("-")[0]
    if base[0].isdigit():
        number = int(re.match(r"\d+", base).group())
        return None if number > 999 else ("arabic" + suffix, number, "")
    if not (base.isupper() or base.islower()):
        return None
    upper = base.isupper()
    roman = roman_value(base)
    letter = len(set(base.lower())) == 1 and len(base) <= 3
    letter_style = ("upper" if upper else "lower") + suffix
    roman_style = ("roman_upper" if upper else "roman") + suffix
    if roman and letter and len(base) == 1:
        return roman_style, roman, letter_style
    if roman:
        return roman_style, roman, ""
    return (letter_style, _letter_value(base), "") if letter else None


def _next_label(line: str, at: int, allow_dot: bool):
    """The paren label, or (if allowed) dot label, starting exactly at `at`."""
    found = _PAREN.match(line, at)
    if not found and allow_dot:
        found = _DOT.match(line, at)
    if not found:
        return None
    classified = _classify(found.group(1), found.group().endswith(")"))
    return (found, classified) if classified else None


def _chain(line: str, offset: int) -> list[Label]:
    """The labels at the start of a line (offset = the line's start in the text)."""
    labels, at = [], len(line) - len(line.lstrip(" \t"))
    word = _SECTION_WORD.match(line, at)
    if word:
        labels.append(Label(word.group(), "section_word", offset + at, offset + word.end()))
        at = word.end()
        if not _PAREN.match(line, at + 1):
            return labels + _run_in(line, at, offset)
    while len(labels) < _MAX_CHAIN:
        spaces = len(line) - at - len(line[at:].lstrip(" \t")) if labels else 0
        if spaces > 1:
            break
        step = _next_label(line, at + spaces, allow_dot=spaces == 0)
        if step is None:
            break
        found, (style, value, alternative) = step
        labels.append(Label(found.group().lstrip("["), style, offset + at + spaces,
                            offset + found.end(), bool(labels), value, alternative))
        at = found.end()
    return _require_body(line, labels, offset)


def _run_in(line: str, at: int, offset: int) -> list[Label]:
    """The first label of a list that follows a heading on the same line, if any."""
    found = _RUN_IN.search(line, at)
    if not found:
        return []
    style, value, alternative = _classify(found.group(1)[1:-1], True)
    return [Label(found.group(1), style, offset + found.start(1), offset + found.end(1),
                  True, value, alternative)]


def _require_body(line: str, labels: list[Label], offset: int) -> list[Label]:
    """Drop a lone label with no text after it ("1." on its own line is not a provision)."""
    if len(labels) == 1 and not line[labels[0].end - offset:].strip():
        return []
    return labels


def citation_end(line: str) -> int:
    """Where the citation of a "§ <citation> <catchline>" header line ends."""
    end, seen_digit, after_comma = len(line), False, False
    for token in re.finditer(r"\S+", line):
        word = token.group()
        if any(ch.isdigit() for ch in word):
            end, seen_digit = token.end(), True
        elif seen_digit and after_comma and roman_value(word.rstrip(",")):
            end = token.end()
        elif not seen_digit or word in ("§", "§§") or _is_connector(word):
            pass
        else:
            break
        after_comma = word.endswith(",")
    return end if seen_digit else len(line.rstrip())


def _is_connector(word: str) -> bool:
    """Citation words between numbers: "ILCS", "V.S.A.", "tit.", "ch.", "art."."""
    return bool(re.fullmatch(r"[A-Z]{2,5}|[A-Za-z][A-Za-z.]{0,7}\.", word)) and word != "--"


@dataclass
class _Node:
    label: Label
    depth: int
    end: int = -1
    children: list = field(default_factory=list)


def _freeze(node: _Node, text: str) -> Provision:
    children = tuple(_freeze(child, text) for child in node.children)
    end, after = node.end, text[node.label.end:node.end]
    body_start = node.label.end + len(after) - len(after.lstrip(" \t"))
    kind = KINDS[node.depth] if node.depth < len(KINDS) else "clause"
    return Provision(kind, node.label.text, node.label.style, node.depth,
                     node.label.start, end, min(body_start, end), children)


class _Builder:
    """Builds the provision tree of one text; levels follow each section's own scheme."""

    def __init__(self, text: str):
        self.text = text
        self.roots: list[_Node] = []
        self.stack: list[_Node] = []
        self.levels: dict[str, int] = {}
        self.sections_by_word = "\n§" not in "\n" + text

    def close(self, node: _Node, at: int) -> None:
        node.end = self._trim(node.label.start, at)

    def _trim(self, start: int, end: int) -> int:
        return start + len(self.text[start:end].rstrip())

    def pop_to(self, depth: int, at: int) -> None:
        while self.stack and self.stack[-1].depth >= depth:
            self.close(self.stack.pop(), at)

    def push(self, label: Label, depth: int) -> None:
        node = _Node(label, depth)
        (self.stack[-1].children if self.stack else self.roots).append(node)
        self.stack.append(node)

    def section(self, label: Label) -> None:
        self.pop_to(0, label.start)
        self.levels = {}
        self.push(label, 0)

    def provision(self, label: Label) -> None:
        style = self._resolve(label)
        depth = self._depth(label, style)
        self.pop_to(depth, label.start)
        self.push(Label(label.text, style, label.start, label.end, label.chained,
                        self._value(label, style)), depth)

    def _depth(self, label: Label, style: str) -> int:
        top = self.stack[-1].depth if self.stack else 0
        if label.chained:
            mapped = self.levels.get(style)
            if mapped is None or mapped <= top:
                self.levels.setdefault(style, top + 1)
                return top + 1
            return mapped
        return self.levels.setdefault(style, top + 1)

    def _value(self, label: Label, style: str) -> int:
        if style == label.style:
            return label.value
        return _letter_value(label.text.strip("().").split("-")[0])

    def _open(self, style: str, value: int) -> int:
        """Stack index of an open provision of `style` whose value is `value`, or -1."""
        for index in range(len(self.stack) - 1, -1, -1):
            node = self.stack[index]
            if node.label.style == style and node.label.value == value:
                return index
        return -1

    def _resolve(self, label: Label) -> str:
        """Roman or letter for "(i)", "(v)", "(x)", "I." ...: whichever continues a list."""
        if not label.alternative:
            return label.style
        letter_value = _letter_value(label.text.strip("[().").split("-")[0])
        as_letter = self._open(label.alternative, letter_value - 1)
        as_roman = self._open(label.style, label.value - 1) if label.value > 1 else -1
        if as_letter < 0 and as_roman < 0:
            return label.style if label.value == 1 else label.alternative
        if as_letter > as_roman:
            if label.value == 1 and self._introduces_list(label.start):
                return label.style
            return label.alternative
        return label.style

    def _introduces_list(self, at: int) -> bool:
        return self.text[max(0, at - 400):at].rstrip().endswith(_LIST_INTRO)

    def finish(self) -> tuple[Provision, ...]:
        self.pop_to(0, len(self.text))
        return tuple(_freeze(node, self.text) for node in self.roots)


def _section_label(line: str, offset: int) -> Label:
    """The citation of a "§" header as its label ("§ 179.247." is labelled "§ 179.247")."""
    end = citation_end(line)
    return Label(line[:end].rstrip(".,;:"), "section", offset, offset + end)


def _lines(text: str):
    offset = 0
    for line in text.split("\n"):
        yield offset, line
        offset += len(line) + 1


def parse_provisions(text: str) -> tuple[Provision, ...]:
    """The provision tree of `text`: sections, then each section's numbered units."""
    builder = _Builder(text)
    for offset, line in _lines(text):
        if line.startswith("§"):
            builder.section(_section_label(line, offset))
            continue
        for label in _chain(line, offset):
            if label.style == "section_word" and builder.sections_by_word:
                builder.section(Label(label.text, "section", label.start, label.end))
            else:
                builder.provision(label)
    return builder.finish()


def build_statute(text: str, provenance: Provenance, *,
                  truncations: tuple[int, ...] = ()) -> Statute:
    """A Statute over `text` with its provision tree parsed."""
    return Statute(text=text, provenance=provenance, provisions=parse_provisions(text),
                   truncations=tuple(truncations))


def provision_at(provisions, offset: int) -> Provision | None:
    """The deepest provision whose span contains `offset`, or None."""
    path = provision_path(provisions, offset)
    return path[-1] if path else None


def provision_path(provisions, offset: int) -> tuple[Provision, ...]:
    """The chain of provisions containing `offset`, outermost first."""
    path, level = [], tuple(provisions)
    while True:
        inside = [p for p in level if p.start <= offset < p.end]
        if not inside:
            return tuple(path)
        path.append(inside[0])
        level = inside[0].children


def _reference_part(provision: Provision) -> str:
    label = provision.label
    if provision.style == "section":
        if "§" in label[1:]:
            return "§ " + label.rsplit("§", 1)[-1].strip()
        return label.rstrip(".")
    if provision.style == "section_word":
        return ""
    return "(" + label.strip("[().") + ")"


def path_label(provisions, offset: int) -> str:
    """A reference such as "§ 179.247(4)(b)" for the provision at `offset` ("" if none).

    A section cited down to a paragraph ("§ 440.10(1)(i)") whose text opens with that
    paragraph's label does not repeat it.
    """
    reference = ""
    for provision in provision_path(provisions, offset):
        part = _reference_part(provision)
        if provision.depth == 1 and reference.endswith(part):
            continue
        reference += part
    return reference


# --- text from files: page furniture, bill line numbers, hyphenation, wrapped lines ---

_PAGE_NUMBER = re.compile(
    r"^\s*(?:(?:page\s+)?[-–—]?\s*\d{1,4}\s*[-–—]?\s*(?:(?:of|/)\s*\d{1,4})?|page)\s*$", re.I)
_LINE_NUMBER = re.compile(r"^\s*(\d{1,3})(?:[ \t]+(.*))?$")
_HEADING = re.compile(r"^(?:§|(?:Sec\.|SEC\.|Section|SECTION|Article|ARTICLE|Art\.|CHAPTER|"
                      r"Chapter)[ \t]+\d)")
# a sentence ends at the line end and the next line opens a new one: keep the break
_SENTENCE_BREAK = re.compile(r"[.:;][\"'”’)\]]?\n[\"“‘(\[]?[A-Z]")
_PAGE_WORD = re.compile(r"\bpage\b", re.I)
_ABBREVIATION = re.compile(r"(?:\b(?:[A-Z]\.){2,}|\b(?:Stat|Ann|Code|ch|tit|art)\.)$")
_CITATION_GOES_ON = re.compile(r"\s*(?:§|\d|s{1,2}\.\s)")
# "subparagraph (i) or\n(ii)": a reference list wrapped before its last label
_LABEL_THEN_AND = re.compile(r"\),?\s+(?:and|or|to|through)$")
_HYPHEN_PREFIXES = {"non", "self", "co", "anti", "pre", "post", "ex", "sub", "well"}
# a line ending in one of these words stops mid-sentence, whatever the next line starts with
_DANGLING = {"in", "of", "under", "to", "by", "with", "the", "a", "an", "pursuant", "see",
             "from", "for", "at", "on", "than", "that", "per", "into", "upon", "within"}
# "... described in subsection (d)" + "(1)." : a reference wrapped inside its labels
_REFERENCE_TAIL = re.compile(r"\b(?:sub)?(?:section|paragraph|division|clause|item)s?"
                             r"\s+\(?[\w.\-]+\)?$", re.I)
_REFERENCE_WORDS = {"subsection", "subsections", "paragraph", "paragraphs", "subparagraph",
                    "subparagraphs", "section", "sections", "subdivision", "subdivisions",
                    "clause", "clauses", "item", "items"}


def _starts_unit(line: str) -> bool:
    """True when a line opens a provision or a section (so it keeps its own line)."""
    stripped = line.lstrip()
    if stripped.startswith("§"):
        return _is_heading(stripped)
    return bool(_HEADING.match(stripped) or _chain(stripped, 0))


def _number_runs(lines: list[str]) -> set[int]:
    """Indexes of lines that carry bill line numbers (3+ lines numbered n, n+1, ...)."""
    runs, current, previous = set(), [], None
    for index, line in enumerate(lines):
        match = _LINE_NUMBER.match(line) if line.strip() else None
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


def _furniture_key(line: str) -> str:
    return re.sub(r"\d+", "#", " ".join(line.split())).lower()


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
    if not stripped or len(stripped) > 80 or _chain(stripped, 0):
        return False
    letters = [ch for ch in stripped if ch.isalpha()]
    capitals = bool(letters) and sum(ch.isupper() for ch in letters) >= 0.7 * len(letters)
    return capitals or bool(_PAGE_WORD.search(stripped))


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
            if not _chain(page[i].lstrip(), 0):
                seen.setdefault((zone, place, _furniture_key(page[i])), set()).add(number)
    needed = len(pages) if len(pages) <= 3 else max(3, 0.8 * len(pages))
    return {key for key, on in seen.items() if len(on) >= needed}


def drop_page_furniture(pages: list[list[str]]) -> list[list[str]]:
    """Pages without page-number lines and running headers or footers."""
    pages = [[line for line in page if not _PAGE_NUMBER.match(line) or not line.strip()]
             for page in pages]
    if len(pages) < 2:
        repeated = _repeated_lines(pages[0]) if pages else set()
        return [[line for line in page if _furniture_key(line) not in repeated]
                for page in pages]
    running = _running_keys(pages)
    return [_drop_running(page, running) for page in pages]


def _drop_running(page: list[str], running: set) -> list[str]:
    edges = _edge_lines(page)
    return [line for i, line in enumerate(page)
            if i not in edges or (*edges[i], _furniture_key(line)) not in running]


def _hyphen_join(line: str, following: str, words: frozenset) -> tuple[str, str] | None:
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
    if nxt[0].islower() and broken.group(1).lower() not in _HYPHEN_PREFIXES \
            and not _hyphenated_elsewhere(broken.group(1), nxt, words):
        return line[:-1], nxt
    return line, nxt


def _hyphenated_elsewhere(before: str, after: str, words: frozenset) -> bool:
    """True when the text itself writes the compound with a hyphen ("prostitution-related")
    and never as one word, so a hyphen at a line break is a real one."""
    second = re.match(r"[\w-]*", after).group().lower()
    return f"{before.lower()}-{second}" in words and f"{before.lower()}{second}" not in words


def join_hyphenation(lines: list[str]) -> list[str]:
    """Words broken across lines rejoined: "expunge-/ment" -> "expungement", "non-/violent"."""
    words = frozenset(re.findall(r"\w+(?:-\w+)*", "\n".join(lines).lower()))
    out: list[list[str]] = []  # each output line as fragments, joined once at the end
    for line in lines:
        joined = _hyphen_join(out[-1][-1], line, words) if out and out[-1][-1] else None
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
    words = re.findall(r"[A-Za-z]+$", tail)
    word = words[0].lower() if words else ""
    return tail.endswith(",") or word in _DANGLING or word in _REFERENCE_WORDS \
        or bool(_LABEL_THEN_AND.search(tail) or _REFERENCE_TAIL.search(tail)) \
        or word in ("and", "or") and not tail[:-len(word)].rstrip(" []").endswith(";")


def _is_heading(line: str) -> bool:
    """A "§" line that heads a section, not a wrapped list of citations ("§ 18.2-108.01;")."""
    stripped = line.lstrip()
    after = stripped[citation_end(stripped):].lstrip()
    return stripped.startswith("§") and not after[:1] in (";", ",")


def _stops_short(last: str) -> bool:
    """A full line that ends in a bare word or label, not "and"/"or" or punctuation: the
    page width cut a sentence ("... constitutes" + "(1) trafficking")."""
    words = re.findall(r"(\w+)\)?$", last.rstrip())
    return bool(words) and words[0].lower() not in ("and", "or")


def _continues(group: list[str], line: str, width: int) -> bool:
    """True when `line` wraps on from the lines in `group` (joined so far; `width`: the
    page width of a hard-wrapped text, 0 when lines are paragraphs)."""
    first, last = group[0], group[-1]
    if not last.strip() or not line.strip():
        return False
    if first.startswith("§"):
        return _heading_continues(last, line, width)
    full = bool(width) and len(last.rstrip()) >= 0.75 * width
    if _ABBREVIATION.search(last.rstrip()[-12:]) and _CITATION_GOES_ON.match(line):
        return True  # "22 U.S.C." + "§ 7102(14)"
    if _mid_sentence("".join(group[-2:])) or full and _stops_short(last):
        return True
    if _starts_unit(line):
        return False
    breaks = _SENTENCE_BREAK.search(last.rstrip()[-3:] + "\n" + line.lstrip()[:3])
    if breaks and (last.rstrip().endswith(":") or line.lstrip()[:1] in "\"“‘("):
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


def rejoin_wrapped(lines: list[str]) -> list[str]:
    """One line per numbered unit: a line starts only at a label, a heading or a blank."""
    width = wrap_width(lines)
    out: list[list[str]] = []
    for line in lines:
        if out and _continues(out[-1], line, width):
            glue = "" if out[-1][-1].rstrip().endswith(")") and line.lstrip()[:1] == "(" \
                or re.search(r"\w(?:--|—)$", out[-1][-1].rstrip()) else " "  # "(2)(a)", "a--b"
            out[-1][-1] = out[-1][-1].rstrip() + glue
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
    pages = [strip_line_numbers(page.split("\n")) for page in text.split("\f")]
    lines = [line.rstrip() for page in drop_page_furniture(pages)
             for line in _trim_blank_edges(page)]
    if wrapped:
        lines = rejoin_wrapped(join_hyphenation(lines))
    lines = _squeeze_blank_lines(lines)
    return "\n".join(lines) + "\n" if lines else ""
