"""Accepted intake phrases ("production is down", "no workaround") as severity-question answers."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from desktop.core.intake.facts import Fact
from desktop.core.severity.assessment import Answers

ANSWER_VALUES = frozenset(
    {"production_down", "production_degraded", "no_workaround", "workaround", "deadline",
     "critical_business"}
)  # fmt: skip


def answers_from_facts(answers: Answers, accepted: Iterable[Fact], text: str) -> Answers:
    """``answers`` with each accepted severity phrase applied; ``text`` is the message the facts
    point into (a deadline is noted in the customer's words)."""
    for fact in accepted:
        if fact.kind != "severity_claim" or fact.value not in ANSWER_VALUES:
            continue
        if fact.value == "production_down":
            answers = replace(answers, production=True, state="down")
        elif fact.value == "production_degraded":
            state = "down" if answers.state == "down" else "degraded"
            answers = replace(answers, production=True, state=state)
        elif fact.value == "no_workaround":
            answers = replace(answers, workaround=False)
        elif fact.value == "workaround":
            answers = replace(answers, workaround=True)
        elif fact.value == "critical_business":
            answers = replace(answers, critical_business=True)
        elif fact.value == "deadline" and not answers.deadline:
            answers = replace(answers, deadline=text[fact.start : fact.end])
    return answers
