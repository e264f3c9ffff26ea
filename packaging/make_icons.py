"""Renders resources/icons/coopeten.svg into the icon files the installers need.

    .venv/bin/python packaging/make_icons.py

Writes coopeten.png (256 px, the window and Linux menu icon), coopeten.ico (Windows,
16-256 px) and coopeten.icns (macOS, 16-1024 px) beside the SVG. Qt's SVG renderer draws
the sizes; ImageMagick's ``convert`` packs the .ico; the .icns container is simple
enough to write here (PNG payloads under their type codes). Run it again after changing
the SVG and commit the results; the build only reads them.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# icns type codes that hold PNG data, by pixel size
ICNS_TYPES = (("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256),
              ("ic09", 512), ("ic10", 1024))


def render(svg: Path, size: int, out: Path) -> Path:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    if not image.save(str(out), "PNG"):
        raise OSError(f"cannot write {out}")
    return out


def write_icns(pngs: dict[int, Path], out: Path) -> None:
    chunks = b""
    for code, size in ICNS_TYPES:
        data = pngs[size].read_bytes()
        chunks += code.encode("ascii") + struct.pack(">I", len(data) + 8) + data
    out.write_bytes(b"icns" + struct.pack(">I", len(chunks) + 8) + chunks)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])  # noqa: F841
    svg = ICONS / "coopeten.svg"
    with tempfile.TemporaryDirectory() as tmp:
        sizes = sorted(set(ICO_SIZES) | {size for _, size in ICNS_TYPES})
        pngs = {size: render(svg, size, Path(tmp) / f"{size}.png") for size in sizes}
        shutil.copyfile(pngs[256], ICONS / "coopeten.png")
        subprocess.run(["convert", *(str(pngs[s]) for s in ICO_SIZES),
                        str(ICONS / "coopeten.ico")], check=True)
        write_icns(pngs, ICONS / "coopeten.icns")
    for name in ("coopeten.png", "coopeten.ico", "coopeten.icns"):
        print(f"{ICONS / name}: {(ICONS / name).stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
