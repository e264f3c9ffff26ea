"""What the window's menus and Today's first steps start: a dialog or a page over the main
window, told what to refresh and what to say in the status bar when it is done.

Each takes the window; the window itself only builds menus and shows pages. Texts keep
the window's translation context ("MainWindow").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtCore

from coopeten_gui.i18n import translate
from coopeten_gui.services import session

if TYPE_CHECKING:
    from coopeten_gui.ui.dialogs.alliance_report_dialog import AllianceReporter
    from coopeten_gui.ui.dialogs.backups_dialog import BackupsDialog
    from coopeten_gui.ui.dialogs.export_dialog import ExportDialog
    from coopeten_gui.ui.dialogs.global_search import GlobalSearch, SearchHit
    from coopeten_gui.ui.dialogs.import_dialog import ImportDialog
    from coopeten_gui.ui.dialogs.quick_capture import QuickCaptureWindow
    from coopeten_gui.ui.main_window import MainWindow


def bring_to_front(window: MainWindow) -> None:
    """The window raised on Today (a reminder was clicked)."""
    window.showNormal() if window.isMinimized() else window.show()
    window.raise_()
    window.activateWindow()
    window.show_section("today")


def new_contact(window: MainWindow) -> None:
    window.show_section("contacts")
    creator = getattr(window.contacts_page, "new_contact", None)
    if creator is not None:
        creator()


def new_followup(window: MainWindow) -> int | None:
    """A new follow-up, its default delay from the settings; its id, or None if dropped."""
    from coopeten_gui.ui.dialogs.followup_dialog import FollowupDialog

    dialog = FollowupDialog(window, default_days=window.options.follow_up_days)
    try:
        if dialog.exec():
            window.notify_data_changed()
            window.show_status(translate("MainWindow", "Follow-up added: {title}").format(
                title=dialog.title_edit.text()))
            return dialog.task_id
        return None
    finally:
        dialog.deleteLater()


def edit_followup(window: MainWindow, task_id: int) -> None:
    from coopeten_gui.ui.dialogs.followup_dialog import FollowupDialog

    dialog = FollowupDialog(window, task_id=task_id)
    try:
        if dialog.exec():
            window.notify_data_changed()
    finally:
        dialog.deleteLater()


def open_search_hit(window: MainWindow, hit: SearchHit) -> None:
    """Where a hit of Search everywhere leads."""
    if hit.kind == "contact":
        window.open_contact(hit.id)
    elif hit.kind == "organization":
        window.open_organization(hit.id)
    elif hit.kind == "event":
        window.open_event(hit.id)
    elif hit.kind == "offer_ask":
        opener = getattr(window.pages["exchanges"], "open_offer_ask", None)
        if opener is not None:
            window.show_section("exchanges")
            opener(hit.id)
        elif hit.contact_id:
            window.open_contact(hit.contact_id)
    elif hit.kind == "proposal":
        window.open_proposal(hit.id)
    elif hit.kind == "followup":
        edit_followup(window, hit.id)


def take_first_step(window: MainWindow, step: str) -> None:
    """Where each step of Today's getting-started list is done."""
    if step == "business":
        window.show_section("business")
    elif step == "event":
        window.new_event()
    elif step == "people":
        window.open_quick_capture()
    elif step == "proposal":
        window.show_section("proposals")


def import_contacts(window: MainWindow) -> ImportDialog:
    from coopeten_gui.ui.dialogs.import_dialog import open_import

    dialog = open_import(window)
    dialog.imported.connect(lambda _result: window.notify_data_changed())
    dialog.status_message.connect(window.show_status)
    return dialog


def export_contacts(window: MainWindow, fmt: str) -> ExportDialog:
    """The contacts selected in the Contacts list, else all (the dialog lets one switch)."""
    from coopeten_gui.ui.dialogs.export_dialog import open_export

    dialog = open_export(window, fmt, window.selected_contact_ids())
    dialog.status_message.connect(window.show_status)
    return dialog


def show_backups(window: MainWindow) -> BackupsDialog:
    from coopeten_gui.ui.dialogs.backups_dialog import BackupsDialog

    dialog = BackupsDialog(window.options.backup_folder(session.current_path()), window)
    # the data changed under every page and under the undo history

    def restored() -> None:
        window.undo_stack.clear()
        window.rebuild()

    dialog.restored.connect(restored)
    dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def restore_full_export(window: MainWindow) -> None:
    """A full JSON export into a new database file the user names, then opened."""
    from coopeten_gui.ui.dialogs.restore_export import restore_full_export

    restore_full_export(window)


def alliance_report(window: MainWindow) -> AllianceReporter:
    """Ask the period and the file, then write the alliance report (off the UI thread)."""
    from coopeten_gui.ui.dialogs.alliance_report_dialog import AllianceReporter

    reporter = AllianceReporter(window, window.show_status)
    reporter.run()
    return reporter


def search_everywhere(window: MainWindow) -> GlobalSearch:
    """The search popup over the window (made once, until the window is rebuilt)."""
    if window.search_popup is None:
        from coopeten_gui.ui.dialogs.global_search import GlobalSearch

        window.search_popup = GlobalSearch(window)
        window.search_popup.hit_activated.connect(window.open_search_hit)
    window.search_popup.popup()
    return window.search_popup


def open_quick_capture(window: MainWindow, event_id: int | None = None) -> QuickCaptureWindow:
    """The quick-capture window, one at a time, on ``event_id`` (else the one it shows)."""
    if window.capture_window is None:
        from coopeten_gui.ui.dialogs.quick_capture import QuickCaptureWindow

        capture = QuickCaptureWindow(window, window.options, event_id)
        capture.captured.connect(lambda _id: window.notify_data_changed())
        capture.undone.connect(lambda _id: window.notify_data_changed())
        capture.matches_requested.connect(window.open_contact_matches)
        capture.destroyed.connect(lambda: setattr(window, "capture_window", None))
        capture.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        window.capture_window = capture
    else:
        window.capture_window.load_events(event_id or window.capture_window.event_id())
    window.capture_window.show()
    window.capture_window.raise_()
    window.capture_window.activateWindow()
    window.capture_window.name_edit.setFocus()
    return window.capture_window
