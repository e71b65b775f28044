"""Baseline for start-up: a bare PySide6 QMainWindow with a QPlainTextEdit, exit after paint."""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QPlainTextEdit


class _QuitOnPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, QApplication.quit)
        return False


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    editor = QPlainTextEdit("Hello")
    window.setCentralWidget(editor)
    window.resize(1366, 768)
    watcher = _QuitOnPaint()
    editor.viewport().installEventFilter(watcher)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
