"""The case list follows the open case's change records: titles as typed, the edited case on top,
without waiting for (or re-reading after) a save."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from desktop.core.case import CaseFacts
from desktop.core.store import Store
from tests.store_faults import lock_held_by_another_process


def _seed(data_dir: Path) -> tuple[int, int]:
    data_dir.mkdir(parents=True, exist_ok=True)
    store = Store(data_dir / "casewright.db")
    older = store.create_case(CaseFacts(case_id="CASE-1", subject="Lambda times out")).key
    newer = store.create_case(CaseFacts(case_id="CASE-2", subject="EKS nodes NotReady")).key
    store.close()
    return older, newer


def _subjects(window: Any) -> list[str]:
    model = window.case_list.model
    return [model.case_at(row).facts.subject for row in range(model.rowCount())]


def test_the_edited_case_shows_its_new_title_on_top_before_it_is_saved(
    qtbot: QtBot, make_main_window: Callable[..., Any], data_dir: Path
) -> None:
    older, _newer = _seed(data_dir)
    window = make_main_window()
    assert _subjects(window) == ["EKS nodes NotReady", "Lambda times out"]
    window.open_case(older)
    subject = window.facts_form.editors["subject"]
    with lock_held_by_another_process(window.context.store.path, exclusive=False):
        subject.setFocus()
        subject.end(False)
        qtbot.keyClicks(subject, " after the VPC move")
        # Nothing can be saved while another process holds the write lock.
        assert window.context.autosaver.has_unsaved()
        assert _subjects(window) == ["Lambda times out after the VPC move", "EKS nodes NotReady"]
        assert window.case_list.view.currentIndex().row() == 0  # still the selected case
    qtbot.waitUntil(lambda: not window.context.autosaver.has_unsaved(), timeout=30_000)
    window.refresh_case_list()  # what the store says now agrees with what was shown
    assert _subjects(window) == ["Lambda times out after the VPC move", "EKS nodes NotReady"]


def test_typing_the_reply_moves_the_case_up_but_not_in_a_due_order_view(
    qtbot: QtBot, make_main_window: Callable[..., Any], data_dir: Path
) -> None:
    older, _newer = _seed(data_dir)
    window = make_main_window()
    window.open_case(older)
    window.reply_editor.setFocus()
    qtbot.keyClicks(window.reply_editor, "Hello,")
    assert _subjects(window)[0] == "Lambda times out"

    views = window.case_list.view_mode
    views.setCurrentIndex(views.count() - 2)  # the queue's "due soonest" order

    def both_listed() -> bool:  # the queue orders cases once its background read is done
        window.refresh_case_list()
        return bool(window.case_list.model.rowCount() == 2)

    qtbot.waitUntil(both_listed, timeout=10_000)
    second = window.case_list.model.case_at(1)
    window.open_case(second.key)
    subject = window.facts_form.editors["subject"]
    subject.setFocus()
    subject.end(False)
    qtbot.keyClicks(subject, "!")
    assert _subjects(window)[1] == second.facts.subject + "!"  # renamed where it was
