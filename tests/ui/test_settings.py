"""Settings: language (Spanish!), reminders, follow-up delay, categories, databases."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from coopeten_gui import translations
from coopeten_gui.services import followups, offers_asks
from coopeten_gui.ui.dialogs.followup_dialog import FollowupDialog
from coopeten_gui.ui.kit.settings import FOLLOW_UP_DAYS, OPTIONS, Options
from coopeten_gui.ui.main_window import MainWindow


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, demo_db, settings):
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_section("settings")
    yield window
    # the translators belong to the application, which outlives this test
    translations.install(QApplication.instance(), "en")


def choose(combo, data) -> None:
    """Pick an entry with the keyboard, as a user does on a focused combo box."""
    combo.setFocus()
    target = combo.findData(data)
    while combo.currentIndex() != target:
        key = Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up
        before = combo.currentIndex()
        QApplication.sendEvent(combo, _key(key))
        assert combo.currentIndex() != before


def _key(key):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    return QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier)


def test_switching_to_spanish_translates_the_window(qtbot, window):
    choose(window.settings_page.language_combo, "es")
    qtbot.waitUntil(lambda: window.navigation.item(0).text() == "Hoy")
    # (Alliances and Dashboard in Spanish, as every new text, are checked by
    # tests/test_translations.py)
    assert [window.navigation.item(i).text() for i in range(window.navigation.count())] == [
        "Hoy", "Contactos", "Organizaciones", "Eventos", "Ofertas y peticiones",
        "Seguimientos", "Propuestas", "Referencias", window.section_titles()["alliances"],
        window.section_titles()["dashboard"], "Mi negocio", "Ajustes"]
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[:3] == ["&Archivo", "&Editar", "&Ir"] and menus[-1] == "Ay&uda"
    # still on Settings, which speaks Spanish too and remembers the choice
    assert window.stack.currentWidget() is window.settings_page
    assert window.settings_page.language_combo.currentData() == "es"
    assert window.options.language == "es"
    assert Options(window.settings).language == "es"
    # Today, its lists, plural forms and dates
    window.show_section("today")
    today = window.today_page
    assert today.title.text().startswith("Hoy, ")
    assert today.sections["overdue"].heading.text().startswith("Atrasados (")
    assert today.models["overdue"].headerData(0, Qt.Orientation.Horizontal) == "Seguimiento"
    assert today.models["overdue"].headerData(3, Qt.Orientation.Horizontal) == "Prioridad"
    qtbot.waitUntil(lambda: "contactos" in window.count_label.text())
    assert QLocale().language() == QLocale.Language.Spanish
    # and back to English
    window.show_section("settings")
    choose(window.settings_page.language_combo, "en")
    qtbot.waitUntil(lambda: window.navigation.item(0).text() == "Today")
    qtbot.waitUntil(lambda: window.count_label.text().startswith("40 contacts"))


def test_english_plural_forms(window):
    translations.install(QApplication.instance(), "en")
    assert window.tr("%n contact(s)", "", 1) == "1 contact"
    assert window.tr("%n contact(s)", "", 2) == "2 contacts"


def test_reminders_and_follow_up_delay_are_remembered(qtbot, window, settings):
    page = window.settings_page
    assert page.reminders_check.isChecked()
    qtbot.mouseClick(page.reminders_check, Qt.MouseButton.LeftButton)
    assert window.options.reminders_enabled is False
    page.delay_spin.setFocus()
    page.delay_spin.selectAll()
    qtbot.keyClicks(page.delay_spin, "5")
    assert window.options.follow_up_days == 5
    settings.sync()
    again = Options(QSettings(settings.fileName(), QSettings.Format.IniFormat))
    assert again.reminders_enabled is False and again.follow_up_days == 5
    # the new delay is the default due date of a new follow-up
    dialog = FollowupDialog(window, default_days=window.options.follow_up_days)
    qtbot.addWidget(dialog)
    assert dialog.task_data().due_at == followups.default_due(5)


def test_categories_add_rename_remove(qtbot, window):
    page = window.settings_page
    count = page.category_list.count()
    qtbot.keyClicks(page.category_edit, "Photography")
    qtbot.keyClick(page.category_edit, Qt.Key.Key_Return)
    assert page.category_list.count() == count + 1
    assert "Photography" in [c.name for c in offers_asks.categories()]
    assert page.category_list.currentItem().text() == "Photography"

    # rename in place: F2, type, Enter
    page.category_list.setFocus()
    qtbot.keyClick(page.category_list, Qt.Key.Key_F2)
    editor = page.category_list.viewport().findChild(QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Product photos")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Product photos" in [c.name for c in offers_asks.categories()])
    assert "Photography" not in [c.name for c in offers_asks.categories()]

    # an empty name is refused, beside the list
    qtbot.keyClick(page.category_edit, Qt.Key.Key_Return)
    assert page.category_error.isVisibleTo(page) and "needs a name" in page.category_error.text()

    page.confirm = lambda title, text: True
    row = next(i for i in range(page.category_list.count())
               if page.category_list.item(i).text() == "Product photos")
    page.category_list.setCurrentRow(row)
    qtbot.mouseClick(page.remove_category_button, Qt.MouseButton.LeftButton)
    assert "Product photos" not in [c.name for c in offers_asks.categories()]
    assert page.category_list.count() == count


def test_open_database_is_remembered(qtbot, window, tmp_path, monkeypatch):
    path = tmp_path / "other.sqlite"
    monkeypatch.setattr(window, "ask_new_path", lambda: str(path))
    qtbot.mouseClick(window.settings_page.new_button, Qt.MouseButton.LeftButton)
    assert path.exists()
    assert window.options.last_database == str(path)
    window.show_section("settings")
    assert str(path) in window.settings_page.database_label.text()


def test_options_have_types_and_defaults(settings):
    options = Options(settings)
    assert options.follow_up_days == FOLLOW_UP_DAYS.default == 2
    assert options.reminders_enabled is True
    assert options.language == "" and options.appearance == "system"
    settings.setValue(FOLLOW_UP_DAYS.key, "not a number")
    assert options.follow_up_days == 2
    settings.setValue("reminders/enabled", "false")
    assert options.reminders_enabled is False
    assert len({o.key for o in OPTIONS}) == len(OPTIONS)
