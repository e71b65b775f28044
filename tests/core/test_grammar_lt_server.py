"""Lifecycle of the local LanguageTool JVM, exercised with a stand-in server jar.

The jar is compiled at test time from tests/data/lt_stand_in (a test double with one fake
rule), so start, readiness, crash and restart, time-out and missing Java are real processes.
"""

from __future__ import annotations

import stat
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop.core.grammar.checker import GrammarChecker
from desktop.core.grammar.java import check_java, parse_java_major
from desktop.core.grammar.languagetool_engine import LanguageToolEngine
from desktop.core.grammar.lt_server import LanguageToolServer, ServerState
from tests.lt_stand_in import has_jdk, running_jvms

ServerFactory = Callable[..., LanguageToolServer]
pytestmark = pytest.mark.skipif(not has_jdk(), reason="needs a JDK (javac)")


@pytest.fixture
def spawn_log(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    log = tmp_path / "spawns.log"
    monkeypatch.setenv("LT_STAND_IN_LOG", str(log))
    return log


@pytest.fixture
def make_server(stand_in_folder: Path) -> Iterator[ServerFactory]:
    made: list[LanguageToolServer] = []

    def factory(**kwargs: Any) -> LanguageToolServer:  # LanguageToolServer's keyword options
        kwargs.setdefault("memory", "64m")
        server = LanguageToolServer(stand_in_folder, **kwargs)
        made.append(server)
        return server

    yield factory
    for server in made:
        server.stop()


def _spawns(log: Path) -> int:
    return len(log.read_text().splitlines()) if log.exists() else 0


def _poll_until(server: LanguageToolServer, state: ServerState, seconds: float = 20) -> None:
    deadline = time.monotonic() + seconds
    while server.poll().state is not state:
        assert time.monotonic() < deadline, f"stuck in {server.poll()}"
        time.sleep(0.1)


def test_start_readiness_check_and_stop(
    make_server: ServerFactory, stand_in_folder: Path, spawn_log: Path
) -> None:
    server = make_server()
    status = server.start()
    assert status.state is ServerState.READY
    assert status.url.startswith("http://127.0.0.1:")
    (jvm,) = running_jvms(stand_in_folder)
    command = jvm.cmdline()
    assert command[1:3] == ["-Xmx64m", "-cp"]
    assert command[4:] == [
        "org.languagetool.server.HTTPServer",
        "--port",
        status.url.rsplit(":", 1)[1],
        "--allow-origin",
    ]
    engine = LanguageToolEngine(server=server)
    text = "A zorblax 😀 and zorblax."
    issues = GrammarChecker([engine]).check(text, "en")
    assert [(text[i.start : i.end], i.rule_id) for i in issues] == [
        ("zorblax", "STAND_IN_FAKE_RULE"),
        ("zorblax", "STAND_IN_FAKE_RULE"),
    ]
    server.stop()
    assert running_jvms(stand_in_folder) == []
    assert server.poll().state is ServerState.STOPPED
    assert engine.status().available is False


@pytest.mark.slow
def test_crash_is_reported_then_restarted_after_backoff(
    make_server: ServerFactory,
    stand_in_folder: Path,
    spawn_log: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("LT_STAND_IN_MODE", "crash_after_ms=1500")
    server = make_server(backoff=(1.0,))
    assert server.start().state is ServerState.READY
    checker = GrammarChecker([LanguageToolEngine(server=server)])
    _poll_until(server, ServerState.CRASHED)
    assert "stopped unexpectedly (code 3); restarting in 1 s" in server.poll().message
    assert checker.check("a zorblax", "en") == []  # no engine, no exception
    assert "LanguageTool stopped unexpectedly" in checker.status_text("en")
    monkeypatch.setenv("LT_STAND_IN_MODE", "normal")
    _poll_until(server, ServerState.READY)
    assert server.spawn_count == 2 and _spawns(spawn_log) == 2
    assert len(running_jvms(stand_in_folder)) == 1
    checker.retry_failed()
    assert [i.rule_id for i in checker.check("a zorblax", "en")] == ["STAND_IN_FAKE_RULE"]


@pytest.mark.slow
def test_server_that_keeps_dying_is_given_up_after_max_restarts(
    make_server: ServerFactory, spawn_log: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LT_STAND_IN_MODE", "exit")
    server = make_server(backoff=(0.2,), max_restarts=2)
    status = server.start()
    assert status.state is ServerState.FAILED
    assert "gave up" in status.message and "exiting at once" in status.message
    assert server.spawn_count == 3 and _spawns(spawn_log) == 3


@pytest.mark.slow
def test_timeout_kills_the_jvm_and_spawns_exactly_one(
    make_server: ServerFactory,
    stand_in_folder: Path,
    spawn_log: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("LT_STAND_IN_MODE", "never_ready")
    server = make_server(ready_timeout=3.0)
    begin = time.monotonic()
    status = server.start()
    assert 2.5 < time.monotonic() - begin < 15
    assert status.state is ServerState.FAILED
    assert status.message == "LanguageTool did not become ready within 3 s; it was stopped"
    for _ in range(5):
        assert server.poll().state is ServerState.FAILED  # no respawn behind the user's back
    assert server.spawn_count == 1 and _spawns(spawn_log) == 1
    assert running_jvms(stand_in_folder) == []


def test_waiting_can_be_cancelled(
    make_server: ServerFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LT_STAND_IN_MODE", "never_ready")
    server = make_server(ready_timeout=60.0)
    cancel = threading.Event()
    threading.Timer(0.5, cancel.set).start()
    begin = time.monotonic()
    status = server.start(cancel)
    assert time.monotonic() - begin < 5
    assert status.state is ServerState.STARTING


def test_only_one_jvm_per_app(make_server: ServerFactory, stand_in_folder: Path) -> None:
    first = make_server()
    assert first.start().state is ServerState.READY
    assert first.launch().state is ServerState.READY  # launching again does not spawn
    second = make_server()
    assert second.launch().message == "A LanguageTool server is already running"
    assert len(running_jvms(stand_in_folder)) == 1 and first.spawn_count == 1


def test_missing_java_is_a_clear_status(
    stand_in_folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    empty = tmp_path / "bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    server = LanguageToolServer(stand_in_folder)
    status = server.start()
    assert status.state is ServerState.FAILED
    assert status.message == (
        "Java not found: install Java 17 or newer, or use a LanguageTool server URL"
    )
    assert server.spawn_count == 0
    checker = GrammarChecker([LanguageToolEngine(server=server)])
    assert checker.status_text() == f"Grammar: off - {status.message}"


def test_too_old_java_is_a_clear_status(
    stand_in_folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    fake = bin_dir / "java"
    fake.write_text("#!/bin/sh\necho 'openjdk version \"11.0.2\" 2019-01-15' >&2\n")
    fake.chmod(fake.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", str(bin_dir))
    status = LanguageToolServer(stand_in_folder).start()
    assert status.message == "Java 11 is too old: LanguageTool needs Java 17 or newer"


def test_invalid_memory_cap_is_refused(stand_in_folder: Path) -> None:
    server = LanguageToolServer(stand_in_folder, memory="1g -Dx=y")
    assert server.start().message == "Invalid memory cap '1g -Dx=y'; use e.g. 512m or 1g"
    assert server.spawn_count == 0


def test_missing_folder_and_missing_jar(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    assert (
        LanguageToolServer(missing).start().message == f"LanguageTool folder not found: {missing}"
    )
    status = LanguageToolServer(tmp_path).start()
    assert status.state is ServerState.FAILED
    assert status.message.startswith("No languagetool-server.jar in ")


def test_java_version_parsing() -> None:
    assert parse_java_major('openjdk version "17.0.15" 2025-04-15') == 17
    assert parse_java_major('java version "1.8.0_392"') == 8
    assert parse_java_major("nonsense") is None
    installed = check_java()  # the JDK these tests need is new enough
    assert installed.ok and installed.major is not None and installed.major >= 17
