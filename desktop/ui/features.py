"""Feature panes plug into the main window here, each through ``install(window)``.

A feature module adds its own tabs, menu actions, document bindings and status-bar pieces to
the window it is given, so features stay out of each other's code.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

# Order matters only for the order of tabs and menu entries.
FEATURE_MODULES: tuple[str, ...] = (
    "desktop.ui.templates.feature",
    "desktop.ui.reproduction",
    "desktop.ui.severity",
    "desktop.ui.send_gate",
    "desktop.ui.escalation",
    "desktop.ui.grammar.feature",
    "desktop.ui.queue",
    "desktop.ui.data_folder",
)


def install_features(window: MainWindow) -> None:
    """Install every feature into ``window``."""
    for module_name in FEATURE_MODULES:
        install_feature(window, module_name)


def install_feature(window: MainWindow, module_name: str) -> None:
    """Install one feature (importing its module on first use)."""
    importlib.import_module(module_name).install(window)
