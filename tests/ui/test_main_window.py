"""The main window: cases, typing, switching, reopening — nothing typed is lost."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from desktop.core.case import ESCALATION, REPLY
from desktop.ui.escalation.pane import EscalationPane
from desktop.ui.main_window import MainWindow
from tests.store_faults import store_full
from tests.ui.conftest import CloseWindow, MakeWindow, current_key
from tests.ui.typed_widgets import as_a


def _summary(window: MainWindow) -> Any:
    """The escalation note's Summary field."""
    return window.features.find(EscalationPane).form.editors["summary"]


def _saved_summary(window: MainWindow, key: int) -> str:
    text = window.context.store.load_document(key, ESCALATION)
    return json.loads(text)["summary"] if text else ""


def _wait_saved(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.save_label.text().startswith("Saved"), timeout=5000)
    qtbot.waitUntil(lambda: not window.context.autosaver.has_unsaved(), timeout=5000)


def test_first_start_shows_the_demo_case_with_its_reply(
    make_main_window: MakeWindow,
) -> None:
    window = make_main_window()
    assert window.case_list.model.rowCount() == 1
    assert window.current_key is not None
    assert window.reply_editor.toPlainText().startswith("Hello Alex")
    assert window.facts_form.facts().case_id == "DEMO-0001"
    assert "INTERNAL" in window.features.find(EscalationPane).banner.text()


def test_create_type_switch_and_reopen_keeps_everything(
    qtbot: QtBot,
    make_main_window: Callable[..., Any],
    reopen: Callable[[Any], Any],
) -> None:
    window = make_main_window()
    demo_key = current_key(window)
    qtbot.mouseClick(window.case_list.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_key != demo_key, timeout=5000)
    new_key = current_key(window)
    qtbot.keyClicks(window.facts_form.editors["case_id"], "CASE-42")
    qtbot.keyClicks(window.facts_form.editors["subject"], "RDS connection times out")
    window.reply_editor.setFocus()
    qtbot.keyClicks(window.reply_editor, "Hello Sam,")
    window.reply_editor.insertPlainText(" 你好 🙂")  # QTest cannot type non-Latin keys
    qtbot.keyClicks(window.reply_editor, " we are on it.")
    qtbot.keyClicks(_summary(window), "Internal: RDS proxy pins connections.")

    window.open_case(demo_key)  # switching saves the case we leave
    assert window.reply_editor.toPlainText().startswith("Hello Alex")
    window.open_case(new_key)
    assert window.reply_editor.toPlainText() == "Hello Sam, 你好 🙂 we are on it."
    _wait_saved(qtbot, window)
    reopened = reopen(window)
    titles = [reopened.case_list.model.case_at(r).facts.subject for r in range(2)]
    assert "RDS connection times out" in titles
    reopened.open_case(new_key)
    assert reopened.reply_editor.toPlainText() == "Hello Sam, 你好 🙂 we are on it."
    assert _summary(reopened).value() == "Internal: RDS proxy pins connections."
    assert reopened.facts_form.facts().case_id == "CASE-42"


