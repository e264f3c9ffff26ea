"""The Organizations page: the businesses, how many of your contacts work in each,
and, for the one selected, its details and its people.

The list shows its first ``FIRST_ROWS`` organizations at once and reads the rest (up to
``LIMIT``) on a worker thread: at a million contacts counting the people of 100,000
organizations takes seconds. An organization to select that is not among the first rows
(the one being edited, one opened from a contact) is selected when the rest arrives;
its details show meanwhile."""

from __future__ import annotations

from html import escape
from typing import cast

from PySide6.QtCore import QLocale, QModelIndex, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from coopeten_gui.services import organizations
from coopeten_gui.services.common import fold
from coopeten_gui.services.organizations import OrganizationData
from coopeten_gui.ui.kit import questions, undo
from coopeten_gui.ui.kit.empty_state import EmptyState
from coopeten_gui.ui.kit.growing_row_model import GrowingRowModel, sorted_by_its_model
from coopeten_gui.ui.kit.record_dialog import RecordDialog
from coopeten_gui.ui.kit.rest_reader import RestReader
from coopeten_gui.ui.kit.row_model import Column, RowTableModel
from coopeten_gui.ui.pages.contact_tabs.common import RowTable, button_row

_LOCAL = Qt.ShortcutContext.WidgetWithChildrenShortcut
_FIELDS = ("name", "website", "phone", "email", "address", "sector", "notes")
# the organizations read at once: a screenful and more, in a couple of milliseconds
FIRST_ROWS = 200
# the most the list shows
LIMIT = 100_000


