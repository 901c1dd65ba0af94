"""Provision structure of a statute text: numbering labels and the provision tree."""

from __future__ import annotations

import functools
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
# every line that has a label starts like this (a cheap first test for the common line)
_LEADING_DIGITS = re.compile(r"\d+")
_SPACES = re.compile(r"[ \t]*")
_NON_SPACE = re.compile(r"\S")
_MAY_LABEL = re.compile(r"[ \t]*(?:\[|\(|[0-9]+[A-Za-z]?\.|[A-Za-z]{1,6}\.|S[Ee][Cc])")


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


@functools.lru_cache(maxsize=4096)
def _classify(core: str, paren: bool) -> tuple[str, int, str] | None:
    """(style, value, alternative style) of a label's core ("a", "iv", "12", "B"), or None."""
    suffix = "_paren" if paren else "_dot"
    base = core.split("-")[0]
    if base[0].isdigit():
        number = int(_LEADING_DIGITS.match(base).group())
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


def line_labels(line: str, offset: int) -> list[Label]:
    """The labels at the start of a line (offset = the line's start in the text)."""
    if not _MAY_LABEL.match(line):
        return []
    labels, at = [], _SPACES.match(line).end()
    word = _SECTION_WORD.match(line, at)
    if word:
        labels.append(Label(word.group(), "section_word", offset + at, offset + word.end()))
        at = word.end()
        if not _PAREN.match(line, at + 1):
            return labels + _run_in(line, at, offset)
    while len(labels) < _MAX_CHAIN:
        spaces = _SPACES.match(line, at).end() - at if labels else 0
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
    if len(labels) == 1 and not _NON_SPACE.search(line, labels[0].end - offset):
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
    end = node.end
    body_start = _SPACES.match(text, node.label.end).end()  # capped at `end` below
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
        """`end` moved back over white space, not before `start` (no copy of the span)."""
        text = self.text
        while end > start and text[end - 1].isspace():
            end -= 1
        return end

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
        for label in line_labels(line, offset):
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


def normalize_text(raw: str, *, wrapped: bool = True) -> str:
    """Text from a file made ready to parse (see draftkit.core.normalize)."""
    from draftkit.core.normalize import normalize_text as clean  # it builds on this module

    return clean(raw, wrapped=wrapped)
