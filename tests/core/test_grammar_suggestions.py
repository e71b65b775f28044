"""Spelling suggestions: SymSpell candidates ranked with every engine's, on real typos."""

from __future__ import annotations

import pytest

from bench.writing_eval import load_typos, score_typos
from desktop.core.grammar import suggestions
from desktop.core.grammar.setup import GrammarConfig, build_checker


def test_splits_and_made_up_possessives_from_other_engines_lose() -> None:
    assert suggestions.rank("compained", ["com pained"])[0] == "complained"
    assert suggestions.rank("mesage", ["me sage"])[0] == "message"
    assert "me sage" in suggestions.rank("mesage", ["me sage"])  # still offered, last
    assert suggestions.rank("executs", ["exec's", "execute"])[0] != "exec's"


def test_words_the_case_uses_win_close_calls() -> None:
    assert suggestions.rank("bucke")[0] != "bucket"
    assert suggestions.rank("bucke", preferred=["bucket"])[0] == "bucket"


def test_suggestions_keep_the_words_capitalisation() -> None:
    assert suggestions.rank("Recieved")[0] == "Received"
    assert suggestions.rank("ACCESIBLE")[0] == "ACCESSIBLE"
    assert suggestions.rank("github", ["GitHub"])[0] == "GitHub"


@pytest.mark.slow
def test_first_suggestion_is_right_on_codespell_typos() -> None:
    checker, _server = build_checker(GrammarConfig())
    score = score_typos(lambda text: checker.check(text, "en"), load_typos())
    assert score.total == 600
    assert score.recall >= 0.99
    assert score.accuracy >= 0.88, f"first suggestion right for {score.accuracy:.1%}"
