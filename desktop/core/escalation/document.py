"""Reading the case's stored escalation document without ever losing text.

Older Casewright versions stored the escalation as free text; a damaged or foreign document
may not be a note at all. Such text is kept whole in the summary, and a notice says so.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.escalation.fields import FIELDS_BY_NAME
from desktop.core.escalation.model import EscalationFormatError, EscalationNote, note_from_json

KEEP_FIELD = "summary"
"""Where text that is not a structured note is kept."""


@dataclass(frozen=True)
class LoadedNote:
    """A note read from the store, and what the user should be told about it ("" if nothing)."""

    note: EscalationNote
    notice: str = ""


def load_note(text: str) -> LoadedNote:
    """Read a stored escalation document; never raises and never drops text.

    An empty document is an empty note. Text that is not a note written by
    :func:`note_to_json` (free text from an older version, broken or foreign JSON) is put in
    the summary unchanged, with a notice saying why.
    """
    if not text.strip():
        return LoadedNote(EscalationNote())
    label = FIELDS_BY_NAME[KEEP_FIELD].label
    try:
        return LoadedNote(note_from_json(text))
    except EscalationFormatError as error:
        if text.lstrip().startswith(("{", "[")):
            why = f"could not be read as a structured note ({error})"
        else:
            why = "was free text from an earlier Casewright"
    notice = (
        f"This case's escalation note {why}. Its text is kept unchanged in {label}; "
        "move each part into its field."
    )
    return LoadedNote(EscalationNote(**{KEEP_FIELD: text}), notice)
