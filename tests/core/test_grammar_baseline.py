"""The always-on baseline engine: spelling with the technical vocabulary, and the data rules."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.grammar.baseline import BaselineEngine
from desktop.core.grammar.checker import GrammarChecker
from desktop.core.grammar.issue import Category, Issue
from desktop.core.grammar.style_rules import StyleRuleError, bundled_rules, parse_rules
from desktop.core.grammar.vocabulary import technical_vocabulary

REPO_ROOT = Path(__file__).resolve().parents[2]

PLANTED = {"recieved", "enviroment", "occured", "definately", "seperate", "acommodate"}


@pytest.fixture(scope="module")
def engine() -> BaselineEngine:
    return BaselineEngine()


def _found(text: str, issues: list[Issue], category: Category) -> set[str]:
    return {text[i.start : i.end] for i in issues if i.category is category}


def test_every_planted_misspelling_is_found_with_a_correction(engine: BaselineEngine) -> None:
    text = (REPO_ROOT / "tests/data/grammar/planted_reply.md").read_text(encoding="utf-8")
    issues = engine.check(text, "en")
    assert _found(text, issues, Category.SPELLING) == PLANTED
    by_word = {text[i.start : i.end]: i for i in issues if i.category is Category.SPELLING}
    assert by_word["recieved"].replacements[0] == "received"
    assert by_word["definately"].replacements[0] == "definitely"


def test_clean_technical_reply_has_no_spelling_flags(engine: BaselineEngine) -> None:
    text = (REPO_ROOT / "tests/data/grammar/clean_technical_reply.md").read_text(encoding="utf-8")
    issues = GrammarChecker([engine]).check(text, "en")
    assert _found(text, issues, Category.SPELLING) == set()


def test_vocabulary_has_cloud_products_and_cli_tools() -> None:
    vocabulary = technical_vocabulary()
    assert len(vocabulary) >= 300
    for word in ("kubectl", "eks", "iam", "vpc", "cloudwatch", "terraform", "bigquery", "aks"):
        assert word in vocabulary


def test_misspelling_inside_code_or_identifier_is_not_flagged(engine: BaselineEngine) -> None:
    text = "Set `recieve_timeout` and run `teh --help`; see recieveMessage in /opt/teh/file."
    issues = GrammarChecker([engine]).check(text, "en")
    assert _found(text, issues, Category.SPELLING) == set()


def test_capitalised_words_inside_a_sentence_are_treated_as_names(engine: BaselineEngine) -> None:
    text = "Hi Priya, I spoke with Raghunathan today. Recieved your mail."
    assert _found(text, engine.check(text, "en"), Category.SPELLING) == {"Recieved"}


@pytest.mark.parametrize(
    ("text", "rule", "flagged"),
    [
        ("You should have read the guide.", "casewright.blame", "You should have"),
        ("I think the fix works.", "casewright.hedging", "I think"),
        (
            "We apologize for any inconvenience.",
            "casewright.cliche",
            "We apologize for any inconvenience",
        ),
        ("We will reply ASAP.", "casewright.vague-time", "ASAP"),
        ("We will update you soon.", "casewright.vague-time", "soon"),
        ("Our SDE checked it.", "casewright.internal-jargon", "SDE"),
        ("Please check the the logs.", "casewright.repeated-word", "the the"),
        ("The node was restarted yesterday.", "casewright.passive-voice", "was restarted"),
        ("This is VERY important.", "casewright.all-caps", "VERY"),
        ("It works now!", "casewright.exclamation", "!"),
    ],
)
def test_support_writing_rules(engine: BaselineEngine, text: str, rule: str, flagged: str) -> None:
    issues = [i for i in engine.check(text, "en") if i.rule_id == rule]
    assert [text[i.start : i.end] for i in issues] == [flagged]


def test_rule_details_come_from_the_data_file(engine: BaselineEngine) -> None:
    issue = next(
        i for i in engine.check("It works!", "en") if i.rule_id == "casewright.exclamation"
    )
    assert issue.category is Category.TYPOGRAPHY
    assert issue.replacements == (".",)
    assert "Exclamation" in issue.message


def test_explained_jargon_and_acronyms_are_not_flagged(engine: BaselineEngine) -> None:
    text = "Our SDE (software engineer) checked the AWS IAM policy and the VPC."
    rules = {i.rule_id for i in engine.check(text, "en")}
    assert "casewright.internal-jargon" not in rules
    assert "casewright.all-caps" not in rules


def test_long_sentence_is_flagged_and_short_is_not(engine: BaselineEngine) -> None:
    long = "We " + " ".join(["checked the node and"] * 10) + " it is fine."
    assert any(i.rule_id == "casewright.long-sentence" for i in engine.check(long, "en"))
    assert not any(i.rule_id == "casewright.long-sentence" for i in engine.check("Short.", "en"))


def test_zh_tw_halfwidth_punctuation_and_latin_spacing(engine: BaselineEngine) -> None:
    text = "我們已經收到您的請求,謝謝!請檢查AWS Lambda的設定。"
    issues = engine.check(text, "zh-TW")
    punctuation = [i for i in issues if i.rule_id == "casewright.cjk-halfwidth-punctuation"]
    assert [(text[i.start : i.end], i.replacements[0]) for i in punctuation] == [
        (",", "，"),
        ("!", "！"),
    ]
    spacing = [i for i in issues if i.rule_id == "casewright.cjk-latin-spacing"]
    assert [i.replacements[0] for i in spacing] == ["查 A", "a 的"]
    assert not any(i.category is Category.SPELLING for i in issues)


def test_ja_spacing_consistency_flags_the_minority_style(engine: BaselineEngine) -> None:
    text = "AWS のコンソールで Lambda 関数を確認し、S3バケットを見てください。"
    issues = [i for i in engine.check(text, "ja") if i.rule_id.startswith("casewright.cjk-latin")]
    assert [text[i.start : i.end] for i in issues] == ["3バ"]
    assert not any(i.rule_id.startswith("casewright.cjk") for i in engine.check(text, "en"))


def test_ja_halfwidth_comma_becomes_ideographic_comma(engine: BaselineEngine) -> None:
    text = "確認しました,ありがとうございます."
    issues = [i for i in engine.check(text, "ja") if i.rule_id.endswith("halfwidth-punctuation")]
    assert [i.replacements[0] for i in issues] == ["、", "。"]


def test_bundled_rules_are_valid_and_malformed_rules_are_rejected() -> None:
    assert len(bundled_rules()) >= 10
    with pytest.raises(StyleRuleError, match="unknown check"):
        parse_rules("rules:\n  - {id: x, category: style, message: m, check: nope}\n")
    with pytest.raises(StyleRuleError, match="duplicate"):
        parse_rules("rules:\n  - {id: x, pattern: a}\n  - {id: x, pattern: b}\n")
    with pytest.raises(StyleRuleError, match="bad pattern"):
        parse_rules("rules:\n  - {id: x, pattern: '('}\n")
