"""Every learner rule flags its incorrect examples and none of its correct ones (from the data)."""

from __future__ import annotations

import pytest

from desktop.core.grammar import learner_rules
from desktop.core.grammar.issue import Category

RULES, _ACRONYMS = learner_rules.bundled_rules()
CASES = [
    (rule, example, expected == "incorrect")
    for rule in RULES
    for expected in ("incorrect", "correct")
    for example in rule.examples.get(expected, ())
]


def test_every_rule_has_incorrect_and_correct_examples() -> None:
    assert len(RULES) >= 20
    for rule in RULES:
        assert rule.examples.get("incorrect") and rule.examples.get("correct"), rule.rule_id


@pytest.mark.parametrize(
    ("rule", "example", "flagged"),
    CASES,
    ids=[f"{rule.rule_id.rsplit('.', 1)[-1]}:{example}" for rule, example, _ in CASES],
)
def test_rule_examples(rule: learner_rules.LearnerRule, example: str, flagged: bool) -> None:
    issues = [i for i in learner_rules.check(example) if i.rule_id == rule.rule_id]
    assert bool(issues) == flagged, [(example[i.start : i.end], i.message) for i in issues]
    for issue in issues:
        assert issue.category is rule.category
        assert issue.kind == (rule.kind if rule.category is Category.GRAMMAR else "")
        assert issue.replacements, "every learner rule suggests a fix"


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("This errors are caused by the proxy.", "these errors"),
        ("We saw many error in the log.", "many errors"),
        ("The instance have stopped.", "has"),
        ("The job will comes back online.", "come"),
        ("You can reviewed the logs.", "review"),
        ("Create a S3 bucket first.", "an"),
        ("Open an URL in the browser.", "a"),
        ("Its a known issue.", "it's"),
        ("It takes more then an hour.", "than"),
        ("We saw less errors after the change.", "fewer"),
        ("These was the last steps.", "were"),
        ("Please send more informations.", "information"),
    ],
)
def test_first_suggestion_fixes_the_sentence(text: str, fixed: str) -> None:
    issues = learner_rules.check(text)
    assert issues, text
    assert issues[0].replacements[0].lower() == fixed


def test_masked_code_is_never_judged_as_words() -> None:
    assert learner_rules.check("Run `these was` and `will comes` in the shell.") == []


def test_a_malformed_rule_is_a_clear_error() -> None:
    with pytest.raises(learner_rules.LearnerRuleError, match="unknown set"):
        learner_rules.parse_rules("rules:\n  - id: x\n    pattern:\n      - {set: nope}\n")
    with pytest.raises(learner_rules.LearnerRuleError, match="pattern or a check"):
        learner_rules.parse_rules("rules:\n  - id: x\n")
