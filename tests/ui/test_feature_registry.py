"""Features meet through the typed registry; one that fails to install is contained, and
without the pre-send gate nothing leaves the app."""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from desktop.core.paths import DataPaths
from desktop.ui.app import build_main_window, finish_start_up
from desktop.ui.escalation.pane import EscalationPane
from desktop.ui.features import FEATURE_MODULES, Feature, install_order, load_features
from desktop.ui.main_window import MainWindow
from desktop.ui.providers import CHECKLIST_SOURCE, GATE, SEVERITY, TEMPLATE_LIBRARY
from desktop.ui.registry import Absent, Key, Registry
from tests.conftest import REPO_ROOT


def _feature(
    name: str, provides: tuple[Key[Any], ...] = (), uses: tuple[Key[Any], ...] = ()
) -> Feature:
    return Feature(name, lambda _context: None, provides=provides, uses=uses)


A: Key[object] = Key("a")
B: Key[object] = Key("b")


def test_providers_install_before_their_users_and_others_keep_their_order() -> None:
    user = _feature("user", uses=(A,))
    plain = _feature("plain")
    provider = _feature("provider", provides=(A,))
    ordered = install_order([user, plain, provider])
    assert [f.name for f in ordered] == ["provider", "user", "plain"]
    # The real features: templates and the checklist come before the escalation that reads them.
    names = [f.name for f in install_order(load_features())]
    assert names.index("Templates") < names.index("Escalation") < names.index("Grammar")
    assert names.index("Reproduction") < names.index("Escalation")


def test_features_that_use_each_other_are_refused() -> None:
    first = _feature("first", provides=(A,), uses=(B,))
    second = _feature("second", provides=(B,), uses=(A,))
    with pytest.raises(ValueError, match="cycle"):
        install_order([first, second])


def test_an_absent_provider_says_why() -> None:
    registry = Registry()
    gate = registry.get(GATE)
    assert isinstance(gate, Absent) and "not part of this Casewright" in gate.message()
    registry.expect(GATE)
    starting = registry.get(GATE)
    assert isinstance(starting, Absent) and "still starting" in starting.message()
    registry.withdraw(GATE, "could not start (ValueError: bad).")
    failed = registry.get(GATE)
    assert isinstance(failed, Absent)
    assert failed.message() == "The pre-send gate could not start (ValueError: bad)."
    registry.provide(A, "x")
    with pytest.raises(ValueError, match="two features"):
        registry.provide(A, "y")


def _provided(window: MainWindow, key: Key[Any]) -> bool:
    return not isinstance(window.providers.get(key), Absent)


# Any: the settings are deliberately of the wrong type, as a hand-edited file may be.
def _window_with_settings(qtbot: QtBot, data_dir: Path, **bad: Any) -> MainWindow:
    """A window whose features install (as after the first paint) with ``bad`` settings."""
    window, messages = build_main_window(DataPaths(data_dir), with_features=False)
    assert window is not None, messages
    qtbot.addWidget(window)
    window.context.settings = replace(window.context.settings, **bad)
    window.show()
    finish_start_up(window)
    return window


def _close(window: MainWindow) -> None:
    window.close()
    window.context.close()


def test_a_feature_that_raises_is_reported_and_the_others_still_install(
    qtbot: QtBot, data_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # A team folder that is not text makes the template library raise while loading.
    with caplog.at_level(logging.ERROR):
        window = _window_with_settings(qtbot, data_dir, team_template_folders=[123])
    try:
        failed = [record.feature.name for record in window.features.failures()]
        # The gate reads team folders for their rules too: it fails closed (tested below).
        assert failed == ["Templates", "Pre-send gate", "Escalation"]
        message = window.statusBar().currentMessage()
        assert "Could not start: Templates, Pre-send gate, Escalation" in message
        assert "the Templates feature could not start" in caplog.text
        installed = [r.feature.name for r in window.features.records if not r.error]
        assert {"Reproduction", "Severity", "Grammar", "Queue"} <= set(installed)
        tabs = [window.side_tabs.tabText(i) for i in range(window.side_tabs.count())]
        assert "Templates" not in tabs and "Escalation (internal)" not in tabs  # none half-made
        assert {"Reproduction", "Severity", "Writing"} <= set(tabs)
        menus = [action.text() for action in window.menuBar().actions()]
        assert "&Templates" not in menus
        case_menu = [action.text() for action in window.case_menu.actions()]
        assert "Copy &escalation" not in case_menu
        assert "escalation" not in window.bindings
        assert _provided(window, CHECKLIST_SOURCE) and _provided(window, SEVERITY)
        library = window.providers.get(TEMPLATE_LIBRARY)
        assert isinstance(library, Absent) and "TypeError" in library.message()
    finally:
        _close(window)


def test_without_the_gate_copy_and_export_refuse(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A non-text internal domain: the gate cannot compile its rules, so it does not install.
    window = _window_with_settings(qtbot, data_dir, internal_domains=[5])
    asked: list[str] = []

    def ask_where(*_args: object) -> tuple[str, str]:
        asked.append("asked")
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask_where)
    try:
        assert [record.feature.name for record in window.features.failures()] == ["Pre-send gate"]
        QApplication.clipboard().setText("before")
        window.reply_editor.replace_all_undoably("key AKIAZ3MSJV4WWNKWW5FB is live")
        assert not window.copy_reply()
        assert QApplication.clipboard().text() == "before"
        message = window.statusBar().currentMessage()
        assert message.startswith("Copy reply refused: The pre-send gate could not start")
        assert window.export_reply() is None
        assert asked == []  # not even asked where to save
        assert window.statusBar().currentMessage().startswith("Export reply refused")
        # The escalation's Copy and Export ask the same gate (after their own questions).
        sources = window.features.find(EscalationPane).sources
        assert sources.approve_for_sending("key AKIAZ3MSJV4WWNKWW5FB", "Copy escalation") is None
        assert window.statusBar().currentMessage().startswith("Copy escalation refused")
    finally:
        _close(window)


def test_copy_while_the_gate_is_still_starting_refuses(qtbot: QtBot, data_dir: Path) -> None:
    window, _messages = build_main_window(DataPaths(data_dir), with_features=False)
    assert window is not None
    qtbot.addWidget(window)
    opened: list[int] = []
    window.case_opened.connect(opened.append)
    finish_start_up(window, one_per_turn=True)  # nothing installed until the loop turns
    QApplication.clipboard().setText("before")
    window.reply_editor.replace_all_undoably("anything")
    assert not window.copy_reply()
    assert "still starting" in window.statusBar().currentMessage()
    assert QApplication.clipboard().text() == "before"
    qtbot.waitUntil(lambda: _provided(window, GATE), timeout=10_000)
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)  # every feature is in
    assert len(window.features.records) == len(FEATURE_MODULES)
    _close(window)


def test_no_feature_reaches_into_the_window_untyped() -> None:
    """Features meet through desktop.ui.providers, never through attributes on the window."""
    offenders = []
    pattern = re.compile(r"type: ignore\[attr-defined\]|getattr\((self\.)?_?window\b")
    for path in sorted((REPO_ROOT / "desktop").rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if pattern.search(line):
                offenders.append(f"{path.relative_to(REPO_ROOT)}:{number}: {line.strip()}")
    assert offenders == []
