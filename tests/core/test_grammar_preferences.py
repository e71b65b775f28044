"""Personal dictionary and ignored rules: JSON round trip and file helpers."""

from __future__ import annotations

import json
from pathlib import Path

from desktop.core.grammar.issue import Category, Issue
from desktop.core.grammar.preferences import (
    GrammarPreferences,
    load_preferences,
    save_preferences,
)


def test_round_trip_through_a_file(tmp_path: Path) -> None:
    preferences = GrammarPreferences()
    preferences.add_word("  Raghunathan ")
    preferences.add_word("")
    preferences.ignore_rule("casewright.hedging")
    preferences.set_rule_enabled("casewright.passive-voice", True)
    path = tmp_path / "nested" / "grammar.json"
    save_preferences(preferences, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data == {
        "version": 1,
        "words": ["Raghunathan"],
        "ignored_rules": ["casewright.hedging"],
        "enabled_rules": ["casewright.passive-voice"],
    }
    assert load_preferences(path) == preferences
    assert [p.name for p in path.parent.iterdir()] == ["grammar.json"]  # no temp file left


def test_missing_or_corrupt_file_gives_empty_preferences(tmp_path: Path) -> None:
    assert load_preferences(tmp_path / "absent.json") == GrammarPreferences()
    corrupt = tmp_path / "corrupt.json"
    corrupt.write_text("{not json", encoding="utf-8")
    assert load_preferences(corrupt) == GrammarPreferences()
    odd = tmp_path / "odd.json"
    odd.write_text(json.dumps({"words": ["ok", 3, ""], "ignored_rules": "x"}), encoding="utf-8")
    assert load_preferences(odd) == GrammarPreferences(words={"ok"})


def test_dictionary_words_only_silence_spelling_issues() -> None:
    text = "teh teh"
    preferences = GrammarPreferences(words={"Teh"})
    spelling = Issue(0, 3, Category.SPELLING, "s", "m")
    grammar = Issue(0, 7, Category.GRAMMAR, "repeat", "m")
    assert preferences.filter([spelling, grammar], text) == [grammar]


def _issue(rule_id: str, category: Category, end: int) -> Issue:
    return Issue(0, end, category, rule_id, "message")


def test_passive_voice_is_off_until_turned_on() -> None:
    passive = _issue("casewright.passive-voice", Category.STYLE, 10)
    preferences = GrammarPreferences()
    assert not preferences.keeps(passive, "was restarted")
    assert not preferences.rule_enabled("casewright.passive-voice")
    preferences.set_rule_enabled("casewright.passive-voice", True)
    assert preferences.keeps(passive, "was restarted")
    preferences.set_rule_enabled("casewright.passive-voice", False)
    assert not preferences.keeps(passive, "was restarted")
    assert preferences.rule_enabled("casewright.hedging")


def test_a_dictionary_word_is_neither_misspelled_nor_shouting() -> None:
    preferences = GrammarPreferences(words={"ACME"})
    assert not preferences.keeps(_issue("casewright.all-caps", Category.STYLE, 4), "ACME")
    assert not preferences.keeps(_issue("SpellCheck", Category.SPELLING, 4), "acme")
    assert preferences.keeps(_issue("AnA", Category.GRAMMAR, 4), "ACME")
