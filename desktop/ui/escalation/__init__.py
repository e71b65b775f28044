"""The internal Escalation tab: a structured note for the product team, never the customer.

Installed by ``desktop.ui.escalation.feature``; its editable fields are offered to other
features (grammar) as the ``ESCALATION_FIELDS`` provider.
"""

from __future__ import annotations

from desktop.ui.escalation.pane import INTERNAL_BANNER, EscalationPane

__all__ = ["INTERNAL_BANNER", "EscalationPane"]
