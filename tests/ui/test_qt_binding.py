"""The Qt binding itself must be sound: a release that corrupts reference counts is refused."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot


class _Source(QObject):
    changed = Signal()


class _Receiver(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.calls = 0

    def on_changed(self) -> None:
        self.calls += 1


def test_emitting_signals_leaves_reference_counts_alone(qtbot: QtBot) -> None:
    # PySide6 6.12.0 released True once per emission: after a few thousand grammar checks the
    # interpreter aborted ("deallocating True or False"), and pytest died at exit.
    source, receiver = _Source(), _Receiver()
    qtbot.addWidget(receiver)
    source.changed.connect(receiver.on_changed)
    before = (sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None))
    for _ in range(200):
        source.changed.emit()
    after = (sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None))
    assert receiver.calls == 200
    assert all(abs(b - a) < 50 for a, b in zip(before, after, strict=True)), (before, after)


_COPY_THEN_QUIT = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from desktop.ui.clipboard import copy_rich, release_clipboard
app = QApplication([])
app.aboutToQuit.connect(release_clipboard)
copy_rich("Hello", "<p>Hello</p>")
QTimer.singleShot(0, app.quit)
app.exec()
print(QApplication.clipboard().text())
"""


def test_quitting_after_a_rich_copy_exits_cleanly_and_keeps_the_text(tmp_path: Path) -> None:
    import os
    import subprocess
    from pathlib import Path

    result = subprocess.run(
        [sys.executable, "-c", _COPY_THEN_QUIT],
        cwd=Path(__file__).resolve().parents[2],
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "Hello"
