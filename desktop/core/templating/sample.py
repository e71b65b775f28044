"""Believable sample values (an AWS case) for previews, lint and tests."""

from __future__ import annotations

from typing import Any

from desktop.core.case import CaseFacts
from desktop.core.templating.context import build_context

AWS_SEVERITY_LEVELS: tuple[dict[str, str], ...] = (
    {"code": "low", "name": "General guidance",
     "criteria": "You have a general development question or want to request a feature.",
     "response_time": "24 hours"},
    {"code": "normal", "name": "System impaired",
     "criteria": "Non-critical functions of your application are behaving abnormally.",
     "response_time": "12 hours"},
    {"code": "high", "name": "Production system impaired",
     "criteria": "Important functions of your application are impaired or degraded.",
     "response_time": "4 hours"},
    {"code": "urgent", "name": "Production system down",
     "criteria": "Your business is significantly impacted; important functions are unavailable.",
     "response_time": "1 hour"},
    {"code": "critical", "name": "Business-critical system down",
     "criteria": "Your business is at risk; critical functions of your application are down.",
     "response_time": "15 minutes"},
)  # fmt: skip

SAMPLE_FACTS = CaseFacts(
    case_id="171234567800123",
    subject="EC2 instances fail status checks after a stop/start",
    customer_org="Example Trading Co., Ltd.",
    contact_name="Aiko Tanaka",
    language="en",
    service="Amazon EC2",
    region="ap-northeast-1",
    resource_ids="i-0abc1234def567890, vol-0123456789abcdef0",
    severity="urgent",
    status="open",
)

SAMPLE_CHECKLIST: dict[str, Any] = {
    "title": "Instance fails status checks after stop/start",
    "environment": "Region ap-northeast-1 (Tokyo)\nm5.large, Amazon Linux 2023\n"
    "Root volume: gp3, 30 GiB, encrypted with a customer managed KMS key",
    "steps": [
        {"action": "Launch an m5.large from the customer's AMI ami-0fedcba9876543210",
         "expected": "Instance reaches 2/2 status checks", "actual": "2/2 checks passed",
         "status": "passed", "evidence": "Console screenshot 10:02 UTC"},
        {"action": "Stop and start the instance",
         "expected": "Instance reaches 2/2 status checks within 5 minutes",
         "actual": "Instance status check failed; system log shows 'VFS: Unable to mount root fs'",
         "status": "failed", "evidence": "get-console-output at 10:14 UTC"},
        {"action": "Repeat with an unencrypted root volume",
         "expected": "Instance reaches 2/2 status checks", "actual": "", "status": "not_run",
         "evidence": ""},
    ],
}  # fmt: skip

SAMPLE_SEVERITY: dict[str, Any] = {
    "selected": "urgent",
    "assessed": "high",
    "reason": "The customer's production site is degraded but still serving traffic "
    "from the instances that were not restarted.",
    "definitions": "AWS Support",
    "levels": list(AWS_SEVERITY_LEVELS),
}

SAMPLE_ESCALATION: dict[str, str] = {
    "summary": "Instances with KMS-encrypted root volumes fail status checks after stop/start",
    "service": "Amazon EC2",
    "component": "EBS encryption / instance boot",
    "region": "ap-northeast-1",
    "versions": "Amazon Linux 2023.5.20240916, kernel 6.1.109",
    "environment": "m5.large, gp3 root volume encrypted with a customer managed KMS key",
    "steps": "1. Launch from ami-0fedcba9876543210\n2. Stop the instance\n3. Start it again",
    "reproducibility": "intermittent",
    "reproducibility_detail": "3 of 5",
    "expected": "The instance passes 2/2 status checks within 5 minutes.",
    "actual": "The instance status check fails; the kernel cannot mount the root file system.",
    "impact": "12 production web servers cannot be restarted safely.",
    "severity": "high",
    "severity_justification": "Production is impaired; the customer has a workaround.",
    "workaround": "Start the instance on a different instance type, then switch back.",
    "evidence": "Console output from i-0abc1234def567890 at 10:14 UTC",
    "timeline": "10:02 UTC first launch; 10:14 UTC failure after stop/start",
    "tried": "Detaching and re-attaching the root volume; a new AMI copy.",
    "ask": "Please confirm whether this is a known issue and whether a fix is planned.",
    "suggested_fix": "",
}


SAMPLE_MESSAGES: tuple[dict[str, str], ...] = (
    {
        "text": "Since 2026-11-29 14:04 JST our instances fail the status check after a "
        "restart. Is this a known issue?",
        "received_at": "2026-11-29T05:10:00Z",
    },
)


def sample_context(language: str = "en") -> dict[str, Any]:
    """A full template context for a believable AWS case, in ``language``."""
    facts = CaseFacts(**{**SAMPLE_FACTS.as_template_vars(), "language": language})
    return build_context(
        facts,
        {},
        checklist=SAMPLE_CHECKLIST,
        severity=SAMPLE_SEVERITY,
        escalation=SAMPLE_ESCALATION,
        engineer_name="Sam Rivera",
        team_name="Compute Support",
        messages=SAMPLE_MESSAGES,
    )
