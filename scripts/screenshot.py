"""Renders the main window at 1366x768 with sample cases and saves PNGs for the README.

Usage: python scripts/screenshot.py [OUTPUT_DIR]   (default: docs/screenshots)
Runs offscreen; uses a temporary data folder, never your own cases.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this checkout's desktop package

from PySide6.QtCore import QPoint
from PySide6.QtGui import QPainter, QTextCursor
from PySide6.QtWidgets import QApplication

from desktop.core.case import REPLY, CaseFacts
from desktop.core.paths import DataPaths
from desktop.core.store_open import open_store
from desktop.ui.app import build_main_window
from desktop.ui.style import apply_style

SAMPLE_CASES = [
    CaseFacts(
        "171234500021",
        "S3 GetObject returns 403 AccessDenied",
        "Contoso KK",
        "Yuki Tanaka",
        "ja",
        "Amazon S3",
        "ap-northeast-1",
        "arn:aws:s3:::contoso-logs",
        "high",
        "open",
    ),
    CaseFacts(
        "171234500022",
        "EKS pods stuck in ImagePullBackOff",
        "Fabrikam Taiwan",
        "林美玲",
        "zh-TW",
        "Amazon EKS",
        "ap-east-2",
        "cluster/prod-tw",
        "urgent",
        "waiting on customer",
    ),
]

SAMPLE_REPLY = """Hello {name},

Thank you for the details. We reproduced the 403 AccessDenied response with the bucket policy you
shared: the policy denies requests that do not come through the VPC endpoint vpce-0a1b2c3d.

What this means: requests from your CI runners, which run outside that VPC, are refused.

Next steps:
1. Add the CI runners' VPC endpoint to the aws:SourceVpce condition, or
2. route the runners through vpce-0a1b2c3d.

Could you tell us which option suits you? We will check the policy with you on our next call.
"""


GRAMMAR_CASE = CaseFacts(
    "171234500023",
    "Lambda timeouts after VPC change",
    "Northwind Traders",
    "Dana Rivera",
    "en",
    "AWS Lambda",
    "us-east-1",
    "arn:aws:lambda:us-east-1:123456789012:function:orders",
    "high",
    "open",
)

GRAMMAR_REPLY = (
    "Hello Dana,\n\n"
    "Thank you for you're patience. We recieved the logs for the orders function and found teh"
    " cause: the function runs in a private subnet without a NAT gateway, so its calls to"
    " DynamoDB time out.\n\n"
    "We has checked the network setup: this is a error there, not in Lambda itself. We will fix"
    " it ASAP once you confirm the change window.\n\n"
    "Please add a VPC endpoint for DynamoDB, or route the subnet through a NAT gateway.\n"
)


def _wait(app: QApplication, done: Callable[[], bool], timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not done() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)


def grammar_screenshot(app: QApplication, paths: DataPaths, target: Path) -> None:
    """The reply with its underlines, the Writing tab, and a misspelling's context menu open."""
    window, messages = build_main_window(paths)
    assert window is not None, messages
    window.resize(1366, 768)
    window.show()
    grammar = window.grammar  # type: ignore[attr-defined]
    case = window.context.store.list_cases("Lambda timeouts")[0]
    window.open_case(case.key)
    window.side_tabs.setCurrentWidget(grammar.pane)
    editor = window.reply_editor
    _wait(app, lambda: grammar.reply.checked_text == editor.toPlainText())
    mark = next(m for m in grammar.reply.underliner.marks if m.text == "recieved")
    cursor = QTextCursor(editor.document())
    cursor.setPosition(mark.start + 3)
    point = editor.cursorRect(cursor).center()
    menu = grammar.menu_for(grammar.reply).menu_at(point)
    # Offscreen screens are small, so popup() would move the menu; draw it under the word.
    menu.ensurePolished()
    menu.adjustSize()
    below = editor.cursorRect(cursor).bottomLeft() + QPoint(0, 4)
    image = window.grab()
    painter = QPainter(image)
    painter.drawPixmap(editor.viewport().mapTo(window, below), menu.grab())
    painter.end()
    image.save(str(target))
    window.close()
    window.context.close()


def main() -> int:
    output = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    output.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    apply_style(app)
    with tempfile.TemporaryDirectory() as temp:
        paths = DataPaths(Path(temp))
        store = open_store(paths.ensure().database).store
        for facts in SAMPLE_CASES:
            case = store.create_case(facts)
            store.save_document(case.key, REPLY, SAMPLE_REPLY.format(name=facts.contact_name))
        store.close()
        window, messages = build_main_window(paths)
        assert window is not None, messages
        window.resize(1366, 768)
        window.show()
        last = window.case_list.model.case_at(window.case_list.model.rowCount() - 1)
        assert last is not None
        window.open_case(last.key)
        app.processEvents()
        window.grab().save(str(output / "main-window.png"))
        window.close()
        window.context.close()
        store = open_store(paths.database).store
        case = store.create_case(GRAMMAR_CASE)
        store.save_document(case.key, REPLY, GRAMMAR_REPLY)
        store.close()
        grammar_screenshot(app, paths, output / "grammar.png")
    print(f"wrote {output / 'main-window.png'} and {output / 'grammar.png'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
