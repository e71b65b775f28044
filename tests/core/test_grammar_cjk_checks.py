"""Traditional Chinese (Taiwan) and Japanese checks: Simplified characters, punctuation, width."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

import pytest

from desktop.core.grammar.baseline import BaselineEngine
from desktop.core.grammar.cjk_checks import (
    MESSAGES,
    Found,
    mixed_width,
    simplified_characters,
    simplified_table,
    taiwan_punctuation,
)
from desktop.core.grammar.issue import Category
from desktop.core.i18n import Message

REPO_ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def engine() -> BaselineEngine:
    return BaselineEngine()


def _found(check: Callable[[str, str], Iterable[Found]], text: str) -> list[tuple[str, str]]:
    return [(text[s:e], r[0]) for s, e, r in check(text, "zh-TW")]


def test_simplified_characters_in_a_taiwan_reply_get_their_traditional_forms() -> None:
    text = "您好，这个问题我們已经在東京區域重現了。"
    assert _found(simplified_characters, text) == [("这个问题", "這個問題"), ("经", "經")]


def test_characters_shared_by_both_scripts_are_never_flagged() -> None:
    # 干 后 里 台 面 系 只 are correct Traditional characters as well as Simplified ones.
    text = "若干問題之後，請到台北的系統裡面只看一次，干擾已排除。"
    assert _found(simplified_characters, text) == []
    for shared in "干后里台面系只着":
        assert shared not in simplified_table()


def test_simplified_characters_in_code_are_left_alone() -> None:
    text = "請執行 `grep 这 log.txt` 指令。"
    assert _found(simplified_characters, text) == []


def test_no_bundled_taiwan_template_has_a_simplified_character() -> None:
    table = simplified_table()
    files = list((REPO_ROOT / "templates").rglob("zh-TW/*"))
    assert len(files) >= 12
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert not [char for char in text if char in table], path.name


def test_taiwan_quotes_ellipsis_and_doubled_marks() -> None:
    text = "請參考“步驟三”與‘附註’的說明...確認後回覆。。"
    assert _found(taiwan_punctuation, text) == [
        ("“步驟三”", "「步驟三」"),
        ("‘附註’", "『附註』"),
        ("...", "……"),
        ("。。", "。"),
    ]
    english_quote = 'He said "retry" and “it works” in the log.'
    assert _found(taiwan_punctuation, english_quote) == []
    assert _found(taiwan_punctuation, "請稍候……我們正在確認。") == []


def test_full_width_letters_digits_and_ideographic_spaces() -> None:
    text = "ＡＷＳ　CLI 版本２０２６，請更新。"
    assert _found(mixed_width, text) == [("ＡＷＳ", "AWS"), ("\u3000", " "), ("２０２６", "2026")]
    assert _found(mixed_width, "請更新　然後重試。") == []  # between CJK it is a real space


def test_the_engine_reports_them_for_zh_tw_only(engine: BaselineEngine) -> None:
    text = "这个问题已经处理，請參考“步驟三”。"
    issues = engine.check(text, "zh-TW")
    simplified = [i for i in issues if i.rule_id == "casewright.cjk-simplified-characters"]
    assert [text[i.start : i.end] for i in simplified] == ["这个问题", "经处"]  # 已 is both
    assert simplified[0].category is Category.SPELLING
    assert [i.replacements[0] for i in simplified] == ["這個問題", "經處"]
    assert isinstance(simplified[0].message, Message)  # shown translated in the UI
    quotes = [i for i in issues if i.rule_id == "casewright.cjk-taiwan-punctuation"]
    assert [i.replacements[0] for i in quotes] == ["「步驟三」"]
    japanese = engine.check("この问题は確認済みです。。", "ja")
    assert not any(i.rule_id == "casewright.cjk-simplified-characters" for i in japanese)
    assert any(i.rule_id == "casewright.cjk-doubled-punctuation" for i in japanese)


def test_every_check_has_a_translatable_message() -> None:
    assert all(isinstance(message, Message) for message in MESSAGES.values())
