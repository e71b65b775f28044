"""Stand-in providers for UI tests: a window whose checklist or severity comes from a test."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from desktop.core.checklist import Checklist
from desktop.ui.features import Feature, load_features
from desktop.ui.install_context import InstallContext
from desktop.ui.registry import Key


class FakeReproduction(QObject):
    """Stands in for the reproduction feature: a ``ChecklistSource`` with a fixed checklist."""

    checklist_changed = Signal()

    def __init__(self, checklist: Checklist) -> None:
        super().__init__()
        self._checklist = checklist

    def checklist(self) -> Checklist:
        return self._checklist


class FakeSeverity(QObject):
    """Stands in for the severity feature: a ``SeverityProvider`` reading ``assessment``."""

    severity_changed = Signal()

    def __init__(self, assessment: Callable[[], dict[str, Any]]) -> None:
        super().__init__()
        self.assessment = assessment

    def justification(self) -> str:
        return str(self.assessment().get("justification", ""))


def features_with(*replacements: tuple[Key[Any], object]) -> list[Feature]:
    """Every real feature, except that each given key is provided by the given stand-in."""
    keys = {key for key, _ in replacements}
    kept = [f for f in load_features() if not keys & set(f.provides)]
    stand_ins = [
        Feature(f"Stand-in {key.name}", _provider(key, obj), provides=(key,))
        for key, obj in replacements
    ]
    return stand_ins + kept


def _provider(key: Key[Any], obj: object) -> Callable[[InstallContext], object]:
    def install(context: InstallContext) -> object:
        context.provide(key, obj)
        return obj

    return install
