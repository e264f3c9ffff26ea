"""A second start hands over to the running window; a crash's leftover never blocks."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtCore import QDir

from coopeten_gui.ui.single_instance import SingleInstance, server_name


def _another_start(db_path: Path, then: str) -> subprocess.Popen:
    """Another process that claims ``db_path``'s lock, then runs ``then`` (its stdout
    piped back)."""
    repo = Path(__file__).resolve().parents[2]
    code = textwrap.dedent(f"""
        import sys, time
        sys.path.insert(0, {str(repo)!r})
        from PySide6.QtCore import QCoreApplication, QTimer
        from pathlib import Path
        from coopeten_gui.ui.single_instance import SingleInstance
        app = QCoreApplication([])
        instance = SingleInstance(Path({str(db_path)!r}))
        assert instance.claim()
    """) + textwrap.dedent(then)
    return subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})


def test_second_start_asks_the_first_to_come_forward(qtbot, tmp_path):
    db_path = tmp_path / "a.sqlite"
    first = SingleInstance(db_path)
    assert first.listen()
    try:
        second = SingleInstance(db_path)
        with qtbot.waitSignal(first.activation_requested, timeout=3000):
            assert second.hand_over()
    finally:
        first.close()


def test_another_database_is_another_instance(qtbot, tmp_path):
    first = SingleInstance(tmp_path / "a.sqlite")
    assert first.listen()
    try:
        assert not SingleInstance(tmp_path / "b.sqlite").hand_over(timeout_ms=200)
        assert server_name(tmp_path / "a.sqlite") != server_name(tmp_path / "b.sqlite")
    finally:
        first.close()


def test_the_lock_is_held_while_the_first_start_runs(qtbot, tmp_path):
    db_path = tmp_path / "a.sqlite"
    first, second = SingleInstance(db_path), SingleInstance(db_path)
    other = SingleInstance(tmp_path / "b.sqlite")
    try:
        assert first.claim()
        assert not second.claim()
        assert other.claim()  # another database, another lock
        first.close()
        assert second.claim()
    finally:
        for instance in (first, second, other):
            instance.close()


def test_a_second_start_waits_for_a_first_that_does_not_listen_yet(tmp_path):
    db_path = tmp_path / "a.sqlite"
    first = _another_start(db_path, """
        print("claimed", flush=True)
        instance.activation_requested.connect(lambda: (print("activated", flush=True),
                                                       app.quit()))
        QTimer.singleShot(500, instance.listen)  # its window paints meanwhile
        QTimer.singleShot(10000, app.quit)
        app.exec()
    """)
    try:
        assert first.stdout.readline().strip() == "claimed"
        second = SingleInstance(db_path)
        assert not second.claim()
        assert second.hand_over(timeout_ms=3000)
        assert first.stdout.readline().strip() == "activated"
    finally:
        first.kill()
        first.wait()
        first.stdout.close()


def test_a_socket_left_by_a_crash_does_not_block_the_next_start(qtbot, tmp_path):
    db_path = tmp_path / "c.sqlite"
    crashed = _another_start(db_path, """
        assert instance.listen()
        print("listening", flush=True)
        time.sleep(60)
    """)
    try:
        assert crashed.stdout.readline().strip() == "listening"
    finally:
        crashed.send_signal(signal.SIGKILL)
        crashed.wait()
        crashed.stdout.close()
    leftover = Path(QDir.tempPath()) / server_name(db_path)
    assert leftover.exists()  # what a crash leaves behind, with its lock file
    following = SingleInstance(db_path)
    assert following.claim()  # the lock of a process that is gone is stale
    assert not following.hand_over(timeout_ms=300)
    assert following.listen()
    try:
        with qtbot.waitSignal(following.activation_requested, timeout=3000):
            assert SingleInstance(db_path).hand_over()
    finally:
        following.close()
