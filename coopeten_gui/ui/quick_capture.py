"""Quick capture: during or right after an event, add the people met, one line each.

Name, company, email or phone, what they offer, what they ask — Tab moves between the
fields, Enter adds the person and puts the cursor back on the name, so a whole stack of
business cards goes in without touching the mouse. Each line is saved in one
transaction by ``services.quick_capture``; a refused line stays typed, with the reason
under the field. "Undo last person" (Alt+U) takes the last line back.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coopeten_gui.services import events, quick_capture
from coopeten_gui.services.common import ServiceError
from coopeten_gui.services.quick_capture import Captured
from coopeten_gui.ui.event_dialog import EventDialog
from coopeten_gui.ui.fit import fit_to_screen
from coopeten_gui.ui.settings import Options
from coopeten_gui.ui.task_dialog import FormErrors

FIELD_ORDER = ("name", "company", "contact_info", "offer", "ask")


class QuickCaptureWindow(QWidget):
    """A small window of its own, so it can stay open beside the main one.

    Signals:
        captured(int): a person was added (their contact id) — data changed.
        undone(int): the last person was taken back (their contact id).
    """

    captured = Signal(int)
    undone = Signal(int)

    def __init__(self, parent: QWidget | None = None, options: Options | None = None,
                 event_id: int | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.options = options or Options()
        self.session: list[tuple[int, Captured]] = []  # (event id, what was captured)
        self.setWindowTitle(self.tr("Quick capture"))
        self.errors = FormErrors()

        self.event_combo = QComboBox(self)
        self.event_combo.setMinimumContentsLength(30)
        self.new_event_button = QPushButton(self.tr("New event…"), self)
        self.new_event_button.setAutoDefault(False)
        self.new_event_button.clicked.connect(self._new_event)
        event_label = QLabel(self.tr("At &event:"), self)
        event_label.setBuddy(self.event_combo)
        event_row = QHBoxLayout()
        event_row.addWidget(event_label)
        event_row.addWidget(self.errors.field("event", self.event_combo), 1)
        event_row.addWidget(self.new_event_button)

        intro = QLabel(self.tr("One person per line. Tab moves to the next field; Enter adds "
                               "the person and starts the next line."), self)
        intro.setWordWrap(True)

        self.name_edit = QLineEdit(self)
        self.company_edit = QLineEdit(self)
        self.contact_edit = QLineEdit(self)
        self.offer_edit = QLineEdit(self)
        self.ask_edit = QLineEdit(self)
        self.edits = {"name": self.name_edit, "company": self.company_edit,
                      "contact_info": self.contact_edit, "offer": self.offer_edit,
                      "ask": self.ask_edit}
        captions = {
            "name": self.tr("&Name"),
            "company": self.tr("&Company"),
            "contact_info": self.tr("Email or &phone"),
            "offer": self.tr("They &offer"),
            "ask": self.tr("They as&k for"),
        }
        placeholders = {
            "name": self.tr("María Núñez"),
            "company": self.tr("Panadería Masa Madre"),
            "contact_info": self.tr("maria@example.com or +34 600 123 456"),
            "offer": self.tr("e.g. a mention in her newsletter"),
            "ask": self.tr("e.g. coffee beans at wholesale price"),
        }
        aliases = {"name": ("given_name",), "contact_info": ("emails", "phones")}
        grid = QGridLayout()
        for column, key in enumerate(FIELD_ORDER):
            caption = QLabel(captions[key], self)
            caption.setBuddy(self.edits[key])
            self.edits[key].setPlaceholderText(placeholders[key])
            self.edits[key].returnPressed.connect(self.add_person)
            self.edits[key].textEdited.connect(lambda _text, k=key: self._clear_error(k))
            grid.addWidget(caption, 0, column)
            grid.addWidget(self.errors.field(key, self.edits[key], *aliases.get(key, ())),
                           1, column, Qt.AlignmentFlag.AlignTop)
            grid.setColumnStretch(column, 3 if key in ("offer", "ask") else 2)
        for first, second in zip(FIELD_ORDER, FIELD_ORDER[1:]):
            QWidget.setTabOrder(self.edits[first], self.edits[second])

        self.add_button = QPushButton(self.tr("&Add person"), self)
        self.add_button.setToolTip(self.tr("Enter"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_person)
        self.undo_button = QPushButton(self.tr("&Undo last person"), self)
        self.undo_button.setAutoDefault(False)
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.undo_last)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.close)
        for button in (self.add_button, self.undo_button, self.close_button,
                       self.new_event_button):
            button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        self.session_label = QLabel(self)
        self.session_list = QListWidget(self)
        self.session_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.session_list.setAlternatingRowColors(True)

        layout = QVBoxLayout(self)
        layout.addLayout(event_row)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addLayout(buttons)
        layout.addWidget(self.session_label)
        layout.addWidget(self.session_list, 1)

        close = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        close.activated.connect(self._escape)
        self.load_events(event_id)
        self._update_session_label()
        self.resize(980, 460)
        fit_to_screen(self)
        self.name_edit.setFocus()

    # -- public ------------------------------------------------------------------------------

    def load_events(self, select: int | None = None) -> None:
        """Fill the event list, most recent first; select ``select`` or the latest one."""
        self.event_combo.clear()
        locale = QLocale()
        for row in events.list_events(limit=300):
            day = locale.toString(row.starts_at.date(), QLocale.FormatType.ShortFormat)
            self.event_combo.addItem(f"{day} — {row.name}", row.id)
        wanted = select or events.most_recent_id()
        index = self.event_combo.findData(wanted) if wanted else -1
        self.event_combo.setCurrentIndex(max(index, 0) if self.event_combo.count() else -1)

    def event_id(self) -> int | None:
        return self.event_combo.currentData()

    def add_person(self) -> Captured | None:
        """Save the typed line; on success clear it and put the cursor back on "name"."""
        self.errors.clear()
        event_id = self.event_id()
        values = {key: edit.text() for key, edit in self.edits.items()}
        if not any(v.strip() for v in values.values()):
            self.name_edit.setFocus()
            return None
        try:
            captured = quick_capture.capture(
                event_id or 0, values["name"], values["company"], values["contact_info"],
                values["offer"], values["ask"], follow_up_days=self.options.follow_up_days)
        except ServiceError as exc:
            self.errors.show(exc, fallback="name")
            return None
        self.session.append((event_id, captured))
        item = QListWidgetItem(self._describe(captured))
        self.session_list.addItem(item)
        self.session_list.scrollToItem(item)
        for edit in self.edits.values():
            edit.clear()
        self.undo_button.setEnabled(True)
        self._update_session_label()
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.captured.emit(captured.contact_id)
        return captured

    def undo_last(self) -> None:
        if not self.session:
            return
        event_id, captured = self.session[-1]
        try:
            quick_capture.undo(captured, event_id)
        except ServiceError as exc:
            self.errors.show(exc, fallback="name")
            return
        self.session.pop()
        self.session_list.takeItem(self.session_list.count() - 1)
        self.undo_button.setEnabled(bool(self.session))
        self._update_session_label()
        self.name_edit.setFocus()
        self.undone.emit(captured.contact_id)

    # -- internals ---------------------------------------------------------------------------

    def _describe(self, captured: Captured) -> str:
        parts = [captured.display_name]
        parts += [p for p in (captured.company, captured.contact_info) if p]
        text = " · ".join(parts)
        if captured.offer:
            text += " — " + self.tr("offers: {text}").format(text=captured.offer)
        if captured.ask:
            text += " — " + self.tr("asks for: {text}").format(text=captured.ask)
        if not captured.created_contact:
            text += " " + self.tr("(already in your contacts)")
        return text

    def _update_session_label(self) -> None:
        count = len(self.session)
        if count:
            self.session_label.setText(
                self.tr("Added in this session: %n person(s).", "", count) + " "
                + self.tr("Each has a follow-up due in %n day(s).", "",
                          self.options.follow_up_days))
        else:
            self.session_label.setText(self.tr("Nobody added yet in this session."))

    def _clear_error(self, key: str) -> None:
        label = self.errors.label(key)
        if label is not None:
            label.hide()

    def _new_event(self) -> None:
        dialog = EventDialog(self)
        try:
            if dialog.exec():
                self.load_events(dialog.event_id)
        finally:
            dialog.deleteLater()
        self.name_edit.setFocus()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        from coopeten_gui.ui import unsaved

        # the window's ✕ (or quitting) asks about a half-typed person: add, drop or stay
        typed = any(edit.text().strip() for edit in self.edits.values())
        if not unsaved.on_close(self, typed, lambda: self.add_person() is not None):
            event.ignore()
            return
        super().closeEvent(event)

    def _escape(self) -> None:
        # Escape closes the window, but never throws away a half-typed line
        if any(edit.text().strip() for edit in self.edits.values()):
            self.name_edit.setFocus()
            return
        self.close()
