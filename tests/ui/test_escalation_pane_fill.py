"""Filling the escalation from the checklist and severity assessment, and undoing a fill."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from desktop.core.case import CHECKLIST
from desktop.core.checklist import checklist_to_json
from desktop.core.checklist.samples import sample_checklist
from desktop.core.escalation.samples import sample_severity
from desktop.ui.features import load_features
from desktop.ui.providers import CHECKLIST_SOURCE, SEVERITY
from tests.ui.conftest import MakeWindow
from tests.ui.escalation_helpers import EKS_FACTS, pane_of, seed_store, type_into, wait_saved
from tests.ui.stand_ins import FakeReproduction, FakeSeverity, features_with


def test_without_the_features_the_fill_buttons_are_off_and_say_why(
    make_main_window: MakeWindow, data_dir: Path
) -> None:
    seed_store(data_dir, [(EKS_FACTS, {})])
    without = [f for f in load_features() if f.name not in ("Reproduction", "Severity")]
    window = make_main_window(features=without)  # as in a build without them
    pane = pane_of(window)
    pane.refresh_sources()
    assert not pane.fill_bar.checklist_button.isEnabled()
    assert "Reproduction" in pane.fill_bar.checklist_button.toolTip()
    assert not pane.fill_bar.severity_button.isEnabled()
    assert "Severity assessment" in pane.fill_bar.severity_button.toolTip()


def test_fill_from_checklist_fills_only_empty_fields_and_undo_takes_it_back(
    qtbot: QtBot, make_main_window: MakeWindow, data_dir: Path
) -> None:
    (key,) = seed_store(data_dir, [(EKS_FACTS, {})])
    fake = FakeReproduction(sample_checklist())
    window = make_main_window(features=features_with((CHECKLIST_SOURCE, fake)))
    pane = pane_of(window)
    pane.refresh_sources()
    assert pane.fill_bar.checklist_button.isEnabled()
    type_into(qtbot, window, "region", "ap-east-2")
    before = pane.meter.bar.value()
    pane.fill_bar.checklist_button.click()
    note = pane.note()
    assert note.region == "ap-east-2"  # typed by the engineer: kept
    assert note.steps.startswith("1. aws ecs describe-task-definition")
    assert note.reproducibility == "always"
    assert note.service == "Amazon ECS (Fargate)"
    assert pane.meter.bar.value() > before
    assert "Filled from the checklist" in window.statusBar().currentMessage()
    wait_saved(qtbot, window)
    assert "describe-task-definition" in window.context.store.load_document(key, "escalation")

    type_into(qtbot, window, "versions", " (edited)")
    pane.fill_bar.undo_button.click()
    after_undo = pane.note()
    assert after_undo.steps == "" and after_undo.reproducibility == ""
    assert after_undo.region == "ap-east-2"
    assert after_undo.versions == "Fargate platform 1.4.0 (edited)"  # edited since: kept
    assert not pane.fill_bar.undo_button.isEnabled()


def test_fill_severity_uses_the_assessment(make_main_window: MakeWindow, data_dir: Path) -> None:
    seed_store(data_dir, [(EKS_FACTS, {})])
    window = make_main_window(features=features_with((SEVERITY, FakeSeverity(sample_severity))))
    pane = pane_of(window)
    pane.refresh_sources()
    assert pane.fill_bar.severity_button.isEnabled()
    pane.fill_bar.severity_button.click()
    assert pane.note().severity == "Production system down"
    assert pane.note().severity_justification.startswith("Checkout is down in production")


def test_preview_uses_the_stored_checklist_without_the_reproduction_tab(
    qtbot: QtBot, make_main_window: MakeWindow, data_dir: Path
) -> None:
    (key,) = seed_store(data_dir, [(EKS_FACTS, {CHECKLIST: checklist_to_json(sample_checklist())})])
    window = make_main_window()
    window.open_case(key)
    pane = pane_of(window)
    pane.tabs.setCurrentWidget(pane.preview)
    text = pane.preview.browser.toPlainText()
    assert "describe-tasks --cluster prod" in text and "FAILED (issue reproduced)" in text


def test_a_failing_severity_feature_does_not_break_the_preview(
    make_main_window: MakeWindow, data_dir: Path
) -> None:
    seed_store(data_dir, [(EKS_FACTS, {})])

    def broken() -> dict[str, Any]:
        raise RuntimeError("severity catalog missing")

    window = make_main_window(features=features_with((SEVERITY, FakeSeverity(broken))))
    pane = pane_of(window)
    pane.tabs.setCurrentWidget(pane.preview)
    assert pane.preview.browser.toPlainText().startswith("Escalation: case 171234500022")
