"""The keyboard path through a case: new case, search, tabs, fills, assess, gate, settings."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core.case import CaseFacts
from desktop.core.checklist import FAILED, UpdateStep
from desktop.core.store import Store
from desktop.ui.escalation.pane import EscalationPane
from desktop.ui.reproduction.pane import ReproductionPane
from desktop.ui.settings_dialog import SettingsDialog
from desktop.ui.severity.feature import SeverityFeature
from tests.ui.casework_support import ALT, CTRL, SHIFT, activate, focus, new_case, when_modal
from tests.ui.conftest import MakeWindow
from tests.ui.reproduction_support import three_steps
from tests.ui.send_gate_helpers import AWS_KEY_ID, when_gate_opens


def _press(qtbot: QtBot, key: Qt.Key, modifiers: Qt.KeyboardModifier = CTRL) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifiers)


def test_ctrl_n_puts_the_cursor_in_the_subject(qtbot: QtBot, make_main_window: MakeWindow) -> None:
    window = make_main_window()
    new_case(qtbot, window)
    assert QApplication.focusWidget() is window.facts_form.editors["subject"]
    qtbot.keyClicks(QApplication.focusWidget(), "Lambda times out after the VPC move")
    assert window.facts_form.facts().subject == "Lambda times out after the VPC move"


def test_down_and_enter_in_the_case_search_reach_the_match(
    qtbot: QtBot, make_main_window: MakeWindow, data_dir: Path
) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    store = Store(data_dir / "casewright.db")
    lambda_case = store.create_case(CaseFacts(case_id="LAM-1", subject="Lambda time-out"))
    eks_case = store.create_case(CaseFacts(case_id="EKS-2", subject="EKS ImagePullBackOff"))
    store.create_case(CaseFacts(case_id="S3-3", subject="S3 403 on GetObject"))
    store.close()
    window = make_main_window()
    activate(qtbot, window)
    _press(qtbot, Qt.Key.Key_F)
    search = window.case_list.search
    assert QApplication.focusWidget() is search
    qtbot.keyClicks(search, "lambda")
    qtbot.keyClick(search, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is window.case_list.view
    assert window.current_key == lambda_case.key

    _press(qtbot, Qt.Key.Key_F)
    qtbot.keyClicks(search, "EKS")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert window.current_key == eks_case.key
    assert QApplication.focusWidget() is window.reply_editor


def test_ctrl_digits_show_the_right_hand_tabs(qtbot: QtBot, make_main_window: MakeWindow) -> None:
    window = make_main_window()
    activate(qtbot, window)
    focus(qtbot, window.reply_editor)
    titles = [window.side_tabs.tabText(i) for i in range(window.side_tabs.count())]
    assert len(titles) >= 5
    for number in range(1, len(titles) + 1):
        _press(qtbot, getattr(Qt.Key, f"Key_{number}"))
        assert window.side_tabs.currentIndex() == number - 1, titles[number - 1]
    window.name_tab_shortcuts()
    assert window.tab_actions[2].text() == f"Go to {titles[2]}"


def test_fill_assess_and_settings_have_keys(qtbot: QtBot, make_main_window: MakeWindow) -> None:
    window = make_main_window()
    new_case(qtbot, window)
    pane = window.features.find(ReproductionPane)
    pane.replace_checklist(three_steps())
    pane.document.push(UpdateStep(1, {"actual": "HTTP 502", "status": FAILED}))
    focus(qtbot, window.reply_editor)

    _press(qtbot, Qt.Key.Key_K, CTRL | SHIFT)  # Fill escalation from checklist
    assert window.side_tabs.currentWidget() is window.features.find(EscalationPane)
    assert window.features.find(EscalationPane).note().steps.startswith("2. two")

    focus(qtbot, window.reply_editor)
    _press(qtbot, Qt.Key.Key_S, CTRL | SHIFT)  # Assess severity
    assert window.side_tabs.currentWidget() is window.features.find(SeverityFeature).pane
    assert window.features.find(SeverityFeature).pane.assessment is not None
    assert QApplication.focusWidget() is window.features.find(SeverityFeature).pane.form.production

    _press(qtbot, Qt.Key.Key_J, CTRL | SHIFT)  # Fill escalation severity
    assert window.features.find(EscalationPane).note().severity != ""

    seen: list[str] = []
    when_modal(SettingsDialog, lambda dialog: seen.append(dialog.windowTitle()))
    focus(qtbot, window.reply_editor)
    _press(qtbot, Qt.Key.Key_Comma)
    assert seen == ["Settings"]


def test_the_gate_panel_has_keys(qtbot: QtBot, make_main_window: MakeWindow) -> None:
    window = make_main_window()
    new_case(qtbot, window)
    window.reply_editor.replace_all_undoably(f"Your CLI used {AWS_KEY_ID} yesterday.\n")
    seen: dict[str, Any] = {}

    def keys_only(dialog: Any) -> None:
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        qtbot.keyClick(dialog, Qt.Key.Key_R, ALT)  # Redact all secrets
        seen["blocked"] = not dialog.primary.isEnabled()
        qtbot.keyClick(dialog, Qt.Key.Key_Return, CTRL)  # send

    ran = when_gate_opens(keys_only)
    focus(qtbot, window.reply_editor)
    _press(qtbot, Qt.Key.Key_C, CTRL | SHIFT)
    assert ran and seen["blocked"] is False
    assert (
        QApplication.clipboard().text() == "Your CLI used [REDACTED: AWS access key] yesterday.\n"
    )
