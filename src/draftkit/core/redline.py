"""The word-level redline of an original and an amended text, aligned paragraph by paragraph."""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz.distance import Indel

from draftkit.core.alignment import Step, align_paragraphs, only_label_differs
from draftkit.core.tokens import is_space, is_word, tokenize

PARAGRAPH_KINDS = ("equal", "insert", "delete", "change", "renumber", "move_from", "move_to")
SHORT_WORD = 3  # an equal word this short between two changes is folded into one phrase
REWRITE_SHARE = 0.5  # a paragraph keeping less than this share of its words is rewritten whole


@dataclass(frozen=True)
class Segment:
    """A stretch of one paragraph's text: equal, inserted or deleted."""

    op: str  # "equal" | "insert" | "delete"
    text: str


@dataclass(frozen=True)
class ParagraphOp:
    """What happened to one paragraph (a line of the text) between original and amended."""

    kind: str  # one of PARAGRAPH_KINDS
    segments: tuple[Segment, ...]
    old_index: int | None = None  # line number in the original (None if inserted)
    new_index: int | None = None  # line number in the amended text (None if deleted)

    @property
    def moved(self) -> bool:
        """True for both halves of a paragraph moved elsewhere unchanged."""
        return self.kind in ("move_from", "move_to")

    @property
    def old_text(self) -> str:
        """The paragraph as in the original ("" when inserted)."""
        return "".join(s.text for s in self.segments if s.op != "insert")

    @property
    def new_text(self) -> str:
        """The paragraph as in the amended text ("" when deleted)."""
        return "".join(s.text for s in self.segments if s.op != "delete")

    @property
    def in_original(self) -> bool:
        return self.old_index is not None

    @property
    def in_amended(self) -> bool:
        return self.new_index is not None


@dataclass(frozen=True)
class Redline:
    """Every paragraph of the original and the amended text, in reading order."""

    paragraphs: tuple[ParagraphOp, ...]

    @property
    def changed(self) -> bool:
        return any(p.kind != "equal" for p in self.paragraphs)


def diff_texts(original: str, amended: str) -> Redline:
    """The redline of `original` against `amended`: paragraphs (lines) first, then words."""
    old, new = original.split("\n"), amended.split("\n")
    steps = align_paragraphs(old, new)
    moved = _moved_pairs(steps, old, new)
    return Redline(tuple(_paragraph_op(step, old, new, moved) for step in steps))


def accepted_text(redline: Redline) -> str:
    """The text with every change accepted: the amended text."""
    return "\n".join(p.new_text for p in redline.paragraphs if p.in_amended)


def rejected_text(redline: Redline) -> str:
    """The text with every change rejected: the original text."""
    return "\n".join(p.old_text for p in redline.paragraphs if p.in_original)


def changed_tokens(redline: Redline) -> int:
    """How many tokens the redline marks as inserted or deleted (paragraph breaks count 1)."""
    total = 0
    for p in redline.paragraphs:
        total += sum(len(tokenize(s.text)) for s in p.segments if s.op != "equal")
        total += p.kind in ("insert", "delete", "move_from", "move_to")
    return total


def minimal_changed_tokens(original: str, amended: str) -> int:
    """The fewest inserted plus deleted tokens that turn `original` into `amended` (Indel)."""
    return Indel.distance(_token_stream(original), _token_stream(amended))


def _token_stream(text: str) -> list[str]:
    tokens: list[str] = []
    for k, line in enumerate(text.split("\n")):
        tokens.extend(["\n"] * (k > 0) + tokenize(line))
    return tokens


def _moved_pairs(steps: list[Step], old: list[str], new: list[str]) -> dict:
    """Deleted and inserted paragraphs with identical non-blank text: {old or new index key}."""
    inserted: dict[str, list[int]] = {}
    for step in steps:
        if step.kind == "insert" and new[step.new].strip():
            inserted.setdefault(new[step.new], []).append(step.new)
    moved: dict = {}
    for step in steps:
        if step.kind == "delete" and inserted.get(old[step.old]):
            j = inserted[old[step.old]].pop(0)
            moved[("old", step.old)] = j
            moved[("new", j)] = step.old
    return moved


