"""The case: its facts (what the customer told us) and the drafts written for it."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from datetime import UTC, datetime
from typing import Any

from desktop.core.i18n import translate

LANGUAGES: dict[str, str] = {"en": "English", "zh-TW": "繁體中文", "ja": "日本語"}
STATUSES: tuple[str, ...] = (
    "open",
    "waiting on customer",
    "waiting on product team",
    "resolved",
    "closed",
)
SEVERITIES: tuple[str, ...] = ("low", "normal", "high", "urgent", "critical")
# How the codes above read in the UI; files and templates keep the codes.
STATUS_LABELS: dict[str, str] = {
    "open": translate("Case", "open"),
    "waiting on customer": translate("Case", "waiting on customer"),
    "waiting on product team": translate("Case", "waiting on product team"),
    "resolved": translate("Case", "resolved"),
    "closed": translate("Case", "closed"),
}
SEVERITY_LABELS: dict[str, str] = {
    "low": translate("Case", "low"),
    "normal": translate("Case", "normal"),
    "high": translate("Case", "high"),
    "urgent": translate("Case", "urgent"),
    "critical": translate("Case", "critical"),
}

# Kinds of per-case documents kept with history. Structured ones hold JSON.
REPLY = "reply"
ESCALATION = "escalation"
CHECKLIST = "checklist"
SEVERITY_ASSESSMENT = "severity"
DOCUMENT_KINDS: tuple[str, ...] = (REPLY, ESCALATION, CHECKLIST, SEVERITY_ASSESSMENT)


def utc_now() -> str:
    """The current UTC time as ISO-8601 with microseconds (so saves order reliably)."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


@dataclass
class CaseFacts:
    """What is known about a case; every field is visible to templates under its own name."""

    case_id: str = ""
    subject: str = ""
    customer_org: str = ""
    contact_name: str = ""
    language: str = "en"
    service: str = ""
    region: str = ""
    resource_ids: str = ""
    severity: str = "normal"
    status: str = "open"

    def as_template_vars(self) -> dict[str, Any]:
        """The facts as template variables (``contact_name``, ``case_id``, ...)."""
        return asdict(self)


FACT_LABELS: dict[str, str] = {
    "case_id": translate("Case", "Case ID"),
    "subject": translate("Case", "Subject"),
    "customer_org": translate("Case", "Customer organisation"),
    "contact_name": translate("Case", "Contact name"),
    "language": translate("Case", "Language"),
    "service": translate("Case", "Service"),
    "region": translate("Case", "Region"),
    "resource_ids": translate("Case", "Resource IDs"),
    "severity": translate("Case", "Severity (customer)"),
    "status": translate("Case", "Status"),
}
FACT_NAMES: tuple[str, ...] = tuple(f.name for f in fields(CaseFacts))


def case_title(facts: CaseFacts) -> str:
    """A one-line label for lists, window and export titles: case ID and subject."""
    subject = facts.subject.strip() or "(no subject)"
    case_id = facts.case_id.strip()
    return f"{case_id} · {subject}" if case_id else subject


@dataclass
class Case:
    """A case as stored: an internal key, its facts and bookkeeping timestamps."""

    key: int
    facts: CaseFacts = field(default_factory=CaseFacts)
    archived: bool = False
    created_at: str = field(default_factory=utc_now)
    updated_at: str = field(default_factory=utc_now)

    @property
    def title(self) -> str:
        """A one-line label for lists: case ID and subject."""
        return case_title(self.facts)
