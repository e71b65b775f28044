"""Ctrl+= and Ctrl+- make the text of every editor in the window larger or smaller."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QPlainTextEdit, QTextEdit

MAX_STEPS = 12  # about double the normal size; as small as -4 steps
MIN_STEPS = -4


class EditorZoom(QObject):
    """Zooms the window's editors together, in steps of one point, and remembers the step."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.steps = 0

    def editors(self) -> list[QPlainTextEdit | QTextEdit]:
        """Every text editor in the window, including read-only previews."""
        found: list[QPlainTextEdit | QTextEdit] = []
        found += self.window.findChildren(QPlainTextEdit)
        found += self.window.findChildren(QTextEdit)
        return found

    def zoom(self, delta: int) -> None:
        """Change the zoom by ``delta`` steps (within the limits); 0 changes nothing."""
        target = max(MIN_STEPS, min(MAX_STEPS, self.steps + delta))
        self._apply(target - self.steps)

    def reset(self) -> None:
        """Back to the normal size."""
        self._apply(-self.steps)

    def _apply(self, change: int) -> None:
        if change == 0:
            return
        for editor in self.editors():
            if change > 0:
                editor.zoomIn(change)
            else:
                editor.zoomOut(-change)
        self.steps += change
        self.window.statusBar().showMessage(
            self.tr("Editor zoom: {percent}%").format(percent=100 + 10 * self.steps), 2000
        )


def install_zoom(window: QMainWindow, menu: QMenu) -> EditorZoom:
    """Add Zoom in / Zoom out / Normal size to ``menu`` with their shortcuts."""
    zoom = EditorZoom(window)
    entries = (
        (
            QCoreApplication.translate("EditorZoom", "Zoom &in"),
            ("Ctrl+=", "Ctrl++"),
            lambda: zoom.zoom(1),
        ),
        (QCoreApplication.translate("EditorZoom", "Zoom &out"), ("Ctrl+-",), lambda: zoom.zoom(-1)),
        (QCoreApplication.translate("EditorZoom", "&Normal size"), ("Ctrl+0",), zoom.reset),
    )
    for text, keys, slot in entries:
        action = QAction(text, window)
        action.setShortcuts([QKeySequence(key) for key in keys])
        action.triggered.connect(slot)
        window.addAction(action)
        menu.addAction(action)
    return zoom
