"""The context every template sees follows the template contract exactly."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.case import FACT_NAMES, CaseFacts
from desktop.core.templating import build_context, render_source, sample_context
from desktop.core.templating.context import ESCALATION_FIELDS


def test_defaults_when_no_checklist_severity_or_escalation() -> None:
    facts = CaseFacts(case_id="42", contact_name="Ann", severity="high")
    context = build_context(facts, {})
    assert {name: context[name] for name in FACT_NAMES if name != "severity"} == {
        name: getattr(facts, name) for name in FACT_NAMES if name != "severity"
    }
    assert context["case"]["severity"] == "high"
    assert (context["engineer_name"], context["team_name"]) == ("", "")
    assert context["checklist"] == {
        "title": "", "environment": "", "steps": [], "has_steps": False, "run_count": 0,
        "reproduced": None,
    }  # fmt: skip
    severity = context["severity"]
    assert severity["selected"] == "high" and severity["assessed"] == ""
    assert severity["assessed_name"] == "" and severity["mismatch"] is False
    assert severity["levels"] == [] and severity["response_time"] == ""
    assert set(context["escalation"]) == set(ESCALATION_FIELDS)
    assert all(value == "" for value in context["escalation"].values())


def test_form_values_override_case_facts_everywhere() -> None:
    context = build_context(
        CaseFacts(contact_name="Ann", severity="low"),
        {"contact_name": "Dr Ann Lee", "severity": "urgent", "extra": "x", "checklist": "no"},
    )
    assert context["contact_name"] == "Dr Ann Lee"
    assert context["case"]["contact_name"] == "Dr Ann Lee"
    assert context["case"]["severity"] == "urgent"
    assert context["severity"]["selected"] == "urgent"
    assert context["extra"] == "x"
    assert isinstance(context["checklist"], dict)  # structured names are not replaceable


def test_checklist_counts_and_reproduced() -> None:
    steps = [
        {"action": "a", "status": "passed"},
        {"action": "b", "status": "failed"},
        {"action": "c"},
        {"action": "d", "status": "bogus"},
    ]
    checklist = build_context(CaseFacts(), {}, checklist={"steps": steps})["checklist"]
    assert [s["number"] for s in checklist["steps"]] == [1, 2, 3, 4]
    assert [s["status"] for s in checklist["steps"]] == ["passed", "failed", "not_run", "not_run"]
    assert (checklist["has_steps"], checklist["run_count"], checklist["reproduced"]) == (
        True, 2, True,
    )  # fmt: skip
    passed = [{"action": "a", "status": "passed"}]
    assert (
        build_context(CaseFacts(), {}, checklist={"steps": passed})["checklist"]["reproduced"]
        is False
    )
    unrun = [{"action": "a"}]
    assert (
        build_context(CaseFacts(), {}, checklist={"steps": unrun})["checklist"]["reproduced"]
        is None
    )


def test_severity_names_response_time_and_mismatch_from_levels() -> None:
    levels = [
        {"code": "high", "name": "Production system impaired", "response_time": "4 hours"},
        {"code": "urgent", "name": "Production system down", "response_time": "1 hour"},
    ]
    severity = build_context(
        CaseFacts(severity="urgent"),
        {},
        severity={"assessed": "high", "reason": "Still serving.", "definitions": "AWS Support",
                  "levels": levels},
    )["severity"]  # fmt: skip
    assert severity["selected_name"] == "Production system down"
    assert severity["assessed_name"] == "Production system impaired"
    assert severity["response_time"] == "4 hours"
    assert severity["mismatch"] is True
    assert str(severity) == "urgent"


def test_dataclass_inputs_are_accepted() -> None:
    @dataclass
    class Escalation:
        summary: str = "Boot fails"
        ask: str = "Confirm"

    context = build_context(CaseFacts(), {}, escalation=Escalation())
    assert context["escalation"]["summary"] == "Boot fails"
    assert context["escalation"]["impact"] == ""


def test_sample_context_is_a_believable_aws_case_that_templates_can_use() -> None:
    context = sample_context("ja")
    assert context["language"] == "ja" and context["service"] == "Amazon EC2"
    assert len(context["checklist"]["steps"]) == 3
    assert context["checklist"]["reproduced"] is True
    assert context["severity"]["mismatch"] is True
    assert context["severity"]["definitions"] == "AWS Support"
    text = render_source(
        "{{ case.case_id }} {{ severity.assessed_name }} ({{ severity.response_time }}); "
        "{% for s in checklist.steps %}{{ s.number }}:{{ s.status }} {% endfor %}"
        "{{ escalation.reproducibility_detail }}",
        context,
    )
    assert text == (
        "171234567800123 Production system impaired (4 hours); 1:passed 2:failed 3:not_run 3 of 5"
    )
