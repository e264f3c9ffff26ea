"""Printing lays a letter out on the same pages as its PDF: one page painter
(``documents.output.paint_pages``) serves both, with all its rules — the closing and
signature kept together, every page starting a new paragraph, numbers from page two."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date

import pytest
from PySide6.QtPrintSupport import QPrinter

from coopeten_gui.documents.context import sample_context
from coopeten_gui.documents.output import RESOLUTION, build_document, page_size_for, write_pdf
from coopeten_gui.ui.kit.letter_output import paint_letter

PARAGRAPH = "<p>" + "We would love to work together on this, step by step. " * 9 + "</p>"


def _pages(path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout
    return [" ".join(page.split()) for page in text.split("\f") if page.strip()]


def _printed(document, path) -> int:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setResolution(RESOLUTION)
    printer.setPageSize(page_size_for("en"))
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return paint_letter(printer, document)


@pytest.mark.parametrize("paragraphs", range(6, 15, 2))
@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_print_and_pdf_lay_out_the_same_pages(qapp, tmp_path, paragraphs):
    profile = sample_context("en", date(2026, 3, 14))["profile"]
    document = build_document(PARAGRAPH * paragraphs, profile, "en")
    pdf_pages = write_pdf(document, tmp_path / "letter.pdf")
    printed_pages = _printed(document, tmp_path / "printed.pdf")
    assert printed_pages == pdf_pages
    pdf, printed = _pages(tmp_path / "letter.pdf"), _pages(tmp_path / "printed.pdf")
    assert len(printed) == len(pdf) == pdf_pages
    assert printed == pdf  # the same words on each page, none drawn twice at a break
    assert profile["signature_name"] in pdf[-1]  # the signature stays on the last page
