"""Where DraftKit's bundled data folders (statutes, clauses, templates) are found."""

from __future__ import annotations

from importlib import resources
from importlib.abc import Traversable
from pathlib import Path

DATA_FOLDERS = ("statutes", "clauses", "templates")


def data_dir(name: str) -> Traversable:
    """The bundled folder `name`: inside the installed wheel, else the source checkout.

    Wheels carry the top-level folders under draftkit/_data (see pyproject.toml); an
    editable install of a checkout reads them from the repository's top level.
    """
    if name not in DATA_FOLDERS:
        raise ValueError(f"unknown data folder {name!r}")
    packaged = resources.files("draftkit").joinpath("_data", name)
    if packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parents[3] / name
    return checkout
