"""The checklist is part of the case: autosaved, kept on case switch and reopen, with history."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.core.case import CHECKLIST, CaseFacts
from desktop.core.checklist import Checklist, checklist_from_json
from desktop.ui import history_dialog
from desktop.ui.main_window import MainWindow
from desktop.ui.reproduction.pane import ReproductionPane
from tests.ui.casework_support import show_tab_of
from tests.ui.conftest import MakeWindow, current_key
from tests.ui.reproduction_support import actions, open_pane, three_steps, wait_saved
from tests.ui.typed_widgets import as_a


def _second_case(window: MainWindow) -> int:
    case = window.context.store.create_case(CaseFacts(case_id="CASE-2", subject="Second"))
    window.refresh_case_list()
    return int(case.key)


def test_the_checklist_survives_case_switch_and_reopen(
    qtbot: QtBot,
    make_main_window: Callable[..., Any],
    reopen: Callable[[Any], Any],
) -> None:
    window = make_main_window()
    pane = open_pane(qtbot, window)
    first = current_key(window)
    other = _second_case(window)
    pane.replace_checklist(three_steps())
    pane.table.select_row(0)
    qtbot.keyClicks(pane.step_editor.editors["actual"], "HTTP 403")

    window.open_case(other)
    assert pane.checklist() == Checklist()
    assert pane.model.rowCount() == 0
    assert not pane.undo_stack.canUndo()  # the other case's history is not ours to undo
    window.open_case(first)
    assert actions(pane) == ["one", "two", "three"]
    assert pane.checklist().steps[0].actual == "HTTP 403"
    assert pane.progress.verdict.text() == "Not run yet"  # an Actual alone is no verdict
    wait_saved(qtbot, window)
    stored = checklist_from_json(window.context.store.load_document(first, CHECKLIST))
    assert stored == pane.checklist()
    reopened = reopen(window)
    reopened.open_case(other)
    reopened.open_case(first)
    assert reopened.features.find(ReproductionPane).checklist() == stored
    assert reopened.features.find(ReproductionPane).model.index(2, 1).data() == "three"


@pytest.mark.parametrize(
    ("content", "notice"),
    [
        ('{"version": 1, "steps": [{"status": "done"}]}', "could not be read"),
        ('{"version": 99}', "could not be read"),
        ('{"title": "trunc', "could not be read"),
        ("[1, 2]", "could not be read"),
    ],
)
def test_a_damaged_saved_checklist_shows_a_blank_one_and_says_so(
    qtbot: QtBot, make_main_window: MakeWindow, content: str, notice: str
) -> None:
    window = make_main_window()
    pane = open_pane(qtbot, window)
    key = current_key(window)
    other = _second_case(window)
    window.context.store.save_document(key, CHECKLIST, content)
    window.open_case(other)
    window.open_case(key)
    assert pane.checklist() == Checklist()
    assert not pane.notice.isHidden() and notice in pane.notice.text()
    assert notice in window.statusBar().currentMessage()
    window.open_case(other)
    assert pane.notice.isHidden()


def test_a_plain_text_checklist_from_an_older_version_is_kept(
    qtbot: QtBot, make_main_window: MakeWindow
) -> None:
    window = make_main_window()
    pane = open_pane(qtbot, window)
    key = current_key(window)
    other = _second_case(window)
    window.context.store.save_document(key, CHECKLIST, "1. restart the task\n2. check logs")
    window.open_case(other)
    window.open_case(key)
    assert pane.checklist().preconditions == "1. restart the task\n2. check logs"
    assert "plain text" in pane.notice.text()


def test_checklist_history_restores_an_older_version_undoably(
    qtbot: QtBot, make_main_window: MakeWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_main_window()
    pane = open_pane(qtbot, window)
    pane.replace_checklist(three_steps())
    wait_saved(qtbot, window)
    pane.table.select_row(0)
    pane.actions_by_name["remove_step"].trigger()
    wait_saved(qtbot, window)
    previews: list[str] = []

    class PickOldest(history_dialog.HistoryDialog):
        def exec(self) -> int:
            self.list.setCurrentRow(self.list.count() - 1)
            previews.append(self.preview.toPlainText())
            return 1

    monkeypatch.setattr(history_dialog, "HistoryDialog", PickOldest)
    menu_entries = [a.text() for a in window.case_menu.actions()]
    assert "Checklist &history…" in menu_entries
    next(a for a in window.case_menu.actions() if a.text() == "Checklist &history…").trigger()
    assert actions(pane) == ["one", "two", "three"]
    assert previews[0].startswith("## Three steps")  # shown as Markdown, not JSON
    wait_saved(qtbot, window)
    saved = json.loads(window.context.store.load_document(current_key(window), CHECKLIST))
    assert len(saved["steps"]) == 3
    pane.undo_stack.undo()
    assert actions(pane) == ["two", "three"]


def test_the_tab_sits_beside_the_escalation_pane(
    qtbot: QtBot, make_main_window: MakeWindow
) -> None:
    window = make_main_window()
    tabs = [window.side_tabs.tabText(i) for i in range(window.side_tabs.count())]
    assert "Reproduction" in tabs
    window.splitter.setSizes([270, 640, 456])
    pane = open_pane(qtbot, window)
    assert pane.isVisible()
    # Shown the first time, the side panel makes room for the six-column table.
    side, center = window.side_tabs.width(), as_a(QWidget, window.splitter.widget(1)).width()
    assert side >= 560 and center >= 480
    window.side_tabs.setCurrentIndex(0)
    window.splitter.setSizes([270, 640, 456])
    users_width = window.side_tabs.width()
    show_tab_of(window, pane)
    assert window.side_tabs.width() == users_width  # only once: the user's own width is kept
    assert pane.table.selectionBehavior() == pane.table.SelectionBehavior.SelectRows
    assert pane.table.dragDropMode() == pane.table.DragDropMode.InternalMove
