"""Finds the facts in a customer message; patterns come from ``resources/intake/``."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime, tzinfo
from functools import cache

from desktop.core.intake.facts import Fact
from desktop.core.intake.patterns import IntakePatterns, load_patterns
from desktop.core.intake.timestamps import to_utc, zone_for
from desktop.core.queue.zones import iso_utc

_ARN_TRAILING = ".,;:`'"


@cache
def bundled_patterns() -> IntakePatterns:
    """The bundled patterns, compiled once per process."""
    return load_patterns()


def _value_span(match: re.Match[str]) -> tuple[str, int, int]:
    if "value" in match.re.groupindex and match.group("value") is not None:
        return match.group("value"), match.start("value"), match.end("value")
    return match.group(), match.start(), match.end()


def _normalise(kind: str, value: str, end: int) -> tuple[str, int]:
    if kind == "arn":
        stripped = value.rstrip(_ARN_TRAILING)
        return stripped, end - (len(value) - len(stripped))
    if kind == "account_id":
        return value.replace("-", ""), end
    return value, end


def _pattern_facts(text: str, patterns: IntakePatterns) -> Iterator[Fact]:
    for kind, compiled in patterns.by_kind.items():
        for pattern in compiled:
            for match in pattern.regex.finditer(text):
                value, start, end = _value_span(match)
                if pattern.value_format:
                    value = pattern.value_format.format(**match.groupdict())
                value, end = _normalise(kind, value, end)
                if value:
                    yield Fact(kind, value, start, end)


def _named_facts(text: str, patterns: IntakePatterns) -> Iterator[Fact]:
    for regex, name in patterns.services:
        for match in regex.finditer(text):
            yield Fact("service", name, match.start(), match.end())
    for match in patterns.region_code.finditer(text):
        yield Fact("region", match.group("value"), match.start(), match.end())
    for regex, code in patterns.region_names:
        for match in regex.finditer(text):
            yield Fact("region", code, match.start(), match.end())
    for regex, value in patterns.severity:
        for match in regex.finditer(text):
            if match.end() > match.start():
                yield Fact("severity_claim", value, match.start(), match.end())


def _timestamp_facts(
    text: str, patterns: IntakePatterns, default_zone: tzinfo, year: int
) -> Iterator[Fact]:
    for regex in patterns.timestamps:
        for match in regex.finditer(text):
            groups = match.groupdict()
            tail = patterns.range_end.match(text, match.end())
            if tail is not None and tail["zone"] and not (groups.get("zone") or groups.get("iso")):
                groups["zone"] = tail["zone"]  # "08:00 and 08:40 CET": both in CET
            start = to_utc(groups, patterns.zones, default_zone, year)
            if start is None:
                continue
            yield Fact("timestamp", iso_utc(start[0]), match.start(), match.end())
            if tail is not None:
                end_groups = {**groups, **{k: v for k, v in tail.groupdict().items() if v}}
                end_groups.setdefault("zone", groups.get("zone"))
                for key in ("s", "ampm"):
                    end_groups[key] = tail[key]
                finish = to_utc(end_groups, patterns.zones, default_zone, year)
                if finish is not None:
                    yield Fact("timestamp", iso_utc(finish[0]), tail.start("h"), tail.end())


def _drop_nested(facts: list[Fact]) -> list[Fact]:
    """Drop facts inside an ARN, and facts inside a longer fact of the same kind."""
    arns = [f for f in facts if f.kind == "arn"]
    kept: list[Fact] = []
    for fact in facts:
        if fact.kind != "arn" and any(a.start <= fact.start and fact.end <= a.end for a in arns):
            continue
        if any(
            other.kind == fact.kind
            and other is not fact
            and other.start <= fact.start
            and fact.end <= other.end
            and (other.end - other.start) > (fact.end - fact.start)
            for other in facts
        ):
            continue
        kept.append(fact)
    return kept


def extract(
    text: str,
    *,
    default_zone: tzinfo = UTC,
    year: int | None = None,
    patterns: IntakePatterns | None = None,
) -> list[Fact]:
    """The facts ``text`` states, in order of appearance, one per (kind, value).

    Args:
        default_zone: the zone of times written without one (the customer's).
        year: the year of dates written without one (default: this year).
    """
    patterns = patterns or bundled_patterns()
    year = year or datetime.now(UTC).year
    found = [
        *_pattern_facts(text, patterns),
        *_named_facts(text, patterns),
        *_timestamp_facts(text, patterns, default_zone, year),
    ]
    seen: set[tuple[str, str]] = set()
    result: list[Fact] = []
    for fact in sorted(_drop_nested(found), key=lambda f: (f.start, -f.end, f.kind)):
        if fact.kind == "severity_claim" and fact.value == "ignore":
            continue
        if (fact.kind, fact.value) not in seen:
            seen.add((fact.kind, fact.value))
            result.append(fact)
    return result


__all__ = ["extract", "zone_for"]
