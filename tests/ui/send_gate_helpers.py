"""Helpers for gate tests: fake credentials built in pieces, and driving the modal gate panel."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

from desktop.ui.send_gate.dialog import GateDialog
from desktop.ui.send_gate.row import FindingRow

AWS_KEY_ID = "AKIA" + "Z3MSXQ7ZLQ2T4NHD"
GITHUB_PAT = "ghp_" + "aB3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY5"
EVERYDAY_TEXT = (
    "RequestId: 3f2504e0-4f89-11d3-9a0c-0305e82c3301\n"
    "instance i-0abcd1234efab5678 in sg-0123456789abcdef0\n"
    "image@sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\n"
    "role arn:aws:iam::210987654321:role/service-role/AWSLambdaBasicExecutionRole\n"
)


def when_gate_opens(interact: Callable[[GateDialog], None], attempts: int = 250) -> list[bool]:
    """Run ``interact(panel)`` once the modal gate panel shows; the panel is then closed if
    ``interact`` left it open. Returns a list that holds True once ``interact`` ran."""
    ran: list[bool] = []

    def poll(left: int) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, GateDialog) and dialog.isVisible():
            try:
                interact(dialog)
            finally:
                ran.append(True)
                if dialog.isVisible():
                    dialog.reject()
        elif left > 0:
            QTimer.singleShot(20, lambda: poll(left - 1))

    QTimer.singleShot(0, lambda: poll(attempts))
    return ran


@contextmanager
def no_gate_panel() -> Iterator[None]:
    """Fail if the gate's panel opens inside the block (it is closed, so the test goes on)."""
    opened: list[str] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, GateDialog) and dialog.isVisible():
            opened.append(dialog.windowTitle())
            dialog.reject()

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(look)
    timer.start()
    try:
        yield
    finally:
        timer.stop()
    assert not opened, f"the gate's panel opened: {opened}"


def row_of(dialog: GateDialog, kind: str) -> FindingRow:
    """The panel's row for the first finding of ``kind``."""
    return next(row for row in dialog.rows_shown() if row.finding.kind == kind)


def visible_text(widget: QWidget) -> str:
    """Every label, button text, placeholder and title in ``widget``, joined."""
    parts = [widget.windowTitle()]
    parts += [label.text() for label in widget.findChildren(QLabel)]
    parts += [button.text() + button.toolTip() for button in widget.findChildren(QPushButton)]
    return "\n".join(parts)
