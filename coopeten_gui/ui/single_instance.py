"""One window per database: a second start hands over to the running one.

The running app holds a lock on a file named after the database and listens on a local
socket of the same name; a second start finds the lock taken, connects, asks it to come
to the front and exits. A crashed app's lock went with its process, so the next start
takes it; a socket it left behind answers nobody and is replaced.

Taking the lock needs only QtCore. The socket (QtNetwork) can wait until the window is
on screen, so a first start does not pay for it before its first paint; a second start
that comes meanwhile keeps trying for a moment.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from coopeten_gui.services import database_lock

_MESSAGE = b"activate\n"
#: how long a second start keeps knocking on a running one that does not listen yet
HAND_OVER_MS = 2000

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer


def server_name(db_path: Path) -> str:
    return database_lock.lock_name(db_path)


class SingleInstance(QObject):
    """Signals:
        activation_requested(): another start of the app asked this one to come forward.
    """

    activation_requested = Signal()

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(db_path)
        # the lock that moving the database's file also takes (``services.database_lock``)
        self._db_path = Path(db_path)
        self._lock = database_lock.FileLock(database_lock.lock_path(db_path))
        self._claimed = False
        self._server: QLocalServer | None = None

    def claim(self) -> bool:
        """Take the database's lock: True when no other running start holds it."""
        if self._lock.acquire():
            if not self._claimed:
                database_lock.note_held(self._db_path)
            self._claimed = True
        return self._claimed

    def hand_over(self, timeout_ms: int = HAND_OVER_MS) -> bool:
        """True when a running instance answered and was asked to come forward (within
        ``timeout_ms``: it may be starting and not listen yet)."""
        from PySide6.QtNetwork import QLocalSocket

        deadline = time.monotonic() + timeout_ms / 1000
        while True:
            socket = QLocalSocket()
            socket.connectToServer(self.name)
            if socket.waitForConnected(max(1, int((deadline - time.monotonic()) * 1000))):
                socket.write(_MESSAGE)
                socket.waitForBytesWritten(timeout_ms)
                socket.disconnectFromServer()
                return True
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.05)

    def listen(self) -> bool:
        from PySide6.QtNetwork import QLocalServer

        # nobody answered hand_over, so a socket file still there is a crash's leftover
        QLocalServer.removeServer(self.name)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_connection)
        return self._server.listen(self.name)

    def close(self) -> None:
        if self._server is not None:
            self._server.newConnection.disconnect(self._on_connection)
            self._server.close()
            self._server.deleteLater()
            self._server = None
        self._lock.release()
        if self._claimed:
            self._claimed = False
            database_lock.note_released(self._db_path)

    def _on_connection(self) -> None:
        while self._server is not None and self._server.hasPendingConnections():
            connection = self._server.nextPendingConnection()
            # read it now if the message is already there, else when it arrives
            if connection.bytesAvailable() or connection.waitForReadyRead(500):
                self._on_message(connection)
            self._drop(connection)

    def _on_message(self, connection) -> None:
        if bytes(connection.readAll().data()).startswith(_MESSAGE.strip()):
            self.activation_requested.emit()

    @staticmethod
    def _drop(connection) -> None:
        connection.abort()
        connection.deleteLater()
