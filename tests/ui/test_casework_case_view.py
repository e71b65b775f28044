"""A new case as the engineer fills it: the meter reads the facts, the title follows, and save
dialogs start where the engineer last saved."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.ui.escalation.field_widgets import TextField
from desktop.ui.escalation.pane import EscalationPane
from desktop.ui.main_window import MainWindow
from desktop.ui.send_gate.gate import SendGate
from tests.ui.casework_support import focus, new_case, type_into, when_modal
from tests.ui.conftest import MakeWindow
from tests.ui.typed_widgets import as_a


def _meter_messages(window: MainWindow) -> list[str]:
    meter = window.features.find(EscalationPane).meter
    return [meter.findings.item(row).text() for row in range(meter.findings.count())]


def test_the_meter_takes_service_and_region_from_the_case_facts(
    qtbot: QtBot, make_main_window: MakeWindow
) -> None:
    window = make_main_window()
    new_case(qtbot, window)
    pane = window.features.find(EscalationPane)
    window.side_tabs.setCurrentWidget(pane)
    type_into(qtbot, pane.form.editors["summary"], "Lambda times out after the VPC move")
    pane.refresh()
    assert any("Service is required" in text for text in _meter_messages(window))
    type_into(qtbot, window.facts_form.editors["service"], "AWS Lambda")
    type_into(qtbot, window.facts_form.editors["region"], "eu-west-1")
    qtbot.waitUntil(lambda: not any("Service" in t for t in _meter_messages(window)), timeout=3000)
    messages = _meter_messages(window)
    assert not any("Region is missing" in text for text in messages)
    assert "service" not in {f.field for f in pane.completeness().findings}
    assert as_a(TextField, pane.form.editors["service"]).hint == "From the case facts: AWS Lambda"
    pane.tabs.setCurrentWidget(pane.preview)
    qtbot.waitUntil(lambda: "Service: AWS Lambda" in pane.preview.markdown, timeout=3000)


def test_the_window_and_export_titles_follow_the_subject_as_typed(
    qtbot: QtBot, make_main_window: MakeWindow, tmp_path: Path
) -> None:
    window = make_main_window()
    new_case(qtbot, window)
    assert "(no subject)" in window.windowTitle()
    type_into(qtbot, window.facts_form.editors["case_id"], "CASE-7781")
    type_into(qtbot, window.facts_form.editors["subject"], "Lambda times out after VPC move")
    assert window.windowTitle() == "CASE-7781 · Lambda times out after VPC move — Casewright"
    window.reply_editor.replace_all_undoably("Hello,\n\nWe are on it.\n")
    target = tmp_path / "reply.html"

    def save_as_html(dialog: QFileDialog) -> None:
        dialog.selectFile(str(target))
        dialog.accept()

    when_modal(QFileDialog, save_as_html)
    assert window.features.find(SendGate).export_reply() == target
    page = target.read_text(encoding="utf-8")
    assert "<title>CASE-7781 · Lambda times out after VPC move</title>" in page


def test_save_dialogs_start_where_the_user_last_saved_else_home(
    qtbot: QtBot,
    make_main_window: MakeWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    reopen: Callable[[Any], Any],
) -> None:
    launched_from = tmp_path / "launched-from"
    launched_from.mkdir()
    monkeypatch.chdir(launched_from)
    exports = tmp_path / "exports"
    exports.mkdir()
    window = make_main_window()
    new_case(qtbot, window)
    pane = window.features.find(EscalationPane)
    window.side_tabs.setCurrentWidget(pane)
    type_into(qtbot, pane.form.editors["summary"], "Lambda times out after the VPC move")
    seen: list[str] = []

    def look_then_save(dialog: QFileDialog) -> None:
        seen.append(Path(dialog.directory().absolutePath()).as_posix())
        dialog.selectFile(str(exports / "escalation.md"))
        dialog.accept()

    def yes(box: QMessageBox) -> None:
        box.button(QMessageBox.StandardButton.Yes).click()
        when_modal(QFileDialog, look_then_save)

    when_modal(QMessageBox, yes)
    focus(qtbot, pane.form.editors["summary"])
    assert pane.export_escalation()
    assert seen == [Path.home().resolve().as_posix()]
    assert (exports / "escalation.md").is_file()

    # The reply's export, and after a restart the escalation's, start in that folder.
    window.reply_editor.replace_all_undoably("Hello,\n")

    def look_then_cancel(dialog: QFileDialog) -> None:
        seen.append(Path(dialog.directory().absolutePath()).as_posix())
        dialog.reject()

    when_modal(QFileDialog, look_then_cancel)
    assert window.features.find(SendGate).export_reply() is None
    again = reopen(window)
    again.side_tabs.setCurrentWidget(again.features.find(EscalationPane))
    when_modal(QMessageBox, lambda box: (box.button(QMessageBox.StandardButton.Yes).click(),
                                         when_modal(QFileDialog, look_then_cancel)))  # fmt: skip
    assert not again.features.find(EscalationPane).export_escalation()
    assert seen[1:] == [exports.resolve().as_posix()] * 2
