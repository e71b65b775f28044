"""Adding durations to a moment, counting only business hours or business days when asked."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, tzinfo

from desktop.core.queue.durations import Duration
from desktop.core.queue.policy import QueuePolicy


def add_duration(start: datetime, span: Duration, zone: tzinfo, policy: QueuePolicy) -> datetime:
    """``start`` plus ``span``, in UTC; business spans use ``policy`` in the customer's ``zone``."""
    if not span.business:
        return start.astimezone(UTC) + timedelta(minutes=span.minutes)
    if span.days:
        return _add_business_days(start, span.whole_days, zone, policy)
    return _add_business_minutes(start, span.minutes, zone, policy)


def _add_business_days(start: datetime, days: int, zone: tzinfo, policy: QueuePolicy) -> datetime:
    local = start.astimezone(zone)
    day = local.date()
    while days > 0:
        day += timedelta(days=1)
        if policy.is_business_day(day.weekday()):
            days -= 1
    moment = datetime.combine(day, local.time().replace(tzinfo=None)).replace(tzinfo=zone)
    return moment.astimezone(UTC)


def _add_business_minutes(
    start: datetime, minutes: float, zone: tzinfo, policy: QueuePolicy
) -> datetime:
    moment = start.astimezone(UTC)
    remaining = timedelta(minutes=minutes)
    for _ in range(3700):  # ten years of days: ends even for odd policies
        day = moment.astimezone(zone).date()
        if policy.is_business_day(day.weekday()):
            opens = datetime.combine(day, policy.opens).replace(tzinfo=zone).astimezone(UTC)
            closes = datetime.combine(day, policy.closes).replace(tzinfo=zone).astimezone(UTC)
            moment = max(moment, opens)
            if moment < closes:
                if remaining <= closes - moment:
                    return moment + remaining
                remaining -= closes - moment
        next_day = datetime.combine(day + timedelta(days=1), datetime.min.time())
        moment = next_day.replace(tzinfo=zone).astimezone(UTC)
    raise ValueError("the queue policy has no business hours")
