"""User settings: a declared, versioned schema saved as JSON in the data folder."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from desktop.core.atomic import write_text_atomically
from desktop.core.i18n import translate
from desktop.core.settings_check import SettingsFileError, apply_fields, read_settings_file

SETTINGS_VERSION = 1


def _setting(
    default: Any, title: str, description: str, choices: tuple[tuple[str, str], ...] = ()
) -> Any:
    factory = (lambda: list(default)) if isinstance(default, list) else (lambda: default)
    metadata = {"title": title, "description": description, "choices": choices}
    return field(default_factory=factory, metadata=metadata)


# Language names are written in their own language, as language menus do.
LANGUAGE_CHOICES: tuple[tuple[str, str], ...] = (
    ("", translate("Settings", "System language")),
    ("en", "English"),
    ("zh_TW", "繁體中文"),
    ("ja", "日本語"),
)
COLOR_SCHEME_CHOICES: tuple[tuple[str, str], ...] = (
    ("system", translate("Settings", "Follow the system")),
    ("light", translate("Settings", "Light")),
    ("dark", translate("Settings", "Dark")),
)


@dataclass
class Settings:
    """Every user setting, with a title and description for the Settings dialog."""

    engineer_name: str = _setting(
        "", translate("Settings", "Your name"), translate("Settings", "Used in reply signatures.")
    )
    team_name: str = _setting(
        "", translate("Settings", "Team name"), translate("Settings", "Used in reply signatures.")
    )
    team_template_folders: list[str] = _setting(
        [],
        translate("Settings", "Team template folders"),
        translate("Settings", "Folders (often git checkouts) with your team's templates."),
    )
    severity_definitions: str = _setting(
        "aws",
        translate("Settings", "Severity definitions"),
        translate("Settings", "Which provider's severity levels cases are assessed on."),
    )
    severity_plan: str = _setting(
        "",
        translate("Settings", "Support plan"),
        translate(
            "Settings",
            "The customers' usual support plan (e.g. Enterprise); "
            "empty for the definitions' default.",
        ),
    )
    queue_policy_file: str = _setting(
        "",
        translate("Settings", "Queue policy file"),
        translate(
            "Settings",
            "Your team's business hours and follow-up policy (YAML); empty for the bundled one.",
        ),
    )
    engineer_time_zone: str = _setting(
        "",
        translate("Settings", "Your time zone"),
        translate("Settings", "IANA name such as Europe/Dublin; empty for this computer's zone."),
    )
    handover_time_zone: str = _setting(
        "",
        translate("Settings", "Receiving team's time zone"),
        translate("Settings", "IANA name shown next to UTC in handover notes."),
    )
    languagetool_server_url: str = _setting(
        "",
        translate("Settings", "LanguageTool server"),
        translate("Settings", "URL of your team's LanguageTool server; empty to not use one."),
    )
    languagetool_folder: str = _setting(
        "",
        translate("Settings", "Local LanguageTool"),
        translate("Settings", "Folder of a LanguageTool download, started with Java 17+."),
    )
    languagetool_mirror_url: str = _setting(
        "",
        translate("Settings", "LanguageTool download mirror"),
        translate("Settings", "Where the one-time LanguageTool download comes from."),
    )
    languagetool_memory: str = _setting(
        "1g",
        translate("Settings", "LanguageTool memory cap"),
        translate("Settings", "Java memory for the local LanguageTool, e.g. 512m or 1g."),
    )
    internal_domains: list[str] = _setting(
        [],
        translate("Settings", "Internal domains"),
        translate("Settings", "Host names that must not appear in customer replies."),
    )
    extra_secret_rules: list[str] = _setting(
        [],
        translate("Settings", "Extra secret rules"),
        translate(
            "Settings",
            "Rule files in gitleaks' format, such as your security team's .gitleaks.toml, one "
            "path a line; a team folder's gate/rules.toml is read as well.",
        ),
    )
    autosave_delay_ms: int = _setting(
        1000,
        translate("Settings", "Autosave delay"),
        translate("Settings", "Milliseconds after the last keystroke before a draft is saved."),
    )
    language: str = _setting(
        "",
        translate("Settings", "Language"),
        translate("Settings", "The language of menus and messages; used from the next start."),
        LANGUAGE_CHOICES,
    )
    color_scheme: str = _setting(
        "system",
        translate("Settings", "Appearance"),
        translate("Settings", "Light or dark; by default as the system is set."),
        COLOR_SCHEME_CHOICES,
    )


def describe() -> list[tuple[str, str, str]]:
    """Return (name, title, description) for every setting, in declaration order."""
    return [(f.name, f.metadata["title"], f.metadata["description"]) for f in fields(Settings)]


def choices(name: str) -> tuple[tuple[str, str], ...]:
    """The (value, label) pairs a setting is limited to; empty when it takes any value."""
    return next((tuple(f.metadata["choices"]) for f in fields(Settings) if f.name == name), ())


class SettingsError(ValueError):
    """The settings file could not be read; defaults are used and the message says why."""


def load_settings(path: Path) -> Settings:
    """Read settings from ``path``; a missing file gives defaults, any bad value raises."""
    settings, problems = load_settings_checked(path)
    if problems:
        raise SettingsError("; ".join(problems))
    return settings


def load_settings_checked(path: Path) -> tuple[Settings, list[str]]:
    """Read settings from ``path`` field by field: a bad value falls back to its default and
    adds a message naming the field; a file that cannot be read at all gives defaults."""
    settings = Settings()
    if not path.exists():
        return settings, []
    try:
        data = read_settings_file(path, SETTINGS_VERSION)
    except SettingsFileError as error:
        return settings, [str(error)]
    return settings, apply_fields(settings, data, path)


def save_settings(settings: Settings, path: Path) -> None:
    """Write settings atomically (a crash never leaves a half-written file)."""
    data = {"version": SETTINGS_VERSION}
    data.update({f.name: getattr(settings, f.name) for f in fields(Settings)})
    path.parent.mkdir(parents=True, exist_ok=True)
    write_text_atomically(path, json.dumps(data, indent=2, ensure_ascii=False))
