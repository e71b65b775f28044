"""Filling the escalation note from the checklist, the severity assessment and the case facts."""

from __future__ import annotations

from desktop.core.case import CaseFacts
from desktop.core.checklist import FAILED, PASSED, Checklist, Step
from desktop.core.checklist.samples import sample_checklist
from desktop.core.escalation import (
    CHECKLIST_FIELDS,
    EscalationNote,
    fill_from_checklist,
    fill_from_facts,
    fill_from_severity,
    refresh_from_checklist,
    steps_text,
)
from desktop.core.escalation.samples import sample_severity


def test_fill_from_a_run_checklist() -> None:
    note = fill_from_checklist(EscalationNote(), sample_checklist())
    assert note.reproducibility == "always"
    assert note.reproducibility_detail == "1 of 2 steps run showed the problem (step 2)"
    assert note.steps.startswith("1. aws ecs describe-task-definition")
    assert "\n2. aws ecs describe-tasks" in note.steps
    assert "[Failed]" in note.steps
    assert note.expected == "stoppedReason is empty; healthStatus HEALTHY"
    assert note.actual.startswith("stoppedReason: Task failed ELB health checks")
    assert note.region == "eu-west-1"
    assert "Step 2: Request ID 3f1c2a9e" in note.evidence
    assert "redeployed at 09:05 UTC" in note.environment


def test_fill_keeps_what_the_engineer_wrote() -> None:
    mine = EscalationNote(steps="My own steps", region="eu-west-2", expected="My expected")
    note = fill_from_checklist(mine, sample_checklist())
    assert (note.steps, note.region, note.expected) == ("My own steps", "eu-west-2", "My expected")
    assert note.reproducibility == "always"  # was empty, so filled


def test_refresh_replaces_checklist_fields_but_not_others() -> None:
    mine = EscalationNote(steps="Old steps", reproducibility="intermittent", ask="Is it a bug?")
    note = refresh_from_checklist(mine, sample_checklist())
    assert note.steps.startswith("1. aws ecs")
    assert note.reproducibility == "always"
    assert note.ask == "Is it a bug?"


def test_refresh_of_chosen_fields_only() -> None:
    mine = EscalationNote(steps="Old steps", region="eu-west-2")
    note = refresh_from_checklist(mine, sample_checklist(), fields=["steps"])
    assert note.steps.startswith("1. aws ecs") and note.region == "eu-west-2"


def test_refresh_does_not_blank_fields_the_checklist_has_nothing_for() -> None:
    mine = EscalationNote(reproducibility="intermittent", evidence="req abc at 09:00 UTC")
    note = refresh_from_checklist(mine, sample_checklist(run=False))
    assert note.reproducibility == "intermittent"
    assert note.evidence == "req abc at 09:00 UTC"
    assert set(CHECKLIST_FIELDS) >= {"steps", "reproducibility", "reproducibility_detail"}


def test_checklist_that_ran_without_reproducing() -> None:
    checklist = Checklist(steps=(Step("a", "ok", "ok", PASSED), Step("b", "ok")))
    note = fill_from_checklist(EscalationNote(), checklist)
    assert note.reproducibility == "not_reproduced"
    assert note.reproducibility_detail == "0 of 1 steps run showed the problem"
    assert note.expected == "" and note.actual == ""


def test_unrun_checklist_fills_no_steps_and_no_verdict() -> None:
    note = fill_from_checklist(EscalationNote(), sample_checklist(run=False))
    assert note.steps == ""
    assert note.reproducibility == "" and note.reproducibility_detail == ""


def test_steps_never_run_are_left_out_and_named() -> None:
    checklist = Checklist(
        steps=(
            Step("kubectl get pods -n <namespace>", "Running", "ImagePullBackOff", FAILED),
            Step("kubectl describe pod <pod> -n <namespace>", "pulled"),
            Step("aws ecr describe-images", "one image", "found", PASSED),
            Step("crictl pull <image-uri>", "pulls"),
            Step("aws iam list-attached-role-policies", "policy"),
        )
    )
    text = steps_text(checklist)
    assert "<pod>" not in text and "<image-uri>" not in text
    assert text.startswith("1. kubectl get pods -n <namespace>")
    assert "\n3. aws ecr describe-images" in text
    assert text.endswith("(Steps 2, 4 and 5 of the checklist were not run.)")


def test_steps_text_indents_multiline_actions_under_their_number() -> None:
    checklist = Checklist(
        steps=(Step("aws ecs describe-tasks \\\n  --cluster prod", status=FAILED),)
    )
    assert steps_text(checklist) == (
        "1. aws ecs describe-tasks \\\n     --cluster prod\n   Actual: (not recorded) [Failed]"
    )


def test_fill_from_severity_assessment() -> None:
    note = fill_from_severity(EscalationNote(), sample_severity())
    assert note.severity == "Production system down"
    assert note.severity_justification.startswith("Checkout is down in production")


def test_fill_from_severity_without_assessment_uses_customer_choice() -> None:
    note = fill_from_severity(EscalationNote(), sample_severity(assessed=False))
    assert note.severity == "Business-critical system down"
    assert note.severity_justification == ""


def test_fill_from_severity_keeps_or_overwrites() -> None:
    mine = EscalationNote(severity="Mine", severity_justification="Because")
    assert fill_from_severity(mine, sample_severity()) == mine
    assert fill_from_severity(mine, sample_severity(), overwrite=True).severity == (
        "Production system down"
    )


def test_fill_from_facts() -> None:
    facts = CaseFacts(service="Amazon S3", region="us-east-1")
    assert fill_from_facts(EscalationNote(), facts).service == "Amazon S3"
    assert fill_from_facts(EscalationNote(region="eu-west-1"), facts).region == "eu-west-1"
