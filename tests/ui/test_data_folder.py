"""The data folder in Settings and Help → About; File → Back up…, Restore…, Export/Import case."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.core.backup import PENDING, read_backup
from desktop.core.case import REPLY
from desktop.core.case_transfer import read_case_file
from desktop.ui.data_folder import DataFolderFeature
from desktop.ui.data_folder_widgets import AboutDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.settings_dialog import SettingsDialog
from tests.ui.conftest import CloseWindow, MakeWindow, StartWindow, current_key


class _OpenedUrls(QObject):
    """Stands in for the file manager: Qt hands it the URLs it would open."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


@pytest.fixture
def file_manager() -> Iterator[_OpenedUrls]:
    handler = _OpenedUrls()
    # The stub says bytes, but PySide6 refuses b"open" at run time and takes the str.
    QDesktopServices.setUrlHandler("file", handler, "open")  # type: ignore[arg-type]
    yield handler
    QDesktopServices.unsetUrlHandler("file")


def _menu_texts(window: MainWindow) -> list[str]:
    return [
        action.text().replace("&", "")
        for menu_action in window.menuBar().actions()
        if isinstance(menu := menu_action.menu(), QMenu)
        for action in menu.actions()
    ]


def test_settings_and_about_show_the_data_folder_and_open_it(
    make_main_window: MakeWindow, data_dir: Path, file_manager: _OpenedUrls, qtbot: QtBot
) -> None:
    window = make_main_window()
    settings = SettingsDialog(window.context.settings, window, window.context.paths.root)
    qtbot.addWidget(settings)
    assert settings.data_folder is not None
    assert settings.data_folder.path_label.text() == str(data_dir)
    settings.data_folder.open_button.click()
    assert [url.toLocalFile() for url in file_manager.urls] == [str(data_dir)]

    assert "About Casewright" in _menu_texts(window)
    about = AboutDialog(window.context.paths.root, window)
    qtbot.addWidget(about)
    assert about.data_folder.path_label.text() == str(data_dir)
    about.data_folder.open_button.click()
    assert len(file_manager.urls) == 2


def test_backup_includes_what_was_just_typed(
    make_main_window: MakeWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    window = make_main_window()
    assert {"Back up…", "Restore from backup…", "Export case…", "Import case…"} <= set(
        _menu_texts(window)
    )
    window.reply_editor.setPlainText("Typed a second before the backup")
    target = tmp_path / "today.casewright-backup"
    window.features.find(DataFolderFeature).write_backup(target)
    qtbot.waitUntil(lambda: target.exists(), timeout=10_000)
    assert read_backup(target).cases >= 1
    qtbot.waitUntil(lambda: "Backed up" in window.statusBar().currentMessage())

    from desktop.core.backup import apply_pending_restore, request_restore
    from desktop.core.paths import DataPaths
    from desktop.core.store import Store

    elsewhere = DataPaths(tmp_path / "other-laptop").ensure()
    request_restore(elsewhere, target)
    apply_pending_restore(elsewhere)
    store = Store(elsewhere.database)
    texts = [store.load_document(case.key, REPLY) for case in store.list_cases()]
    store.close()
    assert "Typed a second before the backup" in texts


def test_restore_asks_first_and_cancel_changes_nothing(
    make_main_window: MakeWindow, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_main_window()
    backup = tmp_path / "b.casewright-backup"
    window.features.find(DataFolderFeature).write_backup(backup)
    qtbot.waitUntil(lambda: backup.exists(), timeout=10_000)
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", answer)
    assert window.features.find(DataFolderFeature).restore_from(backup) is False
    assert "not deleted" in asked[0]
    assert not (window.context.paths.root / PENDING).exists()
    assert window.isVisible()


def test_restore_restarts_into_the_backup_with_the_old_store_set_aside(
    start_main_window: StartWindow, tmp_path: Path, qtbot: QtBot, close_window: CloseWindow
) -> None:
    window, _ = start_main_window()
    key = current_key(window)
    window.reply_editor.setPlainText("The text in the backup")
    backup = tmp_path / "b.casewright-backup"
    window.features.find(DataFolderFeature).write_backup(backup)
    qtbot.waitUntil(lambda: backup.exists(), timeout=10_000)
    window.reply_editor.setPlainText("Written after the backup")

    assert window.features.find(DataFolderFeature).restore_from(backup, confirm=False)
    assert window.property("restart_requested") is True
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)  # once the save landed
    close_window(window)  # as run_gui does: the store is closed before the restart

    restarted, messages = start_main_window()
    assert any("Restored the backup" in m for m in messages)
    assert restarted.context.store.load_document(key, REPLY) == "The text in the backup"
    [aside] = restarted.context.paths.root.glob("before-restore-*")
    from desktop.core.store import Store

    old = Store(aside / "casewright.db")
    assert old.load_document(key, REPLY) == "Written after the backup"
    old.close()


def test_export_then_import_a_case_opens_the_copy(
    make_main_window: MakeWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    window = make_main_window()
    key = current_key(window)
    window.reply_editor.setPlainText("Reply to hand over")
    exported = tmp_path / "handover.casewright-case"
    window.features.find(DataFolderFeature).export_to(key, exported)
    qtbot.waitUntil(lambda: exported.exists(), timeout=10_000)
    assert read_case_file(exported)["tables"]["documents"]
    before = window.context.store.count_cases()

    window.features.find(DataFolderFeature).import_from(exported)
    qtbot.waitUntil(lambda: window.context.store.count_cases() == before + 1, timeout=10_000)
    qtbot.waitUntil(lambda: window.current_key not in (None, key))
    assert window.reply_editor.toPlainText() == "Reply to hand over"
    assert "both are kept" in window.statusBar().currentMessage()


def test_importing_a_file_that_is_not_a_case_says_why(
    make_main_window: MakeWindow, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_main_window()
    before = window.context.store.count_cases()
    bogus = tmp_path / "notes.casewright-case"
    bogus.write_text("hello")
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    window.features.find(DataFolderFeature).import_from(bogus)
    qtbot.waitUntil(lambda: bool(warnings), timeout=10_000)
    assert "not a readable case file" in warnings[0]
    assert window.context.store.count_cases() == before


@pytest.mark.slow
def test_restart_starts_casewright_again_with_the_same_options(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys
    import time

    data = tmp_path / "restarted-data"
    # A real process restarts itself as after File → Restore…: the new one must get the same
    # --data-dir (here with --exit-after-startup, so it paints once and exits).
    script = (
        "import sys; sys.argv = ['casewright', '--data-dir', sys.argv[1], '--exit-after-startup'];"
        "from desktop.ui.data_folder import restart_casewright;"
        "sys.exit(0 if restart_casewright() else 1)"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    started = subprocess.run(
        [sys.executable, "-c", script, str(data)], env=env, capture_output=True, text=True,
        timeout=60,
    )  # fmt: skip
    assert started.returncode == 0, started.stderr
    deadline = time.monotonic() + 60
    while not (data / "casewright.db").exists() and time.monotonic() < deadline:
        time.sleep(0.2)
    assert (data / "casewright.db").exists()
