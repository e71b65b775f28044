"""Every dialog names every control for a screen reader, in every language, and Escape closes it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core.backup import write_backup
from desktop.core.paths import DataPaths
from desktop.core.settings import Settings, save_settings
from desktop.ui.data_folder import DataFolderFeature
from desktop.ui.error_report import show_error_dialog
from desktop.ui.grammar.feature import GrammarFeature
from desktop.ui.i18n import install_translation
from desktop.ui.main_window import MainWindow
from desktop.ui.reproduction import file_actions
from desktop.ui.reproduction.pane import ReproductionPane
from desktop.ui.templates.feature import TemplatesFeature
from desktop.ui.templates.save_target import SaveTargetDialog
from tests.ui.dialog_walk import walk_dialog

AWS_KEY_ID = "AKIA" + "Z3MSXQ7ZLQ2T4NHD"


@pytest.fixture
def back_to_english() -> Iterator[None]:
    yield
    install_translation("en")


def _key(window: MainWindow, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> Callable[[], None]:
    return lambda: QTest.keyClick(window, key, modifiers)


def _ctrl(window: MainWindow, key: Qt.Key, shift: bool = False) -> Callable[[], None]:
    modifiers = Qt.KeyboardModifier.ControlModifier
    if shift:
        modifiers |= Qt.KeyboardModifier.ShiftModifier
    return _key(window, key, modifiers)


def _reply_history(qtbot: QtBot, window: MainWindow) -> Callable[[], None]:
    for text in ("First version of the reply.", "Second version of the reply."):
        window.reply_editor.replace_all_undoably(text)
        window.context.autosaver.flush()
        qtbot.waitUntil(lambda: not window.context.autosaver.has_unsaved(), timeout=5000)
    return _ctrl(window, Qt.Key.Key_H)


def _dialogs(qtbot: QtBot, window: MainWindow, data_dir: Path) -> dict[str, Callable[[], object]]:
    ctrl = _ctrl
    templates = window.features.find(TemplatesFeature)
    data_folder = window.features.find(DataFolderFeature)
    backup = data_dir.parent / "backup.zip"
    write_backup(DataPaths(data_dir), backup)
    checklist_pane = window.features.find(ReproductionPane)  # built on first use (lazy pane)
    library = templates.catalog.library
    sources = [s for s in getattr(library, "sources", []) if getattr(s, "writable", True)]

    def gate() -> None:
        window.reply_editor.replace_all_undoably(f"Your key {AWS_KEY_ID} is in the log.")
        ctrl(window, Qt.Key.Key_C, shift=True)()

    return {
        "settings": ctrl(window, Qt.Key.Key_Comma),
        "handover": ctrl(window, Qt.Key.Key_O, shift=True),
        "intake review": ctrl(window, Qt.Key.Key_V, shift=True),
        "template picker and form": ctrl(window, Qt.Key.Key_K),
        "new template": templates.new_template,
        "choose a template to edit": templates.choose_and_edit,
        "save template to": lambda: SaveTargetDialog(sources, "reply/en/x.md.j2", window).exec(),
        "checklist chooser": lambda: file_actions.start_from_template(checklist_pane),
        "send gate": gate,
        "reply history": _reply_history(qtbot, window),
        "restore from backup": lambda: data_folder.restore_from(backup),
        "about": data_folder.show_about,
        "grammar settings": window.features.find(GrammarFeature).edit_settings,
        "keyboard shortcuts": ctrl(window, Qt.Key.Key_Slash),
        "user guide": _key(window, Qt.Key.Key_F1, Qt.KeyboardModifier.NoModifier),
        "error report": lambda: show_error_dialog(window, "Traceback: a test error"),
        "quit with unsaved text": lambda: window.quit_guard._ask("the disk is full"),
    }


@pytest.mark.slow
@pytest.mark.parametrize("language", ["en", "zh_TW", "ja"])
def test_every_dialog_names_its_controls_and_closes_with_escape(
    qtbot: QtBot,
    make_main_window: Callable[..., Any],
    data_dir: Path,
    back_to_english: None,
    language: str,
) -> None:
    save_settings(Settings(language=language), data_dir / "settings.json")
    window = make_main_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)  # shortcuts reach the active window
    problems: list[str] = []
    for what, open_it in _dialogs(qtbot, window, data_dir).items():
        seen = walk_dialog(qtbot, open_it)
        if seen.unnamed:
            problems.append(f"{what} ({seen.dialog_class}): no name for {seen.unnamed}")
        if not seen.closed_by_escape:
            problems.append(f"{what} ({seen.dialog_class}): Escape did not close it")
        if not seen.names:
            problems.append(f"{what} ({seen.dialog_class}): no named control at all")
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    assert QApplication.activeModalWidget() is None
    assert not problems, "\n".join(problems)
