"""The queue feature: what is due next, where I was, the shift handover and message intake."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.ui.features import Feature
from desktop.ui.providers import CASE_THREAD, GATE
from desktop.ui.queue.actions import QueueActions
from desktop.ui.queue.feature import QueueFeature

if TYPE_CHECKING:
    from desktop.ui.install_context import InstallContext


def install(context: InstallContext) -> QueueFeature:
    """Give the window the queue: list annotations, panel, counter, menus and the Thread tab."""
    feature = QueueFeature(context)
    feature.actions = QueueActions(context, feature)
    context.provide(CASE_THREAD, feature)
    return feature


# Uses the gate's ``sent`` signal to mark replies sent.
FEATURE = Feature("Queue", install, provides=(CASE_THREAD,), uses=(GATE,))
