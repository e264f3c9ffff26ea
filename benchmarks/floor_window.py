"""The floor: a bare PySide6 window holding an empty table, to measure Coopeten against.

    python benchmarks/floor_window.py --quit-after-paint   # start-up: quits after first paint
    python benchmarks/floor_window.py --rss                # prints its VmRSS in MiB once shown

It quits exactly as ``main.py --quit-after-paint`` does, so the two start-up times
differ only by what Coopeten does on top of a bare window.
"""

import sys

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView


class _QuitAfterFirstPaint(QObject):
    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, QCoreApplication.quit)
            watched.removeEventFilter(self)
        return False


def vm_rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS in /proc/self/status")


def settle(app: QApplication, window: QMainWindow, seconds: float = 0.3) -> None:
    """Let the window be laid out and painted, as a user would see it."""
    import time

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.005)
    window.repaint()
    app.processEvents()


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QTableView(window))
    window.resize(1200, 760)
    if "--rss" in sys.argv:
        window.show()
        settle(app, window)
        print(f"{vm_rss_mb():.1f}")
        return 0
    window.installEventFilter(_QuitAfterFirstPaint(window))
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
