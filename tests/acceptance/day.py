"""The engineer's hands for the acceptance test: keys, IME input, menus and modal panels."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QInputMethodEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QComboBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow
from desktop.ui.send_gate.dialog import GateDialog
from tests.ui.casework_support import CTRL, SHIFT, focus, when_modal

SHOTS = os.environ.get("CASEWRIGHT_ACCEPTANCE_SHOTS", "")


def shot(window: MainWindow, name: str) -> None:
    """Keep a screenshot of the window when CASEWRIGHT_ACCEPTANCE_SHOTS names a folder."""
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        window.grab().save(str(Path(SHOTS) / f"{name}.png"))


def press(qtbot: QtBot, key: Qt.Key, modifiers: Qt.KeyboardModifier = CTRL) -> None:
    """A key chord sent where the keyboard focus is, as a user presses it."""
    qtbot.keyClick(QApplication.focusWidget(), key, modifiers)


def ime_type(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type ``text`` through the input method, as Chinese and Japanese are typed."""
    focus(qtbot, widget)
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type ``text`` key by key into ``widget`` (focused first)."""
    focus(qtbot, widget)
    qtbot.keyClicks(widget, text)


def pick(combo: QComboBox, value: str) -> None:
    """Choose the entry whose data is ``value``, as a click in the list does."""
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def to_end(editor: Any) -> None:
    """Put the cursor at the end of ``editor``."""
    editor.moveCursor(QTextCursor.MoveOperation.End)


def right_click_choose(qtbot: QtBot, editor: Any, mark: Any, choice: str) -> list[str]:
    """Right-click inside the underlined ``mark`` and choose ``choice``; return the menu."""
    cursor = QTextCursor(editor.document())
    cursor.setPosition(mark.start + 1)
    point: QPoint = editor.cursorRect(cursor).center()
    viewport = editor.viewport()
    seen: list[str] = []

    def choose() -> None:
        popup = QApplication.activePopupWidget()
        assert popup is not None, "no context menu opened"
        actions = popup.actions()
        seen.extend(action.text() for action in actions)
        chosen = next(action for action in actions if action.text() == choice)
        popup.close()
        chosen.trigger()

    QTimer.singleShot(0, choose)
    menu_event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, point, viewport.mapToGlobal(point)
    )
    QApplication.sendEvent(viewport, menu_event)
    return seen


def copy_reply(qtbot: QtBot, window: MainWindow) -> list[str]:
    """Ctrl+Shift+C in the reply; if the gate panel opens, record its findings and send anyway
    when only warnings are left (blocks fail the test). Returns the kinds the panel showed."""
    shown: list[str] = []

    def review(dialog: GateDialog) -> None:
        shown.extend(finding.kind for finding in dialog.findings)
        assert dialog.primary.isEnabled(), f"the gate blocks: {shown}"
        dialog.primary.click()

    ran = when_modal(GateDialog, review)
    focus(qtbot, window.reply_editor)
    press(qtbot, Qt.Key.Key_C, CTRL | SHIFT)
    if not ran:
        ran.append(False)  # the text went straight out: stop waiting for a panel
    return shown


def clipboard() -> tuple[str, str]:
    """The clipboard's plain text and HTML."""
    data = QApplication.clipboard().mimeData()
    return data.text(), data.html()


def modal(kind: type[QWidget], interact: Callable[[Any], None]) -> list[bool]:
    """Act on the next modal ``kind`` panel (see tests/ui/casework_support.when_modal)."""
    return when_modal(kind, interact)


def type_lines(qtbot: QtBot, editor: QWidget, text: str) -> None:
    """Type ``text`` key by key, pressing Enter for each line break (QTest cannot send "\\n")."""
    for number, line in enumerate(text.split("\n")):
        if number:
            qtbot.keyClick(editor, Qt.Key.Key_Return)
        if line:
            qtbot.keyClicks(editor, line)
