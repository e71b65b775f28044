"""Turns a timestamp match (named groups y, mo, mon, d, h, mi, s, ampm, iso, zone) into UTC."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta, timezone, tzinfo

from desktop.core.queue.zones import zone_or_none

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_OFFSET_RE = re.compile(r"^(?:UTC|GMT)?\s?([+-])\s?(\d{1,2})(?::?(\d\d))?$")
_AFTERNOON = {"pm", "p.m.", "下午", "晚上", "午後"}
_MORNING = {"am", "a.m.", "上午", "早上", "午前"}


def zone_for(word: str, zones: Mapping[str, str]) -> tzinfo | None:
    """The zone a written zone word means: ``UTC+8``, ``+09:00``, ``JST``, ``台灣時間``."""
    word = word.strip()
    if word == "Z":
        return UTC
    named = zones.get(word)
    if named is not None and not _OFFSET_RE.match(named):
        return zone_or_none(named)
    match = _OFFSET_RE.match(named or word)
    if match is None:
        return None
    sign = -1 if match[1] == "-" else 1
    hours, minutes = int(match[2]), int(match[3] or 0)
    if hours > 14 or minutes >= 60:
        return None
    return timezone(sign * timedelta(hours=hours, minutes=minutes))


def _hour(hour: int, ampm: str) -> int:
    marker = ampm.lower().replace(" ", "")
    if marker in _AFTERNOON and hour < 12:
        return hour + 12
    if marker in _MORNING and hour == 12:
        return 0
    return hour


def to_utc(
    groups: Mapping[str, str | None],
    zones: Mapping[str, str],
    default_zone: tzinfo,
    year: int,
) -> tuple[datetime, bool] | None:
    """The moment a match names, in UTC, and whether the text gave its zone; None if invalid."""
    month = groups.get("mo")
    if month is None and groups.get("mon"):
        month = str(_MONTHS.index(str(groups["mon"])[:3].lower()) + 1)
    if month is None or groups.get("d") is None or groups.get("h") is None:
        return None
    written = groups.get("iso") or groups.get("zone")
    zone = zone_for(written, zones) if written else default_zone
    if zone is None:
        return None
    try:
        local = datetime(
            int(groups.get("y") or year),
            int(month),
            int(str(groups["d"])),
            _hour(int(str(groups["h"])), groups.get("ampm") or ""),
            int(groups.get("mi") or 0),
            int(groups.get("s") or 0),
        )
    except ValueError:
        return None
    return local.replace(tzinfo=zone).astimezone(UTC), bool(written)
