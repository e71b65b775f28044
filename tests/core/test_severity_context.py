"""The template ``severity`` mapping and the escalation justification."""

from __future__ import annotations

from desktop.core.severity import (
    Answers,
    Catalog,
    assess,
    context_for_case,
    load_definitions,
    severity_context,
    severity_justification,
    to_json,
)

CATALOG = load_definitions()
AWS = CATALOG.sets["aws"]
GCP = CATALOG.sets["gcp"]
CONTEXT_KEYS = {
    "selected",
    "selected_name",
    "assessed",
    "assessed_name",
    "reason",
    "mismatch",
    "definitions",
    "response_time",
    "levels",
}


def test_context_before_any_assessment() -> None:
    context = severity_context(AWS, "urgent", None, plan="Business")
    assert set(context) == CONTEXT_KEYS
    assert context["selected"] == "urgent"
    assert context["selected_name"] == "Production system down"
    assert (context["assessed"], context["assessed_name"], context["reason"]) == ("", "", "")
    assert context["mismatch"] is False
    assert context["response_time"] == ""
    assert context["definitions"] == "AWS Support"
    assert context["levels"][4] == {
        "code": "critical",
        "name": "Business-critical system down",
        "criteria": "Your business is at risk. Critical functions of your application aren't "
        "available.",
        "response_time": "",  # not offered on Business
    }
    assert all(
        set(level) == {"code", "name", "criteria", "response_time"} for level in context["levels"]
    )


def test_context_with_an_assessment_uses_its_plan() -> None:
    result = assess(AWS, Answers(), "critical", plan="Enterprise On-Ramp")
    context = severity_context(AWS, "critical", result)
    assert context["assessed"] == "low"
    assert context["assessed_name"] == "General guidance"
    assert context["reason"] == result.reason
    assert context["mismatch"] is True
    assert context["response_time"] == "< 24 hours"
    assert context["levels"][4]["response_time"] == "< 30 minutes"
    assert all(
        isinstance(value, str)
        for key, value in context.items()
        if key not in {"mismatch", "levels"}
    )


def test_case_severity_is_shown_as_the_providers_level() -> None:
    result = assess(GCP, Answers(production=True, state="down"), "urgent", plan="Premium")
    context = severity_context(GCP, "urgent", result)
    assert (context["selected"], context["assessed"], context["mismatch"]) == ("P1", "P1", False)
    assert context["response_time"] == "< 15 minutes"


def test_escalation_justification_names_level_reason_and_customer_choice() -> None:
    result = assess(AWS, Answers(), "critical", plan="Enterprise")
    text = severity_justification(AWS, result)
    assert text.startswith("Assessed as General guidance (low) under AWS Support definitions: ")
    assert result.reason in text
    assert text.endswith("The customer selected Business-critical system down (critical).")
    agreed = assess(AWS, Answers(), "low", plan="Enterprise")
    assert "customer selected" not in severity_justification(AWS, agreed)


def test_context_for_case_reads_the_stored_document() -> None:
    stored = to_json(assess(AWS, Answers(), "critical", plan="Enterprise"))
    context = context_for_case(CATALOG, "aws", "critical", stored)
    assert (context["assessed"], context["mismatch"]) == ("low", True)


def test_context_for_case_survives_a_missing_set_and_a_corrupt_document() -> None:
    context = context_for_case(CATALOG, "removed-team-set", "high", "{corrupt")
    assert context["definitions"] == "AWS Support"
    assert (context["selected_name"], context["assessed"]) == ("Production system impaired", "")


def test_context_for_case_with_no_definitions_at_all_keeps_the_shape() -> None:
    context = context_for_case(Catalog(), "aws", "urgent", None)
    assert set(context) == CONTEXT_KEYS
    assert (context["selected"], context["levels"], context["mismatch"]) == ("urgent", [], False)
