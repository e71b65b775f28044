"""A grammar result for the case shown before never lands on the case opened meanwhile."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.core.case import REPLY, CaseFacts
from desktop.core.paths import DataPaths
from desktop.core.settings import Settings, save_settings
from desktop.core.store_open import open_store
from desktop.ui.grammar.feature import GrammarFeature
from tests.lt_test_double import LanguageToolTestDouble
from tests.ui.conftest import MakeWindow


def test_a_late_result_for_the_previous_case_is_dropped(
    qtbot: QtBot, make_main_window: MakeWindow, data_dir: Path
) -> None:
    store = open_store(DataPaths(data_dir).ensure().database).store
    first = store.create_case(CaseFacts(case_id="CASE-1", subject="First case"))
    other = store.create_case(CaseFacts(case_id="CASE-2", subject="Second case"))
    store.save_document(other.key, REPLY, "The second case has its own reply.")
    store.close()
    with LanguageToolTestDouble() as server:
        save_settings(Settings(languagetool_server_url=server.url), DataPaths(data_dir).settings)
        window = make_main_window()
        qtbot.waitUntil(
            lambda: (
                "LanguageTool (server)" in window.features.find(GrammarFeature).status_label.text()
            ),
            timeout=20_000,
        )
        first_text = "We fixed teh bug in a error handler."
        window.open_case(first.key)
        server.answering.clear()  # the server now holds every check
        window.reply_editor.setPlainText(first_text)
        window.features.find(GrammarFeature).reply.check_now()
        qtbot.waitUntil(
            lambda: any(r.form.get("text") == first_text for r in server.checks), timeout=10_000
        )
        shown: list[str | None] = []
        window.features.find(GrammarFeature).reply.issues_changed.connect(
            lambda: shown.append(window.features.find(GrammarFeature).reply.checked_text)
        )
        window.open_case(other.key)
        server.answering.set()
        second_text = window.reply_editor.toPlainText()
        qtbot.waitUntil(
            lambda: window.features.find(GrammarFeature).reply.checked_text == second_text,
            timeout=20_000,
        )
        assert first_text not in shown
        assert not [
            m
            for m in window.features.find(GrammarFeature).reply.underliner.marks
            if m.text in ("teh", "a error")
        ]
