"""The autouse download guard in tests/conftest.py really blocks downloads."""

from __future__ import annotations

import urllib.request

import pytest


def test_internet_connections_are_blocked_and_recorded(download_attempts: list[str]) -> None:
    with pytest.raises(OSError, match="download guard"):
        urllib.request.urlopen("http://93.184.215.14/LanguageTool.zip", timeout=5)
    assert download_attempts and "93.184.215.14" in download_attempts[0]
    download_attempts.clear()  # accepted here; any other test would now fail


def test_language_tool_python_download_is_blocked(download_attempts: list[str]) -> None:
    from language_tool_python.download_lt import LocalLanguageTool

    with pytest.raises(OSError, match="download guard"):
        LocalLanguageTool.from_version_name("6.6").download()
    assert download_attempts == ["language_tool_python download of LanguageTool"]
    download_attempts.clear()
