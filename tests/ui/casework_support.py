"""Helpers for walking a support engineer's day in the real main window."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


def focused() -> QWidget:
    """The widget with the keyboard focus; the test fails plainly when none has it."""
    widget = QApplication.focusWidget()
    assert widget is not None, "no widget has the keyboard focus"
    return widget


def show_tab_of(window: MainWindow, pane: QWidget) -> None:
    """Bring the side tab holding ``pane`` to the front, as a click on it does (a pane built
    when its tab is first shown sits inside the tab's page)."""
    tabs = window.side_tabs
    for index in range(tabs.count()):
        page = tabs.widget(index)
        if page is not None and (page is pane or page.isAncestorOf(pane)):
            tabs.setCurrentIndex(index)
            return
    raise AssertionError(f"no side tab holds {pane!r}")


def activate(qtbot: QtBot, window: QWidget) -> None:
    """Make ``window`` the active window (shortcuts only reach the active window)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)


def focus(qtbot: QtBot, widget: QWidget) -> None:
    """Give ``widget`` the keyboard focus (activating its window) and wait until it has it."""
    window = widget.window()
    if not window.isActiveWindow():
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=3000)


def new_case(qtbot: QtBot, window: MainWindow) -> int:
    """Press Ctrl+N in the active window and wait until the new case is open; return its key."""
    activate(qtbot, window)
    before = window.current_key
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: window.current_key not in (None, before), timeout=5000)
    key = window.current_key
    assert key is not None
    return key


def type_into(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Focus ``widget`` and type ``text`` key by key."""
    focus(qtbot, widget)
    qtbot.keyClicks(widget, text)


def when_modal(
    kind: type[QWidget], interact: Callable[[Any], object], attempts: int = 250
) -> list[bool]:
    """Run ``interact(dialog)`` once a modal ``kind`` shows (the test then goes on with what
    opened it); the dialog is rejected if ``interact`` left it open. The list holds True once
    ``interact`` ran; append False to it to stop waiting (so no later test's dialog is met)."""
    ran: list[bool] = []

    def poll(left: int) -> None:
        if ran:
            return
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible():
            try:
                interact(dialog)
            finally:
                ran.append(True)
                if dialog.isVisible() and hasattr(dialog, "reject"):
                    dialog.reject()
        elif left > 0:
            QTimer.singleShot(20, lambda: poll(left - 1))

    QTimer.singleShot(0, lambda: poll(attempts))
    return ran
