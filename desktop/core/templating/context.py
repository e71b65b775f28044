"""Builds the variables every template sees: case facts, settings, checklist, severity."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from desktop.core.case import FACT_NAMES, CaseFacts
from desktop.core.templating.context_names import CONTEXT_NAMES, EXTRA_NAMES
from desktop.core.templating.thread import thread_context

STEP_STATUSES: tuple[str, ...] = ("not_run", "passed", "failed", "blocked")
REPRODUCIBILITY: tuple[str, ...] = ("always", "intermittent", "not_reproduced", "")
ESCALATION_FIELDS: tuple[str, ...] = (
    "summary", "service", "component", "region", "versions", "environment", "steps",
    "reproducibility", "reproducibility_detail", "expected", "actual", "impact", "severity",
    "severity_justification", "workaround", "evidence", "timeline", "tried", "ask",
    "suggested_fix",
)  # fmt: skip
_STRUCTURED = frozenset(("case", "checklist", "severity", "escalation"))

__all__ = ["CONTEXT_NAMES", "EXTRA_NAMES", "build_context"]


class SeverityInfo(dict[str, Any]):
    """The ``severity`` mapping; printing it alone gives the customer-selected code."""

    def __str__(self) -> str:
        return str(self.get("selected", ""))


def as_mapping(value: object) -> dict[str, Any]:
    """A plain dict from a mapping, a dataclass, or an object with ``to_dict()``; {} for None."""
    if value is None:
        return {}
    if isinstance(value, Mapping):
        return dict(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    for method in ("to_dict", "as_dict"):
        if callable(getattr(value, method, None)):
            return dict(getattr(value, method)())
    raise TypeError(f"expected a mapping or dataclass, got {type(value).__name__}")


def _text(value: object) -> str:
    return "" if value is None else str(value)


def checklist_context(checklist: object = None) -> dict[str, Any]:
    """The ``checklist`` mapping of the contract, with counts and ``reproduced`` worked out.

    ``reproduced`` is None until a step has run, then True if any step failed (the
    problem showed), else False, unless the checklist says so itself.
    """
    data = as_mapping(checklist)
    steps = []
    for number, raw in enumerate(data.get("steps") or (), start=1):
        step = as_mapping(raw)
        status = _text(step.get("status")) or "not_run"
        steps.append({
            "number": int(step.get("number") or number),
            "action": _text(step.get("action")),
            "expected": _text(step.get("expected")),
            "actual": _text(step.get("actual")),
            "status": status if status in STEP_STATUSES else "not_run",
            "evidence": _text(step.get("evidence")),
        })  # fmt: skip
    run_count = sum(1 for step in steps if step["status"] != "not_run")
    reproduced = data.get("reproduced", ...)
    if reproduced is ... or reproduced not in (True, False, None):
        reproduced = None if not run_count else any(s["status"] == "failed" for s in steps)
    return {
        "title": _text(data.get("title")),
        "environment": _text(data.get("environment")),
        "steps": steps,
        "has_steps": bool(steps),
        "run_count": run_count,
        "reproduced": reproduced,
    }


def severity_context(severity: object, selected: str) -> SeverityInfo:
    """The ``severity`` mapping of the contract; ``selected`` defaults to the case's severity."""
    data = as_mapping(severity)
    levels = [
        {key: _text(level.get(key)) for key in ("code", "name", "criteria", "response_time")}
        for level in (as_mapping(item) for item in data.get("levels") or ())
    ]
    by_code = {level["code"]: level for level in levels}
    chosen = _text(data.get("selected")) or selected
    assessed = _text(data.get("assessed"))

    def name(code: str) -> str:
        return by_code[code]["name"] if code in by_code else code.replace("_", " ").capitalize()

    mismatch = data.get("mismatch")
    return SeverityInfo(
        selected=chosen,
        selected_name=_text(data.get("selected_name")) or name(chosen),
        assessed=assessed,
        assessed_name=_text(data.get("assessed_name")) or (name(assessed) if assessed else ""),
        reason=_text(data.get("reason")),
        mismatch=bool(mismatch) if mismatch is not None else bool(assessed and assessed != chosen),
        definitions=_text(data.get("definitions")),
        response_time=_text(data.get("response_time"))
        or (by_code[assessed]["response_time"] if assessed in by_code else ""),
        levels=levels,
    )


def escalation_context(escalation: object = None) -> dict[str, str]:
    """The ``escalation`` mapping of the contract: every field, as text ("" when unknown)."""
    data = as_mapping(escalation)
    return {name: _text(data.get(name)) for name in ESCALATION_FIELDS}


def build_context(
    facts: CaseFacts,
    values: Mapping[str, Any] | None = None,
    *,
    checklist: object = None,
    severity: object = None,
    escalation: object = None,
    engineer_name: str = "",
    team_name: str = "",
    messages: Iterable[Mapping[str, str]] = (),
    customer_time_zone: str = "",
) -> dict[str, Any]:
    """Return the variables a template is rendered with (see the template contract).

    Args:
        facts: The case; each fact is a variable by its own name and as ``case.<fact>``.
        values: Form values. They override case facts and settings and add the template's
            own variables. ``case``, ``checklist``, ``severity`` and ``escalation`` cannot be
            replaced this way (use the keyword arguments); a ``severity`` value is taken as
            the customer-selected severity code.
        checklist: The case's reproduction checklist (mapping or dataclass), or None.
        severity: The severity assessment (mapping or dataclass), or None.
        escalation: The escalation note fields (mapping or dataclass), or None.
        engineer_name: The engineer's name from settings.
        team_name: The team's name from settings.
        messages: The customer's messages, oldest first (``text``, ``received_at`` ISO UTC).
        customer_time_zone: The zone chosen for the case ("" guesses it from the region).
    """
    case = facts.as_template_vars()
    values = dict(values or {})
    for name in FACT_NAMES:
        if name in values and values[name] is not None:
            case[name] = _text(values[name])
    context: dict[str, Any] = {"engineer_name": engineer_name, "team_name": team_name, **case}
    context.update(
        {k: v for k, v in values.items() if k not in _STRUCTURED and k not in FACT_NAMES}
    )
    context["case"] = {**case, **thread_context(messages, customer_time_zone, case["region"])}
    context["checklist"] = checklist_context(checklist)
    context["severity"] = severity_context(severity, case["severity"])
    context["escalation"] = escalation_context(escalation)
    context["now"] = datetime.now().astimezone()  # for format_datetime; aware, local time
    return context
