"""Harper runs for real: planted misspellings found, clean technical text not flagged."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from desktop.core.grammar.checker import GrammarChecker
from desktop.core.grammar.harper_engine import HarperEngine, category_for, placeholder_text
from desktop.core.grammar.issue import Category, Issue

REPO_ROOT = Path(__file__).resolve().parents[2]
PLANTED = {"recieved", "enviroment", "occured", "definately", "seperate", "acommodate"}


@pytest.fixture(scope="module")
def harper() -> HarperEngine:
    engine = HarperEngine()
    engine.warm_up()
    return engine


def test_harper_is_available_and_english_only(harper: HarperEngine) -> None:
    assert harper.status().available
    assert harper.supports("en") and harper.supports("en-GB")
    assert not harper.supports("zh-TW") and not harper.supports("ja")
    assert harper.check("我們已經收到", "zh-TW") == []


def test_every_planted_misspelling_is_found(harper: HarperEngine) -> None:
    text = (REPO_ROOT / "tests/data/grammar/planted_reply.md").read_text(encoding="utf-8")
    issues = GrammarChecker([harper]).check(text, "en")
    spelled = {text[i.start : i.end]: i for i in issues if i.category is Category.SPELLING}
    assert set(spelled) == PLANTED
    assert "received" in spelled["recieved"].replacements
    assert all(i.engine == "harper" for i in issues)


def test_clean_technical_reply_has_no_spelling_flags(harper: HarperEngine) -> None:
    text = (REPO_ROOT / "tests/data/grammar/clean_technical_reply.md").read_text(encoding="utf-8")
    issues = GrammarChecker([harper]).check(text, "en")
    assert [text[i.start : i.end] for i in issues if i.category is Category.SPELLING] == []


def test_grammar_issue_has_rule_category_and_replacement(harper: HarperEngine) -> None:
    text = "Please check the the logs."
    issue = next(i for i in harper.check(text, "en") if text[i.start : i.end] == "the the")
    assert issue.category is Category.GRAMMAR
    assert issue.rule_id and issue.replacements == ("the",)


def test_spans_are_python_indices_after_emoji(harper: HarperEngine) -> None:
    text = "Thanks 😀🇹🇼 we recieved it."
    issue = next(i for i in harper.check(text, "en") if i.category is Category.SPELLING)
    assert text[issue.start : issue.end] == "recieved"


def test_lint_kinds_map_to_categories() -> None:
    assert category_for("Spelling") is Category.SPELLING
    assert category_for("Typo") is Category.SPELLING
    assert category_for("Agreement") is Category.GRAMMAR
    assert category_for("Punctuation") is Category.PUNCTUATION
    assert category_for("Formatting") is Category.TYPOGRAPHY
    assert category_for("WordChoice") is Category.GRAMMAR
    assert category_for("Miscellaneous") is Category.STYLE
    assert category_for("Miscellaneous", rule="AnA") is Category.GRAMMAR


def test_non_prose_becomes_placeholders_of_the_same_length() -> None:
    text = "Run `kubectl get pods` on i-0abc123def4567890 now."
    masked = placeholder_text(text)
    assert len(masked) == len(text)
    assert masked == "Run xxxxxxxx xxx xxxxx on xxxxxxxxxxxxxxxxxxx now."


def test_words_next_to_ids_are_not_judged_by_the_placeholder(harper: HarperEngine) -> None:
    text = "We restarted a vol-0123456789abcdef0 volume and an i-0abc123def4567890 instance."
    assert harper.check(text, "en") == []
    assert [i.rule_id for i in harper.check("We has a error.", "en")] == [
        "PronounVerbAgreement",
        "AnA",
    ]


def test_long_ids_are_not_flagged_by_harper() -> None:
    fresh = HarperEngine()  # no suggestions cached from other tests
    fresh.warm_up()
    ids = " ".join(f"ip-10-0-{n}-34.eu-west-1.compute.internal" for n in range(40, 46))
    issues = fresh.check(f"The nodes {ids} and i-0f1e2d3c4b5a69788 stopped.", "en")
    assert issues == []


def test_list_items_continuing_a_sentence_may_start_lowercase() -> None:
    engine = HarperEngine()
    text = (
        "Could you send us:\n\n- the request IDs,\n* the times in UTC.\n\n"
        "We checked the logs. the logs were empty."
    )
    flagged = [(i.rule_id, i.start) for i in engine.check(text, "en")]
    # Only the real sentence start is flagged, not the list items.
    assert flagged == [("SentenceCapitalization", text.index("the logs were"))]


def test_names_in_greetings_are_not_turned_into_acronyms() -> None:
    engine = HarperEngine()
    text = "Hello Sam,\n\nThanks Al, the logs helped.\n"
    assert [i.rule_id for i in engine.check(text, "en")] == []


def test_every_lint_runs_on_the_engines_own_thread(
    harper: HarperEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[str] = []
    original = harper._check

    def spy(text: str, language: str) -> list[Issue]:
        seen.append(threading.current_thread().name)
        return original(text, language)

    monkeypatch.setattr(harper, "_check", spy)
    harper.check("We recieved it.", "en")
    harper.submit("We recieved it again.", "en").result()
    assert len(seen) == 2 and seen[0] == seen[1] and seen[0].startswith("harper")
    assert seen[0] != threading.current_thread().name
