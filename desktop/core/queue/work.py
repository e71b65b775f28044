"""Per-case working state: the next step, the follow-up date, the customer's time zone, and
where the engineer was (tab, editor, cursor) when they left the case."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from desktop.core.case import utc_now
from desktop.core.queue.events import FOLLOW_UP_SET
from desktop.core.store import Store

_COLUMNS = "case_key, next_step, follow_up_at, customer_time_zone, place, accepted_facts"


@dataclass(frozen=True)
class Place:
    """Where the user was in a case: the side tab, the editor with focus and its cursor."""

    tab: str = ""
    editor: str = ""
    cursor: int = 0


@dataclass
class CaseWork:
    """What the engineer keeps about a case besides its facts and drafts."""

    next_step: str = ""
    follow_up_at: str | None = None  # ISO 8601 UTC, for "waiting on customer"
    customer_time_zone: str = ""  # IANA name; "" means guessed from the region
    place: Place = field(default_factory=Place)
    accepted_facts: list[dict[str, Any]] = field(default_factory=list)


def _place(text: str) -> Place:
    try:
        data = json.loads(text) if text else {}
        return Place(str(data.get("tab", "")), str(data.get("editor", "")), int(data["cursor"]))
    except (ValueError, KeyError, TypeError, AttributeError):
        return Place()


def _facts(text: str) -> list[dict[str, Any]]:
    try:
        data = json.loads(text)
    except ValueError:
        return []
    return [item for item in data if isinstance(item, dict)] if isinstance(data, list) else []


def _work(row: tuple[Any, ...]) -> CaseWork:
    return CaseWork(
        next_step=str(row[1]),
        follow_up_at=str(row[2]) if row[2] else None,
        customer_time_zone=str(row[3]),
        place=_place(str(row[4])),
        accepted_facts=_facts(str(row[5])),
    )


def load_work(store: Store, key: int) -> CaseWork:
    """The working state of one case (defaults when never saved)."""
    rows = store.read(f"SELECT {_COLUMNS} FROM case_work WHERE case_key = ?", key)
    return _work(rows[0]) if rows else CaseWork()


def all_work(store: Store) -> dict[int, CaseWork]:
    """The working state of every case that has one."""
    return {int(row[0]): _work(row) for row in store.read(f"SELECT {_COLUMNS} FROM case_work")}


def save_work(store: Store, key: int, work: CaseWork) -> None:
    """Store a case's working state; a changed follow-up date goes on the timeline too."""
    place = json.dumps(
        {"tab": work.place.tab, "editor": work.place.editor, "cursor": work.place.cursor}
    )
    facts = json.dumps(work.accepted_facts, ensure_ascii=False)
    with store.write() as db:
        row = db.execute("SELECT follow_up_at FROM case_work WHERE case_key = ?", (key,)).fetchone()
        previous = row[0] if row else None
        db.execute(
            f"INSERT INTO case_work ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (case_key) DO UPDATE SET next_step = excluded.next_step, "
            "follow_up_at = excluded.follow_up_at, "
            "customer_time_zone = excluded.customer_time_zone, "
            "place = excluded.place, accepted_facts = excluded.accepted_facts",
            (key, work.next_step, work.follow_up_at, work.customer_time_zone, place, facts),
        )
        if (previous or None) != (work.follow_up_at or None):
            db.execute(
                "INSERT INTO case_events (case_key, kind, at, detail) VALUES (?, ?, ?, ?)",
                (key, FOLLOW_UP_SET, utc_now(), work.follow_up_at or ""),
            )
