"""Everything a finished letter can become: printed, a PDF, ODT or HTML file, plain text
on the clipboard, or an email in the default mail program.

``LetterOutput`` holds the actions (for a toolbar, a menu, buttons) and asks a
callable for the letter each time, so it always works on what is on screen:

    output = LetterOutput(self, lambda: self.current_letter(), lambda: self.title())
    toolbar.addAction(output.pdf_action)

Writing goes through ``services.letter_rendering`` (atomic files); a failure — a full
disk, a folder without permission — is one translated sentence in a message box, and the
file that was there before stays as it was.

Signals (of ``LetterOutput``):
    saved(str): a file was written (its path).
    emailed(str): an email draft was written and handed to the mail program (its path).
    status_message(str): something to show in the status bar.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, QRectF, QSettings, QStandardPaths, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QDesktopServices,
    QGuiApplication,
    QKeySequence,
    QPainter,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from coopeten_gui.documents.output import RESOLUTION, page_size_for, paint_pages
from coopeten_gui.services import email_draft, letter_rendering
from coopeten_gui.services.common import ServiceError
from coopeten_gui.services.letter_rendering import Letter
from coopeten_gui.ui.kit import file_dialogs
from coopeten_gui.ui.kit.fit import fit_to_screen
from coopeten_gui.ui.kit.plain_text import literal

LAST_FOLDER_KEY = "letters/last_folder"


def open_url(url: QUrl) -> bool:
    """The one place that hands a URL to the desktop (tests replace it)."""
    return QDesktopServices.openUrl(url)


def warn(parent: QWidget, title: str, text: str) -> None:
    """The one place output errors are shown (tests replace it)."""
    QMessageBox.warning(parent, title, literal(text))


def safe_file_stem(text: str) -> str:
    stem = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", text or "").strip(" .")
    return " ".join(stem.split())[:80]


def paint_letter(printer: QPrinter, document: QTextDocument) -> int:
    """Print a letter as its PDF looks, with the PDF's own painter (``output.paint_pages``;
    ``QTextDocument.print_`` would add its own margins and number every page).
    Returns the number of pages."""
    printer.setFullPage(True)  # the margins are ours, so the page number can sit in them
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        return paint_pages(painter, printer, document,
                           QRectF(printer.paperRect(QPrinter.Unit.DevicePixel)),
                           printer.resolution())
    finally:
        painter.end()


class LetterOutput(QObject):
    saved = Signal(str)
    emailed = Signal(str)
    status_message = Signal(str)

    def __init__(self, parent: QWidget, letter: Callable[[], Letter | None],
                 file_stem: Callable[[], str] | None = None) -> None:
        super().__init__(parent)
        self._parent = parent
        self._letter = letter
        self._file_stem = file_stem or (lambda: "")
        self.preview_dialog: QPrintPreviewDialog | None = None

        def action(text: str, slot, shortcut=None, tip: str = "") -> QAction:
            made = QAction(text, parent)
            if shortcut is not None:
                made.setShortcut(shortcut)
            made.setToolTip(tip or text.replace("&", "").rstrip("…"))
            made.triggered.connect(lambda _checked=False: slot())
            return made

        self.preview_action = action(self.tr("Print pre&view…"), self.print_preview,
                                     QKeySequence("Ctrl+Shift+P"))
        self.print_action = action(self.tr("&Print…"), self.print_letter,
                                   QKeySequence(QKeySequence.StandardKey.Print))
        self.pdf_action = action(self.tr("Save as P&DF…"), lambda: self.save_as("pdf"),
                                 QKeySequence("Ctrl+Shift+D"))
        self.odt_action = action(self.tr("Save as &ODT…"), lambda: self.save_as("odt"))
        self.html_action = action(self.tr("Save as &HTML…"), lambda: self.save_as("html"))
        self.copy_action = action(self.tr("&Copy as plain text"), self.copy_text,
                                  tip=self.tr("Copy the letter as plain text to the clipboard"))
        self.email_action = action(self.tr("&Email…"), self.email,
                                   tip=self.tr("Open your email program with this letter"))

    def actions(self) -> list[QAction]:
        return [self.preview_action, self.print_action, self.pdf_action, self.odt_action,
                self.html_action, self.copy_action, self.email_action]

    def save_menu(self) -> QMenu:
        menu = QMenu(self._parent)
        for made in (self.pdf_action, self.odt_action, self.html_action):
            menu.addAction(made)
        return menu

    def set_enabled(self, enabled: bool) -> None:
        for made in self.actions():
            made.setEnabled(enabled)

    # -- printing ---------------------------------------------------------------------------

    def _printer(self, letter: Letter) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        # the PDF's resolution, so a letter breaks into pages exactly as its PDF does
        printer.setResolution(RESOLUTION)
        printer.setPageSize(page_size_for(letter.language))
        printer.setDocName(letter.subject or self._file_stem())
        return printer

    def print_preview(self) -> QPrintPreviewDialog | None:
        """The print preview, from which the user can also print. Not modal."""
        letter = self._letter()
        if letter is None:
            return None
        printer = self._printer(letter)
        document = letter_rendering.document(letter)
        dialog = QPrintPreviewDialog(printer, self._parent)
        dialog.setWindowTitle(self.tr("Print preview"))
        dialog.paintRequested.connect(lambda device: paint_letter(device, document))
        # the dialog keeps the printer and the document it paints alive
        dialog._printer, dialog._document = printer, document  # type: ignore[attr-defined]
        dialog.finished.connect(dialog.deleteLater)
        dialog.resize(900, 1000)
        fit_to_screen(dialog)
        self.preview_dialog = dialog
        dialog.open()
        return dialog

    def print_letter(self) -> bool:
        letter = self._letter()
        if letter is None:
            return False
        printer = self._printer(letter)
        dialog = QPrintDialog(printer, self._parent)
        dialog.setWindowTitle(self.tr("Print the letter"))
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return False
        paint_letter(printer, letter_rendering.document(letter))
        self.status_message.emit(self.tr("The letter was sent to the printer."))
        return True

    # -- files ------------------------------------------------------------------------------

    def ask_path(self, kind: str) -> str:
        filters = {
            "pdf": self.tr("PDF documents (*.pdf)"),
            "odt": self.tr("OpenDocument text (*.odt)"),
            "html": self.tr("Web pages (*.html)"),
        }
        titles = {
            "pdf": self.tr("Save the letter as PDF"),
            "odt": self.tr("Save the letter as ODT"),
            "html": self.tr("Save the letter as HTML"),
        }
        stem = safe_file_stem(self._file_stem()) or self.tr("letter")
        path = file_dialogs.save_file(self._parent, titles[kind], f"{stem}.{kind}", filters[kind],
                                      remembered=str(QSettings().value(LAST_FOLDER_KEY, "") or ""))
        accepted = {".html", ".htm"} if kind == "html" else {f".{kind}"}
        if path and Path(path).suffix.lower() not in accepted:
            path += f".{kind}"
        return path

    def save_as(self, kind: str, path: str | None = None) -> str | None:
        """Ask where (unless ``path`` is given) and write; the path written, or None."""
        letter = self._letter()
        if letter is None:
            return None
        path = path or self.ask_path(kind)
        if not path:
            return None
        try:
            letter_rendering.write_letter(letter, path)
        except ServiceError as error:
            warn(self._parent, self.tr("The letter was not saved"), str(error))
            return None
        QSettings().setValue(LAST_FOLDER_KEY, str(Path(path).parent))
        self.status_message.emit(self.tr("Saved {path}").format(path=path))
        self.saved.emit(path)
        return path

    # -- text and email -----------------------------------------------------------------------

    def copy_text(self) -> str:
        letter = self._letter()
        if letter is None:
            return ""
        text = letter.plain_text()
        QGuiApplication.clipboard().setText(text)
        self.status_message.emit(self.tr("The letter is on the clipboard as plain text."))
        return text

    def email(self) -> str:
        """Open the mail program with a draft: recipient, subject, the letter and its PDF
        attached (an ``.eml`` file, see ``services.email_draft``); the file's path."""
        letter = self._letter()
        if letter is None:
            return ""
        folder = Path(QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.AppLocalDataLocation)) / "drafts"
        stem = safe_file_stem(letter.subject or self._file_stem()) or self.tr("letter")
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path = email_draft.write_eml(letter, folder / f"{stem}.eml")
        except (OSError, ServiceError) as error:
            warn(self._parent, self.tr("Email"), str(error))
            return ""
        if not open_url(QUrl.fromLocalFile(str(path))):
            warn(self._parent, self.tr("Email"), self.tr(
                "No email program answered. The draft is saved as {path}: open it from your "
                "email program, or copy the letter as plain text instead.").format(path=path))
            return str(path)
        self.status_message.emit(self.tr("The draft is open in your email program, with the "
                                         "PDF attached."))
        if not letter.contact_email:
            self.status_message.emit(self.tr("This contact has no email address: fill in "
                                             "the recipient in your email program."))
        self.emailed.emit(str(path))
        return str(path)
