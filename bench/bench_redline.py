"""Benchmark the redline: a ~1 MB statute-like text with ~5% of paragraphs edited.

Times the whole `draftkit redline` process against python-redlines (Docxodus) and
jubarte-redlines on the same pair as DOCX, checks the exact pandoc round trip of our
output and the diff quality, and times the DOCX export of a 100-page amendment.

    .venv/bin/python bench/bench_redline.py [--peer-python /tmp/peers/bin/python]

Peers are installed in their own virtual environment (bench/requirements-peers.txt):
    python3 -m venv /tmp/peers
    /tmp/peers/bin/pip install -r bench/requirements-peers.txt "python-redlines[docxodus]"
"""

from __future__ import annotations

import argparse
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import docx

from draftkit.core.corpus import jurisdiction_codes, load_bundled
from draftkit.core.redline import changed_tokens, diff_texts, minimal_changed_tokens
from draftkit.export.docx_bill import write_bill_docx
from draftkit.export.docx_tracked import write_tracked_docx

TARGET_CHARS = 1_000_000
EDIT_FRACTION = 0.05
NUMBERED = re.compile(r"^(\d+)\.(\s)")
WORD_SWAPS = (("may", "shall"), ("shall", "must"), ("court", "tribunal"), ("person", "individual"),
              ("any", "every"), ("victim", "survivor"))
NEW_PARAGRAPH = ("{n}. A motion under this section may be filed at any time, and the court may "
                 "rule on it without a hearing.")

PEERS = {
    "python-redlines (Docxodus)": (
        "import sys\nfrom python_redlines import DocxodusEngine\n"
        "a = open(sys.argv[1], 'rb').read(); b = open(sys.argv[2], 'rb').read()\n"
        "out, _, _ = DocxodusEngine().run_redline('Bench', a, b)\n"
        "open(sys.argv[3], 'wb').write(out)\n"),
    "jubarte-redlines": (
        "import sys\nfrom jubarte_redlines import compare_documents\n"
        "a = open(sys.argv[1], 'rb').read(); b = open(sys.argv[2], 'rb').read()\n"
        "open(sys.argv[3], 'wb').write(compare_documents(a, b, author='Bench'))\n"),
}
PEER_MODULES = {"python-redlines (Docxodus)": "python_redlines_docxodus",
                "jubarte-redlines": "jubarte_redlines"}


def build_text(target: int = TARGET_CHARS) -> str:
    """Bundled statutes repeated with renumbered section headings until ~target characters."""
    texts = [load_bundled(code).text for code in jurisdiction_codes()]
    texts = [t for t in texts if t]
    out, size, copy = [], 0, 0
    while size < target:
        copy += 1
        for k, text in enumerate(texts):
            block = re.sub(r"^§ ", f"§ {copy}.{k + 1} ", text, flags=re.MULTILINE)
            out.append(block)
            size += len(block) + 1
    return "\n".join(out)


def edit_text(text: str, fraction: float = EDIT_FRACTION, seed: int = 7) -> str:
    """Change ~fraction of paragraphs: word swaps, deletions, insertions, a renumbered run."""
    rng = random.Random(seed)
    out = []
    for line in text.split("\n"):
        if not line.strip() or rng.random() >= fraction:
            out.append(line)
            continue
        action = rng.choices(("swap", "delete", "insert"), weights=(7, 1.5, 1.5))[0]
        if action == "swap":
            out.append(_swap_word(line, rng))
        elif action == "insert":
            out += [line, "(z) The court shall seal the record of the proceeding."]
    return _renumbered_run("\n".join(out))


def _swap_word(line: str, rng: random.Random) -> str:
    for old, new in rng.sample(WORD_SWAPS, len(WORD_SWAPS)):
        if f" {old} " in line:
            return line.replace(f" {old} ", f" {new} ", 1)
    return line + " (as amended)"


