"""Grammar work runs one job at a time off the GUI thread, and the newest text wins."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.grammar.incremental import CheckReport, IncrementalChecker
from desktop.core.grammar.issue import Category, Issue
from desktop.ui.grammar.feature import GrammarFeature
from desktop.ui.grammar.jobs import SerialJobs
from desktop.ui.tasks import TaskManager
from tests.ui.conftest import MakeWindow, WaitForMark


def test_a_waiting_job_is_replaced_by_a_newer_one_with_the_same_key(qtbot: QtBot) -> None:
    tasks = TaskManager()
    jobs = SerialJobs(tasks)
    release = threading.Event()
    ran: list[str] = []
    results: list[object] = []

    def blocking() -> str:
        release.wait(10)
        return "first"

    def check(text: str) -> Callable[[], str]:
        def run() -> str:
            ran.append(text)
            return text

        return run

    jobs.submit("a", blocking, results.append)
    for text in ("draft 1", "draft 2", "draft 3"):
        jobs.submit("check", check(text), results.append)
    release.set()
    qtbot.waitUntil(lambda: not jobs.busy, timeout=10_000)
    assert ran == ["draft 3"]
    assert results == ["first", "draft 3"]
    tasks.wait_for_all()


def test_a_failing_job_reports_and_the_queue_goes_on(qtbot: QtBot) -> None:
    tasks = TaskManager()
    jobs = SerialJobs(tasks)
    failures: list[str] = []
    results: list[object] = []

    def broken() -> None:
        raise RuntimeError("engine exploded")

    jobs.submit("a", broken, results.append, failures.append)
    jobs.submit("b", lambda: 42, results.append)
    qtbot.waitUntil(lambda: not jobs.busy, timeout=10_000)
    assert failures == ["engine exploded"]
    assert results == [42]
    tasks.wait_for_all()


def test_typing_a_sentence_sends_one_check_not_one_per_key(
    qtbot: QtBot,
    make_main_window: MakeWindow,
    wait_for_mark: WaitForMark,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    checked: list[str] = []
    real_check = IncrementalChecker.check

    def recording(self: IncrementalChecker, text: str, language: str) -> CheckReport:
        checked.append(text)
        return real_check(self, text, language)

    monkeypatch.setattr(IncrementalChecker, "check", recording)
    window = make_main_window()
    window.reply_editor.setFocus()
    window.reply_editor.selectAll()
    qtbot.keyClicks(window.reply_editor, "We recieved your logs today.")
    wait_for_mark(window.features.find(GrammarFeature).reply, "recieved")
    assert checked.count("We recieved your logs today.") == 1
    assert not any(text.startswith("We rec") and len(text) < 28 for text in checked)


def test_results_for_text_changed_meanwhile_are_moved_to_where_the_words_are_now(
    make_main_window: MakeWindow,
) -> None:
    window = make_main_window()
    checker = window.features.find(GrammarFeature).reply
    old = "We recieved it."
    window.reply_editor.setPlainText("Hello 🙂! " + old)  # typed at the start meanwhile
    issue = Issue(3, 11, Category.SPELLING, "SpellCheck", "Typo?", ("received",), "harper")
    checker._on_check_done((CheckReport(old, "en", (issue,), 0, 1, 1), ""), checker._generation)
    [mark] = checker.underliner.marks
    assert mark.text == "recieved"
    text = window.reply_editor.toPlainText()
    assert mark.start == len(text[: text.index("recieved")].encode("utf-16-le")) // 2
