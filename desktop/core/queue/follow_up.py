"""Quick follow-up dates for "waiting on customer": tomorrow morning or in 3 business days."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, tzinfo

from desktop.core.queue.business_time import add_duration
from desktop.core.queue.durations import Duration
from desktop.core.queue.policy import QueuePolicy


def next_business_morning(now: datetime, zone: tzinfo, policy: QueuePolicy) -> datetime:
    """When business hours next open on a later day, in the customer's ``zone`` (as UTC)."""
    day = now.astimezone(zone).date() + timedelta(days=1)
    while not policy.is_business_day(day.weekday()):
        day += timedelta(days=1)
    return datetime.combine(day, policy.opens).replace(tzinfo=zone).astimezone(UTC)


def quick_follow_ups(now: datetime, zone: tzinfo, policy: QueuePolicy) -> dict[str, datetime]:
    """The quick choices, by label: "Tomorrow" and "In 3 business days"."""
    return {
        "Tomorrow": next_business_morning(now, zone, policy),
        "In 3 business days": add_duration(
            now, Duration(3 * 1440, business=True, days=True), zone, policy
        ),
    }
