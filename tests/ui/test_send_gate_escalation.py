"""Copy escalation goes through the same pre-send gate as the reply."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core.escalation import note_to_json
from desktop.core.escalation.samples import sample_note
from desktop.ui.escalation.pane import EscalationPane
from desktop.ui.send_gate.dialog import GateDialog
from tests.ui.conftest import MakeWindow
from tests.ui.send_gate_helpers import AWS_KEY_ID, row_of, when_gate_opens

BEFORE = "clipboard before the copy"


def test_an_escalation_holding_an_access_key_is_copied_only_redacted(
    qtbot: QtBot, make_main_window: MakeWindow
) -> None:
    window = make_main_window()
    QApplication.clipboard().setText(BEFORE)
    note = sample_note().with_changes(evidence=f"CLI ran with key {AWS_KEY_ID} at 03:10Z")
    window.features.find(EscalationPane).show_document(note_to_json(note))

    ran = when_gate_opens(lambda dialog: None)  # the panel opens and is cancelled
    assert window.features.find(EscalationPane).copy_escalation() is False
    assert ran == [True]
    assert QApplication.clipboard().text() == BEFORE

    def redact_and_send(dialog: GateDialog) -> None:
        row = row_of(dialog, "aws-access-token")
        assert row.fix.isVisibleTo(dialog), "rendered text can be redacted without an editor"
        row.fix.click()
        qtbot.waitUntil(dialog.primary.isEnabled, timeout=5000)
        dialog.primary.click()  # any remaining warnings: "Send anyway"

    when_gate_opens(redact_and_send)
    assert window.features.find(EscalationPane).copy_escalation() is True
    copied = QApplication.clipboard().text()
    assert AWS_KEY_ID not in copied
    assert "[REDACTED: AWS access key]" in copied
