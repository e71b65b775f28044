"""Helpers for the Reproduction tab tests: open the tab and wait for autosave."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.core.checklist import Checklist, Step
from desktop.ui.main_window import MainWindow
from desktop.ui.reproduction.pane import ReproductionPane
from tests.ui.casework_support import show_tab_of


def open_pane(qtbot: QtBot, window: MainWindow) -> Any:
    """Show the Reproduction tab of ``window`` and return the pane."""
    pane = window.features.find(ReproductionPane)
    show_tab_of(window, pane)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return pane


def focus(qtbot: QtBot, widget: QWidget) -> None:
    """Give ``widget`` the keyboard focus and wait until it has it."""
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def wait_saved(qtbot: QtBot, window: MainWindow) -> None:
    """Wait until autosave has written everything."""
    window.context.autosaver.flush()
    qtbot.waitUntil(lambda: not window.context.autosaver.has_unsaved(), timeout=5000)


def actions(pane: Any) -> list[str]:
    """The steps' actions, in order."""
    return [step.action for step in pane.checklist().steps]


def three_steps() -> Checklist:
    """A small checklist: steps one, two, three."""
    return Checklist(
        title="Three steps",
        steps=(
            Step("one", "ok 1"),
            Step("two", "ok 2"),
            Step("three", "ok 3"),
        ),
    )