def _renumbered_run(text: str) -> str:
    """Insert a new subsection 2 in the first section that has one, renumbering the rest."""
    lines, out, state = text.split("\n"), [], "looking"
    for line in lines:
        match = NUMBERED.match(line)
        if line.startswith("§") and state == "renumbering":
            state = "done"
        if state == "looking" and match and match.group(1) == "2":
            out.append(NEW_PARAGRAPH.format(n=2))
            state = "renumbering"
        if state == "renumbering" and match:
            line = f"{int(match.group(1)) + 1}.{line[match.end(1) + 1:]}"
        out.append(line)
    return "\n".join(out)


def write_plain_docx(text: str, path: Path) -> Path:
    document = docx.Document()
    for line in text.split("\n"):
        document.add_paragraph(line)
    document.save(str(path))
    return path


def timed_process(argv: list[str], repeat: int) -> tuple[float, float]:
    """Median wall-clock seconds and peak memory (MB) of a whole process."""
    times, peaks = [], []
    for _ in range(repeat):
        start = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(proc.pid, 0)
        times.append(time.perf_counter() - start)
        peaks.append(usage.ru_maxrss / 1024)
        if os.waitstatus_to_exitcode(status) != 0:
            raise RuntimeError(f"{argv[:4]} failed: {proc.stderr.read().decode()[-500:]}")
    return statistics.median(times), max(peaks)


def peer_installed(python: str | None, module: str) -> bool:
    if not python or not Path(python).exists():
        return False
    probe = subprocess.run([python, "-c", f"import {module}"], capture_output=True)
    return probe.returncode == 0


def pandoc_round_trip(path: Path, original: str, amended: str) -> bool:
    def view(mode):
        out = subprocess.run(["pandoc", f"--track-changes={mode}", "-t", "plain", "--wrap=none",
                              str(path)], capture_output=True, text=True, check=True).stdout
        return [" ".join(p.split()) for p in out.split("\n") if p.strip()]

    def expect(text):
        return [" ".join(p.split()) for p in text.split("\n") if p.strip()]

    return view("accept") == expect(amended) and view("reject") == expect(original)


def page_count(path: Path, folder: Path) -> int | None:
    from pypdf import PdfReader

    result = subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir",
                             str(folder), str(path)], capture_output=True, timeout=300)
    pdf = folder / (path.stem + ".pdf")
    return len(PdfReader(str(pdf)).pages) if result.returncode == 0 and pdf.exists() else None


def hundred_pages(text: str, amended: str, folder: Path, chars: int) -> dict:
    """Export timings for an amendment of about `chars` characters (~100 pages)."""
    original = text[:text.rfind("\n", 0, chars)]
    cut = amended[:amended.rfind("\n", 0, chars)]
    t0 = time.perf_counter()
    tracked = write_tracked_docx(original, cut, folder / "hundred-tracked.docx")
    t1 = time.perf_counter()
    write_bill_docx(original, cut, folder / "hundred-bill.docx", jurisdiction_code="NV",
                    citation=None)
    t2 = time.perf_counter()
    return {"tracked_s": t1 - t0, "bill_s": t2 - t1, "pages": page_count(tracked, folder),
            "chars": len(cut)}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--peer-python", help="python of the venv holding the peers")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--hundred-page-chars", type=int, default=330_000)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        report(Path(tmp), args)
    return 0


def report(folder: Path, args) -> None:
    text = build_text()
    amended = edit_text(text)
    paragraphs = text.count("\n") + 1
    print(f"text: {len(text.encode()) / 1e6:.2f} MB, {paragraphs} paragraphs; "
          f"{_edited_share(text, amended):.1%} of paragraphs edited")
    files = _write_inputs(folder, text, amended)
    ours = _time_ours(folder, files, args.repeat)
    peers = _time_peers(folder, files, args)
    _print_ratios(ours, peers)
    text, amended = _breakdown(files)
    _print_quality(folder, text, amended)
    hundred = hundred_pages(text, amended, folder, args.hundred_page_chars)
    print(f"100-page amendment ({hundred['chars'] / 1e3:.0f} k chars, {hundred['pages']} pages "
          f"in LibreOffice): tracked DOCX {hundred['tracked_s']:.2f} s, bill DOCX "
          f"{hundred['bill_s']:.2f} s (target < 2 s)")


