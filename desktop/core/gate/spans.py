"""Sets of character spans with fast containment and overlap queries."""

from __future__ import annotations

from bisect import bisect_left, bisect_right


class Intervals:
    """Spans sorted by start, answering "does one contain / overlap this?" by bisection.

    Keeps the gate linear-ish on large pastes, where a per-finding ``any(...)`` was quadratic.
    """

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans = sorted(spans)
        self.starts = [start for start, _end in spans]
        self.max_end: list[int] = []
        for _start, end in spans:
            self.max_end.append(max(end, self.max_end[-1] if self.max_end else end))

    def _furthest_end(self, count: int) -> int:
        return self.max_end[count - 1] if count else -1

    def contains(self, start: int, end: int) -> bool:
        """True when some span covers ``[start, end)``."""
        return self._furthest_end(bisect_right(self.starts, start)) >= end

    def overlaps(self, start: int, end: int) -> bool:
        """True when some span shares at least one character with ``[start, end)``."""
        return self._furthest_end(bisect_left(self.starts, end)) > start
