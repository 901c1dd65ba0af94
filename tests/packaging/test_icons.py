"""The packaged icons: every size present, the .ico/.icns complete, all generated from the SVG."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageStat

ROOT = Path(__file__).resolve().parents[2]
ICONS = ROOT / "packaging" / "icons"
SVG = ROOT / "src" / "draftkit" / "gui" / "resources" / "draftkit.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


@pytest.mark.parametrize("size", PNG_SIZES)
def test_png_icon_has_its_size_and_a_transparent_corner(size):
    with Image.open(ICONS / f"draftkit-{size}.png") as image:
        assert image.size == (size, size)
        assert image.mode == "RGBA"
        assert image.getpixel((0, 0))[3] == 0  # rounded tile: the corner is see-through
        centre = image.getpixel((size // 2, size // 2))
        assert centre[3] == 255


def test_windows_ico_holds_every_size_up_to_256():
    with Image.open(ICONS / "draftkit.ico") as ico:
        sizes = ico.info["sizes"]
    assert {(s, s) for s in (16, 24, 32, 48, 64, 128, 256)} <= set(sizes)


def test_macos_icns_holds_retina_sizes():
    with Image.open(ICONS / "draftkit.icns") as icns:
        sizes = icns.info["sizes"]
    assert {(16, 16, 2), (128, 128, 1), (256, 256, 2), (512, 512, 2)} <= set(sizes)


def test_committed_icons_match_a_fresh_render_of_the_svg(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, str(ICONS / "make_icons.py"), "--svg", str(SVG), "--out", str(tmp_path)],
        capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 0, result.stderr
    for size in PNG_SIZES:
        with Image.open(ICONS / f"draftkit-{size}.png") as old, \
                Image.open(tmp_path / f"draftkit-{size}.png") as new:
            diff = ImageChops.difference(old.convert("RGBA"), new.convert("RGBA"))
            assert max(ImageStat.Stat(diff).mean) < 1.0, f"{size}px icon is stale: rerun make_icons.py"
