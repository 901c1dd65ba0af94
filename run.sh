#!/usr/bin/env bash
# Sets up DraftKit on a fresh machine and runs it. With a display it opens the app; with
# none it grades the bundled default statute (Nevada) and writes its outputs, saying where.
# Usage: ./run.sh [draftkit arguments]
set -euo pipefail
cd "$(dirname "$0")"
source tools/setup-env.sh
draftkit_venv run
exec .venv/bin/draftkit "$@"
