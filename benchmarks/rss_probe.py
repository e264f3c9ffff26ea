"""Coopeten's memory with the Contacts section open: ``python benchmarks/rss_probe.py DB``.

Starts the application the way ``app.run`` does (settings, translations, database,
main window), shows Contacts, lets the window paint, and prints VmRSS in MiB.
"""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings

from benchmarks.floor_window import settle, vm_rss_mb
from coopeten_gui import app as coopeten_app
from coopeten_gui import translations
from coopeten_gui.storage import database


def main() -> int:
    application = coopeten_app.create_application()
    settings = QSettings()
    translations.install(application, None)
    database.open_database(Path(sys.argv[1]))
    from coopeten_gui.ui.main_window import MainWindow

    window = MainWindow(settings)
    window.show()
    settle(application, window, 0.1)
    window.show_section("contacts")
    settle(application, window)
    print(f"{vm_rss_mb():.1f}")
    database.close_database()
    return 0


if __name__ == "__main__":
    sys.exit(main())
