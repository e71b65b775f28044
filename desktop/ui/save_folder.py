"""Where save dialogs start: the folder the user last saved to, else the home folder.

Never the process's working folder (for an installed app that is wherever it was launched
from). The folder is remembered in the data folder's ``window.ini``, so it survives a restart.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

_KEY = "last_save_folder"
_state: dict[str, Path] = {}


def remember_in(data_dir: Path) -> None:
    """Keep the last folder in ``data_dir`` (called once the data folder is known)."""
    _state["file"] = data_dir / "window.ini"


def _settings() -> QSettings | None:
    file = _state.get("file")
    return QSettings(str(file), QSettings.Format.IniFormat) if file is not None else None


def start_folder() -> Path:
    """The folder to open a save (or open) dialog in."""
    settings = _settings()
    value = settings.value(_KEY) if settings is not None else None
    folder = Path(value) if isinstance(value, str) and value else None
    return folder if folder is not None and folder.is_dir() else Path.home()


def suggested(file_name: str) -> str:
    """``file_name`` in :func:`start_folder`, as the dialogs want it."""
    return str(start_folder() / file_name)


def remember(saved: Path) -> None:
    """The user saved (or opened) ``saved``: the next dialog starts in its folder."""
    settings = _settings()
    if settings is not None:
        settings.setValue(_KEY, str(saved.parent.resolve()))
        settings.sync()
