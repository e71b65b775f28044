"""Whether text may leave the app: blocks need a fix or a typed reason, warnings a nod."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from desktop.core.gate.findings import Finding

MIN_REASON_CHARS = 5

FindingKey = tuple[str, int, int]


def finding_key(finding: Finding) -> FindingKey:
    """The key an override is stored under: kind and span (stale once the text changes)."""
    return finding.kind, finding.start, finding.end


@dataclass(frozen=True)
class GateDecision:
    """The verdict for one send attempt.

    Attributes:
        allowed: True when the text may be copied or exported now.
        unresolved_blocks: blocking findings without an accepted override reason.
        unacknowledged_warnings: warnings still waiting for "send anyway".
    """

    allowed: bool
    unresolved_blocks: tuple[Finding, ...]
    unacknowledged_warnings: tuple[Finding, ...]


def valid_override_reason(reason: str) -> bool:
    """A block override needs a real typed reason, not a blank or a single word like ``ok``."""
    return len(reason.strip()) >= MIN_REASON_CHARS


def decide(
    findings: Iterable[Finding],
    overrides: Mapping[FindingKey, str] | None = None,
    warnings_acknowledged: bool = False,
) -> GateDecision:
    """Decide whether text with ``findings`` may be sent.

    Args:
        findings: the scanner's findings for the text as it is now.
        overrides: typed reasons keyed by :func:`finding_key`, one per overridden block.
        warnings_acknowledged: the user chose "send anyway" for the warnings.
    """
    overrides = overrides or {}
    findings = tuple(findings)
    blocks = tuple(
        f
        for f in findings
        if f.blocks and not valid_override_reason(overrides.get(finding_key(f), ""))
    )
    warnings = () if warnings_acknowledged else tuple(f for f in findings if not f.blocks)
    return GateDecision(not blocks and not warnings, blocks, warnings)
