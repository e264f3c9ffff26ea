"""The agreement of an accepted proposal: each side's commitments, written down, and the
printable "Collaboration agreement".

One line per commitment: who gives it, what, by when, how it is measured, what it is
worth, and whether it was kept. Saving hands the lines to ``services.agreements``, which
plans a follow-up for the side that owes each one; a blank line is left out. The
agreement prints (or becomes a PDF) through the letters' own output, from what is saved.

Signals:
    data_changed(): the commitments were saved.
    status_message(str): something to show in the status bar.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coopeten_gui.documents.sandbox import TemplateError
from coopeten_gui.i18n import translate
from coopeten_gui.services import agreement_letter, agreements
from coopeten_gui.services.agreements import CommitmentData, CommitmentRow
from coopeten_gui.services.common import ServiceError, ValidationError
from coopeten_gui.services.letter_rendering import Letter
from coopeten_gui.ui.kit import questions
from coopeten_gui.ui.kit.fit import fit_to_screen
from coopeten_gui.ui.kit.forms import ErrorLabel
from coopeten_gui.ui.kit.letter_output import LetterOutput, warn
from coopeten_gui.ui.kit.money_edit import MoneyEdit
from coopeten_gui.ui.kit.pickers import OptionalDateEdit

WHO, WHAT, DUE, MEASURE, VALUE, KEPT, REMOVE = range(7)


class CommitmentLine:
    """The widgets of one commitment, on one row of the dialog's grid."""

    def __init__(self, dialog: AgreementDialog, party: str, row: CommitmentRow | None) -> None:
        parent = dialog.lines_box
        self.commitment_id = row.id if row is not None else None
        self.who = QComboBox(parent)
        self.who.addItem(translate("AgreementDialog", "I give"), "me")
        self.who.addItem(translate("AgreementDialog", "They give"), "them")
        self.who.setCurrentIndex(0 if party == "me" else 1)
        self.what = QLineEdit(parent)
        self.what.setPlaceholderText(translate("AgreementDialog", "What is promised"))
        self.due = OptionalDateEdit(parent)
        self.due.setToolTip(translate(
            "AgreementDialog", "By when (empty: no date; its follow-up comes in two weeks)"))
        self.measure = QLineEdit(parent)
        self.measure.setPlaceholderText(translate("AgreementDialog", "How it is measured"))
        self.value = MoneyEdit(parent)
        self.value.setToolTip(translate("AgreementDialog", "What it is worth (optional)"))
        self.kept = QCheckBox(translate("AgreementDialog", "Kept"), parent)
        self.kept.setToolTip(translate(
            "AgreementDialog", "Delivered: it counts as a give in the balance"))
        self.remove = QToolButton(parent)
        self.remove.setText("✕")
        self.remove.setToolTip(translate(
            "AgreementDialog", "Remove this commitment (its follow-up goes to the trash with "
                               "it)"))
        if row is not None:
            self.what.setText(row.description)
            self.what.setCursorPosition(0)  # the start of a long promise, not its end
            self.due.set_value(row.due_on)
            self.measure.setText(row.measure)
            self.measure.setCursorPosition(0)
            self.value.set_cents(row.value_cents)
            self.kept.setChecked(row.kept)
        self.widgets = (self.who, self.what, self.due, self.measure, self.value, self.kept,
                        self.remove)

    def is_blank(self) -> bool:
        return (self.commitment_id is None and not self.what.text().strip()
                and not self.measure.text().strip() and not self.value.cents())

    def data(self) -> CommitmentData:
        return CommitmentData(party=self.who.currentData(), description=self.what.text(),
                              due_on=self.due.value(), measure=self.measure.text(),
                              value_cents=self.value.cents(), id=self.commitment_id,
                              kept=self.kept.isChecked())


