"""Owns the local LanguageTool JVM: start on a free port, wait until ready, restart, stop.

Non-blocking by design: :meth:`LanguageToolServer.launch` spawns the process and
:meth:`~LanguageToolServer.poll` advances the state (ready? crashed? time to restart?).
:meth:`~LanguageToolServer.wait_until_ready` loops over ``poll`` for callers on a worker
thread. Only one JVM runs per app: launching while any manager's JVM is alive is refused.
"""

from __future__ import annotations

import atexit
import re
import socket
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import IO

from desktop.core.deadline import run_with_deadline
from desktop.core.grammar.java import check_java

SERVER_JAR = "languagetool-server.jar"
MAIN_CLASS = "org.languagetool.server.HTTPServer"
BACKOFF_SECONDS = (2.0, 5.0, 15.0, 30.0, 60.0)
_MEMORY_RE = re.compile(r"^[1-9]\d*[kmgKMG]?$")
_LIVE: set[subprocess.Popen[bytes]] = set()
_LIVE_LOCK = threading.Lock()


class ServerState(StrEnum):
    """Where the local server is in its life."""

    STOPPED = "stopped"
    STARTING = "starting"
    READY = "ready"
    CRASHED = "crashed"  # will be restarted after a back-off
    FAILED = "failed"  # needs the user (Java missing, no jar, timed out, gave up)


@dataclass(frozen=True)
class ServerStatus:
    """State, a sentence for the user, and the base URL once ready."""

    state: ServerState
    message: str
    url: str = ""


