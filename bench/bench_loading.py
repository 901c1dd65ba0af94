"""Times load_file on ~1 MB and ~20 MB statute-like .txt files (hard-wrapped with page
numbers, and unwrapped) against targets and a read-and-split baseline.

The texts are the bundled statutes, repeated with renumbered section headings up to the
size. "wrapped" is hard-wrapped at 80 columns with a page number line every 50 lines (as
text copied out of a PDF); "unwrapped" has one paragraph per line. Each time is the median
of 3 and is shown as a ratio to `path.read_text().splitlines()` on the same file.
Run: .venv/bin/python bench/bench_loading.py [--small] (--small: the 1 MB files only)
"""

from __future__ import annotations

import os
import re
import statistics
import sys
import tempfile
import textwrap
import time
from pathlib import Path

from draftkit.core.corpus import jurisdiction_codes, load_bundled
from draftkit.core.loaders import MAX_FILE_BYTES, load_file

REPEATS = 3
TARGETS = {"1 MB": (1_000_000, 0.3), "20 MB": (MAX_FILE_BYTES - 300_000, 8.0)}
_SECTION = re.compile(r"^§[^\n]*", re.MULTILINE)


def statute_like(size: int) -> str:
    """About `size` characters of bundled statutes with renumbered section headings."""
    texts = [text for text in (load_bundled(code).text for code in jurisdiction_codes()) if text]
    parts, total, number = [], 0, 0
    while total < size:
        for text in texts:
            number += 1
            parts.append(_SECTION.sub(f"§ 99-{number}. Relief for victims.", text))
            total += len(parts[-1]) + 1
            if total >= size:
                break
    return "\n".join(parts)


def wrapped_with_page_numbers(text: str, width: int = 80, per_page: int = 50) -> str:
    """`text` hard-wrapped at `width` columns, with "- n -" after every `per_page` lines."""
    lines = []
    for paragraph in text.split("\n"):
        lines += textwrap.wrap(paragraph, width, break_long_words=False,
                               break_on_hyphens=False) or [""]
    out = []
    for start in range(0, len(lines), per_page):
        out += lines[start:start + per_page] + ["", f"- {start // per_page + 1} -", ""]
    return "\n".join(out) + "\n"


def write_within(path: Path, text: str, limit: int) -> Path:
    """`text` written as UTF-8, cut at a line end so the file stays under `limit` bytes."""
    data = text.encode("utf-8")
    if len(data) > limit:
        data = data[:data.rindex(b"\n", 0, limit) + 1]
    path.write_bytes(data)
    return path


def median_seconds(func, clock=time.perf_counter) -> float:
    """Median over REPEATS calls: wall time, or CPU time with clock=time.process_time
    (steadier when other processes share the machine)."""
    times = []
    for _ in range(REPEATS):
        start = clock()
        func()
        times.append(clock() - start)
    return statistics.median(times)


def measure(path: Path, target: float) -> tuple[bool, str]:
    """One result line for `path`: the median, the ratio to the baseline, pass or fail."""
    seconds = median_seconds(lambda: load_file(path))
    cpu = median_seconds(lambda: load_file(path), clock=time.process_time)
    baseline = median_seconds(lambda: path.read_text().splitlines())
    passed = seconds < target
    return passed, (f"{path.name:<22}{path.stat().st_size / 2**20:>8.1f} MiB{seconds:>9.3f} s"
                    f"{cpu:>9.3f} s{seconds / baseline:>9.0f}x  (target < {target} s) "
                    f"{'PASS' if passed else 'FAIL'}")


def main(argv: list[str]) -> int:
    sizes = {name: TARGETS[name] for name in (["1 MB"] if "--small" in argv else TARGETS)}
    print(f"{'file':<22}{'size':>12}{'median':>11}{'cpu':>11}{'x base':>10}")
    results = []
    with tempfile.TemporaryDirectory() as folder:
        for name, (size, target) in sizes.items():
            text = statute_like(size)
            for kind, body in (("wrapped", wrapped_with_page_numbers(text)),
                               ("unwrapped", text)):
                path = write_within(Path(folder) / f"{name.replace(' ', '')}-{kind}.txt",
                                    body, min(int(size * 1.02), MAX_FILE_BYTES))
                passed, line = measure(path, target)
                results.append(passed)
                print(line, flush=True)
    print(f"load average now {os.getloadavg()[0]:.1f} (wall times inflate on a shared machine)")
    return 0 if all(results) else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
