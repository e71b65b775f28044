"""The team's queue policy: business hours and days, the default follow-up, "due soon"."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time
from pathlib import Path
from typing import Any

import yaml

from desktop.core.queue.durations import Duration, parse_duration
from desktop.core.resources import bundled_path
from desktop.core.safe_parse import safe_load

_THREE_BUSINESS_DAYS = Duration(3 * 1440, business=True, days=True)
_ONE_HOUR = Duration(60)
WEEKDAYS: tuple[str, ...] = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


class PolicyError(ValueError):
    """A queue policy file is unreadable or invalid; the message names the file."""


@dataclass(frozen=True)
class QueuePolicy:
    """Business hours (customer's local time), business weekdays (0 = Monday) and durations."""

    opens: time = time(8, 0)
    closes: time = time(18, 0)
    business_days: frozenset[int] = frozenset(range(5))
    follow_up_after: Duration = _THREE_BUSINESS_DAYS
    due_soon: Duration = _ONE_HOUR

    def is_business_day(self, weekday: int) -> bool:
        return weekday in self.business_days


def bundled_policy_path() -> Path:
    """The bundled policy (``resources/queue/policy.yaml``)."""
    return bundled_path("resources", "queue/policy.yaml")


def _clock(path: Path, value: Any, what: str) -> time:
    try:
        hours, minutes = str(value).split(":")
        return time(int(hours), int(minutes))
    except ValueError as error:
        raise PolicyError(f"{path}: {what} must be a time like 08:00, not {value!r}") from error


def _duration(path: Path, value: Any, what: str) -> Duration:
    parsed = parse_duration(str(value))
    if parsed is None:
        raise PolicyError(
            f"{path}: {what} must be a duration like '3 business days', not {value!r}"
        )
    return parsed


def load_policy(path: Path | None = None) -> QueuePolicy:
    """Read a policy file (the bundled one when ``path`` is None or empty)."""
    path = path or bundled_policy_path()
    try:
        data = safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise PolicyError(f"{path}: cannot read the queue policy ({error})") from error
    if not isinstance(data, dict):
        raise PolicyError(f"{path}: the queue policy must be a mapping of key: value")
    hours = data.get("business_hours") or {}
    if not isinstance(hours, dict):
        raise PolicyError(f"{path}: business_hours must have start and end")
    opens = _clock(path, hours.get("start", "08:00"), "business_hours.start")
    closes = _clock(path, hours.get("end", "18:00"), "business_hours.end")
    if closes <= opens:
        raise PolicyError(f"{path}: business_hours.end must be after business_hours.start")
    days = data.get("business_days", list(WEEKDAYS[:5]))
    if not isinstance(days, list) or not days or any(d not in WEEKDAYS for d in days):
        raise PolicyError(f"{path}: business_days must list days among {', '.join(WEEKDAYS)}")
    return QueuePolicy(
        opens=opens,
        closes=closes,
        business_days=frozenset(WEEKDAYS.index(d) for d in days),
        follow_up_after=_duration(
            path, data.get("follow_up_after", "3 business days"), "follow_up_after"
        ),
        due_soon=_duration(path, data.get("due_soon", "60 minutes"), "due_soon"),
    )
