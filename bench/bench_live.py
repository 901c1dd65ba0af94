"""Live re-grade after a one-word edit, for every bundled statute; median must be < 5 ms.

Run: .venv/bin/python bench/bench_live.py   (prints the median and the ratio against a plain
full `analyze` + `assess` of the same edited texts; exits 1 if the median is 5 ms or more)
"""

from __future__ import annotations

import re
import statistics
import sys
import time

from draftkit.core import analysis as analysis_module
from draftkit.core.analysis import analyze
from draftkit.core.corpus import jurisdiction_codes, load_bundled
from draftkit.core.grading import assess
from draftkit.core.live import LiveGrader
from draftkit.core.rubric import load_rubric

LIMIT_MS = 5.0
ROUNDS = 5


def one_word_edit(text: str, round_no: int) -> str:
    """Change one word in the middle of the text (a different word each round)."""
    words = list(re.finditer(r"[A-Za-z]{4,}", text))
    if not words:
        return text + " x"
    word = words[(len(words) // 2 + round_no * 7) % len(words)]
    return text[:word.start()] + word.group().upper() + text[word.end():]


def _forget_analyses() -> None:
    """Empty the analyzer's own result cache, so each timing starts from a new text."""
    for value in vars(analysis_module).values():
        clear = getattr(value, "cache_clear", None)
        if callable(clear):
            clear()


def _time(fn) -> float:
    _forget_analyses()
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def main() -> int:
    rubric = load_rubric()
    live_ms, full_ms = [], []
    for code in jurisdiction_codes():
        statute = load_bundled(code)
        grader = LiveGrader(rubric, code)
        grader.update(statute.text)
        for round_no in range(ROUNDS):
            edited = one_word_edit(statute.text, round_no)
            timings = [("live", lambda: grader.update(edited)),
                       ("full", lambda: assess(analyze(edited, rubric), rubric))]
            for name, fn in timings[::1 if round_no % 2 else -1]:  # alternate the order
                (live_ms if name == "live" else full_ms).append(_time(fn))
            grader.update(statute.text)
    live, full = statistics.median(live_ms), statistics.median(full_ms)
    print(f"live re-grade after a one-word edit: median {live:.2f} ms over {len(live_ms)} edits "
          f"({len(jurisdiction_codes())} statutes); full analyze+assess: median {full:.2f} ms; "
          f"ratio live/full = {live / full:.2f}")
    print(f"limit {LIMIT_MS:.1f} ms: {'PASS' if live < LIMIT_MS else 'FAIL'}")
    return 0 if live < LIMIT_MS else 1


if __name__ == "__main__":
    sys.exit(main())
