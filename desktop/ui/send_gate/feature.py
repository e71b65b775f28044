"""Installs the pre-send gate; without it Copy reply and Export reply refuse (fail closed)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.ui.features import Feature
from desktop.ui.providers import GATE
from desktop.ui.send_gate.gate import SendGate

if TYPE_CHECKING:
    from desktop.ui.install_context import InstallContext


def install(context: InstallContext) -> SendGate:
    """Give the window its gate (the main window's Copy and Export reply go through it)."""
    gate = SendGate(context)
    context.provide(GATE, gate)
    return gate


# The gate looks grammar issues up at each send, not while installing: it uses nothing.
FEATURE = Feature("Pre-send gate", install, provides=(GATE,))
