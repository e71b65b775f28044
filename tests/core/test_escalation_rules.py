"""One test per completeness rule: a note that trips it and one that does not."""

from __future__ import annotations

import pytest

from desktop.core.escalation import MISSING, REQUIRED_FIELDS, WEAK, EscalationNote
from desktop.core.escalation.rules import (
    RULES,
    ask_not_specific,
    evidence_lacks_ids,
    expected_equals_actual,
    impact_lacks_numbers,
    region_missing,
    reproducibility_missing,
    required_fields_missing,
    severity_unjustified,
    steps_missing,
    summary_proposes_fix,
    summary_too_vague,
    workaround_not_explicit,
)
from desktop.core.escalation.samples import sample_note

GOOD = sample_note()


def flagged(rule: object, **fields: str) -> list[tuple[str, str]]:
    assert callable(rule)
    return [(f.field, f.level) for f in rule(GOOD.with_changes(**fields))]


def test_the_sample_note_passes_every_rule() -> None:
    assert [f for rule in RULES for f in rule(GOOD)] == []


def test_required_fields_missing() -> None:
    assert flagged(required_fields_missing, ask="", tried="  \n") == [
        ("tried", MISSING),
        ("ask", MISSING),
    ]
    assert flagged(required_fields_missing, suggested_fix="", timeline="") == []
    assert {f.field for f in required_fields_missing(EscalationNote())} == set(REQUIRED_FIELDS)


@pytest.mark.parametrize(
    "summary",
    [
        "Lambda doesn't work",
        "ECS is broken",
        "Customer has an issue with the service in production since yesterday",
        "The load balancer is not working for the customer at all today",
        "The Lambda function doesn't work for the customer's main account",
    ],
)
def test_summary_too_vague(summary: str) -> None:
    assert flagged(summary_too_vague, summary=summary) == [("summary", WEAK)]


@pytest.mark.parametrize(
    "summary",
    [
        "S3 PutObject returns 503 SlowDown for 4% of requests since 09:00 UTC",
        "EKS pods stuck in ImagePullBackOff after node group upgrade to 1.29",
        "Checkout API is not working: ALB returns 502 for 30% of requests",
    ],
)
def test_summary_specific_enough(summary: str) -> None:
    assert flagged(summary_too_vague, summary=summary) == []


@pytest.mark.parametrize(
    "summary",
    [
        "Please increase the Lambda concurrency limit for account 111122223333",
        "Increase the ENI quota in eu-west-1 to 5000",
        "The ALB idle timeout should be raised to 4000 seconds for this customer",
        "Fix the IAM console so role trust policies save correctly",
        "RDS storage autoscaling: please enable it for the customer",
    ],
)
def test_summary_proposes_fix(summary: str) -> None:
    assert flagged(summary_proposes_fix, summary=summary) == [("summary", WEAK)]


@pytest.mark.parametrize(
    "summary",
    [
        "Lambda throttles at 1,000 concurrent executions after the team added a layer",
        "Update of stack prod-api fails with 'Resource handler returned message'",
        "Change sets fail to create for stack prod with ValidationError",
        "Tasks should be healthy but fail ELB health checks after 60 s",
    ],
)
def test_summary_describing_a_symptom_is_not_a_fix(summary: str) -> None:
    assert flagged(summary_proposes_fix, summary=summary) == []


def test_expected_equals_actual() -> None:
    assert flagged(expected_equals_actual, expected="HTTP 200", actual="http  200") == [
        ("actual", WEAK)
    ]
    assert flagged(expected_equals_actual, expected="HTTP 200", actual="HTTP 502") == []


@pytest.mark.parametrize(
    ("evidence", "message"),
    [
        ("Customer sees timeouts in their logs", "no request ID and no UTC timestamp"),
        ("Request ID 3f1c2a9e-7b4d-4e1a-9c3e-2d5f6a7b8c9d", "no UTC timestamp"),
        ("Failed at 2024-05-14 18:14 JST", "no request ID and no UTC timestamp"),
        ("x-amz-request-id: 4442587FB7D0A2F9 at 14:03 JST", "no UTC timestamp"),
        ("Misconfiguration in DEADBEEFDEADBEEF at 09:00 UTC", "no request ID"),
    ],
)
def test_evidence_lacks_ids(evidence: str, message: str) -> None:
    findings = evidence_lacks_ids(GOOD.with_changes(evidence=evidence))
    assert [(f.field, f.level) for f in findings] == [("evidence", WEAK)]
    assert message in findings[0].message


