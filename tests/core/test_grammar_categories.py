"""One category table for every engine: each rule entry's example is run and placed as listed."""

from __future__ import annotations

import pytest

from desktop.core.grammar.categories import (
    CategoryTableError,
    Placement,
    bundled_tables,
    parse_placement,
    parse_tables,
    table,
)
from desktop.core.grammar.harper_engine import HarperEngine
from desktop.core.grammar.issue import BLOCKING_CATEGORIES, Category
from desktop.core.grammar.languagetool_engine import category_for, placement_for

HARPER_RULES = sorted(table("harper").rules.items())
LT_RULES = sorted(table("languagetool").rules.items())


@pytest.fixture(scope="module")
def harper() -> HarperEngine:
    engine = HarperEngine()
    engine.warm_up()
    return engine


@pytest.mark.parametrize(("rule", "placement"), HARPER_RULES, ids=[r for r, _ in HARPER_RULES])
def test_each_harper_rule_example_is_found_and_placed_as_listed(
    harper: HarperEngine, rule: str, placement: Placement
) -> None:
    example = table("harper").examples[rule]
    found = [i for i in harper.check(example, "en") if i.rule_id == rule]
    assert found, f"Harper no longer reports {rule} on its example {example!r}"
    assert {(i.category, i.kind) for i in found} == {(placement.category, placement.kind)}


@pytest.mark.parametrize(("rule", "placement"), LT_RULES, ids=[r for r, _ in LT_RULES])
def test_each_languagetool_rule_is_placed_as_listed(rule: str, placement: object) -> None:
    # LanguageTool puts these rules in broad groups (MISC, STYLE); the rule entry must win.
    for issue_type, category_id in (("grammar", "MISC"), ("style", "STYLE"), ("misspelling", "")):
        assert placement_for(rule, issue_type, category_id) == placement
    assert table("languagetool").examples[rule]


def test_errors_users_reported_as_style_or_typography_are_grammar(harper: HarperEngine) -> None:
    for text in (
        "You could of restarted it.",
        "The new disk is bigger then the old one.",
        "This is a error.",
        "The change will effect the bucket.",
        "Its been resolved.",
    ):
        issues = harper.check(text, "en")
        assert issues and all(i.category is Category.GRAMMAR for i in issues), text
        assert all(i.category in BLOCKING_CATEGORIES for i in issues)


def test_confused_words_and_articles_are_grammar_in_languagetool_too() -> None:
    assert category_for("grammar", "CONFUSED_WORDS") is Category.GRAMMAR
    assert placement_for("EN_A_VS_AN", "misspelling", "MISC").kind == "articles"
    assert category_for("typographical", "PUNCTUATION") is Category.PUNCTUATION


def test_every_shipped_entry_names_a_known_category() -> None:
    tables = bundled_tables()
    assert set(tables) == {"harper", "languagetool"}
    for engine in tables.values():
        placements = [*engine.rules.values(), *engine.groups.values(), engine.default]
        assert all(p.kind == "" or p.category is Category.GRAMMAR for p in placements)


def test_a_typo_in_the_table_is_a_clear_error() -> None:
    with pytest.raises(CategoryTableError, match="gramar"):
        parse_placement("gramar/articles", frozenset({"articles"}))
    with pytest.raises(CategoryTableError, match="artcles"):
        parse_tables("grammar_kinds: [articles]\nharper:\n  groups:\n    X: grammar/artcles\n")
