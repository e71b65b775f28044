"""Rules as data: gitleaks-format files load as they are, compile with RE2, and behave."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.gate import ScanOptions, blocking, redact, scan
from desktop.core.gate.matcher import ENGINE_RE, ENGINE_RE2, find_secrets
from desktop.core.gate.rulefile import parse_rules
from desktop.core.gate.ruleset import build_ruleset, bundled_rule_file, load_ruleset
from desktop.core.gate.team import team_internal_domains, team_rule_files

# A security team's .gitleaks.toml as gitleaks itself reads it: [extend], old and new allowlist
# spellings, regexTarget, stopwords, an AND condition, a path-only rule, a rule RE2 refuses and
# a rule that does not compile at all.
TEAM_GITLEAKS = r"""
title = "acme security team"

[extend]
useDefault = true

[allowlist]
description = "global, old spelling"
regexes = ['''^ACME-TEST-''']

[[rules]]
id = "acme-deploy-key"
description = "Acme deploy key"
regex = '''\b(acmedk_[a-z0-9]{32})\b'''
secretGroup = 1
entropy = 3.0
keywords = ["acmedk_"]
tags = ["acme"]
  [[rules.allowlists]]
  regexTarget = "line"
  regexes = ['''unit-test fixture''']
  [[rules.allowlists]]
  stopwords = ["sample"]

[[rules]]
id = "acme-session"
regex = '''ACMESESS=([A-Z0-9]{20})'''
keywords = ["acmesess"]
  [rules.allowlist]
  condition = "AND"
  regexes = ['''^0''']
  paths = ['''test/''']

[[rules]]
id = "acme-old-token"
description = "Acme legacy token"
regex = '''acmeold_(?=[0-9])[0-9a-f]{24}'''
keywords = ["acmeold_"]

[[rules]]
id = "acme-internal-ticket"
description = "Acme ticket link"
regex = '''\bTICKET-\d{6}\b'''
tags = ["warn"]
keywords = ["ticket-"]

[[rules]]
id = "acme-p12"
path = '''\.p12$'''

