"""Frozen entry point of the console executable `draftkit` (same as the pip console script)."""

import sys

from draftkit.cli import main

if __name__ == "__main__":
    sys.exit(main())
