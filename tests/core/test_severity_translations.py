"""Severity definitions carry their zh-TW and ja translations; files without them show English."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop.core.i18n import LocalizedText
from desktop.core.severity import (
    Answers,
    DefinitionError,
    DefinitionSet,
    assess,
    bundled_definitions_dir,
    load_definitions,
    parse_definitions,
)

LANGUAGES = ("zh_TW", "ja")
_FIELD = re.compile(r"\{\w*\}")


def _in_language(text: str, language: str) -> str:
    """The model types names as str; loaded from a file, each is a LocalizedText."""
    assert isinstance(text, LocalizedText), f"{text!r} carries no translations"
    return text.in_language(language)


TEAM_FILE = """\
id: team
name: Team levels
source: https://wiki.example.com/severity
plans: [Gold]
levels:
  - code: s2
    name: Minor
    criteria: Something small.
    response_time: {Gold: "< 1 day"}
rules:
  - level: s2
    reason: A test system is {state}
"""


def _texts(definitions: DefinitionSet) -> list[tuple[str, str]]:
    """(what, text) for every text the Severity tab shows from a definitions file."""
    texts = [("name", definitions.name), ("description", definitions.description)]
    texts += [(f"plan {plan}", plan) for plan in definitions.plans]
    for level in definitions.levels:
        texts += [(f"{level.code} name", level.name), (f"{level.code} criteria", level.criteria)]
        texts += [(f"{level.code} on {p}", t) for p, t in level.response_times.items()]
    texts += [(f"rule {i} reason", rule.reason) for i, rule in enumerate(definitions.rules)]
    return texts


@pytest.mark.parametrize("path", sorted(bundled_definitions_dir().glob("*.yaml")), ids=str)
def test_every_bundled_text_is_translated_into_chinese_and_japanese(path: Path) -> None:
    catalog = load_definitions(include_bundled=False, extra_dirs=[path.parent])
    assert not catalog.errors
    definitions = next(d for d in catalog.sets.values() if Path(d.path) == path)
    missing = []
    for what, text in _texts(definitions):
        assert isinstance(text, LocalizedText), what
        for language in LANGUAGES:
            translated = text.translations.get(language, "")
            if not translated.strip():
                missing.append(f"{language}: {what}")
            elif _FIELD.findall(translated) != _FIELD.findall(str(text)):
                missing.append(f"{language}: {what} has other placeholders")
    assert not missing, f"{path.name}: " + "; ".join(missing)


def test_translations_of_level_names_use_the_providers_own_terms() -> None:
    aws = load_definitions().sets["aws"]
    names = {level.code: level.name for level in aws.levels}
    assert _in_language(names["urgent"], "zh_TW") == "生產系統停機"
    assert _in_language(names["critical"], "zh_TW") == "業務關鍵系統停機"
    assert _in_language(names["urgent"], "ja") == "本番システムのダウン"
    assert str(names["urgent"]) == "Production system down"  # files and templates: English


def test_a_team_copy_without_translations_shows_english() -> None:
    definitions = parse_definitions(TEAM_FILE)
    assert _in_language(definitions.levels[0].name, "ja") == "Minor"
    assert _in_language(definitions.plans[0], "zh_TW") == "Gold"
    result = assess(definitions, Answers(state="down"), "s2")
    assert result.reason == "A test system is down."


def test_a_partial_translation_falls_back_field_by_field() -> None:
    text = TEAM_FILE.replace(
        "    criteria: Something small.\n",
        "    criteria: Something small.\n    translations: {ja: {name: 軽微}}\n",
    )
    level = parse_definitions(text).levels[0]
    assert _in_language(level.name, "ja") == "軽微"
    assert _in_language(level.criteria, "ja") == "Something small."
    assert _in_language(level.name, "zh_TW") == "Minor"


@pytest.mark.parametrize(
    ("translation", "line", "words"),
    [
        ("    translations: {ja: {name: 軽微, colour: red}}\n", 9, "unknown key 'colour'"),
        ("    translations: {Japanese: {name: 軽微}}\n", 9, "not a language"),
        ("    translations: {ja: {name: ''}}\n", 9, "non-empty"),
    ],
)
def test_a_bad_level_translation_is_reported_with_its_line(
    translation: str, line: int, words: str
) -> None:
    text = TEAM_FILE.replace(
        "    criteria: Something small.\n", "    criteria: Something small.\n" + translation
    )
    with pytest.raises(DefinitionError) as raised:
        parse_definitions(text, "team.yaml")
    assert raised.value.line == line
    assert words in raised.value.message


def test_a_translated_reason_must_keep_the_state_placeholder() -> None:
    text = TEAM_FILE + "    translations: {ja: テストシステムがダウンしています}\n"
    with pytest.raises(DefinitionError) as raised:
        parse_definitions(text, "team.yaml")
    assert raised.value.line == 13
    assert "{state}" in raised.value.message
