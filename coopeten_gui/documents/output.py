"""Letters written out as PDF, ODT or HTML (the letter itself is built by ``letter``).

Needs a QGuiApplication (fonts) but never QtWidgets, so it runs from the command
line and under ``QT_QPA_PLATFORM=offscreen``. Every file is written to
``<name>.partial`` and then renamed over the target, so a failure (a full disk, a
read-only folder) never leaves a broken file where a good one was.

PDF pages are painted here rather than with ``QTextDocument.print_``, which has no
page footers: the document is laid out in page-sized slices for the PDF device and
each slice is drawn with ``drawContents``, then the page number ("2", "3"...) under
it from the second page on.
"""

from __future__ import annotations

import base64
import html
import os
import re
from pathlib import Path
from typing import Sequence

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextDocumentWriter,
    QTextFormat,
)

from coopeten_gui.documents.letter import (
    BODY_POINT_SIZE,
    KEEP_TOGETHER_MARK,
    LOGO_MARK,
    build_document,
    letter_html,
    mark,
)
from coopeten_gui.documents.page_size import page_size
from coopeten_gui.documents.resources import LOGO_URL, LetterDocument, sanitize
from coopeten_gui.documents.text import mailto_url, to_plain_text
from coopeten_gui.i18n import translate

__all__ = [
    "OutputError",
    "build_document",
    "letter_html",
    "mailto_url",
    "page_size_for",
    "paint_pages",
    "to_plain_text",
    "write_html",
    "write_odt",
    "write_pdf",
    "write_pdf_many",
]

MARGIN_MM = 20.0
#: Distance from the bottom edge of the paper to the page number's baseline area.
FOOTER_MM = 10.0
FOOTER_POINT_SIZE = 9.0
#: PDF device resolution: text is vector anyway; 300 keeps layout rounding invisible.
RESOLUTION = 300
# Territories whose paper is US Letter (CLDR supplemental data, ``paperSize``).


class OutputError(Exception):
    """A document could not be written; the message is translated and names the file."""


def page_size_for(language: str | None = None) -> QPageSize:
    """The paper of every letter: by the user's country (``page_size``), whatever
    ``language`` (kept so callers need not change)."""
    return page_size()


def _as_document(document_or_html: QTextDocument | str) -> QTextDocument:
    if isinstance(document_or_html, QTextDocument):
        return document_or_html
    document = LetterDocument()
    font = QFont(document.defaultFont())
    font.setPointSizeF(BODY_POINT_SIZE)
    document.setDefaultFont(font)
    document.setHtml(sanitize(document_or_html))
    return document


# -- atomic files -------------------------------------------------------------------------

def _partial(path: Path) -> Path:
    return path.with_name(path.name + ".partial")


def _fail(path: Path, reason: str) -> OutputError:
    return OutputError(
        translate("Output", "Could not save “{name}”: {reason}.").format(name=path.name,
                                                                         reason=reason.rstrip("."))
    )


def _commit(partial: Path, path: Path) -> None:
    try:
        os.replace(partial, path)
    except OSError as error:
        _discard(partial)
        raise _fail(path, error.strerror or str(error)) from error


def _discard(partial: Path) -> None:
    try:
        partial.unlink()
    except OSError:
        pass


