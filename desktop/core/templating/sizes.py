"""Cheap size estimates of template values, checked before anything big is built."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from desktop.core.templating.limits import RenderLimitError, active_limits, too_big

_PRINTF_SPEC = re.compile(r"%(?:\([^)]*\))?[-#0 +]*(\*|\d+)?(?:\.(\*|\d+))?[hlL]?(.)", re.DOTALL)
_DIGITS = re.compile(r"\d+")
_TEXT = (str, bytes, bytearray)


def size_of(value: Any, depth: int = 0) -> int:
    """Characters plus items in ``value``, looking a few levels into lists and dicts."""
    if isinstance(value, _TEXT):
        return len(value)
    if isinstance(value, list | tuple | set | frozenset):
        if depth >= 6:
            return len(value)
        return len(value) + sum(size_of(item, depth + 1) for item in value)
    if isinstance(value, Mapping):
        if depth >= 6:
            return len(value)
        return len(value) + sum(
            size_of(k, depth + 1) + size_of(v, depth + 1) for k, v in value.items()
        )
    return 1


def check_size(what: str, size: int) -> None:
    """Raise if a value of ``size`` characters or items would be over the value limit."""
    limit = active_limits().max_value_chars
    if size > limit:
        raise too_big(what, size, limit)


def check_width(what: str, width: object, current: int = 0) -> None:
    """Raise if a padding width is larger than allowed (and would actually pad)."""
    if isinstance(width, int) and width > current:
        limit = active_limits().max_pad
        if width > limit:
            raise RenderLimitError(
                f"rendering stopped: {what} width {width:,} is larger than {limit:,}"
            )


def check_format_spec(spec: str) -> None:
    """Refuse ``str.format`` specs with huge widths or precisions, e.g. ``{:>999999999}``."""
    for digits in _DIGITS.findall(spec):
        check_width("format", int(digits))


def check_printf(fmt: str, values: object) -> None:
    """Check ``fmt % values`` before running it: widths, ``*`` widths and the result size."""
    if isinstance(values, Mapping):
        items: Iterable[Any] = values.values()
    elif isinstance(values, tuple):
        items = values
    else:
        items = (values,)
    largest = max((size_of(v) for v in items), default=0)
    specs = 0
    for match in _PRINTF_SPEC.finditer(fmt):
        if match.group(3) == "%":
            continue
        specs += 1
        for width in (match.group(1), match.group(2)):
            if width == "*":
                raise RenderLimitError("rendering stopped: '*' widths in % formats are not allowed")
            if width:
                check_width("% format", int(width))
    check_size("% formatting", len(fmt) + specs * max(largest, 24))


def check_join(separator: object, items: list[Any]) -> None:
    """Check that joining ``items`` with ``separator`` stays within the value limit."""
    sep = len(separator) if isinstance(separator, _TEXT) else len(str(separator))
    total = sep * max(len(items) - 1, 0)
    limit = active_limits().max_value_chars
    for item in items:
        total += size_of(item) if isinstance(item, _TEXT) else len(str(item))
        if total > limit:
            raise too_big("join", total, limit)


def check_replace(text: object, old: object, new: object, count: object = None) -> None:
    """Check that ``text.replace(old, new, count)`` stays within the value limit."""
    if not (isinstance(text, _TEXT) and isinstance(old, _TEXT) and isinstance(new, _TEXT)):
        return
    grow = len(new) - len(old)
    if grow <= 0:
        return
    hits = len(text) + 1 if not old else text.count(old)  # type: ignore[arg-type]
    if isinstance(count, int) and count >= 0:
        hits = min(hits, count)
    check_size("replace", len(text) + hits * grow)
