""" "Ignore here" choices, kept with their case in the store (table ``grammar_ignored``).

A spot is remembered by its rule, its text and the text either side rather than by offsets,
so it survives edits elsewhere in the document and a restart; ``place`` says which text of the
case it belongs to (``reply``, or an escalation note's field).
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.store import Store

CONTEXT = 24  # characters either side that identify an ignored spot


@dataclass(frozen=True)
class IgnoredSpot:
    """An issue ignored at one place: its rule, its text and the text either side."""

    rule_id: str
    text: str
    before: str
    after: str

    @classmethod
    def of(cls, rule_id: str, text: str, start: int, end: int) -> IgnoredSpot:
        """The spot of the issue of ``rule_id`` at ``text[start:end]``."""
        before, after = text[max(0, start - CONTEXT) : start], text[end : end + CONTEXT]
        return cls(rule_id, text[start:end], before, after)

    def matches(self, other: IgnoredSpot) -> bool:
        """The same issue at the same place, even if the text on one side was edited."""
        same = self.rule_id == other.rule_id and self.text == other.text
        return same and (self.before == other.before or self.after == other.after)


def load_ignored(store: Store, key: int, place: str) -> list[IgnoredSpot]:
    """The spots ignored in ``place`` of case ``key``, oldest first."""
    rows = store.read(
        "SELECT rule_id, text, before, after FROM grammar_ignored "
        "WHERE case_key = ? AND place = ? ORDER BY rowid",
        key,
        place,
    )
    return [IgnoredSpot(str(r[0]), str(r[1]), str(r[2]), str(r[3])) for r in rows]


def save_ignored(store: Store, key: int, place: str, spot: IgnoredSpot) -> None:
    """Remember ``spot`` in ``place`` of case ``key`` (once; a case deleted takes it along)."""
    with store.write() as db:
        db.execute(
            "INSERT OR IGNORE INTO grammar_ignored "
            "(case_key, place, rule_id, text, before, after) VALUES (?, ?, ?, ?, ?, ?)",
            (key, place, spot.rule_id, spot.text, spot.before, spot.after),
        )
