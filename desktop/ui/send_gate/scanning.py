"""Runs the gate's scan: inline for everyday text, on a worker thread for large pastes."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.core.gate import Finding, ScanOptions, scan
from desktop.ui.tasks import Operation, TaskManager

log = logging.getLogger(__name__)

LARGE_TEXT_CHARS = 50_000  # above this the scan runs off the GUI thread


class ScanFailed(RuntimeError):
    """The scan raised or was cancelled; the text must not be sent."""


class _Waiter(QObject):
    """Receives a background scan's outcome on the GUI thread and ends the waiting loop."""

    def __init__(self, loop: QEventLoop) -> None:
        super().__init__()
        self.loop = loop
        self.findings: list[Finding] | None = None
        self.error = ""

    @Slot(object)
    def on_succeeded(self, findings: object) -> None:
        self.findings = findings if isinstance(findings, list) else None

    @Slot(str)
    def on_failed(self, message: str) -> None:
        self.error = message

    @Slot()
    def on_finished(self) -> None:
        self.loop.quit()


def scan_text(
    tasks: TaskManager, text: str, options: ScanOptions, parent: QWidget | None = None
) -> list[Finding]:
    """Scan ``text``; large texts on a worker while a "Checking…" dialog keeps the window alive.

    Raises:
        ScanFailed: the scan failed or the user cancelled it.
    """
    if len(text) <= LARGE_TEXT_CHARS:
        return scan(text, options)
    loop = QEventLoop()
    waiter = _Waiter(loop)
    operation = Operation(lambda: scan(text, options), describe="pre-send scan")
    operation.succeeded.connect(waiter.on_succeeded)
    operation.failed.connect(waiter.on_failed)
    operation.finished.connect(waiter.on_finished)
    progress = QProgressDialog(
        QCoreApplication.translate("Scanning", "Checking the text before it leaves Casewright…"),
        QCoreApplication.translate("Scanning", "Cancel"),
        0,
        0,
    )
    progress.setParent(parent, progress.windowFlags())
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)
    progress.canceled.connect(loop.quit)
    tasks.start(operation)
    loop.exec()
    progress.reset()
    progress.deleteLater()
    if waiter.findings is not None:
        return waiter.findings
    if waiter.error:
        log.warning("pre-send scan failed")  # the message could quote the text; not logged
        raise ScanFailed(
            QCoreApplication.translate(
                "Scanning", "The check failed ({error}); nothing was sent."
            ).format(error=waiter.error)
        )
    raise ScanFailed(
        QCoreApplication.translate("Scanning", "The check was cancelled; nothing was sent.")
    )
