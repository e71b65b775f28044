"""Uncaught errors are logged and explained: ``sys.excepthook``, ``threading.excepthook`` and
Qt's message handler write to the log, and a dialog says the drafts are safe and offers the
details for a bug report."""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, QtMsgType, Signal, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop import __version__
from desktop.core.logs import log_file, recent_lines

log = logging.getLogger("casewright.errors")
_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


class ErrorReporter(QObject):
    """Catches what nothing else caught; one instance for the life of the app.

    Signals:
        error_caught(str): an uncaught error happened (its details); shown on the GUI thread.
    """

    error_caught = Signal(str)

    def __init__(self, data_root: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._root = data_root
        self._showing = False
        self._previous = (sys.excepthook, threading.excepthook)
        self.error_caught.connect(self._on_error_caught)  # queued when emitted from a worker

    def install(self) -> None:
        """Route uncaught exceptions and Qt's messages here."""
        sys.excepthook = self._on_exception
        threading.excepthook = lambda args: self._on_exception(
            args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback
        )
        qInstallMessageHandler(_log_qt_message)

    def uninstall(self) -> None:
        """Give the hooks back."""
        sys.excepthook, threading.excepthook = self._previous
        qInstallMessageHandler(None)

    def details(self, summary: str) -> str:
        """What "Copy details" puts on the clipboard: versions, the error, recent log lines."""
        import platform  # only when an error is reported, not at start-up

        lines = [
            f"Casewright {__version__} on {platform.platform()}",
            f"Python {platform.python_version()}",
            "",
            summary.rstrip(),
            "",
            f"Last lines of {log_file(self._root)}:",  # i18n: bug reports stay English
            *recent_lines(self._root, 40),
        ]
        return "\n".join(lines)

    def _on_exception(
        self,
        kind: type[BaseException],
        error: BaseException,
        trace: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            return
        # The exception's own message may quote what the user typed: the log and the report
        # keep its type and where it happened, never its text.
        frames = "".join(traceback.format_tb(trace))
        log.error("uncaught %s.%s\n%s", kind.__module__, kind.__qualname__, frames.rstrip())
        self.error_caught.emit(f"{kind.__module__}.{kind.__qualname__}\n{frames}")

    def _on_error_caught(self, summary: str) -> None:
        if self._showing:
            return  # one dialog at a time; the log has every error
        self._showing = True
        try:
            show_error_dialog(QApplication.activeWindow(), self.details(summary))
        finally:
            self._showing = False


def show_error_dialog(parent: QWidget | None, details: str) -> None:
    """Tell the user something went wrong, that the drafts are safe, and offer the details."""
    box = QMessageBox(parent)
    box.setObjectName("errorReport")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("ErrorReporter", "Casewright hit an error"))
    box.setText(
        QCoreApplication.translate(
            "ErrorReporter",
            "Something went wrong inside Casewright. Your drafts are safe: what you typed is "
            "saved as you go. If it happens again, please send the details with a bug report.",
        )
    )
    box.setDetailedText(details)
    copy = box.addButton(
        QCoreApplication.translate("ErrorReporter", "Copy details"),
        QMessageBox.ButtonRole.ActionRole,
    )
    box.addButton(QMessageBox.StandardButton.Close)
    copy.clicked.disconnect()  # keep the dialog open after copying
    copy.clicked.connect(lambda: QApplication.clipboard().setText(details))
    box.exec()


def _log_qt_message(kind: QtMsgType, _context: object, message: str) -> None:
    logging.getLogger("qt").log(_QT_LEVELS.get(kind, logging.WARNING), "%s", message)
