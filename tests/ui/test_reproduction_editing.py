"""The Reproduction tab: add, edit, reorder, remove and status changes, all undoable."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QPlainTextEdit
from pytestqt.qtbot import QtBot

from desktop.core.checklist import FAILED, PASSED
from desktop.ui.reproduction.steps_model import COLUMN_OF
from tests.ui.conftest import MakeWindow
from tests.ui.reproduction_support import actions, focus, open_pane, three_steps

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


def _pane_with_three_steps(qtbot: QtBot, make_main_window: MakeWindow) -> Any:
    pane = open_pane(qtbot, make_main_window())
    pane.replace_checklist(three_steps())
    return pane


def test_insert_adds_a_step_below_and_typing_fills_it(
    qtbot: QtBot, make_main_window: MakeWindow
) -> None:
    pane = open_pane(qtbot, make_main_window())
    focus(qtbot, pane.table)
    qtbot.keyClick(pane.table, Qt.Key.Key_Insert)
    assert len(pane.checklist().steps) == 1
    action_editor = pane.step_editor.editors["action"]
    assert QApplication.focusWidget() is action_editor  # ready to type the action
    qtbot.keyClicks(action_editor, "aws s3 ls")
    qtbot.keyClicks(pane.step_editor.editors["expected"], "lists the bucket")
    assert pane.checklist().steps[0].action == "aws s3 ls"
    assert pane.checklist().steps[0].expected == "lists the bucket"
    assert pane.model.index(0, COLUMN_OF["action"]).data() == "aws s3 ls"

    pane.replace_checklist(three_steps())
    focus(qtbot, pane.table)
    pane.table.select_row(0)
    qtbot.keyClick(pane.table, Qt.Key.Key_Return, CTRL)
    assert actions(pane) == ["one", "", "two", "three"]
    assert pane.table.current_row() == 1
    assert pane.step_editor.heading.text() == "Step 2 of 4"


def test_cells_are_edited_in_place_with_a_multi_line_editor(
    qtbot: QtBot, make_main_window: MakeWindow
) -> None:
    pane = _pane_with_three_steps(qtbot, make_main_window)
    index = pane.model.index(1, COLUMN_OF["actual"])
    pane.table.setCurrentIndex(index)
    pane.table.edit(index)
    editor = pane.table.viewport().findChild(QPlainTextEdit)
    assert editor is not None
    editor.setPlainText("HTTP 403\nAccessDenied")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)  # Tab saves, like leaving the cell
    assert pane.checklist().steps[1].actual == "HTTP 403\nAccessDenied"
    assert pane.model.index(1, COLUMN_OF["actual"]).data() == "HTTP 403 ⏎ AccessDenied"
    assert pane.step_editor.editors["actual"].toPlainText() == "HTTP 403\nAccessDenied"


def test_status_combo_in_the_table_and_in_the_step_editor(
    qtbot: QtBot, make_main_window: MakeWindow
) -> None:
    pane = _pane_with_three_steps(qtbot, make_main_window)
    index = pane.model.index(0, COLUMN_OF["status"])
    pane.table.setCurrentIndex(index)
    pane.table.edit(index)
    combo = pane.table.viewport().findChild(QComboBox)
    assert combo is not None
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Not run",
        "Passed",
        "Failed",
        "Blocked",
    ]
    combo.setCurrentIndex(combo.findData(FAILED))
    combo.activated.emit(combo.currentIndex())
    assert pane.checklist().steps[0].status == FAILED
    assert index.data() == "Failed"
    assert pane.step_editor.status.currentData() == FAILED

    pane.table.select_row(1)
    status = pane.step_editor.status
    status.setCurrentIndex(status.findData(PASSED))
    status.activated.emit(status.currentIndex())
    assert pane.checklist().steps[1].status == PASSED
    pane.undo_stack.undo()
    assert pane.checklist().steps[1].status == "not_run"
    assert status.currentData() == "not_run"


def test_alt_up_and_down_move_the_selected_step_and_undo_moves_it_back(
    qtbot: QtBot, make_main_window: MakeWindow
) -> None:
    pane = _pane_with_three_steps(qtbot, make_main_window)
    focus(qtbot, pane.table)
    pane.table.select_row(2)
    qtbot.keyClick(pane.table, Qt.Key.Key_Up, ALT)
    assert actions(pane) == ["one", "three", "two"]
    qtbot.keyClick(pane.table, Qt.Key.Key_Up, ALT)
    assert actions(pane) == ["three", "one", "two"]
    assert pane.table.current_row() == 0
    qtbot.keyClick(pane.table, Qt.Key.Key_Up, ALT)  # already first: nothing happens
    assert actions(pane) == ["three", "one", "two"]
    qtbot.keyClick(pane.table, Qt.Key.Key_Down, ALT)
    assert actions(pane) == ["one", "three", "two"]
    assert pane.model.index(1, COLUMN_OF["number"]).data() == "2"
    qtbot.keyClick(pane.table, Qt.Key.Key_Z, CTRL)
    assert actions(pane) == ["three", "one", "two"]
    qtbot.keyClick(pane.table, Qt.Key.Key_Z, CTRL | SHIFT)
    assert actions(pane) == ["one", "three", "two"]


def test_dragging_a_row_moves_the_step(qtbot: QtBot, make_main_window: MakeWindow) -> None:
    pane = _pane_with_three_steps(qtbot, make_main_window)
    model = pane.model
    move = Qt.DropAction.MoveAction
    dragged = model.mimeData([model.index(0, c) for c in range(model.columnCount())])
    assert model.canDropMimeData(dragged, move, 3, 0, QModelIndex())
    # Dropped below the last row: the first step becomes the last.
    assert model.dropMimeData(dragged, move, 3, 0, QModelIndex()) is False  # no row to delete
    assert actions(pane) == ["two", "three", "one"]
    assert model.rowCount() == 3
    # Dropped onto a row: it takes that row's place.
    dragged = model.mimeData([model.index(2, 1)])
    model.dropMimeData(dragged, move, -1, -1, model.index(0, 1))
    assert actions(pane) == ["one", "two", "three"]
    # Dropped between rows 1 and 2.
    dragged = model.mimeData([model.index(0, 1)])
    model.dropMimeData(dragged, move, 2, 0, QModelIndex())
    assert actions(pane) == ["two", "one", "three"]
    pane.undo_stack.undo()
    pane.undo_stack.undo()
    assert actions(pane) == ["two", "three", "one"]
    assert [model.index(r, 1).data() for r in range(3)] == ["two", "three", "one"]


def test_delete_removes_and_ctrl_z_brings_the_step_back(
    qtbot: QtBot, make_main_window: MakeWindow
) -> None:
    pane = _pane_with_three_steps(qtbot, make_main_window)
    focus(qtbot, pane.table)
    pane.table.select_row(1)
    qtbot.keyClick(pane.table, Qt.Key.Key_Delete)
    assert actions(pane) == ["one", "three"]
    assert pane.table.current_row() == 1
    qtbot.keyClick(pane.table, Qt.Key.Key_Z, CTRL)
    assert actions(pane) == ["one", "two", "three"]
    assert pane.model.rowCount() == 3


def test_typing_in_a_field_is_one_undo_step_and_ctrl_z_works_there(
    qtbot: QtBot, make_main_window: MakeWindow
) -> None:
    window = make_main_window()
    pane = open_pane(qtbot, window)
    pane.replace_checklist(three_steps())
    pane.table.select_row(0)
    reply_before = window.reply_editor.toPlainText()
    evidence = pane.step_editor.editors["evidence"]
    focus(qtbot, evidence)
    qtbot.keyClicks(evidence, "req-123")
    focus(qtbot, pane.header.title)
    qtbot.keyClick(pane.header.title, Qt.Key.Key_End)
    qtbot.keyClicks(pane.header.title, " (prod)")
    assert pane.checklist().title == "Three steps (prod)"
    qtbot.keyClick(pane.header.title, Qt.Key.Key_Z, CTRL)
    assert pane.checklist().title == "Three steps"
    assert pane.header.title.text() == "Three steps"
    focus(qtbot, evidence)
    qtbot.keyClick(evidence, Qt.Key.Key_Z, CTRL)
    assert pane.checklist().steps[0].evidence == ""  # the whole word, in one step
    assert evidence.toPlainText() == ""
    qtbot.keyClick(evidence, Qt.Key.Key_Z, CTRL | SHIFT)
    assert evidence.toPlainText() == "req-123"
    assert window.reply_editor.toPlainText() == reply_before  # the reply was never touched


def test_edit_menu_undo_acts_on_the_checklist_when_the_table_has_focus(
    qtbot: QtBot, make_main_window: MakeWindow
) -> None:
    window = make_main_window()
    pane = open_pane(qtbot, window)
    pane.replace_checklist(three_steps())
    reply_before = window.reply_editor.toPlainText()
    focus(qtbot, pane.table)
    window._edit_focused("undo")
    assert pane.checklist().steps == ()
    assert window.reply_editor.toPlainText() == reply_before
    window._edit_focused("redo")
    assert actions(pane) == ["one", "two", "three"]


def test_buttons_follow_the_selection(qtbot: QtBot, make_main_window: MakeWindow) -> None:
    pane = _pane_with_three_steps(qtbot, make_main_window)
    buttons = pane.actions_by_name
    pane.table.select_row(0)
    assert not buttons["move_up"].isEnabled() and buttons["move_down"].isEnabled()
    pane.table.select_row(2)
    assert buttons["move_up"].isEnabled() and not buttons["move_down"].isEnabled()
    buttons["remove_step"].trigger()
    buttons["add_step"].trigger()
    assert actions(pane) == ["one", "two", ""]
    assert buttons["undo"].isEnabled() and not buttons["redo"].isEnabled()


def test_ctrl_enter_while_writing_a_step_adds_the_next_one(
    qtbot: QtBot, make_main_window: MakeWindow
) -> None:
    pane = _pane_with_three_steps(qtbot, make_main_window)
    pane.table.select_row(0)
    expected = pane.step_editor.editors["expected"]
    focus(qtbot, expected)
    qtbot.keyClick(expected, Qt.Key.Key_Return, CTRL)
    assert actions(pane) == ["one", "", "two", "three"]
    assert pane.checklist().steps[0].expected == "ok 1"  # no line break typed into the field
    assert QApplication.focusWidget() is pane.step_editor.editors["action"]
    assert pane.step_editor.heading.text() == "Step 2 of 4"
