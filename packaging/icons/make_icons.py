"""Render the application icon SVG into every packaged size: PNGs, a Windows .ico, a macOS .icns.

Usage (from the repository root, with DraftKit's environment):
    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/icons/make_icons.py

The SVG at src/draftkit/gui/resources/draftkit.svg is the only source; the files written
here are generated and committed so that packaging needs neither Qt nor this script.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SVG = ROOT / "src" / "draftkit" / "gui" / "resources" / "draftkit.svg"
OUT = Path(__file__).resolve().parent
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render_png(svg: Path, size: int, path: Path) -> Path:
    """Render `svg` to a transparent square PNG of `size` pixels with Qt's SVG renderer."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: {svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    if not image.save(str(path), "PNG"):
        raise SystemExit(f"make_icons: could not write {path}")
    return path


def render_all(svg: Path, out: Path, sizes) -> dict[int, Path]:
    """Render every size in `sizes` into `out` as draftkit-<size>.png."""
    return {size: render_png(svg, size, out / f"draftkit-{size}.png") for size in sizes}


def write_ico(pngs: dict[int, Path], path: Path) -> Path:
    """A multi-size Windows .ico that holds each rendered size as drawn (not rescaled)."""
    from PIL import Image

    images = [Image.open(pngs[size]).convert("RGBA") for size in ICO_SIZES]
    largest = images[-1]
    largest.save(path, format="ICO", sizes=[(s, s) for s in ICO_SIZES],
                 append_images=images[:-1])
    return path


def write_icns(pngs: dict[int, Path], path: Path) -> Path:
    """A macOS .icns holding the rendered sizes (Pillow writes ICNS on every platform)."""
    from PIL import Image

    images = [Image.open(pngs[size]).convert("RGBA") for size in ICNS_SIZES]
    images[-1].save(path, format="ICNS", append_images=images[:-1])
    return path


def make_icons(svg: Path = SVG, out: Path = OUT) -> list[Path]:
    """Regenerate every icon file from `svg` into `out`; return the paths written."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(["make_icons"])  # noqa: F841
    pngs = render_all(svg, out, PNG_SIZES)
    extra = render_png(svg, 1024, out / "draftkit-1024.png")
    written = [*pngs.values(), extra]
    everything = {**pngs, 1024: extra}
    written.append(write_ico(everything, out / "draftkit.ico"))
    written.append(write_icns(everything, out / "draftkit.icns"))
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--svg", type=Path, default=SVG)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    for path in make_icons(args.svg, args.out):
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
