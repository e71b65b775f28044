"""Autosave: drafts are written on the serial writer thread after a pause in typing."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.core.case import CaseFacts
from desktop.core.store import Store
from desktop.ui.tasks import Operation, TaskManager

DocumentKey = tuple[int, str]  # (case key, document kind)
RETRY_MS = 5_000
MAX_WAIT_MS = 5_000  # long typing streaks are still saved at least this often
FACTS = "facts"  # pseudo-kind: the case's facts as JSON, saved into the cases table


class DraftAutosaver(QObject):
    """Debounces edits and saves each changed document off the GUI thread.

    Signals:
        saved(str): a save finished; the local time as "HH:MM:SS".
        save_failed(str): a save failed; the text stays in the editor and is retried.
    """

    saved = Signal(str)
    save_failed = Signal(str)

    def __init__(
        self,
        writer: Store,
        tasks: TaskManager,
        delay_ms: int = 1000,
        max_wait_ms: int = MAX_WAIT_MS,
    ) -> None:
        super().__init__()
        self._writer = writer
        self._tasks = tasks
        self._dirty: dict[DocumentKey, Callable[[], str]] = {}
        self._in_flight: dict[DocumentKey, str] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.flush)
        self._max_wait = QTimer(self)
        self._max_wait.setSingleShot(True)
        self._max_wait.setInterval(max_wait_ms)
        self._max_wait.timeout.connect(self.flush)

    def edited(self, case_key: int, kind: str, content: Callable[[], str]) -> None:
        """Note that a document changed; ``content`` is read when the save happens."""
        self._dirty[(case_key, kind)] = content
        self._timer.start()
        if not self._max_wait.isActive():
            self._max_wait.start()

    def flush(self) -> None:
        """Save every changed document now (case switch, close, quit, or the timer)."""
        self._timer.stop()
        self._max_wait.stop()
        dirty, self._dirty = self._dirty, {}
        for (case_key, kind), content in dirty.items():
            self._submit(case_key, kind, content())

    def unsaved_content(self, case_key: int, kind: str) -> str | None:
        """Text given for saving but not yet confirmed saved; loads must prefer it."""
        provider = self._dirty.get((case_key, kind))
        if provider is not None:
            return provider()
        return self._in_flight.get((case_key, kind))

    def has_unsaved(self) -> bool:
        """Whether any edit is not yet confirmed saved."""
        return bool(self._dirty or self._in_flight)

    def _submit(self, case_key: int, kind: str, text: str) -> None:
        key = (case_key, kind)
        self._in_flight[key] = text
        operation = Operation(lambda: self._save(case_key, kind, text), describe="autosave")
        operation.succeeded.connect(lambda _changed: self._on_saved(key, text))
        operation.failed.connect(lambda message: self._on_failed(key, text, message))
        self._tasks.start(operation, serial_writer=True)

    def _save(self, case_key: int, kind: str, text: str) -> bool:
        if kind == FACTS:
            self._writer.update_facts(case_key, CaseFacts(**json.loads(text)))
            return True
        return self._writer.save_document(case_key, kind, text)

    def _on_saved(self, key: DocumentKey, text: str) -> None:
        if self._in_flight.get(key) == text:
            del self._in_flight[key]
        self.saved.emit(datetime.now().strftime("%H:%M:%S"))

    def _on_failed(self, key: DocumentKey, text: str, message: str) -> None:
        self.save_failed.emit(message)
        if key not in self._dirty and self._in_flight.get(key) == text:
            self._dirty[key] = lambda: text  # retry the same text unless newer edits came
            self._timer.start(RETRY_MS)
