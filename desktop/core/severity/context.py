"""The ``severity`` mapping templates see, and the escalation note's severity justification."""

from __future__ import annotations

from typing import Any

from desktop.core.severity.assessment import Assessment, AssessmentError, from_json
from desktop.core.severity.catalog import DEFAULT_DEFINITIONS, Catalog
from desktop.core.severity.model import DefinitionSet


def severity_context(
    definitions: DefinitionSet,
    selected: str,
    assessment: Assessment | None = None,
    plan: str | None = None,
) -> dict[str, Any]:
    """The template ``severity`` mapping (see the template contract in the brief).

    Args:
        definitions: the definitions set the case uses.
        selected: the customer-selected severity from the case facts.
        assessment: the stored assessment, or None when the case has not been assessed.
        plan: the support plan; defaults to the assessment's plan, then the set's default.
    """
    plan = definitions.plan_or_default(plan or (assessment.plan if assessment else None))
    chosen = definitions.resolve(selected)
    assessed = definitions.level(assessment.assessed) if assessment else None
    same_set = assessment is not None and assessment.definitions == definitions.id
    return {
        "selected": chosen.code if chosen else selected,
        "selected_name": chosen.name if chosen else selected,
        "assessed": assessment.assessed if assessment else "",
        "assessed_name": assessed.name if assessed else (assessment.assessed if assessment else ""),
        "reason": assessment.reason if assessment else "",
        "mismatch": bool(
            assessment and same_set and chosen and assessed and chosen.code != assessed.code
        ),
        "definitions": definitions.name,
        "response_time": assessed.response_time(plan) if assessed else "",
        "levels": [
            {
                "code": level.code,
                "name": level.name,
                "criteria": level.criteria,
                "response_time": level.response_time(plan),
            }
            for level in definitions.levels
        ],
    }


def severity_justification(definitions: DefinitionSet, assessment: Assessment) -> str:
    """Text for the escalation note's ``severity_justification`` field."""
    level = definitions.level(assessment.assessed)
    name = f"{level.name} ({level.code})" if level else assessment.assessed
    text = f"Assessed as {name} under {definitions.name} definitions: {assessment.reason}"
    chosen = definitions.resolve(assessment.selected)
    if chosen is not None and assessment.is_mismatch:
        text += f" The customer selected {chosen.name} ({chosen.code})."
    return text


def empty_severity_context(selected: str) -> dict[str, Any]:
    """The ``severity`` mapping when no definitions could be loaded at all."""
    return {
        "selected": selected,
        "selected_name": selected,
        "assessed": "",
        "assessed_name": "",
        "reason": "",
        "mismatch": False,
        "definitions": "",
        "response_time": "",
        "levels": [],
    }


def context_for_case(
    catalog: Catalog,
    set_id: str,
    selected: str,
    stored_assessment: str | None = None,
    plan: str | None = None,
) -> dict[str, Any]:
    """The ``severity`` mapping for a case, for the template engine; never raises.

    Falls back to the default definitions when ``set_id`` is unknown, and treats an unreadable
    stored assessment (the case's ``severity`` document) as "not assessed".
    """
    definitions = catalog.get(set_id) or catalog.get(DEFAULT_DEFINITIONS)
    if definitions is None:
        definitions = next(iter(catalog.sets.values()), None)
    if definitions is None:
        return empty_severity_context(selected)
    assessment = None
    if stored_assessment:
        try:
            assessment = from_json(stored_assessment)
        except AssessmentError:
            assessment = None
    return severity_context(definitions, selected, assessment, plan)
