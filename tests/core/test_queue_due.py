"""Next response due: severity response time on the customer's plan, business hours in the
customer's zone, follow-ups while waiting on the customer, and how it reads in the list."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from desktop.core.case import Case, CaseFacts
from desktop.core.queue.due import next_due
from desktop.core.queue.events import CUSTOMER_MESSAGE, REPLY_SENT, Event
from desktop.core.queue.labels import OVERDUE, SOON, due_label
from desktop.core.queue.policy import PolicyError, QueuePolicy, load_policy
from desktop.core.queue.work import CaseWork
from desktop.core.severity.catalog import load_definitions

CATALOG = load_definitions()
AWS = CATALOG.get("aws")
GCP = CATALOG.get("gcp")
TOKYO = ZoneInfo("Asia/Tokyo")
OPENED = "2026-11-27T01:00:00+00:00"  # Friday 10:00 in Tokyo


def _case(severity: str, status: str = "open") -> Case:
    facts = CaseFacts(severity=severity, status=status, region="ap-northeast-1")
    return Case(key=1, facts=facts, created_at=OPENED, updated_at=OPENED)


def _event(kind: str, at: str) -> Event:
    return Event(0, 1, kind, at, "text")


def _due(
    case: Case, events: list[Event], plan: str = "Enterprise", **kw: object
) -> datetime | None:
    work = kw.pop("work", CaseWork())
    assert isinstance(work, CaseWork)
    return next_due(
        case, events, work, definitions=AWS, plan=plan, policy=load_policy(), zone=TOKYO
    ).at


@pytest.mark.parametrize(
    ("severity", "plan", "after"),
    [
        ("critical", "Enterprise", timedelta(minutes=15)),
        ("critical", "Enterprise On-Ramp", timedelta(minutes=30)),
        ("urgent", "Business", timedelta(hours=1)),
        ("high", "Business", timedelta(hours=4)),
        ("normal", "Enterprise", timedelta(hours=12)),
        ("low", "Business", timedelta(hours=24)),
    ],
)
def test_response_time_of_the_customer_severity_on_their_plan(
    severity: str, plan: str, after: timedelta
) -> None:
    assert _due(_case(severity), [], plan) == datetime(2026, 11, 27, 1, tzinfo=UTC) + after


def test_a_level_the_plan_does_not_offer_uses_the_highest_level_it_does() -> None:
    # Business has no "critical" (15/30 min): the customer gets the urgent target, 1 hour.
    assert _due(_case("critical"), [], "Business") == datetime(2026, 11, 27, 2, tzinfo=UTC)


def test_business_hours_skip_the_weekend_in_the_customer_zone() -> None:
    # Developer plan, normal: 12 business hours from Friday 10:00 JST. Friday gives 8 (to 18:00),
    # Monday 08:00 + 4 h = Monday 12:00 JST = 03:00 UTC.
    assert _due(_case("normal"), [], "Developer") == datetime(2026, 11, 30, 3, tzinfo=UTC)


def test_the_clock_starts_at_the_first_unanswered_customer_message() -> None:
    events = [
        _event(REPLY_SENT, "2026-11-27T01:30:00+00:00"),
        _event(CUSTOMER_MESSAGE, "2026-11-27T05:00:00+00:00"),
        _event(CUSTOMER_MESSAGE, "2026-11-27T06:00:00+00:00"),
    ]
    assert _due(_case("urgent"), events) == datetime(2026, 11, 27, 6, tzinfo=UTC)


def test_after_our_reply_the_next_update_is_due_within_the_same_time() -> None:
    events = [
        _event(CUSTOMER_MESSAGE, "2026-11-27T01:10:00+00:00"),
        _event(REPLY_SENT, "2026-11-27T01:30:00+00:00"),
    ]
    assert _due(_case("urgent"), events) == datetime(2026, 11, 27, 2, 30, tzinfo=UTC)


def test_waiting_on_customer_uses_the_follow_up_date_set() -> None:
    work = CaseWork(follow_up_at="2026-12-02T00:00:00+00:00")
    due = _due(_case("urgent", "waiting on customer"), [], work=work)
    assert due == datetime(2026, 12, 2, tzinfo=UTC)


def test_waiting_on_customer_without_a_date_follows_the_policy() -> None:
    # 3 business days after the reply on Friday 11:00 JST: Wednesday 11:00 JST.
    events = [_event(REPLY_SENT, "2026-11-27T02:00:00+00:00")]
    due = _due(_case("urgent", "waiting on customer"), events)
    assert due == datetime(2026, 12, 2, 2, tzinfo=UTC)


@pytest.mark.parametrize("status", ["resolved", "closed"])
def test_nothing_is_due_on_a_closed_case(status: str) -> None:
    assert _due(_case("critical", status), []) is None


def test_google_cloud_aliases_map_case_severity_to_priorities() -> None:
    case = _case("urgent")  # P1 on Premium: 15 minutes
    due = next_due(
        case, [], CaseWork(), definitions=GCP, plan="Premium", policy=QueuePolicy(), zone=TOKYO
    )
    assert due.at == datetime(2026, 11, 27, 1, 15, tzinfo=UTC)
    assert "15 minutes" in due.basis


def test_labels_read_like_the_list_shows_them() -> None:
    now = datetime(2026, 11, 29, 12, tzinfo=UTC)
    assert due_label(now + timedelta(minutes=25), now).text == "due in 25 min"
    assert due_label(now + timedelta(minutes=25), now).state == SOON
    assert due_label(now - timedelta(minutes=70), now).text == "overdue 1 h 10 min"
    assert due_label(now - timedelta(hours=1), now).state == OVERDUE
    assert due_label(now + timedelta(days=2, hours=3), now).text == "due in 2 d 3 h"
    assert due_label(None, now).text == ""


def test_a_team_policy_with_bad_hours_is_refused_with_the_file_named(tmp_path: object) -> None:
    from pathlib import Path

    path = Path(str(tmp_path)) / "policy.yaml"
    path.write_text("business_hours: {start: '18:00', end: '09:00'}\n", encoding="utf-8")
    with pytest.raises(PolicyError, match=r"policy\.yaml: business_hours\.end"):
        load_policy(path)
    path.write_text("business_days: [Mon, Funday]\n", encoding="utf-8")
    with pytest.raises(PolicyError, match="business_days"):
        load_policy(path)


def test_a_due_case_is_announced_once_per_due_time_and_not_while_typing_in_it() -> None:
    from desktop.core.queue.board import QueueEntry
    from desktop.core.queue.due import Due
    from desktop.core.queue.notify import DueAnnouncer

    now = datetime(2026, 11, 29, 12, tzinfo=UTC)

    def entry(key: int, due: datetime | None) -> QueueEntry:
        return QueueEntry(Case(key=key), CaseWork(), (), Due(due, ""), "")

    announcer = DueAnnouncer()
    entries = [entry(1, now - timedelta(minutes=1)), entry(2, now), entry(3, now + timedelta(1))]
    typed = now - timedelta(seconds=5)
    first = announcer.due_now(entries, now, typing_key=2, last_keystroke=typed)
    assert [e.case.key for e in first] == [1]
    assert announcer.due_now(entries, now, typing_key=2, last_keystroke=typed) == []
    later = now + timedelta(minutes=1)  # the user paused typing
    assert [
        e.case.key for e in announcer.due_now(entries, later, typing_key=2, last_keystroke=typed)
    ] == [2]
    assert announcer.due_now(entries, later) == []
    moved = [entry(1, now + timedelta(seconds=30))]  # a new due time for case 1
    assert [e.case.key for e in announcer.due_now(moved, later)] == [1]


def test_quick_follow_ups_land_in_the_customers_business_hours() -> None:
    from desktop.core.queue.follow_up import quick_follow_ups

    friday_evening = datetime(2026, 11, 27, 10, tzinfo=UTC)  # 19:00 in Tokyo
    choices = quick_follow_ups(friday_evening, TOKYO, load_policy())
    assert choices["Tomorrow"] == datetime(2026, 11, 29, 23, tzinfo=UTC)  # Monday 08:00 JST
    assert choices["In 3 business days"] == datetime(2026, 12, 2, 10, tzinfo=UTC)
