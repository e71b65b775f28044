"""Incremental checking: only changed paragraphs go to the engines; offsets stay right."""

from __future__ import annotations

import pytest

from desktop.core.grammar.baseline import BaselineEngine
from desktop.core.grammar.checker import GrammarChecker
from desktop.core.grammar.incremental import IncrementalChecker
from desktop.core.grammar.issue import Category, Issue
from desktop.core.grammar.paragraphs import split_paragraphs
from desktop.core.grammar.remap import remap_issues

DOCUMENT = (
    "Hi Anna,\n\n"
    "We recieved the logs for the cluster and looked at every node in the group.\n\n"
    "The restart fixed the problem and the errors stopped at noon.\n\n"
    "```\nteh code block\n\nstays whole\n```\n\n"
    "Best regards,\nSam\n"
)


@pytest.fixture(scope="module")
def baseline() -> BaselineEngine:
    return BaselineEngine()


def _spelled(report_text: str, issues: tuple[Issue, ...]) -> list[str]:
    return [report_text[i.start : i.end] for i in issues if i.category is Category.SPELLING]


def test_paragraphs_split_on_blank_lines_but_keep_code_fences_whole() -> None:
    paragraphs = split_paragraphs(DOCUMENT)
    assert [p.text.splitlines()[0] for p in paragraphs] == [
        "Hi Anna,",
        "We recieved the logs for the cluster and looked at every node in the group.",
        "The restart fixed the problem and the errors stopped at noon.",
        "```",
        "Best regards,",
    ]
    assert all(DOCUMENT[p.start : p.end] == p.text for p in paragraphs)


def test_one_word_edit_sends_one_paragraph_not_the_document(baseline: BaselineEngine) -> None:
    incremental = IncrementalChecker(GrammarChecker([baseline]))
    first = incremental.check(DOCUMENT, "en")
    assert first.paragraphs_checked == 4  # the code block is never sent
    assert first.chars_sent < len(DOCUMENT)
    edited = DOCUMENT.replace("stopped at noon", "stoped at noon")
    second = incremental.check(edited, "en")
    changed = "The restart fixed the problem and the errors stoped at noon."
    assert (second.paragraphs_checked, second.chars_sent) == (1, len(changed))
    assert _spelled(edited, second.issues) == ["recieved", "stoped"]
    third = incremental.check(edited, "en")
    assert (third.paragraphs_checked, third.chars_sent) == (0, 0)
    assert incremental.total_chars_sent == first.chars_sent + len(changed)


def test_offsets_map_back_to_the_document_after_earlier_text_grows(
    baseline: BaselineEngine,
) -> None:
    incremental = IncrementalChecker(GrammarChecker([baseline]))
    incremental.check(DOCUMENT, "en")
    longer = "Hello again 😀 from support.\n\n" + DOCUMENT
    report = incremental.check(longer, "en")
    assert report.paragraphs_checked == 1  # only the new paragraph
    assert _spelled(longer, report.issues) == ["recieved"]


def test_preferences_apply_without_a_recheck(baseline: BaselineEngine) -> None:
    checker = GrammarChecker([baseline])
    incremental = IncrementalChecker(checker)
    incremental.check(DOCUMENT, "en")
    checker.preferences.add_word("recieved")
    report = incremental.check(DOCUMENT, "en")
    assert report.chars_sent == 0
    assert _spelled(DOCUMENT, report.issues) == []


def test_language_is_part_of_the_cache_key(baseline: BaselineEngine) -> None:
    incremental = IncrementalChecker(GrammarChecker([baseline]))
    incremental.check(DOCUMENT, "en")
    assert incremental.check(DOCUMENT, "ja").paragraphs_checked == 4


def test_remap_moves_issues_after_an_edit_and_drops_touched_ones() -> None:
    old = "one teh two recieved three"
    issues = [
        Issue(4, 7, Category.SPELLING, "s", "m"),
        Issue(12, 20, Category.SPELLING, "s", "m"),
    ]
    new = "one teh two and recieved three"  # typed "and " before the second issue
    moved = remap_issues(issues, old, new)
    assert [new[i.start : i.end] for i in moved] == ["teh", "recieved"]
    typed_in_word = "one tehx two recieved three"
    assert [typed_in_word[i.start : i.end] for i in remap_issues(issues, old, typed_in_word)] == [
        "recieved"
    ]
    assert remap_issues(issues, old, old) == issues


def test_results_from_a_check_where_an_engine_failed_are_not_cached(
    baseline: BaselineEngine,
) -> None:
    from desktop.core.grammar.languagetool_engine import LanguageToolEngine
    from tests.lt_test_double import LanguageToolTestDouble

    with LanguageToolTestDouble() as double:
        checker = GrammarChecker([LanguageToolEngine(server_url=double.url), baseline])
        incremental = IncrementalChecker(checker)
        double.fail_checks = True
        incremental.check("Fix teh bug.\n\nSecond one.", "en")
        assert "LanguageTool server error" in checker.status_text()
        double.fail_checks = False
        checker.retry_failed()
        report = incremental.check("Fix teh bug.\n\nSecond one.", "en")
    assert report.paragraphs_checked == 2
    assert [i.engine for i in report.issues if i.rule_id == "MORFOLOGIK_RULE_EN_US"] == [
        "languagetool"
    ]
