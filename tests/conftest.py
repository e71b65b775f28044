"""Test-wide fixtures: headless Qt, and no test ever touches the real user's folders."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# GUI tests run headless by default; set before any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO_ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _isolated_user_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point HOME, XDG folders and Casewright's data folder at a per-test temporary folder."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    for var, sub in (
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_STATE_HOME", ".local/state"),
    ):
        monkeypatch.setenv(var, str(home / sub))
    data_dir = tmp_path / "casewright-data"
    monkeypatch.setenv("CASEWRIGHT_DATA_DIR", str(data_dir))
    return data_dir


@pytest.fixture
def data_dir(_isolated_user_folders: Path) -> Path:
    """The per-test Casewright data folder (not yet created)."""
    return _isolated_user_folders
