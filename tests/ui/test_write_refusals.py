"""The window when the database refuses writes: a read-only database says so across
the top before anything is typed, and every Save that the database refuses (read-only,
another program's lock, a full disk) shows one sentence in the dialog, which stays open
with everything typed still in it."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox

from coopeten_gui.services import (
    contact_list,
    followup_reads,
    my_business,
    organizations,
    write_errors,
)
from coopeten_gui.storage import database
from coopeten_gui.ui.dialogs.event_dialog import EventDialog
from coopeten_gui.ui.dialogs.followup_dialog import FollowupDialog
from coopeten_gui.ui.kit import write_notice
from coopeten_gui.ui.main_window import MainWindow
from coopeten_gui.ui.pages.contacts_page import ContactsPage
from coopeten_gui.ui.pages.my_business_form import MyBusinessForm
from coopeten_gui.ui.pages.organizations_page import OrganizationsPage

READ_ONLY = "The database is read-only, so nothing was saved."
LOCKED = "Another program is using the database, so nothing was saved."
FULL = "The disk is full, so nothing was saved."


@pytest.fixture
def refuse(demo_db):
    """Makes the open database refuse writes as a read-only file, another program's lock
    or a full disk does."""
    others = []

    def make(kind: str) -> str:
        conn = database.connection()
        if kind == "read_only":
            conn.execute("PRAGMA query_only = 1")
            return READ_ONLY
        if kind == "locked":
            conn.execute("PRAGMA busy_timeout = 50")
            other = sqlite3.connect(demo_db, isolation_level=None)
            other.execute("BEGIN EXCLUSIVE")
            other.execute("UPDATE contact SET notes = notes")
            others.append(other)
            return LOCKED
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages}")
        return FULL

    yield make
    for other in others:
        other.close()
    conn = database.connection()
    conn.execute("PRAGMA query_only = 0")
    conn.execute("PRAGMA max_page_count = 1073741823")


def click_save(qtbot, buttons: QDialogButtonBox) -> None:
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)


@pytest.mark.parametrize("kind", ["read_only", "locked", "full"])
def test_new_contact_says_why_and_keeps_what_was_typed(qtbot, refuse, kind):
    page = ContactsPage()
    qtbot.addWidget(page)
    page.show()
    count = contact_list.count()
    dialog = page.new_contact()
    qtbot.keyClicks(dialog.given_name, "Rosa")
    qtbot.keyClicks(dialog.family_name, "Almendros")
    qtbot.keyClicks(dialog.notes, "Met her at the fair; wants a joint stand.")
    dialog.job_title.setText("Baker " * 20_000)  # more than the full disk can take
    sentence = refuse(kind)
    click_save(qtbot, dialog.buttons)
    assert dialog.isVisible()
    shown = dialog.error_text("")
    assert sentence in shown and "Error" not in shown and "\n" not in shown
    assert (dialog.given_name.text(), dialog.family_name.text(),
            dialog.notes.toPlainText()) == ("Rosa", "Almendros",
                                            "Met her at the fair; wants a joint stand.")
    assert contact_list.count() == count


def test_new_organization_says_why(qtbot, refuse):
    page = OrganizationsPage()
    qtbot.addWidget(page)
    dialog = page.new_organization()
    qtbot.keyClicks(dialog.edits["name"], "Panaderia Sol")
    sentence = refuse("read_only")
    click_save(qtbot, dialog.findChild(QDialogButtonBox))
    assert dialog.isVisible() and sentence in dialog.general_error.text()
    assert dialog.edits["name"].text() == "Panaderia Sol"
    assert not any(o.name == "Panaderia Sol" for o in organizations.list_organizations())


def test_new_event_and_follow_up_say_why(qtbot, refuse):
    sentence = refuse("read_only")
    event = EventDialog()
    qtbot.addWidget(event)
    event.show()
    qtbot.keyClicks(event.name_edit, "Desayuno de socios")
    click_save(qtbot, event.buttons)
    assert event.isVisible() and event.name_edit.text() == "Desayuno de socios"
    assert sentence in event.errors.label("name").text()
    task = FollowupDialog()
    qtbot.addWidget(task)
    task.show()
    before = len(followup_reads.list_tasks())
    qtbot.keyClicks(task.title_edit, "Llamar a Rosa")
    click_save(qtbot, task.buttons)
    assert task.isVisible() and task.title_edit.text() == "Llamar a Rosa"
    assert sentence in task.errors.label("title").text()
    assert len(followup_reads.list_tasks()) == before


def test_my_business_says_why_and_keeps_the_form(qtbot, refuse):
    page = MyBusinessForm(None)
    qtbot.addWidget(page)
    page.show()
    page.name_edit.setText("Cafes Ferrer")
    sentence = refuse("locked")
    assert page.save() is False
    assert page.name_edit.text() == "Cafes Ferrer"
    assert any(sentence in label.text() for label in page.errors.values())
    assert my_business.get().name != "Cafes Ferrer"


def test_a_read_only_database_is_announced_before_anything_is_typed(qtbot, demo_db, tmp_path):
    window = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.read_only_notice.refresh() is False
    assert not window.read_only_notice.isVisible()
    database.connection().execute("PRAGMA query_only = 1")
    try:
        assert window.read_only_notice.refresh() is True
        assert window.read_only_notice.isVisible()
        assert window.read_only_notice.label.text().startswith("This database is read-only")
    finally:
        database.connection().execute("PRAGMA query_only = 0")


def test_a_read_only_database_is_announced_as_the_window_shows(qtbot, demo_db, tmp_path):
    database.connection().execute("PRAGMA query_only = 1")
    try:
        window = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(window)
        window.show()
        # made and checked once the window is on screen, with nobody asking for it
        qtbot.waitUntil(lambda: window.findChild(write_notice.ReadOnlyNotice) is not None
                        and window.read_only_notice.isVisible())
        assert window.read_only_notice.label.text().startswith("This database is read-only")
        assert window.findChildren(write_notice.ReadOnlyNotice) == [window.read_only_notice]
    finally:
        database.connection().execute("PRAGMA query_only = 0")


def test_a_refused_write_elsewhere_is_a_message_not_a_traceback(qtbot, demo_db, capsys):
    shown = []
    real = write_notice.show_refusal
    write_notice.show_refusal = lambda message: shown.append(message)
    import sys

    previous = sys.excepthook
    try:
        write_notice.install_excepthook()
        error = write_errors.WriteError(write_errors.message("locked"), "locked")
        sys.excepthook(type(error), error, None)
        plain = sqlite3.OperationalError("attempt to write a readonly database")
        sys.excepthook(type(plain), plain, None)
    finally:
        sys.excepthook = previous
        write_notice.show_refusal = real
    assert shown == [write_errors.message("locked"), write_errors.message("read_only")]
    assert "Traceback" not in capsys.readouterr().err
    box = write_notice.show_refusal(write_errors.message("full"))
    qtbot.addWidget(box)
    assert box.isVisible() and box.text().startswith("The disk is full")


def test_an_undo_the_database_refuses_says_why(qtbot, refuse, monkeypatch):
    from coopeten_gui.ui.kit import undo as undo_module

    shown = []
    monkeypatch.setattr(write_notice, "show_refusal", shown.append)
    page = ContactsPage()
    qtbot.addWidget(page)
    dialog = page.new_contact()
    qtbot.keyClicks(dialog.given_name, "Rosa")
    click_save(qtbot, dialog.buttons)
    assert not dialog.isVisible()
    stack = undo_module.stack_for(page)
    sentence = refuse("read_only")
    stack.undo()
    assert shown and shown[0].startswith(sentence)
    assert any(r.display_name == "Rosa" for r in contact_list.search_contacts("Rosa"))
