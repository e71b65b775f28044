"""The escalation note: an immutable record of the 20 text fields, and its JSON document."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, replace
from typing import Any

from desktop.core.escalation.fields import FIELD_NAMES, normalise_reproducibility

FORMAT_VERSION = 1


class EscalationFormatError(ValueError):
    """An escalation document cannot be read; the message says why."""


@dataclass(frozen=True)
class EscalationNote:
    """An escalation note for the product team. Every field is text ("" when empty)."""

    summary: str = ""
    service: str = ""
    component: str = ""
    region: str = ""
    versions: str = ""
    environment: str = ""
    steps: str = ""
    reproducibility: str = ""
    reproducibility_detail: str = ""
    expected: str = ""
    actual: str = ""
    impact: str = ""
    severity: str = ""
    severity_justification: str = ""
    workaround: str = ""
    evidence: str = ""
    timeline: str = ""
    tried: str = ""
    ask: str = ""
    suggested_fix: str = ""

    def with_changes(self, **changes: str) -> EscalationNote:
        """Return a copy with some fields changed.

        Raises:
            KeyError: A name is not a field of the note.
        """
        unknown = set(changes) - set(FIELD_NAMES)
        if unknown:
            raise KeyError(f"escalation notes have no field(s) {', '.join(sorted(unknown))}")
        return replace(self, **changes)

    def is_empty(self, name: str) -> bool:
        """Whether field ``name`` is empty or only whitespace."""
        value: str = getattr(self, name)
        return not value.strip()


def note_to_data(note: EscalationNote) -> dict[str, Any]:
    """The note as plain data with a ``version`` key."""
    return {"version": FORMAT_VERSION, **asdict(note)}


def note_from_data(data: Any) -> EscalationNote:
    """Build a note from :func:`note_to_data` output; missing fields are empty.

    Raises:
        EscalationFormatError: Not a mapping, an unknown version or key, or a non-text value.
    """
    if not isinstance(data, dict):
        raise EscalationFormatError("an escalation document must be a JSON object")
    version = data.get("version", FORMAT_VERSION)
    if version != FORMAT_VERSION:
        raise EscalationFormatError(
            f"escalation document version {version!r}; this Casewright reads {FORMAT_VERSION}"
        )
    values = {k: v for k, v in data.items() if k != "version"}
    unknown = sorted(set(values) - set(FIELD_NAMES))
    if unknown:
        raise EscalationFormatError(f"unknown escalation field(s): {', '.join(unknown)}")
    for name, value in values.items():
        if not isinstance(value, str):
            raise EscalationFormatError(f"escalation field {name} must be text")
    return EscalationNote(**values)


def note_to_json(note: EscalationNote) -> str:
    """The case's ``escalation`` document."""
    return json.dumps(note_to_data(note), ensure_ascii=False, indent=2)


def note_from_json(text: str) -> EscalationNote:
    """Read a note written by :func:`note_to_json`.

    Raises:
        EscalationFormatError: Not JSON, or not an escalation note.
    """
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise EscalationFormatError(
            f"escalation document is not valid JSON (line {error.lineno}): {error.msg}"
        ) from None
    return note_from_data(data)


def to_template_context(note: EscalationNote) -> dict[str, str]:
    """The ``escalation`` template mapping: every field as text.

    ``reproducibility`` is one of ``always``, ``intermittent``, ``not_reproduced`` or "" (an
    unrecognised value becomes "").
    """
    context = asdict(note)
    context["reproducibility"] = normalise_reproducibility(note.reproducibility) or ""
    return context
