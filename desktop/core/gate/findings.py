"""What the pre-send gate reports: a finding's kind, severity, span, message and suggested fix."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

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
    "private_key": KindInfo(
        "private key", BLOCK, "redact", "A private key is in the text; remove it before sending."
    ),
    "aws_access_key_id": KindInfo(
        "AWS access key",
        BLOCK,
        "redact",
        "An AWS access key ID is in the text; redact it (and ask for the key to be rotated).",
    ),
    "aws_secret_access_key": KindInfo(
        "AWS secret key",
        BLOCK,
        "redact",
        "An AWS secret access key is in the text; redact it and ask for the key to be rotated.",
    ),
    "github_token": KindInfo(
        "GitHub token", BLOCK, "redact", "A GitHub token is in the text; redact it."
    ),
    "slack_token": KindInfo("Slack token", BLOCK, "redact", "A Slack token is in the text."),
    "slack_webhook": KindInfo(
        "Slack webhook", BLOCK, "redact", "A Slack webhook URL (which works as a secret) is here."
    ),
    "jwt": KindInfo(
        "JSON Web Token", BLOCK, "redact", "A JSON Web Token (a bearer credential) is here."
    ),
    "url_password": KindInfo(
        "password", BLOCK, "redact", "A URL carries a password; redact the password part."
    ),
    "fill_marker": KindInfo(
        "unfilled value", BLOCK, "fill", "A template value was never filled in."
    ),
    "jinja_leftover": KindInfo(
        "template code",
        BLOCK,
        "remove",
        "Template code was left in the text; remove it or fill in what it meant.",
    ),
    "jinja_in_code": KindInfo(
        "template code",
        WARN,
        "review",
        "Template-like syntax inside code; fine if the customer's code really contains it.",
    ),
    "generic_secret": KindInfo(
        "secret", WARN, "redact", "This value is named like a secret (key, token, password)."
    ),
    "email": KindInfo("email address", WARN, "redact", "An email address is in the text."),
    "public_ip": KindInfo("IP address", WARN, "redact", "A public IP address is in the text."),
    "aws_account_id": KindInfo(
        "AWS account ID", WARN, "redact", "An AWS account ID is in the text."
    ),
    "internal_host": KindInfo(
        "internal host", WARN, "remove", "An internal host name or URL is in the text."
    ),
    "escalation_text": KindInfo(
        "internal note",
        WARN,
        "remove",
        "This line comes from the escalation note (written for the product team).",
    ),
    "grammar": KindInfo("grammar", WARN, "review", "A grammar issue remains."),
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

    @property
    def label(self) -> str:
        """Human name of the kind, as used in redaction markers (``AWS access key``)."""
        info = KINDS.get(self.kind)
        return info.label if info else self.kind.replace("_", " ")

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


def make_finding(kind: str, start: int, end: int, message: str | None = None) -> Finding:
    """Build a finding of a registered ``kind`` with its default severity, fix and message."""
    info = KINDS[kind]
    return Finding(kind, info.severity, start, end, message or info.message, info.fix)
