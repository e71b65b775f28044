"""The internal Escalation tab: a structured note for the product team, never the customer.

Installed by :func:`install`; other code reaches the pane as ``window.escalation_pane``
(``note()``, ``completeness()``, ``document_json()``, ``copy_escalation()``,
``export_escalation(path)``).
"""

from __future__ import annotations

from desktop.ui.escalation.feature import install
from desktop.ui.escalation.pane import INTERNAL_BANNER, EscalationPane

__all__ = ["INTERNAL_BANNER", "EscalationPane", "install"]
