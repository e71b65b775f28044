"""Where Casewright keeps its data: the platform's data folder unless told otherwise."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "Casewright"
DATA_DIR_ENV = "CASEWRIGHT_DATA_DIR"


@dataclass(frozen=True)
class DataPaths:
    """The files and folders under one data folder."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / "casewright.db"

    @property
    def settings(self) -> Path:
        return self.root / "settings.json"

    @property
    def personal_templates(self) -> Path:
        return self.root / "templates"

    @property
    def personal_checklists(self) -> Path:
        return self.root / "checklists"

    @property
    def grammar_preferences(self) -> Path:
        """The personal dictionary and ignored grammar rules (JSON)."""
        return self.root / "grammar-preferences.json"

    @property
    def languagetool(self) -> Path:
        """Where the one-time LanguageTool download is unpacked."""
        return self.root / "languagetool"

    @property
    def pending_restore(self) -> Path:
        """The backup File → Restore… left for the next start (desktop/core/backup.py)."""
        return self.root / "restore-pending.casewright-backup"

    def ensure(self) -> DataPaths:
        """Create the data folder if needed and return self."""
        self.root.mkdir(parents=True, exist_ok=True)
        return self


def default_data_dir() -> Path:
    """The data folder: ``$CASEWRIGHT_DATA_DIR`` if set, else the platform's user data folder."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def data_paths(data_dir: Path | None = None) -> DataPaths:
    """Return the data paths for ``data_dir``, or for the default folder."""
    return DataPaths(Path(data_dir) if data_dir is not None else default_data_dir())
