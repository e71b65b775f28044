"""Puts text on the clipboard as plain text and HTML, and lets go of it safely at quit.

A ``QMimeData`` made from Python calls back into Python when Qt deletes it; if the clipboard
still holds it when the process exits, that happens after Python has shut down and the process
crashes. At quit the clipboard's text is therefore handed to a copy that Qt makes itself.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData
from PySide6.QtWidgets import QApplication

_ours: list[QMimeData] = []


def copy_rich(plain: str, html: str) -> None:
    """Put ``plain`` and ``html`` on the clipboard together (web consoles keep lists, code)."""
    data = QMimeData()
    data.setText(plain)
    data.setHtml(html)
    _ours.clear()
    _ours.append(data)
    QApplication.clipboard().setMimeData(data)


def release_clipboard() -> None:
    """If the clipboard holds our data, replace it with Qt's own plain-text copy."""
    clipboard = QApplication.clipboard()
    if _ours and clipboard.mimeData() is _ours[0]:
        clipboard.setText(clipboard.text())
    _ours.clear()
