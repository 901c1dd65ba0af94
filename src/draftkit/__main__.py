"""`python -m draftkit` runs the command line."""

from draftkit.cli import main

raise SystemExit(main())
