"""Test-wide fixtures: headless Qt, and no test ever touches the real user's folders."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

# Speed is measured in bench/, never asserted in tests: no per-example deadline, and no
# failure because generating examples is slow (it is, under coverage on a loaded machine).
settings.register_profile("casewright", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("casewright")

# GUI tests run headless by default; set before any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests read the English UI whatever the machine's language (translation tests set their own).
os.environ["LANGUAGE"] = "en"

REPO_ROOT = Path(__file__).resolve().parent.parent

# What socket.connect takes: (host, port[, ...]), a Unix path, or an abstract-socket name.
Address = tuple[Any, ...] | str | bytes


@pytest.fixture(autouse=True)
def _isolated_user_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point HOME, XDG folders and Casewright's data folder at a per-test temporary folder."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    for var, sub in (
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_STATE_HOME", ".local/state"),
    ):
        monkeypatch.setenv(var, str(home / sub))
    data_dir = tmp_path / "casewright-data"
    monkeypatch.setenv("CASEWRIGHT_DATA_DIR", str(data_dir))
    return data_dir


@pytest.fixture
def data_dir(_isolated_user_folders: Path) -> Path:
    """The per-test Casewright data folder (not yet created)."""
    return _isolated_user_folders


@pytest.fixture(scope="session")
def stand_in_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding the stand-in ``languagetool-server.jar`` (a test double), compiled
    once per run; the test is skipped without a JDK."""
    from tests.lt_stand_in import build_stand_in, has_jdk

    if not has_jdk():
        pytest.skip("needs a JDK (javac)")
    return build_stand_in(tmp_path_factory.mktemp("lt-stand-in"))


# --- Download guard: nothing may reach the internet from a test -----------------------------
_download_attempts: list[str] = []


def _is_loopback(host: object) -> bool:
    import ipaddress

    if not isinstance(host, str):
        return True  # AF_UNIX and other non-IP addresses
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.split("%", 1)[0]).is_loopback
    except ValueError:
        return False


@pytest.fixture(autouse=True)
def _no_downloads(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> Iterator[list[str]]:
    """Fail the test if it connects anywhere but loopback or asks language_tool_python to
    download LanguageTool (even when the code under test swallows the error).

    Tests marked ``real_languagetool`` may also reach the host of ``LT_SERVER_URL``.
    """
    import socket
    import urllib.parse

    allowed: set[str] = set()
    if request.node.get_closest_marker("real_languagetool") and os.environ.get("LT_SERVER_URL"):
        host = urllib.parse.urlparse(os.environ["LT_SERVER_URL"]).hostname or ""
        allowed = {host, *(str(info[4][0]) for info in socket.getaddrinfo(host, None))}
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex

    def refuse(what: str) -> OSError:
        _download_attempts.append(what)
        return OSError(f"download guard: tests must not use the network ({what})")

    def connect(self: socket.socket, address: Address) -> None:
        host = address[0] if isinstance(address, tuple) else address
        if not _is_loopback(host) and host not in allowed:
            raise refuse(f"connection to {address!r}")
        real_connect(self, address)

    def connect_ex(self: socket.socket, address: Address) -> int:
        host = address[0] if isinstance(address, tuple) else address
        if not _is_loopback(host) and host not in allowed:
            raise refuse(f"connection to {address!r}")
        return real_connect_ex(self, address)

    def no_lt_download(*_args: object, **_kwargs: object) -> None:
        raise refuse("language_tool_python download of LanguageTool")

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    from language_tool_python import download_lt

    monkeypatch.setattr(download_lt.LocalLanguageTool, "download", no_lt_download)
    monkeypatch.setattr(download_lt.LocalLanguageTool, "_get_remote_zip", no_lt_download)
    _download_attempts.clear()
    yield _download_attempts
    if _download_attempts:
        attempts, _download_attempts[:] = list(_download_attempts), []
        pytest.fail(f"a test tried to download or reach the network: {attempts}")


@pytest.fixture
def download_attempts(_no_downloads: list[str]) -> list[str]:
    """What the download guard blocked so far in this test (clear it to accept them)."""
    return _no_downloads
