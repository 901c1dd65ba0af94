#!/usr/bin/env bash
# Build DraftKit for Linux x86_64 with PyInstaller, smoke-test the result, and pack it.
#
#   packaging/build_linux.sh            # from anywhere; works in the repository root
#
# 1. a throwaway venv in build/pkg-venv with DraftKit (non-editable) and PyInstaller
# 2. pyinstaller packaging/pyinstaller/draftkit.spec  ->  dist/draftkit/
# 3. dist/draftkit-<version>-linux-x86_64.tar.gz
# 4. smoke tests of the built executable (offscreen Qt): --version, grade NV --json,
#    screenshot NV; prints the bundle size and start-up times.
# Exits non-zero if the build or any smoke test fails (the tarball is still left in dist/).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
PYTHON=${PYTHON:-python3}
VENV=build/pkg-venv
export QT_QPA_PLATFORM=offscreen
export PIP_DISABLE_PIP_VERSION_CHECK=1

step() { printf '\n== %s\n' "$*"; }
pip_quiet() { "$VENV/bin/python" -m pip "$@" 2> >(grep -v "is ignored: it is neither" >&2); }

step "build environment: $VENV"
rm -rf "$VENV" build/pyinstaller dist/draftkit
"$PYTHON" -m venv "$VENV"
pip_quiet install -q --upgrade pip
pip_quiet install -q ".[package]"
VERSION=$("$VENV/bin/python" packaging/pyinstaller/build_info.py version)
echo "DraftKit $VERSION, $("$VENV/bin/python" -m PyInstaller --version | sed 's/^/PyInstaller /')"

step "pyinstaller"
BUILD_START=$(date +%s)
"$VENV/bin/python" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/pyinstaller/draftkit.spec
echo "pyinstaller took $(( $(date +%s) - BUILD_START )) s"

step "desktop integration files (share/ and install.sh inside the bundle)"
packaging/linux/stage_share.sh dist/draftkit

step "tarball"
TARBALL="dist/draftkit-${VERSION}-linux-x86_64.tar.gz"
tar -C dist -czf "$TARBALL" draftkit
(cd dist && sha256sum "$(basename "$TARBALL")" > "$(basename "$TARBALL").sha256")
ls -l "$TARBALL"; cat "$TARBALL.sha256"

step "smoke tests (from a temporary folder, offscreen Qt)"
EXE="$ROOT/dist/draftkit/draftkit"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
FAILED=()
SMOKE_TIMEOUT=${SMOKE_TIMEOUT:-180}  # seconds; a hung command fails (exit 124) instead of blocking
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
seconds() { printf '%d.%03d' $(( $1 / 1000 )) $(( $1 % 1000 )); }
check() {  # check NAME COMMAND...: run it in $WORK, time it, record a failure
  local name=$1 t0 rc=0; shift
  t0=$(now_ms)
  (cd "$WORK" && timeout "$SMOKE_TIMEOUT" "$@") >"$WORK/out" 2>"$WORK/err" || rc=$?
  local took; took=$(seconds $(( $(now_ms) - t0 )))
  if [ $rc -eq 0 ]; then
    echo "ok    $name ($took s)"
  else
    echo "FAIL  $name (exit $rc): $(tail -n 3 "$WORK/err")"; FAILED+=("$name")
  fi
}
median5() {  # median5 COMMAND...: median wall-clock seconds of 5 runs in $WORK
  local i t0 times=()
  for i in 1 2 3 4 5; do
    t0=$(now_ms)
    (cd "$WORK" && timeout "$SMOKE_TIMEOUT" "$@") >/dev/null 2>&1 || true
    times+=($(( $(now_ms) - t0 )))
  done
  seconds "$(printf '%s\n' "${times[@]}" | sort -n | sed -n 3p)"
}

check "--version" "$EXE" --version
cat "$WORK/out"
check "grade NV --json" "$EXE" grade NV --json
if [ -s "$WORK/out" ]; then
  "$VENV/bin/python" -c 'import json,sys; d=json.load(open(sys.argv[1]));
assert {"jurisdiction","score","grade"} <= d.keys(), d.keys()
print("      NV:", d["score"], d["grade"])' "$WORK/out" || FAILED+=("grade NV JSON")
fi
check "screenshot NV" "$EXE" screenshot NV -o "$WORK/x.png"
if [ -s "$WORK/x.png" ]; then
  cp "$WORK/x.png" /tmp/draftkit-frozen-screenshot.png
  echo "      screenshot $(stat -c %s "$WORK/x.png") bytes -> /tmp/draftkit-frozen-screenshot.png"
else
  FAILED+=("screenshot file")
fi
check "amend NV --fix-all" "$EXE" amend NV --fix-all -o "$WORK/amended.txt"
check "redline (tracked)" "$EXE" redline NV "$WORK/amended.txt" -o "$WORK/tracked.docx" --style tracked
check "redline (bill)" "$EXE" redline NV "$WORK/amended.txt" -o "$WORK/bill.docx" --style bill
check "report" "$EXE" report NV -o "$WORK/report.docx"
# the report card's chart comes from matplotlib inside the bundle
if [ -s "$WORK/report.docx" ] && unzip -l "$WORK/report.docx" | grep -q "word/media/.*\.png"; then
  echo "      report.docx carries its chart"
else
  FAILED+=("report chart")
fi
[ -x "$ROOT/dist/draftkit/draftkit-gui" ] || FAILED+=("draftkit-gui missing")

step "summary"
echo "version:              $VERSION"
echo "bundle folder size:   $(du -sh dist/draftkit | cut -f1)"
echo "tarball size:         $(du -sh "$TARBALL" | cut -f1)"
"$EXE" --version >/dev/null 2>&1 || true  # warm the page cache once
echo "draftkit --version:   $(median5 "$EXE" --version) s (median of 5, warm cache)"
echo "draftkit grade NV:    $(median5 "$EXE" grade NV --json) s (median of 5, warm cache)"
if [ ${#FAILED[@]} -gt 0 ]; then
  echo "FAILED: ${FAILED[*]}"
  exit 1
fi
echo "all smoke tests passed"
