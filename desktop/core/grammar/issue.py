"""The issue type every grammar engine returns, and the engine interface."""

from __future__ import annotations

from concurrent.futures import Future
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any, Protocol, runtime_checkable


class Category(StrEnum):
    """What kind of problem an issue is; the editor picks the underline colour from it."""

    SPELLING = "spelling"
    GRAMMAR = "grammar"
    PUNCTUATION = "punctuation"
    STYLE = "style"
    TYPOGRAPHY = "typography"


#: Categories that make ``casewright check`` exit with status 1.
BLOCKING_CATEGORIES: frozenset[Category] = frozenset({Category.SPELLING, Category.GRAMMAR})


@dataclass(frozen=True, slots=True)
class Issue:
    """One problem found in a text.

    Attributes:
        start: Python ``str`` index where the problem starts.
        end: Python ``str`` index just past the problem (``text[start:end]``).
        category: Kind of problem.
        rule_id: Identifier of the rule, as the engine names it (used by "Ignore this rule").
        message: Human-readable explanation.
        replacements: Suggested replacement texts, best first.
        engine: Name of the engine that found it (``languagetool``, ``harper``, ``baseline``).
        kind: For grammar, what kind (``agreement``, ``articles``...; resources/grammar/
            categories.yaml), else "".
    """

    start: int
    end: int
    category: Category
    rule_id: str
    message: str
    replacements: tuple[str, ...] = ()
    engine: str = ""
    kind: str = ""

    @property
    def length(self) -> int:
        """Number of Python characters covered."""
        return self.end - self.start

    def shifted(self, delta: int) -> Issue:
        """Return a copy moved by ``delta`` characters."""
        return replace(self, start=self.start + delta, end=self.end + delta)

    def to_json(self) -> dict[str, Any]:
        """The CLI's JSON shape: offset, length, category, rule, message, replacements, engine."""
        return {
            "offset": self.start,
            "length": self.length,
            "category": self.category.value,
            "rule": self.rule_id,
            "message": self.message,
            "replacements": list(self.replacements),
            "engine": self.engine,
            "kind": self.kind,
        }


@dataclass(frozen=True, slots=True)
class EngineStatus:
    """Whether an engine can check right now, and if not, why (one short phrase)."""

    available: bool
    reason: str = ""


class EngineUnavailableError(RuntimeError):
    """An engine could not check this time (server down, not configured); the message says why."""


@runtime_checkable
class GrammarEngine(Protocol):
    """What every engine provides. ``check`` may raise :class:`EngineUnavailableError` only."""

    @property
    def name(self) -> str:
        """Short machine name, e.g. ``harper``."""
        ...

    @property
    def label(self) -> str:
        """Name for the status bar, e.g. ``Harper (offline)``."""
        ...

    def status(self) -> EngineStatus:
        """Whether the engine can check now; cheap and non-blocking (GUI thread is fine)."""
        ...

    def refresh(self) -> None:
        """Advance background state, e.g. notice a server became ready (worker thread)."""
        ...

    def supports(self, language: str) -> bool:
        """Whether the engine checks ``language`` (``en``, ``en-US``, ``zh-TW``, ``ja``)."""
        ...

    def warm_up(self) -> None:
        """Do the expensive set-up now (call from a background thread after the window shows)."""
        ...

    def check(self, text: str, language: str) -> list[Issue]:
        """Return the issues in ``text``, offsets as Python indices into ``text``."""
        ...


@runtime_checkable
class BackgroundEngine(Protocol):
    """An engine that checks on a thread of its own, so the others can check meanwhile."""

    def submit(self, text: str, language: str) -> Future[list[Issue]]:
        """Start checking ``text``; the future gives what ``check`` would return or raise."""
        ...


def base_language(language: str) -> str:
    """``en-US`` -> ``en``; ``zh-TW`` stays ``zh-TW`` (its script matters); ``ja-JP`` -> ``ja``."""
    lowered = language.replace("_", "-").lower()
    if lowered.startswith("zh"):
        return "zh-TW" if lowered in {"zh", "zh-tw", "zh-hant"} else "zh-CN"
    return lowered.split("-", 1)[0]
