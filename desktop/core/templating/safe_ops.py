"""Checks run before operators and string methods that could build huge values."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from desktop.core.templating.limits import RenderLimitError, active_limits
from desktop.core.templating.sizes import (
    check_join,
    check_printf,
    check_replace,
    check_size,
    check_width,
    size_of,
)

_SEQUENCES = (str, bytes, bytearray, list, tuple)
# Operators the sandbox routes through :func:`check_binop` instead of running directly.
INTERCEPTED_BINOPS = frozenset({"*", "**", "+", "%"})


def _check_int_bits(what: str, bits: int) -> None:
    limit = active_limits().max_int_bits
    if bits > limit:
        raise RenderLimitError(
            f"rendering stopped: {what} would make a number of about {bits:,} bits "
            f"(limit {limit:,})"
        )


def check_binop(operator: str, left: Any, right: Any) -> None:
    """Raise :class:`RenderLimitError` if ``left <operator> right`` would be too big."""
    if operator == "*":
        if isinstance(left, int) and isinstance(right, int):
            _check_int_bits("'*'", left.bit_length() + right.bit_length())
        elif isinstance(left, _SEQUENCES) and isinstance(right, int):
            check_size("'*' repetition", size_of(left) * max(right, 0))
        elif isinstance(right, _SEQUENCES) and isinstance(left, int):
            check_size("'*' repetition", size_of(right) * max(left, 0))
    elif operator == "**":
        if isinstance(left, int) and isinstance(right, int) and right > 0 and abs(left) > 1:
            _check_int_bits("'**'", abs(left).bit_length() * right)
    elif operator == "+":
        if isinstance(left, _SEQUENCES) and isinstance(right, _SEQUENCES):
            check_size("'+'", size_of(left) + size_of(right))
    elif operator == "%" and isinstance(left, str):
        check_printf(left, right)


def _pad(method: str) -> Callable[[Any, tuple[Any, ...], Mapping[str, Any]], None]:
    def guard(owner: Any, args: tuple[Any, ...], kwargs: Mapping[str, Any]) -> None:
        width = args[0] if args else kwargs.get("width")
        check_width(method, width, len(owner))

    return guard


def _expandtabs(owner: Any, args: tuple[Any, ...], kwargs: Mapping[str, Any]) -> None:
    size = args[0] if args else kwargs.get("tabsize", 8)
    if isinstance(size, int) and size > 0:
        check_width("expandtabs", size)
        check_size(
            "expandtabs", len(owner) + owner.count("\t" if isinstance(owner, str) else b"\t") * size
        )


def _replace(owner: Any, args: tuple[Any, ...], kwargs: Mapping[str, Any]) -> None:
    if len(args) >= 2:
        check_replace(owner, args[0], args[1], args[2] if len(args) > 2 else kwargs.get("count"))


def _join(owner: Any, args: tuple[Any, ...], kwargs: Mapping[str, Any]) -> None:
    if args and isinstance(args[0], list | tuple):
        check_join(owner, list(args[0]))


def _translate(owner: Any, args: tuple[Any, ...], kwargs: Mapping[str, Any]) -> None:
    table = args[0] if args else None
    if isinstance(table, Mapping):
        longest = max((len(v) for v in table.values() if isinstance(v, str)), default=1)
        check_size("translate", len(owner) * max(longest, 1))


_METHOD_GUARDS: dict[str, Callable[[Any, tuple[Any, ...], Mapping[str, Any]], None]] = {
    "center": _pad("center"),
    "ljust": _pad("ljust"),
    "rjust": _pad("rjust"),
    "zfill": _pad("zfill"),
    "expandtabs": _expandtabs,
    "replace": _replace,
    "join": _join,
    "translate": _translate,
}


def guard_method_call(func: Any, args: tuple[Any, ...], kwargs: Mapping[str, Any]) -> Any:
    """Check a call of a string method that could build a huge value; return the args to use.

    ``str.join`` over a generator is given a list instead, so it can be measured first.
    """
    owner = getattr(func, "__self__", None)
    name = getattr(func, "__name__", "")
    if not isinstance(owner, str | bytes | bytearray) or name not in _METHOD_GUARDS:
        return args
    if name == "join" and args and not isinstance(args[0], list | tuple | str):
        args = (list(args[0]), *args[1:])
    _METHOD_GUARDS[name](owner, args, kwargs)
    return args
