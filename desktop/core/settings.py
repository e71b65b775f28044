"""User settings: a declared, versioned schema saved as JSON in the data folder."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from desktop.core.atomic import write_text_atomically

SETTINGS_VERSION = 1


def _setting(default: Any, title: str, description: str) -> Any:
    factory = (lambda: list(default)) if isinstance(default, list) else (lambda: default)
    return field(default_factory=factory, metadata={"title": title, "description": description})


@dataclass
class Settings:
    """Every user setting, with a title and description for the Settings dialog."""

    engineer_name: str = _setting("", "Your name", "Used in reply signatures.")
    team_name: str = _setting("", "Team name", "Used in reply signatures.")
    team_template_folders: list[str] = _setting(
        [], "Team template folders", "Folders (often git checkouts) with your team's templates."
    )
    severity_definitions: str = _setting(
        "aws", "Severity definitions", "Which provider's severity levels cases are assessed on."
    )
    severity_plan: str = _setting(
        "",
        "Support plan",
        "The customers' usual support plan (e.g. Enterprise); empty for the definitions' default.",
    )
    languagetool_server_url: str = _setting(
        "", "LanguageTool server", "URL of your team's LanguageTool server; empty to not use one."
    )
    languagetool_folder: str = _setting(
        "", "Local LanguageTool", "Folder of a LanguageTool download, started with Java 17+."
    )
    languagetool_mirror_url: str = _setting(
        "", "LanguageTool download mirror", "Where the one-time LanguageTool download comes from."
    )
    languagetool_memory: str = _setting(
        "1g", "LanguageTool memory cap", "Java memory for the local LanguageTool, e.g. 512m or 1g."
    )
    internal_domains: list[str] = _setting(
        [], "Internal domains", "Host names that must not appear in customer replies."
    )
    autosave_delay_ms: int = _setting(
        1000, "Autosave delay", "Milliseconds after the last keystroke before a draft is saved."
    )


def describe() -> list[tuple[str, str, str]]:
    """Return (name, title, description) for every setting, in declaration order."""
    return [(f.name, f.metadata["title"], f.metadata["description"]) for f in fields(Settings)]


class SettingsError(ValueError):
    """The settings file could not be read; defaults are used and the message says why."""


def load_settings(path: Path) -> Settings:
    """Read settings from ``path``; a missing file gives defaults, a bad one raises."""
    if not path.exists():
        return Settings()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise SettingsError(f"{path}: cannot read settings ({error})") from error
    if not isinstance(data, dict):
        raise SettingsError(f"{path}: settings must be a JSON object")
    if int(data.get("version", 1)) > SETTINGS_VERSION:
        raise SettingsError(f"{path}: written by a newer Casewright; using defaults")
    settings = Settings()
    for spec in fields(Settings):
        if spec.name in data:
            value = data[spec.name]
            expected = type(getattr(settings, spec.name))
            if not isinstance(value, expected) or isinstance(value, bool) != (expected is bool):
                raise SettingsError(f"{path}: {spec.name} must be a {expected.__name__}")
            setattr(settings, spec.name, value)
    return settings


def save_settings(settings: Settings, path: Path) -> None:
    """Write settings atomically (a crash never leaves a half-written file)."""
    data = {"version": SETTINGS_VERSION}
    data.update({f.name: getattr(settings, f.name) for f in fields(Settings)})
    path.parent.mkdir(parents=True, exist_ok=True)
    write_text_atomically(path, json.dumps(data, indent=2, ensure_ascii=False))
