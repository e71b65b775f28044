"""Undo for "Fill from …": remember what a fill changed, and take back only what is unchanged."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.escalation import FIELD_NAMES, FIELDS_BY_NAME, EscalationNote
from desktop.ui.i18n import core_text


@dataclass(frozen=True)
class FillRecord:
    """One fill: each changed field's value before and after."""

    source: str
    before: dict[str, str]
    after: dict[str, str]

    @classmethod
    def between(cls, source: str, old: EscalationNote, new: EscalationNote) -> FillRecord:
        """The record of a fill that turned ``old`` into ``new``."""
        changed = [n for n in FIELD_NAMES if getattr(old, n) != getattr(new, n)]
        return cls(
            source, {n: getattr(old, n) for n in changed}, {n: getattr(new, n) for n in changed}
        )

    def labels(self) -> str:
        """The changed fields' labels, for a status message."""
        return ", ".join(core_text(FIELDS_BY_NAME[name].label) for name in self.after)

    def undo_changes(self, current: EscalationNote) -> dict[str, str]:
        """The old values of fields still holding what the fill put there (later edits stay)."""
        return {
            name: self.before[name]
            for name, value in self.after.items()
            if getattr(current, name) == value
        }
