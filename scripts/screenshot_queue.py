"""Renders the queue (due and overdue cases), the handover note and the intake review at
1366x768 as PNGs.

Usage: python scripts/screenshot_queue.py [OUTPUT_DIR]   (default: docs/screenshots)
Runs offscreen; uses a temporary data folder, never your own cases.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from desktop.ui.queue.feature import QueueFeature

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this checkout's desktop package

from PySide6.QtWidgets import QApplication

from desktop.core.case import REPLY, CaseFacts
from desktop.core.paths import DataPaths
from desktop.core.queue.timeline import add_customer_message, mark_reply_sent
from desktop.core.queue.work import CaseWork, save_work
from desktop.core.store_open import open_store
from desktop.ui.app import build_main_window
from desktop.ui.queue.intake_dialog import ACCEPTED, REJECTED, IntakeDialog
from desktop.ui.style import apply_style
from scripts.screenshot import _grab_with_dialog

INTAKE_MESSAGE = (
    "お世話になっております。株式会社サンプルの佐藤です。\n\n"
    "東京リージョンの本番環境で、ALB 配下の EC2 インスタンス i-0c3d5e7f9a1b2c4d6 が\n"
    "2026年11月29日 14時04分 (JST) 頃から 502 エラーを返しています。"
    "サービスが完全に停止しており、回避策もありません。\n"
    "リクエスト ID: 3B7E9F1A2C4D6E8F\n"
    "至急ご確認をお願いいたします。ケース番号: 17334455667"
)


def _ago(**span: float) -> str:
    return (datetime.now(UTC) - timedelta(**span)).isoformat()


def _seed(paths: DataPaths) -> int:
    """Five open cases: overdue, due soon, later, waiting on customer; and one closed."""
    store = open_store(paths.ensure().database).store
    cases = [
        (CaseFacts("17334455667", "ALB returns 502 after deploy", "株式会社サンプル", "佐藤様",
                   "ja", "Elastic Load Balancing", "ap-northeast-1", "", "urgent"),
         _ago(hours=2, minutes=10), "Ask for the target group health check settings"),
        (CaseFacts("17331234567", "RDS 連線逾時", "台灣零售股份有限公司", "林小姐", "zh-TW",
                   "Amazon RDS", "ap-east-2", "", "critical"),
         _ago(minutes=5), "Check the failover event log"),
        (CaseFacts("17330056712", "Checkout slow since Friday", "Example Retail Ltd.",
                   "Dana Smith", "en", "Amazon DynamoDB", "us-east-1", "", "high"),
         _ago(minutes=40), ""),
        (CaseFacts("17320011223", "Snapshot restore stuck at 0%", "Contoso KK", "Yuki Tanaka",
                   "ja", "Amazon EBS", "ap-northeast-1", "", "normal", "waiting on customer"),
         _ago(days=1), "Wait for the restore logs"),
        (CaseFacts("17319990001", "IAM policy question", "Fabrikam", "Lee", "en", "AWS IAM",
                   "eu-west-1", "", "low", "resolved"),
         _ago(days=2), ""),
    ]  # fmt: skip
    first = 0
    for facts, opened, next_step in cases:
        case = store.create_case(facts)
        with store.write() as db:
            db.execute("UPDATE cases SET created_at = ? WHERE key = ?", (opened, case.key))
        add_customer_message(store, case.key, f"{facts.subject}. Please help.", opened)
        if facts.status == "waiting on customer":
            mark_reply_sent(store, case.key, "Could you send the restore logs?")
        store.save_document(case.key, REPLY, f"Hello {facts.contact_name},\n\n")
        save_work(store, case.key, CaseWork(next_step=next_step))
        first = first or case.key
    store.close()
    return first


def _wait(app: QApplication, done: Callable[[], bool], timeout: float = 20.0) -> None:
    end = time.monotonic() + timeout
    while not done() and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def main() -> int:
    output = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    output.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    apply_style(app)
    with tempfile.TemporaryDirectory() as temp:
        paths = DataPaths(Path(temp))
        first = _seed(paths)
        window, messages = build_main_window(paths)
        assert window is not None, messages
        window.resize(1366, 768)
        window.show()
        queue = window.features.find(QueueFeature)
        _wait(app, lambda: bool(queue.service.entries))
        window.case_list.view_mode.setCurrentIndex(1)  # Due soonest
        window.open_case(first)
        tabs = window.side_tabs
        tabs.setCurrentIndex(next(i for i in range(tabs.count()) if tabs.tabText(i) == "Thread"))
        _wait(app, lambda: False, 0.5)
        window.splitter.setSizes([330, 620, 416])  # wide enough to read the due times
        _wait(app, lambda: False, 0.2)
        window.grab().save(str(output / "queue.png"))

        queue.actions.handover()
        dialog = queue.actions.handover_dialog
        dialog.zone.setCurrentText("America/New_York")
        dialog.zone.lineEdit().editingFinished.emit()
        _wait(app, lambda: dialog.copy_button.isEnabled())
        _wait(app, lambda: False, 0.3)
        _grab_with_dialog(window, dialog).save(str(output / "handover.png"))
        dialog.close()

        intake = IntakeDialog(INTAKE_MESSAGE, ZoneInfo("Asia/Tokyo"), window)
        intake.resize(1000, 640)
        intake.show()
        for decision in (ACCEPTED, ACCEPTED, REJECTED, ACCEPTED):
            intake.decide(decision)
        _wait(app, lambda: False, 0.3)
        _grab_with_dialog(window, intake).save(str(output / "intake.png"))
        intake.close()
        window.close()
        window.context.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
