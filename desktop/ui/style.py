"""Loads the application style sheet from resources/styles, in the chosen colour scheme."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from desktop.ui.theme import apply_theme


def apply_style(app: QApplication, color_scheme: str = "system") -> str:
    """Apply the bundled style sheet and palette; a missing sheet leaves Qt's default look."""
    return apply_theme(app, color_scheme)
