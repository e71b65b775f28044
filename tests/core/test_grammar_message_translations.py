"""Casewright's own grammar and style messages come in zh-TW and ja, with the reply's words."""

from __future__ import annotations

import re

import yaml

from desktop.core.grammar import cjk_checks, learner_rules
from desktop.core.grammar.message_translations import MESSAGE_TRANSLATIONS, message_table
from desktop.core.i18n import LocalizedText
from desktop.core.resources import read_bundled_text

_FIELD = re.compile(r"\{[^}]*\}")


def _bundled_messages() -> dict[str, str]:
    messages = {}
    for name in ("learner_rules.yaml", "style_rules.yaml"):
        for rule in yaml.safe_load(read_bundled_text("resources", f"grammar/{name}"))["rules"]:
            if rule.get("check") not in cjk_checks.MESSAGES:  # those are in the .ts files
                messages[rule["id"]] = str(rule.get("message", ""))
    return messages


def test_every_bundled_rule_message_is_translated_with_its_placeholders() -> None:
    table = message_table()
    problems = []
    for rule_id, english in _bundled_messages().items():
        for language in ("zh_TW", "ja"):
            text = table.get(rule_id, {}).get(language, "")
            if not text:
                problems.append(f"{language} {rule_id}: missing")
            elif sorted(set(_FIELD.findall(text))) != sorted(set(_FIELD.findall(english))):
                problems.append(f"{language} {rule_id}: placeholders differ from the English")
    unknown = set(table) - set(_bundled_messages())
    assert not problems, f"{MESSAGE_TRANSLATIONS}: " + "; ".join(problems)
    assert not unknown, f"{MESSAGE_TRANSLATIONS} names rules that do not exist: {unknown}"


def test_a_learner_message_fills_in_the_words_in_every_language() -> None:
    issue = next(
        i
        for i in learner_rules.check("He do not know the password.")
        if i.rule_id == "casewright.grammar.third-person-verb"
    )
    assert issue.message == "After “He”, the verb takes -s: “does”."  # the CLI's English
    assert isinstance(issue.message, LocalizedText)
    assert issue.message.in_language("ja") == "「He」の後の動詞には -s が付きます：「does」。"
    assert issue.message.in_language("zh_TW") == "在「He」之後，動詞要加 -s：「does」。"


def test_the_article_message_names_the_suggestion_in_every_language() -> None:
    issue = next(
        i
        for i in learner_rules.check("Please create a S3 bucket.")
        if i.rule_id == "casewright.grammar.article-before-acronym"
    )
    assert "“an S3”" in issue.message
    assert isinstance(issue.message, LocalizedText)
    assert issue.message.in_language("zh_TW").startswith("請用「an S3」")
