"""Reproduction as an engineer works it: a typed Actual is not a run; no stale status shows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.ui.reproduction.pane import ReproductionPane
from tests.ui.casework_support import activate, show_tab_of, type_into
from tests.ui.conftest import MakeWindow
from tests.ui.reproduction_support import three_steps


def test_typing_an_actual_result_does_not_count_the_step_as_run(
    qtbot: QtBot, make_main_window: MakeWindow
) -> None:
    window = make_main_window()
    pane = window.features.find(ReproductionPane)
    show_tab_of(window, pane)
    activate(qtbot, window)
    pane.replace_checklist(three_steps())
    pane.table.select_row(1)
    type_into(qtbot, pane.step_editor.editors["actual"], "HTTP 504 after 29 s")
    assert pane.checklist().steps[1].actual == "HTTP 504 after 29 s"
    assert pane.progress.bar.text() == "0 of 3 steps run"
    assert pane.progress.verdict.text() == "Not run yet"

    status = pane.step_editor.status
    status.setFocus()
    qtbot.waitUntil(status.hasFocus)
    qtbot.keyClick(status, Qt.Key.Key_Down)  # Not run -> Passed
    qtbot.keyClick(status, Qt.Key.Key_Down)  # -> Failed
    assert pane.checklist().steps[1].status == "failed"
    assert pane.progress.bar.text() == "1 of 3 steps run"
    assert pane.progress.verdict.text() == "Reproduced"


def test_the_status_box_is_blank_when_no_step_is_selected(
    qtbot: QtBot, make_main_window: MakeWindow
) -> None:
    window = make_main_window()
    pane = window.features.find(ReproductionPane)
    show_tab_of(window, pane)
    activate(qtbot, window)
    pane.replace_checklist(three_steps())
    pane.table.select_row(0)
    status = pane.step_editor.status
    status.setFocus()
    qtbot.keyClick(status, Qt.Key.Key_Down)
    qtbot.keyClick(status, Qt.Key.Key_Down)
    assert status.currentText() == "Failed"
    for _ in range(3):
        pane.table.setFocus()
        pane.remove_step()
    assert pane.checklist().steps == ()
    assert not status.isEnabled()
    assert status.currentText() == ""
