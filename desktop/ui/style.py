"""Loads the application style sheet from resources/styles."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from desktop.core.resources import ResourceError, read_bundled_text


def apply_style(app: QApplication) -> None:
    """Apply the bundled style sheet; a missing sheet leaves Qt's default look."""
    try:
        app.setStyleSheet(read_bundled_text("resources", "styles/casewright.qss"))
    except (ResourceError, OSError, UnicodeDecodeError):
        app.setStyleSheet("")
