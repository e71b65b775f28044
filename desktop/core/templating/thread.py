"""The customer's thread in templates: ``case.messages``, ``case.last_message`` and
``case.customer_time_zone``; and filters that show a time in UTC or in a given zone."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from jinja2.runtime import Undefined

from desktop.core.queue.zones import customer_zone, format_in_zone, parse_utc, zone_or_none

EMPTY_MESSAGE: dict[str, str] = {"text": "", "received_at": ""}


def thread_context(
    messages: Iterable[Mapping[str, str]], customer_time_zone: str, region: str
) -> dict[str, Any]:
    """``messages`` (oldest first, each ``text`` and ``received_at`` in ISO UTC), the last one,
    and the customer's zone: the one chosen for the case, else the region's guess, else ""."""
    listed = [
        {"text": str(m.get("text", "")), "received_at": str(m.get("received_at", ""))}
        for m in messages
    ]
    return {
        "messages": listed,
        "last_message": listed[-1] if listed else dict(EMPTY_MESSAGE),
        "customer_time_zone": customer_zone(customer_time_zone, region),
    }


def _in_zone(value: Any, zone: str = "UTC") -> str:
    """``{{ case.last_message.received_at | in_zone(case.customer_time_zone) }}`` →
    ``Sun 29 Nov 14:04 JST``; an empty time stays empty, an unknown zone means UTC."""
    if isinstance(value, Undefined):
        return str(value)
    moment = parse_utc(str(value)) if value else None
    if moment is None:
        return ""
    chosen = zone_or_none(str(zone)) if zone else None
    return format_in_zone(moment, chosen or zone_or_none("UTC") or moment.tzinfo)  # type: ignore[arg-type]


def _in_utc(value: Any) -> str:
    """``{{ t | in_utc }}`` → ``Sun 29 Nov 05:04 UTC``."""
    return _in_zone(value, "UTC")


TIME_FILTERS: dict[str, Callable[..., str]] = {"in_zone": _in_zone, "in_utc": _in_utc}
