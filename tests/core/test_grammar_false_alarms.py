"""The false alarms users reported, checked through the whole checker (Harper + baseline)."""

from __future__ import annotations

import pytest

from desktop.core.grammar.checker import GrammarChecker
from desktop.core.grammar.issue import Issue
from desktop.core.grammar.preferences import GrammarPreferences
from desktop.core.grammar.setup import GrammarConfig, build_checker


@pytest.fixture(scope="module")
def checker() -> GrammarChecker:
    built, _server = build_checker(GrammarConfig())
    built.warm_up()
    return built


def _found(issues: list[Issue], text: str) -> list[tuple[str, str]]:
    return [(text[i.start : i.end], i.rule_id) for i in issues]


def test_numbered_steps_are_sentences_not_lowercase_starts(checker: GrammarChecker) -> None:
    text = "To fix it:\n\n1. Open the console.\n2. Choose Instances.\n10. Stop it at 15:00."
    assert _found(checker.check(text, "en"), text) == []


def test_acronyms_of_the_vocabulary_are_not_shouting(checker: GrammarChecker) -> None:
    text = "The API returns JSON over HTTP, and the OIDC provider checks the CIDR and YAML."
    assert _found(checker.check(text, "en"), text) == []
    shouting = "Please NEVER delete the bucket."
    assert [rule for _, rule in _found(checker.check(shouting, "en"), shouting)] == [
        "casewright.all-caps"
    ]


def test_vocabulary_words_are_accepted_by_every_engine(checker: GrammarChecker) -> None:
    text = "We checked nginx, ecr, kms, the lifecycle rule, the workflow and deregister calls."
    assert _found(checker.check(text, "en"), text) == []


def test_personal_dictionary_applies_to_harper_too() -> None:
    preferences = GrammarPreferences(words={"Kubeflowz"})
    checker, _server = build_checker(GrammarConfig(), preferences)
    text = "We installed kubeflowz on the cluster yesterday."
    assert _found(checker.check(text, "en"), text) == []
    without = GrammarChecker(checker.engines)
    assert ("kubeflowz", "SpellCheck") in _found(without.check(text, "en"), text)


def test_passive_voice_is_off_by_default_and_can_be_turned_on(checker: GrammarChecker) -> None:
    text = "The bucket was deleted by the lifecycle rule."
    assert _found(checker.check(text, "en"), text) == []
    preferences = GrammarPreferences()
    preferences.set_rule_enabled("casewright.passive-voice", True)
    on = GrammarChecker(checker.engines, preferences)
    assert ("was deleted", "casewright.passive-voice") in _found(on.check(text, "en"), text)
