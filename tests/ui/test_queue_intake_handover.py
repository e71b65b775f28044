"""Paste customer message (review facts one by one, then the thread) and the handover note."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from desktop.core.case import CaseFacts
from desktop.core.paths import DataPaths
from desktop.core.queue.timeline import case_events, messages
from desktop.core.queue.work import load_work
from desktop.core.store import Store
from desktop.ui.main_window import MainWindow
from desktop.ui.queue.actions import QueueActions
from desktop.ui.queue.feature import QueueFeature
from desktop.ui.queue.intake_dialog import ACCEPTED, REJECTED, IntakeDialog
from desktop.ui.severity.feature import SeverityFeature
from tests.ui.conftest import MakeWindow

MESSAGE = (
    "您好，我們在 ap-east-2 的 EC2 執行個體 i-07e1a2b3c4d5e6f70 "
    "從 2026/11/29 上午 9:30 開始無法連線，"
    "Request ID: 5f6e7d8c-9b0a-4c1d-8e2f-3a4b5c6d7e8f。請緊急處理。"
)
KEY = "AKIA" + "Z3MSXQ7ZLQ2T4NHD"


def _window(make_main_window: MakeWindow, data_dir: Path, **facts: str) -> MainWindow:
    data_dir.mkdir(parents=True, exist_ok=True)
    store = Store(DataPaths(data_dir).database)
    try:
        store.create_case(CaseFacts(case_id="17331234567", subject="連線逾時", **facts))
    finally:
        store.close()
    return make_main_window()


def _queue_actions(window: MainWindow) -> QueueActions:
    actions = window.features.find(QueueFeature).actions
    assert actions is not None, "the queue feature did not install its actions"
    return actions


def _rows(dialog: IntakeDialog) -> list[QTreeWidgetItem]:
    root = dialog.facts.invisibleRootItem()
    return [row for i in range(root.childCount()) if (row := root.child(i)) is not None]


def test_facts_are_offered_with_excerpts_and_only_accepted_ones_are_filled(
    qtbot: QtBot, make_main_window: MakeWindow, data_dir: Path
) -> None:
    window = _window(make_main_window, data_dir, status="waiting on customer")
    from zoneinfo import ZoneInfo

    dialog = IntakeDialog(MESSAGE, ZoneInfo("Asia/Taipei"), window)
    qtbot.addWidget(dialog)
    rows = {row.text(1): row for row in _rows(dialog)}
    assert rows["Region"].text(2) == "ap-east-2"
    assert rows["Time (UTC)"].text(2) == "2026-11-29T01:30:00Z"
    assert "2026/11/29 上午 9:30" in rows["Time (UTC)"].text(3)  # the excerpt
    assert all(rows[k].text(0) == "—" for k in rows)  # nothing decided for the user
    # Accept the region, reject the instance, accept the request ID and the claim.
    for label, decision in (
        ("Region", ACCEPTED),
        ("Resource ID", REJECTED),
        ("Request ID", ACCEPTED),
        ("Severity", ACCEPTED),
    ):
        dialog.facts.setCurrentItem(rows[label])
        dialog.decide(decision)
    assert dialog.summary.text().endswith("3 accepted · 1 rejected")
    accepted = dialog.accepted_facts()
    queue = _queue_actions(window)
    key = window.current_key
    assert key is not None
    with qtbot.waitSignal(queue.message_added, timeout=15_000):
        queue.add_message(key, dialog.text(), dialog.received_at(), accepted)
    facts = window.facts_form.facts()
    assert facts.region == "ap-east-2" and facts.severity == "urgent"
    assert "i-07e1a2b3c4d5e6f70" not in facts.resource_ids
    assert facts.status == "open"  # the customer answered
    # "請緊急處理" was accepted as a claim (urgent), not an answer: the Severity tab is untouched.
    assert window.features.find(SeverityFeature).pane.form.answers().production is False
    window.context.autosaver.flush()
    store = window.context.store
    qtbot.waitUntil(
        lambda: (case := store.get_case(key)) is not None and case.facts.region == "ap-east-2"
    )
    assert [m.detail for m in messages(case_events(window.context.store, key))] == [MESSAGE]
    kept = load_work(window.context.store, key).accepted_facts
    assert {"kind": "request_id", "value": "5f6e7d8c-9b0a-4c1d-8e2f-3a4b5c6d7e8f"} in kept
    thread = queue.thread_view.plain_text()
    assert "ap-east-2 的 EC2" in thread and "UTC+8" in thread


def test_accepted_phrases_answer_the_severity_questions(
    qtbot: QtBot, make_main_window: MakeWindow, data_dir: Path
) -> None:
    window = _window(make_main_window, data_dir)
    text = "本番環境が停止しています。回避策はありません。"
    from zoneinfo import ZoneInfo

    dialog = IntakeDialog(text, ZoneInfo("Asia/Tokyo"), window)
    qtbot.addWidget(dialog)
    dialog._accept_all()
    queue = _queue_actions(window)
    key = window.current_key
    assert key is not None
    with qtbot.waitSignal(queue.message_added, timeout=15_000):
        queue.add_message(key, text, "", dialog.accepted_facts())
    pane = window.features.find(SeverityFeature).pane
    answers = pane.form.answers()
    assert (answers.production, answers.state, answers.workaround) == (True, "down", False)
    assert pane.assessment is not None  # assessed, and stored with the case by autosave


def test_the_paste_action_opens_the_review_with_the_clipboard(
    qtbot: QtBot, make_main_window: MakeWindow, data_dir: Path
) -> None:
    window = _window(make_main_window, data_dir)
    QApplication.clipboard().setText("Case 17324419801 in us-east-1")
    seen: list[IntakeDialog] = []

    def review() -> None:
        dialog = window.findChild(IntakeDialog)
        assert dialog is not None
        seen.append(dialog)
        dialog.reject()

    from PySide6.QtCore import QTimer

    QTimer.singleShot(200, review)
    action = next(a for a in window.actions() if a.text() == "&Paste customer message…")
    assert action.shortcut().toString() == "Ctrl+Shift+V"
    action.trigger()
    assert seen and seen[0].message.toPlainText() == "Case 17324419801 in us-east-1"
    assert seen[0].facts.topLevelItemCount() == 2
    assert not messages(case_events(window.context.store, window.current_key or 0))


def test_handover_note_is_shown_redacted_before_it_is_copied(
    qtbot: QtBot, make_main_window: MakeWindow, data_dir: Path
) -> None:
    window = _window(make_main_window, data_dir, severity="high")
    queue = _queue_actions(window)
    key = window.current_key
    assert key is not None
    with qtbot.waitSignal(queue.message_added, timeout=15_000):
        queue.add_message(key, f"Our key {KEY} leaked?\nPlease help", "", [])
    with qtbot.waitSignal(queue.handover_ready, timeout=15_000):
        queue.handover()
    dialog = queue.handover_dialog
    assert dialog is not None
    zone_edit = dialog.zone.lineEdit()
    assert zone_edit is not None
    shown = dialog.note.toPlainText()
    assert "## 17331234567 · 連線逾時" in shown
    assert KEY not in shown and "[REDACTED: AWS access key]" in shown
    assert "1 secret(s) redacted" in dialog.status.text()
    dialog.copy_button.click()
    assert QApplication.clipboard().text() == shown
    with qtbot.waitSignal(queue.handover_ready, timeout=15_000):
        dialog.zone.setCurrentText("Asia/Tokyo")
        zone_edit.editingFinished.emit()
    assert "JST" in dialog.note.toPlainText()
    dialog.zone.setCurrentText("Mars/Base")
    zone_edit.editingFinished.emit()
    assert "Unknown time zone" in dialog.status.text() and not dialog.copy_button.isEnabled()
    dialog.close()
