"""Durations as people write them: "< 24 business hours", "15 minutes", "3 business days"."""

from __future__ import annotations

import re
from dataclasses import dataclass

_DURATION_RE = re.compile(
    r"^\s*<?\s*(?P<count>\d+(?:\.\d+)?)\s*(?P<business>business\s+)?"
    r"(?P<unit>minute|min|hour|hr|h|day|d)s?\s*$",
    re.IGNORECASE,
)
_MINUTES = {"minute": 1, "min": 1, "hour": 60, "hr": 60, "h": 60, "day": 1440, "d": 1440}


@dataclass(frozen=True)
class Duration:
    """A span of time; ``business`` spans count only business hours (or business days)."""

    minutes: float
    business: bool = False
    days: bool = False  # counted in whole days (business days keep the clock time)

    @property
    def whole_days(self) -> int:
        return round(self.minutes / 1440)


def parse_duration(text: str) -> Duration | None:
    """The duration ``text`` states, or None when it is not one (e.g. "" or "next week")."""
    match = _DURATION_RE.match(text)
    if match is None:
        return None
    unit = match["unit"].lower()
    minutes = float(match["count"]) * _MINUTES[unit]
    if minutes <= 0:
        return None
    return Duration(minutes, business=bool(match["business"]), days=unit in {"day", "d"})