def _write_bytes(path: Path, data: bytes) -> None:
    partial = _partial(path)
    try:
        with open(partial, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as error:
        _discard(partial)
        raise _fail(path, error.strerror or str(error)) from error
    _commit(partial, path)


# -- PDF ------------------------------------------------------------------------------------

def _mm_to_px(mm: float, resolution: int = RESOLUTION) -> float:
    return mm / 25.4 * resolution


def write_pdf(document_or_html: QTextDocument | str, path: str | os.PathLike[str],
              language: str | None = None) -> int:
    """Write one letter as PDF; returns the number of pages.

    Paper follows the user's country (``documents.page_size``), 20 mm margins, and page
    numbers from page two on.
    """
    return write_pdf_many([document_or_html], path, language)


def write_pdf_many(documents: Sequence[QTextDocument | str], path: str | os.PathLike[str],
                   language: str | None = None) -> int:
    """Mail merge: several letters in one PDF, each starting on a new page with its own
    page numbering. Returns the total number of pages."""
    path = Path(path)
    letters = [_as_document(d) for d in documents]
    if not letters:
        raise _fail(path, translate("Output", "there is nothing to print"))
    partial = _partial(path)
    writer = QPdfWriter(str(partial))
    writer.setResolution(RESOLUTION)
    writer.setCreator("Coopeten")
    writer.setTitle(letters[0].metaInformation(QTextDocument.MetaInformation.DocumentTitle))
    # Zero margins on the device: the margins are ours, so the footer can sit in them.
    writer.setPageLayout(QPageLayout(
        page_size(), QPageLayout.Orientation.Portrait,
        QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter,
    ))
    painter = QPainter()
    if not painter.begin(writer):
        _discard(partial)
        raise _fail(path, translate("Output", "the file cannot be created there"))
    pages = 0
    try:
        paper = QRectF(writer.pageLayout().fullRectPixels(RESOLUTION))
        for document in letters:
            pages += paint_pages(painter, writer, document, paper, RESOLUTION,
                                 first=pages == 0)
    finally:
        painter.end()
    _check_pdf(partial, path)
    _commit(partial, path)
    return pages


def paint_pages(painter: QPainter, device: QPagedPaintDevice, source: QTextDocument,
                paper: QRectF, resolution: int, first: bool = True) -> int:
    """The one page painter of letters, for the PDF and for the printer alike: 20 mm
    margins, the closing and signature kept together, every page starting a new
    paragraph, page numbers from page two. ``paper`` is the whole sheet in device
    pixels of ``resolution`` dots per inch (the device's margins are ours, so the number
    can sit in them); ``first``: painting starts on the device's current page, else on a
    new one. Returns the number of pages."""
    margin = _mm_to_px(MARGIN_MM, resolution)
    body = QRectF(margin, margin, paper.width() - 2 * margin, paper.height() - 2 * margin)
    # A clone, so a document shown in a preview keeps its screen layout.
    document = source.clone()
    document.documentLayout().setPaintDevice(device)
    document.setDocumentMargin(0)
    document.setPageSize(QSizeF(body.width(), body.height()))
    _keep_ending_together(document, int(mark(source, KEEP_TOGETHER_MARK)), body.height())
    _split_paragraphs_at_page_breaks(document, body.height())
    count = document.pageCount()
    footer_font = QFont(document.defaultFont())
    footer_font.setPointSizeF(FOOTER_POINT_SIZE)
    footer_height = _mm_to_px(5, resolution)
    footer = QRectF(body.left(), paper.height() - _mm_to_px(FOOTER_MM, resolution) - footer_height,
                    body.width(), footer_height)
    for page in range(count):
        if not (first and page == 0):
            device.newPage()
        painter.save()
        painter.translate(body.left(), body.top() - page * body.height())
        # Inset by a device pixel: a line sitting exactly on the page boundary would
        # otherwise also be drawn (clipped, invisible, but extractable) on the other page.
        document.drawContents(painter, QRectF(0, page * body.height() + 1, body.width(),
                                              body.height() - 2))
        painter.restore()
        if page > 0:
            painter.save()
            painter.setFont(footer_font)
            painter.setPen(Qt.GlobalColor.darkGray)
            bottom_centre = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom)
            painter.drawText(footer, bottom_centre, str(page + 1))
            painter.restore()
    return count


