"""One window per database: a second start hands over to the running one.

The running app listens on a local socket named after the database file; a second
start connects, asks it to come to the front and exits. A socket left behind by a
crash answers nobody, so the next start removes it and listens in its place.
"""

from __future__ import annotations

import getpass
import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

_MESSAGE = b"activate\n"


def server_name(db_path: Path) -> str:
    digest = hashlib.sha1(str(db_path.resolve()).encode("utf-8")).hexdigest()[:16]
    return f"coopeten-{getpass.getuser()}-{digest}"


class SingleInstance(QObject):
    """Signals:
        activation_requested(): another start of the app asked this one to come forward.
    """

    activation_requested = Signal()

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(db_path)
        self._server: QLocalServer | None = None

    def hand_over(self, timeout_ms: int = 1000) -> bool:
        """True when a running instance answered and was asked to come forward."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(timeout_ms):
            return False
        socket.write(_MESSAGE)
        socket.waitForBytesWritten(timeout_ms)
        socket.disconnectFromServer()
        return True

    def listen(self) -> bool:
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

    def _on_connection(self) -> None:
        while self._server is not None and self._server.hasPendingConnections():
            connection = self._server.nextPendingConnection()
            # read it now if the message is already there, else when it arrives
            if connection.bytesAvailable() or connection.waitForReadyRead(500):
                self._on_message(connection)
            self._drop(connection)

    def _on_message(self, connection: QLocalSocket) -> None:
        if bytes(connection.readAll().data()).startswith(_MESSAGE.strip()):
            self.activation_requested.emit()

    def _drop(self, connection: QLocalSocket) -> None:
        connection.abort()
        connection.deleteLater()