def _breakdown(files) -> tuple[str, str]:
    """Where the time of one redline goes, in-process; returns the texts as DraftKit read them."""
    from draftkit.core.loaders import load_source
    from draftkit.export.docx_tracked import tracked_docx_bytes

    t0 = time.perf_counter()
    original = load_source(files["orig_txt"])
    amended = load_source(files["amend_txt"])
    t1 = time.perf_counter()
    redline = diff_texts(original.text, amended.text)
    t2 = time.perf_counter()
    tracked_docx_bytes(original.text, amended.text, redline=redline)
    t3 = time.perf_counter()
    print(f"in-process breakdown: load both .txt {t1 - t0:.2f} s, diff {t2 - t1:.2f} s, "
          f"DOCX build + self-check {t3 - t2:.2f} s")
    return original.text, amended.text


def _edited_share(text: str, amended: str) -> float:
    redline = diff_texts(text, amended)
    edited = sum(p.kind != "equal" for p in redline.paragraphs)
    return edited / max(1, text.count("\n") + 1)


def _write_inputs(folder: Path, text: str, amended: str) -> dict[str, Path]:
    files = {"orig_txt": folder / "original.txt", "amend_txt": folder / "amended.txt"}
    files["orig_txt"].write_text(text, encoding="utf-8")
    files["amend_txt"].write_text(amended, encoding="utf-8")
    files["orig_docx"] = write_plain_docx(text, folder / "original.docx")
    files["amend_docx"] = write_plain_docx(amended, folder / "amended.docx")
    return files


def _time_ours(folder: Path, files, repeat: int) -> dict[str, float]:
    results = {}
    for kind in ("txt", "docx"):
        out = folder / f"ours-{kind}.docx"
        argv = [sys.executable, "-m", "draftkit", "redline", str(files[f"orig_{kind}"]),
                str(files[f"amend_{kind}"]), "-o", str(out), "--force"]
        seconds, peak = timed_process(argv, repeat)
        results[kind] = seconds
        print(f"draftkit redline ({kind} in -> tracked DOCX): {seconds:.2f} s wall, "
              f"peak {peak:.0f} MB")
    return results


def _time_peers(folder: Path, files, args) -> dict[str, float]:
    results = {}
    for name, code in PEERS.items():
        if not peer_installed(args.peer_python, PEER_MODULES[name]):
            print(f"{name}: peer not installed (see bench/requirements-peers.txt; pass "
                  f"--peer-python)")
            continue
        argv = [args.peer_python, "-c", code, str(files["orig_docx"]), str(files["amend_docx"]),
                str(folder / f"peer-{len(results)}.docx")]
        try:
            seconds, peak = timed_process(argv, 1)
        except RuntimeError as error:
            print(f"{name}: failed ({error})")
            continue
        results[name] = seconds
        print(f"{name} (docx in -> tracked DOCX): {seconds:.2f} s wall, peak {peak:.0f} MB")
    return results


def _print_ratios(ours: dict[str, float], peers: dict[str, float]) -> None:
    if not peers:
        print("no peer measured; ratios not available")
        return
    name, fastest = min(peers.items(), key=lambda item: item[1])
    for kind, seconds in ours.items():
        ratio = fastest / seconds
        verdict = "meets" if ratio >= 3 else "MISSES"
        print(f"speed-up vs the faster peer ({name}), draftkit {kind} in: {ratio:.1f}x "
              f"({verdict} the 3x target)")


def _print_quality(folder: Path, text: str, amended: str) -> None:
    ok = pandoc_round_trip(folder / "ours-txt.docx", text, amended)
    print(f"pandoc round trip of our DOCX (accept = amended, reject = original): "
          f"{'exact' if ok else 'MISMATCH'}")
    t0 = time.perf_counter()
    redline = diff_texts(text, amended)
    seconds = time.perf_counter() - t0
    ours, minimal = changed_tokens(redline), minimal_changed_tokens(text, amended)
    print(f"diff alone: {seconds:.3f} s; changed tokens {ours} vs minimal {minimal} "
          f"({ours / minimal - 1:+.1%}; target within +5%)")


if __name__ == "__main__":
    sys.exit(main())
