"""Keeps the queue (every open case's next due time) fresh for the list, status bar and tray."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.core.queue.board import QueueConfig, QueueEntry, build_queue
from desktop.core.queue.policy import PolicyError
from desktop.core.settings import Settings
from desktop.core.store import Store
from desktop.ui.tasks import Operation, TaskManager

REFRESH_MS = 30_000  # labels such as "due in 25 min" move on; the store is re-read this often


class QueueService(QObject):
    """Rebuilds the queue off the GUI thread, reading through the window's read store (its
    lock makes each query atomic; WAL keeps reads from waiting for saves).

    Signals:
        refreshed(): ``entries`` holds a new queue.
        policy_failed(str): the team's queue policy file could not be used (bundled one used).
    """

    refreshed = Signal()
    policy_failed = Signal(str)

    def __init__(self, reader: Store, tasks: TaskManager, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reader = reader
        self._tasks = tasks
        self._config: QueueConfig | None = None
        self._running = False
        self._again = False
        self._stopped = False
        self.entries: list[QueueEntry] = []
        self.by_key: dict[int, QueueEntry] = {}
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._soon = QTimer(self)  # coalesces bursts of saves into one rebuild
        self._soon.setSingleShot(True)
        self._soon.setInterval(300)
        self._soon.timeout.connect(self.refresh)

    def configure(self, settings: Settings, data_dir: object) -> None:
        """Read severity definitions and the queue policy for ``settings``."""
        from pathlib import Path

        try:
            self._config = QueueConfig.from_settings(settings, Path(str(data_dir)))
        except PolicyError as error:
            self.policy_failed.emit(str(error))
            fallback = Settings(**{**settings.__dict__, "queue_policy_file": ""})
            self._config = QueueConfig.from_settings(fallback, Path(str(data_dir)))

    def start(self) -> None:
        self._timer.start()
        self.refresh()

    def refresh_soon(self) -> None:
        """Rebuild shortly (after a save or a change of working state)."""
        if not self._stopped:
            self._soon.start()

    def refresh(self) -> None:
        """Rebuild now unless a rebuild runs; then once more when it ends."""
        if self._config is None or self._stopped:
            return
        if self._running:
            self._again = True
            return
        self._running = True
        config, reader = self._config, self._reader
        operation = Operation(lambda: build_queue(reader, config), describe="queue")
        operation.succeeded.connect(self._on_operation_succeeded)
        operation.finished.connect(self._on_operation_finished)
        self._tasks.start(operation)

    def overdue(self, now: datetime | None = None) -> list[QueueEntry]:
        now = now or datetime.now(UTC)
        return [e for e in self.entries if e.due.at is not None and e.due.at <= now]

    def _on_operation_succeeded(self, entries: list[QueueEntry]) -> None:
        self.entries = entries
        self.by_key = {entry.case.key: entry for entry in entries}
        self.refreshed.emit()

    def _on_operation_finished(self) -> None:
        self._running = False
        if self._again:
            self._again = False
            self.refresh()

    def stop(self) -> None:
        """No more rebuilds (the window is closing; its store is about to close)."""
        self._stopped = True
        self._again = False
        self._timer.stop()
        self._soon.stop()
