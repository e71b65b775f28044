"""Rendering an escalation note through a template, with the case documents it draws on."""

from __future__ import annotations

import json
from typing import Any

from desktop.core.case import CaseFacts
from desktop.core.checklist import Checklist, ChecklistFormatError, checklist_from_json
from desktop.core.checklist import template_context as checklist_template_context
from desktop.core.escalation.model import EscalationNote, to_template_context
from desktop.core.templating import (
    TemplateEntry,
    TemplateLibrary,
    build_context,
    default_values,
    render_entry,
)

DEFAULT_TEMPLATE = "escalation/standard"
TEMPLATE_FOLDER = "escalation/"
_SEVERITY_TEXT = (
    "selected",
    "selected_name",
    "assessed",
    "assessed_name",
    "reason",
    "definitions",
    "response_time",
)


def escalation_templates(library: TemplateLibrary) -> list[TemplateEntry]:
    """The library's escalation templates (team leads' own formats included), default first."""
    entries = [e for e in library.entries if e.id.startswith(TEMPLATE_FOLDER)]
    return sorted(entries, key=lambda e: (e.id != DEFAULT_TEMPLATE, e.id))


def checklist_from_document(text: str) -> Checklist | None:
    """The case's stored checklist, or None when there is none or it cannot be read."""
    if not text.strip():
        return None
    try:
        return checklist_from_json(text)
    except (ChecklistFormatError, ValueError, TypeError):
        return None


def severity_from_document(text: str) -> dict[str, Any] | None:
    """The ``severity`` mapping from the case's stored assessment, or None if unreadable.

    Only the keys of the template contract are kept, each checked for its type, so a
    document from another version can never break rendering.
    """
    try:
        data = json.loads(text) if text.strip() else None
    except json.JSONDecodeError:
        return None
    if not isinstance(data, dict):
        return None
    severity: dict[str, Any] = {
        key: data[key] for key in _SEVERITY_TEXT if isinstance(data.get(key), str)
    }
    if isinstance(data.get("mismatch"), bool | str):
        severity["mismatch"] = bool(data["mismatch"])
    levels = data.get("levels")
    if isinstance(levels, list) and all(isinstance(level, dict) for level in levels):
        severity["levels"] = levels
    return severity or None


def render_escalation(
    entry: TemplateEntry,
    facts: CaseFacts,
    note: EscalationNote,
    *,
    checklist: Checklist | None = None,
    severity: dict[str, Any] | None = None,
    engineer_name: str = "",
    team_name: str = "",
) -> str:
    """Render ``note`` through ``entry``; template inputs take their defaults.

    Values nobody supplied show as fill markers rather than failing.

    Raises:
        TemplateError: The template itself is broken.
    """
    context = build_context(
        facts,
        default_values(entry.form_fields()),
        checklist=checklist_template_context(checklist) if checklist is not None else None,
        severity=severity,
        escalation=to_template_context(note),
        engineer_name=engineer_name,
        team_name=team_name,
    )
    return render_entry(entry, context, markers=True)
