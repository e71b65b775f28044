"""A team's rule file with mistakes: every bad rule or allowlist is named with its reason (the
gate panel shows them as "Not used: ..."), and every good rule in the same file still works.
Also the rarer shapes of a valid file: allowlists RE2 refuses, allowlists that can only match
a file path, rules without keywords, and a secret group that matched nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.gate import ScanOptions, blocking, rule_names, scan
from desktop.core.gate.allow import shannon_entropy
from desktop.core.gate.matcher import find_secrets
from desktop.core.gate.rule_names import parse_rule_names, rule_name, rule_name_table
from desktop.core.gate.rulefile import parse_rules
from desktop.core.gate.ruleset import build_ruleset, load_ruleset
from desktop.core.gate.scanner import jinja_leftovers

GOOD_RULE = """
[[rules]]
id = "acme-good"
description = "Acme good token"
regex = '''acmegood_[0-9a-f]{24}'''
keywords = ["acmegood_"]
"""
GOOD_TOKEN = "acmegood_" + "0123456789abcdef01234567"

MISTAKES = [
    ("[[rules]]\nregex = 'x'\n", "rule #2", "the rule has no id"),
    ("[[rules]]\nid = 'a'\nregex = 42\n", "a", "regex must be a string"),
    ("[[rules]]\nid = 'b'\n", "b", "a rule needs a regex"),
    ("[[rules]]\nid = 'c'\nregex = 'c'\nsecretGroup = -1\n", "c", "secretGroup must be"),
    ("[[rules]]\nid = 'd'\nregex = 'd'\nentropy = 'high'\n", "d", "entropy must be a number"),
    ("[[rules]]\nid = 'e'\nregex = 'e'\nkeywords = [1, 2]\n", "e", "keywords must be a list"),
    ("[[rules]]\nid = 'f'\nregex = 'f'\nallowlists = 'none'\n", "f", "must be an array"),
    ("[[rules]]\nid = 'g'\nregex = 'g'\nallowlist = 'none'\n", "g", "must be a table"),
    (
        "[[rules]]\nid = 'h'\nregex = 'h'\n[rules.allowlist]\ncondition = 'XOR'\n",
        "h",
        "condition must be OR or AND",
    ),
    (
        "[[rules]]\nid = 'i'\nregex = 'i'\n[rules.allowlist]\nregexTarget = 'path'\n",
        "i",
        "regexTarget must be secret, match or line",
    ),
    (
        "[[rules]]\nid = 'j'\nregex = 'j'\n[rules.allowlist]\nregexes = ['''(unclosed''']\n",
        "j",
        "allowlist regex does not compile",
    ),
]


@pytest.mark.parametrize(("snippet", "where", "reason"), MISTAKES)
def test_a_bad_rule_is_named_with_its_reason_and_the_good_one_still_blocks(
    tmp_path: Path, snippet: str, where: str, reason: str
) -> None:
    path = tmp_path / "team.toml"
    path.write_text(GOOD_RULE + snippet, encoding="utf-8")
    ruleset = load_ruleset([str(path)])
    problems = [(p.rule_id, p.message) for p in ruleset.problems if p.source == str(path)]
    assert len(problems) == 1 and problems[0][0] == where and reason in problems[0][1]
    found = blocking(scan(f"token {GOOD_TOKEN}", ScanOptions(rule_files=[str(path)])))
    assert [f.kind for f in found] == ["acme-good"]


def test_a_file_level_mistake_is_named_and_the_rest_of_the_file_is_read() -> None:
    [not_toml] = parse_rules("rules = [", "team.toml").problems
    assert not_toml.message.startswith("not valid TOML: ")
    rules_not_a_list = parse_rules("rules = 'none'\n", "team.toml")
    assert [p.message for p in rules_not_a_list.problems] == [
        "rules must be an array of tables ([[rules]])"
    ]
    bad_allowlist = parse_rules("allowlists = 5\n" + GOOD_RULE, "team.toml")
    assert [r.id for r in bad_allowlist.rules] == ["acme-good"]
    assert [(p.rule_id, p.message) for p in bad_allowlist.problems] == [
        ("allowlist", "allowlists must be an array of tables")
    ]
    broken_shared = parse_rules(GOOD_RULE + "[allowlist]\nregexes = ['''(x''']\n", "team.toml")
    ruleset = build_ruleset([broken_shared])
    assert [r.id for r in ruleset.rules] == ["acme-good"]
    assert [p.rule_id for p in ruleset.problems] == ["allowlist"]
    assert "does not compile" in ruleset.problems[0].message


def test_an_allowlist_re2_refuses_still_excuses_what_it_names(tmp_path: Path) -> None:
    path = tmp_path / "team.toml"
    path.write_text(
        GOOD_RULE
        + "[[rules.allowlists]]\nregexTarget = 'line'\n"
        + "regexes = ['''^(?=.*fixture).*$''']\n"  # a look-ahead: RE2 refuses it
        + "[[rules.allowlists]]\nstopwords = 'sample'\n",  # one string for a list
        encoding="utf-8",
    )
    options = ScanOptions(rule_files=[str(path)])
    assert blocking(scan(f"fixture line {GOOD_TOKEN}", options)) == []
    assert blocking(scan("acmegood_" + "sample0123456789abcdef01", options)) == []
    assert [f.kind for f in blocking(scan(f"real line {GOOD_TOKEN}", options))] == ["acme-good"]


def test_an_allowlist_of_paths_alone_never_excuses_pasted_text(tmp_path: Path) -> None:
    path = tmp_path / "team.toml"
    path.write_text(GOOD_RULE + "[rules.allowlist]\npaths = ['''test/''']\n", encoding="utf-8")
    found = blocking(scan(f"token {GOOD_TOKEN}", ScanOptions(rule_files=[str(path)])))
    assert [f.kind for f in found] == ["acme-good"]  # pasted text has no path to match


def test_rules_without_keywords_and_an_empty_secret_group(tmp_path: Path) -> None:
    path = tmp_path / "team.toml"
    path.write_text(
        "[[rules]]\nid = 'acme-pin'\ndescription = 'Acme PIN'\n"
        "regex = '''acmepin=([0-9]*)'''\nsecretGroup = 1\n",
        encoding="utf-8",
    )
    ruleset = build_ruleset([parse_rules(path.read_text(encoding="utf-8"), str(path))])
    assert [rule.spec.keywords for rule in ruleset.rules] == [()]
    options = ScanOptions(rule_files=[str(path)])
    found = blocking(scan("acmepin=48213957 and acmepin= (empty)", options))
    assert [f.kind for f in found] == ["acme-pin"]  # the empty one is nothing to hide


def test_an_empty_value_has_no_entropy() -> None:
    assert shannon_entropy("") == 0.0
    assert shannon_entropy("aaaa") == 0.0
    assert shannon_entropy("abcd") == 2.0


def test_a_placeholder_in_a_rules_shape_is_not_a_secret(tmp_path: Path) -> None:
    path = tmp_path / "team.toml"
    path.write_text(GOOD_RULE, encoding="utf-8")
    options = ScanOptions(rule_files=[str(path)])
    assert blocking(scan("token acmegood_" + "0" * 24, options)) == []  # as in the docs
    assert [f.kind for f in blocking(scan(f"token {GOOD_TOKEN}", options))] == ["acme-good"]


def test_a_set_of_rules_without_any_keyword_still_finds_secrets() -> None:
    only = parse_rules("[[rules]]\nid = 'acme-pin'\nregex = '''acmepin=[0-9]{8}'''\n", "team.toml")
    ruleset = build_ruleset([only])
    assert [hit.rule.id for hit in find_secrets(ruleset.rules, "acmepin=48213957")] == ["acme-pin"]


def test_unclosed_template_braces_of_every_kind_end_the_search_at_once() -> None:
    log = "{{ a " + "{% b " + "{# c " + "x" * 100_000
    assert list(jinja_leftovers(log)) == []
    assert list(jinja_leftovers("{# c {{ name }}")) == [(5, 15)]


def test_rule_names_stay_english_when_the_names_file_is_missing_or_not_a_table(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert rule_name("AWS access key").translations["ja"] == "AWS アクセスキー"
    monkeypatch.setattr(rule_names, "RULE_NAMES", "gate/no-such-file.yaml")
    rule_name_table.cache_clear()
    try:
        assert rule_name("AWS access key").translations == {}
    finally:
        monkeypatch.undo()
        rule_name_table.cache_clear()
    for broken in ("", "- a list\n- of names\n", "names: [unclosed\n", "plain words"):
        assert parse_rule_names(broken) == {}, broken
