"""A total time limit for calls that may block on the network.

Socket timeouts limit each read, not the whole answer: a server that sends one byte a second
keeps a request alive for ever. The call runs on a daemon thread (which never keeps the
process alive) and the caller stops waiting at the deadline, or at once when cancelled.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")
_POLL_S = 0.05


class DeadlineExceeded(TimeoutError):
    """The call did not finish in time (or was cancelled); it is left to finish on its own."""


def run_with_deadline(
    work: Callable[[], T], seconds: float, cancelled: threading.Event | None = None
) -> T:
    """Return ``work()``, or raise ``DeadlineExceeded`` after ``seconds`` or once
    ``cancelled`` is set; ``work``'s own exception is raised as it is."""
    outcome: list[T] = []
    failure: list[BaseException] = []
    done = threading.Event()

    def target() -> None:
        try:
            outcome.append(work())
        except BaseException as error:  # handed to the caller
            failure.append(error)
        finally:
            done.set()

    threading.Thread(target=target, name="network call", daemon=True).start()
    end = time.monotonic() + seconds
    while not done.wait(_POLL_S):
        if cancelled is not None and cancelled.is_set():
            raise DeadlineExceeded("cancelled")
        if time.monotonic() >= end:
            raise DeadlineExceeded(f"no answer within {seconds:g} s")
    if failure:
        raise failure[0]
    return outcome[0]