class OrganizationsPage(QWidget):
    """Signals:
        contact_opened(int): a person of the organization was double-clicked.
    """

    contact_opened = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.dialog: OrganizationDialog | None = None
        self.freshness = undo.Freshness(self, self.reload)
        self.search_box = QLineEdit(self)
        self.search_box.setPlaceholderText(self.tr("Search organizations…"))
        self.search_box.setClearButtonEnabled(True)
        # the organization to select once the rest of the list is read
        self._pending: int | None = None
        self.rest = RestReader(self)
        self.model = GrowingRowModel([
            Column(self.tr("Organization"), lambda r: r.name, key=lambda r: fold(r.name)),
            Column(self.tr("People"), lambda r: QLocale().toString(r.people),
                   key=lambda r: r.people,
                   right=True),
            Column(self.tr("Sector"), lambda r: r.sector),
        ], self)
        self.table = RowTable(self.model, self)
        self.table.setObjectName("organizations")
        self.empty_state = EmptyState(
            self.table, self.tr("Organizations are the businesses your contacts belong to. "
                                "A contact's organization appears here by itself."),
            self.tr("Add an organization…"), lambda: self.new_organization())
        self.table.setSelectionMode(RowTable.SelectionMode.SingleSelection)
        # the model sorts itself: sorting 100,000 rows in the proxy took nine seconds
        sorted_by_its_model(self.table)
        self.table.setColumnWidth(0, 240)
        self.table.setColumnWidth(1, 70)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.new_button = QPushButton(self.tr("New…"), self)
        self.new_button.setToolTip(self.tr("New organization (Ctrl+N)"))
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)

        self.details = QLabel(self)
        self.details.setObjectName("organization_details")
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.details.linkActivated.connect(lambda link: QDesktopServices.openUrl(QUrl(link)))
        self.people_title = QLabel(self)
        self.people_title.setStyleSheet("font-weight: bold;")
        self.people_model = RowTableModel([
            Column(self.tr("Name"), lambda p: p[1], key=lambda p: fold(p[1])),
        ], self)
        self.people = RowTable(self.people_model, self)
        self.people.setObjectName("organization_people")
        self.people.horizontalHeader().setStretchLastSection(True)
        self.people.setToolTip(self.tr("Double-click a person to open them"))

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search_box)
        left_layout.addLayout(button_row(self.new_button, self.edit_button, self.delete_button))
        left_layout.addWidget(self.table)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        right_layout.addWidget(self.details)
        right_layout.addWidget(self.people_title)
        right_layout.addWidget(self.people, 1)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        for keys, slot in (([QKeySequence(QKeySequence.StandardKey.New)], self.new_organization),
                           ([QKeySequence(Qt.Key.Key_F2)], self.edit_current)):
            action = QAction(self)
            action.setShortcuts(keys)
            action.setShortcutContext(_LOCAL)
            action.triggered.connect(slot)
            self.addAction(action)
        self._search_timer = QTimer(self, singleShot=True, interval=150)
        self._search_timer.timeout.connect(self.reload)
        self.search_box.textChanged.connect(self._search_timer.start)
        self.new_button.clicked.connect(self.new_organization)
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button.clicked.connect(self.delete_current)
        self.table.doubleClicked.connect(lambda _: self.edit_current())
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.people.activated.connect(self._open_person)
        self._show_current()

    # -- showing ----------------------------------------------------------------------------

    def reload(self) -> None:
        self.freshness.mark_fresh()
        current = self.current_id()
        text = self.search_box.text()
        first = organizations.list_organizations(text, limit=FIRST_ROWS)
        self._pending = None
        self.model.set_rows(first)
        if len(first) < FIRST_ROWS:
            self.rest.stop()
        else:
            self.rest.read(lambda stop: organizations.list_organizations(
                text, offset=FIRST_ROWS, limit=LIMIT - FIRST_ROWS, stop=stop), self._take_rest)
        if current is not None:
            self._select_or_await(current)
        elif self.model.rowCount():
            self.table.selectRow(0)
        self._show_current()

    def open_organization(self, org_id: int) -> bool:
        """Show one organization (from a contact's page or the global search)."""
        if self.freshness.stale:
            self.reload()
        if self._select_or_await(org_id):
            return True
        self.search_box.clear()  # it may be hidden by the search
        self.reload()
        return self._select_or_await(org_id)

    def select_organization(self, org_id: int) -> bool:
        """Select it if listed (among the rows read so far)."""
        row = self.model.row_of(org_id)
        if row < 0:
            return False
        self.table.selectRow(self.table.proxy.mapFromSource(self.model.index(row, 0)).row())
        return True

    def current_id(self) -> int | None:
        """The organization selected, or the one to select once the list is read."""
        row = self.table.current_row()
        return row.id if row is not None else self._pending

    def _select_or_await(self, org_id: int) -> bool:
        """Select it now, or once the rest of the list is read if it will be there."""
        if self.select_organization(org_id):
            return True
        if self.rest.reading and organizations.is_listed(org_id, self.search_box.text(),
                                                         LIMIT):
            self.table.clearSelection()
            self.table.setCurrentIndex(QModelIndex())
            self._pending = org_id
            self._show_current()
            return True
        return False

    def _take_rest(self, rows: list[organizations.OrganizationRow]) -> None:
        self.model.append_rows(rows)
        pending, self._pending = self._pending, None
        if pending is None or self.table.current_row() is not None \
                or not self.select_organization(pending):
            self._show_current()  # (a selection shows itself)

    # -- the user's actions -----------------------------------------------------------------

    def new_organization(self) -> OrganizationDialog:
        def save(data: OrganizationData) -> int:
            org_id = organizations.create(data)
            self._push(undo.RecordCreated(self.tr("New organization “%1”").replace(
                "%1", data.name), org_id, organizations.trash, organizations.restore))
            return org_id

        self.dialog = OrganizationDialog(OrganizationData(), save, self)
        self.dialog.accepted.connect(lambda: self.select_organization(self.dialog.saved_id))
        self.dialog.open()
        return self.dialog

    def edit_current(self) -> OrganizationDialog | None:
        org_id = self.current_id()
        if org_id is None:
            return None
        row = organizations.get(org_id)
        before = OrganizationData(**{name: getattr(row, name) for name in _FIELDS})

        def save(data: OrganizationData) -> int:
            organizations.update(org_id, data)
            self._push(undo.RecordEdited(self.tr("Edit “%1”").replace("%1", data.name), org_id,
                                         organizations.update, before, data))
            return org_id

        self.dialog = OrganizationDialog(OrganizationData(**vars(before)), save, self)
        self.dialog.open()
        return self.dialog

    def delete_current(self) -> bool:
        row = self.table.current_row()
        if row is None:
            return False
        text = self.tr("Move “%1” to the trash?").replace("%1", row.name)
        if row.people:
            text += "\n" + self.tr("Its %n contact(s) stay in your contacts.", "", row.people)
        if not questions.confirm(self, self.tr("Delete organization"), text,
                               self.tr("Move to trash")):
            return False
        organizations.trash([row.id])
        self._push(undo.RecordsTrashed(self.tr("Delete “%1”").replace("%1", row.name), [row.id],
                                       organizations.trash, organizations.restore))
        return True

    # -- internals --------------------------------------------------------------------------

    def _current_changed(self, *_args) -> None:
        if self.table.current_row() is not None:
            self._pending = None  # chosen by the user, or the one awaited
        self._show_current()

    def _show_current(self) -> None:
        row = self.table.current_row()
        org_id = self.current_id()
        self.edit_button.setEnabled(org_id is not None)
        self.delete_button.setEnabled(row is not None)
        if org_id is None:
            self.details.setText("<p style='color: gray'>" + escape(self.tr(
                "Choose an organization to see its details and its people.")) + "</p>")
            self.people_title.clear()
            self.people_model.set_rows([])
            return
        org = organizations.get(org_id)
        lines = [f"<h2>{escape(org.name)}</h2>"]
        if org.sector:
            lines.append(f"<p>{escape(org.sector)}</p>")
        items = []
        if org.website:
            target = org.website if "://" in org.website else "https://" + org.website
            items.append(f"<a href='{escape(target, quote=True)}'>{escape(org.website)}</a>")
        if org.email:
            items.append(f"<a href='mailto:{escape(org.email, quote=True)}'>"
                         f"{escape(org.email)}</a>")
        if org.phone:
            dial = "".join(c for c in org.phone if c.isdigit() or c == "+")
            items.append(f"<a href='tel:{dial}'>{escape(org.phone)}</a>")
        if org.address:
            items.append(escape(org.address).replace("\n", "<br>"))
        if items:
            lines.append("<p>" + "<br>".join(items) + "</p>")
        if org.notes:
            lines.append("<p>" + escape(org.notes).replace("\n", "<br>") + "</p>")
        self.details.setText("".join(lines))
        people = organizations.people(org_id)
        self.people_title.setText(self.tr("People (%1)").replace("%1", str(len(people))))
        self.people_model.set_rows(people)

    def _open_person(self, index) -> None:
        person = index.siblingAtColumn(0).data(Qt.ItemDataRole.UserRole)
        if person is not None:
            self.contact_opened.emit(person[0])

    def _push(self, command) -> None:
        self.freshness.push(command)


