"""Moves issues found in an older text onto a newer text, dropping those the edit touched."""

from __future__ import annotations

from collections.abc import Iterable

from desktop.core.grammar.issue import Issue


def changed_region(old: str, new: str) -> tuple[int, int, int]:
    """Return ``(start, old_end, new_end)``: ``old[start:old_end]`` became
    ``new[start:new_end]``."""
    limit = min(len(old), len(new))
    start = 0
    while start < limit and old[start] == new[start]:
        start += 1
    suffix = 0
    while suffix < limit - start and old[-1 - suffix] == new[-1 - suffix]:
        suffix += 1
    return start, len(old) - suffix, len(new) - suffix


def remap_issues(issues: Iterable[Issue], old: str, new: str) -> list[Issue]:
    """Issues of ``old`` re-positioned for ``new``; issues touching the edit are dropped.

    Use it when a check result arrives for text the user has typed into since.
    """
    if old == new:
        return list(issues)
    start, old_end, new_end = changed_region(old, new)
    changed = [piece for piece in (old[start:old_end], new[start:new_end]) if piece]
    # An issue ending where the edit starts is touched only if the edit there is in a word.
    joins_left = any(_is_word_char(piece[0]) for piece in changed)
    joins_right = any(_is_word_char(piece[-1]) for piece in changed)
    delta = new_end - old_end
    kept = []
    for issue in issues:
        if issue.end < start or (issue.end == start and not joins_left):
            kept.append(issue)
        elif issue.start > old_end or (issue.start == old_end and not joins_right):
            kept.append(issue.shifted(delta))
    return kept


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char in "_'"
