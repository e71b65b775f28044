"""Saves everything when the desktop session ends (logout, shutdown) before Qt answers the
session manager's ``commitDataRequest``.

The slot takes no argument on purpose: PySide6 crashes (SIGSEGV) converting the
``QSessionManager&`` the signal carries into Python, so a receiver that accepts it would
kill the app at logout instead of saving (tests/ui/test_session_end.py).
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication

from desktop.ui.main_window import MainWindow


class SaveAtSessionEnd(QObject):
    """Flushes autosave and waits for the writer when the session manager asks."""

    def __init__(self, app: QGuiApplication, window: MainWindow) -> None:
        super().__init__(window)  # the connection ends with the window
        self._window = window
        self._app = app
        app.commitDataRequest.connect(self._on_app_commit_data_request)

    def uninstall(self) -> None:
        """Stop listening (the window is closed and its store released)."""
        self._app.commitDataRequest.disconnect(self._on_app_commit_data_request)

    def _on_app_commit_data_request(self) -> None:
        self._window.context.autosaver.flush()
        self._window.context.tasks.wait_for_writes()
