"""Ctrl+K in a case of another language, and ranking for a half-typed word."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from desktop.core.case import CaseFacts
from desktop.core.store import Store
from desktop.ui.main_window import MainWindow
from desktop.ui.templates.feature import TemplatesFeature
from tests.ui.casework_support import CTRL, activate, focus
from tests.ui.conftest import MakeWindow


def _seed(data_dir: Path) -> tuple[int, int]:
    data_dir.mkdir(parents=True, exist_ok=True)
    store = Store(data_dir / "casewright.db")
    zh = store.create_case(CaseFacts(case_id="TW-1", subject="EKS 映像拉取失敗", language="zh-TW"))
    ja = store.create_case(CaseFacts(case_id="JP-1", subject="Lambda タイムアウト", language="ja"))
    store.close()
    return zh.key, ja.key


def _ctrl_k(qtbot: QtBot, window: MainWindow) -> Any:
    focus(qtbot, window.reply_editor)
    qtbot.keyClick(window.reply_editor, Qt.Key.Key_K, CTRL)
    dialog = window.features.find(TemplatesFeature).fill_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.picker.search, timeout=3000)
    return dialog


def test_ctrl_k_in_a_japanese_case_highlights_a_japanese_template(
    qtbot: QtBot, make_main_window: MakeWindow, data_dir: Path
) -> None:
    zh_key, ja_key = _seed(data_dir)
    window = make_main_window()
    window.open_case(zh_key)
    activate(qtbot, window)
    dialog = _ctrl_k(qtbot, window)
    assert dialog.picker.current_entry().language == "zh-TW"
    qtbot.keyClick(dialog.picker.search, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.picker.search, Qt.Key.Key_Down)
    looked_at = dialog.picker.current_entry()
    assert looked_at.language == "zh-TW"
    qtbot.keyClick(dialog.picker.search, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)

    window.open_case(ja_key)
    dialog = _ctrl_k(qtbot, window)
    highlighted = dialog.picker.current_entry()
    assert highlighted.language == "ja", highlighted.id
    assert highlighted.id == dialog.picker.model.entry_at(0).id  # the best match


def test_acknowledg_ranks_the_new_case_acknowledgement_first(
    qtbot: QtBot, make_main_window: MakeWindow
) -> None:
    window = make_main_window()
    activate(qtbot, window)
    dialog = _ctrl_k(qtbot, window)
    qtbot.keyClicks(dialog.picker.search, "acknowledg")
    titles = [dialog.picker.model.entry_at(row).title for row in range(2)]
    assert titles == ["Acknowledge a new case", "Acknowledge a feature request"]
    assert dialog.picker.current_entry().id == "reply/en/acknowledgement"


def test_the_zh_tw_form_marks_optional_fields_in_chinese(
    qtbot: QtBot, make_main_window: MakeWindow, data_dir: Path
) -> None:
    zh_key, _ja_key = _seed(data_dir)
    window = make_main_window()
    window.open_case(zh_key)
    activate(qtbot, window)
    dialog = _ctrl_k(qtbot, window)
    qtbot.keyClicks(dialog.picker.search, "acknowledg")
    assert dialog.picker.current_entry().id == "reply/zh-TW/acknowledgement"
    qtbot.keyClick(dialog.picker.search, Qt.Key.Key_Return)
    labels = [label.text() for label in dialog.form.findChildren(QLabel)]
    assert "目前正在進行的檢查（選填）" in labels
    assert not any("(optional)" in text for text in labels)
