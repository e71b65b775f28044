"""What the pre-send gate reports: a finding's kind, severity, span, message and suggested fix."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from desktop.core.i18n import translate

Severity = Literal["block", "warn"]
FixKind = Literal["redact", "fill", "remove", "review"]

BLOCK: Severity = "block"
WARN: Severity = "warn"


@dataclass(frozen=True)
class KindInfo:
    """How a kind of finding is named, how serious it is, and what fixes it."""

    label: str
    severity: Severity
    fix: FixKind
    message: str


# Messages never quote the matched text: findings may be logged or shown in a shared screen.
KINDS: dict[str, KindInfo] = {
    "fill_marker": KindInfo(
        translate("Gate", "unfilled value"),
        BLOCK,
        "fill",
        translate("Gate", "A template value was never filled in."),
    ),
    "jinja_leftover": KindInfo(
        translate("Gate", "template code"),
        BLOCK,
        "remove",
        translate(
            "Gate", "Template code was left in the text; remove it or fill in what it meant."
        ),
    ),
    "jinja_in_code": KindInfo(
        translate("Gate", "template code"),
        WARN,
        "review",
        translate(
            "Gate",
            "Template-like syntax inside code; fine if the customer's code really contains it.",
        ),
    ),
    "template_syntax": KindInfo(
        translate("Gate", "template code"),
        WARN,
        "review",
        translate(
            "Gate",
            "Template syntax: fine if the customer's text really contains it; if it is left from a "
            "Casewright template, fill in what it meant.",
        ),
    ),
    "email": KindInfo(
        translate("Gate", "email address"),
        WARN,
        "redact",
        translate("Gate", "An email address is in the text."),
    ),
    "public_ip": KindInfo(
        translate("Gate", "IP address"),
        WARN,
        "redact",
        translate("Gate", "A public IP address is in the text."),
    ),
    "aws_account_id": KindInfo(
        translate("Gate", "AWS account ID"),
        WARN,
        "redact",
        translate("Gate", "An AWS account ID is in the text."),
    ),
    "internal_host": KindInfo(
        translate("Gate", "internal host"),
        WARN,
        "remove",
        translate("Gate", "An internal host name or URL is in the text."),
    ),
    "escalation_text": KindInfo(
        translate("Gate", "internal note"),
        WARN,
        "remove",
        translate(
            "Gate", "This line comes from the escalation note (written for the product team)."
        ),
    ),
    "grammar": KindInfo(
        translate("Gate", "grammar"), WARN, "review", translate("Gate", "A grammar issue remains.")
    ),
}


@dataclass(frozen=True)
class Finding:
    """One thing the gate found: ``text[start:end]`` (Python character offsets)."""

    kind: str
    severity: Severity
    start: int
    end: int
    message: str
    fix: FixKind
    title: str = ""  # a secret rule's short name; built-in kinds are named in KINDS

    @property
    def label(self) -> str:
        """Human name of the kind, as used in redaction markers (``AWS access key``)."""
        if self.title:
            return self.title
        info = KINDS.get(self.kind)
        return info.label if info else self.kind.replace("_", " ").replace("-", " ")

    @property
    def blocks(self) -> bool:
        """True when this finding stops the text from leaving the app."""
        return self.severity == BLOCK

    def to_dict(self) -> dict[str, str | int]:
        """The finding as the JSON the ``scan`` command prints."""
        return {
            "kind": self.kind,
            "severity": self.severity,
            "start": self.start,
            "end": self.end,
            "message": self.message,
        }


def rule_finding(
    rule_id: str, severity: Severity, start: int, end: int, label: str, message: str
) -> Finding:
    """A finding of a secret rule from ``resources/gate/rules.toml`` or a team's rule file."""
    return Finding(rule_id, severity, start, end, message, "redact", label)


def make_finding(kind: str, start: int, end: int, message: str | None = None) -> Finding:
    """Build a finding of a registered ``kind`` with its default severity, fix and message."""
    info = KINDS[kind]
    return Finding(kind, info.severity, start, end, message or info.message, info.fix)