def free_port() -> int:
    """A TCP port on 127.0.0.1 that was free a moment ago."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def server_command(java: str, jar: Path, port: int, memory: str) -> list[str]:
    """The command line LanguageTool documents for its HTTP server, with a memory cap."""
    return [
        java,
        f"-Xmx{memory}",
        "-cp",
        str(jar),
        MAIN_CLASS,
        "--port",
        str(port),
        "--allow-origin",
    ]


def is_ready(url: str, timeout: float = 2.0) -> bool:
    """Whether ``url`` answers ``GET /v2/languages`` with HTTP 200 within ``timeout`` seconds
    in all (a server dripping its answer byte by byte is not ready)."""
    import urllib.request  # with http and ssl ~30 ms: only once LanguageTool is configured

    def ask() -> bool:
        with urllib.request.urlopen(f"{url}/v2/languages", timeout=timeout) as response:
            return int(response.status) == 200

    try:
        return run_with_deadline(ask, timeout)
    except (OSError, ValueError):  # DeadlineExceeded is a TimeoutError, an OSError
        return False


class LanguageToolServer:
    """Manages one local LanguageTool HTTP server from an unzipped LanguageTool folder."""

    def __init__(
        self,
        folder: Path,
        *,
        memory: str = "1g",
        java: str | None = None,
        ready_timeout: float = 60.0,
        backoff: tuple[float, ...] = BACKOFF_SECONDS,
        max_restarts: int = 5,
    ) -> None:
        self.folder = Path(folder)
        self.memory = memory
        self.java = java
        self.ready_timeout = ready_timeout
        self.backoff = backoff
        self.max_restarts = max_restarts
        self.spawn_count = 0
        self._lock = threading.RLock()
        self._process: subprocess.Popen[bytes] | None = None
        self._log: IO[bytes] | None = None
        self._url = ""
        self._deadline = 0.0
        self._restart_at = 0.0
        self._restarts = 0
        self._status = ServerStatus(ServerState.STOPPED, "LanguageTool not started")

    @property
    def pid(self) -> int | None:
        """Process id of the running JVM, if any."""
        process = self._process
        return process.pid if process is not None and process.poll() is None else None

    def launch(self) -> ServerStatus:
        """Spawn the JVM unless one is already running; returns at once (state STARTING)."""
        with self._lock:
            if self._process is not None and self._process.poll() is None:
                return self._status
            with _LIVE_LOCK:
                if any(p.poll() is None for p in _LIVE):
                    return self._set(ServerState.FAILED, "A LanguageTool server is already running")
            jar = self.folder / SERVER_JAR
            if not _MEMORY_RE.match(self.memory):
                return self._set(
                    ServerState.FAILED, f"Invalid memory cap {self.memory!r}; use e.g. 512m or 1g"
                )
            if not self.folder.is_dir():
                return self._set(
                    ServerState.FAILED, f"LanguageTool folder not found: {self.folder}"
                )
            if not jar.is_file():
                return self._set(
                    ServerState.FAILED,
                    f"No {SERVER_JAR} in {self.folder}: choose the unzipped LanguageTool folder",
                )
            java = check_java(self.java)
            if not java.ok or java.path is None:
                return self._set(ServerState.FAILED, java.problem)
            port = free_port()
            self._log = tempfile.TemporaryFile()  # noqa: SIM115 - closed in _kill
            try:
                process = subprocess.Popen(
                    server_command(java.path, jar, port, self.memory),
                    cwd=self.folder,
                    stdin=subprocess.DEVNULL,
                    stdout=self._log,
                    stderr=subprocess.STDOUT,
                )
            except OSError as error:
                return self._set(ServerState.FAILED, f"Could not start Java: {error}")
            self._process = process
            with _LIVE_LOCK:
                _LIVE.add(process)
            self.spawn_count += 1
            self._url = f"http://127.0.0.1:{port}"
            self._deadline = time.monotonic() + self.ready_timeout
            return self._set(ServerState.STARTING, "LanguageTool starting…")

    def current(self) -> ServerStatus:
        """The last known status, without waiting: safe to call on the GUI thread.

        Notices a JVM that has exited, but only :meth:`poll` acts on it (restart, readiness).
        """
        status, process = self._status, self._process
        if status.state is ServerState.READY and process is not None and process.poll() is not None:
            return ServerStatus(ServerState.CRASHED, "LanguageTool stopped unexpectedly")
        return status

    def poll(self) -> ServerStatus:
        """Advance the state (readiness probe of up to 1 s, restart when due) and return it.

        Call from a worker thread; use :meth:`current` on the GUI thread.
        """
        with self._lock:
            state = self._status.state
            process = self._process
            if state is ServerState.STARTING and process is not None:
                code = process.poll()
                if code is not None:
                    return self._crashed(f"LanguageTool exited during start-up (code {code})")
                if is_ready(self._url, timeout=1.0):
                    return self._set(ServerState.READY, "LanguageTool ready", self._url)
                if time.monotonic() > self._deadline:
                    self._kill()
                    seconds = round(self.ready_timeout)
                    return self._set(
                        ServerState.FAILED,
                        f"LanguageTool did not become ready within {seconds} s; it was stopped",
                    )
            elif state is ServerState.READY and process is not None:
                code = process.poll()
                if code is not None:
                    return self._crashed(f"LanguageTool stopped unexpectedly (code {code})")
            elif state is ServerState.CRASHED and time.monotonic() >= self._restart_at:
                self._restarts += 1
                return self.launch()
            return self._status

    def wait_until_ready(self, cancel: threading.Event | None = None) -> ServerStatus:
        """Poll until ready, failed, timed out or ``cancel`` is set (for a worker thread)."""
        cancel = cancel or threading.Event()
        status = self.poll()
        while status.state in {ServerState.STARTING, ServerState.CRASHED}:
            if cancel.wait(0.2):
                return self.poll()
            status = self.poll()
        return status

    def start(self, cancel: threading.Event | None = None) -> ServerStatus:
        """Launch and wait until ready (blocking; up to ``ready_timeout`` seconds)."""
        self.launch()
        return self.wait_until_ready(cancel)

    def stop(self) -> None:
        """Stop the JVM (terminate, then kill) and forget restarts."""
        with self._lock:
            self._kill()
            self._restarts = 0
            self._set(ServerState.STOPPED, "LanguageTool stopped")

    def _crashed(self, message: str) -> ServerStatus:
        tail = self._log_tail()
        self._kill()
        if self._restarts >= self.max_restarts:
            return self._set(ServerState.FAILED, f"{message}; gave up after restarts. {tail}")
        delay = self.backoff[min(self._restarts, len(self.backoff) - 1)]
        self._restart_at = time.monotonic() + delay
        return self._set(ServerState.CRASHED, f"{message}; restarting in {delay:g} s")

    def _set(self, state: ServerState, message: str, url: str = "") -> ServerStatus:
        self._status = ServerStatus(state, message.strip(), url)
        return self._status

    def _log_tail(self) -> str:
        if self._log is None:
            return ""
        try:
            self._log.seek(0)
            lines = self._log.read().decode("utf-8", "replace").strip().splitlines()
        except OSError:
            return ""
        return lines[-1][:200] if lines else ""

    def _kill(self) -> None:
        process, self._process = self._process, None
        if process is not None:
            _terminate(process)
        if self._log is not None:
            self._log.close()
            self._log = None


def _terminate(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)
    with _LIVE_LOCK:
        _LIVE.discard(process)


@atexit.register
def _stop_all() -> None:
    """Never leave a JVM behind when the app exits."""
    for process in list(_LIVE):
        _terminate(process)
