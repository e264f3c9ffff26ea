"""The parts of a form: ``ErrorLabel`` (the red message under a field the service
refused), ``add_form_row`` (label, field and its error line), ``labeled_row``,
``save_cancel`` (a form dialog's buttons and layout), and the
several-values editors — ``LabeledValuesEditor`` (emails, phones, links, each with a label)
and ``AddressesEditor`` (postal addresses).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coopeten_gui.services.contact_data import Labeled, PostalAddress
from coopeten_gui.ui.kit.fit import fit_to_screen
from coopeten_gui.ui.kit.palette import error_color


class ErrorLabel(QLabel):
    """A red message under a field; hidden while there is nothing to say."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)  # messages quote what was typed
        # the same reds as the other forms, readable on light and dark palettes
        self.setStyleSheet("color: %s;" % error_color())
        self.setProperty("error_colour", True)  # palette.refresh_colours keeps it readable
        self.setAccessibleName(self.tr("Error"))
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText("⚠ " + text if text else "")
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.clear()
        self.hide()


def add_form_row(form: QFormLayout, text: str, field: QWidget,
                 focus: QWidget | None = None) -> ErrorLabel:
    """A form row: the label (its &-key moves to the field), the field, and under it the
    error line the service's message goes to. Returns that error line."""
    error = ErrorLabel(field.parentWidget())
    holder = QVBoxLayout()
    holder.setSpacing(1)
    holder.addWidget(field)
    holder.addWidget(error)
    caption = QLabel(text, field.parentWidget())
    caption.setBuddy(focus or field)
    form.addRow(caption, holder)
    return error


def _rows_and_add_button(editor: QWidget, rows: QLayout, add_text: str) -> QPushButton:
    """Lay out a several-values editor: its rows, and under them the flat "+ Add …" button
    that adds one (calling the editor's ``add_row``) and puts the cursor in it."""
    button = QPushButton(add_text, editor)
    button.setFlat(True)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    # (every several-values editor has add_row; QWidget does not say so)
    button.clicked.connect(lambda: editor.add_row(focus=True))  # type: ignore[attr-defined]
    layout = QVBoxLayout(editor)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addLayout(rows)
    layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
    return button


def _chosen_label(combo: QComboBox) -> str:
    """The label code of an editable label list ("work", "home"…), or what the user typed
    instead, lower-cased."""
    text = combo.currentText().strip()
    index = combo.findText(text, Qt.MatchFlag.MatchFixedString)
    if index >= 0:
        return combo.itemData(index) or ""
    return text.lower()


class LabeledValuesEditor(QWidget):
    """Rows of (label, value, remove) with an Add button below.

    Signals:
        changed(): a row was added, removed or edited.
    """

    changed = Signal()

    def __init__(self, labels: list[tuple[str, str]], placeholder: str, add_text: str,
                 parent=None) -> None:
        super().__init__(parent)
        # (stored label, shown text): the combo shows translated words, stores the codes
        self._labels = labels
        self._placeholder = placeholder
        self._rows: list[tuple[QComboBox, QLineEdit, QToolButton]] = []
        self._grid = QGridLayout()
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setColumnStretch(1, 1)
        self.add_button = _rows_and_add_button(self, self._grid, add_text)

    # values in and out

    def set_values(self, values: list[Labeled]) -> None:
        while self._rows:
            self._remove(self._rows[-1])
        for item in values:
            self.add_row(item)
        if not values:
            self.add_row()

    def values(self) -> list[Labeled]:
        out = []
        for combo, edit, _ in self._rows:
            if edit.text().strip():
                out.append(Labeled(edit.text().strip(), _chosen_label(combo)))
        return out

    def value_edits(self) -> list[QLineEdit]:
        return [edit for _, edit, _ in self._rows]

    def add_row(self, item: Labeled | None = None, focus: bool = False) -> QLineEdit:
        combo = QComboBox(self)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for code, text in self._labels:
            combo.addItem(text, code)
        combo.setMinimumContentsLength(6)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        edit = QLineEdit(self)
        edit.setPlaceholderText(self._placeholder)
        remove = QToolButton(self)
        remove.setText("✕")
        remove.setAutoRaise(True)
        remove.setToolTip(self.tr("Remove this line"))
        row = (combo, edit, remove)
        if item is not None:
            edit.setText(item.value)
            index = combo.findData(item.label)
            if index >= 0:
                combo.setCurrentIndex(index)
            else:
                combo.setEditText(item.label)
        elif self._rows:
            # a second email is rarely the same kind as the first: offer the next label
            combo.setCurrentIndex(min(len(self._rows), combo.count() - 1))
        position = len(self._rows)
        self._grid.addWidget(combo, position, 0)
        self._grid.addWidget(edit, position, 1)
        self._grid.addWidget(remove, position, 2)
        self._rows.append(row)
        remove.clicked.connect(lambda: self._remove_clicked(row))
        edit.textChanged.connect(self.changed)
        edit.label_combo = combo  # type: ignore[attr-defined]  # the row's label, found from its edit
        if focus:
            edit.setFocus()
        self.changed.emit()
        return edit

    def _remove_clicked(self, row) -> None:
        self._remove(row)
        if not self._rows:
            self.add_row()
        self.changed.emit()

    def _remove(self, row) -> None:
        self._rows.remove(row)
        for widget in row:
            self._grid.removeWidget(widget)
            widget.deleteLater()
        # close the gap so rows stay in order when added again
        for position, (combo, edit, remove) in enumerate(self._rows):
            self._grid.addWidget(combo, position, 0)
            self._grid.addWidget(edit, position, 1)
            self._grid.addWidget(remove, position, 2)


