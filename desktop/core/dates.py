"""Dates and times written the way each case language writes them (Babel, CLDR data)."""

from __future__ import annotations

from datetime import UTC, date, datetime, tzinfo
from typing import Literal, cast
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel import Locale, UnknownLocaleError
from babel.dates import format_date as babel_format_date
from babel.dates import format_datetime as babel_format_datetime
from babel.dates import format_time as babel_format_time
from babel.dates import get_datetime_format

# Case languages as Casewright spells them, and the CLDR locale each one means.
CASE_LOCALES: dict[str, str] = {"en": "en_US", "zh-TW": "zh_Hant_TW", "ja": "ja_JP"}
_WIDTHS = ("short", "medium", "long", "full")


class DateFormatError(ValueError):
    """A value that is not a date, or a locale or time zone Babel does not know."""


def babel_locale(language: str) -> Locale:
    """The Babel locale of a case language (``zh-TW``, ``ja``, ``en``) or a locale name."""
    name = CASE_LOCALES.get(language, language or "en_US")
    try:
        return Locale.parse(name.replace("-", "_"))
    except (ValueError, UnknownLocaleError) as error:
        raise DateFormatError(f"unknown language or locale {language!r}") from error


def as_datetime(value: object) -> datetime:
    """A ``datetime`` from a datetime, a date or an ISO 8601 string."""
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError as error:
            raise DateFormatError(f"{value!r} is not an ISO date or date and time") from error
    raise DateFormatError(f"expected a date or time, got {type(value).__name__}")


def _zone(tz: str | tzinfo | None) -> tzinfo | None:
    if tz is None or isinstance(tz, tzinfo):
        return tz
    if tz.upper() == "UTC":
        return UTC
    try:
        return ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise DateFormatError(f"unknown time zone {tz!r}") from error


def format_datetime(
    value: object, format: str = "long", locale: str = "en", tz: str | tzinfo | None = None
) -> str:
    """Write a date and time in ``locale``'s words: a ``long`` date and a ``short`` time.

    ``2026-11-29T14:05`` gives ``2026年11月29日 下午2:05`` in zh-TW, ``2026年11月29日 14:05`` in ja
    and ``November 29, 2026, 2:05 PM`` in en. ``format`` is a width (short, medium, long,
    full: the date's width; the time stays short) or a CLDR pattern such as ``yyyy/MM/dd HH:mm``.
    An aware value is converted to ``tz`` when one is given; a naive value is shown as it is.
    """
    moment = as_datetime(value)
    zone = _zone(tz)
    if zone is not None and moment.tzinfo is not None:
        moment = moment.astimezone(zone)
    where = babel_locale(locale)
    if format not in _WIDTHS:
        return babel_format_datetime(moment, format, locale=where) if format else ""
    day = babel_format_date(moment, format, locale=where)
    time = babel_format_time(moment, "short", locale=where, tzinfo=moment.tzinfo)
    width = cast(Literal["full", "long", "medium", "short"], format)
    pattern = str(get_datetime_format(width, locale=where)).replace("'", "")
    return pattern.replace("{1}", day).replace("{0}", time)


def format_date(value: object, format: str = "long", locale: str = "en") -> str:
    """Write a date in ``locale``'s words (``2026年11月29日``); ``format`` as for datetimes."""
    return babel_format_date(as_datetime(value), format, locale=babel_locale(locale))
