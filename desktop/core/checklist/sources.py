"""Where checklist templates come from: bundled, team folders' ``checklists/``, personal.

A team template folder (Settings → Team template folders) is usually a git checkout shared by a
team; its reply templates sit at its root and its checklist templates in its ``checklists/``
subfolder. As for reply templates, the personal folder wins over team folders, and the first
team folder listed wins over later ones.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

TEAM_SUBFOLDER = "checklists"


def checklist_folders(team_folders: Sequence[str | Path], personal: Path) -> list[Path]:
    """Folders for :func:`load_checklist_library`, lowest precedence first (bundled excluded)."""
    team = [Path(folder) / TEAM_SUBFOLDER for folder in team_folders if str(folder).strip()]
    return [*reversed(team), Path(personal)]
