"""A whole case worked with the keyboard alone, and Tab never gets stuck in a pane.

Only key events drive the app (QTest); the test reads state to check what a user would see.
Controls are reached the way a keyboard user reaches them: shortcuts, or Tab until focus
lands on them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QPlainTextEdit,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.core.case import CHECKLIST
from desktop.core.settings import Settings, save_settings
from desktop.ui.escalation.pane import EscalationPane
from desktop.ui.reproduction.pane import ReproductionPane
from desktop.ui.reproduction.template_chooser import TemplateChooser
from desktop.ui.severity.feature import SeverityFeature
from tests.ui.casework_support import ALT, CTRL, SHIFT, activate, focused, when_modal
from tests.ui.send_gate_helpers import AWS_KEY_ID, when_gate_opens

NONE = Qt.KeyboardModifier.NoModifier


def _press(qtbot: QtBot, key: Qt.Key, modifiers: Qt.KeyboardModifier = NONE) -> None:
    qtbot.keyClick(focused(), key, modifiers)


def _tab_to(qtbot: QtBot, wanted: Callable[[QWidget], bool], most: int = 120) -> QWidget:
    """Press Tab until the focused widget is ``wanted``; fail if it never comes."""
    for _ in range(most):
        if wanted(focused()):
            return focused()
        _press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError("Tab never reached the control")


def _tab_reachable(root: QWidget, window: QWidget) -> list[QWidget]:
    """Controls under ``root`` that Tab should reach: shown, enabled, taking Tab focus."""
    return [
        w
        for w in root.findChildren(QWidget)
        if w.isVisibleTo(window)
        and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
        and w.focusProxy() is None
        and not isinstance(w, QTabBar)
        and not ((parent := w.parentWidget()) is not None and parent.focusProxy() is w)
    ]


def _wait_for_dialog(qtbot: QtBot) -> QWidget:
    """Wait until a dialog is open and has the keyboard focus (where a user's keys go)."""

    def dialog_has_focus() -> bool:
        dialog = QApplication.activeModalWidget()
        widget = QApplication.focusWidget()
        return dialog is not None and widget is not None and widget.window() is dialog

    qtbot.waitUntil(dialog_has_focus, timeout=5000)
    dialog = QApplication.activeModalWidget()
    assert dialog is not None
    return dialog


def _back_to(qtbot: QtBot, window: QWidget, where: QWidget) -> None:
    """After a dialog closes: the window manager gives the window back (the offscreen test
    platform does not), and the focus must be in ``where`` (the widget or inside it)."""
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=5000)
    activate(qtbot, window)

    def back() -> bool:
        widget = QApplication.focusWidget()
        return widget is not None and (widget is where or where.isAncestorOf(widget))

    qtbot.waitUntil(back, timeout=5000)


def _wait_for_matches(qtbot: QtBot, window: Any, key: int) -> None:
    """Wait until the case list shows the search's one match, ``key`` (as a user would)."""

    def shown() -> bool:
        model = window.case_list.model
        case = model.case_at(0) if model.rowCount() == 1 else None
        return case is not None and case.key == key

    qtbot.waitUntil(shown, timeout=5000)


def _walk_tabs(qtbot: QtBot, steps: int) -> list[QWidget]:
    seen = []
    for _ in range(steps):
        _press(qtbot, Qt.Key.Key_Tab)
        seen.append(focused())
    return seen


