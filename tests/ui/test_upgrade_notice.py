"""Opening a file from an older version says that it is being updated while it is, and
the file comes out updated; a file already up to date, or a quick update, shows nothing."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from coopeten_gui import translations
from coopeten_gui.services import contact_list, contacts
from coopeten_gui.services.contact_data import ContactData
from coopeten_gui.storage import database, search
from coopeten_gui.ui import startup, upgrade_notice


@pytest.fixture(autouse=True)
def english(qapp):
    translations.install(qapp, "en")


@pytest.fixture
def older_file(db_file, monkeypatch):
    """A file written by the version before four-letter prefixes, with 300 people."""
    every = database.migrations()
    monkeypatch.setattr(database, "migrations", lambda: every[:7])
    # that version's search index had other columns: the upgrade makes it anew anyway
    monkeypatch.setattr(search, "flush_dirty", lambda: None)
    database.open_database(db_file)
    for n in range(300):
        contacts.create(ContactData(given_name="Rosa", family_name=f"Ferrer {n:03d}"))
    database.close_database()
    monkeypatch.undo()
    return db_file


@pytest.fixture
def notices(monkeypatch) -> list[list[str]]:
    """The texts of every notice shown; each shows at the upgrade's first tick."""
    monkeypatch.setattr(upgrade_notice, "SHOW_AFTER", 0.0)
    monkeypatch.setattr(upgrade_notice, "PAINT_EVERY", 0.0)
    shown: list[list[str]] = []
    real_show = upgrade_notice.UpgradeNotice.show

    def show(notice) -> None:
        real_show(notice)
        shown.append([label.text() for label in notice.findChildren(QLabel)])

    monkeypatch.setattr(upgrade_notice.UpgradeNotice, "show", show)
    return shown


def _open_notices() -> list[QLabel]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, upgrade_notice.UpgradeNotice) and w.isVisible()]


def test_an_older_file_shows_the_notice_while_it_is_updated(older_file, notices, tmp_path,
                                                            monkeypatch):
    monkeypatch.setattr(database, "TICK_STEPS", 100)  # as often as a large file's
    ticks = []
    real_tick = upgrade_notice.Watch.__call__
    monkeypatch.setattr(upgrade_notice.Watch, "__call__",
                        lambda watch: ticks.append(_open_notices()) or real_tick(watch))
    try:
        assert startup.open_safely(older_file, tmp_path / "backups") == startup.OPENED
        assert database.schema_version() == database.latest_version()
        found = contact_list.contact_ids(contact_list.ContactQuery(text="ferr"))
        assert len(found) == 300
    finally:
        database.close_database()
    assert len(notices) == 1
    assert "Updating your database for this version of Coopeten…" in notices[0]
    assert any(ticks[1:])  # it was on screen while the upgrade ran
    assert _open_notices() == []  # and went when it was over
    assert list(older_file.parent.glob(f"{older_file.name}.v7-*.bak"))


def test_the_notice_cannot_be_closed_half_way(qtbot):
    notice = upgrade_notice.UpgradeNotice()
    qtbot.addWidget(notice)
    notice.show()
    notice.close()
    assert notice.isVisible()
    notice.finished = True
    notice.close()
    assert not notice.isVisible()


def test_an_up_to_date_file_or_a_quick_update_shows_nothing(db_file, older_file, tmp_path,
                                                            monkeypatch):
    shown = []
    monkeypatch.setattr(upgrade_notice.UpgradeNotice, "show", lambda n: shown.append(n))
    try:
        assert startup.open_safely(older_file, tmp_path / "backups") == startup.OPENED
    finally:
        database.close_database()
    assert shown == []  # 300 contacts: updated well within a second
    monkeypatch.setattr(upgrade_notice, "SHOW_AFTER", 0.0)
    try:
        assert startup.open_safely(older_file, tmp_path / "backups") == startup.OPENED
    finally:
        database.close_database()
    assert shown == []  # nothing to update


def test_an_older_file_opened_from_the_window_shows_the_notice_until_it_is_updated(
        qtbot, older_file, notices, tmp_path, monkeypatch):
    from PySide6.QtCore import QSettings

    from coopeten_gui.services import session
    from coopeten_gui.ui.main_window import MainWindow

    database.open_database(tmp_path / "first.sqlite")
    window = MainWindow(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    seen = []
    real_switch = session.switch_to
    monkeypatch.setattr(session, "switch_to",
                        lambda path: seen.append(_open_notices()) or real_switch(path))
    try:
        assert window.open_database_file(older_file)
        assert database.schema_version() == database.latest_version()
        assert len(contact_list.contact_ids(contact_list.ContactQuery(text="ferr"))) == 300
        assert len(seen) == 1 and len(seen[0]) == 1  # on screen while the file was opened
        assert notices and "Updating your database for this version of Coopeten…" in notices[0]
        assert _open_notices() == []  # and gone once it was
        assert window.open_database_file(tmp_path / "first.sqlite")  # up to date: nothing
        assert len(notices) == 1 and len(seen) == 2 and seen[1] == []
    finally:
        window.close()
        database.close_database()
