"""a/an: inflect for words, letter names for acronyms, numbers as said, the rule file's lists."""

from __future__ import annotations

import pytest

from desktop.core.grammar import articles, learner_rules
from desktop.core.grammar.articles import expected_article, number_article
from desktop.core.grammar.learner_rules import bundled_rules

RULE = "casewright.grammar.article-before-acronym"


def _lists() -> articles.Lists:
    return bundled_rules()[1]


def _flags(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [
        (text[i.start : i.end], i.replacements)
        for i in learner_rules.check(text)
        if i.rule_id == RULE
    ]


def test_the_issues_examples() -> None:
    assert _flags("Create an S3 bucket and open a URL.") == []
    assert _flags("Create a S3 bucket and open an URL.") == [("a", ("an",)), ("an", ("a",))]


@pytest.mark.parametrize(
    ("word", "article"),
    [
        # acronyms read letter by letter, where inflect reads the spelling ("an URL", "a S3")
        ("S3", "an"),
        ("URL", "a"),
        ("UI", "a"),
        ("EC2", "an"),
        ("IAM", "an"),
        ("SSH", "an"),
        ("HTTP", "an"),
        ("SSL", "an"),
        ("VPCs", "a"),
        # said as words (the rule file's list, given to inflect as its patterns)
        ("NAT", "a"),
        ("SAML", "a"),
        ("JSON", "a"),
        # said either way: never flagged
        ("SQL", ""),
        ("AMIs", ""),
        # numbers as said, where inflect says "a 8"
        ("8", "an"),
        ("8%", "an"),
        ("11", "an"),
        ("18", "an"),
        ("80", "an"),
        ("800", "an"),
        ("11,000", "an"),
        ("18000", "an"),
        ("1", "a"),
        ("1100", "a"),
        ("110", "a"),
        ("100", "a"),
        # words: inflect, by sound rather than first letter
        ("hour", "an"),
        ("honest", "an"),
        ("user", "a"),
        ("unicorn", "a"),
        ("one", "a"),
        ("european", "a"),
        ("instance", "an"),
        ("bucket", "a"),
    ],
)
def test_expected_article(word: str, article: str) -> None:
    assert expected_article(word, _lists()) == article


def test_the_rule_files_words_override_inflect() -> None:
    plain = articles._inflect_module().engine()
    assert plain.a("usher").split()[0] == "a"  # inflect alone is wrong here
    assert plain.a("oneself").split()[0] == "an"
    assert expected_article("usher", _lists()) == "an"
    assert expected_article("oneself", _lists()) == "a"
    assert expected_article("utmost", _lists()) == "an"  # inflect right: no entry needed
    assert expected_article("herb", _lists()) == ""  # "an herb" (US), "a herb" (UK)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("It took a hour.", [("a", ("an",))]),
        ("Add an user.", [("an", ("a",))]),
        ("It is an one-time fix.", [("an", ("a",))]),
        ("Use a SSH key on a EC2 host.", [("a", ("an",)), ("a", ("an",))]),
        ("Attach a IAM role; send an HTTP request.", [("a", ("an",))]),
        ("Add a NAT gateway and an SQL or a SQL query.", []),
        ("We saw a 8% drop, then an 11% rise.", [("a", ("an",))]),
        ("An hour, a user, a one-time fix, an EC2 host.", []),
        ("It is a Ubuntu host.", []),  # names: no table knows how they are said
    ],
)
def test_the_rule_in_sentences(text: str, found: list[tuple[str, tuple[str, ...]]]) -> None:
    assert _flags(text) == found


def test_capitalised_article_keeps_its_capital() -> None:
    assert _flags("A hour later it was fixed.") == [("A", ("An",))]


def test_number_article_reads_the_leading_group() -> None:
    assert number_article("18.5%") == "an"
    assert number_article("1,800") == "a"
    assert number_article("8,000,000") == "an"


def test_inflect_is_imported_without_touching_typeguard_for_others() -> None:
    import typeguard

    before = typeguard.typechecked
    articles._inflect_module()
    assert typeguard.typechecked is before
