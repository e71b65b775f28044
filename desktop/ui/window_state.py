"""Remembers the window's size, position and column widths in the data folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter

_FILE = "window.ini"


def _settings(data_dir: Path) -> QSettings:
    return QSettings(str(data_dir / _FILE), QSettings.Format.IniFormat)


def restore_geometry(window: QMainWindow, data_dir: Path) -> bool:
    """Put back the window's size and position (before it is shown)."""
    geometry = _settings(data_dir).value("geometry")
    return isinstance(geometry, QByteArray) and bool(window.restoreGeometry(geometry))


def restore_columns(splitter: QSplitter, data_dir: Path) -> bool:
    """Put back the column widths (once the window has its size, i.e. when first shown)."""
    columns = _settings(data_dir).value("columns")
    return isinstance(columns, QByteArray) and bool(splitter.restoreState(columns))


def save_window_state(window: QMainWindow, splitter: QSplitter, data_dir: Path) -> None:
    """Keep the window's geometry and the column widths for the next start."""
    settings = _settings(data_dir)
    settings.setValue("geometry", window.saveGeometry())
    settings.setValue("columns", splitter.saveState())
    settings.sync()
