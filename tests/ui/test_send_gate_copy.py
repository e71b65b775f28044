"""Copy reply goes through the pre-send gate: blocks stop it, fixes and overrides free it."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow
from desktop.ui.send_gate.dialog import GateDialog
from desktop.ui.send_gate.gate import SendGate
from tests.ui.conftest import MakeWindow
from tests.ui.send_gate_helpers import (
    AWS_KEY_ID,
    EVERYDAY_TEXT,
    GITHUB_PAT,
    no_gate_panel,
    row_of,
    visible_text,
    when_gate_opens,
)

BEFORE = "clipboard before the copy"


@pytest.fixture
def window(make_main_window: MakeWindow) -> Any:
    window = make_main_window()
    QApplication.clipboard().setText(BEFORE)
    return window


def _set_reply(window: MainWindow, text: str) -> None:
    window.reply_editor.replace_all_undoably(text)


def test_an_access_key_cannot_be_copied_until_redacted(qtbot: QtBot, window: MainWindow) -> None:
    reply = f"Hello,\n\nYour CLI used key {AWS_KEY_ID} yesterday.\n"
    _set_reply(window, reply)
    seen: dict[str, Any] = {}

    def look_then_cancel(dialog: GateDialog) -> None:
        seen["enabled"] = dialog.primary.isEnabled()
        row = row_of(dialog, "aws-access-token")
        seen["chip"] = row.chip.text()
        seen["text"] = visible_text(dialog)
        qtbot.mouseClick(dialog.cancel, Qt.MouseButton.LeftButton)

    ran = when_gate_opens(look_then_cancel)
    window.copy_reply()
    assert ran
    assert seen["enabled"] is False
    assert seen["chip"] == "BLOCKS"
    assert "AWS access key" in seen["text"] and "line 3" in seen["text"]
    assert QApplication.clipboard().text() == BEFORE

    def redact_then_copy(dialog: GateDialog) -> None:
        qtbot.mouseClick(row_of(dialog, "aws-access-token").fix, Qt.MouseButton.LeftButton)
        seen["after_fix"] = (dialog.findings, dialog.primary.text(), dialog.primary.isEnabled())
        qtbot.mouseClick(dialog.primary, Qt.MouseButton.LeftButton)

    ran = when_gate_opens(redact_then_copy)
    window.copy_reply()
    assert ran
    assert seen["after_fix"] == ([], "Copy reply", True)
    redacted = "Hello,\n\nYour CLI used key [REDACTED: AWS access key] yesterday.\n"
    assert window.reply_editor.toPlainText() == redacted
    mime = QApplication.clipboard().mimeData()
    assert mime.hasText() and mime.hasHtml()
    assert {"text/plain", "text/html"} <= set(mime.formats())
    assert mime.text() == redacted
    assert "<p>Your CLI used key [REDACTED: AWS access key] yesterday.</p>" in mime.html()
    window.reply_editor.undo()  # the redaction is one undoable edit
    assert window.reply_editor.toPlainText() == reply


def test_go_to_and_redact_land_on_the_key_after_emoji(qtbot: QtBot, window: MainWindow) -> None:
    # Emoji take two UTF-16 units in Qt: offsets must be converted, not reused.
    _set_reply(window, f"🙂🙂 見て key={AWS_KEY_ID} 🎉 end")
    selected: list[str] = []

    def go_to_then_redact(dialog: GateDialog) -> None:
        row = row_of(dialog, "aws-access-token")
        qtbot.mouseClick(row.go_to, Qt.MouseButton.LeftButton)
        selected.append(window.reply_editor.textCursor().selectedText())
        qtbot.mouseClick(row.fix, Qt.MouseButton.LeftButton)

    assert when_gate_opens(go_to_then_redact) is not None
    window.copy_reply()
    assert selected == [AWS_KEY_ID]
    assert window.reply_editor.toPlainText() == "🙂🙂 見て key=[REDACTED: AWS access key] 🎉 end"


def test_each_block_needs_its_own_typed_reason(qtbot: QtBot, window: MainWindow) -> None:
    reply = f"Test key {AWS_KEY_ID}\nand token {GITHUB_PAT}\n"
    _set_reply(window, reply)
    states: list[tuple[bool, bool]] = []

    def override_both(dialog: GateDialog) -> None:
        row = row_of(dialog, "aws-access-token")
        qtbot.mouseClick(row.override, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(row.reason, "ok")
        states.append((row.confirm.isEnabled(), dialog.primary.isEnabled()))
        qtbot.keyClicks(row.reason, " - the customer's own sandbox key, already revoked")
        qtbot.mouseClick(row.confirm, Qt.MouseButton.LeftButton)
        states.append((True, dialog.primary.isEnabled()))  # the token still blocks
        token = row_of(dialog, "github-token")
        qtbot.mouseClick(token.override, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(token.reason, "Public demo token from the docs")
        qtbot.keyClick(token.reason, Qt.Key.Key_Return)
        states.append((True, dialog.primary.isEnabled()))
        assert row_of(dialog, "aws-access-token").chip.text() == "OVERRIDDEN"
        qtbot.mouseClick(dialog.primary, Qt.MouseButton.LeftButton)

    ran = when_gate_opens(override_both)
    window.copy_reply()
    assert ran
    assert states == [(False, False), (True, False), (True, True)]
    assert QApplication.clipboard().text() == reply  # overridden: sent as written


def test_warnings_need_send_anyway(qtbot: QtBot, window: MainWindow) -> None:
    reply = "Please write to dana.lee@contoso-retail.com with the logs.\n"
    _set_reply(window, reply)
    seen: list[tuple[str, bool, str]] = []

    def cancel(dialog: GateDialog) -> None:
        row = row_of(dialog, "email")
        seen.append((dialog.primary.text(), dialog.primary.isEnabled(), row.chip.text()))
        dialog.reject()

    assert when_gate_opens(cancel) is not None
    window.copy_reply()
    assert seen == [("Send anyway", True, "WARNING")]
    assert QApplication.clipboard().text() == BEFORE

    ran = when_gate_opens(lambda d: qtbot.mouseClick(d.primary, Qt.MouseButton.LeftButton))
    window.copy_reply()
    assert ran
    assert QApplication.clipboard().text() == reply


def test_everyday_ids_copy_without_any_prompt(window: MainWindow) -> None:
    reply = "Hello,\n\nWe looked at these:\n\n" + EVERYDAY_TEXT
    _set_reply(window, reply)
    with no_gate_panel():
        window.copy_reply()
    assert QApplication.clipboard().text() == reply
    assert QApplication.clipboard().mimeData().hasHtml()


def test_fill_jumps_to_the_marker_and_sends_nothing(qtbot: QtBot, window: MainWindow) -> None:
    _set_reply(window, "Hello [[FILL: contact name]],\nthanks.")

    def fill(dialog: GateDialog) -> None:
        qtbot.mouseClick(row_of(dialog, "fill_marker").fix, Qt.MouseButton.LeftButton)

    ran = when_gate_opens(fill)
    window.copy_reply()
    assert ran
    assert window.reply_editor.textCursor().selectedText() == "[[FILL: contact name]]"
    assert QApplication.clipboard().text() == BEFORE
    assert "Type the missing value" in window.statusBar().currentMessage()


def test_the_secret_never_shows_in_the_panel_or_the_logs(
    qtbot: QtBot, window: MainWindow, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    _set_reply(window, f"aws_access_key_id={AWS_KEY_ID} token={GITHUB_PAT}")
    shown: list[str] = []

    def look_and_override(dialog: GateDialog) -> None:
        shown.append(visible_text(dialog))
        for kind in ("aws-access-token", "github-token"):
            row = row_of(dialog, kind)
            qtbot.mouseClick(row.override, Qt.MouseButton.LeftButton)
            qtbot.keyClicks(row.reason, "Customer asked us to check this key")
            qtbot.mouseClick(row.confirm, Qt.MouseButton.LeftButton)
        shown.append(visible_text(dialog))
        qtbot.mouseClick(dialog.primary, Qt.MouseButton.LeftButton)

    ran = when_gate_opens(look_and_override)
    window.copy_reply()
    assert ran and len(shown) == 2
    for secret in (AWS_KEY_ID, GITHUB_PAT, AWS_KEY_ID[4:], GITHUB_PAT[4:]):
        assert all(secret not in text for text in shown)
        assert secret not in caplog.text
    assert "AKIA••••" in shown[0]  # enough to recognise the kind, not the key
    assert "overridden block" in caplog.text  # the override itself is recorded


def test_confirm_send_for_other_panes(qtbot: QtBot, window: MainWindow) -> None:
    gate = window.features.find(SendGate)
    with no_gate_panel():
        assert gate.confirm_send("Escalation: see request 3f2504e0-4f89-11d3-9a0c-0305e82c3301")
    buttons: list[tuple[bool, bool]] = []

    def cancel(dialog: GateDialog) -> None:
        row = row_of(dialog, "aws-access-token")
        buttons.append((row.go_to.isVisible(), row.fix.isVisible()))
        dialog.reject()

    ran = when_gate_opens(cancel)
    assert not gate.confirm_send(f"key {AWS_KEY_ID}", title="Copy escalation")
    # No editor: nothing to go to, but redaction still applies to the text that would leave
    # (confirm_send then refuses, since the caller holds the unredacted original).
    assert ran and buttons == [(False, True)]
