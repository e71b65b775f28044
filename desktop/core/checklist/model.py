"""The reproduction checklist: an immutable title, environment and ordered steps."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import cast

from desktop.core.i18n import translate

NOT_RUN = "not_run"
PASSED = "passed"
FAILED = "failed"
BLOCKED = "blocked"
STATUSES: tuple[str, ...] = (NOT_RUN, PASSED, FAILED, BLOCKED)
STATUS_LABELS: dict[str, str] = {
    NOT_RUN: translate("Checklist", "Not run"),
    PASSED: translate("Checklist", "Passed"),
    FAILED: translate("Checklist", "Failed"),
    BLOCKED: translate("Checklist", "Blocked"),
}

STEP_FIELDS: tuple[str, ...] = ("action", "expected", "actual", "status", "evidence")
# Environment fields, in display order, with their labels for text renderings.
ENVIRONMENT_FIELDS: dict[str, str] = {
    "service": "Service",
    "region": "Region",
    "versions": "Versions",
    "settings": "Settings",
    "preconditions": "Preconditions",
}
HEADER_FIELDS: tuple[str, ...] = ("title", *ENVIRONMENT_FIELDS)
# In a checklist template these environment fields say what to record, not what was found:
# they become the fields' hints (placeholder text), never their values.
HINT_FIELDS: tuple[str, ...] = ("versions", "settings", "preconditions")


class ChecklistValueError(ValueError):
    """A checklist or step was given a value it cannot hold (unknown status, bad index)."""


def normalise_status(value: str) -> str:
    """Return the canonical status for ``value`` ("Not run", "not-run" -> ``not_run``).

    Raises:
        ChecklistValueError: ``value`` names no known status.
    """
    key = "_".join(value.strip().lower().replace("-", " ").split())
    if key not in STATUSES:
        raise ChecklistValueError(f"{value!r} is not a status; use one of {', '.join(STATUSES)}")
    return key


@dataclass(frozen=True)
class Step:
    """One reproduction step: what to do, what should happen, what did, and the proof."""

    action: str = ""
    expected: str = ""
    actual: str = ""
    status: str = NOT_RUN
    evidence: str = ""

    def __post_init__(self) -> None:
        if self.status not in STATUSES:
            raise ChecklistValueError(
                f"{self.status!r} is not a status; use one of {', '.join(STATUSES)}"
            )


@dataclass(frozen=True)
class Checklist:
    """A reproduction checklist. Immutable: operations return a new checklist.

    The environment is kept as a few optional structured fields plus free-text preconditions;
    templates see them joined by :func:`environment_text`. ``hints`` holds, per environment
    field, what a checklist template asks the engineer to record there: shown as the field's
    placeholder, never copied anywhere as a value.
    """

    title: str = ""
    service: str = ""
    region: str = ""
    versions: str = ""
    settings: str = ""
    preconditions: str = ""
    steps: tuple[Step, ...] = field(default_factory=tuple)
    hints: tuple[tuple[str, str], ...] = ()

    def __post_init__(self) -> None:
        # Callers building from JSON or YAML may pass lists despite the annotations.
        steps: object = self.steps
        if not isinstance(steps, tuple):
            object.__setattr__(self, "steps", tuple(cast(Iterable[Step], steps)))
        hints: object = self.hints
        if not isinstance(hints, tuple):
            object.__setattr__(self, "hints", tuple(cast(Iterable[tuple[str, str]], hints)))

    def hint(self, name: str) -> str:
        """What the template asks to record in environment field ``name`` ("" if nothing)."""
        return dict(self.hints).get(name, "")


def environment_text(checklist: Checklist) -> str:
    """The environment as multi-line text: ``Service: ...`` lines, then the preconditions."""
    lines = [
        f"{label}: {value.strip()}"
        for name, label in ENVIRONMENT_FIELDS.items()
        if name != "preconditions" and (value := getattr(checklist, name)).strip()
    ]
    free = checklist.preconditions.strip()
    if free:
        lines.append(free)
    return "\n".join(lines)
