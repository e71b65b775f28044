"""One Casewright per data folder: a lock file in the folder, and a local socket through which
a second launch asks the running one to come to the front."""

from __future__ import annotations

import getpass
import hashlib
import logging
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)
LOCK_NAME = "casewright.lock"
_ACTIVATE = b"activate\n"


def server_name(root: Path) -> str:
    """The local socket's name: the same for every launch on this data folder and user."""
    digest = hashlib.sha256(str(root.resolve()).encode("utf-8")).hexdigest()[:20]
    return f"casewright-{getpass.getuser()}-{digest}"


class SingleInstance(QObject):
    """Holds the data folder's lock for the life of the app.

    Signals:
        activated(): a second launch on the same folder asked this one to come to the front.
    """

    activated = Signal()

    def __init__(self, root: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock = QLockFile(str(root / LOCK_NAME))
        self._lock.setStaleLockTime(0)  # stale only when its process is gone (a crash, a kill)
        self._name = server_name(root)
        self._server = QLocalServer(self)
        self._server.newConnection.connect(self._on_server_new_connection)

    def acquire(self) -> bool:
        """Take the lock and start listening; False when another Casewright holds it.

        When the lock file cannot be written at all (a full disk, a read-only folder) this
        says True and the app goes on unguarded; opening the store reports the real problem.
        """
        if not self._lock.tryLock(200):
            if self._lock.error() == QLockFile.LockError.LockFailedError:
                return False
            log.warning("cannot create %s (%s)", LOCK_NAME, self._lock.error().name)
            return True
        QLocalServer.removeServer(self._name)  # left over by a crashed instance
        if not self._server.listen(self._name):
            log.warning("cannot listen for second launches: %s", self._server.errorString())
        return True

    def release(self) -> None:
        """Stop listening and remove the lock file."""
        self._server.close()
        self._lock.unlock()

    def activate_running(self, timeout_ms: int = 3000) -> str:
        """Ask the Casewright holding the lock to come to the front.

        Returns "" when it answered, else a one-line message saying which process holds it.
        """
        socket = QLocalSocket()
        socket.connectToServer(self._name)
        if socket.waitForConnected(timeout_ms):
            socket.write(_ACTIVATE)
            socket.flush()  # may already send it all; then there is nothing left to wait for
            sent = socket.bytesToWrite() == 0 or socket.waitForBytesWritten(timeout_ms)
            socket.disconnectFromServer()
            if sent:
                return ""
        info = self._lock.getLockInfo()
        holder = (
            self.tr("process {pid} on {host}").format(pid=info[0], host=info[1])
            if isinstance(info, tuple) and info
            else self.tr("a process")
        )
        return self.tr(
            "Another Casewright ({holder}) is using this data folder but did not answer. "
            "Close it, or end that process if it is stuck, then start Casewright again."
        ).format(holder=holder)

    def _on_server_new_connection(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._on_socket_ready_read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _on_socket_ready_read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(_ACTIVATE.strip()):
            log.info("a second launch asked this window to come to the front")
            self.activated.emit()
