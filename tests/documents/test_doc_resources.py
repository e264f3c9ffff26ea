"""Letters load no resource but the business's logo and images written into the
template itself (as bounded ``data:`` URIs): ``<img src="/dev/zero">`` or a CSS
``url(/dev/zero)`` cannot exhaust memory, and ``<img src="/any/local/file.png">`` cannot
put that file into a PDF."""

from __future__ import annotations

import base64
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QIODevice, QUrl
from PySide6.QtGui import QColor, QImage, QTextDocument

from coopeten_gui.documents import output

REPO_ROOT = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("hostile_letter.py")

BOMBS = {
    "img": '<p>Hola</p><img src="/dev/zero"><p>Adiós</p>',
    "css": '<p style="background-image: url(/dev/zero)">Hola</p>',
    "css-block": '<style>p { background: url("/dev/zero") }</style><p>Hola</p>',
    "table": '<table background="/dev/zero"><tr><td background="/dev/zero">Hola</td></tr></table>',
    "unquoted": "<IMG SRC=/dev/zero width=10><p>Hola</p>",
    "entities": '<img src="&#47;dev&#47;zero"><p>Hola</p>',
}


def png(width: int, height: int, color: str = "#c8553d") -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(color))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


@pytest.mark.parametrize("body", BOMBS.values(), ids=BOMBS.keys())
def test_a_letter_pointing_at_dev_zero_is_written_under_a_memory_limit(tmp_path, body):
    result = subprocess.run([sys.executable, str(CHILD), body, str(tmp_path)], cwd=REPO_ROOT,
                            capture_output=True, text=True, timeout=120,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen",
                                 "PYTHONPATH": str(REPO_ROOT)})
    assert result.returncode == 0, result.stderr[-2000:]
    assert "written" in result.stdout
    assert (tmp_path / "letter.pdf").stat().st_size > 0
    assert "/dev/zero" not in (tmp_path / "letter.html").read_text(encoding="utf-8")


def image_count(pdf: Path) -> int:
    return pdf.read_bytes().count(b"/Subtype /Image")


def test_a_local_file_named_in_a_letter_stays_out_of_the_pdf(tmp_path):
    secret = tmp_path / "secret.png"
    secret.write_bytes(png(64, 64, "#123456"))
    for body in (f'<img src="{secret}">', f'<img src="file://{secret}">',
                 f'<p style="background-image: url({secret})">x</p>'):
        document = output.build_document(body, {"name": "Tostadores"}, "es")
        image = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(str(secret)))
        assert image is None or image.isNull()
        pdf = tmp_path / "letter.pdf"
        output.write_pdf(document, pdf)
        assert image_count(pdf) == 0, body
        html_file = tmp_path / "letter.html"
        output.write_html(output.letter_html(body, {"name": "Tostadores"}, "es"), html_file)
        assert str(secret) not in html_file.read_text(encoding="utf-8")


def test_the_logo_and_images_written_into_the_template_are_kept(tmp_path):
    inline = base64.b64encode(png(40, 20, "#00ff00")).decode("ascii")
    body = f'<p>Hola</p><img src="data:image/png;base64,{inline}">'
    document = output.build_document(body, {"name": "Tostadores"}, "es", logo=png(64, 64))
    pdf = tmp_path / "letter.pdf"
    output.write_pdf(document, pdf)
    assert image_count(pdf) == 2
    html_text = output.letter_html(body, {"name": "Tostadores"}, "es", logo=png(64, 64))
    assert inline in html_text and html_text.count("data:image/png;base64,") == 2


def test_an_oversized_inline_image_is_dropped(tmp_path):
    huge = base64.b64encode(png(6000, 6000)).decode("ascii")  # a small file, a huge image
    body = f'<p>Hola</p><img src="data:image/png;base64,{huge}">'
    document = output.build_document(body, {"name": "Tostadores"}, "es")
    pdf = tmp_path / "letter.pdf"
    output.write_pdf(document, pdf)
    assert image_count(pdf) == 0
    assert "Hola" in document.toPlainText()
