"""Small widgets and helpers shared by the contact, organization and exchange screens.

- ``confirm``, ``ask_item`` and ``ask_unsaved``: the questions pages put to the user, in one
  place so tests can answer them (``monkeypatch.setattr(widgets, "confirm", …)``).
- ``ErrorLabel``: the red message shown under a field the service refused.
- ``LabeledValuesEditor``: several emails / phones / links, each with a label, rows
  added and removed by the user.
- ``AddressesEditor``: several postal addresses.
- ``TagsEdit``: comma-separated tags with completion of the word being typed.
- ``ContactPicker``: a line edit completing contact names, holding the chosen id (every
  form that links a contact uses it).
- ``OptionalDateEdit``: a date that may be left empty.
- ``money_text``: amounts in cents shown the QLocale way (typed in ``money_edit.MoneyEdit``).
"""

from __future__ import annotations

from datetime import date
from typing import cast

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QStringListModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLayout,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coopeten_gui.services import contact_list, contacts, money, profile
from coopeten_gui.services.contact_data import Labeled, PostalAddress
from coopeten_gui.ui.money_edit import MoneyEdit
from coopeten_gui.ui.palette import error_color
from coopeten_gui.ui.plain_text import literal

# -- questions -------------------------------------------------------------------------------

def confirm(parent: QWidget, title: str, text: str, action: str = "") -> bool:
    """Ask before something that cannot be taken back lightly. True to go ahead."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Cancel, parent)
    go = box.addButton(action or title, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setTextFormat(Qt.TextFormat.PlainText)  # the text names the user's records
    box.exec()
    return box.clickedButton() is go


def ask_item(parent: QWidget, title: str, label: str, items: list[str],
             editable: bool = True) -> str | None:
    """One choice from a list (or, when ``editable``, a new value typed)."""
    text, ok = QInputDialog.getItem(parent, title, label, items, 0, editable)
    text = text.strip()
    return text if ok and text else None


SAVE, DISCARD, CANCEL = "save", "discard", "cancel"


def ask_unsaved(parent: QWidget, text: str = "") -> str:
    """Typed work would be lost: SAVE it, DISCARD it, or CANCEL (stay where one was)."""
    box = QMessageBox(QMessageBox.Icon.Warning,
                      QCoreApplication.translate("Unsaved", "Unsaved changes"),
                      text or QCoreApplication.translate(
                          "Unsaved", "You have changes that are not saved. Save them?"),
                      QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                      | QMessageBox.StandardButton.Cancel, parent)
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    return {QMessageBox.StandardButton.Save: SAVE,
            QMessageBox.StandardButton.Discard: DISCARD}.get(
        QMessageBox.StandardButton(answer), CANCEL)


def inform(parent: QWidget, title: str, text: str) -> None:
    QMessageBox.information(parent, title, literal(text))


# -- combo boxes -----------------------------------------------------------------------------

class ChoiceModel(QAbstractListModel):
    """The items of a choice list: (text, data) pairs set in one go.

    Much quicker than thousands of ``addItem`` calls (20,000 organizations fill in a
    few milliseconds) and it keeps the item data in Python.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._items: list[tuple[str, object]] = []

    def set_items(self, items: list[tuple[str, object]]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def find(self, data) -> int:
        for row, (_, value) in enumerate(self._items):
            if value == data:
                return row
        return -1

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        text, value = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return text
        if role == Qt.ItemDataRole.UserRole:
            return value
        return None


def fill_combo(combo: QComboBox, first: str, first_data, items) -> None:
    """Refill a choice list, keeping the current choice when it is still there.

    Every item carries data; "none" or "all" is ``""`` or ``0`` (never ``None``), so
    ``currentData() or None`` reads a choice the same way in every form.
    """
    model = combo.model()
    if not isinstance(model, ChoiceModel):
        model = ChoiceModel(combo)
        combo.setModel(model)
        current = first_data
        # never measure every item (20,000 organizations) to size the box or its list
        combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        # wide enough for at least 12 characters and the whole "All …" / "None" item,
        # whose words are longer in Spanish ("Todas las categorías")
        combo.setMinimumContentsLength(max(combo.minimumContentsLength(), 12, len(first)))
        view = combo.view()
        if isinstance(view, QListView):
            view.setUniformItemSizes(True)
    else:
        current = combo.currentData() if combo.count() else first_data
    blocked = combo.blockSignals(True)
    model.set_items([(first, first_data), *items])
    combo.setCurrentIndex(max(0, model.find(current)))
    combo.blockSignals(blocked)


class LazyChoiceCombo(QComboBox):
    """A choice list read from a service only when the user opens or focuses it.

    With 20,000 organizations, refilling the list on every reload of a page would cost
    more than the page itself; ``invalidate`` just notes that the list is out of date.
    """

    def __init__(self, first: str, first_data, load, parent=None) -> None:
        super().__init__(parent)
        self._first, self._first_data, self._load = first, first_data, load
        self._dirty = True
        fill_combo(self, first, first_data, [])

    def invalidate(self) -> None:
        self._dirty = True

    def ensure_loaded(self) -> None:
        if self._dirty:
            self._dirty = False
            fill_combo(self, self._first, self._first_data, self._load())

    def select_data(self, data) -> None:
        self.ensure_loaded()
        self.setCurrentIndex(max(0, self.findData(data)))

    def showPopup(self) -> None:  # noqa: N802 - Qt API
        self.ensure_loaded()
        super().showPopup()

    def focusInEvent(self, event) -> None:
        self.ensure_loaded()  # arrow keys and typing choose without opening the list
        super().focusInEvent(event)


# -- money -----------------------------------------------------------------------------------

def currency_symbol() -> str:
    """The symbol of the profile's currency, as the interface language writes it."""
    return money.currency_symbol(profile.get().currency)


def money_text(cents: int | None, symbol: str | None = None) -> str:
    if not cents:
        return ""
    return QLocale().toCurrencyString(cents / 100, symbol if symbol is not None
                                      else currency_symbol())


# every amount is typed in the one money field; the older name stays for the forms that use it
MoneySpinBox = MoneyEdit


# -- errors beside fields --------------------------------------------------------------------

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


# -- several labeled values ------------------------------------------------------------------

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


# -- tags ------------------------------------------------------------------------------------

class _LastWordCompleter(QCompleter):
    """Completes the tag being typed after the last comma, keeping the ones before it."""

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 - Qt API
        return [path.split(",")[-1].strip()]

    def pathFromIndex(self, index) -> str:  # noqa: N802 - Qt API
        edit = cast(QLineEdit, self.widget())
        before = edit.text().rsplit(",", 1)[0] + ", " if "," in edit.text() else ""
        return before + index.data()


class TagsEdit(QLineEdit):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("Tags, separated by commas"))
        completer = _LastWordCompleter(QStringListModel(contacts.all_tags(), self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)

    def tags(self) -> list[str]:
        return [t.strip() for t in self.text().split(",") if t.strip()]

    def set_tags(self, tags: list[str]) -> None:
        self.setText(", ".join(tags))


# -- picking a contact -----------------------------------------------------------------------

class ContactPicker(QLineEdit):
    """Type part of a name and pick the contact from the suggestions; ``contact_id()`` is
    the choice.

    ``exclude`` leaves one contact out of the suggestions (a contact cannot introduce
    itself); ``placeholder`` replaces the usual hint.

    Signals:
        contact_changed(int): the chosen contact id changed (0 when none).
    """

    contact_changed = Signal(int)

    def __init__(self, parent=None, exclude: int | None = None,
                 placeholder: str | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("Type a name…") if placeholder is None else placeholder)
        self.setClearButtonEnabled(True)
        self._exclude = exclude
        self._id: int | None = None
        self._ids_by_text: dict[str, int] = {}
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        # the service already matched (accent-blind); the completer shows its rows as they are
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        # PySide picks the str overload; its stub cannot index a signal
        completer.activated[str].connect(self._chosen)  # type: ignore[index]
        self.setCompleter(completer)
        # the search runs once typing pauses, not on every key
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self._search)
        self.textEdited.connect(self._edited)

    def contact_id(self) -> int | None:
        return self._id

    def set_contact(self, contact_id: int | None, name: str | None = None) -> None:
        """Show ``contact_id`` as the choice; its name is looked up unless given."""
        self._id = contact_id or None
        if name is None:
            name = contacts.get(contact_id).display_name if contact_id else ""
        self.setText(name if self._id else "")
        if self._id and name:
            self._ids_by_text[name] = self._id
        self.contact_changed.emit(self._id or 0)

    def has_unresolved_text(self) -> bool:
        """Something is typed but no contact was chosen for it."""
        return bool(self.text().strip()) and self._id is None

    def _edited(self, text: str) -> None:
        resolved = self._ids_by_text.get(text)
        if resolved != self._id:
            self._id = resolved
            self.contact_changed.emit(self._id or 0)
        if text.strip() and resolved is None:
            self._timer.start()

    def _search(self) -> None:
        rows = contact_list.search_contacts(self.text(), limit=20)
        self._ids_by_text = {}
        for row in rows:
            if row.id == self._exclude:
                continue
            text = f"{row.display_name} — {row.organization}" if row.organization \
                else row.display_name
            self._ids_by_text.setdefault(text, row.id)
        self._model.setStringList(list(self._ids_by_text))
        if self.hasFocus() and self._ids_by_text:
            self.completer().complete()

    def _chosen(self, text: str) -> None:
        contact_id = self._ids_by_text.get(text)
        if contact_id is not None and contact_id != self._id:
            self._id = contact_id
            self.contact_changed.emit(contact_id)


# -- dates -----------------------------------------------------------------------------------

class OptionalDateEdit(QDateEdit):
    """A date edit whose lowest value stands for "no date" and shows empty."""

    EMPTY = QDate(1800, 1, 1)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setMinimumDate(self.EMPTY)
        self.setSpecialValueText(" ")
        self.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat)
                              .replace("yy", "yyyy").replace("yyyyyyyy", "yyyy"))
        self.setDate(self.EMPTY)

    def value(self) -> date | None:
        current = self.date()
        return None if current == self.EMPTY else cast(date, current.toPython())

    def set_value(self, value: date | None) -> None:
        self.setDate(QDate(value) if value else self.EMPTY)

    def mousePressEvent(self, event) -> None:
        if self.date() == self.EMPTY:
            # an empty date opens its calendar on today's month, not in 1800
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())
        super().mousePressEvent(event)


def labeled_row(*widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        row.addWidget(widget)
    return row