@pytest.mark.slow
def test_a_case_worked_from_start_to_finish_with_the_keyboard_alone(
    qtbot: QtBot, make_main_window: Callable[..., Any], data_dir: Path
) -> None:
    save_settings(Settings(engineer_name="Mei Lin"), data_dir / "settings.json")  # set up once
    window = make_main_window()
    activate(qtbot, window)
    demo_key = window.current_key

    # New case; the cursor waits in the subject.
    _press(qtbot, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: window.current_key not in (None, demo_key), timeout=5000)
    mine = window.current_key
    assert focused() is window.facts_form.editors["subject"]
    qtbot.keyClicks(focused(), "Uploads to S3 fail with SlowDown")

    # A template: Ctrl+K, search, Enter, fill the fields with Tab between them, Ctrl+Enter.
    _press(qtbot, Qt.Key.Key_K, CTRL)
    _wait_for_dialog(qtbot)
    qtbot.keyClicks(focused(), "workaround")
    _press(qtbot, Qt.Key.Key_Return)
    assert isinstance(focused(), QPlainTextEdit)  # the first field: the steps
    qtbot.keyClicks(focused(), "1. Set max_concurrent_requests to 4.")
    _press(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "Uploads take longer.")
    _press(qtbot, Qt.Key.Key_Return, CTRL)
    _back_to(qtbot, window, window.reply_editor)
    assert "1. Set max_concurrent_requests to 4." in window.reply_editor.toPlainText()

    # The reply: type at the end.
    _press(qtbot, Qt.Key.Key_End, CTRL)
    _press(qtbot, Qt.Key.Key_Return)
    qtbot.keyClicks(focused(), "The key we saw in your log was ")
    qtbot.keyClicks(focused(), AWS_KEY_ID)

    # Severity: Ctrl+Shift+S, Space answers "production", Tab to the state, Down to "down".
    _press(qtbot, Qt.Key.Key_S, CTRL | SHIFT)
    pane = window.features.find(SeverityFeature).pane
    assert focused() is pane.form.production
    _press(qtbot, Qt.Key.Key_Space)
    _press(qtbot, Qt.Key.Key_Tab)
    assert focused() is pane.form.state
    _press(qtbot, Qt.Key.Key_Down)
    _press(qtbot, Qt.Key.Key_Down)
    assert pane.assessment is not None and pane.assessment.assessed == "urgent"

    # A checklist from a template: Ctrl+3, Tab to "Start from template…", Space, search, Enter.
    reproduction = window.features.find(ReproductionPane)
    _press(qtbot, Qt.Key.Key_3, CTRL)
    assert reproduction.isVisible()  # its tab is in front (the pane sits in the tab's page)

    def choose_by_keys(dialog: TemplateChooser) -> None:
        _wait_for_dialog(qtbot)
        qtbot.keyClicks(focused(), "Lambda function timeout")
        qtbot.keyClick(focused(), Qt.Key.Key_Return)

    chosen = when_modal(TemplateChooser, choose_by_keys)
    start = reproduction.actions_by_name["from_template"]
    _tab_to(
        qtbot,
        lambda w: (
            isinstance(w, QAbstractButton) and getattr(w, "defaultAction", lambda: None)() is start
        ),
    )
    _press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: bool(chosen), timeout=5000)
    _back_to(qtbot, window, reproduction)
    assert "Lambda function times out" in window.document(CHECKLIST)
    # Record the first step: Tab to its status, Down to "Passed", "Failed"; Tab to Actual.
    _tab_to(qtbot, lambda w: w.objectName() == "stepStatus")
    _press(qtbot, Qt.Key.Key_Down)
    _press(qtbot, Qt.Key.Key_Down)
    _tab_to(qtbot, lambda w: w.objectName() == "step_actual")
    qtbot.keyClicks(focused(), "Task timed out after 30.03 seconds")
    qtbot.waitUntil(lambda: "Task timed out after 30.03 seconds" in window.document(CHECKLIST))
    assert '"status": "failed"' in window.document(CHECKLIST)

    # Escalation: fill from the checklist and the severity, then type in a field.
    _press(qtbot, Qt.Key.Key_K, CTRL | SHIFT)
    escalation = window.features.find(EscalationPane)
    assert window.side_tabs.currentWidget() is escalation
    _press(qtbot, Qt.Key.Key_J, CTRL | SHIFT)
    note = escalation.note()
    assert note.service == "AWS Lambda"  # from the checklist
    assert "Task timed out after 30.03 seconds" in note.actual  # the failed step's result
    assert note.severity == "Production system down"  # from the assessment

    # Copy through the gate: Ctrl+Shift+C from the reply, Alt+R redacts, Ctrl+Enter copies.
    _tab_to(qtbot, lambda w: w is window.reply_editor)
    seen: dict[str, object] = {}

    def redact_and_copy(dialog: Any) -> None:
        _wait_for_dialog(qtbot)
        qtbot.keyClick(focused(), Qt.Key.Key_R, ALT)
        seen["findings"] = [f.kind for f in dialog.findings]
        seen["can_copy"] = dialog.primary.isEnabled()
        qtbot.keyClick(focused(), Qt.Key.Key_Return, CTRL)

    ran = when_gate_opens(redact_and_copy)
    _press(qtbot, Qt.Key.Key_C, CTRL | SHIFT)
    assert ran and seen["can_copy"], seen
    _back_to(qtbot, window, window.reply_editor)
    copied = QApplication.clipboard().text()
    assert "[REDACTED: AWS access key]" in copied and AWS_KEY_ID not in copied
    assert "1. Set max_concurrent_requests to 4." in copied

    # Switch to the demo case and back with Ctrl+F, typing and Enter; the draft is kept.
    _press(qtbot, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(focused(), "DEMO")
    _wait_for_matches(qtbot, window, demo_key)
    _press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_key == demo_key, timeout=5000)
    # As a user glances at "Saved" in the status bar before searching for what they typed.
    qtbot.waitUntil(lambda: not window.context.autosaver.has_unsaved(), timeout=5000)
    _press(qtbot, Qt.Key.Key_F, CTRL)
    _press(qtbot, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(focused(), "SlowDown")
    _wait_for_matches(qtbot, window, mine)
    _press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_key == mine, timeout=5000)
    assert "[REDACTED: AWS access key]" in window.reply_editor.toPlainText()
    assert focused() is window.reply_editor

    # Escape closes a dialog opened by its key, and the focus comes back.
    _press(qtbot, Qt.Key.Key_Slash, CTRL)
    sheet = _wait_for_dialog(qtbot)
    _press(qtbot, Qt.Key.Key_Escape)
    assert not sheet.isVisible()
    _back_to(qtbot, window, window.reply_editor)


@pytest.mark.slow
def test_tab_reaches_every_control_of_every_pane_and_never_gets_stuck(
    qtbot: QtBot, make_main_window: Callable[..., Any]
) -> None:
    window = make_main_window()
    activate(qtbot, window)
    always = [window.case_list, window.facts_form, window.reply_editor]
    problems = []
    for index in range(window.side_tabs.count()):
        _press(qtbot, getattr(Qt.Key, f"Key_{index + 1}"), CTRL)
        page = window.side_tabs.widget(index)
        assert window.side_tabs.currentWidget() is page
        wanted = [w for root in (page, *always) for w in _tab_reachable(root, window)]
        if window.reply_editor not in wanted:
            wanted.append(window.reply_editor)
        visited = _walk_tabs(qtbot, len(wanted) * 2 + 10)
        missed = [w for w in wanted if w not in visited]
        title = window.side_tabs.tabText(index)
        if missed:
            names = [f"{type(w).__name__} {w.objectName()!r}" for w in missed]
            problems.append(f"{title}: Tab never reached {names}")
        if len(set(map(id, visited[-len(wanted) :]))) < 3:
            problems.append(f"{title}: Tab got stuck in {type(visited[-1]).__name__}")
    assert not problems, "\n".join(problems)
