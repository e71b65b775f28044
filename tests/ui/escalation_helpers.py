"""Shared helpers for the escalation pane's UI tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from desktop.core.case import CaseFacts
from desktop.core.paths import DataPaths
from desktop.core.store_open import open_store
from desktop.ui.escalation.pane import EscalationPane
from desktop.ui.main_window import MainWindow

EKS_FACTS = CaseFacts(
    case_id="171234500022",
    subject="EKS pods stuck in ImagePullBackOff",
    customer_org="Fabrikam Taiwan",
    service="Amazon EKS",
    region="ap-east-2",
    severity="urgent",
)


def seed_store(data_dir: Path, cases: list[tuple[CaseFacts, dict[str, str]]]) -> list[int]:
    """Create cases with their documents before the window opens; return their keys."""
    store = open_store(DataPaths(data_dir).ensure().database).store
    keys = []
    for facts, documents in cases:
        case = store.create_case(facts)
        for kind, text in documents.items():
            store.save_document(case.key, kind, text)
        keys.append(case.key)
    store.close()
    return keys


def pane_of(window: MainWindow) -> Any:
    """The window's escalation pane."""
    return window.features.find(EscalationPane)


def type_into(qtbot: QtBot, window: MainWindow, name: str, text: str) -> None:
    """Type ``text`` into escalation field ``name`` like the user does."""
    editor = pane_of(window).form.editors[name]
    pane_of(window).focus_field(name)
    if hasattr(editor, "moveCursor"):  # type at the end, as after clicking there
        editor.moveCursor(QTextCursor.MoveOperation.End)
    for number, line in enumerate(text.split("\n")):
        if number:  # QTest cannot type "\n" itself
            qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.keyClicks(editor, line)


def wait_saved(qtbot: QtBot, window: MainWindow) -> None:
    """Wait until autosave has written every edit."""
    window.context.autosaver.flush()
    qtbot.waitUntil(lambda: not window.context.autosaver.has_unsaved(), timeout=5000)
