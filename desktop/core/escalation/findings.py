"""A completeness finding: which field, how bad (missing or weak), and what to do about it."""

from __future__ import annotations

from dataclasses import dataclass

MISSING = "missing"
WEAK = "weak"


@dataclass(frozen=True)
class Finding:
    """Something a product team would bounce the escalation for."""

    field: str
    level: str
    """``missing`` (required and empty) or ``weak`` (present but not good enough)."""
    message: str
    rule: str = ""
    """Name of the rule that found it."""
