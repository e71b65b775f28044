"""Feature panes plug into the main window here: each module declares a :class:`Feature`.

A feature says which providers it offers and which it uses (``desktop.ui.providers``), and gets
an :class:`~desktop.ui.install_context.InstallContext` to add its tabs, menu actions, documents
and status pieces through. Features install in an order that puts providers before their users;
one that raises is rolled back, logged and reported, and the others still install.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication

from desktop.ui.lazy_pane import LazyPane
from desktop.ui.registry import Key, Registry

if TYPE_CHECKING:
    from desktop.ui.install_context import InstallContext

log = logging.getLogger(__name__)
T = TypeVar("T")

# The declared order decides the order of tabs and menu entries among independent features.
FEATURE_MODULES: tuple[str, ...] = (
    "desktop.ui.templates.feature",
    "desktop.ui.reproduction.feature",
    "desktop.ui.severity.feature",
    "desktop.ui.send_gate.feature",
    "desktop.ui.escalation.feature",
    "desktop.ui.grammar.feature",
    "desktop.ui.queue",
    "desktop.ui.data_folder",
)


@dataclass(frozen=True)
class Feature:
    """What one feature module declares (as its module-level ``FEATURE``).

    Attributes:
        name: shown to the user when the feature cannot start ("Templates").
        install: adds the feature through the context; returns the feature's main object.
        provides: keys this feature registers a provider for.
        uses: keys it reads while installing (it installs after their providers, which may
            still be absent). Keys looked up later, when the user acts, need no declaring.
    """

    name: str
    install: Callable[[InstallContext], object]
    provides: tuple[Key[Any], ...] = ()
    uses: tuple[Key[Any], ...] = ()


@dataclass
class FeatureRecord:
    """How installing one feature went."""

    feature: Feature
    installed: object = None
    error: str = ""


def load_features(module_names: Iterable[str] = FEATURE_MODULES) -> list[Feature]:
    """Import each feature module and return its declaration."""
    features: list[Feature] = []
    for name in module_names:
        declared = getattr(importlib.import_module(name), "FEATURE", None)
        if not isinstance(declared, Feature):
            raise TypeError(f"{name} declares no FEATURE")  # i18n: for developers
        features.append(declared)
    return features


def install_order(features: Sequence[Feature]) -> list[Feature]:
    """``features`` with each provider before the features that use it (else declared order).

    Raises:
        ValueError: two features use each other (directly or through others).
    """
    provider_of = {key: f for f in features for key in f.provides}
    ordered: list[Feature] = []
    visiting: set[str] = set()

    def visit(feature: Feature) -> None:
        if feature in ordered:
            return
        if feature.name in visiting:
            raise ValueError(f"features use each other in a cycle through {feature.name}")
        visiting.add(feature.name)
        for key in feature.uses:
            if (provider := provider_of.get(key)) is not None and provider is not feature:
                visit(provider)
        visiting.discard(feature.name)
        ordered.append(feature)

    for feature in features:
        visit(feature)
    return ordered


@dataclass
class FeatureLoader:
    """Installs features into one window, containing failures; remembers how each went."""

    registry: Registry
    make_context: Callable[[Feature], InstallContext]
    report_failure: Callable[[str], None]
    records: list[FeatureRecord] = field(default_factory=list)

    def plan(self, features: Sequence[Feature]) -> list[Feature]:
        """Order ``features`` and mark what they will provide as "still starting"."""
        ordered = install_order(features)
        for feature in ordered:
            for key in feature.provides:
                self.registry.expect(key)
        return ordered

    def install(self, feature: Feature) -> FeatureRecord:
        """Install one feature; if it raises, undo what it added and report it."""
        context = self.make_context(feature)
        record = FeatureRecord(feature)
        self.records.append(record)
        try:
            record.installed = feature.install(context)
        except Exception as error:  # contained: one feature must not take the others down
            log.exception("the %s feature could not start", feature.name)
            context.roll_back()
            record.error = f"{type(error).__name__}: {error}"
            for key in feature.provides:
                # i18n: English, like the error it quotes (FeatureAbsence.message)
                self.registry.withdraw(key, f"could not start ({record.error}).")
            self.report_failure(self.failure_message())
        return record

    def install_all(self, features: Sequence[Feature]) -> None:
        """Plan and install ``features`` now."""
        for feature in self.plan(features):
            self.install(feature)

    def failures(self) -> list[FeatureRecord]:
        """Records of features that could not start."""
        return [record for record in self.records if record.error]

    def failure_message(self) -> str:
        """One status-bar line naming every feature that could not start."""
        names = ", ".join(record.feature.name for record in self.failures())
        return QCoreApplication.translate(
            "Features",
            "Could not start: {names}. The rest of Casewright works; details are in the log.",
        ).format(names=names)

    def find(self, kind: type[T]) -> T:
        """The installed feature object or provider of class ``kind`` (a pane built lazily is
        built now).

        Raises:
            LookupError: no installed feature has one.
        """
        candidates = [record.installed for record in self.records] + self.registry.providers()
        for candidate in candidates:
            if isinstance(candidate, kind):
                return candidate
            if isinstance(candidate, LazyPane) and issubclass(candidate.kind, kind):
                pane: T = candidate.get()  # asked for by its class: built now
                return pane
        raise LookupError(f"no installed feature provides a {kind.__name__}")
