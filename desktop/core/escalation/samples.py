"""Sample escalation data for tests, template previews and screenshots."""

from __future__ import annotations

from typing import Any

from desktop.core.escalation.model import EscalationNote


def sample_note() -> EscalationNote:
    """A complete escalation note that passes every completeness rule."""
    return EscalationNote(
        summary="ECS tasks on Fargate 1.4.0 fail ELB health checks within 90 s of start since "
        "the 14 May 09:05 UTC deployment",
        service="Amazon ECS",
        component="Service deployments / ELB health checks",
        region="eu-west-1",
        versions="Fargate platform 1.4.0",
        environment="Fargate, awsvpc, ALB target group HTTP /healthz, interval 30 s",
        steps="1. Deploy task definition checkout-api:42 to service checkout-api\n"
        "2. aws ecs describe-tasks --cluster prod --tasks <stopped-task-arn>\n"
        "3. Observe stoppedReason",
        reproducibility="always",
        reproducibility_detail="5 of 5 deployments",
        expected="Tasks reach HEALTHY and stay running",
        actual="Tasks stopped with 'Task failed ELB health checks' after 60-90 s",
        impact="About 1,200 merchants cannot complete checkout; the customer's SLA of 99.9% "
        "is at risk and a sales event starts on 20 May",
        severity="Production system down",
        severity_justification="Checkout is down for all production users with no workaround.",
        workaround="none",
        evidence="Request ID 3f1c2a9e-7b4d-4e1a-9c3e-2d5f6a7b8c9d at 2024-05-14T09:14:31Z\n"
        "stoppedReason: Task failed ELB health checks",
        timeline="First seen 2024-05-14 09:07 UTC, two minutes after deploying revision 42",
        tried="Raised the health check grace period to 300 s: tasks still stopped",
        ask="Is this a known issue with Fargate 1.4.0 health checks, and can you confirm "
        "whether rolling back the platform version is safe?",
        suggested_fix="",
    )


def sample_severity(*, assessed: bool = True) -> dict[str, Any]:
    """A ``severity`` template mapping as the engine supplies it."""
    levels = [
        {"code": "low", "name": "General guidance", "criteria": "", "response_time": "24 hours"},
        {"code": "normal", "name": "System impaired", "criteria": "", "response_time": "12 hours"},
        {
            "code": "high",
            "name": "Production system impaired",
            "criteria": "",
            "response_time": "4 hours",
        },
        {
            "code": "urgent",
            "name": "Production system down",
            "criteria": "",
            "response_time": "1 hour",
        },
        {
            "code": "critical",
            "name": "Business-critical system down",
            "criteria": "",
            "response_time": "15 minutes",
        },
    ]
    return {
        "selected": "critical",
        "selected_name": "Business-critical system down",
        "assessed": "urgent" if assessed else "",
        "assessed_name": "Production system down" if assessed else "",
        "reason": "Checkout is down in production, but the business can still take phone orders."
        if assessed
        else "",
        "mismatch": assessed,
        "definitions": "AWS Support",
        "response_time": "1 hour" if assessed else "",
        "levels": levels,
    }
