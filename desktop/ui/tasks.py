"""The one module that owns threads: background operations report back to the GUI thread.

Describe an operation, connect to it, then start it (a fast worker could otherwise finish
before anyone listens)::

    op = Operation(lambda: store.save_document(...))
    op.succeeded.connect(on_saved)
    op.failed.connect(on_failed)
    tasks.start(op)
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class Operation(QObject):
    """Work to run off the GUI thread.

    Signals:
        succeeded(object): the work's return value, delivered on the GUI thread.
        failed(str): the work raised; the message is fit to show the user.
        finished(): emitted last, after succeeded or failed.
    """

    succeeded = Signal(object)
    failed = Signal(str)
    finished = Signal()

    def __init__(self, work: Callable[[], Any], *, describe: str = "") -> None:
        super().__init__()
        self._work = work
        self.describe = describe

    def run(self) -> None:
        """Run the work on the calling (worker) thread and emit the outcome."""
        try:
            result = self._work()
        except Exception as error:  # a worker's exception becomes a signal, not a crash
            frames = "".join(traceback.format_tb(error.__traceback__)).rstrip()
            log.warning(  # the type and the frames: the message may quote the user's text
                "background operation %r failed: %s\n%s",
                self.describe,
                type(error).__name__,
                frames,
            )
            self._emit(self.failed, str(error) or type(error).__name__)
        else:
            self._emit(self.succeeded, result)
        finally:
            self._emit(self.finished)

    def _emit(self, signal: Any, *args: object) -> None:
        # At quit the window (and this operation with it) can be deleted while the worker
        # still runs; the outcome then has no listener left, so it is dropped, not raised.
        try:
            signal.emit(*args)
        except RuntimeError:
            log.info("background operation %r finished after its owner was deleted", self.describe)


class _Runnable(QRunnable):
    def __init__(self, operation: Operation) -> None:
        super().__init__()
        self._operation = operation

    def run(self) -> None:  # pragma: no cover (runs before the worker thread is traced)
        _trace_like_threading()
        self._operation.run()


def _trace_like_threading() -> None:  # pragma: no cover (as above)
    """Qt, not ``threading``, starts the pools' threads: give them the trace function set
    for every thread (coverage, a debugger), as ``threading`` does for its own."""
    tracer = threading.gettrace()
    if tracer is not None and sys.gettrace() is None:
        sys.settrace(tracer)


class TaskManager(QObject):
    """Owns the worker pools: a serial one for store writes, a general one for the rest."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._writer = QThreadPool(self)
        self._writer.setMaxThreadCount(1)  # writes land in the order they were asked for
        self._general = QThreadPool(self)
        self._general.setMaxThreadCount(2)
        self._running: set[Operation] = set()

    def start(self, operation: Operation, *, serial_writer: bool = False) -> None:
        """Start ``operation``; with ``serial_writer`` it runs after earlier writes."""
        # Keep the QObject alive until its queued signals have reached the GUI thread, then
        # delete it there (never from whichever thread happens to collect garbage).
        self._running.add(operation)
        operation.finished.connect(lambda: self._forget(operation))
        pool = self._writer if serial_writer else self._general
        pool.start(_Runnable(operation))

    def _forget(self, operation: Operation) -> None:
        self._running.discard(operation)
        operation.deleteLater()

    def wait_for_writes(self, timeout_ms: int = 10_000) -> bool:
        """Block until queued writes are done (used only when the app quits)."""
        return bool(self._writer.waitForDone(timeout_ms))

    def wait_for_all(self, timeout_ms: int = 10_000) -> bool:
        """Block until every operation is done (quit and tests)."""
        writes = self._writer.waitForDone(timeout_ms)
        return bool(self._general.waitForDone(timeout_ms) and writes)