[[rules]]
id = "acme-broken"
regex = '''acme([unclosed'''
"""

DEPLOY_KEY = "acmedk_" + "9f3k2m8q1x7c4v6b0n5h2j8l3p9r7t1w"


@pytest.fixture
def team_file(tmp_path: Path) -> Path:
    path = tmp_path / ".gitleaks.toml"
    path.write_text(TEAM_GITLEAKS, encoding="utf-8")
    return path


def test_bundled_rules_are_valid_compile_with_re2_and_have_keywords() -> None:
    ruleset = load_ruleset()
    assert ruleset.problems == ()
    ids = [rule.id for rule in ruleset.rules]
    assert len(ids) == len(set(ids)) >= 60
    for rule in ruleset.rules:
        assert rule.engine == ENGINE_RE2, rule.id
        assert rule.spec.keywords, f"{rule.id} has no keywords to skip it cheaply"
        assert rule.spec.description, rule.id


def test_the_bundled_file_is_plain_gitleaks_toml() -> None:
    rule_file = bundled_rule_file()
    assert rule_file.source == "resources/gate/rules.toml"
    assert {a.description.split(",")[0] for a in rule_file.allowlists} >= {
        "AWS's documented example credentials"
    }


def test_a_teams_gitleaks_file_loads_as_it_is(team_file: Path) -> None:
    ruleset = load_ruleset([str(team_file)])
    by_id = {rule.id: rule for rule in ruleset.rules}
    assert by_id["acme-deploy-key"].spec.source == str(team_file)
    assert by_id["acme-old-token"].engine == ENGINE_RE  # look-ahead: RE2 refuses it
    assert by_id["acme-internal-ticket"].spec.severity == "warn"
    assert "aws-access-token" in by_id  # the team's rules come on top of ours
    problems = {(p.source, p.rule_id): p.message for p in ruleset.problems}
    assert set(problems) == {(str(team_file), "acme-p12"), (str(team_file), "acme-broken")}
    assert "path" in problems[(str(team_file), "acme-p12")]
    assert "compile" in problems[(str(team_file), "acme-broken")]


def test_team_rules_block_warn_and_redact(team_file: Path) -> None:
    options = ScanOptions(rule_files=[str(team_file)])
    text = f"Deploy with {DEPLOY_KEY} (see TICKET-123456); old acmeold_1a2b3c4d5e6f7a8b9c0d1e2f."
    found = [(f.kind, f.severity, text[f.start : f.end]) for f in scan(text, options)]
    assert ("acme-deploy-key", "block", DEPLOY_KEY) in found
    assert ("acme-internal-ticket", "warn", "TICKET-123456") in found
    assert ("acme-old-token", "block", "acmeold_1a2b3c4d5e6f7a8b9c0d1e2f") in found
    redacted = redact(text, blocking(scan(text, options)))
    assert "[REDACTED: Acme deploy key]" in redacted and DEPLOY_KEY not in redacted
    assert blocking(scan(redacted, options)) == []
    assert blocking(scan(text)) == []  # without the team file, nothing of Acme's is known


def test_team_allowlists_regex_targets_stopwords_and_conditions(team_file: Path) -> None:
    options = ScanOptions(rule_files=[str(team_file)])
    fixture = f"unit-test fixture: {DEPLOY_KEY}"
    sample = "acmedk_" + "sample" + "9f3k2m8q1x7c4v6b0n5h2j8l3p9r"
    ours_excused = "api_key=ACME-TEST-9f3k2m8q1x7c4v6b0n5h"
    assert blocking(scan(fixture, options)) == []
    assert blocking(scan(sample, options)) == []
    # The AND allowlist also needs a path, which pasted text never has: the session blocks.
    assert [f.kind for f in blocking(scan("ACMESESS=0K3M9Q2X7C4V6B1N5H8J", options))] == [
        "acme-session"
    ]
    # The team's global allowlist applies to Casewright's own rules too.
    assert [f.kind for f in blocking(scan(ours_excused))] == ["named-secret"]
    assert blocking(scan(ours_excused, options)) == []


def test_keywords_skip_a_rule_whose_keyword_is_absent() -> None:
    rules = build_ruleset(
        [parse_rules("[[rules]]\nid = 'x'\nregex = '''[0-9]{6}'''\nkeywords = ['pin']\n", "t.toml")]
    ).rules
    assert [h.start for h in find_secrets(rules, "code 123456")] == []
    assert [h.start for h in find_secrets(rules, "PIN 123456")] == [4]


def test_broken_files_are_problems_not_crashes(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("[[rules]\nid=", encoding="utf-8")
    missing = tmp_path / "missing.toml"
    ruleset = load_ruleset([str(bad), str(missing)])
    assert [p.source for p in ruleset.problems] == [str(bad), str(missing)]
    assert "not valid TOML" in ruleset.problems[0].message
    assert "aws-access-token" in {rule.id for rule in ruleset.rules}


def test_an_edited_team_file_is_read_again(team_file: Path) -> None:
    assert "acme-deploy-key" in {r.id for r in load_ruleset([str(team_file)]).rules}
    team_file.write_text(
        "[[rules]]\nid = 'acme-new'\nregex = '''acmenew_[0-9]{8}'''\n", encoding="utf-8"
    )
    ids = {r.id for r in load_ruleset([str(team_file)]).rules}
    assert "acme-new" in ids and "acme-deploy-key" not in ids


def test_team_folders_contribute_rules_and_internal_domains(tmp_path: Path) -> None:
    team = tmp_path / "team"
    (team / "gate").mkdir(parents=True)
    (team / "gate" / "rules.toml").write_text(TEAM_GITLEAKS, encoding="utf-8")
    (team / "gate" / "internal-domains.txt").write_text(
        "# ours\nacme-int.net\n.Build.Acme.IO\n\n", encoding="utf-8"
    )
    other = tmp_path / "other"
    other.mkdir()
    folders = [str(team), str(other)]
    assert team_rule_files(folders) == [str(team / "gate" / "rules.toml")]
    assert team_internal_domains(folders) == ["acme-int.net", "build.acme.io"]
