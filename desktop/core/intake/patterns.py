"""Loads intake's patterns from ``resources/intake/`` (or a team's folder) and compiles them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from desktop.core.resources import bundled_path
from desktop.core.safe_parse import safe_load

_FLAGS = {"i": re.IGNORECASE}
# Offsets as people write them after a time: UTC+8, GMT-05:00, UTC +09:00, (+0900).
_OFFSET = r"(?:UTC|GMT)\s?[+-]\s?\d{1,2}(?::?\d\d)?|[+-]\d\d:?\d\d"


class PatternError(ValueError):
    """An intake pattern file is unreadable or holds a bad pattern; the message says which."""


@dataclass(frozen=True)
class Pattern:
    """One compiled pattern and how its match becomes a value."""

    regex: re.Pattern[str]
    value_format: str = ""


@dataclass(frozen=True)
class IntakePatterns:
    """Everything extraction needs, compiled."""

    by_kind: dict[str, tuple[Pattern, ...]]
    timestamps: tuple[re.Pattern[str], ...]
    range_end: re.Pattern[str]
    zones: dict[str, str]  # zone word -> "+09:00" or an IANA name
    services: tuple[tuple[re.Pattern[str], str], ...]
    region_code: re.Pattern[str]
    region_names: tuple[tuple[re.Pattern[str], str], ...]
    severity: tuple[tuple[re.Pattern[str], str], ...]


def bundled_intake_dir() -> Path:
    return bundled_path("resources", "intake")


def _load(folder: Path, name: str) -> Any:
    path = folder / name
    try:
        return safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise PatternError(f"{path}: cannot read ({error})") from error


def _compile(source: str, flags: int, where: str) -> re.Pattern[str]:
    # ASCII: \b and \w must see a boundary between "ap-northeast-1" and "で" or "的".
    try:
        return re.compile(source, flags | re.ASCII)
    except re.error as error:
        raise PatternError(f"{where}: bad pattern ({error})") from error


def _words(words: list[str]) -> str:
    """An alternation of literal words, longest first (so "CEST" wins over "CET")."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _name_pattern(names: list[str], region_words: str) -> str:
    alternation = _words(names)
    return (
        rf"(?:(?<![A-Za-z])(?:{alternation})\s*(?:{region_words})"
        rf"|(?:{region_words})\s*(?:は|是|為|:|：)?\s*(?:{alternation})(?![A-Za-z])"
        rf"|\bin (?:the )?(?:{alternation})\b)"
    )


def load_patterns(folder: Path | None = None) -> IntakePatterns:
    """Compile the pattern files in ``folder`` (default: the bundled ``resources/intake``)."""
    folder = folder or bundled_intake_dir()
    data = _load(folder, "patterns.yaml")
    zones = {str(k): str(v) for k, v in _load(folder, "time_zones.yaml").items()}
    zone_alternation = f"{_OFFSET}|" + "|".join(
        rf"(?<![A-Za-z]){re.escape(w)}(?![A-Za-z])" for w in sorted(zones, key=len, reverse=True)
    )
    by_kind: dict[str, tuple[Pattern, ...]] = {}
    for kind, entries in data.items():
        if kind in {"timestamp", "range_end"}:
            continue
        compiled = []
        for index, entry in enumerate(entries):
            flags = sum(_FLAGS[f] for f in str(entry.get("flags", "")))
            regex = _compile(entry["pattern"], flags, f"patterns.yaml {kind}[{index}]")
            compiled.append(Pattern(regex, str(entry.get("format", ""))))
        by_kind[kind] = tuple(compiled)
    timestamps = tuple(
        _compile(source.replace("{zone}", zone_alternation), 0, f"patterns.yaml timestamp[{i}]")
        for i, source in enumerate(data["timestamp"])
    )
    range_end = _compile(data["range_end"].replace("{zone}", zone_alternation), 0, "range_end")
    services = tuple(
        (_compile(rf"(?<![\w-])(?:{_words([name, *aliases])})(?![\w-])", re.IGNORECASE, name), name)
        for name, aliases in _load(folder, "services.yaml").items()
    )
    regions = _load(folder, "regions.yaml")
    region_words = _words(regions["region_words"])
    region_names = tuple(
        (_compile(_name_pattern(names, region_words), re.IGNORECASE, code), code)
        for code, names in regions["names"].items()
    )
    severity = tuple(
        (_compile(source, re.IGNORECASE, f"severity_phrases.yaml {value}"), value)
        for value, sources in _load(folder, "severity_phrases.yaml").items()
        for source in sources
    )
    return IntakePatterns(
        by_kind=by_kind,
        timestamps=timestamps,
        range_end=range_end,
        zones=zones,
        services=services,
        region_code=_compile(regions["code"], 0, "regions.yaml code"),
        region_names=region_names,
        severity=severity,
    )
