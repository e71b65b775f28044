"""The Grammar settings dialog: dictionary and ignored rules, and the LanguageTool download
(tested against a local HTTP server only)."""

from __future__ import annotations

import io
import json
import threading
import zipfile
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

from desktop.core.paths import DataPaths
from desktop.core.settings import Settings, load_settings, save_settings
from desktop.ui.grammar.feature import GrammarFeature
from desktop.ui.grammar.settings_dialog import GrammarSettingsDialog
from desktop.ui.main_window import MainWindow
from tests.ui.conftest import MakeWindow, WaitForMark


def _zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as bundle:
        bundle.writestr("LanguageTool-6.6/languagetool-server.jar", b"jar bytes" * 100_000)
    return buffer.getvalue()


class _Mirror:
    """A local HTTP server serving one zip; with ``hold`` it pauses after the first 300 kB."""

    def __init__(self) -> None:
        self.body = _zip()
        self.hold = threading.Event()
        self.holding = False
        mirror = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: object) -> None:
                """Quiet."""

            def do_GET(self) -> None:
                self.send_response(200)
                self.send_header("Content-Length", str(len(mirror.body)))
                self.end_headers()
                if mirror.holding:
                    self.wfile.write(mirror.body[:300_000])
                    self.wfile.flush()
                    mirror.hold.wait(10)
                    self.wfile.write(mirror.body[300_000:])
                else:
                    self.wfile.write(mirror.body)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/LanguageTool-stable.zip"


@pytest.fixture
def mirror() -> Iterator[_Mirror]:
    served = _Mirror()
    thread = threading.Thread(target=served.server.serve_forever, daemon=True)
    thread.start()
    yield served
    served.hold.set()
    served.server.shutdown()
    served.server.server_close()


def _dialog(qtbot: QtBot, window: MainWindow) -> GrammarSettingsDialog:
    context = window.context
    dialog = GrammarSettingsDialog(
        context.settings,
        window.features.find(GrammarFeature).service.preferences,
        context.paths.languagetool,
        context.tasks,
        window,
    )
    qtbot.addWidget(dialog)
    return dialog


def test_dictionary_and_ignored_rules_are_edited_in_the_dialog(
    qtbot: QtBot,
    make_main_window: MakeWindow,
    wait_for_mark: WaitForMark,
    data_dir: Path,
) -> None:
    window = make_main_window()
    checker = window.features.find(GrammarFeature).reply
    window.reply_editor.selectAll()
    window.reply_editor.insertPlainText("Run the zorbulon tool. This is a error.")
    wait_for_mark(checker, "zorbulon")
    rule = wait_for_mark(checker, "a").issue.rule_id

    dialog = _dialog(qtbot, window)
    dialog.words.setPlainText("zorbulon\n  \nkubectl-foo")
    dialog.rules.setPlainText(rule)
    window.features.find(GrammarFeature).apply_settings(dialog)
    assert checker.underliner.marks == []
    saved = json.loads((data_dir / "grammar-preferences.json").read_text(encoding="utf-8"))
    assert saved["words"] == ["kubectl-foo", "zorbulon"]
    assert saved["ignored_rules"] == [rule]

    again = _dialog(qtbot, window)
    assert again.words.toPlainText() == "kubectl-foo\nzorbulon"
    again.words.setPlainText("")  # taking a word out brings its underline back
    window.features.find(GrammarFeature).apply_settings(again)
    assert wait_for_mark(checker, "zorbulon").issue.category.value == "spelling"


def test_passive_voice_is_off_until_ticked_in_the_dialog(
    qtbot: QtBot,
    make_main_window: MakeWindow,
    wait_for_mark: WaitForMark,
    data_dir: Path,
) -> None:
    window = make_main_window()
    checker = window.features.find(GrammarFeature).reply
    window.reply_editor.selectAll()
    window.reply_editor.insertPlainText("The bucket was deleted by a rule. Run the zorbulon tool.")
    wait_for_mark(checker, "zorbulon")
    assert [m.text for m in checker.underliner.marks] == ["zorbulon"]

    dialog = _dialog(qtbot, window)
    assert not dialog.passive_voice.isChecked()
    dialog.passive_voice.setChecked(True)
    window.features.find(GrammarFeature).apply_settings(dialog)
    assert wait_for_mark(checker, "was deleted").issue.rule_id == "casewright.passive-voice"
    saved = json.loads((data_dir / "grammar-preferences.json").read_text(encoding="utf-8"))
    assert saved["enabled_rules"] == ["casewright.passive-voice"]
    assert _dialog(qtbot, window).passive_voice.isChecked()


def test_download_from_the_mirror_fills_in_the_local_folder(
    qtbot: QtBot, make_main_window: MakeWindow, data_dir: Path, mirror: _Mirror
) -> None:
    save_settings(Settings(languagetool_mirror_url=mirror.url), DataPaths(data_dir).settings)
    window = make_main_window()
    dialog = _dialog(qtbot, window)
    assert dialog.download_url() == mirror.url
    dialog.show()
    qtbot.mouseClick(dialog.download_button, Qt.MouseButton.LeftButton)
    assert dialog.download is not None
    with qtbot.waitSignal(dialog.download.finished, timeout=20_000):
        pass
    folder = DataPaths(data_dir).languagetool
    assert dialog.folder.text() == str(folder)
    assert (folder / "languagetool-server.jar").is_file()
    assert "Save to start using it" in dialog.download_status.text()
    window.features.find(GrammarFeature).apply_settings(dialog)
    assert load_settings(DataPaths(data_dir).settings).languagetool_folder == str(folder)


def test_cancelling_the_download_leaves_nothing_behind(
    qtbot: QtBot, make_main_window: MakeWindow, data_dir: Path, mirror: _Mirror
) -> None:
    mirror.holding = True
    save_settings(Settings(languagetool_mirror_url=mirror.url), DataPaths(data_dir).settings)
    window = make_main_window()
    dialog = _dialog(qtbot, window)
    dialog.show()
    dialog.start_download()
    progress = dialog.findChild(QProgressDialog)
    assert progress is not None and progress.isVisible()
    qtbot.waitUntil(lambda: progress.value() > 0, timeout=20_000)
    cancel = next(b for b in progress.findChildren(QPushButton) if b.text() == "Cancel")
    assert dialog.download is not None
    with qtbot.waitSignal(dialog.download.failed, timeout=20_000) as failed:
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
        mirror.hold.set()
    assert failed.args == ["Download cancelled"]
    assert dialog.download_status.text() == "Download cancelled"
    assert not DataPaths(data_dir).languagetool.exists()
    assert dialog.download_button.isEnabled()