@pytest.mark.parametrize(
    "evidence",
    [
        "x-amz-request-id 4442587FB7D0A2F9, 2024-05-14T09:14:31Z",
        "RequestId: 9e6b7c1d-1111-4a1b-8c2d-3e4f5a6b7c8d at 09:14:31 UTC",
        "Trace 1-5759e988-bd862e3fe1be46a994272793 at 2024-05-14 09:14+00:00",
    ],
)
def test_evidence_with_request_id_and_utc_time(evidence: str) -> None:
    assert flagged(evidence_lacks_ids, evidence=evidence) == []


def test_region_missing() -> None:
    assert flagged(region_missing, region="") == [("region", MISSING)]
    assert flagged(region_missing, region="Tokyo") == [("region", WEAK)]
    assert flagged(region_missing, region="ap-northeast-1 (Tokyo)") == []
    assert flagged(region_missing, region="us-gov-west-1, eu-central-1") == []
    assert flagged(region_missing, region="global (IAM)") == []


@pytest.mark.parametrize(
    ("impact", "message"),
    [
        ("Customers are very unhappy", "no numbers"),
        ("About 40% affected since Monday", "no who is affected"),
        ("It is bad", "no numbers and no who is affected"),
    ],
)
def test_impact_lacks_numbers(impact: str, message: str) -> None:
    findings = impact_lacks_numbers(GOOD.with_changes(impact=impact))
    assert [(f.field, f.level) for f in findings] == [("impact", WEAK)]
    assert message in findings[0].message


def test_impact_with_numbers_and_who() -> None:
    impact = "3 of the customer's 12 production clusters; 400 developers blocked"
    assert flagged(impact_lacks_numbers, impact=impact) == []


@pytest.mark.parametrize(
    "ask",
    [
        "Please investigate",
        "Please look into this asap.",
        "Can you help?",
        "The customer wants this resolved",
    ],
)
def test_ask_not_specific(ask: str) -> None:
    assert flagged(ask_not_specific, ask=ask) == [("ask", WEAK)]


@pytest.mark.parametrize(
    "ask",
    [
        "Is the 29 s integration timeout adjustable for this API?",
        "Please confirm whether a fix will ship before 3 June",
        "We need a decision on a quota exception for account 111122223333",
    ],
)
def test_ask_that_is_a_question_or_decision(ask: str) -> None:
    assert flagged(ask_not_specific, ask=ask) == []


@pytest.mark.parametrize(("value", "level"), [("", MISSING), ("n/a", WEAK), ("TBD", WEAK)])
def test_workaround_not_explicit(value: str, level: str) -> None:
    assert flagged(workaround_not_explicit, workaround=value) == [("workaround", level)]


@pytest.mark.parametrize("value", ["none", "None known", "Route traffic to us-west-2"])
def test_workaround_explicit(value: str) -> None:
    assert flagged(workaround_not_explicit, workaround=value) == []


def test_reproducibility_missing() -> None:
    assert flagged(reproducibility_missing, reproducibility="") == [("reproducibility", MISSING)]
    assert flagged(reproducibility_missing, reproducibility="maybe") == [("reproducibility", WEAK)]
    assert flagged(
        reproducibility_missing, reproducibility="intermittent", reproducibility_detail=""
    ) == [("reproducibility_detail", WEAK)]
    assert flagged(reproducibility_missing, reproducibility="Not reproduced") == []
    assert (
        flagged(
            reproducibility_missing, reproducibility="intermittent", reproducibility_detail="3 of 5"
        )
        == []
    )


def test_steps_missing() -> None:
    assert flagged(steps_missing, steps="") == [("steps", MISSING)]
    assert flagged(steps_missing, steps="Deploy it") == [("steps", WEAK)]
    assert flagged(steps_missing, steps="1. aws lambda invoke --function-name f out.json") == []


def test_severity_unjustified() -> None:
    assert flagged(severity_unjustified, severity_justification="") == [
        ("severity_justification", WEAK)
    ]
    assert flagged(severity_unjustified, severity="", severity_justification="") == []
