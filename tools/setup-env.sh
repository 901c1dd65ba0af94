# Shared set-up for run.sh, test.sh and .ci/run (sourced, not run).

# Debian packages: pandoc and LibreOffice check every DOCX we write; poppler renders PDF
# pages; desktop-file-utils and appstream validate the Linux packaging; the X/EGL libraries
# let Qt render offscreen on a bare machine.
DRAFTKIT_DEBS=(pandoc libreoffice-writer poppler-utils desktop-file-utils appstream
  fonts-dejavu-core libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0)

draftkit_system_packages() {
  local missing=()
  for pkg in "${DRAFTKIT_DEBS[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "setup: installing Debian packages: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

# draftkit_venv run|test: a virtual environment in .venv with DraftKit installed editable.
draftkit_venv() {
  local extras=""
  [ "${1:-run}" = "test" ] && extras="[test]"
  if [ ! -x .venv/bin/python ]; then
    echo "setup: creating .venv"
    python3 -m venv .venv
  fi
  local stamp=".venv/.draftkit-installed${extras}"
  if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
    echo "setup: installing DraftKit and its dependencies into .venv"
    _draftkit_pip install -q --upgrade pip
    _draftkit_pip install -q -e ".${extras}"
    touch "$stamp"
  fi
}

# pip, with this machine's harmless warnings about missing local index folders filtered out.
_draftkit_pip() {
  .venv/bin/python -m pip "$@" 2> >(grep -v "is ignored: it is neither" >&2)
}
