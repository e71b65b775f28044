"""The ``format_datetime`` and ``format_date`` template filters (Babel, per case language)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from jinja2.runtime import Undefined

from desktop.core import dates


def _format_datetime(
    value: Any, format: str = "long", locale: str = "en", tz: str | None = None
) -> str:
    """``{{ when | format_datetime(locale=case.language) }}`` → ``2026年11月29日 下午2:05``."""
    if isinstance(value, Undefined):
        return str(value)  # a fill marker in marker mode; StrictUndefined raises here
    return dates.format_datetime(value, str(format), str(locale or "en"), tz)


def _format_date(value: Any, format: str = "long", locale: str = "en") -> str:
    """``{{ due | format_date(locale=case.language) }}`` → ``2026年11月29日``."""
    if isinstance(value, Undefined):
        return str(value)
    return dates.format_date(value, str(format), str(locale or "en"))


DATE_FILTERS: dict[str, Callable[..., str]] = {
    "format_datetime": _format_datetime,
    "format_date": _format_date,
}
