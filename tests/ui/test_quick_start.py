"""A quick start: Today first and alone, the rest made when asked for, the status bar and the
integrity check after the first paint, and damage found then handled as at start-up."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from helpers import corrupt
from PySide6.QtCore import QSettings

from coopeten_gui import translations
from coopeten_gui.services import backups, contact_list, contacts, followups
from coopeten_gui.services.contact_data import ContactData
from coopeten_gui.storage import database
from coopeten_gui.ui import startup
from coopeten_gui.ui.dialogs.recovery_dialog import QUIT, RESTORE
from coopeten_gui.ui.kit.settings import Options
from coopeten_gui.ui.main_window import MainWindow
from coopeten_gui.ui.pages.today_page import SHOW_AT_MOST


@pytest.fixture(autouse=True)
def english(qapp):
    translations.install(qapp, "en")


@pytest.fixture
def options(tmp_path) -> Options:
    return Options(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def shown_window(qtbot, options) -> MainWindow:
    window = MainWindow(options.qsettings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_only_today_is_made_at_start_and_the_rest_when_asked_for(qtbot, demo_db, options):
    window = shown_window(qtbot, options)
    assert list(window.pages) == ["today"]
    assert window.stack.currentWidget() is window.pages["today"]
    # the status bar counts come once the window is on screen
    qtbot.waitUntil(lambda: "contact" in window.count_label.text())
    assert window.contacts_menu.isEmpty()
    window.contacts_menu.aboutToShow.emit()  # opening the Contacts menu makes the page
    assert "contacts" in window.pages
    assert window.pages["contacts"].delete_action in window.contacts_menu.actions()
    window.show_section("followups")
    assert window.stack.currentWidget() is window.pages["followups"]
    assert set(window.pages) == {"today", "contacts", "followups"}


def test_today_lists_the_first_follow_ups_and_leads_to_the_rest(qtbot, db, options):
    start = datetime.combine(date.today(), datetime.min.time())
    for day in range(SHOW_AT_MOST + 12):
        followups.create(followups.FollowupData(title=f"Late {day}",
                                                due_at=start - timedelta(days=day + 1)))
    window = shown_window(qtbot, options)
    today = window.today_page
    assert today.models["overdue"].rowCount() == SHOW_AT_MOST
    assert today.sections["overdue"].heading.text() == f"Overdue ({SHOW_AT_MOST + 12})"
    more = today.sections["overdue"].more
    assert more.isVisibleTo(today) and "12 more" in more.text()
    assert not today.sections["today"].more.isVisibleTo(today)
    more.linkActivated.emit("followups")
    assert window.stack.currentWidget() is window.followups_page
    assert window.followups_page.proxy.rowCount() == SHOW_AT_MOST + 12


@pytest.fixture
def damaged(db, options):
    for i in range(300):
        contacts.create(ContactData(given_name=f"Person {i}"))
    backups.make_backup(options.backup_folder(db), when=datetime(2026, 3, 1, 9, 0))
    corrupt(db)
    return db, db.read_bytes()


@pytest.fixture
def answer(monkeypatch):
    asked = []

    def ask(damage, parent=None):
        asked.append(damage)
        return ask.choice

    ask.choice, ask.asked = QUIT, asked
    monkeypatch.setattr(startup, "ask_recovery", ask)
    monkeypatch.setattr(startup, "show_message", lambda kind, text, parent=None: None)
    return ask


def test_damage_found_after_the_first_paint_is_restored_in_the_window(qtbot, damaged, options,
                                                                      answer):
    path, _broken = damaged
    answer.choice = RESTORE
    session = startup.start(path, options, check_now=False)
    try:
        assert session.status == startup.OPENED and answer.asked == []
        window = MainWindow(options.qsettings)
        qtbot.addWidget(window)
        session.attach(window)
        window.show()  # the check starts once the window has painted
        qtbot.waitUntil(lambda: bool(answer.asked), timeout=10_000)
        assert session.status == startup.OPENED
        assert database.is_open() and contact_list.count() == 300
        assert len(list(path.parent.glob("*.damaged"))) == 1
        assert window.today_page.models["overdue"].rowCount() == 0  # rebuilt over it
    finally:
        session.finish()


def test_quitting_over_damage_found_after_start_closes_the_window(qtbot, damaged, options,
                                                                  answer):
    path, broken = damaged
    session = startup.start(path, options, check_now=False)
    try:
        window = MainWindow(options.qsettings)
        qtbot.addWidget(window)
        session.attach(window)
        window.show()
        qtbot.waitUntil(lambda: bool(answer.asked), timeout=10_000)
        assert session.status == startup.QUIT
        assert not window.isVisible() and not database.is_open()
        assert path.read_bytes() == broken
    finally:
        session.finish()


def test_damage_that_breaks_the_first_screen_is_caught_before_the_window(qtbot, db, options,
                                                                          answer):
    start = datetime.combine(date.today(), datetime.min.time())
    for day in range(400):  # the oldest, listed first, in the pages that break
        followups.create(followups.FollowupData(title=f"Follow-up number {day} " + "x" * 80,
                                    due_at=start - timedelta(days=day + 1)))
    backups.make_backup(options.backup_folder(db), when=datetime(2026, 3, 1, 9, 0))
    corrupt(db, "task")
    answer.choice = RESTORE
    session = startup.start(db, options, check_now=False)
    try:
        assert session.status == startup.OPENED and answer.asked == []
        made = []

        def make():
            made.append(MainWindow(options.qsettings))
            qtbot.addWidget(made[-1])
            return made[-1]

        window = session.open_window(make)
        assert len(answer.asked) == 1 and session.status == startup.OPENED
        assert window is not None and window.today_page.models["overdue"].rowCount() > 0
        assert not session.check_pending  # checked already: not again after the paint
    finally:
        session.finish()


def test_a_file_that_cannot_open_is_still_refused_before_any_window(tmp_path, options,
                                                                    monkeypatch):
    told = []
    monkeypatch.setattr(startup, "show_message", lambda kind, text, parent=None:
                        told.append(text))
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"shopping list\n" * 200)
    assert startup.start(path, options, check_now=False).status == startup.REFUSED
    assert told == [f"{path} is not a Coopeten database."]


def test_an_integrity_check_stopped_gives_no_verdict(db):
    assert database.IntegrityCheck(db).run() is None  # sound
    check = database.IntegrityCheck(db)
    check.stop()
    assert check.run() is None and check.stopped
