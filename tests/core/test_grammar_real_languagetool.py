"""Opt-in tests against a REAL LanguageTool: set LT_HOME (an unzipped LanguageTool folder,
needs Java 17+) or LT_SERVER_URL. Without either they are skipped, never passed."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.grammar.checker import GrammarChecker
from desktop.core.grammar.issue import Category
from desktop.core.grammar.languagetool_engine import LanguageToolEngine
from desktop.core.grammar.lt_server import LanguageToolServer, ServerState

pytestmark = [
    pytest.mark.real_languagetool,
    pytest.mark.skipif(
        not (os.environ.get("LT_HOME") or os.environ.get("LT_SERVER_URL")),
        reason="no real LanguageTool: set LT_HOME or LT_SERVER_URL to run",
    ),
]


@pytest.fixture(scope="module")
def engine() -> Iterator[LanguageToolEngine]:
    if os.environ.get("LT_SERVER_URL"):
        yield LanguageToolEngine(server_url=os.environ["LT_SERVER_URL"], timeout=60)
        return
    server = LanguageToolServer(Path(os.environ["LT_HOME"]), memory="1g", ready_timeout=120)
    status = server.start()
    assert status.state is ServerState.READY, status.message
    try:
        yield LanguageToolEngine(server=server, timeout=60)
    finally:
        server.stop()


def test_real_server_finds_spelling_and_grammar(engine: LanguageToolEngine) -> None:
    text = "We has recieved your logs yesterday."
    issues = GrammarChecker([engine]).check(text, "en")
    found = {(text[i.start : i.end], i.category) for i in issues}
    assert ("recieved", Category.SPELLING) in found
    assert any(i.category is Category.GRAMMAR for i in issues)


def test_real_server_offsets_after_emoji(engine: LanguageToolEngine) -> None:
    text = "Thanks 😀 we recieved it."
    (issue,) = [i for i in engine.check(text, "en") if i.category is Category.SPELLING]
    assert text[issue.start : issue.end] == "recieved"


def test_real_server_checks_japanese(engine: LanguageToolEngine) -> None:
    engine.check("確認しました。", "ja")  # accepted by the server: no exception
