"""Today and Follow-ups: one keystroke per action on the selected follow-up."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QPushButton

from coopeten_gui.services import contacts, followups
from coopeten_gui.services.contact_data import ContactData
from coopeten_gui.ui.dialogs.followup_dialog import FollowupDialog, RescheduleDialog
from coopeten_gui.ui.kit.followup_list import FollowupTableModel
from coopeten_gui.ui.main_window import MainWindow


def at(days: int, hour: int = 10) -> datetime:
    return datetime.combine(date.today() + timedelta(days=days),
                            datetime.min.time()).replace(hour=hour)


@pytest.fixture
def agenda(db):
    ana = contacts.create(ContactData(given_name="Ana", family_name="Pérez"))
    return {
        "ana": ana,
        "late": followups.create(followups.FollowupData(title="Call Ana", due_at=at(-2),
                                                        contact_id=ana,
                                            priority=2)),
        "later_late": followups.create(followups.FollowupData(title="Send Ana the prices",
                                                              due_at=at(-1),
                                                  contact_id=ana)),
        "today": followups.create(followups.FollowupData(title="Book the room", due_at=at(0, 23))),
        "soon": followups.create(followups.FollowupData(title="Visit the market", due_at=at(3))),
    }


@pytest.fixture
def window(qtbot, agenda, tmp_path):
    window = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    return window


def titles(model) -> list[str]:
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_today_is_the_first_screen_with_three_lists(window):
    today = window.today_page
    assert window.stack.currentWidget() is today
    assert titles(today.models["overdue"]) == ["Call Ana", "Send Ana the prices"]
    assert titles(today.models["today"]) == ["Book the room"]
    assert titles(today.models["upcoming"]) == ["Visit the market"]
    overdue = today.models["overdue"]
    assert overdue.index(0, 1).data() == "Ana Pérez"
    assert overdue.index(0, 3).data() == "High"
    assert today.models["today"].index(0, 2).data()  # the due time
    assert "2 overdue" in today.summary.text()
    assert today.sections["overdue"].heading.text() == "Overdue (2)"


def test_space_completes_and_ctrl_z_reopens(qtbot, window, agenda):
    view = window.today_page.views["overdue"]
    qtbot.waitUntil(view.hasFocus)  # Today puts the cursor on the first list
    assert view.currentIndex().row() == 0
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert followups.get(agenda["late"]).is_done
    assert titles(window.today_page.models["overdue"]) == ["Send Ana the prices"]
    # the next follow-up took its place, ready for the next keystroke
    assert view.currentIndex().row() == 0
    assert "Done: Call Ana" in window.statusBar().currentMessage()

    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not followups.get(agenda["late"]).is_done
    assert titles(window.today_page.models["overdue"]) == ["Call Ana", "Send Ana the prices"]


def test_ctrl_enter_completes_too(qtbot, window, agenda):
    view = window.today_page.views["today"]
    view.setFocus()
    view.setCurrentIndex(window.today_page.models["today"].index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert followups.get(agenda["today"]).is_done
    assert window.today_page.sections["today"].empty.isVisibleTo(window.today_page)


def test_s_snoozes_one_day(qtbot, window, agenda):
    view = window.today_page.views["upcoming"]
    view.setFocus()
    view.setCurrentIndex(window.today_page.models["upcoming"].index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_S)
    assert followups.get(agenda["soon"]).due_at == at(4)
    # snoozing something overdue brings it to tomorrow, same hour
    overdue = window.today_page.views["overdue"]
    overdue.setFocus()
    overdue.setCurrentIndex(window.today_page.models["overdue"].index(0, 0))
    qtbot.keyClick(overdue, Qt.Key.Key_S)
    assert followups.get(agenda["late"]).due_at == at(1)
    assert titles(window.today_page.models["upcoming"])[0] == "Call Ana"


def test_r_reschedules_through_a_small_dialog(qtbot, window, agenda):
    view = window.today_page.views["overdue"]
    view.setFocus()
    view.setCurrentIndex(window.today_page.models["overdue"].index(1, 0))
    seen = {}

    def choose_next_week():
        dialog = QApplication.activeModalWidget()
        seen["dialog"] = dialog
        buttons = {b.text(): b for b in dialog.findChildren(QPushButton)}
        qtbot.mouseClick(buttons["Next week"], Qt.MouseButton.LeftButton)
        qtbot.keyClick(dialog.when_edit, Qt.Key.Key_Return)

    QTimer.singleShot(0, choose_next_week)
    qtbot.keyClick(view, Qt.Key.Key_R)
    assert isinstance(seen["dialog"], RescheduleDialog)
    assert followups.get(agenda["later_late"]).due_at == at(7)
    assert titles(window.today_page.models["overdue"]) == ["Call Ana"]


def test_escape_leaves_the_follow_up_as_it_was(qtbot, window, agenda):
    view = window.today_page.views["upcoming"]
    view.setFocus()
    view.setCurrentIndex(window.today_page.models["upcoming"].index(0, 0))
    QTimer.singleShot(0, lambda: qtbot.keyClick(QApplication.activeModalWidget(),
                                                Qt.Key.Key_Escape))
    qtbot.keyClick(view, Qt.Key.Key_R)
    assert followups.get(agenda["soon"]).due_at == at(3)


def test_enter_opens_the_contact(qtbot, window, agenda):
    view = window.today_page.views["overdue"]
    view.setFocus()
    view.setCurrentIndex(window.today_page.models["overdue"].index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.contact_view
    assert window.contact_view.contact_id == agenda["ana"]


def test_followups_page_filters_and_shows_done(qtbot, window, agenda):
    window.show_section("followups")
    page = window.followups_page
    assert page.proxy.rowCount() == 4
    qtbot.keyClicks(page.filter_edit, "ana")
    assert page.proxy.rowCount() == 2
    page.filter_edit.clear()
    page.priority_combo.setCurrentIndex(page.priority_combo.findData(2))
    assert page.proxy.rowCount() == 1
    page.priority_combo.setCurrentIndex(0)
    followups.complete(agenda["soon"])
    page.reload()
    assert page.proxy.rowCount() == 3
    page.show_done.setChecked(True)
    assert page.proxy.rowCount() == 4
    # Space on a done follow-up opens it again
    row = page.model.row_of(agenda["soon"])
    page.view.setFocus()
    page.view.setCurrentIndex(page.proxy.mapFromSource(page.model.index(row, 0)))
    qtbot.keyClick(page.view, Qt.Key.Key_Space)
    assert not followups.get(agenda["soon"]).is_done
    assert page.count_label.text() in ("4 follow-up(s)", "4 follow-ups")


def test_task_dialog_adds_a_follow_up_for_a_contact(qtbot, agenda, tmp_path):
    dialog = FollowupDialog(None, contact_id=agenda["ana"], default_days=5)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.title_edit.text() == "Follow up with Ana Pérez"
    assert dialog.contact_picker.contact_id() == agenda["ana"]
    assert dialog.task_data().due_at == followups.default_due(5)
    dialog.title_edit.clear()
    dialog.accept()  # Save with an empty title: refused beside the field
    assert dialog.result() == 0
    assert "needs a title" in dialog.errors.label("title").text()
    qtbot.keyClicks(dialog.title_edit, "Send the brochure")
    dialog.priority_combo.setCurrentIndex(dialog.priority_combo.findData(2))
    saved = []
    dialog.task_saved.connect(saved.append)
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)
    assert saved and dialog.result() == 1
    row = followups.get(saved[0])
    assert (row.title, row.contact_id, row.priority) == ("Send the brochure", agenda["ana"], 2)


def test_task_dialog_edits_an_existing_follow_up(qtbot, agenda):
    dialog = FollowupDialog(None, task_id=agenda["soon"])
    qtbot.addWidget(dialog)
    assert dialog.title_edit.text() == "Visit the market"
    dialog.title_edit.setText("Visit the Sunday market")
    dialog.accept()
    assert followups.get(agenda["soon"]).title == "Visit the Sunday market"
    assert followups.get(agenda["soon"]).due_at == at(3)


def test_task_model(qtmodeltester, agenda):
    model = FollowupTableModel()
    model.set_rows(followups.list_tasks(include_done=True))
    qtmodeltester.check(model)
    model.sort(2, Qt.SortOrder.DescendingOrder)
    assert model.index(0, 0).data() == "Visit the market"
    qtmodeltester.check(model)


def test_followups_filter_model(qtmodeltester, qtbot, agenda, tmp_path):
    from coopeten_gui.ui.kit.settings import Options
    from coopeten_gui.ui.pages.followups_page import FollowupsPage

    page = FollowupsPage(None, Options(QSettings(str(tmp_path / "s.ini"),
                                                 QSettings.Format.IniFormat)))
    qtbot.addWidget(page)
    page.filter_edit.setText("ana")
    qtmodeltester.check(page.proxy)


def test_follow_up_cells_draw_as_the_default_delegate_draws_them(qtbot, agenda):
    """The lists' delegate asks the model once per cell instead of once per role: what
    it draws (struck-out done, bold high priority, red overdue, the selection) must be
    what Qt's own delegate draws from ``data``."""
    from PySide6.QtCore import QSize
    from PySide6.QtWidgets import QStyledItemDelegate

    from coopeten_gui.ui.kit.followup_list import followup_view

    class Default(QStyledItemDelegate):  # the same air between the rows
        def sizeHint(self, option, index):
            size = super().sizeHint(option, index)
            return QSize(size.width(), size.height() + 8)

    followups.complete(agenda["later_late"])
    model = FollowupTableModel()
    model.set_rows(followups.list_tasks(include_done=True))
    view = followup_view(None, model)
    qtbot.addWidget(view)
    view.resize(700, 220)
    view.show()
    view.setCurrentIndex(model.index(2, 0))
    qtbot.waitExposed(view)
    ours = view.grab().toImage()
    view.setItemDelegate(Default(view))
    theirs = view.grab().toImage()
    assert model.data(model.index(1, 0), Qt.ItemDataRole.FontRole).strikeOut()
    assert ours == theirs


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_full_today_keeps_the_window_within_a_1024x600_screen(qtbot, db, tmp_path,
                                                                monkeypatch, language):
    """Many follow-ups in every list, birthdays to think of and the getting-started steps:
    the window still fits a small laptop, status bar included; Today scrolls instead."""
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QScrollArea

    from coopeten_gui import translations
    from coopeten_gui.ui.kit import fit

    monkeypatch.setattr(fit, "available_geometry", lambda widget=None: QRect(0, 0, 1024, 600))
    translations.install(QApplication.instance(), language)
    today = date.today()
    for number in range(12):
        contacts.create(ContactData(given_name=f"Person {number}",
                                    birthday=date(1980, today.month, min(today.day, 28))))
    for number in range(60):
        for due in (at(-1 - number % 30), at(0, 23), at(1 + number % 13)):
            followups.create(followups.FollowupData(title=f"Call number {number}",
                                                    due_at=due))
    window = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    today_page = window.today_page
    assert today_page.first_steps.isVisible() and today_page.keep_in_touch.isVisible()
    assert all(model.rowCount() >= 12 for model in today_page.models.values())
    room = 600 - fit.FRAME.height()
    assert window.minimumSizeHint().height() <= room
    assert window.height() <= room
    status = window.statusBar()
    assert status.isVisible() and status.geometry().bottom() < window.height()
    # what does not fit is reached by scrolling the page
    scroll = today_page.findChild(QScrollArea, "today_scroll")
    assert scroll.verticalScrollBar().maximum() > 0
    upcoming = today_page.sections["upcoming"].view
    assert scroll.widget().isAncestorOf(upcoming)
