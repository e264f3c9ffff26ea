"""Reminders while the app is open, driven by a fake clock (no waiting a minute)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from coopeten_gui import translations
from coopeten_gui.services import contacts, followups
from coopeten_gui.services.contact_data import ContactData
from coopeten_gui.ui.kit.settings import Options
from coopeten_gui.ui.main_window import MainWindow
from coopeten_gui.ui.reminders import CHECK_EVERY_MS, Reminders

START = datetime(2030, 5, 6, 9, 0)


class FakeClock:
    def __init__(self, start: datetime) -> None:
        self.current = start

    def __call__(self) -> datetime:
        return self.current

    def advance(self, **delta) -> None:
        self.current += timedelta(**delta)


@pytest.fixture
def clock():
    return FakeClock(START)


@pytest.fixture
def options(tmp_path):
    return Options(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def english(qapp):
    # the plural forms ("3 follow-ups due") come from the English catalogue
    translations.install(qapp, "en")


@pytest.fixture
def ana(db):
    return contacts.create(ContactData(given_name="Ana", family_name="Pérez"))


def test_a_follow_up_falling_due_is_told_once(qapp, english, ana, clock, options):
    followups.create(followups.FollowupData(title="Call Ana about the flowers",
                                due_at=START + timedelta(seconds=30), contact_id=ana))
    told = []
    reminders = Reminders(None, options, notify=lambda *m: told.append(m), now=clock)
    assert reminders.check() == []  # nothing due yet
    clock.advance(minutes=1)
    due = reminders.check()
    assert [t.title for t in due] == ["Call Ana about the flowers"]
    assert told == [("Follow-up due", "Call Ana about the flowers — Ana Pérez")]
    clock.advance(minutes=1)
    assert reminders.check() == [] and len(told) == 1  # never twice


def test_several_at_once_and_across_a_sleep(qapp, english, ana, clock, options):
    for number in range(5):
        followups.create(followups.FollowupData(title=f"Task {number}",
                                    due_at=START + timedelta(minutes=10 + number)))
    done = followups.create(followups.FollowupData(title="Already done",
                                                   due_at=START + timedelta(minutes=5)))
    followups.complete(done)
    told = []
    reminders = Reminders(None, options, notify=lambda *m: told.append(m), now=clock)
    clock.advance(hours=2)  # the laptop slept through all of them
    reminders.check()
    title, text = told[0]
    assert title == "5 follow-ups due"
    assert text.splitlines() == ["Task 0", "Task 1", "Task 2", "and 2 more"]


def test_reminders_off_means_silence_and_no_replay(qapp, english, ana, clock, options):
    followups.create(followups.FollowupData(title="Quiet one", due_at=START + timedelta(minutes=1)))
    told = []
    reminders = Reminders(None, options, notify=lambda *m: told.append(m), now=clock)
    options.reminders_enabled = False
    clock.advance(minutes=2)
    assert reminders.check() == [] and told == []
    options.reminders_enabled = True
    clock.advance(minutes=1)
    assert reminders.check() == [] and told == []  # what fell due while off is not replayed


def test_the_window_checks_every_minute_and_uses_the_status_bar(qtbot, english, ana, clock,
                                                                tmp_path):
    window = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
                        now=clock)
    qtbot.addWidget(window)
    window.show()
    assert window.reminders.timer.isActive()
    assert window.reminders.timer.interval() == CHECK_EVERY_MS == 60_000
    assert window.notifier.tray is None  # the test platform has no system tray
    followups.create(followups.FollowupData(title="Send the quote",
                                            due_at=START + timedelta(seconds=20),
                                contact_id=ana))
    reminded = []
    window.reminders.reminded.connect(lambda title, text: reminded.append((title, text)))
    clock.advance(minutes=1)
    window.reminders.timer.timeout.emit()  # the minute is up
    assert reminded == [("Follow-up due", "Send the quote — Ana Pérez")]
    assert window.statusBar().currentMessage() == "Follow-up due: Send the quote — Ana Pérez"


def test_the_tray_gets_the_message_when_there_is_one(qtbot, english, ana, clock, tmp_path):
    window = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
                        now=clock)
    qtbot.addWidget(window)

    class FakeTray:
        messages = []

        def showMessage(self, title, text, icon, msecs):
            self.messages.append((title, text))

        def hide(self):
            pass

    window.notifier.tray = FakeTray()
    followups.create(followups.FollowupData(title="Post the photos",
                                            due_at=START + timedelta(seconds=5)))
    clock.advance(minutes=1)
    window.reminders.check()
    assert FakeTray.messages == [("Follow-up due", "Post the photos")]
    assert window.statusBar().currentMessage() == ""
    QApplication.processEvents()


def test_birthdays_and_anniversaries_are_told_once_a_day(qapp, english, db, clock, options):
    contacts.create(ContactData(given_name="Eva", family_name="Ruiz",
                                birthday=(START + timedelta(days=1)).date().replace(year=1990)))
    contacts.create(ContactData(given_name="Luis", anniversary=START.date().replace(year=2010)))
    told = []
    reminders = Reminders(None, options, notify=lambda *m: told.append(m), now=clock)
    clock.advance(minutes=1)
    reminders.check()
    assert told == [("Today", "Anniversary: Luis")]
    clock.advance(hours=1)
    reminders.check()
    assert len(told) == 1  # once a day
    clock.advance(days=1)
    reminders.check()
    assert told[-1] == ("Today", "Birthday: Eva Ruiz")
