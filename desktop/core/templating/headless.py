"""Variables and context for the headless ``render`` command: files, ``--set`` and samples."""

from __future__ import annotations

import json
import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import yaml

from desktop.core.case import FACT_NAMES, CaseFacts
from desktop.core.safe_parse import TooDeepError, load_json, safe_load
from desktop.core.templating.context import build_context
from desktop.core.templating.forms import FormField, sample_values
from desktop.core.templating.metadata_schema import TemplateMeta
from desktop.core.templating.problems import TemplateError, TemplateProblem
from desktop.core.templating.sample import (
    SAMPLE_CHECKLIST,
    SAMPLE_ESCALATION,
    SAMPLE_FACTS,
    SAMPLE_SEVERITY,
)

_STRUCTURED = ("checklist", "severity", "escalation")


def load_variables(path: Path) -> dict[str, Any]:
    """Read variables from a JSON or YAML (``.yaml``/``.yml``) file holding one mapping.

    Raises:
        TemplateError: the file cannot be read or parsed, with the line of the problem.
    """
    file = str(path)
    try:
        text = path.read_text(encoding="utf-8")
        is_yaml = path.suffix.lower() in (".yaml", ".yml")
        data = safe_load(text) if is_yaml else load_json(text)
    except TooDeepError as exc:
        raise TemplateError(TemplateProblem(file, 1, f"invalid JSON: {exc}")) from exc
    except json.JSONDecodeError as exc:
        raise TemplateError(TemplateProblem(file, exc.lineno, f"invalid JSON: {exc.msg}")) from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 1
        reason = getattr(exc, "problem", None) or "cannot parse"
        raise TemplateError(TemplateProblem(file, line, f"invalid YAML: {reason}")) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise TemplateError(TemplateProblem(file, 1, f"cannot read variables: {exc}")) from exc
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise TemplateError(TemplateProblem(file, 1, "variables must be one mapping of names"))
    return {str(key): value for key, value in data.items()}


def parse_assignments(assignments: Sequence[str]) -> dict[str, str]:
    """``["name=value", ...]`` from ``--set`` as a dict; values stay text.

    Raises:
        ValueError: an assignment has no ``=`` or its name is not an identifier.
    """
    values: dict[str, str] = {}
    for assignment in assignments:
        name, sep, value = assignment.partition("=")
        name = name.strip()
        if not sep or not name.isidentifier():
            raise ValueError(f"--set expects name=value, got {assignment!r}")
        values[name] = value
    return values


def headless_context(
    meta: TemplateMeta,
    fields: Sequence[FormField],
    values: Mapping[str, Any],
    *,
    sample: bool = False,
) -> dict[str, Any]:
    """The context for a headless render.

    Without ``sample``: empty case facts, an empty checklist and no severity assessment,
    the metadata ``default`` of each declared variable that has one (false for yes/no
    ones), then ``values``; any other variable the template uses is an error. With
    ``sample``: the sample AWS case and every field's sample value, then ``values``.
    In ``values``, case facts may be given by name or as a ``case`` mapping; the
    ``checklist``, ``severity`` and ``escalation`` mappings and ``engineer_name`` and
    ``team_name`` are used as such.
    """
    given = dict(values)
    facts_given = given.pop("case", None)
    base_facts = SAMPLE_FACTS.as_template_vars() if sample else CaseFacts().as_template_vars()
    if isinstance(facts_given, Mapping):
        base_facts.update({k: str(v) for k, v in facts_given.items() if k in FACT_NAMES})
    structured: dict[str, Any] = {}
    if sample:
        structured = {"checklist": SAMPLE_CHECKLIST, "severity": SAMPLE_SEVERITY,
                      "escalation": SAMPLE_ESCALATION}  # fmt: skip
    for name in _STRUCTURED:
        if isinstance(given.get(name), Mapping):
            structured[name] = given.pop(name)
    if sample:
        form = sample_values(fields)
    else:
        form = {
            spec.name: False if spec.default is None else spec.default
            for spec in meta.variables.values()
            if spec.default is not None or spec.kind == "bool"
        }
    merged = {**form, **given}
    return build_context(
        CaseFacts(**base_facts),
        merged,
        engineer_name=str(merged.pop("engineer_name", "Sam Rivera" if sample else "")),
        team_name=str(merged.pop("team_name", "Compute Support" if sample else "")),
        **structured,
    )


def display_path(file: str) -> str:
    """``file`` relative to the current folder when it is inside it, else as given."""
    try:
        path = Path(file)
        if path.is_absolute():
            return os.path.relpath(path) if path.is_relative_to(Path.cwd()) else file
    except (OSError, ValueError):
        pass
    return file
