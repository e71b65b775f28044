"""The shift handover note: every open case touched in the shift, secrets redacted by the gate."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo
from typing import Any

from desktop.core.gate.redact import redact
from desktop.core.gate.scanner import scan
from desktop.core.queue.board import QueueEntry
from desktop.core.queue.events import CUSTOMER_MESSAGE, REPLY_SENT
from desktop.core.queue.timeline import last_of
from desktop.core.queue.zones import format_in_zone, iso_utc, parse_utc

BLOCKED_ON = {
    "waiting on customer": "the customer",
    "waiting on product team": "the product team",
}
_LINE_LIMIT = 140


@dataclass(frozen=True)
class HandoverNote:
    """The note as Markdown and as JSON-ready data, and how many secrets the gate redacted."""

    markdown: str
    cases: list[dict[str, Any]]
    redactions: int


def two_lines(text: str) -> str:
    """The first two non-empty lines of ``text``, each cut to a readable length."""
    lines = [line.strip() for line in text.splitlines() if line.strip()][:2]
    return "\n".join(
        line if len(line) <= _LINE_LIMIT else line[: _LINE_LIMIT - 1] + "…" for line in lines
    )


def touched_since(entry: QueueEntry, since: datetime) -> bool:
    """Whether the case was edited, written to or answered at or after ``since``."""
    moments = [entry.case.updated_at, *(event.at for event in entry.events)]
    return any((moment := parse_utc(text)) is not None and moment >= since for text in moments)


def _safe(text: str) -> tuple[str, int]:
    """``text`` with every secret the gate blocks replaced by a typed marker."""
    secrets = [f for f in scan(text) if f.blocks and f.fix == "redact"]
    return (redact(text, secrets), len(secrets)) if secrets else (text, 0)


def _case_data(
    entry: QueueEntry, now: datetime, team_zone: tzinfo, locale: str | None
) -> dict[str, Any]:
    facts = entry.case.facts
    due = entry.due.at
    last_message = last_of(entry.events, CUSTOMER_MESSAGE)
    last_reply = last_of(entry.events, REPLY_SENT)
    return {
        "case_id": entry.display_id,
        "subject": facts.subject,
        "customer": facts.customer_org or facts.contact_name,
        "severity": facts.severity,
        "status": facts.status,
        "due": iso_utc(due) if due else None,
        "due_team_time": format_in_zone(due, team_zone, locale=locale) if due else None,
        "overdue": due is not None and due <= now,
        "customer_time_zone": entry.customer_time_zone,
        "next_step": entry.work.next_step,
        "blocked_on": BLOCKED_ON.get(facts.status, ""),
        "last_customer_message": two_lines(last_message.detail) if last_message else "",
        "last_reply": two_lines(last_reply.detail) if last_reply else "",
    }


def _redacted(data: dict[str, Any]) -> tuple[dict[str, Any], int]:
    total = 0
    clean: dict[str, Any] = {}
    for key, value in data.items():
        if isinstance(value, str):
            value, count = _safe(value)
            total += count
        clean[key] = value
    return clean, total


def _quoted(text: str) -> list[str]:
    return [f"  > {line}" for line in text.splitlines()] or ["  > (none)"]


def _stamp(moment: datetime, locale: str | None) -> str:
    """``2026-11-29 14:05 UTC``, or as ``locale`` writes it (``11月29日 週日 14:05 UTC``)."""
    if locale:
        return format_in_zone(moment, UTC, locale=locale)
    return f"{moment.strftime('%Y-%m-%d %H:%M')} UTC"


def _markdown(
    cases: list[dict[str, Any]],
    since: datetime,
    now: datetime,
    zone_name: str,
    locale: str | None = None,
) -> str:
    lines = [
        f"# Handover — {_stamp(now, locale)}",
        "",
        f"{len(cases)} open case{'s' if len(cases) != 1 else ''} touched since "
        f"{_stamp(since, locale)}. Times: UTC / {zone_name}.",
    ]
    for case in cases:
        due = "nothing due"
        if case["due"]:
            marker = " — **OVERDUE**" if case["overdue"] else ""
            utc = format_in_zone(parse_utc(case["due"]) or now, UTC, locale=locale)
            due = f"{utc} / {case['due_team_time']}{marker}"
        lines += [
            "",
            f"## {case['case_id']} · {case['subject'] or '(no subject)'}",
            f"- Customer: {case['customer'] or '—'} "
            f"({case['customer_time_zone'] or 'time zone unknown'})",
            f"- Severity: {case['severity']} · Status: {case['status']}",
            f"- Due: {due}",
            f"- Next step: {case['next_step'] or '—'}",
            f"- Blocked on: {case['blocked_on'] or 'nobody (ours to answer)'}",
            "- Last customer message:",
            *_quoted(case["last_customer_message"]),
            "- Last reply:",
            *_quoted(case["last_reply"]),
        ]
    return "\n".join(lines) + "\n"


def build_handover(
    entries: list[QueueEntry],
    *,
    since: timedelta,
    team_zone: tzinfo,
    team_zone_name: str,
    now: datetime | None = None,
    locale: str | None = None,
) -> HandoverNote:
    """The note for the open ``entries`` touched in the last ``since``, soonest due first.

    ``locale`` (a Babel locale such as ``zh_Hant_TW``) writes the dates in that language; the
    note's words stay English, the common language of follow-the-sun shifts. Without it the
    dates read ``Sun 29 Nov 14:04 JST``.
    """
    now = now or datetime.now(UTC)
    start = now - since
    cases: list[dict[str, Any]] = []
    redactions = 0
    for entry in entries:
        if not touched_since(entry, start):
            continue
        data, count = _redacted(_case_data(entry, now, team_zone, locale))
        cases.append(data)
        redactions += count
    markdown = _markdown(cases, start, now, team_zone_name, locale)
    return HandoverNote(markdown, cases, redactions)