class AddressesEditor(QWidget):
    """Several postal addresses, each on two lines, with Add and remove."""

    def __init__(self, labels: list[tuple[str, str]], parent=None) -> None:
        super().__init__(parent)
        self._labels = labels
        self._rows: list[tuple[QWidget, dict]] = []
        self._box = QVBoxLayout()
        self._box.setContentsMargins(0, 0, 0, 0)
        self.add_button = _rows_and_add_button(self, self._box, self.tr("+ Add an address"))

    def set_values(self, addresses: list[PostalAddress]) -> None:
        for frame, _ in list(self._rows):
            self._remove(frame)
        for address in addresses:
            self.add_row(address)

    def values(self) -> list[PostalAddress]:
        out = []
        for _, fields in self._rows:
            address = PostalAddress(label=_chosen_label(fields["label"]), **{
                name: fields[name].text().strip()
                for name in ("street", "extended", "po_box", "postal_code", "city", "region",
                             "country")})
            if not address.is_empty():
                out.append(address)
        return out

    def add_row(self, address: PostalAddress | None = None, focus: bool = False) -> None:
        address = address or PostalAddress()
        frame = QWidget(self)
        grid = QGridLayout(frame)
        grid.setContentsMargins(0, 0, 0, 6)
        fields: dict = {}
        combo = QComboBox(frame)
        combo.setEditable(True)
        for code, text in self._labels:
            combo.addItem(text, code)
        index = combo.findData(address.label)
        if index >= 0:
            combo.setCurrentIndex(index)
        elif address.label:
            combo.setEditText(address.label)
        fields["label"] = combo
        placeholders = {
            "street": self.tr("Street and number"), "extended": self.tr("Floor, door…"),
            "po_box": self.tr("PO box"), "postal_code": self.tr("Postal code"),
            "city": self.tr("City"), "region": self.tr("Region"),
            "country": self.tr("Country"),
        }
        for name, text in placeholders.items():
            edit = QLineEdit(getattr(address, name), frame)
            edit.setPlaceholderText(text)
            fields[name] = edit
        remove = QToolButton(frame)
        remove.setText("✕")
        remove.setAutoRaise(True)
        remove.setToolTip(self.tr("Remove this address"))
        remove.clicked.connect(lambda: self._remove(frame))
        # three short lines: street / postal code, city, region / country, PO box
        grid.addWidget(combo, 0, 0)
        grid.addWidget(fields["street"], 0, 1, 1, 2)
        grid.addWidget(fields["extended"], 0, 3)
        grid.addWidget(remove, 0, 4)
        grid.addWidget(fields["postal_code"], 1, 1)
        grid.addWidget(fields["city"], 1, 2)
        grid.addWidget(fields["region"], 1, 3)
        grid.addWidget(fields["country"], 2, 1, 1, 2)
        grid.addWidget(fields["po_box"], 2, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 2)
        grid.setColumnStretch(3, 1)
        self._box.addWidget(frame)
        self._rows.append((frame, fields))
        if focus:
            fields["street"].setFocus()

    def _remove(self, frame: QWidget) -> None:
        self._rows = [(f, fields) for f, fields in self._rows if f is not frame]
        self._box.removeWidget(frame)
        frame.deleteLater()


def labeled_row(*widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        row.addWidget(widget)
    return row


def save_cancel(dialog: QDialog, form: QFormLayout, width: int) -> QDialogButtonBox:
    """Lay ``dialog`` out as ``form`` over Save and Cancel (Save accepts, Cancel rejects),
    ``width`` wide and as tall as the form needs, within the screen; the buttons."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(buttons)
    dialog.resize(width, dialog.sizeHint().height())
    fit_to_screen(dialog)
    return buttons
