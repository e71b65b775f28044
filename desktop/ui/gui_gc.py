"""Python's cyclic garbage collection runs on the GUI thread only.

Left automatic, a collection can start in whatever thread allocates, for example a grammar
worker; if it frees a Qt object there, Qt's destructor runs off the GUI thread and can deadlock
or crash. Like Anki, Casewright turns automatic collection off and collects on a GUI timer.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

COLLECT_EVERY_MS = 10_000


class GuiThreadCollector(QObject):
    """Collects garbage every ``COLLECT_EVERY_MS`` on the thread it lives in (the GUI's)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(COLLECT_EVERY_MS)
        self._timer.timeout.connect(self.collect)

    def start(self) -> None:
        """Turn automatic collection off and start the timer."""
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        """Collect once more and give collection back to Python."""
        self._timer.stop()
        self.collect()
        gc.enable()

    def collect(self) -> int:
        """Collect now; return how many objects were unreachable."""
        return gc.collect()
