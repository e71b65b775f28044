"""Reading the checklist document kept with a case, whatever an older version left there."""

from __future__ import annotations

import json

from desktop.core.checklist.errors import ChecklistFormatError
from desktop.core.checklist.model import Checklist
from desktop.core.checklist.serial import checklist_from_json


def read_stored_checklist(text: str) -> tuple[Checklist, str]:
    """Return the case's checklist and a message for the user ("" when all is well).

    Never raises: an empty document is a blank checklist; plain text (a legacy note) is kept
    as the preconditions of a blank checklist; a damaged or unknown document gives a blank
    checklist and says so (the saved versions stay in the case's history).
    """
    if not text.strip():
        return Checklist(), ""
    try:
        json.loads(text)
    except json.JSONDecodeError:
        if not text.lstrip().startswith(("{", "[")):
            return (
                Checklist(title="Reproduction steps", preconditions=text.strip()),
                "This case's checklist was plain text; it is kept under Preconditions.",
            )
    try:
        return checklist_from_json(text, source="saved checklist"), ""
    except ChecklistFormatError as error:
        return Checklist(), (
            f"The saved checklist could not be read ({error}); showing a blank one. "
            "Earlier versions are under Case → Checklist history."
        )
