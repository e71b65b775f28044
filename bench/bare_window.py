"""Baseline for start-up: a bare PySide6 QMainWindow with a QPlainTextEdit, exit after paint.

Prints ``painted <perf_counter> <process CPU seconds>`` when it quits (the turn after the
editor's first paint), the same moment ``bench/app_first_paint.py`` reports for Casewright.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QPlainTextEdit


class _QuitOnPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, QApplication.quit)
        return False


def _report_paint() -> None:
    print(f"painted {time.perf_counter():.6f} {time.process_time():.6f}", flush=True)


def main() -> int:
    app = QApplication(sys.argv[:1])
    app.aboutToQuit.connect(_report_paint)
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
