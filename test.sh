#!/usr/bin/env bash
# Sets up everything DraftKit's tests need on a fresh Debian/Ubuntu machine, then runs them.
# Usage: ./test.sh [pytest arguments]
set -euo pipefail
cd "$(dirname "$0")"
source tools/setup-env.sh
draftkit_system_packages
draftkit_venv test
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest "$@"
