"""Reading and writing a case's timeline and the thread of customer messages in the store."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from desktop.core.case import utc_now
from desktop.core.queue.events import CUSTOMER_MESSAGE, EVENT_KINDS, REPLY_SENT, Event
from desktop.core.store import Store

_COLUMNS = "id, case_key, kind, at, detail"


def _event(row: tuple[Any, ...]) -> Event:
    return Event(int(row[0]), int(row[1]), str(row[2]), str(row[3]), str(row[4]))


def add_event(store: Store, key: int, kind: str, detail: str = "", at: str | None = None) -> Event:
    """Append an event to a case's timeline (``at`` defaults to now) and return it."""
    if kind not in EVENT_KINDS:
        raise ValueError(f"unknown timeline event {kind!r}")
    when = at or utc_now()
    with store.write() as db:
        cursor = db.execute(
            "INSERT INTO case_events (case_key, kind, at, detail) VALUES (?, ?, ?, ?)",
            (key, kind, when, detail),
        )
        db.execute("UPDATE cases SET updated_at = ? WHERE key = ?", (utc_now(), key))
    return Event(int(cursor.lastrowid or 0), key, kind, when, detail)


def add_customer_message(
    store: Store, key: int, text: str, received_at: str | None = None
) -> Event:
    """Add a pasted customer message to the case's thread."""
    return add_event(store, key, CUSTOMER_MESSAGE, text, received_at)


def mark_reply_sent(store: Store, key: int, text: str) -> Event:
    """Record that the reply ``text`` went to the customer (copied or exported through the gate)."""
    return add_event(store, key, REPLY_SENT, text)


def undo_event(store: Store, event_id: int) -> None:
    """Take an event back (e.g. a reply marked sent that was not sent after all)."""
    with store.write() as db:
        db.execute("UPDATE case_events SET undone = 1 WHERE id = ?", (event_id,))


def case_events(store: Store, key: int) -> list[Event]:
    """A case's timeline, oldest first, without undone events."""
    rows = store.read(
        f"SELECT {_COLUMNS} FROM case_events WHERE case_key = ? AND undone = 0 ORDER BY at, id",
        key,
    )
    return [_event(row) for row in rows]


def events_by_case(store: Store, keys: Iterable[int] | None = None) -> dict[int, list[Event]]:
    """Timelines of many cases at once (all cases when ``keys`` is None), oldest first."""
    rows = store.read(f"SELECT {_COLUMNS} FROM case_events WHERE undone = 0 ORDER BY at, id")
    wanted = None if keys is None else set(keys)
    result: dict[int, list[Event]] = defaultdict(list)
    for row in rows:
        event = _event(row)
        if wanted is None or event.case_key in wanted:
            result[event.case_key].append(event)
    return dict(result)


def messages(events: Iterable[Event]) -> list[Event]:
    """The customer's messages among ``events``, oldest first."""
    return [e for e in events if e.kind == CUSTOMER_MESSAGE]


def last_of(events: Iterable[Event], kind: str) -> Event | None:
    """The latest event of ``kind``, or None."""
    found = [e for e in events if e.kind == kind]
    return found[-1] if found else None
