"""The rubric as validated data: categories, levels, grade bands, and loading a rubric file."""

from __future__ import annotations

import os
import tomllib
from importlib import resources
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from draftkit.core.errors import RubricError

DEFAULT_RUBRIC_FILE = "draftkit-v1.toml"
DEFAULT_TOTAL = 100


class Level(BaseModel):
    """One level of a category: an id, its points, and what it means."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(min_length=1)
    points: int = Field(ge=0)
    description: str = ""


class Category(BaseModel):
    """One rubric category with its levels, best first."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(min_length=1)
    name: str = Field(min_length=1)
    max: int = Field(ge=0)
    description: str = ""
    best_practice: str = ""
    silent: str | None = None  # the level a statute gets when it says nothing
    levels: tuple[Level, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _consistent(self) -> "Category":
        ids = [level.id for level in self.levels]
        if len(set(ids)) != len(ids):
            raise ValueError(f"category {self.id}: level ids are not unique")
        best = max(level.points for level in self.levels)
        if best != self.max:
            raise ValueError(f"category {self.id}: max {self.max} is not the best level's "
                             f"points ({best})")
        if self.silent is not None and self.silent not in ids:
            raise ValueError(f"category {self.id}: silent level {self.silent!r} is not a level")
        return self

    def level(self, level_id: str) -> Level:
        for level in self.levels:
            if level.id == level_id:
                return level
        raise KeyError(level_id)

    @property
    def lowest(self) -> Level:
        """The level with the fewest points (the last one when tied)."""
        return min(reversed(self.levels), key=lambda level: level.points)


class GradeBand(BaseModel):
    """A letter grade and the score range it covers, inclusive."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    grade: str = Field(min_length=1)
    min: int = Field(ge=0)
    max: int = Field(ge=0)


class Rubric(BaseModel):
    """A whole rubric: identity, sources, grade bands and categories in order."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(min_length=1)
    version: str = Field(min_length=1)
    name: str = ""
    citation: str = Field(min_length=1)
    sources: tuple[str, ...] = ()
    weights_note: str = ""
    grade_bands: tuple[GradeBand, ...] = Field(min_length=1)
    categories: tuple[Category, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _consistent(self) -> "Rubric":
        ids = [category.id for category in self.categories]
        if len(set(ids)) != len(ids):
            raise ValueError("category ids are not unique")
        _check_bands(self.grade_bands, self.max_score)
        return self

    @property
    def max_score(self) -> int:
        return sum(category.max for category in self.categories)

    def category(self, category_id: str) -> Category:
        for category in self.categories:
            if category.id == category_id:
                return category
        raise KeyError(category_id)

    def level(self, category_id: str, level_id: str) -> Level:
        return self.category(category_id).level(level_id)

    def grade_for(self, score: int) -> str:
        """The letter grade of a score (clamped to 0..max_score)."""
        score = min(max(int(score), 0), self.max_score)
        for band in self.grade_bands:
            if band.min <= score <= band.max:
                return band.grade
        raise ValueError(f"no grade band covers {score}")  # unreachable after validation


def _check_bands(bands, total: int) -> None:
    """Bands must cover 0..total exactly once each, with no gaps and no overlaps."""
    ordered = sorted(bands, key=lambda band: band.min)
    expected = 0
    for band in ordered:
        if band.min > band.max:
            raise ValueError(f"grade band {band.grade}: min {band.min} is above max {band.max}")
        if band.min != expected:
            raise ValueError(f"grade bands do not cover {expected}..{total} without gaps "
                             f"or overlaps (band {band.grade} starts at {band.min})")
        expected = band.max + 1
    if expected != total + 1:
        raise ValueError(f"grade bands end at {expected - 1}, not at the rubric's "
                         f"total {total}")


def load_rubric(path: str | os.PathLike | None = None) -> Rubric:
    """The rubric in `path`, or the bundled default when None; RubricError if malformed."""
    if path is None:
        return _default_rubric()
    return _parse(_read_path(Path(path)), str(path))


def _default_rubric() -> Rubric:
    global _DEFAULT
    if _DEFAULT is None:
        entry = resources.files("draftkit").joinpath("rubrics", DEFAULT_RUBRIC_FILE)
        rubric = _parse(entry.read_text(encoding="utf-8"), f"rubrics/{DEFAULT_RUBRIC_FILE}")
        if rubric.max_score != DEFAULT_TOTAL:
            raise RubricError(f"rubrics/{DEFAULT_RUBRIC_FILE}: categories total "
                              f"{rubric.max_score}, not {DEFAULT_TOTAL}")
        _DEFAULT = rubric
    return _DEFAULT


_DEFAULT: Rubric | None = None


def _read_path(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise RubricError(f"{path}: rubric file not found") from None
    except IsADirectoryError:
        raise RubricError(f"{path}: is a folder, not a rubric file") from None
    except UnicodeDecodeError:
        raise RubricError(f"{path}: not a UTF-8 text file") from None
    except OSError as error:
        raise RubricError(f"{path}: cannot be read ({error.strerror})") from None


def _parse(text: str, name: str) -> Rubric:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise RubricError(f"{name}: not valid TOML ({error})") from None
    try:
        return Rubric.model_validate(data)
    except ValidationError as error:
        raise RubricError(f"{name}: {_one_line(error, data)}") from None


def _one_line(error: ValidationError, data: dict) -> str:
    """The first pydantic error as 'field categories[3].levels[0].points: <message>'."""
    first = error.errors()[0]
    field = _field_path(first["loc"], data)
    message = first["msg"].removeprefix("Value error, ")
    return f"field {field}: {message}" if field else message


def _field_path(loc, data) -> str:
    parts: list[str] = []
    node = data
    for part in loc:
        if isinstance(part, int):
            ident = node[part].get("id") if _indexable(node, part) else None
            parts.append(f"[{part}]" + (f" ({ident})" if ident else ""))
            node = node[part] if _indexable(node, part) else None
        else:
            parts.append(("." if parts else "") + str(part))
            node = node.get(part) if isinstance(node, dict) else None
    return "".join(parts)


def _indexable(node, index: int) -> bool:
    return isinstance(node, list) and 0 <= index < len(node) and isinstance(node[index], dict)
