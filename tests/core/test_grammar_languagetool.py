"""Contract tests against a LanguageTool TEST DOUBLE (tests/lt_test_double.py), not LanguageTool.

They check what the app sends (form-encoded POST /v2/check with text and language) and how
the documented JSON matches become issues.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop.core.grammar.checker import GrammarChecker
from desktop.core.grammar.incremental import IncrementalChecker
from desktop.core.grammar.issue import Category
from desktop.core.grammar.languagetool_engine import (
    LanguageToolEngine,
    category_for,
    lt_language,
    normalise_server_url,
)
from desktop.core.grammar.setup import GrammarConfig, build_checker
from tests.lt_test_double import LanguageToolTestDouble


@pytest.fixture
def double() -> Iterator[LanguageToolTestDouble]:
    with LanguageToolTestDouble() as server:
        yield server


def test_app_sends_form_encoded_text_and_language(double: LanguageToolTestDouble) -> None:
    engine = LanguageToolEngine(server_url=double.url)
    engine.check("Fix teh bug.", "en")
    assert [(r.method, r.path) for r in double.requests] == [
        ("GET", "/v2/languages"),
        ("POST", "/v2/check"),
    ]
    assert double.checks[0].form["text"] == "Fix teh bug."
    assert double.checks[0].form["language"] == "en-US"
    engine.check("Fix teh bug again.", "en-GB")
    assert double.checks[1].form["language"] == "en-GB"


def test_matches_become_issues_with_categories(double: LanguageToolTestDouble) -> None:
    text = "Fix teh bug, a error in a very unique zorblax."
    issues = LanguageToolEngine(server_url=double.url).check(text, "en")
    found = [(text[i.start : i.end], i.category, i.rule_id, i.replacements) for i in issues]
    assert found == [
        ("teh", Category.SPELLING, "MORFOLOGIK_RULE_EN_US", ("the",)),
        ("a error", Category.GRAMMAR, "EN_A_VS_AN", ("an error",)),
        ("very unique", Category.STYLE, "EN_UNIQUE", ("unique",)),
        ("zorblax", Category.PUNCTUATION, "FAKE_TYPOGRAPHY", ()),
    ]
    assert all(i.engine == "languagetool" for i in issues)


def test_utf16_offsets_from_the_server_become_python_offsets(
    double: LanguageToolTestDouble,
) -> None:
    text = "Thanks 😀🇹🇼 𠀋 for teh report, a error 😀 teh."
    issues = LanguageToolEngine(server_url=double.url).check(text, "en")
    ordered = sorted(issues, key=lambda i: i.start)
    assert [text[i.start : i.end] for i in ordered] == ["teh", "a error", "teh"]


def test_zh_tw_and_ja_use_languages_the_server_lists(double: LanguageToolTestDouble) -> None:
    engine = LanguageToolEngine(server_url=double.url)
    engine.check("我們已經收到", "zh-TW")
    engine.check("確認しました", "ja")
    assert [c.form["language"] for c in double.checks] == ["zh-CN", "ja-JP"]


def test_unreachable_server_is_a_status_and_a_fallback_not_an_error() -> None:
    with LanguageToolTestDouble() as gone:
        url = gone.url
    checker, _ = build_checker(GrammarConfig(languagetool_url=url))
    issues = checker.check("We recieved it.", "en")
    assert [i.engine for i in issues] == ["harper"]
    assert checker.status_text("en") == (
        f"Grammar: Harper (offline) - LanguageTool server unreachable ({url})"
    )


def test_server_error_response_is_reported(double: LanguageToolTestDouble) -> None:
    double.fail_checks = True
    checker = GrammarChecker([LanguageToolEngine(server_url=double.url)])
    assert checker.check("Fix teh bug.", "en") == []
    assert checker.status_text("en") == (f"Grammar: off - LanguageTool server error ({double.url})")


def test_incremental_checks_send_only_the_changed_paragraph(
    double: LanguageToolTestDouble,
) -> None:
    incremental = IncrementalChecker(GrammarChecker([LanguageToolEngine(server_url=double.url)]))
    document = "First paragraph with teh.\n\nSecond paragraph.\n\nThird one."
    incremental.check(document, "en")
    assert len(double.checks) == 3
    report = incremental.check(document.replace("Second", "Secnd"), "en")
    assert [c.form["text"] for c in double.checks[3:]] == ["Secnd paragraph."]
    assert report.chars_sent == len("Secnd paragraph.")
    first = report.issues[0]
    assert document[first.start : first.end] == "teh"


def test_probe_reports_reachability(double: LanguageToolTestDouble) -> None:
    assert LanguageToolEngine(server_url=double.url).probe() == ""
    assert "not configured" in LanguageToolEngine().probe()


def test_helpers() -> None:
    assert normalise_server_url("127.0.0.1:8081/v2/") == "http://127.0.0.1:8081"
    assert normalise_server_url("https://lt.example.com/") == "https://lt.example.com"
    assert lt_language("en") == "en-US" and lt_language("en-GB") == "en-GB"
    assert lt_language("zh-TW") == "zh-TW" and lt_language("ja") == "ja-JP"
    assert category_for("misspelling", "TYPOS") is Category.SPELLING
    assert category_for("grammar", "GRAMMAR") is Category.GRAMMAR
    assert category_for("style", "MISC") is Category.STYLE
    assert category_for("typographical", "PUNCTUATION") is Category.PUNCTUATION
    assert category_for("typographical", "TYPOGRAPHY") is Category.TYPOGRAPHY


def test_zh_tw_is_sent_as_zh_tw_when_the_server_lists_it(double: LanguageToolTestDouble) -> None:
    double.languages.append({"name": "Chinese (Taiwan)", "code": "zh", "longCode": "zh-TW"})
    LanguageToolEngine(server_url=double.url).check("我們已經收到", "zh-TW")
    assert [c.form["language"] for c in double.checks] == ["zh-TW"]
