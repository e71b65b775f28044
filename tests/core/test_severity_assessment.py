"""Assessment rules per provider and plan, mismatch either way, and the stored JSON."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.severity import (
    STATES,
    Answers,
    AssessmentError,
    DefinitionSet,
    assess,
    from_json,
    load_definitions,
    to_json,
)

CATALOG = load_definitions()
DOWN_NO_WORKAROUND = Answers(production=True, state="down", workaround=False)
CRITICAL_DOWN = Answers(production=True, state="down", critical_business=True, workaround=False)
DEGRADED = Answers(production=True, state="degraded", workaround=False)
DEGRADED_WITH_WORKAROUND = Answers(production=True, state="degraded", workaround=True)
DEV_QUESTION = Answers()
DEV_BROKEN = Answers(production=False, state="down")
DEADLINE_QUESTION = Answers(deadline="Go-live on Friday")


def _set(set_id: str) -> DefinitionSet:
    definitions = CATALOG.get(set_id)
    assert definitions is not None
    return definitions


@pytest.mark.parametrize(
    ("set_id", "plan", "answers", "expected"),
    [
        ("aws", "Enterprise", CRITICAL_DOWN, "critical"),
        ("aws", "Enterprise On-Ramp", CRITICAL_DOWN, "critical"),
        ("aws", "Business", CRITICAL_DOWN, "urgent"),  # Business offers no critical level
        ("aws", "Developer", CRITICAL_DOWN, "normal"),  # Developer tops out at normal
        ("aws", "Enterprise", DOWN_NO_WORKAROUND, "urgent"),
        ("aws", "Enterprise", Answers(production=True, state="down", workaround=True), "high"),
        ("aws", "Enterprise", DEGRADED, "high"),
        ("aws", "Enterprise", DEGRADED_WITH_WORKAROUND, "normal"),
        ("aws", "Enterprise", DEV_BROKEN, "normal"),
        ("aws", "Enterprise", DEADLINE_QUESTION, "normal"),
        ("aws", "Enterprise", DEV_QUESTION, "low"),
        ("gcp", "Premium", CRITICAL_DOWN, "P1"),
        ("gcp", "Standard", CRITICAL_DOWN, "P2"),  # Standard cannot open P1
        ("gcp", "Premium", DOWN_NO_WORKAROUND, "P1"),
        ("gcp", "Premium", DEGRADED, "P2"),
        ("gcp", "Premium", DEGRADED_WITH_WORKAROUND, "P3"),
        (
            "gcp",
            "Premium",
            Answers(production=True, state="degraded", workaround=True, users=500),
            "P2",
        ),
        ("gcp", "Premium", DEV_QUESTION, "P4"),
        ("azure", "Standard", CRITICAL_DOWN, "A"),
        ("azure", "Developer", CRITICAL_DOWN, "C"),
        ("azure", "Standard", DEGRADED, "B"),
        ("azure", "Standard", DEGRADED_WITH_WORKAROUND, "C"),
        ("azure", "Standard", DEV_QUESTION, "C"),
    ],
)
def test_answers_map_to_the_expected_level(
    set_id: str, plan: str, answers: Answers, expected: str
) -> None:
    result = assess(_set(set_id), answers, selected="normal", plan=plan)
    assert result.assessed == expected
    assert result.plan == plan
    assert result.reason.endswith(".") and result.reason.count(". ") == 0  # one sentence


def test_capped_level_says_why_in_the_reason() -> None:
    result = assess(_set("aws"), CRITICAL_DOWN, "urgent", plan="Business")
    assert "highest level the Business plan offers" in result.reason


def test_users_and_deadline_appear_in_the_reason() -> None:
    answers = Answers(production=True, state="down", users=1200, deadline="Black Friday sale")
    result = assess(_set("aws"), answers, "urgent", plan="Enterprise")
    assert result.reason == (
        "A production system is down and there is no workaround, affecting about 1200 users, "
        "with a deadline of Black Friday sale."
    )


def test_customer_chose_critical_for_a_dev_question_is_flagged_over() -> None:
    result = assess(_set("aws"), DEV_QUESTION, "critical", plan="Enterprise")
    assert (result.assessed, result.mismatch, result.is_mismatch) == ("low", "over", True)
    assert "Business-critical system down" in result.explanation
    assert "General guidance fits better" in result.explanation
    assert "kindly" in result.explanation


def test_under_rated_case_is_flagged_with_the_faster_response() -> None:
    result = assess(_set("aws"), CRITICAL_DOWN, "low", plan="Enterprise")
    assert (result.assessed, result.mismatch) == ("critical", "under")
    assert "suggest raising it" in result.explanation
    assert "< 15 minutes" in result.explanation


def test_matching_choice_is_not_a_mismatch() -> None:
    result = assess(_set("aws"), DOWN_NO_WORKAROUND, "urgent", plan="Enterprise")
    assert (result.mismatch, result.explanation) == ("", "")


def test_case_severity_words_compare_with_provider_levels() -> None:
    assert assess(_set("gcp"), DOWN_NO_WORKAROUND, "urgent", "Premium").mismatch == ""
    assert assess(_set("gcp"), DEV_QUESTION, "critical", "Premium").mismatch == "over"
    assert assess(_set("azure"), DEGRADED, "low", "Standard").mismatch == "under"


def test_unknown_selected_value_is_not_flagged_and_unknown_plan_uses_default() -> None:
    result = assess(_set("aws"), DEV_QUESTION, "whatever", plan="Platinum")
    assert (result.mismatch, result.plan) == ("", "Enterprise")


def test_invalid_state_is_refused() -> None:
    with pytest.raises(ValueError, match="state"):
        assess(_set("aws"), Answers(state="sideways"), "low")


def test_assessment_round_trips_through_json() -> None:
    answers = Answers(production=True, state="degraded", users=40, deadline="月曜日")
    result = assess(_set("aws"), answers, "critical", plan="Business")
    stored = to_json(result)
    assert json.loads(stored)["version"] == 1
    assert "月曜日" in stored
    assert from_json(stored) == result


@pytest.mark.parametrize(
    ("stored", "words"),
    [
        ("{not json", "not JSON"),
        ("[]", "JSON object"),
        ('{"version": 99}', "newer"),
        ('{"assessed": 5}', "assessed must be text"),
        ('{"mismatch": "sideways"}', "mismatch"),
        ('{"answers": {"state": "gone"}}', "answers.state"),
        ('{"answers": {"users": -3}}', "answers.users"),
        ('{"answers": {"production": "yes"}}', "answers.production"),
    ],
)
def test_broken_stored_assessment_raises_a_clear_error(stored: str, words: str) -> None:
    with pytest.raises(AssessmentError, match=words):
        from_json(stored)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=5),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=10,
)
stored_keys = st.sampled_from(
    [
        "version",
        "definitions",
        "plan",
        "selected",
        "assessed",
        "reason",
        "mismatch",
        "explanation",
        "assessed_at",
        "answers",
        "state",
        "users",
        "production",
        "deadline",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(stored_keys, json_values | st.dictionaries(stored_keys, json_values)))
def test_any_stored_json_either_loads_or_raises_assessment_error(data: dict[str, object]) -> None:
    try:
        result = from_json(json.dumps(data))
    except AssessmentError:
        return
    assert result.answers.state in STATES
    assert result.mismatch in ("", "over", "under")
    assert all(isinstance(value, str) for value in (result.assessed, result.reason, result.plan))
