"""Opens a dialog the way the app does and inspects it while it is on screen, then closes it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.accessibility import accessible_name
from tests.ui.long_line_support import unguarded_text_fields


@dataclass
class Seen:
    """What the walk found in one dialog."""

    dialog_class: str = ""
    title: str = ""
    unnamed: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    closed_by_escape: bool = False
    unguarded: list[str] = field(default_factory=list)  # text fields without the long-line guard


def _open_dialogs() -> list[QDialog]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QDialog) and w.isVisible() and not isinstance(w, QFileDialog)
    ]


def unnamed_controls(root: QWidget) -> tuple[list[str], list[str]]:
    """(controls a screen reader could not name, the names of the others) under ``root``."""
    unnamed: list[str] = []
    names: list[str] = []
    for widget in root.findChildren(QWidget):
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QLabel) and not widget.text():
            continue  # an empty selectable label has nothing to say yet
        name = accessible_name(widget)
        if name:
            names.append(name)
            continue
        owner = widget.parentWidget()
        where = f" in {type(owner).__name__} {owner.objectName()!r}" if owner else ""
        unnamed.append(f"{type(widget).__name__} {widget.objectName()!r}{where}")
    return unnamed, names


def walk_dialog(qtbot: QtBot, open_it: Callable[[], object], timeout: int = 8000) -> Seen:
    """Run ``open_it`` (it may block in ``exec``), inspect the new dialog, press Escape on it."""
    before = {id(d) for d in _open_dialogs()}
    seen = Seen()
    done: list[bool] = []

    def poll(left: int) -> None:
        new = [d for d in _open_dialogs() if id(d) not in before]
        if not new:
            if left > 0:
                QTimer.singleShot(20, lambda: poll(left - 1))
            else:
                done.append(False)
            return
        dialog = QApplication.activeModalWidget() or new[-1]
        if not isinstance(dialog, QDialog) or id(dialog) in before:
            dialog = new[-1]
        QApplication.processEvents()
        seen.dialog_class = type(dialog).__name__
        seen.title = dialog.windowTitle()
        seen.unnamed, seen.names = unnamed_controls(dialog)
        seen.unguarded = unguarded_text_fields(dialog)
        target = QApplication.focusWidget() or dialog
        if target.window() is not dialog:
            target = dialog
        QTest.keyClick(target, Qt.Key.Key_Escape)
        seen.closed_by_escape = not dialog.isVisible()
        if dialog.isVisible():
            dialog.reject()
        done.append(True)

    QTimer.singleShot(0, lambda: poll(timeout // 20))
    open_it()
    qtbot.waitUntil(lambda: bool(done), timeout=timeout + 2000)
    assert done == [True], "no dialog opened"
    return seen
