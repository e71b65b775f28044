"""How due times read in the list: "due in 25 min", "overdue 1 h", and a state for colour."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from desktop.core.i18n import translate

OVERDUE = "overdue"
SOON = "soon"
LATER = "later"
NONE = "none"


@dataclass(frozen=True)
class DueLabel:
    """Text such as "due in 25 min" and a state: overdue, soon, later or none."""

    text: str
    state: str


def span_text(span: timedelta) -> str:
    """``25 min``, ``1 h``, ``1 h 20 min`` (under 6 h), ``7 h``, ``2 d 3 h``, ``5 d``."""
    minutes = max(0, int(span.total_seconds() // 60))
    if minutes < 60:
        return translate("Queue", "{minutes} min").format(minutes=minutes)
    hours, rest = divmod(minutes, 60)
    if hours < 6 and rest:
        return translate("Queue", "{hours} h {minutes} min").format(hours=hours, minutes=rest)
    if hours < 48:
        return translate("Queue", "{hours} h").format(hours=hours)
    days, hours = divmod(hours, 24)
    if hours and days < 5:
        return translate("Queue", "{days} d {hours} h").format(days=days, hours=hours)
    return translate("Queue", "{days} d").format(days=days)


def due_label(
    due: datetime | None, now: datetime, soon: timedelta = timedelta(hours=1)
) -> DueLabel:
    """The label for a case due at ``due`` (None: nothing due)."""
    if due is None:
        return DueLabel("", NONE)
    if due <= now:
        return DueLabel(
            translate("Queue", "overdue {span}").format(span=span_text(now - due)), OVERDUE
        )
    state = SOON if due - now <= soon else LATER
    return DueLabel(translate("Queue", "due in {span}").format(span=span_text(due - now)), state)
