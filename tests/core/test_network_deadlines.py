"""LanguageTool servers that stall, drip or answer garbage: a total time limit, a clear error,
and an immediate stop on cancel (real sockets on 127.0.0.1)."""

from __future__ import annotations

import threading

import pytest

from desktop.core.grammar.issue import EngineUnavailableError
from desktop.core.grammar.languagetool_engine import LanguageToolEngine
from desktop.core.grammar.lt_server import is_ready
from tests.stalling_servers import StallingServer


@pytest.mark.parametrize("mode", ["silent", "drip"])
def test_a_stalling_server_is_given_up_at_the_deadline(mode: str) -> None:
    with StallingServer(mode) as server:
        engine = LanguageToolEngine(server_url=server.url, timeout=1.5)
        with pytest.raises(EngineUnavailableError, match=r"did not answer within 1\.5 s"):
            engine.check("We fixed teh bug.", "en")
        assert not is_ready(server.url, timeout=1.0)
        assert server.connections >= 2


def test_a_garbage_answer_is_a_server_error() -> None:
    with StallingServer("garbage") as server:
        engine = LanguageToolEngine(server_url=server.url, timeout=5.0)
        with pytest.raises(EngineUnavailableError, match="LanguageTool"):
            engine.check("We fixed teh bug.", "en")


def test_cancel_stops_a_waiting_check_at_once() -> None:
    with StallingServer("drip") as server:
        engine = LanguageToolEngine(server_url=server.url, timeout=300.0)
        errors: list[BaseException] = []

        def check() -> None:
            try:
                engine.check("We fixed teh bug.", "en")
            except EngineUnavailableError as error:
                errors.append(error)

        worker = threading.Thread(target=check)
        worker.start()
        threading.Event().wait(0.5)
        engine.cancel()
        worker.join(5)
        assert not worker.is_alive() and errors
