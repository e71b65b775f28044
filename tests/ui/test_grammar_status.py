"""The status bar says which grammar engine checks and why others do not, for each LT state.

LanguageTool here is a TEST DOUBLE (tests/lt_test_double.py) or the stand-in jar compiled from
tests/data/lt_stand_in, never the real LanguageTool.
"""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.paths import DataPaths
from desktop.core.settings import Settings, save_settings
from desktop.ui.grammar.feature import GrammarFeature
from desktop.ui.main_window import MainWindow
from tests.lt_stand_in import running_jvms
from tests.lt_test_double import LanguageToolTestDouble
from tests.ui.conftest import MakeWindow, WaitForMark


@pytest.fixture
def double() -> Iterator[LanguageToolTestDouble]:
    with LanguageToolTestDouble() as server:
        yield server


def _configure(data_dir: Path, **values: str) -> None:
    settings = Settings()
    for name, value in values.items():
        assert isinstance(getattr(settings, name), str), f"{name} is not a text setting"
        setattr(settings, name, value)
    save_settings(settings, DataPaths(data_dir).settings)


def _type_reply(window: MainWindow, text: str) -> None:
    window.reply_editor.selectAll()
    window.reply_editor.insertPlainText(text)


def _wait_status(qtbot: QtBot, window: MainWindow, expected: str, timeout: int = 20_000) -> None:
    qtbot.waitUntil(
        lambda: window.features.find(GrammarFeature).status_label.text() == expected,
        timeout=timeout,
    )


def test_without_languagetool_harper_checks_and_the_status_says_why(
    qtbot: QtBot, make_main_window: MakeWindow, wait_for_mark: WaitForMark
) -> None:
    window = make_main_window()
    expected = "Grammar: Harper (offline) - LanguageTool not configured"
    assert window.features.find(GrammarFeature).status_label.text() == expected
    assert window.features.find(GrammarFeature).status_label.toolTip().splitlines() == [
        "LanguageTool (local): LanguageTool not configured",
        "Harper (offline): checking",
        "basic checks (offline): checking",
    ]
    _type_reply(window, "We recieved teh logs.")
    assert wait_for_mark(window.features.find(GrammarFeature).reply, "teh").issue.engine == "harper"
    assert window.features.find(GrammarFeature).status_label.text() == expected


def test_reachable_languagetool_server_checks_first(
    qtbot: QtBot,
    make_main_window: MakeWindow,
    wait_for_mark: WaitForMark,
    data_dir: Path,
    double: LanguageToolTestDouble,
) -> None:
    _configure(data_dir, languagetool_server_url=double.url)
    window = make_main_window()
    _wait_status(qtbot, window, "Grammar: LanguageTool (server)")
    _type_reply(window, "Hello 🙂, we fixed teh bug.")
    mark = wait_for_mark(window.features.find(GrammarFeature).reply, "teh")
    assert (mark.issue.engine, mark.issue.rule_id) == ("languagetool", "MORFOLOGIK_RULE_EN_US")
    assert any(r.form.get("text") == "Hello 🙂, we fixed teh bug." for r in double.checks)


def test_unreachable_server_falls_back_to_harper_with_a_message(
    qtbot: QtBot,
    make_main_window: MakeWindow,
    wait_for_mark: WaitForMark,
    data_dir: Path,
) -> None:
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{sock.getsockname()[1]}"
    _configure(data_dir, languagetool_server_url=url)
    window = make_main_window()
    _wait_status(
        qtbot, window, f"Grammar: Harper (offline) - LanguageTool server unreachable ({url})"
    )
    _type_reply(window, "We fixed teh bug.")
    assert wait_for_mark(window.features.find(GrammarFeature).reply, "teh").issue.engine == "harper"


def test_local_languagetool_without_java_is_a_status_message(
    qtbot: QtBot,
    make_main_window: MakeWindow,
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = tmp_path / "LanguageTool"
    folder.mkdir()
    (folder / "languagetool-server.jar").write_bytes(b"not really a jar")
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    _configure(data_dir, languagetool_folder=str(folder))
    window = make_main_window()
    _wait_status(
        qtbot,
        window,
        "Grammar: Harper (offline) - Java not found: install Java 17 or newer,"
        " or use a LanguageTool server URL",
    )


def test_missing_local_folder_is_a_status_message(
    qtbot: QtBot, make_main_window: MakeWindow, data_dir: Path, tmp_path: Path
) -> None:
    _configure(data_dir, languagetool_folder=str(tmp_path / "nowhere"))
    window = make_main_window()
    _wait_status(
        qtbot,
        window,
        f"Grammar: Harper (offline) - LanguageTool folder not found: {tmp_path / 'nowhere'}",
    )


@pytest.mark.slow
def test_local_server_starts_after_show_and_stops_when_the_window_closes(
    qtbot: QtBot,
    make_main_window: MakeWindow,
    close_window: Callable[[Any], None],
    data_dir: Path,
    stand_in_folder: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("LT_STAND_IN_MODE", "normal")
    _configure(data_dir, languagetool_folder=str(stand_in_folder), languagetool_memory="64m")
    window = make_main_window(show=False)
    assert not running_jvms(stand_in_folder)  # nothing starts before the window is shown
    window.show()
    _wait_status(qtbot, window, "Grammar: LanguageTool (local)", timeout=60_000)
    assert len(running_jvms(stand_in_folder)) == 1
    close_window(window)
    assert not running_jvms(stand_in_folder)


@pytest.mark.slow
def test_a_crashed_local_server_falls_back_to_harper_with_a_message(
    qtbot: QtBot,
    make_main_window: MakeWindow,
    wait_for_mark: WaitForMark,
    data_dir: Path,
    stand_in_folder: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("LT_STAND_IN_MODE", "crash_after_ms=1500")
    _configure(data_dir, languagetool_folder=str(stand_in_folder), languagetool_memory="64m")
    window = make_main_window()
    _wait_status(qtbot, window, "Grammar: LanguageTool (local)", timeout=60_000)
    qtbot.waitUntil(
        lambda: (
            window.features.find(GrammarFeature)
            .status_label.text()
            .startswith("Grammar: Harper (offline) - LanguageTool stopped unexpectedly")
        ),
        timeout=60_000,
    )
    _type_reply(window, "We fixed teh bug.")
    assert wait_for_mark(window.features.find(GrammarFeature).reply, "teh").issue.engine == "harper"


def test_changing_the_server_in_grammar_settings_switches_engines(
    qtbot: QtBot,
    make_main_window: MakeWindow,
    data_dir: Path,
    double: LanguageToolTestDouble,
) -> None:
    from desktop.core.settings import load_settings
    from desktop.ui.grammar.settings_dialog import GrammarSettingsDialog

    window = make_main_window()
    feature = window.features.find(GrammarFeature)
    context = window.context
    dialog = GrammarSettingsDialog(
        context.settings, feature.service.preferences, data_dir / "lt", context.tasks, window
    )
    qtbot.addWidget(dialog)
    dialog.server_url.setText(double.url)
    feature.apply_settings(dialog)
    assert load_settings(DataPaths(data_dir).settings).languagetool_server_url == double.url
    _wait_status(qtbot, window, "Grammar: LanguageTool (server)")
