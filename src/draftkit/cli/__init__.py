"""The `draftkit` command line: argparse front end over draftkit.core and draftkit.export.

Each subcommand lives in its own module with `register(subparsers)`; this module only
builds the parser, dispatches, and turns every DraftkitError into one line on stderr with
exit status 2 (never a traceback).
"""

from __future__ import annotations

import argparse
import os
import sys

from draftkit.cli import app, config, drafting, export, grading, text
from draftkit.core.errors import DraftkitError

EXIT_BAD_INPUT = 2
EXIT_INTERNAL = 1


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors as one line and exit 2, like our own errors."""

    def error(self, message: str):  # noqa: D401 - argparse API
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="draftkit",
        description="Grade, amend and export criminal record relief laws for survivors "
        "of human trafficking. With no command, opens the app (or, with no display, "
        "grades the default statute and writes its outputs).",
    )
    parser.add_argument("--version", action="version", version=version_line())
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for module in (grading, text, drafting, export, config, app):
        module.register(sub)
    return parser


def version_line() -> str:
    """`draftkit --version`: version, rubric id and corpus date (fast; core.about reads TOML)."""
    from draftkit.core.about import version_text

    return version_text()


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser()
    args = parser.parse_args(argv)
    func = getattr(args, "func", None) or app.default_command
    try:
        return int(func(args) or 0)
    except DraftkitError as error:
        print(f"draftkit: error: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("draftkit: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as error:  # a bug, not bad input: one line unless debugging
        if os.environ.get("DRAFTKIT_DEBUG"):
            raise
        print(f"draftkit: internal error: {type(error).__name__}: {error} "
              "(set DRAFTKIT_DEBUG=1 for details)", file=sys.stderr)
        return EXIT_INTERNAL
