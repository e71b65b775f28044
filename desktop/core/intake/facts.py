"""A fact found in a customer message, with where it was found."""

from __future__ import annotations

from dataclasses import dataclass

FACT_KINDS: tuple[str, ...] = (
    "case_id",
    "service",
    "region",
    "arn",
    "resource_id",
    "request_id",
    "account_id",
    "error_code",
    "timestamp",
    "severity_claim",
)
KIND_LABELS: dict[str, str] = {
    "case_id": "Case ID",
    "service": "Service",
    "region": "Region",
    "arn": "ARN",
    "resource_id": "Resource ID",
    "request_id": "Request ID",
    "account_id": "Account ID",
    "error_code": "Error code",
    "timestamp": "Time (UTC)",
    "severity_claim": "Severity",
}


# severity_claim values as the review list shows them.
SEVERITY_VALUE_LABELS: dict[str, str] = {
    "critical": "claims critical",
    "urgent": "claims urgent",
    "high": "claims high",
    "normal": "claims normal",
    "low": "claims low",
    "production_down": "production is down",
    "production_degraded": "production is impaired",
    "no_workaround": "no workaround",
    "workaround": "has a workaround",
    "deadline": "a deadline is near",
    "critical_business": "business-critical",
}


@dataclass(frozen=True)
class Fact:
    """``kind`` and normalised ``value``, found at ``text[start:end]`` (Python offsets)."""

    kind: str
    value: str
    start: int
    end: int

    def as_json(self) -> dict[str, str | int]:
        return {"kind": self.kind, "value": self.value, "start": self.start, "end": self.end}

    @property
    def display_value(self) -> str:
        """The value for people: ``production is down`` rather than ``production_down``."""
        if self.kind == "severity_claim":
            return SEVERITY_VALUE_LABELS.get(self.value, self.value)
        return self.value


def excerpt(text: str, fact: Fact, context: int = 24) -> str:
    """The line around a fact, for the review list ("…see 502 errors since…"): ``context``
    characters before it (so a narrow column still shows the fact) and more after."""
    start = max(0, fact.start - context)
    end = min(len(text), fact.end + context * 4)
    left = text[start : fact.start].split("\n")[-1]
    right = text[fact.end : end].split("\n")[0]
    prefix = "…" if start > 0 and "\n" not in text[start : fact.start] else ""
    suffix = "…" if end < len(text) and "\n" not in text[fact.end : end] else ""
    return f"{prefix}{left}{text[fact.start : fact.end]}{right}{suffix}".strip()
