"""The column-mapping step of the import: which column of a generic CSV file holds what.

One row per header of the file, with a combo box of targets (``csv_mapping``'s names,
titled by ``target_title``), pre-filled by ``guess_mapping`` — so a Spanish spreadsheet
with *Nombre*, *Apellidos*, *Empresa*, *Correo*, *Teléfono* needs no work at all.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from coopeten_gui.services.formats import csv_mapping
from coopeten_gui.services.formats.csv_mapping import target_title

IGNORE = ""
# the order a user scans them in: names, work, ways to reach, address, the rest
TARGETS = (
    "display_name", "given_name", "middle_name", "family_name", "prefix", "suffix", "nickname",
    "organization_name", "department", "job_title",
    "email", "email:work", "email:home",
    "phone", "phone:cell", "phone:work", "phone:home", "phone:fax",
    "url", "url:linkedin",
    "street", "extended", "po_box", "city", "region", "postal_code", "country",
    "birthday", "tags", "notes", "uid",
)


class ColumnMappingTable(QTableWidget):
    """The headers of the file, each with the field its values go to."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 2, parent)
        self.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("Goes to")])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self._headers: list[str] = []

    def set_columns(self, headers: list[str], mapping: dict[int, str] | None = None) -> None:
        """Show ``headers``; each combo set from ``mapping`` (default: the guessed one)."""
        mapping = csv_mapping.guess_mapping(headers) if mapping is None else mapping
        self._headers = list(headers)
        self.setRowCount(len(headers))
        choices = self.choices()
        for row, header in enumerate(headers):
            item = QTableWidgetItem(header or self.tr("(column {number} has no name)").format(
                number=row + 1))
            self.setItem(row, 0, item)
            combo = QComboBox(self)
            for target, title in choices:
                combo.addItem(title, target)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(row, IGNORE))))
            combo.setAccessibleName(self.tr("Field for column {name}").format(name=header))
            self.setCellWidget(row, 1, combo)
        self.resizeColumnsToContents()

    def headers(self) -> list[str]:
        return list(self._headers)

    def combo(self, row: int) -> QComboBox:
        return cast(QComboBox, self.cellWidget(row, 1))

    def target_of(self, header: str) -> str:
        """The target chosen for the column named ``header`` ("" when left out)."""
        return self.combo(self._headers.index(header)).currentData()

    def mapping(self) -> dict[int, str]:
        found = {}
        for row in range(self.rowCount()):
            target = self.combo(row).currentData()
            if target:
                found[row] = target
        return found

    def choices(self) -> list[tuple[str, str]]:
        labels = {"work": self.tr("work"), "home": self.tr("home"), "cell": self.tr("mobile"),
                  "fax": self.tr("fax"), "linkedin": "LinkedIn"}
        found = [(IGNORE, self.tr("— leave out —"))]
        for target in TARGETS:
            kind, _, label = target.partition(":")
            title = target_title(kind)
            found.append((target, f"{title} ({labels.get(label, label)})" if label else title))
        return found
