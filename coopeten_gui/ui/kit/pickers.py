"""Fields that pick from what is already there: ``ContactPicker`` (a contact by name,
holding its id; every form that links a contact uses it), ``TagsEdit`` (comma-separated
tags, completing the word being typed) and ``OptionalDateEdit`` (a date that may be left
empty).

The contact picker asks for its suggestions on a worker thread: two letters match
hundreds of thousands of contacts at a million, ranked in over half a second.
"""

from __future__ import annotations

from datetime import date
from typing import cast

from PySide6.QtCore import QDate, QLocale, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QDateEdit, QLineEdit
from shiboken6 import isValid

from coopeten_gui.services import contacts, search_everywhere
from coopeten_gui.ui.kit.background import BackgroundTask, run_in_background


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
        # the search under way, and which: an answer for older text is dropped
        self._searching: BackgroundTask | None = None
        self._generation = 0
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
        if self._searching is not None and isValid(self._searching):
            self._searching.cancel()  # its text is gone
        self._generation += 1
        generation, text = self._generation, self.text()

        def work(progress) -> list[search_everywhere.Found] | None:
            return search_everywhere.search(text, per_kind=20, kinds=("contact",),
                                            stop=lambda: progress.cancelled)

        def done(found: list[search_everywhere.Found] | None) -> None:
            if found is not None and isValid(self) and generation == self._generation:
                self._suggest(found)

        def failed(error: Exception) -> None:
            raise error  # told as any error of the window is (``write_notice``)

        self._searching = run_in_background(None, work, on_done=done, on_error=failed)

    def _suggest(self, found: list[search_everywhere.Found]) -> None:
        self._ids_by_text = {}
        for hit in found:
            if hit.id == self._exclude:
                continue
            organization = hit.details[0]
            text = f"{hit.title} — {organization}" if organization else hit.title
            self._ids_by_text.setdefault(text, hit.id)
        self._model.setStringList(list(self._ids_by_text))
        if self.hasFocus() and self._ids_by_text:
            self.completer().complete()

    def _chosen(self, text: str) -> None:
        contact_id = self._ids_by_text.get(text)
        if contact_id is not None and contact_id != self._id:
            self._id = contact_id
            self.contact_changed.emit(contact_id)


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
