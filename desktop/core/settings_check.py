"""Checks a settings file field by field: a wrong value falls back to its default, with a
message naming the field, and never takes the other settings (or start-up) down with it."""

from __future__ import annotations

import json
from dataclasses import fields
from pathlib import Path
from typing import Any

MAX_TEXT = 4096  # a path or a URL; anything longer is not a setting but a pasted accident
MAX_ITEMS = 500
# Numbers outside these bounds crash Qt timers (above 2**31 ms) or make autosave pointless.
NUMBER_RANGES: dict[str, tuple[int, int]] = {"autosave_delay_ms": (100, 60_000)}


class SettingsFileError(ValueError):
    """The file as a whole cannot be used (not JSON, not an object, from a newer version)."""


def read_settings_file(path: Path, newest_version: int) -> dict[str, Any]:
    """The JSON object in ``path``; raise ``SettingsFileError`` saying why it cannot be used."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError) as error:
        # ValueError covers bad JSON and integers longer than Python converts (4,300 digits)
        reason = "nested too deeply" if isinstance(error, RecursionError) else str(error)
        raise SettingsFileError(f"{path}: cannot read settings ({reason})") from error
    if not isinstance(data, dict):
        raise SettingsFileError(f"{path}: settings must be a JSON object")
    version = data.get("version", 1)
    if not isinstance(version, int) or isinstance(version, bool):
        version = 1  # "abc", null, 1e400: not a version we wrote; read the fields anyway
    if version > newest_version:
        raise SettingsFileError(f"{path}: written by a newer Casewright; using defaults")
    return data


def apply_fields(settings: Any, data: dict[str, Any], path: Path) -> list[str]:
    """Copy each valid field of ``data`` into ``settings``; return one message per bad field."""
    problems: list[str] = []
    for spec in fields(settings):
        if spec.name not in data:
            continue
        default = getattr(settings, spec.name)
        allowed = [choice for choice, _label in spec.metadata.get("choices", ())]
        problem = _problem(spec.name, data[spec.name], default, allowed)
        if problem:
            problems.append(f"{path.name}: {problem}; the default ({default!r}) is used")
        else:
            setattr(settings, spec.name, data[spec.name])
    return problems


def _problem(name: str, value: Any, default: Any, allowed: list[str]) -> str:
    if isinstance(default, bool):
        return "" if isinstance(value, bool) else f"{name} must be true or false"
    if isinstance(default, int):
        low, high = NUMBER_RANGES.get(name, (-(2**31), 2**31 - 1))
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            return f"{name} must be a whole number from {low} to {high}"
        return ""
    if isinstance(default, str):
        if not isinstance(value, str) or len(value) > MAX_TEXT:
            return f"{name} must be text of at most {MAX_TEXT} characters"
        if allowed and value not in allowed:
            return f"{name} must be one of {allowed}"
        return ""
    if isinstance(default, list):
        if not isinstance(value, list) or len(value) > MAX_ITEMS:
            return f"{name} must be a list of at most {MAX_ITEMS} texts"
        if not all(isinstance(item, str) and len(item) <= MAX_TEXT for item in value):
            return f"{name} must list texts only"
        return ""
    return f"{name} has a type Casewright cannot check"
