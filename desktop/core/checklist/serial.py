"""Checklists as plain data (dicts) and as the JSON document kept with the case."""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Mapping
from typing import Any

from desktop.core.checklist.errors import ChecklistFormatError
from desktop.core.checklist.model import (
    ENVIRONMENT_FIELDS,
    NOT_RUN,
    STEP_FIELDS,
    Checklist,
    ChecklistValueError,
    Step,
    normalise_status,
)
from desktop.core.safe_parse import TooDeepError, load_json

FORMAT_VERSION = 1
TOP_KEYS: tuple[str, ...] = ("version", "title", "environment", "steps", "hints")
# Keys a checklist template file adds; a checklist import accepts and ignores them.
TEMPLATE_KEYS: tuple[str, ...] = ("description", "tags")
Path_ = tuple[str | int, ...]
LineOf = Callable[[Path_], "int | None"]


def checklist_to_data(checklist: Checklist, *, compact: bool = False) -> dict[str, Any]:
    """Return ``checklist`` as plain data; ``compact`` leaves out empty and default values."""
    env = {name: getattr(checklist, name) for name in ENVIRONMENT_FIELDS}
    steps = [{name: getattr(step, name) for name in STEP_FIELDS} for step in checklist.steps]
    if compact:
        env = {k: v for k, v in env.items() if v}
        keep = ("action", "expected")
        steps = [
            {k: v for k, v in s.items() if k in keep or (v and (k, v) != ("status", NOT_RUN))}
            for s in steps
        ]
    data: dict[str, Any] = {"version": FORMAT_VERSION, "title": checklist.title}
    data.update(environment=env, steps=steps)
    if checklist.hints:
        data["hints"] = dict(checklist.hints)
    return data


def _describe(path: Path_) -> str:
    parts: list[str] = []
    for i, part in enumerate(path):
        if isinstance(part, int):
            parts.append(f"step {part + 1}")
        elif not (i == 0 and part == "steps" and len(path) > 1):
            parts.append(str(part))
    return ": ".join(parts) or "document"


class _Reader:
    def __init__(self, source: str, line_of: LineOf) -> None:
        self.source = source
        self.line_of = line_of

    def fail(self, path: Path_, message: str) -> ChecklistFormatError:
        line = None
        for cut in range(len(path), -1, -1):
            line = self.line_of(path[:cut])
            if line is not None:
                break
        return ChecklistFormatError(f"{_describe(path)}: {message}", source=self.source, line=line)

    def text(self, value: Any, path: Path_) -> str:
        if value is None:
            return ""
        if not isinstance(value, str):
            raise self.fail(path, f"expected text, found {type(value).__name__}")
        return value

    def mapping(self, value: Any, path: Path_, allowed: Collection[str]) -> Mapping[str, Any]:
        if not isinstance(value, Mapping):
            raise self.fail(path, f"expected a mapping of {', '.join(allowed)}")
        unknown = [str(k) for k in value if k not in allowed]
        if unknown:
            raise self.fail(
                (*path, unknown[0]), f"unknown key; expected one of {', '.join(allowed)}"
            )
        return value

    def step(self, value: Any, path: Path_) -> Step:
        data = self.mapping(value, path, STEP_FIELDS)
        fields = {k: self.text(data.get(k), (*path, k)) for k in STEP_FIELDS}
        try:
            fields["status"] = normalise_status(fields["status"] or NOT_RUN)
        except ChecklistValueError as error:
            raise self.fail((*path, "status"), str(error)) from None
        return Step(**fields)


def checklist_from_data(
    data: Any,
    *,
    source: str = "",
    line_of: LineOf = lambda path: None,
    extra_keys: Collection[str] = (),
) -> Checklist:
    """Build a checklist from plain data, checking its shape.

    Args:
        data: A mapping as made by :func:`checklist_to_data` (``version`` is optional).
        source: Where the data came from, for error messages.
        line_of: Returns the line of a path like ``("steps", 2, "status")`` if known.
        extra_keys: Further top-level keys to accept and ignore (e.g. a template's ``tags``).

    Raises:
        ChecklistFormatError: The data has the wrong shape; the message says where.
    """
    read = _Reader(source, line_of)
    top = read.mapping(data, (), (*TOP_KEYS, *extra_keys))
    version = top.get("version", FORMAT_VERSION)
    if str(version).strip() != str(FORMAT_VERSION):
        raise read.fail(
            ("version",), f"is {version!r}; this Casewright reads version {FORMAT_VERSION}"
        )
    env_value = top.get("environment")
    if isinstance(env_value, str) or env_value is None:
        env_value = {"preconditions": env_value or ""}
    env = read.mapping(env_value, ("environment",), tuple(ENVIRONMENT_FIELDS))
    steps_value = top.get("steps") or []
    if not isinstance(steps_value, list):
        raise read.fail(("steps",), "expected a list of steps")
    hints_value = top.get("hints") or {}
    hints = read.mapping(hints_value, ("hints",), tuple(ENVIRONMENT_FIELDS))
    return Checklist(
        title=read.text(top.get("title"), ("title",)),
        hints=tuple((k, read.text(v, ("hints", k))) for k, v in hints.items() if v),
        steps=tuple(read.step(s, ("steps", i)) for i, s in enumerate(steps_value)),
        **{k: read.text(env.get(k), ("environment", k)) for k in ENVIRONMENT_FIELDS},
    )


def checklist_to_json(checklist: Checklist) -> str:
    """The case's ``checklist`` document: JSON with a ``version`` field."""
    return json.dumps(checklist_to_data(checklist), ensure_ascii=False, indent=2)


def checklist_from_json(text: str, *, source: str = "") -> Checklist:
    """Read a checklist document written by :func:`checklist_to_json`.

    Raises:
        ChecklistFormatError: Not JSON, or not a checklist.
    """
    try:
        data = load_json(text)
    except TooDeepError as error:
        raise ChecklistFormatError(f"not valid JSON: {error}", source=source) from None
    except json.JSONDecodeError as error:
        raise ChecklistFormatError(
            f"not valid JSON: {error.msg}", source=source, line=error.lineno
        ) from None
    return checklist_from_data(data, source=source)
