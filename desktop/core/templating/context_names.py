"""Names every template context always defines, so forms never ask for them."""

from __future__ import annotations

from desktop.core.case import FACT_NAMES

# ``severity`` is both a case fact and the severity mapping: the mapping wins at the top level
# (``severity.selected`` is the fact); ``case.severity`` is always the customer-selected code.
EXTRA_NAMES: tuple[str, ...] = (
    "case",
    "engineer_name",
    "team_name",
    "checklist",
    "severity",
    "escalation",
    "now",
)
CONTEXT_NAMES: frozenset[str] = frozenset((*FACT_NAMES, *EXTRA_NAMES))
