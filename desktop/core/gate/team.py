"""What a team folder adds to the gate: ``gate/rules.toml`` and ``gate/internal-domains.txt``.

A team folder (Settings → Team template folders, often a git checkout) may carry a gitleaks-format
rule file, and a list of the team's internal domain suffixes, one a line (``#`` starts a comment).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

TEAM_RULES = Path("gate") / "rules.toml"
TEAM_INTERNAL_DOMAINS = Path("gate") / "internal-domains.txt"


def team_rule_files(team_folders: Iterable[str]) -> list[str]:
    """``gate/rules.toml`` of each team folder that has one."""
    found = []
    for folder in team_folders:
        candidate = Path(folder).expanduser() / TEAM_RULES
        if candidate.is_file():
            found.append(str(candidate))
    return found


def team_internal_domains(team_folders: Iterable[str]) -> list[str]:
    """Internal domain suffixes listed in the team folders (unreadable files are skipped)."""
    domains: list[str] = []
    for folder in team_folders:
        path = Path(folder).expanduser() / TEAM_INTERNAL_DOMAINS
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError):
            continue
        for line in lines:
            domain = line.split("#", 1)[0].strip().strip(".").lower()
            if domain:
                domains.append(domain)
    return domains
