"""The Proposals page: every proposal by status, and the letter templates.

Two tabs. "Proposals" lists them (filter by status), opens one in the proposal editor,
marks it sent / accepted / declined, starts a new one for a contact and runs a mail
merge. "Templates" is the template editor.

Keys in the list: Enter opens, Delete moves to the trash, Ctrl+Shift+N new proposal.
"""

from __future__ import annotations

from typing import Callable, cast

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coopeten_gui.services import labels, proposals, session
from coopeten_gui.services.common import ServiceError
from coopeten_gui.ui.dialogs.mail_merge_dialog import MailMergeDialog
from coopeten_gui.ui.dialogs.proposal_editor import ProposalEditor, open_proposal_editor
from coopeten_gui.ui.kit import choices, money_edit, pickers, questions
from coopeten_gui.ui.kit.fit import fit_to_screen
from coopeten_gui.ui.kit.page_heading import page_heading
from coopeten_gui.ui.kit.proposal_columns import STATUS_ORDER, proposal_columns
from coopeten_gui.ui.kit.row_model import Column, RowRole, RowTableModel
from coopeten_gui.ui.pages.contact_tabs.common import RowTable
from coopeten_gui.ui.pages.template_editor import TemplateEditor


class ProposalsPage(QWidget):
    """Signals:
        data_changed(): a proposal or template was written.
        status_message(str): something to show in the status bar.
        contact_opened(int): the user wants to see a proposal's contact.
    """

    data_changed = Signal()
    status_message = Signal(str)
    contact_opened = Signal(int)

    def __init__(self, parent: QWidget | None = None,
                 selected_contacts: Callable[[], list[int]] | None = None) -> None:
        super().__init__(parent)
        # the Contacts list's selection, for a mail merge (the window hands it in)
        self.selected_contacts = selected_contacts or (list)
        self.editors: list[ProposalEditor] = []
        self.merge_dialog: MailMergeDialog | None = None
        self.symbol = ""

        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("proposal_status_filter")
        choices.fill_combo(self.status_combo, self.tr("Every status"), "",
                           [(labels.proposal_status(s), s) for s in STATUS_ORDER])
        columns = proposal_columns(lambda: self.symbol)
        # every contact's proposals are here: say whose each one is, after its title
        columns.insert(1, Column(self.tr("Contact"), lambda r: r.contact_name))
        self.model = RowTableModel(columns, self)
        self.table = RowTable(self.model, self)
        self.table.setObjectName("proposals_table")
        self.empty = QLabel(self.tr("No proposals here yet. Open a contact and press “New "
                                    "proposal…”, or press it here."), self)
        self.empty.setWordWrap(True)
        self.empty.setEnabled(False)
        self.new_button = QPushButton(self.tr("&New proposal…"), self)
        self.new_button.setToolTip(self.tr("Write a proposal for a contact (Ctrl+Shift+N)"))
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.sent_button = QPushButton(self.tr("Mark as s&ent"), self)
        self.accepted_button = QPushButton(self.tr("&Accepted"), self)
        self.declined_button = QPushButton(self.tr("De&clined"), self)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.merge_button = QPushButton(self.tr("&Mail merge…"), self)
        self.merge_button.setToolTip(self.tr("One template for many contacts, as PDF"))

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("&Show"), self))
        cast(QLabel, filters.itemAt(0).widget()).setBuddy(self.status_combo)
        filters.addWidget(self.status_combo)
        filters.addStretch(1)
        filters.addWidget(self.merge_button)
        filters.addWidget(self.new_button)
        actions = QHBoxLayout()
        for button in (self.open_button, self.sent_button, self.accepted_button,
                       self.declined_button, self.delete_button):
            actions.addWidget(button)
        actions.addStretch(1)
        list_tab = QWidget(self)
        list_layout = QVBoxLayout(list_tab)
        list_layout.addLayout(filters)
        list_layout.addWidget(self.empty)
        list_layout.addWidget(self.table, 1)
        list_layout.addLayout(actions)

        self.template_editor = TemplateEditor(self)
        self.template_editor.data_changed.connect(self.data_changed)
        self.template_editor.status_message.connect(self.status_message)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(list_tab, self.tr("Proposals"))
        self.tabs.addTab(self.template_editor, self.tr("Templates"))
        layout = QVBoxLayout(self)
        layout.addWidget(page_heading(self, self.tr("Proposals")))
        layout.addWidget(self.tabs, 1)

        self.status_combo.currentIndexChanged.connect(self.reload)
        self.table.doubleClicked.connect(lambda _index: self.open_current())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.new_button.clicked.connect(lambda: self.new_proposal())
        self.open_button.clicked.connect(lambda: self.open_current())
        self.sent_button.clicked.connect(lambda: self.mark_sent())
        self.accepted_button.clicked.connect(lambda: self.decide("accepted"))
        self.declined_button.clicked.connect(lambda: self.decide("declined"))
        self.delete_button.clicked.connect(lambda: self.delete_selected())
        self.merge_button.clicked.connect(lambda: self.mail_merge())
        self.table.activated.connect(lambda _index: self.open_current())  # Enter
        delete_action = QAction(self.table)
        delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete_action.triggered.connect(lambda: self.delete_selected())
        self.table.addAction(delete_action)
        new_action = QAction(self)
        new_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new_action.triggered.connect(lambda: self.new_proposal())
        self.addAction(new_action)
        self._loaded = False  # the list is read when the page is first shown

    def showEvent(self, event) -> None:
        if not self._loaded:
            self.reload()
        super().showEvent(event)

    # -- the list ----------------------------------------------------------------------------

    def reload(self) -> None:
        if not session.is_open():
            return
        self._loaded = True
        current = self.table.current_row()
        self.symbol = money_edit.currency_symbol()
        rows = proposals.list_proposals(status=self.status_combo.currentData() or "")
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        self.table.setColumnWidth(0, max(self.table.columnWidth(0), 320))
        self.table.setColumnWidth(1, max(self.table.columnWidth(1), 180))
        if current is not None:
            self.select(current.id)
        self._update_buttons()

    def select(self, proposal_id: int) -> bool:
        for row in range(self.table.proxy.rowCount()):
            index = self.table.proxy.index(row, 0)
            if self.table.proxy.data(index, RowRole).id == proposal_id:
                # through the selection model: selectRow() would heed a held Ctrl key
                flags = QItemSelectionModel.SelectionFlag
                self.table.selectionModel().setCurrentIndex(
                    index, flags.ClearAndSelect | flags.Rows)
                self.table.scrollTo(index)
                return True
        return False

    def selected_ids(self) -> list[int]:
        return [row.id for row in self.table.selected_rows()]

    def _update_buttons(self, *_args) -> None:
        rows = self.table.selected_rows()
        statuses = {row.status for row in rows}
        self.open_button.setEnabled(len(rows) == 1)
        self.sent_button.setEnabled(bool(rows) and statuses == {"draft"})
        self.accepted_button.setEnabled(bool(rows) and statuses <= {"draft", "sent"})
        self.declined_button.setEnabled(bool(rows) and statuses <= {"draft", "sent"})
        self.delete_button.setEnabled(bool(rows))

    # -- actions -----------------------------------------------------------------------------

    def new_proposal(self, contact_id: int | None = None) -> ProposalEditor | None:
        """A new proposal for ``contact_id`` (asked for when not given)."""
        if contact_id is None:
            contact_id = self.ask_contact()
            if not contact_id:
                return None
        return self._track(open_proposal_editor(self, contact_id=contact_id))

    def open_proposal(self, proposal_id: int) -> ProposalEditor:
        for editor in self.editors:
            if editor.proposal_id == proposal_id:
                editor.raise_()
                editor.activateWindow()
                return editor
        return self._track(open_proposal_editor(self, proposal_id=proposal_id))

    def open_current(self) -> ProposalEditor | None:
        row = self.table.current_row()
        return self.open_proposal(row.id) if row is not None else None

    def mark_sent(self) -> int:
        count = 0
        for proposal_id in self.selected_ids():
            try:
                proposals.mark_sent(proposal_id)
                count += 1
            except ServiceError as error:
                questions.inform(self, self.tr("Mark as sent"), str(error))
        self._written(self.tr("%n proposal(s) marked as sent, each with a follow-up in a "
                              "week.", "", count))
        return count

    def decide(self, status: str) -> int:
        count = 0
        for proposal_id in self.selected_ids():
            proposals.decide(proposal_id, status)
            count += 1
        self._written(self.tr("%n proposal(s) marked {status}.", "", count).format(
            status=labels.proposal_status(status).lower()))
        if status == "accepted" and count == 1:
            self.open_agreement(proposal_id)  # what each side now commits to
        return count

    def open_agreement(self, proposal_id: int):
        """The commitments of an accepted proposal (ui.dialogs.agreement_dialog)."""
        from coopeten_gui.ui.dialogs.agreement_dialog import open_agreement

        self.agreement_dialog = open_agreement(self, proposal_id)
        self.agreement_dialog.data_changed.connect(lambda: self._written(""))
        self.agreement_dialog.status_message.connect(self.status_message)
        return self.agreement_dialog

    def delete_selected(self) -> int:
        ids = self.selected_ids()
        if not ids or not questions.confirm(
                self, self.tr("Delete proposals"),
                self.tr("Move %n proposal(s) to the trash?", "", len(ids)),
                self.tr("Move to trash")):
            return 0
        count = proposals.trash(ids)
        self._written(self.tr("%n proposal(s) moved to the trash.", "", count))
        return count

    def mail_merge(self, contact_ids: list[int] | None = None) -> MailMergeDialog:
        ids = self.selected_contacts() if contact_ids is None else contact_ids
        self.merge_dialog = MailMergeDialog(self, ids)
        self.merge_dialog.status_message.connect(self.status_message)
        self.merge_dialog.open()
        return self.merge_dialog

    def ask_contact(self) -> int | None:
        """Who the new proposal is for (a small dialog with a name search)."""
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("New proposal"))
        picker = pickers.ContactPicker(dialog)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, dialog)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(QLabel(self.tr("Who is the proposal for?"), dialog))
        layout.addWidget(picker)
        layout.addWidget(buttons)
        dialog.resize(420, 0)
        fit_to_screen(dialog)
        try:
            return picker.contact_id() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    # -- internals ---------------------------------------------------------------------------

    def _track(self, editor: ProposalEditor) -> ProposalEditor:
        self.editors.append(editor)
        editor.data_changed.connect(self._editor_saved)
        editor.status_message.connect(self.status_message)
        editor.contact_opened.connect(self.contact_opened)
        editor.destroyed.connect(lambda _obj=None, e=editor: self._forget(e))
        return editor

    def _forget(self, editor: ProposalEditor) -> None:
        if editor in self.editors:
            self.editors.remove(editor)

    def _editor_saved(self) -> None:
        self.reload()
        self.data_changed.emit()

    def _written(self, message: str) -> None:
        self.reload()
        self.status_message.emit(message)
        self.data_changed.emit()
