"""Runs grammar work off the GUI thread one job at a time; a newer job replaces a waiting one.

The grammar checker is safe on one worker thread at a time, so every piece of grammar work
(warm-up, server start and polls, checks of every editor) goes through one :class:`SerialJobs`.
Jobs carry a key: submitting a job whose key is already waiting replaces the waiting work
(newest text wins) without losing its place in the queue.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject

from desktop.ui.tasks import Operation, TaskManager

log = logging.getLogger(__name__)


@dataclass
class Job:
    """Work for a worker thread and what to call with its outcome on the GUI thread."""

    key: str
    work: Callable[[], Any]
    done: Callable[[Any], None] | None = None
    failed: Callable[[str], None] | None = None


class SerialJobs(QObject):
    """A queue of jobs run through the task manager, never two at once."""

    def __init__(self, tasks: TaskManager, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._pending: dict[str, Job] = {}
        self._running: Job | None = None
        self._closed = False

    @property
    def busy(self) -> bool:
        """Whether a job is running or waiting."""
        return self._running is not None or bool(self._pending)

    def submit(
        self,
        key: str,
        work: Callable[[], Any],
        done: Callable[[Any], None] | None = None,
        failed: Callable[[str], None] | None = None,
    ) -> None:
        """Queue ``work``; ``done(result)`` or ``failed(message)`` runs on the GUI thread."""
        if self._closed:
            return
        self._pending[key] = Job(key, work, done, failed)
        self._next()

    def close(self) -> None:
        """Drop waiting jobs and ignore the outcome of the running one (app is quitting)."""
        self._closed = True
        self._pending.clear()

    def _next(self) -> None:
        if self._running is not None or self._closed or not self._pending:
            return
        key = next(iter(self._pending))
        job = self._running = self._pending.pop(key)
        operation = Operation(job.work, describe=f"grammar {key}")
        operation.succeeded.connect(self._on_operation_succeeded)
        operation.failed.connect(self._on_operation_failed)
        operation.finished.connect(self._on_operation_finished)
        self._tasks.start(operation)

    def _on_operation_succeeded(self, result: object) -> None:
        job = self._running
        if job is not None and job.done is not None and not self._closed:
            job.done(result)

    def _on_operation_failed(self, message: str) -> None:
        job = self._running
        if job is None or self._closed:
            return
        log.warning("grammar job %s failed: %s", job.key, message)
        if job.failed is not None:
            job.failed(message)

    def _on_operation_finished(self) -> None:
        self._running = None
        self._next()
