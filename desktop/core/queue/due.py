"""When a case's next answer is due: the severity's response time on the customer's plan, or the
follow-up date while the case waits on the customer."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo

from desktop.core.case import Case
from desktop.core.queue.business_time import add_duration
from desktop.core.queue.durations import parse_duration
from desktop.core.queue.events import CUSTOMER_MESSAGE, REPLY_SENT, Event
from desktop.core.queue.policy import QueuePolicy
from desktop.core.queue.work import CaseWork
from desktop.core.queue.zones import parse_utc
from desktop.core.severity.model import DefinitionSet, Level

CLOSED_STATUSES = frozenset({"resolved", "closed"})
WAITING_ON_CUSTOMER = "waiting on customer"


@dataclass(frozen=True)
class Due:
    """The next due time (UTC) of a case, or None, and why, in one line for a tooltip."""

    at: datetime | None
    basis: str


def _offered_level(definitions: DefinitionSet, selected: str, plan: str) -> Level | None:
    """The customer's level, or the highest level below it that ``plan`` offers."""
    level = definitions.resolve(selected)
    if level is None:
        return None
    offered = [lvl for lvl in definitions.levels[: definitions.rank(level.code) + 1]]
    return next((lvl for lvl in reversed(offered) if lvl.response_time(plan)), None)


def _clock_start(case: Case, events: Sequence[Event]) -> tuple[datetime | None, str]:
    """When the response clock started: the first customer message not yet answered, else the
    last reply (the customer expects the next update within the same time), else opening."""
    last_reply = next((e for e in reversed(events) if e.kind == REPLY_SENT), None)
    unanswered = [
        e
        for e in events
        if e.kind == CUSTOMER_MESSAGE and (last_reply is None or e.at > last_reply.at)
    ]
    if unanswered:
        return parse_utc(unanswered[0].at), "the customer's message"
    if last_reply is not None:
        return parse_utc(last_reply.at), "the last reply"
    return parse_utc(case.created_at), "opening"


def _follow_up(
    case: Case, events: Sequence[Event], work: CaseWork, zone: tzinfo, policy: QueuePolicy
) -> Due:
    if work.follow_up_at and (chosen := parse_utc(work.follow_up_at)) is not None:
        return Due(chosen, "Follow-up date you set")
    last_reply = next((e for e in reversed(events) if e.kind == REPLY_SENT), None)
    start = parse_utc(last_reply.at if last_reply else case.updated_at)
    if start is None:
        return Due(None, "No follow-up date")
    return Due(add_duration(start, policy.follow_up_after, zone, policy), "Follow-up policy")


def next_due(
    case: Case,
    events: Sequence[Event],
    work: CaseWork,
    *,
    definitions: DefinitionSet | None,
    plan: str,
    policy: QueuePolicy,
    zone: tzinfo,
) -> Due:
    """The case's next due time.

    Args:
        events: the case's timeline, oldest first (undone events left out).
        definitions: the severity scheme whose response times apply (None: no response time).
        plan: the customer's support plan (an unknown plan means the scheme's default).
        zone: the customer's time zone, for business hours and business days.
    """
    status = case.facts.status
    if case.archived or status in CLOSED_STATUSES:
        return Due(None, f"Nothing due: the case is {'archived' if case.archived else status}")
    if status == WAITING_ON_CUSTOMER:
        return _follow_up(case, events, work, zone, policy)
    if definitions is None:
        return Due(None, "No severity definitions loaded")
    plan = definitions.plan_or_default(plan)
    level = _offered_level(definitions, case.facts.severity, plan)
    if level is None:
        return Due(None, f"Severity {case.facts.severity!r} has no response time on {plan}")
    target = level.response_time(plan)
    span = parse_duration(target)
    start, since = _clock_start(case, events)
    if span is None or start is None:
        return Due(None, f"Cannot read the response time {target!r}")
    basis = f"{level.name} on {plan}: {target.lstrip('< ').strip()} after {since}"
    return Due(add_duration(start, span, zone, policy), basis)
