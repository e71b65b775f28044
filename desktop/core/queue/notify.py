"""Which cases to announce as due: each case and due time once, never the case being typed in."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from desktop.core.queue.board import QueueEntry
from desktop.core.queue.zones import iso_utc

TYPING_PAUSE = timedelta(seconds=30)


@dataclass
class DueAnnouncer:
    """Remembers what was announced, so a case is announced once per due time.

    A new due time (the customer wrote again, the follow-up date moved) is announced again.
    """

    announced: set[tuple[int, str]] = field(default_factory=set)

    def due_now(
        self,
        entries: Iterable[QueueEntry],
        now: datetime,
        *,
        typing_key: int | None = None,
        last_keystroke: datetime | None = None,
    ) -> list[QueueEntry]:
        """Entries that became due and were not announced; marks them announced.

        The case with ``typing_key`` is held back while the last keystroke is under 30 s old,
        and announced on a later call once the user pauses.
        """
        typing = last_keystroke is not None and now - last_keystroke < TYPING_PAUSE
        result: list[QueueEntry] = []
        for entry in entries:
            due = entry.due.at
            if due is None or due > now:
                continue
            mark = (entry.case.key, iso_utc(due))
            if mark in self.announced or (typing and entry.case.key == typing_key):
                continue
            self.announced.add(mark)
            result.append(entry)
        return result
