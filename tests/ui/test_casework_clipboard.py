"""What the customer receives: the reply's plain-text clipboard is rendered from its Markdown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.casework_support import CTRL, SHIFT, focus, new_case
from tests.ui.conftest import MakeWindow

REPLY = (
    "Hello Ana,\n\n"
    "## What we need from you\n\n"
    "1. The **request ID** of one failing call\n"
    "2. The output of `aws lambda get-function-configuration`\n\n"
    "See [the Lambda VPC guide](https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc.html).\n"
)


def test_copy_reply_puts_plain_text_without_markdown_and_html_unchanged(
    qtbot: QtBot, make_main_window: MakeWindow
) -> None:
    window = make_main_window()
    new_case(qtbot, window)
    focus(qtbot, window.reply_editor)
    window.reply_editor.replace_all_undoably(REPLY)
    qtbot.keyClick(window.reply_editor, Qt.Key.Key_C, CTRL | SHIFT)
    data = QApplication.clipboard().mimeData()
    plain = data.text()
    assert "**" not in plain and "##" not in plain and "`" not in plain
    assert "What we need from you\n---" in plain
    assert "1. The request ID of one failing call" in plain
    assert (
        "See the Lambda VPC guide "
        "(https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc.html)." in plain
    )
    html = data.html()
    assert "<h2>What we need from you</h2>" in html
    assert "<strong>request ID</strong>" in html
    assert '<a href="https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc.html">' in html
