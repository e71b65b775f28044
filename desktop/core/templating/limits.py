"""Render limits: a per-render budget of time and text that hostile templates cannot outrun."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from jinja2.exceptions import SecurityError


@dataclass(frozen=True)
class RenderLimits:
    """How far one render may go before it is stopped with a clear error."""

    max_output_chars: int = 1_000_000
    """Characters in the final text (about 1 MB)."""
    max_seconds: float = 2.0
    """Wall-clock time for one render."""
    max_value_chars: int = 1_000_000
    """Characters (or items) any single string or list built by the template may hold."""
    max_work_chars: int = 8_000_000
    """Characters written anywhere, including into macros, ``set`` blocks and filters."""
    max_int_bits: int = 65_536
    """Bits in any integer built by ``*`` or ``**``."""
    max_pad: int = 10_000
    """Widths for padding and formats (``center``, ``'{:>N}'``, ``'%Nd'``)."""


DEFAULT_LIMITS = RenderLimits()


class RenderLimitError(SecurityError):
    """A template went past a render limit (size, time or a huge repetition)."""


class RenderBudget:
    """Counts the work one render does; every hook calls :meth:`tick` or :meth:`charge`."""

    _CHECK_EVERY = 512

    def __init__(self, limits: RenderLimits = DEFAULT_LIMITS) -> None:
        self.limits = limits
        self.deadline = time.monotonic() + limits.max_seconds
        self.work_chars = 0
        self._ticks = 0

    def tick(self) -> None:
        """Note one step (a loop iteration, a call); check the clock now and then."""
        self._ticks += 1
        if self._ticks % self._CHECK_EVERY == 0:
            self.check_time()

    def check_time(self) -> None:
        """Raise if the time limit has passed."""
        if time.monotonic() > self.deadline:
            raise RenderLimitError(
                f"rendering stopped: it took longer than {self.limits.max_seconds:g} s "
                "(an endless or very large loop?)"
            )

    def charge(self, chars: int) -> None:
        """Note ``chars`` characters written somewhere; raise past the work limit."""
        self.work_chars += chars
        if self.work_chars > self.limits.max_work_chars:
            raise RenderLimitError(
                f"rendering stopped: the template built more than "
                f"{self.limits.max_work_chars:,} characters of text"
            )
        self.tick()


_ACTIVE: ContextVar[RenderBudget | None] = ContextVar("casewright_render_budget", default=None)


def active_budget() -> RenderBudget | None:
    """The budget of the render running in this thread or task, if any."""
    return _ACTIVE.get()


def active_limits() -> RenderLimits:
    """The limits of the running render, or the defaults outside a render."""
    budget = _ACTIVE.get()
    return budget.limits if budget is not None else DEFAULT_LIMITS


def tick() -> None:
    """Tick the running render's budget (no-op outside a render, e.g. while compiling)."""
    budget = _ACTIVE.get()
    if budget is not None:
        budget.tick()


def charge(chars: int) -> None:
    """Charge ``chars`` characters to the running render's budget."""
    budget = _ACTIVE.get()
    if budget is not None:
        budget.charge(chars)


@contextmanager
def render_budget(limits: RenderLimits = DEFAULT_LIMITS) -> Iterator[RenderBudget]:
    """Make a fresh budget active for the duration of one render."""
    budget = RenderBudget(limits)
    token = _ACTIVE.set(budget)
    try:
        yield budget
    finally:
        _ACTIVE.reset(token)


def too_big(what: str, size: int, limit: int) -> RenderLimitError:
    """The error for a value that would be too big to build."""
    return RenderLimitError(
        f"rendering stopped: {what} would make {size:,} characters or items (limit {limit:,})"
    )
