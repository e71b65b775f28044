"""TaskManager and Operation without a window: where work runs, what the GUI thread hears,
the serial writer's order, and waiting at quit."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from functools import partial

import pytest
from PySide6.QtCore import QThread
from pytestqt.qtbot import QtBot

from desktop.ui.tasks import Operation, TaskManager


@pytest.fixture
def tasks() -> Iterator[TaskManager]:
    manager = TaskManager()
    yield manager
    assert manager.wait_for_all(10_000), "a test left work running"


def _outcomes(operation: Operation) -> list[tuple[str, object]]:
    """What the operation reports, in order, each with whether it arrived on the GUI thread."""
    heard: list[tuple[str, object]] = []
    gui = QThread.currentThread()

    def note(kind: str, value: object = None) -> None:
        heard.append((kind, value))
        if QThread.currentThread() is not gui:
            heard.append(("off the GUI thread", kind))

    operation.succeeded.connect(lambda result: note("succeeded", result))
    operation.failed.connect(lambda message: note("failed", message))
    operation.finished.connect(lambda: note("finished"))
    return heard


def test_work_runs_off_the_gui_thread_and_its_result_arrives_on_it(
    qtbot: QtBot, tasks: TaskManager
) -> None:
    gui = QThread.currentThread()
    ran_on: list[QThread] = []

    def work() -> str:
        ran_on.append(QThread.currentThread())
        return "saved"

    operation = Operation(work, describe="save")
    heard = _outcomes(operation)
    tasks.start(operation)
    qtbot.waitUntil(lambda: len(heard) == 2, timeout=10_000)
    assert heard == [("succeeded", "saved"), ("finished", None)]
    assert ran_on and ran_on[0] is not gui


def test_a_failure_becomes_a_message_and_the_log_keeps_no_user_text(
    qtbot: QtBot, tasks: TaskManager, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="desktop.ui.tasks")

    typed = "Dear Sam, our secret plan"

    def work() -> None:
        raise OSError(f"cannot write {typed!r}")

    operation = Operation(work, describe="save reply")
    heard = _outcomes(operation)
    tasks.start(operation, serial_writer=True)
    qtbot.waitUntil(lambda: len(heard) == 2, timeout=10_000)
    assert heard == [("failed", "cannot write 'Dear Sam, our secret plan'"), ("finished", None)]
    assert "'save reply' failed: OSError" in caplog.text
    assert "in work" in caplog.text  # the frames, to find the fault
    assert "secret plan" not in caplog.text  # the message may quote what the user typed


def test_an_exception_without_a_message_is_named_by_its_type(
    qtbot: QtBot, tasks: TaskManager
) -> None:
    def work() -> None:
        raise KeyError

    operation = Operation(work)
    heard = _outcomes(operation)
    tasks.start(operation)
    qtbot.waitUntil(lambda: len(heard) == 2, timeout=10_000)
    assert heard[0] == ("failed", "KeyError")


def test_writes_run_one_at_a_time_in_the_order_they_were_asked_for(
    qtbot: QtBot, tasks: TaskManager
) -> None:
    lock = threading.Lock()
    running = 0
    most_at_once = 0
    order: list[int] = []

    def write(number: int) -> int:
        nonlocal running, most_at_once
        with lock:
            running += 1
            most_at_once = max(most_at_once, running)
        QThread.msleep(5)
        with lock:
            running -= 1
            order.append(number)
        return number

    for number in range(12):
        tasks.start(Operation(partial(write, number)), serial_writer=True)
    assert tasks.wait_for_writes()
    assert order == list(range(12))
    assert most_at_once == 1


def test_other_work_runs_side_by_side(qtbot: QtBot, tasks: TaskManager) -> None:
    both_running = threading.Barrier(2, timeout=10)  # breaks unless two run at once
    met: list[bool] = []

    def meet() -> None:
        both_running.wait()
        met.append(True)

    for _ in range(2):
        tasks.start(Operation(meet))
    assert tasks.wait_for_all()
    assert met == [True, True]


def test_waiting_at_quit_gives_up_after_its_timeout_and_reports_it(
    qtbot: QtBot, tasks: TaskManager
) -> None:
    release = threading.Event()
    tasks.start(Operation(lambda: release.wait(10)), serial_writer=True)
    tasks.start(Operation(lambda: release.wait(10)))
    assert not tasks.wait_for_writes(50)
    assert not tasks.wait_for_all(50)
    release.set()
    assert tasks.wait_for_writes()
    assert tasks.wait_for_all()


def test_an_operation_deleted_while_its_work_runs_is_dropped_quietly(
    qtbot: QtBot, tasks: TaskManager, caplog: pytest.LogCaptureFixture
) -> None:
    import shiboken6

    caplog.set_level(logging.INFO, logger="desktop.ui.tasks")
    started, release = threading.Event(), threading.Event()

    def work() -> int:
        started.set()
        release.wait(10)
        return 42

    operation = Operation(work, describe="late")
    results: list[object] = []
    operation.succeeded.connect(results.append)
    tasks.start(operation)
    assert started.wait(10)
    shiboken6.delete(operation)  # as at quit: its owner went away while the worker ran
    release.set()
    assert tasks.wait_for_all()
    qtbot.wait(50)
    assert results == []
    assert "'late' finished after its owner was deleted" in caplog.text
