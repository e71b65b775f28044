"""A case's timeline as stored: customer messages, replies sent and status changes."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from desktop.core.case import utc_now

CUSTOMER_MESSAGE = "customer_message"
REPLY_SENT = "reply_sent"
STATUS_CHANGED = "status_changed"
FOLLOW_UP_SET = "follow_up_set"
EVENT_KINDS: tuple[str, ...] = (CUSTOMER_MESSAGE, REPLY_SENT, STATUS_CHANGED, FOLLOW_UP_SET)
_ARROW = " → "


@dataclass(frozen=True)
class Event:
    """One moment in a case's life; ``at`` is ISO 8601 UTC, ``detail`` depends on ``kind``.

    customer_message: the message text; reply_sent: the reply text; status_changed:
    ``"old → new"``; follow_up_set: the follow-up time (ISO UTC) or "" when cleared.
    """

    id: int
    case_key: int
    kind: str
    at: str
    detail: str = ""

    @property
    def new_status(self) -> str:
        """For a status change, the status the case moved to."""
        return self.detail.split(_ARROW)[-1] if self.kind == STATUS_CHANGED else ""


def record_status_change(db: sqlite3.Connection, key: int, new_status: str) -> None:
    """Inside a facts update: add a ``status_changed`` event when the status differs."""
    row = db.execute("SELECT status FROM cases WHERE key = ?", (key,)).fetchone()
    if row is not None and row[0] != new_status:
        db.execute(
            "INSERT INTO case_events (case_key, kind, at, detail) VALUES (?, ?, ?, ?)",
            (key, STATUS_CHANGED, utc_now(), f"{row[0]}{_ARROW}{new_status}"),
        )