def _paragraph_op(step: Step, old: list[str], new: list[str], moved: dict) -> ParagraphOp:
    if step.kind == "equal":
        return ParagraphOp("equal", _segments("equal", old[step.old]), step.old, step.new)
    if step.kind == "delete":
        kind = "move_from" if ("old", step.old) in moved else "delete"
        return ParagraphOp(kind, _segments("delete", old[step.old]), step.old, None)
    if step.kind == "insert":
        kind = "move_to" if ("new", step.new) in moved else "insert"
        return ParagraphOp(kind, _segments("insert", new[step.new]), None, step.new)
    a, b = old[step.old], new[step.new]
    kind = "renumber" if only_label_differs(a, b) else "change"
    return ParagraphOp(kind, diff_words(a, b), step.old, step.new)


def _segments(op: str, text: str) -> tuple[Segment, ...]:
    return (Segment(op, text),) if text else ()


def diff_words(old: str, new: str) -> tuple[Segment, ...]:
    """Word-level segments turning paragraph `old` into `new`, cleaned up for reading."""
    a, b = tokenize(old), tokenize(new)
    chunks: list[list] = []  # [equal_text] or [deleted_text, inserted_text]
    for op in Indel.opcodes(a, b):
        if op.tag == "equal":
            chunks.append(["".join(a[op.src_start:op.src_end])])
        else:
            _add_change(chunks, "".join(a[op.src_start:op.src_end]),
                        "".join(b[op.dest_start:op.dest_end]))
    if _mostly_rewritten(chunks, old, new):
        return _to_segments(_whole_replacement(chunks))
    return _to_segments(_fold_small_gaps(chunks))


def _visible(text: str) -> int:
    return len("".join(text.split()))


def _mostly_rewritten(chunks: list[list], old: str, new: str) -> bool:
    """True when so little of a paragraph survives that word-by-word marks are noise."""
    kept = sum(_visible(c[0]) for c in chunks if len(c) == 1)
    return kept < REWRITE_SHARE * max(_visible(old), _visible(new), 1)


def _whole_replacement(chunks: list[list]) -> list[list]:
    """Keep the equal start (the label) and equal end; replace everything between at once."""
    head = chunks[0] if len(chunks[0]) == 1 else None
    tail = chunks[-1] if len(chunks) > 1 and len(chunks[-1]) == 1 else None
    middle = chunks[(head is not None):len(chunks) - (tail is not None)]
    deleted = "".join(c[0] for c in middle)
    inserted = "".join(c[0] if len(c) == 1 else c[1] for c in middle)
    return [c for c in (head, [deleted, inserted], tail) if c is not None]


def _add_change(chunks: list[list], deleted: str, inserted: str) -> None:
    if chunks and len(chunks[-1]) == 2:
        chunks[-1] = [chunks[-1][0] + deleted, chunks[-1][1] + inserted]
    else:
        chunks.append([deleted, inserted])


def _fold_small_gaps(chunks: list[list]) -> list[list]:
    """Merge change, small equal gap, change into one phrase replacement."""
    out: list[list] = []
    for chunk in chunks:
        if (len(chunk) == 2 and len(out) >= 2 and len(out[-2]) == 2
                and _is_small_gap(out[-1][0]) and _both_sides_replace(out[-2], chunk)):
            gap = out.pop()[0]
            prev = out.pop()
            chunk = [prev[0] + gap + chunk[0], prev[1] + gap + chunk[1]]
        out.append(chunk)
    return out


def _is_small_gap(text: str) -> bool:
    """An equal stretch that reads as part of a phrase: spaces, or one short word."""
    tokens = tokenize(text)
    words = [t for t in tokens if not is_space(t)]
    if not words:
        return True
    return len(words) == 1 and is_word(words[0]) and len(words[0]) <= SHORT_WORD


def _both_sides_replace(left: list, right: list) -> bool:
    """Fold only between real replacements, so a pure insertion stays a clean insertion."""
    return all(part.strip() for part in (*left, *right))


def _to_segments(chunks: list[list]) -> tuple[Segment, ...]:
    segments: list[Segment] = []
    for chunk in chunks:
        pieces = [("equal", chunk[0])] if len(chunk) == 1 else [("delete", chunk[0]),
                                                                 ("insert", chunk[1])]
        segments.extend(Segment(op, text) for op, text in pieces if text)
    return tuple(segments)
