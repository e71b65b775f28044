"""The one-time LanguageTool download with a cancellable progress dialog (worker thread)."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.core.grammar.lt_download import download_languagetool
from desktop.ui.tasks import Operation, TaskManager


class _Progress(QObject):
    """Carries progress from the worker thread to the GUI thread (queued signal)."""

    moved = Signal(object, object)


class LanguageToolDownload(QObject):
    """Downloads and unpacks LanguageTool into ``destination`` from ``url``.

    Signals:
        finished(str): the folder now holding LanguageTool.
        failed(str): why not (including "Download cancelled").
    """

    finished = Signal(str)
    failed = Signal(str)

    def __init__(
        self, url: str, destination: Path, tasks: TaskManager, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.url = url
        self.destination = destination
        self.cancel_event = threading.Event()
        self._tasks = tasks
        self._progress = _Progress(self)
        self._progress.moved.connect(self._on_progress_moved)
        self.dialog = QProgressDialog(
            self.tr("Downloading LanguageTool…"), self.tr("Cancel"), 0, 0, parent
        )
        self.dialog.setWindowTitle(self.tr("Download LanguageTool"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumWidth(420)
        self.dialog.canceled.connect(self.cancel)

    def start(self) -> None:
        """Show the progress dialog and download on a worker thread."""
        url, destination, cancel = self.url, self.destination, self.cancel_event
        moved = self._progress.moved

        def work() -> Path:
            return download_languagetool(
                destination, url, lambda done, total: moved.emit(done, total), cancel
            )

        operation = Operation(work, describe="LanguageTool download")
        operation.succeeded.connect(self._on_operation_succeeded)
        operation.failed.connect(self._on_operation_failed)
        self.dialog.setLabelText(self.tr("Downloading LanguageTool from {url}…").format(url=url))
        self.dialog.show()
        self._tasks.start(operation)

    def cancel(self) -> None:
        """Stop the download (the worker notices between chunks)."""
        self.cancel_event.set()
        self.dialog.setLabelText(self.tr("Cancelling…"))

    def _on_progress_moved(self, done: int, total: int | None) -> None:
        mib = 1024 * 1024
        if total:
            self.dialog.setMaximum(max(1, total // 1024))
            self.dialog.setValue(min(done, total) // 1024)
            text = f"{done / mib:.1f} of {total / mib:.1f} MB"
        else:
            text = f"{done / mib:.1f} MB"
        if not self.cancel_event.is_set():
            self.dialog.setLabelText(
                self.tr("Downloading LanguageTool from {url}…").format(url=self.url) + f"\n{text}"
            )

    def _on_operation_succeeded(self, folder: object) -> None:
        self.dialog.hide()
        self.finished.emit(str(folder))

    def _on_operation_failed(self, message: str) -> None:
        self.dialog.hide()
        self.failed.emit(message)
