"""My business: the profile that fills every letterhead and proposal.

Name, contact details, the logo (an image file, kept as bytes, shown as a preview), the
signature and the currency; and, under a switch between Spanish and English, the texts
kept per language (tagline, who we are, what we do, where we are going, evidence, the
title under the signature), so each letter prints its own language's. What the service
refuses is shown beside the field; nothing typed is lost.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, QStandardPaths, Qt, Signal
from PySide6.QtGui import QFont, QImage, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from coopeten_gui.services import my_business
from coopeten_gui.services.common import ServiceError, ValidationError, is_email
from coopeten_gui.translations import current_language
from coopeten_gui.ui.kit import file_dialogs
from coopeten_gui.ui.kit.forms import ErrorLabel

#: Logos larger than this (either side, in pixels) are scaled down before they are stored.
LOGO_MAX_SIDE = 600
#: Files larger than this are refused outright (nobody's logo needs more).
LOGO_MAX_BYTES = 10 * 1024 * 1024
LOGO_PREVIEW = QSize(160, 80)
_CURRENCIES = ("EUR", "USD", "GBP", "MXN", "COP", "ARS", "CLP", "PEN", "BRL", "CHF", "CAD")


def _text_box(parent: QWidget, lines: int = 3) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


def _drawn_as_measured(label: QLabel) -> None:
    """A form gives each label the width its text measures. The mnemonic's underlined
    letter is drawn apart from the rest, so a kerned pair across it ("&Teléfono": T and
    e) is measured closer than it is drawn, and the last letter was cut off. Unkerned,
    the label is measured as it is drawn (the rest of its font still follows the page)."""
    unkerned = QFont()
    unkerned.setKerning(False)
    label.setFont(unkerned)


class MyBusinessForm(QGroupBox):
    """Signals:
        saved(): the profile was saved.
        status_message(str): something to show in the status bar.
    """

    saved = Signal()
    status_message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("My business"), parent)
        self.setObjectName("business_page")
        self.logo: bytes | None = None
        self._loading = False
        self.errors: dict[str, ErrorLabel] = {}

        intro = QLabel(self.tr("What you write here fills the letterhead and the signature "
                               "of every letter and proposal."), self)
        intro.setWordWrap(True)
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("e.g. Tostadores del Barrio"))
        self.tagline_edit = QLineEdit(self)
        self.tagline_edit.setPlaceholderText(self.tr("One line under the name"))
        self.who_edit = _text_box(self)
        self.what_edit = _text_box(self)
        self.going_edit = _text_box(self)
        self.evidence_edit = _text_box(self)
        self.evidence_edit.setPlaceholderText(self.tr("Results, clients, awards, press…"))
        self.address_edit = QLineEdit(self)
        self.phone_edit = QLineEdit(self)
        self.email_edit = QLineEdit(self)
        self.website_edit = QLineEdit(self)
        self.signature_name_edit = QLineEdit(self)
        self.signature_title_edit = QLineEdit(self)
        # the texts kept per language: the tab shown, and what the other one holds
        self.language_tabs = QTabBar(self)
        self.language_tabs.setObjectName("profile_text_language")
        self.language_tabs.setDrawBase(False)
        for code, name in (("es", self.tr("Texts in Spanish")),
                           ("en", self.tr("Texts in English"))):
            self.language_tabs.setTabData(self.language_tabs.addTab(name), code)
        self.language_tabs.setToolTip(self.tr("Letters in each language print the texts "
                                              "written for it"))
        self.borrow_note = QLabel(self)
        self.borrow_note.setWordWrap(True)
        self.borrow_note.setEnabled(False)
        self.texts: dict[str, my_business.MyBusinessTexts] = {}
        self._text_language = current_language() if current_language() in ("es", "en") else "es"
        self.currency_combo = QComboBox(self)
        self.currency_combo.setEditable(True)
        self.currency_combo.addItems(list(_CURRENCIES))
        self.currency_combo.setToolTip(self.tr("The three-letter code of your money, such as "
                                               "EUR or USD"))

        self.logo_preview = QLabel(self)
        self.logo_preview.setObjectName("logo_preview")
        self.logo_preview.setFixedSize(LOGO_PREVIEW)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet("border: 1px dashed palette(mid);")
        self.logo_button = QPushButton(self.tr("Choose an image…"), self)
        self.remove_logo_button = QPushButton(self.tr("Remove"), self)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        logo_buttons = QVBoxLayout()
        logo_buttons.addWidget(self.logo_button)
        logo_buttons.addWidget(self.remove_logo_button)
        logo_buttons.addStretch(1)
        logo_row.addLayout(logo_buttons)
        logo_row.addStretch(1)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        rows = (
            ("name", self.tr("&Name"), self.name_edit),
            ("address", self.tr("Add&ress"), self.address_edit),
            ("phone", self.tr("&Phone"), self.phone_edit),
            ("email", self.tr("E&mail"), self.email_edit),
            ("website", self.tr("&Website"), self.website_edit),
            ("logo", self.tr("&Logo"), logo_row),
            ("signature_name", self.tr("&Signed by"), self.signature_name_edit),
            ("currency", self.tr("&Currency"), self.currency_combo),
            ("text_language", "", self.language_tabs),
            ("tagline", self.tr("&Tagline"), self.tagline_edit),
            ("who_we_are", self.tr("&Who we are"), self.who_edit),
            ("what_we_do", self.tr("What we &do"), self.what_edit),
            ("where_we_are_going", self.tr("Where we are &going"), self.going_edit),
            ("evidence", self.tr("E&vidence"), self.evidence_edit),
            ("signature_title", self.tr("Their ti&tle"), self.signature_title_edit),
        )
        for key, label, field in rows:
            box = QWidget(self)
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 0, 0, 0)
            box_layout.setSpacing(2)
            if isinstance(field, QWidget):
                box_layout.addWidget(field)
            else:
                box_layout.addLayout(field)
            if key == "text_language":
                box_layout.addWidget(self.borrow_note)
            error = ErrorLabel(box)
            error.setObjectName(f"error_{key}")
            box_layout.addWidget(error)
            self.errors[key] = error
            form.addRow(label, box)
            buddy = form.labelForField(box)
            if isinstance(buddy, QLabel):
                buddy.setBuddy(field if isinstance(field, QWidget) else self.logo_button)
                _drawn_as_measured(buddy)
        self.save_button = QPushButton(self.tr("&Save my business"), self)
        self.revert_button = QPushButton(self.tr("Re&vert"), self)
        self.saved_label = QLabel(self)
        self.saved_label.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.saved_label, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(buttons)

        self.logo_button.clicked.connect(lambda: self.choose_logo())
        self.remove_logo_button.clicked.connect(self.remove_logo)
        self.save_button.clicked.connect(lambda: self.save())
        self.revert_button.clicked.connect(self.reload)
        for edit in (self.name_edit, self.tagline_edit, self.address_edit, self.phone_edit,
                     self.email_edit, self.website_edit, self.signature_name_edit,
                     self.signature_title_edit):
            edit.textEdited.connect(self._edited)
        for box in (self.who_edit, self.what_edit, self.going_edit, self.evidence_edit):
            box.textChanged.connect(self._edited)
        self.currency_combo.currentTextChanged.connect(self._edited)
        self.language_tabs.currentChanged.connect(self._switch_language)
        self.email_edit.editingFinished.connect(self._check_email)
        self.reload()

    # -- loading and saving ------------------------------------------------------------------

    def _edits(self) -> dict:
        return {
            "name": self.name_edit, "address": self.address_edit,
            "phone": self.phone_edit, "email": self.email_edit, "website": self.website_edit,
            "signature_name": self.signature_name_edit,
        }

    def _text_edits(self) -> dict:
        """The fields kept per language, by the name of the text they hold."""
        return {
            "tagline": self.tagline_edit, "who_we_are": self.who_edit,
            "what_we_do": self.what_edit, "where_we_are_going": self.going_edit,
            "evidence": self.evidence_edit, "signature_title": self.signature_title_edit,
        }

    def text_language(self) -> str:
        """The language whose texts the form shows ("es" or "en")."""
        return self._text_language

    def show_language(self, code: str) -> None:
        """Show the texts of ``code`` ("es" or "en"), keeping what was typed in the other."""
        for index in range(self.language_tabs.count()):
            if self.language_tabs.tabData(index) == code:
                self.language_tabs.setCurrentIndex(index)

    def _switch_language(self, index: int) -> None:
        self._store_texts()
        self._text_language = self.language_tabs.tabData(index) or "es"
        self._show_texts()

    def _store_texts(self) -> None:
        self.texts[self._text_language] = my_business.MyBusinessTexts(**{
            key: (edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()).strip()
            for key, edit in self._text_edits().items()})

    def _show_texts(self) -> None:
        loading, self._loading = self._loading, True
        texts = self.texts.get(self._text_language) or my_business.MyBusinessTexts()
        for key, edit in self._text_edits().items():
            value = getattr(texts, key) or ""
            if isinstance(edit, QPlainTextEdit):
                edit.setPlainText(value)
            else:
                edit.setText(value)
        self._loading = loading
        empty = [key for key in my_business.TEXT_FIELDS if not getattr(texts, key)]
        self.borrow_note.setText(self.tr("Empty here: letters in this language print the "
                                         "other language's text.") if empty else "")
        self.borrow_note.setVisible(bool(empty))

    def reload(self) -> None:
        data = my_business.get()
        self._loading = True
        for key, edit in self._edits().items():
            edit.setText(getattr(data, key) or "")
        self.texts = dict(data.texts)
        shown = (data.language or "")[:2]
        blocked = self.language_tabs.blockSignals(True)
        self.show_language(shown if shown in my_business.TEXT_LANGUAGES else self._text_language)
        self._text_language = self.language_tabs.tabData(self.language_tabs.currentIndex())
        self.language_tabs.blockSignals(blocked)
        self._show_texts()
        self.currency_combo.setCurrentText((data.currency or "EUR").upper())
        self.logo = bytes(data.logo) if data.logo else None
        self._language = data.language
        self._show_logo()
        self._loading = False
        self._clear_errors()
        self.saved_label.clear()
        self.dirty = False

    def data(self) -> my_business.MyBusinessData:
        self._store_texts()
        values = {key: edit.text().strip() for key, edit in self._edits().items()}
        return my_business.MyBusinessData(**values, logo=self.logo,
                                   currency=self.currency_combo.currentText().strip(),
                                   language=self._language, texts=dict(self.texts))

    def save(self) -> bool:
        self._clear_errors()
        try:
            my_business.save(self.data())
        except ValidationError as error:
            self.show_error(error.field, error.message)
            return False
        except ServiceError as error:  # the database refused the write (read-only…)
            self.saved_label.setText("")
            self.show_error("name", str(error))
            return False
        self.dirty = False
        self.saved_label.setText(self.tr("Saved. Your next letters use it."))
        self.status_message.emit(self.tr("My business saved."))
        self.saved.emit()
        return True

    def show_error(self, field: str, message: str) -> None:
        label = self.errors.get(field) or self.errors["name"]
        label.show_message(message)
        widget = self._edits().get(field) or (self.currency_combo if field == "currency" else None)
        if widget is not None:
            widget.setFocus()

    def _clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear_message()

    def _edited(self, *_args) -> None:
        if not self._loading:
            self.dirty = True
            self.saved_label.setText(self.tr("Unsaved changes"))

    def _check_email(self) -> None:
        """Say at once when the address cannot be one (the service checks again on save)."""
        text = self.email_edit.text().strip()
        if text and not is_email(text):
            self.errors["email"].show_message(self.tr("“{value}” is not an email address.").format(
                value=text))
        else:
            self.errors["email"].clear_message()

    # -- the logo ----------------------------------------------------------------------------

    def choose_logo(self, path: str | None = None) -> bool:
        """Pick an image file (PNG, JPEG, SVG…) for the letterhead."""
        if path is None:
            formats = " ".join(f"*.{bytes(f).decode()}"
                               for f in QImageReader.supportedImageFormats())
            path = file_dialogs.open_file(
                self, self.tr("Choose your logo"), QStandardPaths.writableLocation(
                    QStandardPaths.StandardLocation.PicturesLocation),
                self.tr("Images ({formats})").format(formats=formats))
            if not path:
                return False
        self.errors["logo"].clear_message()
        try:
            size = Path(path).stat().st_size
            if size > LOGO_MAX_BYTES:
                self.errors["logo"].show_message(self.tr(
                    "That image is too large ({size} MB); choose one under 10 MB.").format(
                    size=round(size / 2**20, 1)))
                return False
            data = Path(path).read_bytes()
        except OSError as error:
            self.errors["logo"].show_message(self.tr("The image could not be read: {reason}.")
                                             .format(reason=error.strerror or error))
            return False
        image = QImage.fromData(data)
        if image.isNull():
            self.errors["logo"].show_message(self.tr(
                "“{name}” is not an image this program can read.").format(name=Path(path).name))
            return False
        if max(image.width(), image.height()) > LOGO_MAX_SIDE:
            # a letterhead shows the logo 64 pixels high: keep the database small
            image = image.scaled(LOGO_MAX_SIDE, LOGO_MAX_SIDE, Qt.AspectRatioMode.KeepAspectRatio,
                                 Qt.TransformationMode.SmoothTransformation)
            buffer = QBuffer()
            buffer.open(QIODevice.OpenModeFlag.WriteOnly)
            image.save(buffer, "PNG")
            data = bytes(buffer.data())
        self.logo = data
        self._show_logo()
        self._edited()
        return True

    def remove_logo(self) -> None:
        self.logo = None
        self._show_logo()
        self._edited()

    def _show_logo(self) -> None:
        image = QImage.fromData(QByteArray(self.logo)) if self.logo else QImage()
        if image.isNull():
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("No logo"))
        else:
            self.logo_preview.setPixmap(QPixmap.fromImage(image).scaled(
                LOGO_PREVIEW - QSize(8, 8), Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
        self.remove_logo_button.setEnabled(self.logo is not None)
