"""Export reply…: through the gate, to .md, .txt or .html, atomically; large texts off-thread."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.core.case import ESCALATION
from desktop.ui.escalation.pane import EscalationPane
from desktop.ui.grammar.feature import GrammarFeature
from desktop.ui.main_window import MainWindow
from desktop.ui.send_gate import scanning
from desktop.ui.send_gate.dialog import GateDialog
from desktop.ui.send_gate.gate import SendGate
from desktop.ui.tasks import Operation
from tests.ui.conftest import MakeWindow, WaitForMark
from tests.ui.send_gate_helpers import AWS_KEY_ID, row_of, when_gate_opens

REPLY = "Hello,\n\nNext steps:\n\n1. Restart the task.\n2. Send us the logs.\n"


@pytest.fixture
def window(make_main_window: MakeWindow) -> Any:
    window = make_main_window()
    window.reply_editor.replace_all_undoably(REPLY)
    return window


@pytest.fixture
def save_as(monkeypatch: pytest.MonkeyPatch) -> Callable[[Path, str], list[str]]:
    """Answer the Save dialog with ``path`` and ``filter``; the list records each time it asked."""

    def answer(path: Path, chosen: str = "Markdown (*.md)") -> list[str]:
        asked: list[str] = []

        def fake(*args: Any, **_kwargs: Any) -> tuple[str, str]:
            asked.append(str(args[2]))
            return str(path), chosen

        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
        return asked

    return answer


def test_export_action_is_in_the_edit_menu_with_ctrl_e(window: MainWindow) -> None:
    actions = {a.text(): a for a in window.edit_menu.actions()}
    assert actions["E&xport reply…"].shortcut() == QKeySequence("Ctrl+E")
    names = [a.text() for a in window.edit_menu.actions()]
    assert names.index("E&xport reply…") == names.index("&Copy reply") + 1


@pytest.mark.parametrize(
    ("name", "expected"),
    [("reply.md", REPLY), ("reply.txt", REPLY), ("reply.html", "<li>Restart the task.</li>")],
)
def test_export_writes_each_format(
    window: MainWindow, save_as: Callable[..., list[str]], tmp_path: Path, name: str, expected: str
) -> None:
    target = tmp_path / "out" / name
    target.parent.mkdir()
    save_as(target)
    assert window.features.find(SendGate).export_reply() == target
    written = target.read_text(encoding="utf-8")
    assert expected in written
    assert sorted(p.name for p in target.parent.iterdir()) == [name]  # no temporary files left


def test_a_name_without_suffix_gets_the_chosen_filters(
    window: MainWindow, save_as: Callable[..., list[str]], tmp_path: Path
) -> None:
    save_as(tmp_path / "for-customer", "Web page (*.html)")
    assert window.features.find(SendGate).export_reply() == tmp_path / "for-customer.html"
    assert (tmp_path / "for-customer.html").read_text(encoding="utf-8").startswith("<!DOCTYPE")


def test_export_refuses_while_blocked(
    qtbot: QtBot, window: MainWindow, save_as: Callable[..., list[str]], tmp_path: Path
) -> None:
    window.reply_editor.replace_all_undoably(f"{REPLY}\nkey {AWS_KEY_ID}\n")
    target = tmp_path / "reply.md"
    asked = save_as(target)
    enabled: list[bool] = []

    def try_then_cancel(dialog: GateDialog) -> None:
        enabled.append(dialog.primary.isEnabled())
        qtbot.mouseClick(dialog.cancel, Qt.MouseButton.LeftButton)

    ran = when_gate_opens(try_then_cancel)
    assert window.features.find(SendGate).export_reply() is None
    assert ran and enabled == [False]
    assert asked == [] and not target.exists()


def test_a_failed_write_keeps_the_old_file(
    window: MainWindow,
    save_as: Callable[..., list[str]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "exports" / "reply.md"
    target.parent.mkdir()
    target.write_text("the earlier export", encoding="utf-8")
    save_as(target)
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text: warnings.append(text))
    )

    def disk_full(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    assert window.features.find(SendGate).export_reply() is None
    assert target.read_text(encoding="utf-8") == "the earlier export"
    assert [p.name for p in target.parent.iterdir()] == ["reply.md"]
    assert warnings and "No space left on device" in warnings[0]


def test_a_large_paste_is_scanned_off_the_gui_thread(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[str] = []
    real_start = window.context.tasks.start

    def start(operation: Operation, **options: bool) -> None:
        started.append(operation.describe)
        real_start(operation, **options)

    monkeypatch.setattr(window.context.tasks, "start", start)
    log_line = "2024-05-01T10:00:00Z INFO request 3f2504e0-4f89-11d3-9a0c-0305e82c3301 done\n"
    pasted = log_line * (scanning.LARGE_TEXT_CHARS // len(log_line) + 10)
    window.reply_editor.replace_all_undoably(f"{pasted}key {AWS_KEY_ID}\n")
    QApplication.clipboard().setText("before")
    fixed: list[bool] = []

    def redact_and_copy(dialog: GateDialog) -> None:
        qtbot.mouseClick(row_of(dialog, "aws-access-token").fix, Qt.MouseButton.LeftButton)
        fixed.append(dialog.primary.isEnabled())
        qtbot.mouseClick(dialog.primary, Qt.MouseButton.LeftButton)

    ran = when_gate_opens(redact_and_copy)
    window.copy_reply()
    assert ran and fixed == [True]
    assert started.count("pre-send scan") == 2  # the first check and the one after the fix
    assert QApplication.clipboard().text().endswith("key [REDACTED: AWS access key]\n")


def test_escalation_lines_and_grammar_issues_warn_in_the_reply(
    qtbot: QtBot, window: MainWindow, wait_for_mark: WaitForMark
) -> None:
    internal = "Root cause: the shard-7 migration job pinned connections on the proxy fleet."
    from desktop.core.escalation import EscalationNote, note_to_json

    window.features.find(EscalationPane).show_document(
        note_to_json(EscalationNote(summary=internal))
    )
    reply = f"Hello 🙂,\n\n{internal}\n\nWe recieved it."
    window.reply_editor.replace_all_undoably(reply)
    # The grammar feature underlines the misspelling and tells the gate through its provider.
    wait_for_mark(window.features.find(GrammarFeature).reply, "recieved")
    findings: list[list[tuple[str, str]]] = []

    def look(dialog: GateDialog) -> None:
        findings.append(sorted((f.kind, reply[f.start : f.end]) for f in dialog.findings))

    assert when_gate_opens(look) is not None
    window.copy_reply()
    assert [kind for kind, _ in findings[0]] == ["escalation_text", "grammar"]
    assert ("grammar", "recieved") in findings[0]  # Python offsets, past the emoji
    assert internal in window.bindings[ESCALATION].content()


def test_a_grammar_error_typed_in_the_reply_warns_when_copying(
    qtbot: QtBot, make_main_window: MakeWindow, wait_for_mark: WaitForMark
) -> None:
    window = make_main_window()
    window.reply_editor.selectAll()
    window.reply_editor.insertPlainText("Hi Sam 😀,")
    qtbot.keyClicks(window.reply_editor, " the instance have stopped and we recieved it.")
    wait_for_mark(window.features.find(GrammarFeature).reply, "have")
    wait_for_mark(window.features.find(GrammarFeature).reply, "recieved")
    text = window.reply_editor.toPlainText()
    seen: list[tuple[str, str, str]] = []

    def look(dialog: GateDialog) -> None:
        seen.extend((f.kind, text[f.start : f.end], f.message) for f in dialog.findings)

    assert when_gate_opens(look) is not None
    window.copy_reply()
    grammar = {found: message for kind, found, message in seen if kind == "grammar"}
    assert set(grammar) == {"have", "recieved"}  # Python offsets, right after an emoji
    assert "“has”" in grammar["have"] and "“received”" in grammar["recieved"]
