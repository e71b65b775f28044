"""Escalation notes for product teams: fields, model, filling, completeness, rendering, export.

Import from here; the submodules are an implementation detail.
"""

from __future__ import annotations

from desktop.core.atomic import write_text_atomically
from desktop.core.escalation.completeness import Completeness, assess, assess_for_case
from desktop.core.escalation.document import KEEP_FIELD, LoadedNote, load_note
from desktop.core.escalation.fields import (
    ALWAYS,
    FIELD_NAMES,
    FIELDS,
    FIELDS_BY_NAME,
    INTERMITTENT,
    ITEM_TITLES,
    NOT_REPRODUCED,
    REPRODUCIBILITY_CHOICES,
    REQUIRED_FIELDS,
    FieldSpec,
    normalise_reproducibility,
)
from desktop.core.escalation.fill import (
    CHECKLIST_FIELDS,
    fill_from_checklist,
    fill_from_facts,
    fill_from_severity,
    refresh_from_checklist,
    steps_text,
    values_from_checklist,
)
from desktop.core.escalation.findings import MISSING, WEAK, Finding
from desktop.core.escalation.formats import (
    markdown_to_html,
    markdown_to_plain_text,
)
from desktop.core.escalation.model import (
    FORMAT_VERSION,
    EscalationFormatError,
    EscalationNote,
    note_from_data,
    note_from_json,
    note_to_data,
    note_to_json,
    to_template_context,
)
from desktop.core.escalation.output import (
    DEFAULT_TEMPLATE,
    checklist_from_document,
    escalation_templates,
    render_escalation,
    severity_from_document,
)
from desktop.core.escalation.rules import RULES

__all__ = [
    "ALWAYS",
    "CHECKLIST_FIELDS",
    "DEFAULT_TEMPLATE",
    "FIELDS",
    "FIELDS_BY_NAME",
    "FIELD_NAMES",
    "FORMAT_VERSION",
    "INTERMITTENT",
    "ITEM_TITLES",
    "KEEP_FIELD",
    "MISSING",
    "NOT_REPRODUCED",
    "REPRODUCIBILITY_CHOICES",
    "REQUIRED_FIELDS",
    "RULES",
    "WEAK",
    "Completeness",
    "EscalationFormatError",
    "EscalationNote",
    "FieldSpec",
    "Finding",
    "LoadedNote",
    "assess",
    "assess_for_case",
    "checklist_from_document",
    "escalation_templates",
    "fill_from_checklist",
    "fill_from_facts",
    "fill_from_severity",
    "load_note",
    "markdown_to_html",
    "markdown_to_plain_text",
    "normalise_reproducibility",
    "note_from_data",
    "note_from_json",
    "note_to_data",
    "note_to_json",
    "refresh_from_checklist",
    "render_escalation",
    "severity_from_document",
    "steps_text",
    "to_template_context",
    "values_from_checklist",
    "write_text_atomically",
]
