"""Severity assistant: provider definitions, impact assessment and the template context."""

from __future__ import annotations

from desktop.core.severity.assessment import (
    Answers,
    Assessment,
    AssessmentError,
    assess,
    from_json,
    to_json,
)
from desktop.core.severity.catalog import (
    DEFAULT_DEFINITIONS,
    Catalog,
    bundled_definitions_dir,
    load_definitions,
)
from desktop.core.severity.context import (
    context_for_case,
    empty_severity_context,
    severity_context,
    severity_justification,
)
from desktop.core.severity.loader import load_file, parse_definitions
from desktop.core.severity.model import (
    STATE_LABELS,
    STATES,
    DefinitionError,
    DefinitionSet,
    Level,
)

__all__ = [
    "DEFAULT_DEFINITIONS",
    "STATES",
    "STATE_LABELS",
    "Answers",
    "Assessment",
    "AssessmentError",
    "Catalog",
    "DefinitionError",
    "DefinitionSet",
    "Level",
    "assess",
    "bundled_definitions_dir",
    "context_for_case",
    "empty_severity_context",
    "from_json",
    "load_definitions",
    "load_file",
    "parse_definitions",
    "severity_context",
    "severity_justification",
    "to_json",
]