class OrganizationDialog(RecordDialog):
    def __init__(self, data: OrganizationData, save, parent=None) -> None:
        super().__init__(save, parent)
        self.setObjectName("OrganizationDialog")
        self.setWindowTitle(self.tr("Organization"))
        # every row of this form is a text field: the fields by name are its edits
        self.edits = self._fields
        titles = {"name": self.tr("&Name"), "website": self.tr("&Website"),
                  "phone": self.tr("&Phone"), "email": self.tr("&Email"),
                  "address": self.tr("&Address"), "sector": self.tr("&Sector"),
                  "notes": self.tr("N&otes")}
        form = QFormLayout()
        for name in _FIELDS:
            edit: QLineEdit | QPlainTextEdit
            if name in ("address", "notes"):
                edit = QPlainTextEdit(getattr(data, name), self)
                edit.setTabChangesFocus(True)
                edit.setFixedHeight(self.fontMetrics().height() * 4 + 12)
            else:
                edit = QLineEdit(getattr(data, name), self)
            self.add_row(form, titles[name], edit, name)
        self.finish(form)
        self.resize(520, self.sizeHint().height())
        self.edits["name"].setFocus()

    @property
    def saved_id(self) -> int | None:
        """The organization's id once saved."""
        return self.saved

    def data(self) -> OrganizationData:
        return OrganizationData(**{
            name: (edit.toPlainText() if isinstance(edit, QPlainTextEdit)
                   else cast(QLineEdit, edit).text())
            for name, edit in self.edits.items()})

