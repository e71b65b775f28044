"""After the first paint: how long until every feature is in, and how long each side tab takes
to show the first time (its pane is built then). Prints one JSON object.

Follows ``desktop.ui.app.run_gui``: the window is built without features, shown, and at its
first paint ``finish_start_up`` installs the features one per event-loop turn.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from desktop.core.paths import DataPaths
from desktop.ui.app import build_main_window, finish_start_up
from desktop.ui.main_window import MainWindow


class _Painted(QObject):
    """Notes the first paint of the watched widget."""

    def __init__(self) -> None:
        super().__init__()
        self.seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.seen = True
        return False


def _until(app: QApplication, done: list[bool]) -> None:
    while not done:
        app.processEvents()
        time.sleep(0.0005)


def _show_tab(app: QApplication, window: MainWindow, index: int) -> tuple[float, float]:
    """Wall and UI-thread CPU ms from choosing side tab ``index`` to its pane drawn."""
    tabs = window.side_tabs
    wall, cpu = time.perf_counter(), time.thread_time()
    tabs.setCurrentIndex(index)
    app.processEvents()
    tabs.currentWidget().grab()  # draws the pane and everything in it, as its first paint does
    return (time.perf_counter() - wall) * 1000, (time.thread_time() - cpu) * 1000


def main() -> None:
    app = QApplication(sys.argv[:1])
    window, _ = build_main_window(DataPaths(Path(sys.argv[1])), with_features=False)
    assert window is not None
    painted = _Painted()
    window.reply_editor.viewport().installEventFilter(painted)
    window.show()
    while not painted.seen:
        app.processEvents()
    wall, cpu = time.perf_counter(), time.thread_time()
    done: list[bool] = []
    QTimer.singleShot(
        0, lambda: finish_start_up(window, one_per_turn=True, done=lambda: done.append(True))
    )
    _until(app, done)
    app.processEvents()  # the visible pane's first paint
    ready_wall = (time.perf_counter() - wall) * 1000
    ready_cpu = (time.thread_time() - cpu) * 1000
    tabs = {}
    shown = window.side_tabs.currentIndex()
    for index in range(window.side_tabs.count()):
        if index != shown:
            tabs[window.side_tabs.tabText(index)] = _show_tab(app, window, index)
    print(json.dumps({"ready": [ready_wall, ready_cpu], "tabs": tabs}))
    window.close()
    window.context.close()


if __name__ == "__main__":
    main()
