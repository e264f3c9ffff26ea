"""Contacts → Find duplicates…: likely pairs, why each looks like one person, and a merge.

The user sees both contacts side by side, picks the one to keep, and merges: every
email, phone, offer, follow-up, note, proposal, promotion and attendance moves to the
one kept, and the other goes to the trash. Ctrl+Z (or Edit → Undo) splits them again.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from coopeten_gui.services import (
    contacts,
    duplicates,
    followups,
    interactions,
    labels,
    offers_asks,
)
from coopeten_gui.services.common import ServiceError
from coopeten_gui.services.duplicates import DuplicatePair, Reason
from coopeten_gui.ui.kit import questions, undo
from coopeten_gui.ui.kit.background import run_in_background
from coopeten_gui.ui.kit.fit import fit_to_screen
from coopeten_gui.ui.kit.plain_text import plain
from coopeten_gui.ui.kit.row_model import Column, RowTableModel
from coopeten_gui.ui.pages.contact_tabs.common import RowTable


class DuplicatesDialog(QDialog):
    """Signals:
        contact_opened(int): the user asked to see one of the two contacts.
        merged(int, int): a pair was merged (kept id, merged-away id).
    """

    contact_opened = Signal(int)
    merged = Signal(int, int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("DuplicatesDialog")
        self.setWindowTitle(self.tr("Find duplicates"))
        self.model = RowTableModel([
            Column(self.tr("Contact"), lambda p: p.first_name),
            Column(self.tr("Looks like"), lambda p: p.second_name),
            Column(self.tr("Why"), self.reasons_text, key=lambda p: -p.strength),
        ], self)
        self.table = RowTable(self.model, self)
        self.table.setSelectionMode(RowTable.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 190)
        self.table.setColumnWidth(1, 190)
        self.summary = plain(QLabel(self))

        self.sides: list[tuple[QGroupBox, QRadioButton, QLabel]] = []
        # one choice across the two boxes (radio buttons are exclusive per parent only)
        self.keep_choice = QButtonGroup(self)
        compare = QWidget(self)
        grid = QGridLayout(compare)
        grid.setContentsMargins(0, 0, 0, 0)
        for column in range(2):
            box = QGroupBox(compare)
            keep = QRadioButton(self.tr("Keep this one"), box)
            self.keep_choice.addButton(keep, column)
            details = QLabel(box)
            details.setWordWrap(True)
            details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            details.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
            details.linkActivated.connect(self._link)
            inner = QVBoxLayout(box)
            inner.addWidget(keep)
            inner.addWidget(details, 1)
            grid.addWidget(box, 0, column)
            self.sides.append((box, keep, details))
        self.sides[0][1].setChecked(True)
        self.hint = QLabel(self.tr("Merging keeps every email, phone, offer, ask, follow-up, "
                                   "note, proposal and promotion of both on the one you keep; "
                                   "the other goes to the trash. Undo (Ctrl+Z) splits them "
                                   "again. Two different people? “Not the same person” "
                                   "keeps the pair from coming back."), self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: gray;")

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(compare)
        splitter.setSizes([240, 260])
        self.merge_button = QPushButton(self.tr("&Merge"), self)
        self.different_button = QPushButton(self.tr("&Not the same person"), self)
        self.different_button.setToolTip(self.tr("These are two different people: never "
                                                 "propose this pair again"))
        self.undo_button = QPushButton(self.tr("&Undo"), self)
        self.undo_button.setToolTip(self.tr("Undo the last merge or “not the same person” "
                                            "(Ctrl+Z)"))
        self.undo_button.setEnabled(False)
        # this dialog's merges and "not the same person", the last one last
        self._merged: list[undo.MergeContacts | undo.MarkDifferentPeople] = []
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.different_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.merge_button.clicked.connect(self.merge_selected)
        self.different_button.clicked.connect(self.mark_selected_different)
        self.undo_button.clicked.connect(self.undo_merge)
        QShortcut(QKeySequence.StandardKey.Undo, self, activated=self.undo_merge)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_pair())
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        self.resize(880, 640)
        fit_to_screen(self)
        self.searching = False
        self._show_pair()
        self.reload()

    # -- what the dialog shows -------------------------------------------------------------

    def reload(self) -> None:
        """Look for duplicates again, off the UI thread (seconds for 100,000 contacts)."""
        self.searching = True
        self.merge_button.setEnabled(False)
        self.different_button.setEnabled(False)
        self.summary.setText(self.tr("Looking for duplicates…"))

        def work(progress):
            return duplicates.find_duplicates(progress=progress.report)

        def found(pairs) -> None:
            self.searching = False
            self.model.set_rows(pairs)
            self._after_change()

        def failed(error: Exception) -> None:
            self.searching = False
            self.summary.setText(self.tr("Could not look for duplicates: %1").replace(
                "%1", str(error)))

        def cancelled() -> None:
            self.searching = False
            self.summary.setText(self.tr("The search was cancelled."))

        self.task = run_in_background(self, work, found, failed, cancelled,
                                      label=self.tr("Looking for duplicates…"))

    def pairs(self) -> list[DuplicatePair]:
        return self.model.rows()

    def select_pair(self, row: int) -> None:
        self.table.selectRow(row)

    def current_pair(self) -> DuplicatePair | None:
        return self.table.current_row()

    def reasons_text(self, pair: DuplicatePair) -> str:
        return "; ".join(self.reason_text(r) for r in pair.reasons)

    def reason_text(self, reason: Reason) -> str:
        if reason.code == "email":
            return self.tr("same email %1").replace("%1", reason.detail)
        if reason.code == "phone":
            return self.tr("same phone number (…%1)").replace("%1", reason.detail[-6:])
        if reason.code == "name":
            return self.tr("same name")
        return self.tr("similar names: %1").replace("%1", reason.detail)

    # -- merging ----------------------------------------------------------------------------

    def merge_selected(self) -> bool:
        pair = self.current_pair()
        if pair is None:
            return False
        keep_first = self.sides[0][1].isChecked()
        keep, other = ((pair.first_id, pair.second_id) if keep_first
                       else (pair.second_id, pair.first_id))
        keep_name, other_name = ((pair.first_name, pair.second_name) if keep_first
                                 else (pair.second_name, pair.first_name))
        try:
            result = duplicates.merge(keep, other)
        except ServiceError as error:
            questions.inform(self, self.tr("Merge"), str(error))
            return False
        command = undo.MergeContacts(result, other_name, keep_name)
        undo.push(self.parentWidget() or self, command)
        self._merged.append(command)
        self.undo_button.setEnabled(True)
        # pairs with the merged-away contact are settled; the rest stay to review
        self.model.set_rows([p for p in self.model.rows()
                             if other not in (p.first_id, p.second_id)])
        self._after_change()
        self.merged.emit(keep, other)
        return True

    def mark_selected_different(self) -> bool:
        """The selected pair are two people: remembered, and the pair leaves the list."""
        pair = self.current_pair()
        if pair is None:
            return False
        try:
            duplicates.mark_different(pair.first_id, pair.second_id)
        except ServiceError as error:
            questions.inform(self, self.tr("Not the same person"), str(error))
            return False
        command = undo.MarkDifferentPeople(pair.first_id, pair.second_id, pair.first_name,
                                           pair.second_name)
        undo.push(self.parentWidget() or self, command)
        self._merged.append(command)
        self.undo_button.setEnabled(True)
        self.model.set_rows([p for p in self.model.rows() if p != pair])
        self._after_change()
        return True

    def undo_merge(self) -> bool:
        """Undo this dialog's last merge or "not the same person", when it is still the
        last step on the stack."""
        stack = undo.stack_for(self.parentWidget() or self)
        if not self._merged or stack.command(stack.index() - 1) is not self._merged[-1]:
            self.undo_button.setEnabled(False)
            return False
        self._merged.pop()
        stack.undo()
        self.undo_button.setEnabled(bool(self._merged))
        self.reload()
        return True

    # -- internals --------------------------------------------------------------------------

    def _after_change(self) -> None:
        count = self.model.rowCount()
        self.summary.setText(self.tr("%n possible duplicate(s) found.", "", count) if count
                             else self.tr("No likely duplicates. Your contacts look tidy."))
        if count:
            self.table.selectRow(0)
        self._show_pair()

    def _show_pair(self) -> None:
        pair = self.current_pair()
        self.merge_button.setEnabled(pair is not None)
        self.different_button.setEnabled(pair is not None)
        for index, (box, _keep, details) in enumerate(self.sides):
            box.setVisible(pair is not None)
            if pair is None:
                continue
            contact_id = pair.first_id if index == 0 else pair.second_id
            box.setTitle(pair.first_name if index == 0 else pair.second_name)
            details.setText(self._summary_html(contact_id))
        if pair is not None:
            self.sides[0][1].setChecked(True)

    def _summary_html(self, contact_id: int) -> str:
        try:
            record = contacts.get(contact_id)
        except ServiceError:
            return ""
        lines = []
        subtitle = " · ".join(x for x in (record.job_title, record.organization_name) if x)
        if subtitle:
            lines.append(escape(subtitle))
        lines.append(escape(labels.stage(record.stage)))
        lines += [escape(e.value) for e in record.emails]
        lines += [escape(p.value) for p in record.phones]
        lines += [escape(u.value) for u in record.urls]
        lines += [escape(a.one_line()) for a in record.addresses]
        if record.tags:
            lines.append(escape(", ".join(record.tags)))
        counts = " · ".join((
            self.tr("%n offer(s) or ask(s)", "",
                    len(offers_asks.list_offers_asks(contact_id=contact_id))),
            self.tr("%n timeline entry(ies)", "", len(interactions.timeline(contact_id))),
            self.tr("%n open follow-up(s)", "", len(followups.list_tasks(contact_id=contact_id)))))
        lines.append(f"<span style='color: gray'>{escape(counts)}</span>")
        if record.created_at:
            added = QLocale().toString(record.created_at.date(), QLocale.FormatType.ShortFormat)
            lines.append("<span style='color: gray'>"
                         + escape(self.tr("Added %1").replace("%1", added)) + "</span>")
        open_text = escape(self.tr("Open"))
        lines.append(f"<a href='contact:{contact_id}'>{open_text}</a>")
        return "<br>".join(lines)

    def _link(self, target: str) -> None:
        kind, _, rest = target.partition(":")
        if kind == "contact" and rest.isdigit():
            self.contact_opened.emit(int(rest))
