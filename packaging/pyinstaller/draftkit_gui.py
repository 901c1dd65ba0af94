"""Frozen entry point of the windowed executable `draftkit-gui`: `draftkit gui [SOURCE]`.

Goes through the CLI's `gui` command so that a file passed by the desktop (a .draftkit
draft or a statute file, from the file association) opens, and a DraftkitError becomes one
line instead of a traceback. macOS Finder's old `-psn_...` argument is dropped.
"""

import sys

from draftkit.cli import main

if __name__ == "__main__":
    sources = [arg for arg in sys.argv[1:] if not arg.startswith("-psn_")]
    sys.exit(main(["gui", *sources[:1]]))
