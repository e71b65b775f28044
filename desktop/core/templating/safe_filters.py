"""Bounded versions of the built-in filters that can turn a small input into a huge output."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from jinja2 import filters, pass_environment, pass_eval_context
from jinja2.environment import Environment
from jinja2.nodes import EvalContext

from desktop.core.templating.limits import RenderLimitError
from desktop.core.templating.sizes import (
    check_join,
    check_printf,
    check_replace,
    check_size,
    check_width,
)

_MAX_PIECES = 100_000  # like the sandbox's range limit


def _center(value: Any, width: int = 80) -> str:
    text = str(value)
    check_width("center", width, len(text))
    return filters.do_center(text, width)


def _indent(s: Any, width: int | str = 4, first: bool = False, blank: bool = False) -> str:
    text = str(s)
    pad = width if isinstance(width, str) else ""
    if isinstance(width, int):
        check_width("indent", width)
        pad = " " * max(width, 0)
    check_size("indent", len(text) + (text.count("\n") + 1) * len(pad))
    return filters.do_indent(text, width, first, blank)


@pass_environment
def _wordwrap(
    environment: Environment,
    s: Any,
    width: int = 79,
    break_long_words: bool = True,
    wrapstring: str | None = None,
    break_on_hyphens: bool = True,
) -> str:
    text = str(s)
    if isinstance(width, int) and width < 1:
        raise RenderLimitError("wordwrap width must be at least 1")
    joiner = environment.newline_sequence if wrapstring is None else str(wrapstring)
    lines = 2 * len(text) // max(int(width), 1) + text.count("\n") + 1
    check_size("wordwrap", len(text) + lines * len(joiner))
    return filters.do_wordwrap(
        environment, text, width, break_long_words, wrapstring, break_on_hyphens
    )


@pass_eval_context
def _replace(eval_ctx: EvalContext, s: Any, old: Any, new: Any, count: int | None = None) -> str:
    check_replace(str(s), str(old), str(new), count)
    return filters.do_replace(eval_ctx, s, old, new, count)


@pass_eval_context
def _join(
    eval_ctx: EvalContext, value: Iterable[Any], d: str = "", attribute: str | int | None = None
) -> str:
    items = list(value)
    if attribute is not None:
        getter = filters.make_attrgetter(eval_ctx.environment, attribute)
        items = [getter(item) for item in items]
    check_join(d, items)
    return filters.sync_do_join(eval_ctx, items, d)


def _format(value: Any, *args: Any, **kwargs: Any) -> str:
    check_printf(str(value), kwargs or args)
    return filters.do_format(value, *args, **kwargs)


def _pieces(what: str, count: Any) -> None:
    if isinstance(count, int) and count > _MAX_PIECES:
        raise RenderLimitError(
            f"rendering stopped: {what} of {count:,} is more than {_MAX_PIECES:,}"
        )


def _batch(value: Iterable[Any], linecount: int, fill_with: Any = None) -> Any:
    _pieces("batch size", linecount)
    return filters.do_batch(value, linecount, fill_with)


def _slice(value: Iterable[Any], slices: int, fill_with: Any = None) -> Any:
    _pieces("slice count", slices)
    return filters.sync_do_slice(list(value), slices, fill_with)


@pass_eval_context
def _tojson(eval_ctx: EvalContext, value: Any, indent: int | None = None) -> Any:
    if indent is not None and (not isinstance(indent, int) or not 0 <= indent <= 8):
        raise RenderLimitError("tojson indent must be a number from 0 to 8")
    return filters.do_tojson(eval_ctx, value, indent)


BOUNDED_FILTERS: dict[str, Callable[..., Any]] = {
    "center": _center,
    "indent": _indent,
    "wordwrap": _wordwrap,
    "replace": _replace,
    "join": _join,
    "format": _format,
    "batch": _batch,
    "slice": _slice,
    "tojson": _tojson,
}
