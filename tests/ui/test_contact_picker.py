"""The contact picker as a user types a name into it: suggestions from a worker, the
choice held as an id, an answer for text since changed left out."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from shiboken6 import isValid

from coopeten_gui.services import contacts, search_everywhere
from coopeten_gui.services.contact_data import ContactData
from coopeten_gui.ui.kit.pickers import ContactPicker


def _picker(qtbot, **options) -> ContactPicker:
    picker = ContactPicker(**options)
    qtbot.addWidget(picker)
    picker.show()
    qtbot.waitExposed(picker)
    picker.setFocus()
    return picker


def _suggested(picker: ContactPicker) -> list[str]:
    return picker.completer().model().stringList()


def test_typing_suggests_from_a_worker_and_a_choice_holds_the_id(db, qtbot, monkeypatch):
    ana = contacts.create(ContactData(given_name="Ana", family_name="Ruiz",
                                      organization_name="Café Central"))
    contacts.create(ContactData(given_name="Andrés", family_name="Gil"))
    luis = contacts.create(ContactData(given_name="Luis", family_name="Anaya"))
    searched_on = []
    search = search_everywhere.search

    def watched(*args, **kwargs):
        searched_on.append(threading.current_thread() is threading.main_thread())
        return search(*args, **kwargs)

    monkeypatch.setattr(search_everywhere, "search", watched)
    picker = _picker(qtbot, exclude=luis)
    changes = []
    picker.contact_changed.connect(changes.append)
    qtbot.keyClicks(picker, "ana")
    qtbot.waitUntil(lambda: bool(_suggested(picker)), timeout=10_000)
    assert searched_on == [False]
    # accent-blind, the organization beside the name, the excluded contact left out
    assert _suggested(picker) == ["Ana Ruiz — Café Central"]

    picker.completer().activated[str].emit("Ana Ruiz — Café Central")
    assert picker.contact_id() == ana and changes == [ana]
    assert not picker.has_unresolved_text()
    qtbot.keyClick(picker, Qt.Key.Key_Backspace)
    assert picker.contact_id() is None and picker.has_unresolved_text()


def test_an_answer_for_text_since_changed_is_left_out(db, qtbot, monkeypatch):
    contacts.create(ContactData(given_name="Ana", family_name="Ruiz"))
    contacts.create(ContactData(given_name="Bea", family_name="Soto"))
    release = threading.Event()
    search = search_everywhere.search

    def slow_for_ana(text, *args, **kwargs):
        if text == "ana":  # still reading when the second is asked, and deaf to stop
            release.wait(10)
            kwargs.pop("stop")
        return search(text, *args, **kwargs)

    monkeypatch.setattr(search_everywhere, "search", slow_for_ana)
    picker = _picker(qtbot)
    picker.setText("ana")
    picker._search()
    first = picker._searching
    picker.setText("bea")
    picker._search()
    assert first.progress.cancelled
    release.set()
    qtbot.waitUntil(lambda: bool(_suggested(picker)), timeout=10_000)
    qtbot.waitUntil(lambda: not isValid(first), timeout=10_000)  # the first answered too
    assert _suggested(picker) == ["Bea Soto"]
