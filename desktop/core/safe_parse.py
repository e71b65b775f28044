"""YAML and JSON from files a user or a team folder supplies, without the two ways a small
file can hang or crash the app: YAML aliases that expand to gigabytes ("billion laughs") and
nesting deep enough to exhaust Python's recursion.

Every YAML document is first read as a stream of parser events (the C parser when present),
which is linear in the file and never expands an alias; only then is it loaded.
"""

from __future__ import annotations

import json
from typing import Any

import yaml

MAX_DEPTH = 50  # far deeper than any checklist, template metadata or --vars file needs
_Loader: type[Any] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_OPEN = (yaml.MappingStartEvent, yaml.SequenceStartEvent)
_CLOSE = (yaml.MappingEndEvent, yaml.SequenceEndEvent)


class UnsafeYamlError(yaml.MarkedYAMLError):
    """A YAML alias or too deep nesting; ``problem`` says which, ``problem_mark`` where.

    A ``MarkedYAMLError``, so every reader's existing "not valid YAML (line N)" handling
    reports it with its line.
    """

    def __init__(self, problem: str, mark: Any) -> None:  # the C parser has its own Mark
        super().__init__(problem=problem, problem_mark=mark)

    def __str__(self) -> str:
        line = f" (line {self.problem_mark.line + 1})" if self.problem_mark else ""
        return f"{self.problem}{line}"


class TooDeepError(ValueError):
    """JSON nested deeper than ``MAX_DEPTH``."""


def check_yaml(text: str) -> None:
    """Raise ``UnsafeYamlError`` if ``text`` uses an alias or nests deeper than ``MAX_DEPTH``
    (and ``yaml.YAMLError`` if it is not YAML at all)."""
    depth = 0
    for event in yaml.parse(text, Loader=_Loader):
        if isinstance(event, yaml.AliasEvent):
            raise UnsafeYamlError(
                f"YAML aliases (*{event.anchor}) are not allowed; write the value out",
                event.start_mark,
            )
        if isinstance(event, _OPEN):
            depth += 1
            if depth > MAX_DEPTH:
                raise UnsafeYamlError(f"nested deeper than {MAX_DEPTH} levels", event.start_mark)
        elif isinstance(event, _CLOSE):
            depth -= 1


def safe_load(text: str) -> Any:
    """``yaml.safe_load`` after ``check_yaml``."""
    check_yaml(text)
    return yaml.load(text, Loader=_Loader)


def safe_compose(text: str) -> yaml.Node | None:
    """``yaml.compose`` (safe) after ``check_yaml``: the node tree, with lines."""
    check_yaml(text)
    return yaml.compose(text, Loader=_Loader)


def load_json(text: str) -> Any:
    """``json.loads``, refusing nesting deeper than ``MAX_DEPTH`` with ``TooDeepError``."""
    try:
        data = json.loads(text)
    except RecursionError:
        raise TooDeepError(f"nested deeper than {MAX_DEPTH} levels") from None
    pending: list[tuple[Any, int]] = [(data, 1)]
    while pending:
        value, depth = pending.pop()
        if isinstance(value, dict | list):
            if depth > MAX_DEPTH:
                raise TooDeepError(f"nested deeper than {MAX_DEPTH} levels")
            children = value.values() if isinstance(value, dict) else value
            pending.extend((child, depth + 1) for child in children)
    return data
