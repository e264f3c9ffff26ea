"""Quick capture: during or right after an event, add the people met, one line each.

Name, company, email or phone, what they offer, what they ask, what we talked about,
what I offered and asked — Tab moves between the fields, Enter adds the person and puts
the cursor back on the name, so a whole stack of business cards goes in without touching
the mouse. Their offer and ask get a category suggested from the words as they are
typed (the user can pick another, and a pick is kept). Each line is saved in one
transaction by ``services.quick_capture``; a refused line stays typed, with the reason
under the field. "Undo last person" (Alt+U) takes the last line back; the people added
show how many matches they have, and their matches are one click away.
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

from coopeten_gui.services import events, labels, matching, offers_asks, quick_capture
from coopeten_gui.services.common import ServiceError
from coopeten_gui.services.quick_capture import Captured
from coopeten_gui.ui.dialogs.event_dialog import EventDialog
from coopeten_gui.ui.dialogs.followup_dialog import FormErrors
from coopeten_gui.ui.kit import match_index
from coopeten_gui.ui.kit.fit import fit_to_screen
from coopeten_gui.ui.kit.plain_text import plain
from coopeten_gui.ui.kit.settings import Options

FIELD_ORDER = ("name", "company", "contact_info", "offer", "ask", "talked_about", "my_offer",
               "my_ask")
# the fields of the first line; the others go on the second, under them
FIRST_LINE = FIELD_ORDER[:5]


class QuickCaptureWindow(QWidget):
    """A small window of its own, so it can stay open beside the main one.

    Signals:
        captured(int): a person was added (their contact id) — data changed.
        undone(int): the last person was taken back (their contact id).
        matches_requested(int): the user wants to see a person's matches (contact id).
    """

    captured = Signal(int)
    undone = Signal(int)
    matches_requested = Signal(int)

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
        self.talked_edit = QLineEdit(self)
        self.my_offer_edit = QLineEdit(self)
        self.my_ask_edit = QLineEdit(self)
        self.edits = {"name": self.name_edit, "company": self.company_edit,
                      "contact_info": self.contact_edit, "offer": self.offer_edit,
                      "ask": self.ask_edit, "talked_about": self.talked_edit,
                      "my_offer": self.my_offer_edit, "my_ask": self.my_ask_edit}
        # their offer's and ask's category: suggested from the words until the user picks
        self.categories = {"offer": QComboBox(self), "ask": QComboBox(self)}
        self._picked = {"offer": False, "ask": False}
        captions = {
            "name": self.tr("&Name"),
            "company": self.tr("&Company"),
            "contact_info": self.tr("Email or &phone"),
            "offer": self.tr("They &offer"),
            "ask": self.tr("They as&k for"),
            "talked_about": self.tr("We &talked about"),
            "my_offer": self.tr("&I offered"),
            "my_ask": self.tr("I a&sked for"),
        }
        placeholders = {
            "name": self.tr("María Núñez"),
            "company": self.tr("Panadería Masa Madre"),
            "contact_info": self.tr("maria@example.com or +34 600 123 456"),
            "offer": self.tr("e.g. a mention in her newsletter"),
            "ask": self.tr("e.g. coffee beans at wholesale price"),
            "talked_about": self.tr("e.g. a joint stand at the spring fair"),
            "my_offer": self.tr("e.g. coffee for her launch"),
            "my_ask": self.tr("e.g. an introduction to her printer"),
        }
        aliases = {"name": ("given_name",), "contact_info": ("emails", "phones")}
        grid = QGridLayout()
        # first line: who, and what they offer and ask; second line (rows 3-4): what we
        # talked about (under who), what I offered (under their offer), what I asked
        places = {"talked_about": (3, 0, 1, 3), "my_offer": (3, 3, 1, 1),
                  "my_ask": (3, 4, 1, 1)}
        for column, key in enumerate(FIELD_ORDER):
            row, col, _rows, span = places.get(key, (0, column, 1, 1))
            caption = QLabel(captions[key], self)
            caption.setBuddy(self.edits[key])
            self.edits[key].setPlaceholderText(placeholders[key])
            self.edits[key].returnPressed.connect(self.add_person)
            self.edits[key].textEdited.connect(lambda _text, k=key: self._clear_error(k))
            grid.addWidget(caption, row, col, 1, span)
            grid.addWidget(self.errors.field(key, self.edits[key], *aliases.get(key, ())),
                           row + 1, col, 1, span, Qt.AlignmentFlag.AlignTop)
            if key in FIRST_LINE:
                grid.setColumnStretch(column, 3 if key in ("offer", "ask") else 2)
        for column, (key, combo) in zip((3, 4), self.categories.items()):
            combo.setObjectName(f"capture_{key}_category")
            combo.setToolTip(self.tr("Category, suggested from the words; pick another to "
                                     "keep it"))
            combo.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
            combo.activated.connect(lambda _index, k=key: self._category_picked(k))
            self.edits[key].textChanged.connect(lambda text, k=key: self._suggest(k, text))
            grid.addWidget(combo, 2, column)
        self._fill_categories()
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

        self.session_label = plain(QLabel(self))
        self.session_list = QListWidget(self)
        self.session_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.session_list.setAlternatingRowColors(True)
        self.session_list.setToolTip(self.tr("Double-click a person to see their matches"))
        self.session_list.itemActivated.connect(self._item_matches)
        self.session_list.itemDoubleClicked.connect(self._item_matches)
        self.matches_button = QPushButton(self.tr("See their &matches"), self)
        self.matches_button.setAutoDefault(False)
        self.matches_button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.matches_button.setEnabled(False)
        self.matches_button.clicked.connect(self.show_matches)
        self.session_list.currentRowChanged.connect(
            lambda row: self.matches_button.setEnabled(row >= 0))
        session_row = QHBoxLayout()
        session_row.addWidget(self.session_label, 1)
        session_row.addWidget(self.matches_button)

        layout = QVBoxLayout(self)
        layout.addLayout(event_row)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addLayout(buttons)
        layout.addLayout(session_row)
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
                values["offer"], values["ask"], follow_up_days=self.options.follow_up_days,
                talked_about=values["talked_about"], my_offer=values["my_offer"],
                my_ask=values["my_ask"],
                offer_category_id=self.categories["offer"].currentData() or None,
                ask_category_id=self.categories["ask"].currentData() or None)
        except ServiceError as exc:
            self.errors.show(exc, fallback="name")
            return None
        self.session.append((event_id, captured))
        item = QListWidgetItem(self._describe(captured))
        item.setData(Qt.ItemDataRole.UserRole, captured.contact_id)
        self.session_list.addItem(item)
        self.session_list.setCurrentItem(item)
        self.session_list.scrollToItem(item)
        for edit in self.edits.values():
            edit.clear()
        self._picked = {"offer": False, "ask": False}
        self._suggest("offer", "")
        self._suggest("ask", "")
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

    def show_matches(self) -> None:
        """The selected person's matches (on their page, in the main window)."""
        item = self.session_list.currentItem()
        if item is not None:
            self.matches_requested.emit(item.data(Qt.ItemDataRole.UserRole))

    # -- internals ---------------------------------------------------------------------------

    def _item_matches(self, item: QListWidgetItem) -> None:
        self.session_list.setCurrentItem(item)
        self.show_matches()

    def _fill_categories(self) -> None:
        choices = [(labels.category(c.key, c.name), c.id) for c in offers_asks.categories()]
        for combo in self.categories.values():
            combo.clear()
            combo.addItem(self.tr("No category"), 0)
            for text, category_id in choices:
                combo.addItem(text, category_id)

    def _category_picked(self, key: str) -> None:
        self._picked[key] = True

    def _suggest(self, key: str, text: str) -> None:
        """While their offer or ask is typed: the category its words suggest, unless the
        user picked one for this line."""
        if self._picked[key]:
            return
        suggested = matching.suggest_category(text) if text.strip() else None
        category_id = offers_asks.category_id(suggested) if suggested else 0
        combo = self.categories[key]
        combo.setCurrentIndex(max(0, combo.findData(category_id or 0)))

    def _describe(self, captured: Captured) -> str:
        parts = [captured.display_name]
        parts += [p for p in (captured.company, captured.contact_info) if p]
        text = " · ".join(parts)
        if captured.offer:
            text += " — " + self.tr("offers: {text}").format(text=captured.offer)
        if captured.ask:
            text += " — " + self.tr("asks for: {text}").format(text=captured.ask)
        if captured.my_offer:
            text += " — " + self.tr("I offered: {text}").format(text=captured.my_offer)
        if captured.my_ask:
            text += " — " + self.tr("I asked for: {text}").format(text=captured.my_ask)
        if not captured.created_contact:
            text += " " + self.tr("(already in your contacts)")
        if not match_index.when_ready(self, self._describe_again):
            return text + " — " + self.tr("looking for matches…")
        found = matching.matches_for_contact(captured.contact_id)
        count = len(found.help_them) + len(found.they_help)
        text += " — " + (self.tr("%n match(es)", "", count) if count
                         else self.tr("no match yet"))
        return text

    def _describe_again(self) -> None:
        """Once the matcher's index is built (seconds at a million contacts): each
        person of the session with their matches."""
        for row, (_event_id, captured) in enumerate(self.session):
            item = self.session_list.item(row)
            if item is not None:
                item.setText(self._describe(captured))

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

    def closeEvent(self, event) -> None:
        from coopeten_gui.ui.kit import unsaved

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
