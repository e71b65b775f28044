"""The Severity tab: a recommendation next to the customer's level, stored with the case."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot

from desktop.core.case import SEVERITY_ASSESSMENT
from desktop.core.severity import from_json
from desktop.ui.history_dialog import HistoryDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.severity.feature import SeverityFeature
from tests.core.test_severity_context import CONTEXT_KEYS  # the one list of the contract
from tests.ui.conftest import MakeWindow, current_key
from tests.ui.typed_widgets import as_a


def _customer_chose(window: MainWindow, severity: str) -> None:
    combo = as_a(QComboBox, window.facts_form.editors["severity"])
    combo.setCurrentIndex(combo.findData(severity))  # emits facts_edited like a user's pick


def _wait_saved(qtbot: QtBot, window: MainWindow) -> None:
    window.context.autosaver.flush()
    qtbot.waitUntil(lambda: not window.context.autosaver.has_unsaved(), timeout=5000)


def test_the_tab_is_there_and_starts_unassessed(make_main_window: MakeWindow) -> None:
    window = make_main_window()
    tabs = [window.side_tabs.tabText(i) for i in range(window.side_tabs.count())]
    assert "Severity" in tabs
    pane = window.features.find(SeverityFeature).pane
    assert pane.assessment is None
    assert pane.result.recommended_card.name.text() == "Not assessed yet"
    assert pane.result.selected_card.name.text() == "Production system down"  # demo: urgent
    assert not pane.result.banner.isVisibleTo(pane)


def test_a_dev_question_opened_as_critical_is_flagged_over(
    qtbot: QtBot, make_main_window: MakeWindow
) -> None:
    window = make_main_window()
    pane = window.features.find(SeverityFeature).pane
    _customer_chose(window, "critical")
    qtbot.mouseClick(pane.assess_button, Qt.MouseButton.LeftButton)  # nothing is impaired
    result = pane.result
    assert result.recommended_card.name.text() == "General guidance"
    assert "general question" in result.recommended_card.detail.text()
    assert result.selected_card.name.text() == "Business-critical system down"
    assert result.mismatch == "over"
    assert "higher than the impact" in result.banner_heading.text()
    assert "ask kindly" in result.banner_text.text()
    over_style = result.banner.styleSheet()

    _customer_chose(window, "low")  # the customer lowers it: they agree now
    assert result.mismatch == ""
    assert "matches" in result.banner_heading.text()
    _customer_chose(window, "critical")
    assert result.banner.styleSheet() == over_style


def test_production_down_opened_as_low_is_flagged_under(
    qtbot: QtBot, make_main_window: MakeWindow
) -> None:
    window = make_main_window()
    pane = window.features.find(SeverityFeature).pane
    _customer_chose(window, "critical")
    qtbot.mouseClick(pane.assess_button, Qt.MouseButton.LeftButton)
    over_style = pane.result.banner.styleSheet()
    _customer_chose(window, "low")
    pane.form.production.setChecked(True)
    pane.form.state.setCurrentIndex(pane.form.state.findData("down"))
    result = pane.result
    assert result.recommended_card.name.text() == "Production system down"
    assert "< 1 hour" in result.recommended_card.meta.text()
    assert result.mismatch == "under"
    assert "impact is higher" in result.banner_heading.text()
    assert "suggest raising it" in result.banner_text.text()
    assert result.banner.styleSheet() != over_style  # over and under never look alike
    assert "#b00020" in result.banner.styleSheet()


def test_severity_context_has_the_template_contract_shape(
    qtbot: QtBot, make_main_window: MakeWindow
) -> None:
    window = make_main_window()
    unassessed = window.features.find(SeverityFeature).assessment()
    assert set(unassessed) == CONTEXT_KEYS
    assert unassessed["assessed"] == "" and unassessed["selected"] == "urgent"
    pane = window.features.find(SeverityFeature).pane
    pane.form.production.setChecked(True)
    pane.form.state.setCurrentIndex(pane.form.state.findData("degraded"))
    context = window.features.find(SeverityFeature).assessment()
    assert context["assessed"] == "high"
    assert context["assessed_name"] == "Production system impaired"
    assert context["mismatch"] is True
    assert context["definitions"] == "AWS Support"
    assert context["response_time"] == "< 4 hours"
    assert context["reason"].endswith(".")
    assert [level["code"] for level in context["levels"]] == [
        "low",
        "normal",
        "high",
        "urgent",
        "critical",
    ]
    assert (
        window.features.find(SeverityFeature)
        .justification()
        .startswith("Assessed as Production system impaired")
    )


def test_the_assessment_is_stored_and_restored(
    qtbot: QtBot,
    make_main_window: Callable[..., Any],
    reopen: Callable[[Any], Any],
) -> None:
    window = make_main_window()
    demo_key = current_key(window)
    pane = window.features.find(SeverityFeature).pane
    changes: list[bool] = []
    pane.severity_changed.connect(lambda: changes.append(True))
    pane.form.production.setChecked(True)
    pane.form.state.setCurrentIndex(pane.form.state.findData("down"))
    pane.form.workaround.setChecked(True)
    pane.form.users.setValue(250)
    qtbot.keyClicks(pane.form.deadline, "Friday launch")
    pane.plan.setCurrentIndex(pane.plan.findData("Business"))
    assert changes
    _wait_saved(qtbot, window)
    stored = from_json(window.context.store.load_document(demo_key, SEVERITY_ASSESSMENT))
    assert (stored.assessed, stored.plan, stored.answers.users) == ("high", "Business", 250)

    window.new_case()
    qtbot.waitUntil(lambda: window.current_key != demo_key, timeout=5000)
    assert pane.assessment is None and not pane.form.production.isChecked()
    window.open_case(demo_key)
    assert pane.form.users.value() == 250 and pane.current_plan() == "Business"
    assert pane.result.recommended_card.name.text() == "Production system impaired"
    reopened = reopen(window)
    reopened.open_case(demo_key)
    again = reopened.features.find(SeverityFeature).pane
    assert again.form.deadline.text() == "Friday launch"
    assert again.form.workaround.isChecked()
    assert again.result.mismatch == "over"  # the demo case was opened as urgent
    assert reopened.features.find(SeverityFeature).assessment()["assessed"] == "high"


def test_a_broken_team_definitions_file_is_shown_not_a_crash(
    make_main_window: MakeWindow, data_dir: Path
) -> None:
    team = data_dir / "severity"
    team.mkdir(parents=True)
    (team / "ours.yaml").write_text("id: ours\nname: [unclosed\n", encoding="utf-8")
    window = make_main_window()
    errors = window.features.find(SeverityFeature).pane.errors
    assert errors.isVisibleTo(window.features.find(SeverityFeature).pane)
    assert "ours.yaml" in errors.text() and "not valid YAML" in errors.text()
    assert window.features.find(SeverityFeature).assessment()["definitions"] == "AWS Support"


def test_a_team_definitions_file_can_be_chosen(
    make_main_window: MakeWindow, data_dir: Path
) -> None:
    team = data_dir / "severity"
    team.mkdir(parents=True)
    (team / "ours.yaml").write_text(
        "id: ours\nname: Our support\nsource: https://intranet.example/severity\n"
        "plans: [Standard]\nlevels:\n"
        "  - {code: low, name: Question, criteria: Asks., response_time: {Standard: 2d}}\n"
        "  - {code: urgent, name: Outage, criteria: It is down., response_time: {Standard: 1h}}\n"
        "rules:\n  - when: {state: down}\n    level: urgent\n    reason: It is down\n"
        "  - level: low\n    reason: Nothing is down\n",
        encoding="utf-8",
    )
    window = make_main_window()
    pane = window.features.find(SeverityFeature).pane
    assert not pane.errors.isVisibleTo(pane)
    pane.definitions.setCurrentIndex(pane.definitions.findData("ours"))
    assert pane.current_plan() == "Standard"
    assert pane.result.recommended_card.name.text() == "Question"
    assert pane.result.selected_card.name.text() == "Outage"  # demo case: urgent
    assert window.features.find(SeverityFeature).assessment()["definitions"] == "Our support"


def test_new_default_definitions_apply_to_unassessed_cases(
    make_main_window: MakeWindow,
) -> None:
    window = make_main_window()
    window.context.settings = replace(
        window.context.settings, severity_definitions="gcp", severity_plan="Premium"
    )
    window.settings_changed.emit()
    pane = window.features.find(SeverityFeature).pane
    definitions = pane.current_definitions()
    assert definitions is not None and definitions.name == "Google Cloud Customer Care"
    assert pane.current_plan() == "Premium"
    assert (
        window.features.find(SeverityFeature).assessment()["definitions"]
        == "Google Cloud Customer Care"
    )


def test_an_earlier_assessment_can_be_restored_from_history(
    qtbot: QtBot, make_main_window: MakeWindow
) -> None:
    window = make_main_window()
    pane = window.features.find(SeverityFeature).pane
    pane.form.production.setChecked(True)
    pane.form.state.setCurrentIndex(pane.form.state.findData("down"))
    _wait_saved(qtbot, window)
    pane.form.workaround.setChecked(True)
    _wait_saved(qtbot, window)
    assert pane.assessment is not None and pane.assessment.assessed == "high"
    picked: list[int] = []

    def pick_the_older_version(left: int = 250) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None and not isinstance(dialog, HistoryDialog):
            dialog.close()  # e.g. "no saved versions": fail below instead of hanging
            return
        if dialog is None:
            if left:
                QTimer.singleShot(20, lambda: pick_the_older_version(left - 1))
            return
        picked.append(dialog.list.count())
        dialog.list.setCurrentRow(1)
        dialog.accept()

    QTimer.singleShot(0, pick_the_older_version)
    actions = {a.text(): a for a in window.case_menu.actions()}
    actions["&Severity assessment history…"].trigger()
    assert picked == [2]
    assert not pane.form.workaround.isChecked()
    assert pane.assessment is not None and pane.assessment.assessed == "urgent"
    assert window.features.find(SeverityFeature).assessment()["assessed"] == "urgent"
