"""Run in a child process under a memory limit by ``test_hostile_text``: opens the main
window on a database whose contact carries a hostile name, and walks through the places
that show it, then opens a proposal whose letter names /dev/zero. Prints "shown" and exits 0
when every one of them painted."""

from __future__ import annotations

import resource
import sys

resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from coopeten_gui.storage import database  # noqa: E402


def main(db_path: str, contact_id: int, proposal_id: int, settings_path: str) -> int:
    app = QApplication.instance() or QApplication([sys.argv[0]])
    database.open_database(db_path)
    from coopeten_gui.ui.main_window import MainWindow

    window = MainWindow(QSettings(settings_path, QSettings.Format.IniFormat))
    window.resize(1200, 800)
    window.show()
    for section in ("today", "contacts", "organizations", "events", "exchanges", "followups"):
        window.show_section(section)
        app.processEvents()
        window.grab()
    window.open_contact(contact_id)
    app.processEvents()
    window.grab()
    popup = window.search_everywhere()
    popup.edit.setText("img")
    for _ in range(50):
        app.processEvents()
    popup.grab()
    window.grab()
    popup.close()
    # a proposal whose stored letter names /dev/zero, in the editor
    window.open_proposal(proposal_id)
    for _ in range(20):
        app.processEvents()
    for widget in app.topLevelWidgets():
        if widget.isVisible():
            widget.grab()
    print("shown")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]))
