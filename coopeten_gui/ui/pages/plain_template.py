"""The template editor's plain mode: the letter as text, its fields as named chips.

People who have never seen code write a letter here: the text edits as in a word
processor, and each ``{{ contact.given_name }}`` shows as a chip with a readable,
translated name («The contact's first name»), inserted from a list. Conditions and
repeats (``{% if %}``, ``{% for %}``) show as locked ⚙ chips; a template that has
them opens read-only in plain mode, with a word on why, since moving one by mistake
would break the letter. The jinja2 source stays one click away.

``to_plain`` and ``from_plain`` turn source into the editor's HTML and back; every
chip maps back to exactly the source it came from.
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QCoreApplication, QSettings, Signal
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from coopeten_gui.documents.context import TEMPLATE_VARIABLES, describe

PLAIN_MODE_KEY = "templates/plain_mode"
OPEN, CLOSE = "«", "»"
_TAG = re.compile(r"\{\{-?\s*(.*?)\s*-?\}\}|\{%-?\s*(.*?)\s*-?%\}|\{#.*?#\}", re.S)
_CHIP = re.compile(f"{OPEN}([^{OPEN}{CLOSE}]*){CLOSE}")
_CHIP_STYLE = "background-color:#dde7f5; color:#1d3557;"
_CHIP_SPAN = re.compile(f'<span style="[^"]*#dde7f5[^"]*">{OPEN}([^{OPEN}{CLOSE}]*){CLOSE}</span>')
_QT_PARAGRAPH = re.compile(r'<p((?: align="\w+")?) style="[^"]*-qt-block-indent:0;[^"]*">')
# lists and codes a letter writer has no use for as a plain field
_NOT_PLAIN = ("profile.has_logo", "profile.currency", "contact.emails", "contact.stage",
              "event.kind", "offers_mine", "offers_theirs", "asks_mine", "asks_theirs",
              "promotions.mine", "promotions.theirs", "promotions.totals.mine",
              "promotions.totals.theirs", "other_contact", "language", "today")


def plain_fields() -> list[tuple[str, str]]:
    """(jinja2 expression, readable name) of the fields offered in plain mode."""
    extra = [
        ("today|date", QCoreApplication.translate("PlainTemplate", "Today's date")),
        ("contact.given_name or contact.display_name",
         QCoreApplication.translate("PlainTemplate", "The contact's first name (or full name)")),
    ]
    return extra + [(name, meaning) for name, meaning in describe(TEMPLATE_VARIABLES)
                    if name not in _NOT_PLAIN]


def has_blocks(source: str) -> bool:
    return "{%" in source or "{#" in source


def to_plain(source: str) -> tuple[str, dict[str, str]]:
    """The editor's HTML for ``source`` and the source each chip stands for."""
    names = dict(plain_fields())
    chips: dict[str, str] = {}
    parts, last = [], 0
    for match in _TAG.finditer(source):
        parts.append(source[last:match.start()])
        last = match.end()
        original = match.group(0)
        if match.group(1) is not None:
            expression = " ".join(match.group(1).split())
            shown = names.get(expression, expression)
        elif match.group(2) is not None:
            shown = "⚙ " + " ".join(match.group(2).split())
        else:
            shown = "⚙ …"
        # two different sources shown alike would come back as one: tell them apart
        while chips.get(shown, original) != original:
            shown += " "
        chips[shown] = original
        parts.append(f'<span style="{_CHIP_STYLE}">{OPEN}{html.escape(shown)}{CLOSE}</span>')
    parts.append(source[last:])
    return "".join(parts), chips


def from_plain(document_html: str, chips: dict[str, str]) -> str:
    """The jinja2 source for what the plain editor holds (``QTextEdit.toHtml()``)."""
    body = re.search(r"<body[^>]*>(.*)</body>", document_html, re.S)
    fragment = body.group(1).strip() if body else document_html
    fields = {name: f"{{{{ {expression} }}}}" for expression, name in plain_fields()}

    def source_of(match: re.Match) -> str:
        shown = html.unescape(match.group(1))
        return chips.get(shown) or fields.get(shown) or match.group(0)

    fragment = _CHIP_SPAN.sub(source_of, fragment)
    # Qt writes every paragraph's spacing out; the letter's own style sheet sets it
    fragment = _QT_PARAGRAPH.sub(r"<p\1>", fragment)
    return _CHIP.sub(source_of, fragment)


def plain_mode_chosen() -> bool:
    """Plain mode unless the user switched to the source (the choice is kept)."""
    return QSettings().value(PLAIN_MODE_KEY, True) in (True, "true")


def choose_plain_mode(plain: bool) -> None:
    QSettings().setValue(PLAIN_MODE_KEY, plain)


class PlainTemplateEdit(QWidget):
    """The letter as rich text with field chips, and the list of fields to insert.

    Signals:
        edited(str): the user changed the letter; the new jinja2 source.
    """

    edited = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("plain_template")
        self._chips: dict[str, str] = {}
        self._loading = False
        self.text = QTextEdit(self)
        self.text.setObjectName("plain_text")
        self.text.setAcceptRichText(True)
        self.notice = QLabel(self)
        self.notice.setObjectName("plain_notice")
        self.notice.setWordWrap(True)
        self.field_combo = QComboBox(self)
        self.field_combo.setObjectName("plain_fields")
        self.field_combo.addItem(self.tr("Insert a field…"), "")
        for expression, name in plain_fields():
            self.field_combo.addItem(name, expression)
        # as narrow as "Insert a field…" allows: sized to its longest field, it made the
        # Proposals page, and so the window, wider than a 1024-pixel screen (the list
        # that opens is as wide as its longest field)
        self.field_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.field_combo.setMinimumContentsLength(len(self.field_combo.itemText(0)))
        row = QHBoxLayout()
        row.addWidget(self.field_combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.notice)
        layout.addLayout(row)
        layout.addWidget(self.text, 1)
        self.field_combo.activated.connect(self._insert_chosen)
        self.text.textChanged.connect(self._changed)

    def set_source(self, source: str) -> None:
        self._loading = True
        shown, self._chips = to_plain(source)
        self.text.setHtml(shown)
        locked = has_blocks(source)
        self.text.setReadOnly(locked)
        self.field_combo.setEnabled(not locked)
        self.notice.setText(self.tr(
            "This template has conditions and repeats (the ⚙ chips), so it can be changed "
            "only in its source. To write a letter of your own here, press New.")
            if locked else self.tr(
            "Write the letter as it should read. Fields (in colour) are filled in for each "
            "contact: add one from the list."))
        self._loading = False

    def source(self) -> str:
        return from_plain(self.text.toHtml(), self._chips)

    def insert_field(self, expression: str) -> None:
        name = dict(plain_fields()).get(expression, expression)
        cursor = self.text.textCursor()
        cursor.insertHtml(f'<span style="{_CHIP_STYLE}">{OPEN}{html.escape(name)}{CLOSE}</span>')
        cursor.insertText(" ", QTextCharFormat())  # typing goes on in the letter's own look
        self.text.setTextCursor(cursor)
        self.text.setFocus()

    def _insert_chosen(self, index: int) -> None:
        expression = self.field_combo.itemData(index)
        self.field_combo.setCurrentIndex(0)
        if expression:
            self.insert_field(expression)

    def _changed(self) -> None:
        if not self._loading and not self.text.isReadOnly():
            self.edited.emit(self.source())
