"""The status bar's counts: read on a worker after each write, right after adding,
trashing and restoring a contact and finishing a follow-up, one more reading for the
writes made while one runs, and none shown of a database the window has left."""

from __future__ import annotations

import threading
from datetime import date, datetime, timedelta

import pytest
import shiboken6
from PySide6.QtCore import QSettings, Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from coopeten_gui.services import contacts, followups, session, stats
from coopeten_gui.services.contact_data import ContactData
from coopeten_gui.ui.kit import questions
from coopeten_gui.ui.main_window import MainWindow


@pytest.fixture
def book(db):
    ana = contacts.create(ContactData(given_name="Ana", family_name="Pérez"))
    due = datetime.combine(date.today() - timedelta(days=1), datetime.min.time())
    for title in ("Call Ana", "Send Ana the prices"):
        followups.create(followups.FollowupData(title=title, due_at=due, contact_id=ana))
    return ana


@pytest.fixture
def window(show_active, book, tmp_path):
    return show_active(
        MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))


def shows(window, text: str):
    return lambda: window.count_label.text() == text


def test_the_counts_follow_adding_trashing_restoring_and_finishing(qtbot, window, monkeypatch):
    monkeypatch.setattr(questions, "confirm", lambda *args, **kwargs: True)
    qtbot.waitUntil(shows(window, "1 contact · 2 open follow-ups"))

    # a contact typed in the dialog
    window.show_section("contacts")
    page = window.contacts_page
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.dialog
    qtbot.keyClicks(dialog.given_name, "Lucas")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(shows(window, "2 contacts · 2 open follow-ups"))

    # moved to the trash with Delete
    lucas = page.current_id()  # the new contact is selected
    assert contacts.get(lucas).given_name == "Lucas"
    assert page.select_contact(lucas)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(shows(window, "1 contact · 2 open follow-ups"))

    # back from the trash
    trash = page.open_trash()
    trash.select_ids([lucas])
    qtbot.mouseClick(trash.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(shows(window, "2 contacts · 2 open follow-ups"))
    trash.close()

    # a follow-up done with Space on Today
    window.show_section("today")
    view = window.today_page.views["overdue"]
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    qtbot.waitUntil(shows(window, "2 contacts · 1 open follow-up"))
    assert stats.counts(("contacts", "followups")) == [("contacts", 2), ("followups", 1)]


class Gate:
    """Holds the next reading of the counts on its worker until ``open`` is called."""

    def __init__(self, monkeypatch, answer: list[tuple[str, int]] | None = None) -> None:
        self.entered = threading.Event()
        self._open = threading.Event()
        self._answer = answer
        self.calls = 0
        self._held = False
        counts = stats.counts

        def held(names=None):
            self.calls += 1
            found = counts(names)
            if not self._held:
                self._held = True
                self.entered.set()
                self._open.wait(10)
                return self._answer or found
            return found

        monkeypatch.setattr(stats, "counts", held)

    def open(self) -> None:
        self._open.set()


def test_writes_while_the_counts_are_read_make_one_more_reading(qtbot, window, monkeypatch):
    qtbot.waitUntil(shows(window, "1 contact · 2 open follow-ups"))
    qtbot.waitUntil(lambda: not window.counts.is_reading())
    gate = Gate(monkeypatch)
    window.notify_data_changed()
    qtbot.waitUntil(gate.entered.is_set)
    # a bulk change: many writes while the first reading runs
    for name in ("Luis", "Marta", "Pau"):
        contacts.create(ContactData(given_name=name))
        window.notify_data_changed()
    assert window.count_label.text() == "1 contact · 2 open follow-ups"  # the last counts
    gate.open()
    qtbot.waitUntil(shows(window, "4 contacts · 2 open follow-ups"))
    qtbot.waitUntil(lambda: not window.counts.is_reading())
    assert gate.calls == 2


def test_the_counts_are_read_a_moment_after_the_write_not_beside_its_reloads(
        qtbot, window, monkeypatch):
    import time

    from coopeten_gui.ui import status_counts

    qtbot.waitUntil(lambda: not window.counts.is_reading())
    moments: dict[str, float] = {}
    counts = stats.counts

    def read(names=None):
        moments.setdefault("read", time.monotonic())
        return counts(names)

    monkeypatch.setattr(stats, "counts", read)
    window.today_page.reload = lambda: moments.setdefault("reloaded", time.monotonic())
    window.show_section("today")
    contacts.create(ContactData(given_name="Luis"))
    moments["written"] = time.monotonic()
    window.notify_data_changed()
    assert window.counts.is_reading()  # a reading is on its way
    qtbot.waitUntil(shows(window, "2 contacts · 2 open follow-ups"))
    # the page on screen reloaded first, and the reading waited its moment
    assert moments["written"] <= moments["reloaded"] < moments["read"]
    assert moments["read"] - moments["written"] >= 0.9 * status_counts.AFTER_WRITE_MS / 1000
    assert status_counts.AFTER_WRITE_MS >= 100  # time for a page to read and paint


def test_switching_the_database_while_the_counts_are_read(qtbot, window, monkeypatch,
                                                          tmp_path):
    qtbot.waitUntil(shows(window, "1 contact · 2 open follow-ups"))
    qtbot.waitUntil(lambda: not window.counts.is_reading())
    # the reading held on its worker comes back with counts of the file left behind
    gate = Gate(monkeypatch, answer=[("contacts", 999), ("followups", 999)])
    shown: list[str] = []
    set_text = window.count_label.setText
    monkeypatch.setattr(window.count_label, "setText",
                        lambda text: shown.append(text) or set_text(text))
    window.notify_data_changed()
    qtbot.waitUntil(gate.entered.is_set)
    other = tmp_path / "other.sqlite"
    assert window.open_database_file(other)
    assert session.current_path() == other
    contacts.create(ContactData(given_name="Rosa"))
    gate.open()
    qtbot.waitUntil(shows(window, "1 contact · 0 open follow-ups"))
    qtbot.waitUntil(lambda: not window.counts.is_reading())
    assert shown == ["1 contact · 0 open follow-ups"]  # never the file left behind
    assert gate.calls == 2
    # and the window goes on counting in the new file
    window.notify_data_changed()
    qtbot.waitUntil(lambda: not window.counts.is_reading())
    assert window.count_label.text() == "1 contact · 0 open follow-ups"


def test_closing_the_window_while_the_counts_are_read(qtbot, book, tmp_path, monkeypatch):
    window = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: not window.counts.is_reading() and bool(window.count_label.text()))
    gate = Gate(monkeypatch)
    window.notify_data_changed()
    qtbot.waitUntil(gate.entered.is_set)
    counts = window.counts
    window.close()
    window.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(counts))
    gate.open()
    # the reading ends with nobody to show it to, and nothing is read again
    assert QThreadPool.globalInstance().waitForDone(5000)
    QApplication.processEvents()
    assert gate.calls == 1