def test_typing_is_autosaved_without_switching_or_closing(
    qtbot: QtBot, make_main_window: MakeWindow
) -> None:
    window = make_main_window()
    key = current_key(window)
    window.reply_editor.moveCursor(window.reply_editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(window.reply_editor, " P.S. autosaved")
    _wait_saved(qtbot, window)
    assert window.context.store.load_document(key, REPLY).endswith(" P.S. autosaved")


def test_a_failed_save_is_reported_and_the_text_stays(
    qtbot: QtBot, make_main_window: MakeWindow
) -> None:
    window = make_main_window()
    key = current_key(window)
    words = "precious words " * 800  # 12 kB: the store must grow to hold it
    with store_full(window.context.writer):
        _summary(window).setFocus()
        QApplication.clipboard().setText(words)
        _summary(window).paste()
        window.context.autosaver.flush()
        qtbot.waitUntil(lambda: "Not saved" in window.save_label.text(), timeout=5000)
        assert "full" in window.save_label.text()
        assert _summary(window).value() == words
    # the disk has room again: the retry saves it
    qtbot.waitUntil(lambda: _saved_summary(window, key) == words, timeout=10_000)


def test_history_restores_an_older_reply_and_undo_takes_it_back(
    qtbot: QtBot, make_main_window: MakeWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_main_window()
    original = window.reply_editor.toPlainText()
    window.reply_editor.replace_all_undoably("Second version")
    _wait_saved(qtbot, window)

    from desktop.ui import main_window as main_window_module
    from desktop.ui.history_dialog import HistoryDialog

    class PickOldest(HistoryDialog):
        def exec(self) -> int:
            self.list.setCurrentRow(self.list.count() - 1)
            return 1

    monkeypatch.setattr(main_window_module, "HistoryDialog", PickOldest)
    window.show_history(REPLY)
    assert window.reply_editor.toPlainText() == original
    window.reply_editor.undo()
    assert window.reply_editor.toPlainText() == "Second version"


def test_search_filters_and_archive_hides(qtbot: QtBot, make_main_window: MakeWindow) -> None:
    window = make_main_window()
    qtbot.keyClicks(window.case_list.search, "no such case")
    assert window.case_list.model.rowCount() == 0
    window.case_list.search.clear()
    assert window.case_list.model.rowCount() == 1
    window.toggle_archived(current_key(window))
    qtbot.waitUntil(lambda: window.case_list.model.rowCount() == 0, timeout=5000)
    window.case_list.show_archived.setChecked(True)
    assert window.case_list.model.rowCount() == 1


def test_copy_reply_puts_the_reply_on_the_clipboard(make_main_window: MakeWindow) -> None:
    window = make_main_window()
    window.copy_reply()
    assert QApplication.clipboard().text() == window.reply_editor.toPlainText()


def test_settings_dialog_saves_to_the_data_folder(
    make_main_window: MakeWindow, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.core.settings import load_settings
    from desktop.ui import main_window as main_window_module
    from desktop.ui.settings_dialog import SettingsDialog

    class TypeAName(SettingsDialog):
        def exec(self) -> int:
            as_a(QLineEdit, self.editors["engineer_name"]).setText("Mei Lin")
            folders = as_a(QPlainTextEdit, self.editors["team_template_folders"])
            folders.setPlainText("/srv/team-a\n\n/srv/team-b\n")
            return 1

    monkeypatch.setattr(main_window_module, "SettingsDialog", TypeAName)
    window = make_main_window()
    changes: list[bool] = []
    window.settings_changed.connect(lambda: changes.append(True))
    window.edit_settings()
    saved = load_settings(data_dir / "settings.json")
    assert saved.engineer_name == "Mei Lin"
    assert saved.team_template_folders == ["/srv/team-a", "/srv/team-b"]
    assert window.context.settings == saved and changes == [True]


def test_undo_acts_on_the_focused_editor(qtbot: QtBot, make_main_window: MakeWindow) -> None:
    window = make_main_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    _summary(window).setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is _summary(window))
    qtbot.keyClicks(_summary(window), "note")
    reply_before = window.reply_editor.toPlainText()
    window._edit_focused("undo")
    assert _summary(window).value() == ""
    assert window.reply_editor.toPlainText() == reply_before


def test_continuous_typing_is_saved_without_waiting_for_a_pause(
    qtbot: QtBot, make_main_window: MakeWindow
) -> None:
    from PySide6.QtCore import QTimer

    window = make_main_window()
    key = current_key(window)
    window.context.autosaver._max_wait.setInterval(300)
    typing = QTimer()
    typing.timeout.connect(lambda: window.reply_editor.insertPlainText("x"))
    typing.start(20)  # never pauses long enough for the debounce
    qtbot.waitUntil(lambda: "xxx" in window.context.store.load_document(key, REPLY), timeout=5000)
    typing.stop()


def _plain_window(qtbot: QtBot) -> tuple[Any, Any]:
    from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

    window = QMainWindow()
    qtbot.addWidget(window)
    splitter = QSplitter()
    for _column in range(3):
        splitter.addWidget(QWidget())
    window.setCentralWidget(splitter)
    return window, splitter


def test_column_widths_are_remembered_across_restarts(
    qtbot: QtBot,
    make_main_window: MakeWindow,
    data_dir: Path,
    close_window: CloseWindow,
) -> None:
    from PySide6.QtCore import QSettings

    from desktop.ui.window_state import restore_columns, restore_geometry, save_window_state

    window = make_main_window()
    close_window(window)
    kept = QSettings(str(data_dir / "window.ini"), QSettings.Format.IniFormat)
    assert kept.value("columns") is not None, "closing the window keeps its layout"

    first, first_splitter = _plain_window(qtbot)
    first.resize(700, 500)
    first.show()
    first_splitter.setSizes([100, 300, 300])
    save_window_state(first, first_splitter, data_dir)
    again, splitter = _plain_window(qtbot)
    assert restore_geometry(again, data_dir)
    again.show()
    assert restore_columns(splitter, data_dir)
    assert again.size() == first.size()
    assert splitter.sizes() == first_splitter.sizes()


def test_a_first_start_has_no_remembered_layout(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QMainWindow, QSplitter

    from desktop.ui.window_state import restore_columns, restore_geometry

    window = QMainWindow()
    qtbot.addWidget(window)
    assert not restore_geometry(window, tmp_path)
    assert not restore_columns(QSplitter(), tmp_path)
