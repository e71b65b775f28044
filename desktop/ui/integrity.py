"""After the first paint, checks the whole store page by page and warns if it is damaged."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QMessageBox

from desktop.core.store_open import integrity_problem, mark_damaged
from desktop.ui.main_window import MainWindow
from desktop.ui.tasks import Operation


def start_integrity_check(window: MainWindow) -> Operation:
    """Run SQLite's integrity check off the GUI thread; on damage, tell the user once."""
    path = window.context.store.path
    operation = Operation(lambda: integrity_problem(path), describe="integrity check")
    operation.succeeded.connect(lambda problem: _report(window, problem) if problem else None)
    QTimer.singleShot(0, lambda: window.context.tasks.start(operation))
    return operation


def _report(window: MainWindow, problem: str) -> None:
    path = window.context.store.path
    try:
        mark_damaged(path, problem)
        next_start = QCoreApplication.translate(
            "Integrity",
            "When you next start Casewright, the damaged store will be set aside (kept, not "
            "deleted) and a fresh one created.",
        )
    except OSError as error:
        next_start = QCoreApplication.translate(
            "Integrity", "Casewright could not note this for the next start ({error})."
        ).format(error=error)
    window.statusBar().showMessage(
        QCoreApplication.translate("Integrity", "The case store is damaged: see the warning"), 0
    )
    QMessageBox.warning(
        window,
        QCoreApplication.translate("Integrity", "Your case store is damaged"),
        QCoreApplication.translate(
            "Integrity",
            "SQLite's integrity check found damage in {path}:\n\n{problem}\n\n"
            "Your open drafts are still in the editors: copy anything important somewhere safe. ",
        ).format(path=path, problem=problem)
        + next_start,
    )
