"""``str.format`` and ``str.format_map`` for templates: sandboxed, with bounded widths and size."""

from __future__ import annotations

import types
from collections.abc import Callable, Mapping, Sequence
from functools import update_wrapper
from typing import Any

from jinja2.sandbox import SandboxedFormatter

from desktop.core.templating.limits import active_limits, too_big
from desktop.core.templating.sizes import check_format_spec


class BoundedFormatter(SandboxedFormatter):
    """Sandboxed attribute lookups (from Jinja) plus limits on widths and total size."""

    def __init__(self, env: Any) -> None:
        super().__init__(env)
        self._produced = 0

    def format_field(self, value: Any, format_spec: str) -> Any:
        check_format_spec(format_spec)
        text = super().format_field(value, format_spec)
        self._produced += len(text)
        limit = active_limits().max_value_chars
        if self._produced > limit:
            raise too_big("format", self._produced, limit)
        return text


def bounded_str_format(env: Any, value: Any) -> Callable[..., str] | None:
    """If ``value`` is a string's ``format``/``format_map`` method, return a safe stand-in."""
    if not isinstance(value, types.MethodType | types.BuiltinMethodType) or value.__name__ not in (
        "format",
        "format_map",
    ):
        return None
    owner = value.__self__
    if not isinstance(owner, str):
        return None
    is_format_map = value.__name__ == "format_map"

    def wrapper(*args: Any, **kwargs: Any) -> str:
        positional: Sequence[Any] = args
        named: Mapping[str, Any] = kwargs
        if is_format_map:
            if kwargs or len(args) != 1:
                raise TypeError("format_map() takes exactly one argument")
            positional, named = (), args[0]
        return str(BoundedFormatter(env).vformat(owner, positional, named))

    return update_wrapper(wrapper, value)
