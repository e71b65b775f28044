"""Typed registry of what features provide each other, with an explicit reason when it is absent.

A :class:`Key` names one kind of provider and carries its Protocol type, so
``registry.get(GATE)`` is typed as ``Gate | Absent`` and a type checker makes every caller
handle the absent case.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar, cast

T = TypeVar("T")


class Key(Generic[T]):
    """Names one kind of provider; ``T`` is the Protocol its providers satisfy."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return f"Key({self.name!r})"


@dataclass(frozen=True)
class Absent:
    """No provider for a key, and why: not part of this app, still starting, or failed."""

    name: str
    reason: str

    def message(self) -> str:
        """One line for the user, e.g. "The pre-send gate could not start: ..."."""
        return f"The {self.name} {self.reason}"


# i18n: English, like the feature names they follow (FeatureAbsence.message)
NOT_INSTALLED = "is not part of this Casewright."
# i18n: as above
STARTING = "is still starting; try again in a moment."


class Registry:
    """Providers by key. One per main window; features fill it while they install."""

    def __init__(self) -> None:
        self._providers: dict[Key[Any], object] = {}
        self._reasons: dict[Key[Any], str] = {}

    def provide(self, key: Key[T], provider: T) -> None:
        """Register ``provider`` for ``key``; a second provider for the same key is a bug."""
        if key in self._providers:
            raise ValueError(f"two features provide the {key.name}")
        self._providers[key] = provider
        self._reasons.pop(key, None)

    def withdraw(self, key: Key[Any], reason: str) -> None:
        """Forget the provider of ``key`` (its feature failed); ``reason`` says why."""
        self._providers.pop(key, None)
        self._reasons[key] = reason

    def expect(self, key: Key[Any]) -> None:
        """A feature that will provide ``key`` is waiting to install."""
        if key not in self._providers:
            self._reasons[key] = STARTING

    def get(self, key: Key[T]) -> T | Absent:
        """The provider of ``key``, or an :class:`Absent` saying why there is none."""
        if key in self._providers:
            return cast(T, self._providers[key])
        return Absent(key.name, self._reasons.get(key, NOT_INSTALLED))

    def providers(self) -> list[object]:
        """Every registered provider (for looking one up by its class)."""
        return list(self._providers.values())
