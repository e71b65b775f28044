"""A huge paste is kept, saved and restored; the window keeps working."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pytestqt.qtbot import QtBot

from desktop.core.case import REPLY
from tests.ui.conftest import current_key


def test_a_10_mb_paste_is_kept_saved_and_restored(
    qtbot: QtBot,
    make_main_window: Callable[..., Any],
    reopen: Callable[[Any], Any],
) -> None:
    window = make_main_window()
    key = current_key(window)
    line = "Log line 2026-11-27T04:00:00Z request-id 7d3f0c2e-1b7a-4c55-9a0e-2f6d1c9b8a01 ok\n"
    paste = line * (10 * 1024 * 1024 // len(line))
    window.reply_editor.selectAll()
    window.reply_editor.insertPlainText(paste)
    qtbot.waitUntil(lambda: window.save_label.text().startswith("Saved"), timeout=20_000)
    qtbot.waitUntil(lambda: not window.context.autosaver.has_unsaved(), timeout=20_000)
    assert len(window.context.store.load_document(key, REPLY)) == len(paste)
    reopened = reopen(window)
    reopened.open_case(key)
    assert reopened.reply_editor.toPlainText() == paste
