"""Time zones: the customer's, guessed from the region; showing a time in UTC and in a zone."""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel.dates import format_skeleton

from desktop.core.resources import read_bundled_text
from desktop.core.safe_parse import safe_load


@cache
def _region_zones() -> dict[str, str]:
    data = safe_load(read_bundled_text("resources", "queue/region_time_zones.yaml"))
    return {region.lower(): zone for provider in data.values() for region, zone in provider.items()}


def zone_or_none(name: str) -> ZoneInfo | None:
    """The IANA zone called ``name``, or None when there is no such zone."""
    name = name.strip()
    if not name or name.startswith(("/", ".")) or ".." in name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):  # OSError: a pasted log line is too
        return None  # long to be a file name


def guess_time_zone(region: str) -> str:
    """The IANA zone a cloud region's customers most likely live in, or "" for no guess.

    ``region`` may list several regions (``"ap-northeast-1, us-east-1"``); the first known wins.
    """
    for part in region.replace(",", " ").split():
        zone = _region_zones().get(part.strip().lower())
        if zone:
            return zone
    return ""


def customer_zone(chosen: str, region: str) -> str:
    """The case's customer time zone: the one the engineer chose, else the region's guess."""
    if zone_or_none(chosen) is not None:
        return chosen.strip()
    return guess_time_zone(region)


def local_zone() -> tzinfo:
    """This computer's time zone."""
    return datetime.now().astimezone().tzinfo or UTC


def engineer_zone(name: str = "") -> tzinfo:
    """The engineer's zone: ``name`` when it is a valid IANA zone, else this computer's."""
    return zone_or_none(name) or local_zone()


def parse_utc(text: str) -> datetime | None:
    """An ISO 8601 time as an aware UTC datetime (naive text is taken as UTC); None if invalid."""
    try:
        moment = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone(UTC)


def iso_utc(moment: datetime) -> str:
    """``2026-11-29T05:04:00Z``: to the second, in UTC."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


# Abbreviations that name different zones around the world (Taipei's CST is not Chicago's).
_AMBIGUOUS = frozenset({"CST", "IST", "BST", "AST"})


def zone_label(moment: datetime) -> str:
    """``JST``, or ``UTC+8`` where tzdata has no abbreviation or an ambiguous one."""
    name = moment.tzname() or ""
    if name.isalpha() and name not in _AMBIGUOUS:
        return name
    offset = moment.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    sign = "-" if minutes < 0 else "+"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")


def format_in_zone(
    moment: datetime, zone: tzinfo, *, with_date: bool = True, locale: str | None = None
) -> str:
    """``Sun 29 Nov 14:04 JST``: the time as seen in ``zone``, with the zone's abbreviation.

    With a Babel ``locale`` (the UI's, e.g. ``zh_Hant_TW``) the date reads as that language
    writes it: ``11月29日週日 14:04 JST``, ``11月29日(日) 14:04 JST``.
    """
    local = moment.astimezone(zone)
    if locale:
        day = format_skeleton("MMMEd", local, locale=locale) + " " if with_date else ""
        return f"{day}{format_skeleton('Hm', local, locale=locale)} {zone_label(local)}"
    pattern = "%a %d %b %H:%M" if with_date else "%H:%M"
    return f"{local.strftime(pattern)} {zone_label(local)}"
