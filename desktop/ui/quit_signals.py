"""Turns SIGTERM, SIGINT and SIGHUP (logout, shutdown, ``kill``, Ctrl+C) into an orderly quit
through the Qt event loop, so what was typed in the last second is saved first.

A Python signal handler runs only when the interpreter gets control, which a blocked Qt event
loop never gives it; ``signal.set_wakeup_fd`` writes the signal's number to a socket the event
loop watches instead.
"""

from __future__ import annotations

import contextlib
import logging
import signal
import socket
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier

log = logging.getLogger(__name__)
QUIT_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGINT", "SIGHUP") if hasattr(signal, name)
)


class QuitOnSignal(QObject):
    """Calls ``on_quit`` on the GUI thread when the process is asked to terminate."""

    def __init__(self, on_quit: Callable[[], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_quit = on_quit
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        self._previous = {number: signal.signal(number, _noted) for number in QUIT_SIGNALS}
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_notifier_activated)

    def uninstall(self) -> None:
        """Give the signals back to whoever handled them before."""
        self._notifier.setEnabled(False)
        for number, handler in self._previous.items():
            signal.signal(number, handler)
        signal.set_wakeup_fd(self._previous_fd)
        self._reader.close()
        self._writer.close()

    def _on_notifier_activated(self) -> None:
        with contextlib.suppress(BlockingIOError):
            received = self._reader.recv(64)
            if any(number in QUIT_SIGNALS for number in received):
                log.info("quit requested by signal %s", sorted(set(received)))
                self._on_quit()


def _noted(_number: int, _frame: object) -> None:
    """The real work happens in the event loop (see the module's docstring)."""
