"""The completeness meter: all rules' findings for a note, a 0-100 score and "ready to send"."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.case import CaseFacts
from desktop.core.escalation.fields import FIELD_NAMES, REQUIRED_FIELDS
from desktop.core.escalation.fill import fill_from_facts
from desktop.core.escalation.findings import MISSING, WEAK, Finding
from desktop.core.escalation.model import EscalationNote
from desktop.core.escalation.rules import RULES


@dataclass(frozen=True)
class Completeness:
    """The findings for a note (missing first, in field order), its score, and readiness."""

    findings: tuple[Finding, ...]
    score: int
    """0-100: each required field counts 1 when good, 1/2 when weak, 0 when missing; each weak
    finding on an optional field takes off 1/2; scaled to the number of required fields."""

    @property
    def is_ready(self) -> bool:
        """True when no required field is missing (weak findings do not block)."""
        return not self.missing

    @property
    def missing(self) -> tuple[Finding, ...]:
        """Findings for required fields that are empty."""
        return tuple(f for f in self.findings if f.level == MISSING)

    @property
    def weak(self) -> tuple[Finding, ...]:
        """Findings for fields that are present but not good enough."""
        return tuple(f for f in self.findings if f.level == WEAK)

    def for_field(self, name: str) -> tuple[Finding, ...]:
        """The findings about field ``name``."""
        return tuple(f for f in self.findings if f.field == name)


def _deduplicate(findings: list[Finding]) -> list[Finding]:
    missing_fields = {f.field for f in findings if f.level == MISSING}
    seen: set[tuple[str, str, str]] = set()
    kept: list[Finding] = []
    for finding in findings:
        key = (finding.field, finding.level, finding.rule if finding.level == WEAK else "")
        if key in seen or (finding.level == WEAK and finding.field in missing_fields):
            continue
        seen.add(key)
        kept.append(finding)
    return kept


def _score(findings: list[Finding]) -> int:
    required = set(REQUIRED_FIELDS)
    missing = {f.field for f in findings if f.level == MISSING}
    weak_required = {f.field for f in findings if f.level == WEAK and f.field in required}
    weak_optional = sum(1 for f in findings if f.level == WEAK and f.field not in required)
    points = len(required) - len(missing & required) - 0.5 * len(weak_required - missing)
    points -= 0.5 * weak_optional
    return max(0, round(100 * points / len(required)))


def assess(note: EscalationNote) -> Completeness:
    """Run every rule on ``note``; one finding per field and level (two weak ones may differ)."""
    found = _deduplicate([finding for rule in RULES for finding in rule(note)])
    order = {name: i for i, name in enumerate(FIELD_NAMES)}
    found.sort(key=lambda f: (f.level != MISSING, order.get(f.field, len(order))))
    return Completeness(tuple(found), _score(found))


def assess_for_case(note: EscalationNote, facts: CaseFacts) -> Completeness:
    """Assess ``note`` as the templates render it: an empty service or region is taken from
    the case facts, so the meter does not ask for what the escalation already shows."""
    return assess(fill_from_facts(note, facts))
