"""Run in a child process under a memory limit by ``test_doc_resources``: writes one
letter whose body is ``argv[1]`` as PDF, ODT and HTML into the folder ``argv[2]``.
Prints "written" and exits 0 when all three were written."""

from __future__ import annotations

import resource
import sys
from pathlib import Path

resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30))

from PySide6.QtGui import QGuiApplication  # noqa: E402

from coopeten_gui.documents import output  # noqa: E402


def main(body: str, folder: Path) -> int:
    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])  # noqa: F841
    profile = {"name": "Tostadores del Barrio", "signature_name": "Lucía"}
    document = output.build_document(body, profile, "es")
    output.write_pdf(document, folder / "letter.pdf")
    output.write_odt(document, folder / "letter.odt")
    output.write_html(output.letter_html(body, profile, "es"), folder / "letter.html")
    output.write_pdf(output.letter_html(body, profile, "es", standalone=False),
                     folder / "from-html.pdf")
    print("written")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], Path(sys.argv[2])))