class AgreementDialog(QDialog):
    data_changed = Signal()
    status_message = Signal(str)

    def __init__(self, proposal_id: int, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("AgreementDialog")
        self.proposal_id = proposal_id
        self.agreement = agreements.get(proposal_id)
        self.lines: list[CommitmentLine] = []
        self.dirty = False
        self.setWindowTitle(self.tr("Agreement with %1").replace(
            "%1", self.agreement.contact_name))

        heading = QLabel(f"<b>{_escape(self.agreement.title)}</b>", self)
        note = QLabel(self.tr(
            "Write down what each side commits to. Each commitment becomes a follow-up for "
            "the side that owes it; once it is kept it counts as a give in the balance."), self)
        note.setWordWrap(True)
        note.setStyleSheet("color: gray;")

        self.lines_box = QWidget(self)
        self.grid = QGridLayout(self.lines_box)
        self.grid.setContentsMargins(0, 0, 0, 0)
        for column, text in ((WHO, self.tr("Who")), (WHAT, self.tr("What")),
                             (DUE, self.tr("By when")), (MEASURE, self.tr("How measured")),
                             (VALUE, self.tr("Value"))):
            label = QLabel(text, self.lines_box)
            label.setStyleSheet("font-weight: bold;")
            self.grid.addWidget(label, 0, column)
        self.grid.setColumnStretch(WHAT, 3)
        self.grid.setColumnStretch(MEASURE, 2)
        self.grid.setRowStretch(999, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.lines_box)
        self.empty = QLabel(self.tr("No commitments yet: add what you give and what they "
                                    "give."), self)
        self.empty.setStyleSheet("color: gray;")

        self.add_mine = QPushButton(self.tr("+ &I commit to…"), self)
        self.add_theirs = QPushButton(self.tr("+ &They commit to…"), self)
        self.add_mine.clicked.connect(lambda: self.add_line("me"))
        self.add_theirs.clicked.connect(lambda: self.add_line("them"))
        self.error = ErrorLabel(self)

        self.output = LetterOutput(self, self.letter, self._file_stem)
        self.output.status_message.connect(self.status_message)
        self.print_button = QToolButton(self)
        self.print_button.setText(self.tr("&Print the agreement"))
        self.print_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = self.output.save_menu()
        menu.insertAction(menu.actions()[0], self.output.preview_action)
        menu.insertAction(menu.actions()[1], self.output.print_action)
        self.print_button.setMenu(menu)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Close, self)
        buttons.accepted.connect(self.save_and_close)
        buttons.rejected.connect(self.reject)
        save_action = QAction(self)
        save_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        save_action.triggered.connect(lambda: self.save())
        self.addAction(save_action)

        adding = QHBoxLayout()
        adding.addWidget(self.add_mine)
        adding.addWidget(self.add_theirs)
        adding.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.print_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(note)
        layout.addLayout(adding)
        layout.addWidget(self.empty)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addLayout(bottom)

        for row in self.agreement.commitments:
            self.add_line(row.party, row, focus=False)
        self.dirty = False
        self._update()
        self.resize(960, 460)
        fit_to_screen(self)

    # -- editing ----------------------------------------------------------------------------

    def add_line(self, party: str, row: CommitmentRow | None = None,
                 focus: bool = True) -> CommitmentLine:
        line = CommitmentLine(self, party, row)
        grid_row = len(self.lines) + 1
        while self.grid.itemAtPosition(grid_row, WHAT) is not None:
            grid_row += 1  # rows of removed lines stay empty
        for column, widget in enumerate(line.widgets):
            self.grid.addWidget(widget, grid_row, column)
            widget.show()  # now, so the new line can take the focus at once
        line.remove.clicked.connect(lambda: self.remove_line(line))
        for edit in (line.what, line.measure):
            edit.textEdited.connect(self._edited)
        line.who.currentIndexChanged.connect(self._edited)
        line.due.dateChanged.connect(self._edited)
        line.value.textEdited.connect(self._edited)
        line.kept.toggled.connect(self._edited)
        self.lines.append(line)
        self._edited()
        if focus:
            line.what.setFocus()
        return line

    def remove_line(self, line: CommitmentLine) -> None:
        for widget in line.widgets:
            self.grid.removeWidget(widget)
            widget.deleteLater()
        self.lines.remove(line)
        self._edited()

    def items(self) -> list[CommitmentData]:
        return [line.data() for line in self.lines if not line.is_blank()]

    # -- saving and printing ------------------------------------------------------------------

    def save(self) -> bool:
        self.error.clear_message()
        for line in self.lines:
            if not line.is_blank() and not line.what.text().strip():
                self.error.show_message(self.tr("Say what is promised on every line, or "
                                                "remove the line."))
                line.what.setFocus()
                return False
        before = [_data_of(row) for row in self.agreement.commitments]
        items = self.items()
        try:
            ids = agreements.save_commitments(self.proposal_id, items)
        except ValidationError as error:
            self.error.show_message(error.message)
            return False
        except ServiceError as error:
            self.error.show_message(str(error))
            return False
        self.agreement = agreements.get(self.proposal_id)
        for line, item, new_id in zip([ln for ln in self.lines if not ln.is_blank()], items, ids):
            line.commitment_id = item.id = new_id  # saved again, they are edits now
        stack = _window_stack(self)
        if stack is not None:
            stack.push(AgreementSaved(self.tr("Save the agreement with %1").replace(
                "%1", self.agreement.contact_name), self.proposal_id, before, items))
        self.dirty = False
        self._update()
        self.data_changed.emit()
        self.status_message.emit(self.tr("Agreement saved: %n commitment(s), each with a "
                                         "follow-up.", "", len(ids)))
        return True

    def save_and_close(self) -> None:
        if self.save():
            self.accept()

    def letter(self) -> Letter | None:
        """The agreement as saved (unsaved lines are saved first, so the paper and the
        database say the same)."""
        if self.dirty and not self.save():
            return None
        try:
            return agreement_letter.render_agreement(self.proposal_id)
        except (ServiceError, TemplateError) as error:  # TemplateError: a broken copy of it
            warn(self, self.tr("The agreement"), str(error))
        return None

    def reject(self) -> None:
        if self.dirty and not questions.confirm(
                self, self.tr("Unsaved commitments"),
                self.tr("Your changes to the commitments are not saved. Leave them?"),
                self.tr("Leave them")):
            return
        super().reject()

    # -- internals --------------------------------------------------------------------------

    def _edited(self, *_args) -> None:
        self.dirty = True
        self._update()

    def _update(self) -> None:
        self.empty.setVisible(not self.lines)

    def _file_stem(self) -> str:
        return self.tr("Agreement %1").replace("%1", self.agreement.contact_name)


