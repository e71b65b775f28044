"""Severity definitions: a provider's levels, its support plans and its assessment rules."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from desktop.core.i18n import translate

STATES: tuple[str, ...] = ("working", "degraded", "down")
STATE_LABELS: dict[str, str] = {
    "working": translate("Severity", "Working normally"),
    "degraded": translate("Severity", "Degraded or impaired"),
    "down": translate("Severity", "Down"),
}
# The state as a word inside a rule's reason ("A non-production system is {state}").
STATE_WORDS: dict[str, str] = {
    "working": translate("Severity", "working"),
    "degraded": translate("Severity", "degraded"),
    "down": translate("Severity", "down"),
}


class DefinitionError(ValueError):
    """A severity definitions file is unreadable or invalid; says which file and line."""

    def __init__(self, path: str, line: int, message: str) -> None:
        super().__init__(f"{path}:{line}: {message}" if line else f"{path}: {message}")
        self.path = path
        self.line = line
        self.message = message


@dataclass(frozen=True)
class Level:
    """One severity level, e.g. AWS ``urgent`` / Production system down."""

    code: str
    name: str
    criteria: str
    response_times: Mapping[str, str]
    aliases: tuple[str, ...] = ()

    def response_time(self, plan: str) -> str:
        """Target first response on ``plan``, or "" when the plan does not offer this level."""
        return self.response_times.get(plan, "")


@dataclass(frozen=True)
class Condition:
    """What a rule needs from the answers; None means "any"."""

    production: bool | None = None
    states: tuple[str, ...] | None = None
    critical_business: bool | None = None
    workaround: bool | None = None
    min_users: int | None = None
    has_deadline: bool | None = None


@dataclass(frozen=True)
class Rule:
    """If the answers meet ``when``, recommend ``level`` because of ``reason`` (one sentence)."""

    when: Condition
    level: str
    reason: str


@dataclass(frozen=True)
class DefinitionSet:
    """A provider's severity scheme, loaded from one YAML file; levels are lowest first."""

    id: str
    name: str
    source: str
    plans: tuple[str, ...]
    default_plan: str
    levels: tuple[Level, ...]
    rules: tuple[Rule, ...] = ()
    path: str = ""
    description: str = field(default="", compare=False)

    def level(self, code: str) -> Level | None:
        """The level with exactly this ``code``."""
        return next((lvl for lvl in self.levels if lvl.code == code), None)

    def resolve(self, selected: str) -> Level | None:
        """The level a customer-selected value means: a level code, or a case-severity alias.

        Case facts store ``low|normal|high|urgent|critical``; Google Cloud and Azure levels list
        those words as ``aliases`` so a case opened as ``urgent`` maps to P1 or A.
        """
        wanted = selected.strip().lower()
        for lvl in self.levels:
            if lvl.code.lower() == wanted:
                return lvl
        return next((lvl for lvl in self.levels if wanted in lvl.aliases), None)

    def rank(self, code: str) -> int:
        """Position of ``code`` from the lowest level (0); -1 when unknown."""
        return next((i for i, lvl in enumerate(self.levels) if lvl.code == code), -1)

    def plan_or_default(self, plan: str | None) -> str:
        """``plan`` when this set knows it, else the set's default plan."""
        return plan if plan in self.plans else self.default_plan