def _keep_ending_together(document: QTextDocument, keep: int, page_height: float) -> None:
    """A signature alone at the top of a page looks lost: if the last ``keep`` blocks
    (closing line, signature) straddle a page break, start them on the new page."""
    if keep < 2 or page_height <= 0:
        return
    last = document.lastBlock()
    first = last
    for _ in range(keep - 1):
        if first.previous().isValid():
            first = first.previous()
    layout = document.documentLayout()
    top_page = int(layout.blockBoundingRect(first).top() // page_height)
    bottom_page = int((layout.blockBoundingRect(last).bottom() - 1) // page_height)
    if bottom_page > top_page and top_page >= 0:
        block_format = QTextBlockFormat()
        block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        QTextCursor(first).mergeBlockFormat(block_format)


def _split_paragraphs_at_page_breaks(document: QTextDocument, page_height: float) -> None:
    """Make every page start a new paragraph.

    ``drawContents`` draws each paragraph that touches the page whole and relies on
    the clip to hide lines belonging to the neighbouring page: invisible, but still
    in the PDF, so search and copy would find the boundary line twice. Splitting a
    paragraph where the page turns (in this throw-away clone) lets whole paragraphs
    be skipped. List items and table cells are left alone: splitting would add a
    bullet or a row.
    """
    root = document.rootFrame()
    block = document.begin()
    while block.isValid():
        layout = block.layout()
        # objectIndex() != -1: a list item; another frame than the root: a table cell.
        if (layout.lineCount() > 1 and block.blockFormat().objectIndex() == -1
                and QTextCursor(block).currentFrame() == root):
            top = layout.position().y()
            # +1: a line pushed to the next page sits a hair above the boundary (fixed-point
            # rounding).
            first_page = int((top + layout.lineAt(0).y() + 1) // page_height)
            for index in range(1, layout.lineCount()):
                line = layout.lineAt(index)
                if int((top + line.y() + 1) // page_height) != first_page:
                    cursor = QTextCursor(block)
                    cursor.setPosition(block.position() + line.textStart())
                    cursor.insertBlock()
                    break
        block = block.next()


def _check_pdf(partial: Path, path: Path) -> None:
    """QPdfWriter reports no write errors, so look at what reached the disk."""
    try:
        size = partial.stat().st_size
        with open(partial, "rb") as handle:
            head = handle.read(5)
            handle.seek(max(size - 64, 0))
            tail = handle.read()
    except OSError as error:
        _discard(partial)
        raise _fail(path, error.strerror or str(error)) from error
    if head != b"%PDF-" or b"%%EOF" not in tail:
        _discard(partial)
        raise _fail(path, translate("Output", "the PDF could not be written completely"))


# -- ODT and HTML ------------------------------------------------------------------------

def write_odt(document_or_html: QTextDocument | str, path: str | os.PathLike[str]) -> None:
    """OpenDocument text (LibreOffice, Word), written by Qt's ODF writer."""
    path = Path(path)
    document = _as_document(document_or_html)
    partial = _partial(path)
    writer = QTextDocumentWriter(str(partial), QByteArray(b"odf"))
    if not writer.write(document):
        reason = writer.device().errorString() if writer.device() is not None else ""
        _discard(partial)
        raise _fail(path, reason or translate("Output", "the document could not be written"))
    # Close before renaming (Windows will not rename an open file).
    if writer.device() is not None:
        writer.device().close()
    _commit(partial, path)


_IMAGE_SRC = re.compile(r'(<img\b[^>]*?\bsrc=")([^"]+)(")', re.IGNORECASE)


def _embed_images(markup: str, document: QTextDocument) -> str:
    """Turn the document's logo resource into a data URI."""
    if not mark(document, LOGO_MARK):
        return markup  # (asking for a missing resource would return None: see ``_mark``)

    def replace(match: re.Match[str]) -> str:
        src = html.unescape(match.group(2))
        if src != LOGO_URL:
            return match.group(0)
        image = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(src))
        if not isinstance(image, QImage) or image.isNull():
            return match.group(0)
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        # the stub asks for bytes, but PySide6 refuses them and takes the format as str
        image.save(buffer, "PNG")  # type: ignore[call-overload]
        data = base64.b64encode(buffer.data().data()).decode("ascii")
        return f"{match.group(1)}data:image/png;base64,{data}{match.group(3)}"
    return _IMAGE_SRC.sub(replace, markup)


def write_html(document_or_html: QTextDocument | str, path: str | os.PathLike[str]) -> None:
    """A standalone UTF-8 HTML file. Give ``letter_html(...)`` for the nicest result; a
    QTextDocument is exported with its images embedded; a fragment gets a page around it."""
    if isinstance(document_or_html, QTextDocument):
        markup = _embed_images(document_or_html.toHtml(), document_or_html)
    else:
        markup = document_or_html
        if "<html" not in markup[:2000].lower():
            markup = sanitize(markup)  # (``letter_html`` cleaned its body already)
            markup = ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head><body>\n'
                      f"{markup}\n</body></html>\n")
    if not re.search(r"<meta[^>]+charset", markup[:4000], re.IGNORECASE):
        markup = re.sub(r"(<head[^>]*>)", r'\1<meta charset="utf-8">', markup, count=1,
                        flags=re.IGNORECASE)
    _write_bytes(Path(path), markup.encode("utf-8"))
