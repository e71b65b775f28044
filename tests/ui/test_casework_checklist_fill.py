"""Starting from a checklist template and filling the escalation: hints never become facts."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.ui.escalation.pane import EscalationPane
from desktop.ui.main_window import MainWindow
from desktop.ui.reproduction.pane import ReproductionPane
from desktop.ui.reproduction.template_chooser import TemplateChooser
from tests.ui.casework_support import activate, focus, new_case, show_tab_of, type_into, when_modal
from tests.ui.conftest import MakeWindow

VERSIONS_HINT = "Kubernetes version, node AMI (AL2/AL2023/Bottlerocket) or Fargate profile"


def _start_from_eks_template(qtbot: QtBot, window: MainWindow) -> Any:
    pane = window.features.find(ReproductionPane)
    show_tab_of(window, pane)
    seen: dict[str, Any] = {}

    def search_and_take(dialog: TemplateChooser) -> None:
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.search)
        qtbot.keyClicks(dialog.search, "eks pull")
        seen["visible"] = [
            dialog.list.item(row).text().splitlines()[0]
            for row in range(dialog.list.count())
            if not dialog.list.item(row).isHidden()
        ]
        seen["preview"] = dialog.preview.toPlainText()
        qtbot.keyClick(dialog.search, Qt.Key.Key_Return)

    ran = when_modal(TemplateChooser, search_and_take)
    pane.actions_by_name["from_template"].trigger()
    assert ran
    assert seen["visible"] == ["EKS pod stuck in ImagePullBackOff"]
    assert "What to record" in seen["preview"] and "Bottlerocket" in seen["preview"]
    return pane


def test_fill_from_checklist_copies_recorded_values_not_template_hints(
    qtbot: QtBot, make_main_window: MakeWindow, tmp_path: Path
) -> None:
    window = make_main_window()
    new_case(qtbot, window)
    type_into(qtbot, window.facts_form.editors["region"], "eu-central-1")
    pane = _start_from_eks_template(qtbot, window)
    checklist = pane.checklist()
    assert checklist.title == "EKS pod stuck in ImagePullBackOff"
    assert checklist.versions == "" and checklist.settings == "" and checklist.preconditions == ""
    pane.header.set_expanded(True)
    versions_editor = pane.header.editors["versions"]
    assert versions_editor.placeholderText() == VERSIONS_HINT
    assert versions_editor.text() == ""

    # Step 2 is run and fails; the others are never run.
    pane.table.select_row(1)
    type_into(qtbot, pane.step_editor.editors["actual"], 'Failed to pull image: "403 Forbidden"')
    status = pane.step_editor.status
    focus(qtbot, status)
    qtbot.keyClick(status, Qt.Key.Key_Down)
    qtbot.keyClick(status, Qt.Key.Key_Down)
    assert pane.checklist().steps[1].status == "failed"

    escalation = window.features.find(EscalationPane)
    window.side_tabs.setCurrentWidget(escalation)
    activate(qtbot, window)
    qtbot.mouseClick(escalation.fill_bar.checklist_button, Qt.MouseButton.LeftButton)
    note = escalation.note()
    assert note.service == "Amazon EKS"
    assert note.region == "eu-central-1"
    assert note.versions == ""
    assert note.environment == ""
    assert "kubectl describe pod <pod>" in note.steps  # the step that ran, as written
    assert "kubectl get pods -n <namespace>" not in note.steps
    assert "(Steps 1 and 3-9 of the checklist were not run.)" in note.steps

    target = tmp_path / "escalation.md"

    def export_anyway(box: QMessageBox) -> None:
        box.button(QMessageBox.StandardButton.Yes).click()

    asked = when_modal(QMessageBox, export_anyway)
    assert escalation.export_escalation(target)
    assert asked
    exported = target.read_text(encoding="utf-8")
    assert "Bottlerocket" not in exported
    assert "Image URI (registry account" not in exported
    assert "kubectl get pods -n <namespace> -o wide" not in exported
    assert "403 Forbidden" in exported


def test_hints_survive_a_restart_as_hints(
    qtbot: QtBot, make_main_window: Callable[..., Any], reopen: Callable[[Any], Any]
) -> None:
    window = make_main_window()
    new_case(qtbot, window)
    _start_from_eks_template(qtbot, window)
    again = reopen(window)
    pane = again.features.find(ReproductionPane)
    assert pane.checklist().versions == ""
    assert pane.header.editors["versions"].placeholderText() == VERSIONS_HINT
