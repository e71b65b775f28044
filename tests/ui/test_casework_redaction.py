"""Redact all takes the secrets only; its markers and unfilled markers read as markers."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core.markers import FILL_MARKER_RE
from desktop.ui.grammar.feature import GrammarFeature
from desktop.ui.theme import colour
from tests.ui.casework_support import CTRL, SHIFT, activate, focus, new_case
from tests.ui.conftest import MakeWindow, WaitForMark
from tests.ui.send_gate_helpers import AWS_KEY_ID, when_gate_opens

EMAIL = "ana.silva@contoso.com"
ACCOUNT = "arn:aws:iam::123456789012:root"


def test_redact_all_leaves_warnings_and_its_markers_are_not_misspelled(
    qtbot: QtBot, make_main_window: MakeWindow, wait_for_mark: WaitForMark
) -> None:
    window = make_main_window()
    new_case(qtbot, window)
    reply = (
        f"Hello Ana,\n\nThe CLI on your build host used {AWS_KEY_ID} yesterday. "
        f"We will write to {EMAIL} about account 123456789012.\n\nWe recieved the logs.\n"
    )
    window.reply_editor.replace_all_undoably(reply)
    seen: dict[str, Any] = {}

    def redact_all_then_cancel(dialog: Any) -> None:
        qtbot.mouseClick(dialog.redact_all, Qt.MouseButton.LeftButton)
        seen["kinds"] = sorted({f.kind for f in dialog.findings})
        dialog.reject()

    ran = when_gate_opens(redact_all_then_cancel)
    focus(qtbot, window.reply_editor)
    qtbot.keyClick(window.reply_editor, Qt.Key.Key_C, CTRL | SHIFT)
    assert ran
    text = window.reply_editor.toPlainText()
    assert AWS_KEY_ID not in text and "[REDACTED: AWS access key]" in text
    assert EMAIL in text and "123456789012" in text  # warnings stay the engineer's call
    assert "aws-access-token" not in seen["kinds"]
    assert any("email" in kind for kind in seen["kinds"])

    checker = window.features.find(GrammarFeature).reply
    wait_for_mark(checker, "recieved")  # the check of this text has come back
    marker_start = text.index("[REDACTED")
    marker_end = text.index("]", marker_start) + 1
    inside = [m for m in checker.underliner.marks if m.start < marker_end and m.end > marker_start]
    assert inside == [], [m.text for m in inside]


def test_unfilled_markers_are_yellow_in_the_reply_editor(
    qtbot: QtBot, make_main_window: MakeWindow
) -> None:
    window = make_main_window()
    new_case(qtbot, window)
    activate(qtbot, window)
    editor = window.reply_editor
    focus(qtbot, editor)
    qtbot.keyClicks(editor, "Hello [[FILL: contact name]], thanks for waiting.")
    block = editor.document().firstBlock()
    match = FILL_MARKER_RE.search(block.text())
    assert match is not None
    formats = block.layout().formats()
    yellow = [f for f in formats if f.format.background().color() == colour("marker")]
    assert [(f.start, f.length) for f in yellow] == [(match.start(), len(match.group(0)))]
    # Typing over the marker takes the highlight away with it.
    cursor = editor.textCursor()
    cursor.setPosition(match.start())
    cursor.setPosition(match.end(), cursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    qtbot.keyClicks(editor, "Ana")
    assert editor.toPlainText() == "Hello Ana, thanks for waiting."
    formats = editor.document().firstBlock().layout().formats()
    assert not [f for f in formats if f.format.background().color() == colour("marker")]
    assert QApplication.focusWidget() is editor
