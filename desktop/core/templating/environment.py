"""The one Jinja environment factory: sandboxed, strict or marker-filling, and bounded."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, MutableMapping, Sequence
from pathlib import Path
from typing import Any

from jinja2 import ChainableUndefined, StrictUndefined, Template, pass_context
from jinja2.exceptions import SecurityError
from jinja2.runtime import Context, Undefined
from jinja2.sandbox import ImmutableSandboxedEnvironment

from desktop.core.markers import fill_marker
from desktop.core.templating.codegen import BoundedCodeGenerator
from desktop.core.templating.date_filters import DATE_FILTERS
from desktop.core.templating.limits import charge, tick
from desktop.core.templating.loader import LibraryLoader
from desktop.core.templating.metadata_schema import humanize
from desktop.core.templating.safe_filters import BOUNDED_FILTERS
from desktop.core.templating.safe_formatter import bounded_str_format
from desktop.core.templating.safe_ops import INTERCEPTED_BINOPS, check_binop, guard_method_call
from desktop.core.templating.sizes import check_size
from desktop.core.templating.thread import TIME_FILTERS


class MarkerUndefined(ChainableUndefined):
    """A missing value that prints as a visible fill marker instead of failing."""

    __slots__ = ()

    def __str__(self) -> str:
        name = self._undefined_name
        return fill_marker(humanize(name) if isinstance(name, str) and name else "value")


@pass_context  # needing the context stops Jinja from evaluating outputs at compile time
def _finalize(context: Context, value: Any) -> str:
    """Turn each ``{{ value }}`` into text and charge it to the render budget."""
    text = value if isinstance(value, str) else str(value)
    charge(len(text))
    return text


class CasewrightEnvironment(ImmutableSandboxedEnvironment):
    """A sandboxed environment whose rendering the render budget can bound.

    Unsafe attribute access raises :class:`~jinja2.exceptions.SecurityError` at once, naming
    the attribute; operators, string methods and filters that could build huge values are
    measured first; loops, calls and output tick the active render budget.
    """

    code_generator_class = BoundedCodeGenerator
    intercepted_binops = INTERCEPTED_BINOPS

    def __init__(self, loader: LibraryLoader, *, markers: bool) -> None:
        super().__init__(
            loader=loader,
            undefined=MarkerUndefined if markers else StrictUndefined,
            autoescape=False,
            keep_trailing_newline=True,
            optimized=False,  # never run filters on constants at compile time
            finalize=_finalize,
            auto_reload=True,
        )
        self.markers = markers
        self.globals.pop("lipsum", None)
        self.filters.update(BOUNDED_FILTERS)
        self.filters.update(DATE_FILTERS)
        self.filters.update(TIME_FILTERS)

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        check_binop(operator, left, right)
        return super().call_binop(context, operator, left, right)

    def call(__self, __context: Context, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        tick()
        args = guard_method_call(__obj, args, kwargs)
        return super().call(__context, __obj, *args, **kwargs)

    def getattr(self, obj: Any, attribute: str) -> Any:
        tick()
        return super().getattr(obj, attribute)

    def getitem(self, obj: Any, argument: Any) -> Any:
        tick()
        return super().getitem(obj, argument)

    def unsafe_undefined(self, obj: Any, attribute: str) -> Undefined:
        raise SecurityError(
            f"access to attribute {attribute!r} of {type(obj).__name__!r} object is unsafe"
        )

    def wrap_str_format(self, value: Any) -> Any:
        return bounded_str_format(self, value)

    def _load_template(self, name: str, globals: MutableMapping[str, Any] | None) -> Template:
        tick()
        return super()._load_template(name, globals)

    # Called by code from BoundedCodeGenerator.
    def cw_loop_guard(self, iterable: Iterable[Any]) -> Iterator[Any]:
        """Iterate ``iterable``, ticking the render budget for every item."""
        for item in iterable:
            tick()
            yield item

    def cw_charge(self, chars: int) -> None:
        """Charge literal template text to the render budget."""
        charge(chars)

    def cw_concat(self, parts: Sequence[Any]) -> str:
        """``a ~ b ~ c``: measured, then joined."""
        texts = [p if isinstance(p, str) else str(p) for p in parts]
        check_size("'~'", sum(len(t) for t in texts))
        return "".join(texts)


def make_environment(roots: Sequence[Path] = (), *, markers: bool = False) -> CasewrightEnvironment:
    """Return the shared environment for a library (one per library and mode).

    Args:
        roots: The library root first, then any fallback roots; includes and imports
            resolve only inside these folders. Empty: every include is "not found".
        markers: Missing values print as fill markers instead of raising an error.
    """
    return _cached_environment(tuple(Path(root).resolve() for root in roots), markers)


@functools.lru_cache(maxsize=32)
def _cached_environment(roots: tuple[Path, ...], markers: bool) -> CasewrightEnvironment:
    return CasewrightEnvironment(LibraryLoader(roots), markers=markers)
