"""Helpers for walking a support engineer's day in the real main window."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


def activate(qtbot: QtBot, window: Any) -> None:
    """Make ``window`` the active window (shortcuts only reach the active window)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)


def focus(qtbot: QtBot, widget: QWidget) -> None:
    """Give ``widget`` the keyboard focus and wait until it has it."""
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=3000)


def new_case(qtbot: QtBot, window: Any) -> int:
    """Press Ctrl+N in the active window and wait until the new case is open; return its key."""
    activate(qtbot, window)
    before = window.current_key
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: window.current_key not in (None, before), timeout=5000)
    key: int = window.current_key
    return key


def type_into(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Focus ``widget`` and type ``text`` key by key."""
    focus(qtbot, widget)
    qtbot.keyClicks(widget, text)
