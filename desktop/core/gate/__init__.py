"""The pre-send gate: find secrets and leftovers in outgoing text, redact them, export safely."""

from __future__ import annotations

from desktop.core.gate.decision import GateDecision, decide, finding_key, valid_override_reason
from desktop.core.gate.findings import BLOCK, KINDS, WARN, Finding, make_finding
from desktop.core.gate.redact import redact, redaction_marker, remove, shift_after_edit
from desktop.core.gate.scanner import ScanOptions, blocking, scan

__all__ = [
    "BLOCK",
    "KINDS",
    "WARN",
    "Finding",
    "GateDecision",
    "ScanOptions",
    "blocking",
    "decide",
    "finding_key",
    "make_finding",
    "redact",
    "redaction_marker",
    "remove",
    "scan",
    "shift_after_edit",
    "valid_override_reason",
]
