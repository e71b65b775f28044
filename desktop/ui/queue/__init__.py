"""The queue feature: what is due next, where I was, the shift handover and message intake."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.ui.queue.actions import QueueActions
from desktop.ui.queue.feature import QueueFeature

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


def install(window: MainWindow) -> None:
    """Give the window the queue: list annotations, panel, counter, menus and the Thread tab."""
    feature = QueueFeature(window)
    feature.actions = QueueActions(window, feature)  # type: ignore[attr-defined]
    window.queue = feature  # type: ignore[attr-defined]
