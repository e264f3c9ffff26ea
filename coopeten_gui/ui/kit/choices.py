"""Choice lists: ``ChoiceModel`` (thousands of items set in one go), ``fill_combo`` (refill
a combo box, keeping the choice) and ``LazyChoiceCombo`` (read only when opened).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QListView


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
