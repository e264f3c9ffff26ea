"""The duplicates step of an import: the table of incoming contacts that look like ones
already there (``DuplicatesModel``), the choice per row (``ActionDelegate``: skip, merge
or create), and the words for formats and choices."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionComboBox,
)

from coopeten_gui.i18n import translate
from coopeten_gui.services.importer import CREATE, MERGE, SKIP, Duplicate
from coopeten_gui.ui.kit.plain_text import literal

ACTIONS = (SKIP, MERGE, CREATE)


def format_title(code: str) -> str:
    return {
        "vcard": translate("ImportDialog", "vCard (.vcf)"),
        "google": translate("ImportDialog", "Google Contacts (CSV)"),
        "outlook": translate("ImportDialog", "Outlook (CSV)"),
        "linkedin": translate("ImportDialog", "LinkedIn connections (CSV)"),
        "coopeten": translate("ImportDialog", "Coopeten export (CSV)"),
        "csv": translate("ImportDialog", "Other CSV — choose the columns"),
    }.get(code, code)


def action_title(action: str) -> str:
    return {SKIP: translate("ImportDialog", "Skip"),
            MERGE: translate("ImportDialog", "Merge"),
            CREATE: translate("ImportDialog", "Create new")}.get(action, action)


class DuplicatesModel(QAbstractTableModel):
    """The likely duplicates of a preview, each with what to do with it (editable)."""

    ROW, NAME, EXISTING, REASON, ACTION = range(5)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Duplicate] = []
        self._actions: list[str] = []

    def set_duplicates(self, duplicates: list[Duplicate], action: str = SKIP) -> None:
        self.beginResetModel()
        self._rows = list(duplicates)
        self._actions = [action] * len(self._rows)
        self.endResetModel()

    def set_all(self, action: str) -> None:
        self._actions = [action] * len(self._rows)
        if self._rows:
            self.dataChanged.emit(self.index(0, self.ACTION),
                                  self.index(len(self._rows) - 1, self.ACTION))

    def decisions(self) -> dict[int, str]:
        return {dup.row: action for dup, action in zip(self._rows, self._actions, strict=True)}

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (translate("ImportDialog", "No."),
                    translate("ImportDialog", "Name in the file"),
                    translate("ImportDialog", "Existing contact"),
                    translate("ImportDialog", "Why"),
                    translate("ImportDialog", "Action"))[section]
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole
                and section == self.ROW):
            return translate("ImportDialog", "Where the contact is in the file: 1 for the "
                                             "first one")
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        dup, column = self._rows[index.row()], index.column()
        if column == self.ACTION and role == Qt.ItemDataRole.EditRole:
            return self._actions[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = (QLocale().toString(dup.row), dup.name, dup.existing_name, dup.reason,
                    action_title(self._actions[index.row()]))[column]
            return literal(text) if role == Qt.ItemDataRole.ToolTipRole else text
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if (index.isValid() and index.column() == self.ACTION and value in ACTIONS
                and role == Qt.ItemDataRole.EditRole):
            self._actions[index.row()] = value
            self.dataChanged.emit(index, index)
            return True
        return False

    def flags(self, index):
        flags = super().flags(index)
        if index.isValid() and index.column() == self.ACTION:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags


class ActionDelegate(QStyledItemDelegate):
    """Shows each action as a combo box (painted, so thousands of rows stay cheap) and
    opens a real one when the cell is clicked."""

    def paint(self, painter, option, index) -> None:
        box = QStyleOptionComboBox()
        box.rect = option.rect.adjusted(1, 1, -1, -1)
        box.state = option.state | QStyle.StateFlag.State_Enabled
        box.palette = option.palette
        box.currentText = index.data(Qt.ItemDataRole.DisplayRole) or ""
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, box, painter, widget)
        style.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, box, painter, widget)

    def sizeHint(self, option, index):
        size = super().sizeHint(option, index)
        size.setWidth(size.width() + 40)
        return size

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt API
        combo = QComboBox(parent)
        for action in ACTIONS:
            combo.addItem(action_title(action), action)
        combo.currentIndexChanged.connect(lambda _i, c=combo: self._chosen(c))
        return combo

    def setEditorData(self, editor, index) -> None:  # noqa: N802 - Qt API
        blocked = editor.blockSignals(True)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))
        editor.blockSignals(blocked)

    def setModelData(self, editor, model, index) -> None:  # noqa: N802 - Qt API
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)

    def _chosen(self, editor: QComboBox) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)
