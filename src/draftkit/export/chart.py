"""The report card's chart: points per rubric category before and after, against the maximum."""

from __future__ import annotations

import io
from dataclasses import dataclass

# Okabe-Ito colours: distinguishable with the common colour-vision deficiencies and in grey.
BEFORE_COLOUR = "#D55E00"  # vermillion
AFTER_COLOUR = "#0072B2"  # blue
MAX_COLOUR = "#E8E8E8"
FONT = "DejaVu Serif"


@dataclass(frozen=True)
class ChartRow:
    """One category's bar: its name, maximum, and points before (and after, if amended)."""

    name: str
    max_points: int
    before: int
    after: int | None = None


def chart_png(rows: list[ChartRow], *, width_in: float = 6.5, dpi: int = 200) -> bytes:
    """A horizontal bar chart as PNG bytes (matplotlib, Agg backend, imported here only)."""
    import matplotlib

    matplotlib.use("Agg", force=True)
    from matplotlib.figure import Figure

    amended = any(row.after is not None for row in rows)
    height = 0.6 + 0.2 * len(rows) * (1.3 if amended else 1.0)
    figure = Figure(figsize=(width_in, height), dpi=dpi)
    axes = figure.add_subplot()
    _draw(axes, rows, amended)
    figure.tight_layout(pad=0.4)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi)
    return buffer.getvalue()


def _draw(axes, rows: list[ChartRow], amended: bool) -> None:
    bar = 0.38 if amended else 0.6
    positions = list(range(len(rows)))[::-1]
    axes.barh(positions, [r.max_points for r in rows], height=bar * (2 if amended else 1),
              color=MAX_COLOUR, edgecolor="#9A9A9A", linewidth=0.6, label="maximum")
    offset = bar / 2 if amended else 0.0
    _bars(axes, [p + offset for p in positions], [r.before for r in rows], bar,
          BEFORE_COLOUR, "current law", hatch=None)
    if amended:
        _bars(axes, [p - offset for p in positions], [r.after or 0 for r in rows], bar,
              AFTER_COLOUR, "with the amendment", hatch="///")
    _style_axes(axes, rows, positions)


def _bars(axes, positions, values, height, colour, label, hatch) -> None:
    bars = axes.barh(positions, values, height=height, color=colour, label=label, hatch=hatch,
                     edgecolor="white", linewidth=0.4)
    for rect, value in zip(bars, values):
        axes.text(rect.get_width() + 0.2, rect.get_y() + rect.get_height() / 2, str(value),
                  va="center", ha="left", fontsize=7, family=FONT)


def _style_axes(axes, rows: list[ChartRow], positions: list[int]) -> None:
    axes.set_yticks(positions, [f"{r.name} (max {r.max_points})" for r in rows],
                    fontsize=8, family=FONT)
    axes.set_xlim(0, max(r.max_points for r in rows) + 2.5)
    axes.set_xlabel("points", fontsize=8, family=FONT)
    axes.tick_params(axis="x", labelsize=7)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    axes.legend(loc="lower right", frameon=True, framealpha=1.0, edgecolor="white",
                prop={"family": FONT, "size": 7})
