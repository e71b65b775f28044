"""The log file never holds what the user typed: checked after a copy the gate blocked."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core.logs import configure_logging, log_file
from tests.ui.conftest import MakeWindow
from tests.ui.send_gate_helpers import AWS_KEY_ID, GITHUB_PAT, when_gate_opens


@pytest.fixture
def logging_to_the_data_folder(data_dir: Path) -> Iterator[Path]:
    path = configure_logging(data_dir, level=logging.DEBUG)  # everything, even debug lines
    assert path is not None
    yield path
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "casewright", False)]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(logging.WARNING)


def test_a_blocked_copy_leaves_no_reply_text_or_secret_in_the_log(
    qtbot: QtBot,
    make_main_window: MakeWindow,
    logging_to_the_data_folder: Path,
    data_dir: Path,
) -> None:
    window = make_main_window()
    reply = f"Hello Priya,\n\nYour pipeline used {AWS_KEY_ID} and {GITHUB_PAT} yesterday.\n"
    window.reply_editor.replace_all_undoably(reply)
    QApplication.clipboard().setText("before")
    ran = when_gate_opens(lambda dialog: dialog.reject())
    window.copy_reply()
    qtbot.waitUntil(lambda: bool(ran), timeout=10_000)
    assert QApplication.clipboard().text() == "before"
    logging.getLogger("desktop.test").warning("marker after the blocked copy")
    qtbot.waitUntil(lambda: not window.context.autosaver.has_unsaved(), timeout=10_000)
    text = log_file(data_dir).read_text(encoding="utf-8")
    assert "marker after the blocked copy" in text  # the log is written, and read whole
    for typed in (AWS_KEY_ID, GITHUB_PAT, "Hello Priya", "pipeline used"):
        assert typed not in text
