"""The progress bar and the Reproduced / Not reproduced / Not run yet indicator."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.core.checklist import BLOCKED, FAILED, PASSED, UpdateStep
from desktop.ui.reproduction.pane import ReproductionPane
from tests.ui.conftest import MakeWindow
from tests.ui.reproduction_support import open_pane, three_steps


def test_progress_and_verdict_follow_the_steps(qtbot: QtBot, make_main_window: MakeWindow) -> None:
    pane = open_pane(qtbot, make_main_window())
    strip = pane.progress
    assert strip.bar.text() == "0 of 0 steps run"
    assert strip.verdict.text() == "Not run yet"

    pane.replace_checklist(three_steps())
    assert strip.bar.text() == "0 of 3 steps run"
    assert (strip.bar.value(), strip.bar.maximum()) == (0, 3)
    assert strip.verdict.text() == "Not run yet"

    pane.document.push(UpdateStep(0, {"status": PASSED}))
    assert strip.bar.text() == "1 of 3 steps run"
    assert strip.verdict.text() == "Not reproduced"
    assert strip.verdict.property("verdict") == "not_reproduced"

    # An actual result alone is not a verdict; the Failed status is.
    pane.document.push(UpdateStep(2, {"actual": "HTTP 504 after 29 s"}))
    assert strip.bar.text() == "1 of 3 steps run"
    assert strip.verdict.text() == "Not reproduced"
    pane.document.push(UpdateStep(2, {"status": FAILED}))
    assert strip.bar.text() == "2 of 3 steps run"
    assert strip.verdict.text() == "Reproduced"
    assert "Step 3" in strip.verdict.toolTip()

    pane.document.push(UpdateStep(1, {"status": BLOCKED}))
    assert strip.bar.value() == 3
    pane.undo_stack.undo()
    pane.undo_stack.undo()
    pane.undo_stack.undo()
    assert strip.bar.text() == "1 of 3 steps run"
    assert strip.verdict.text() == "Not reproduced"


def test_other_features_see_the_checklist_and_its_changes(
    qtbot: QtBot, make_main_window: MakeWindow
) -> None:
    window = make_main_window()
    pane = open_pane(qtbot, window)
    seen: list[int] = []
    window.features.find(ReproductionPane).checklist_changed.connect(
        lambda: seen.append(len(window.features.find(ReproductionPane).checklist().steps))
    )
    pane.replace_checklist(three_steps())
    pane.actions_by_name["add_step"].trigger()
    pane.undo_stack.undo()
    assert seen == [3, 4, 3]
    assert window.features.find(ReproductionPane).checklist() == three_steps()
