"""Paragraph alignment for the redline: equal runs, then edited paragraphs paired by similarity."""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel

PAIR_THRESHOLD = 55.0  # rapidfuzz ratio (0-100) above which two paragraphs are one edit
LONE_PAIR_THRESHOLD = 30.0  # a lone deleted and a lone inserted paragraph: a looser bar
SAME_LABEL_SCORE = 60.0  # "(a) ..." rewritten as "(a) ..." is one edited subsection
DP_LIMIT = 80  # blocks up to this many paragraphs a side get the optimal monotone pairing
GREEDY_WINDOW = 12

# The leading label of a provision: "5.", "(c)", "(iv)", "A.", "Sec. 3.", "SECTION 2."
LABEL = re.compile(
    r"^\s*(?:\((?:\d{1,3}[A-Za-z]?|[A-Za-z]{1,6})(?:-\d+)?\)"
    r"|\d{1,3}[A-Za-z]?\.(?!\d)"
    r"|[A-Za-z]\.(?![A-Za-z])"
    r"|[IVXLC]{1,6}\."
    r"|(?:Sec\.|Section|SECTION)\s+\d+[A-Za-z]?\.)"
)


@dataclass(frozen=True)
class Step:
    """One step of the alignment: equal, pair (an edited paragraph), delete or insert."""

    kind: str
    old: int | None
    new: int | None


def split_label(paragraph: str) -> tuple[str, str]:
    """(label, rest) of a paragraph; label is "" when the paragraph has none."""
    match = LABEL.match(paragraph)
    if not match:
        return "", paragraph
    return match.group(0), paragraph[match.end():]


def only_label_differs(old: str, new: str) -> bool:
    """True when two paragraphs differ in their leading label and nowhere else."""
    old_label, old_rest = split_label(old)
    new_label, new_rest = split_label(new)
    return bool(old_label and new_label) and old_label != new_label and old_rest == new_rest


def similarity(old: str, new: str) -> float:
    """How alike two paragraphs are (0-100); a renumbered copy counts as identical."""
    if only_label_differs(old, new):
        return 100.0
    if not old.strip() or not new.strip():
        return 100.0 if old.strip() == new.strip() else 0.0
    ratio = fuzz.ratio(old, new)
    old_label, new_label = split_label(old)[0].strip(), split_label(new)[0].strip()
    return max(ratio, SAME_LABEL_SCORE) if old_label and old_label == new_label else ratio


def align_paragraphs(old: list[str], new: list[str]) -> list[Step]:
    """Align two paragraph lists: identical runs first, then pair the edited ones."""
    steps: list[Step] = []
    for op in Indel.opcodes(old, new):
        if op.tag == "equal":
            steps.extend(Step("equal", op.src_start + k, op.dest_start + k)
                         for k in range(op.src_end - op.src_start))
        else:
            steps.extend(Step("delete", i, None) for i in range(op.src_start, op.src_end))
            steps.extend(Step("insert", None, j) for j in range(op.dest_start, op.dest_end))
    return _merge_adjacent_blocks(steps, old, new)


def _merge_adjacent_blocks(steps: list[Step], old: list[str], new: list[str]) -> list[Step]:
    """Pair the deleted and inserted paragraphs of each run of non-equal steps."""
    out: list[Step] = []
    i = 0
    while i < len(steps):
        j = i
        while j < len(steps) and steps[j].kind in ("delete", "insert"):
            j += 1
        if j == i:
            out.append(steps[i])
            i += 1
            continue
        block = steps[i:j]
        olds = [s.old for s in block if s.kind == "delete"]
        news = [s.new for s in block if s.kind == "insert"]
        out.extend(_align_block(old, new, olds, news) if olds and news else block)
        i = j
    return out


def _align_block(old, new, olds, news) -> list[Step]:
    """Pair deleted with inserted paragraphs in order, then interleave the rest."""
    olds, news = list(olds), list(news)
    if not olds or not news:
        return [Step("delete", i, None) for i in olds] + [Step("insert", None, j) for j in news]
    if len(olds) == len(news) == 1 and similarity(old[olds[0]], new[news[0]]) >= \
            LONE_PAIR_THRESHOLD:
        return [Step("pair", olds[0], news[0])]
    if len(olds) <= DP_LIMIT and len(news) <= DP_LIMIT:
        pairs = _pairs_optimal(old, new, olds, news)
    else:
        pairs = _pairs_greedy(old, new, olds, news)
    return _interleave(olds, news, pairs)


def _pairs_optimal(old, new, olds, news) -> list[tuple[int, int]]:
    """Monotone pairing maximizing total similarity (dynamic programming)."""
    n, m = len(olds), len(news)
    score = [[0.0] * (m + 1) for _ in range(n + 1)]
    sims = [[similarity(old[i], new[j]) for j in news] for i in olds]
    for a in range(n - 1, -1, -1):
        for b in range(m - 1, -1, -1):
            take = sims[a][b] + score[a + 1][b + 1] if sims[a][b] >= PAIR_THRESHOLD else -1.0
            score[a][b] = max(take, score[a + 1][b], score[a][b + 1])
    return _trace(score, sims, olds, news)


def _trace(score, sims, olds, news) -> list[tuple[int, int]]:
    """Follow the DP table from the top-left corner and collect the chosen pairs."""
    pairs, a, b = [], 0, 0
    while a < len(olds) and b < len(news):
        if sims[a][b] >= PAIR_THRESHOLD and score[a][b] == sims[a][b] + score[a + 1][b + 1]:
            pairs.append((olds[a], news[b]))
            a, b = a + 1, b + 1
        elif score[a][b] == score[a + 1][b]:
            a += 1
        else:
            b += 1
    return pairs


def _pairs_greedy(old, new, olds, news) -> list[tuple[int, int]]:
    """Monotone pairing for big blocks: best match within a short window ahead."""
    pairs, b = [], 0
    for i in olds:
        window = news[b:b + GREEDY_WINDOW]
        scored = [(similarity(old[i], new[j]), k) for k, j in enumerate(window)]
        best = max(scored, default=(0.0, 0))
        if best[0] >= PAIR_THRESHOLD:
            pairs.append((i, window[best[1]]))
            b += best[1] + 1
    return pairs


def _interleave(olds, news, pairs) -> list[Step]:
    """Steps in document order: before each pair, the deletions then insertions ahead of it."""
    steps: list[Step] = []
    oi = ni = 0
    for i, j in [*pairs, (None, None)]:
        while oi < len(olds) and (i is None or olds[oi] != i):
            steps.append(Step("delete", olds[oi], None))
            oi += 1
        while ni < len(news) and (j is None or news[ni] != j):
            steps.append(Step("insert", None, news[ni]))
            ni += 1
        if i is not None:
            steps.append(Step("pair", i, j))
            oi, ni = oi + 1, ni + 1
    return steps
