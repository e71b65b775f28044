"""The escalation note's fields: names (as templates see them), labels, hints, which are required.

The 20 fields fall into the 13 numbered items a product team's intake asks for; ``item`` keeps
that grouping so a form can lay related fields side by side.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.i18n import translate

ALWAYS = "always"
INTERMITTENT = "intermittent"
NOT_REPRODUCED = "not_reproduced"
REPRODUCIBILITY_CHOICES: dict[str, str] = {
    ALWAYS: translate("Escalation", "Always"),
    INTERMITTENT: translate("Escalation", "Intermittent"),
    NOT_REPRODUCED: translate("Escalation", "Not reproduced"),
}


@dataclass(frozen=True)
class FieldSpec:
    """How one field of the note is shown and checked."""

    name: str
    item: int
    label: str
    hint: str
    required: bool = False
    multiline: bool = True
    choices: tuple[str, ...] = ()


_F = FieldSpec
FIELDS: tuple[FieldSpec, ...] = (
    _F(
        "summary",
        1,
        translate("Escalation", "Summary"),
        translate(
            "Escalation",
            "The symptom in one sentence: what fails, where, since when. "
            "Not the fix you would like.",
        ),
        required=True,
        multiline=False,
    ),
    _F(
        "service",
        2,
        translate("Escalation", "Service"),
        translate("Escalation", "The AWS service, e.g. Amazon ECS."),
        required=True,
        multiline=False,
    ),
    _F(
        "component",
        2,
        translate("Escalation", "Component"),
        translate("Escalation", "The feature or API, e.g. service deployments, PutObject."),
        multiline=False,
    ),
    _F(
        "region",
        2,
        translate("Escalation", "Region"),
        translate("Escalation", "Region codes, e.g. eu-west-1 (or 'global')."),
        required=True,
        multiline=False,
    ),
    _F(
        "versions",
        2,
        translate("Escalation", "Affected versions"),
        translate("Escalation", "Engine, runtime, platform or API versions affected."),
        multiline=False,
    ),
    _F(
        "environment",
        3,
        translate("Escalation", "Environment"),
        translate("Escalation", "Runtime, SDK/CLI versions, relevant configuration."),
    ),
    _F(
        "steps",
        4,
        translate("Escalation", "Steps to reproduce"),
        translate("Escalation", "Numbered steps another engineer can follow exactly."),
        required=True,
    ),
    _F(
        "reproducibility",
        4,
        translate("Escalation", "Reproducibility"),
        translate("Escalation", "Always, intermittent or not reproduced."),
        required=True,
        multiline=False,
        choices=tuple(REPRODUCIBILITY_CHOICES),
    ),
    _F(
        "reproducibility_detail",
        4,
        translate("Escalation", "How often"),
        translate("Escalation", "e.g. '3 of 5 attempts', 'about 2% of requests'."),
        multiline=False,
    ),
    _F(
        "expected",
        5,
        translate("Escalation", "Expected result"),
        translate("Escalation", "What should have happened, per documentation."),
        required=True,
    ),
    _F(
        "actual",
        5,
        translate("Escalation", "Actual result"),
        translate("Escalation", "What happened instead: the exact error or output."),
        required=True,
    ),
    _F(
        "impact",
        6,
        translate("Escalation", "Customer and business impact"),
        translate(
            "Escalation",
            "Who is hurt and how many; deadlines, revenue or SLA at risk, with numbers.",
        ),
        required=True,
    ),
    _F(
        "severity",
        7,
        translate("Escalation", "Severity"),
        translate("Escalation", "The assessed severity level."),
        required=True,
        multiline=False,
    ),
    _F(
        "severity_justification",
        7,
        translate("Escalation", "Severity justification"),
        translate("Escalation", "One sentence: why this level under the severity definitions."),
    ),
    _F(
        "workaround",
        8,
        translate("Escalation", "Workaround"),
        translate("Escalation", "The workaround and its cost, or an explicit 'none'."),
        required=True,
    ),
    _F(
        "evidence",
        9,
        translate("Escalation", "Evidence"),
        translate("Escalation", "Request IDs, UTC timestamps, error codes, log excerpts."),
        required=True,
    ),
    _F(
        "timeline",
        10,
        translate("Escalation", "Timeline"),
        translate("Escalation", "When it was first seen (UTC) and what changed just before."),
    ),
    _F(
        "tried",
        11,
        translate("Escalation", "Already tried"),
        translate("Escalation", "What was tried and what each attempt showed."),
        required=True,
    ),
    _F(
        "ask",
        12,
        translate("Escalation", "The ask"),
        translate("Escalation", "The specific question or decision needed from the product team."),
        required=True,
    ),
    _F(
        "suggested_fix",
        13,
        translate("Escalation", "Suggested fix"),
        translate("Escalation", "Optional: a fix you would propose, if any."),
    ),
)

FIELD_NAMES: tuple[str, ...] = tuple(spec.name for spec in FIELDS)
FIELDS_BY_NAME: dict[str, FieldSpec] = {spec.name: spec for spec in FIELDS}
REQUIRED_FIELDS: tuple[str, ...] = tuple(spec.name for spec in FIELDS if spec.required)
ITEM_TITLES: dict[int, str] = {
    1: translate("Escalation", "Summary"),
    2: translate("Escalation", "Service, component, region, versions"),
    3: translate("Escalation", "Environment"),
    4: translate("Escalation", "Steps to reproduce"),
    5: translate("Escalation", "Expected and actual result"),
    6: translate("Escalation", "Impact"),
    7: translate("Escalation", "Severity"),
    8: translate("Escalation", "Workaround"),
    9: translate("Escalation", "Evidence"),
    10: translate("Escalation", "Timeline"),
    11: translate("Escalation", "Already tried"),
    12: translate("Escalation", "The ask"),
    13: translate("Escalation", "Suggested fix"),
}

_REPRO_SYNONYMS = {
    "always": ALWAYS,
    "every time": ALWAYS,
    "consistently": ALWAYS,
    "intermittent": INTERMITTENT,
    "intermittently": INTERMITTENT,
    "sometimes": INTERMITTENT,
    "not reproduced": NOT_REPRODUCED,
    "not_reproduced": NOT_REPRODUCED,
    "not reproducible": NOT_REPRODUCED,
    "never": NOT_REPRODUCED,
}


def normalise_reproducibility(value: str) -> str | None:
    """The canonical reproducibility for ``value`` ("" when empty), or None if unrecognised."""
    key = " ".join(value.strip().lower().replace("-", " ").split())
    if not key:
        return ""
    return _REPRO_SYNONYMS.get(key)