class AgreementSaved(QUndoCommand):
    """The commitments as they were before a save, and after. Undo and redo bring back
    from the trash what the other state holds (with its follow-ups) and save it again."""

    def __init__(self, text: str, proposal_id: int, before: list[CommitmentData],
                 after: list[CommitmentData]) -> None:
        super().__init__(text)
        self.proposal_id, self.before, self.after = proposal_id, before, after
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:  # the save itself was the first redo
            self._pushed = True
            return
        self._become(self.after)

    def undo(self) -> None:
        self._become(self.before)

    def _become(self, items: list[CommitmentData]) -> None:
        try:
            agreements.restore([item.id for item in items if item.id is not None])
            agreements.save_commitments(self.proposal_id, items)
        except ServiceError:  # the proposal is gone or no longer accepted
            self.setObsolete(True)


def _data_of(row: CommitmentRow) -> CommitmentData:
    return CommitmentData(party=row.party, description=row.description, due_on=row.due_on,
                          measure=row.measure, value_cents=row.value_cents, id=row.id,
                          kept=row.kept)


def _window_stack(widget: QWidget) -> QUndoStack | None:
    """The main window's undo stack, through the editors and pages the dialog opened from."""
    parent = widget.parentWidget()
    while parent is not None:
        stack = getattr(parent, "undo_stack", None)
        if isinstance(stack, QUndoStack):
            return stack
        parent = parent.parentWidget()
    return None


def open_agreement(parent: QWidget | None, proposal_id: int) -> AgreementDialog:
    """Open the agreement of an accepted proposal (not modal) and return it."""
    dialog = AgreementDialog(proposal_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def _escape(text: str) -> str:
    from html import escape

    return escape(text)
