"""The severity reason says what the engineer answered (a test system that is down)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from desktop.core.severity import DefinitionError, parse_definitions
from desktop.ui.severity.feature import SeverityFeature
from tests.ui.casework_support import focus, new_case
from tests.ui.conftest import MakeWindow
from tests.ui.typed_widgets import as_a


@pytest.mark.parametrize(("definitions", "state", "word"), [
    ("aws", "down", "down"), ("aws", "degraded", "degraded"), ("gcp", "down", "down")
])  # fmt: skip
def test_a_test_system_that_is_down_is_called_down(
    qtbot: QtBot, make_main_window: MakeWindow, definitions: str, state: str, word: str
) -> None:
    window = make_main_window()
    new_case(qtbot, window)
    combo = as_a(QComboBox, window.facts_form.editors["severity"])
    combo.setCurrentIndex(combo.findData("urgent"))
    pane = window.features.find(SeverityFeature).pane
    window.side_tabs.setCurrentWidget(pane)
    pane.definitions.setCurrentIndex(pane.definitions.findData(definitions))
    assert not pane.form.production.isChecked()
    focus(qtbot, pane.form.state)
    while pane.form.state.currentData() != state:
        qtbot.keyClick(pane.form.state, Qt.Key.Key_Down)
    qtbot.mouseClick(pane.assess_button, Qt.MouseButton.LeftButton)
    assert pane.assessment is not None
    reason = pane.assessment.reason
    assert "impaired" not in reason
    assert f"non-production (test or development) system is {word}" in reason
    assert reason in pane.result.recommended_card.detail.text()
    assert pane.result.mismatch == "over"


def test_a_rule_for_several_states_must_name_the_state() -> None:
    text = """
id: team
name: Team
source: https://example.com/team-severity
plans: [Standard]
levels:
  - {code: low, name: Low, criteria: Anything else., response_time: {Standard: "< 1 day"}}
rules:
  - when: {production: false, state: [degraded, down]}
    level: low
    reason: A test system is impaired
"""
    with pytest.raises(DefinitionError) as raised:
        parse_definitions(text, "team.yaml")
    assert "{state}" in str(raised.value)
