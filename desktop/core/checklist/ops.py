"""Undoable edits of a checklist: each is a value that applies itself and names its inverse.

An undo command (e.g. a ``QUndoCommand``) keeps the edit and its inverse, computed from the
checklist before the edit: ``after = edit.apply(before)``; ``before == edit.inverse(before)
.apply(after)``. The ``add_step``/``edit_step``/... functions are shortcuts for one-off edits.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

from desktop.core.checklist.model import (
    HEADER_FIELDS,
    STEP_FIELDS,
    Checklist,
    ChecklistValueError,
    Step,
    normalise_status,
)


class Edit(Protocol):
    """An edit of a checklist that can be applied and inverted."""

    @property
    def description(self) -> str:
        """Short text for an Undo/Redo menu entry."""
        ...

    def apply(self, checklist: Checklist) -> Checklist:
        """Return the checklist with this edit made."""
        ...

    def inverse(self, before: Checklist) -> Edit:
        """Return the edit that undoes this one, given the checklist before it."""
        ...


def _check_index(checklist: Checklist, index: int, *, allow_end: bool = False) -> None:
    limit = len(checklist.steps) + (1 if allow_end else 0)
    if not 0 <= index < limit:
        raise ChecklistValueError(f"step index {index} is out of range (0..{limit - 1})")


@dataclass(frozen=True)
class InsertStep:
    """Insert ``step`` so it ends up at ``index`` (``len(steps)`` appends)."""

    index: int
    step: Step = field(default_factory=Step)
    description: str = "Add step"

    def apply(self, checklist: Checklist) -> Checklist:
        _check_index(checklist, self.index, allow_end=True)
        steps = list(checklist.steps)
        steps.insert(self.index, self.step)
        return replace(checklist, steps=tuple(steps))

    def inverse(self, before: Checklist) -> Edit:
        return RemoveStep(self.index, description=self.description)


@dataclass(frozen=True)
class RemoveStep:
    """Remove the step at ``index``."""

    index: int
    description: str = "Remove step"

    def apply(self, checklist: Checklist) -> Checklist:
        _check_index(checklist, self.index)
        steps = list(checklist.steps)
        del steps[self.index]
        return replace(checklist, steps=tuple(steps))

    def inverse(self, before: Checklist) -> Edit:
        _check_index(before, self.index)
        return InsertStep(self.index, before.steps[self.index], description=self.description)


@dataclass(frozen=True)
class MoveStep:
    """Move the step at ``source`` so that it ends up at index ``target``."""

    source: int
    target: int
    description: str = "Move step"

    def apply(self, checklist: Checklist) -> Checklist:
        _check_index(checklist, self.source)
        _check_index(checklist, self.target)
        steps = list(checklist.steps)
        steps.insert(self.target, steps.pop(self.source))
        return replace(checklist, steps=tuple(steps))

    def inverse(self, before: Checklist) -> Edit:
        return MoveStep(self.target, self.source, description=self.description)


@dataclass(frozen=True)
class UpdateStep:
    """Change some fields (action, expected, actual, status, evidence) of the step at ``index``."""

    index: int
    changes: Mapping[str, str]
    description: str = "Edit step"

    def apply(self, checklist: Checklist) -> Checklist:
        _check_index(checklist, self.index)
        unknown = set(self.changes) - set(STEP_FIELDS)
        if unknown:
            raise ChecklistValueError(f"steps have no field(s) {', '.join(sorted(unknown))}")
        values = dict(self.changes)
        if "status" in values:
            values["status"] = normalise_status(values["status"])
        steps = list(checklist.steps)
        steps[self.index] = replace(steps[self.index], **values)
        return replace(checklist, steps=tuple(steps))

    def inverse(self, before: Checklist) -> Edit:
        _check_index(before, self.index)
        old = before.steps[self.index]
        return UpdateStep(
            self.index, {name: getattr(old, name) for name in self.changes}, self.description
        )


@dataclass(frozen=True)
class UpdateHeader:
    """Change the title or environment fields (service, region, versions, settings, ...)."""

    changes: Mapping[str, str]
    description: str = "Edit checklist"

    def apply(self, checklist: Checklist) -> Checklist:
        unknown = set(self.changes) - set(HEADER_FIELDS)
        if unknown:
            raise ChecklistValueError(f"checklists have no field(s) {', '.join(sorted(unknown))}")
        values: dict[str, Any] = dict(self.changes)
        return replace(checklist, **values)

    def inverse(self, before: Checklist) -> Edit:
        return UpdateHeader(
            {name: getattr(before, name) for name in self.changes}, self.description
        )


@dataclass(frozen=True)
class ReplaceAll:
    """Replace the whole checklist (start from a template, import a YAML file)."""

    checklist: Checklist
    description: str = "Replace checklist"

    def apply(self, checklist: Checklist) -> Checklist:
        return self.checklist

    def inverse(self, before: Checklist) -> Edit:
        return ReplaceAll(before, self.description)


def add_step(checklist: Checklist, step: Step | None = None, index: int | None = None) -> Checklist:
    """Return ``checklist`` with ``step`` (default: a blank one) at ``index`` (default: the end)."""
    at = len(checklist.steps) if index is None else index
    return InsertStep(at, step or Step()).apply(checklist)


def edit_step(checklist: Checklist, index: int, **changes: str) -> Checklist:
    """Return ``checklist`` with fields of step ``index`` changed, e.g. ``actual="502"``."""
    return UpdateStep(index, changes).apply(checklist)


def remove_step(checklist: Checklist, index: int) -> Checklist:
    """Return ``checklist`` without step ``index``."""
    return RemoveStep(index).apply(checklist)


def move_step(checklist: Checklist, source: int, target: int) -> Checklist:
    """Return ``checklist`` with step ``source`` moved to index ``target``."""
    return MoveStep(source, target).apply(checklist)


def set_status(checklist: Checklist, index: int, status: str) -> Checklist:
    """Return ``checklist`` with the status of step ``index`` set (``passed``, "Not run", ...)."""
    return UpdateStep(index, {"status": status}, "Set step status").apply(checklist)
