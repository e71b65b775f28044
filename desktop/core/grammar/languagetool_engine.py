"""LanguageTool behind GrammarEngine, through language-tool-python in ``remote_server`` mode only.

The server is either a team URL or the app's own local JVM (:class:`LanguageToolServer`).
The library's local mode is never used: it downloads LanguageTool and spawns JVMs itself.
"""

from __future__ import annotations

import threading
from typing import Any

from desktop.core.deadline import DeadlineExceeded, run_with_deadline
from desktop.core.grammar.categories import Placement, table
from desktop.core.grammar.issue import (
    Category,
    EngineStatus,
    EngineUnavailableError,
    Issue,
    base_language,
)
from desktop.core.grammar.lt_server import LanguageToolServer, ServerState, is_ready
from desktop.core.grammar.offsets import OffsetMap
from desktop.core.i18n import translate

NOT_CONFIGURED = translate("Grammar", "LanguageTool not configured")
_LANGUAGES = {"en": "en-US", "zh-TW": "zh-TW", "zh-CN": "zh-CN", "ja": "ja-JP"}
# Servers without Traditional Chinese check it with their Chinese rules (LanguageTool ships
# zh-CN only); a server that lists zh-TW gets zh-TW.
_FALLBACKS = {"zh-TW": "zh-CN"}


def placement_for(rule_id: str, issue_type: str, category_id: str) -> Placement:
    """Category and grammar kind of a match (rule id, then category id, then issue type)."""
    return table("languagetool").place(rule_id, category_id, issue_type)


def category_for(issue_type: str, category_id: str, rule_id: str = "") -> Category:
    """Map a match's ``rule.issueType`` and ``rule.category.id`` to an issue category."""
    return placement_for(rule_id, issue_type, category_id).category


def lt_language(language: str) -> str:
    """Our language code to LanguageTool's: ``en`` -> ``en-US``; ``en-GB`` stays."""
    if "-" in language and not language.lower().startswith("zh"):
        return language
    return _LANGUAGES.get(base_language(language), language)


def normalise_server_url(url: str) -> str:
    """``host:8081``, ``http://host:8081/v2/`` -> ``http://host:8081`` (no ``/v2``)."""
    url = url.strip()
    if "://" not in url:
        url = f"http://{url}"
    url = url.rstrip("/")
    return url[: -len("/v2")] if url.endswith("/v2") else url


class LanguageToolEngine:
    """Checks through a LanguageTool server: a configured URL, or a local ``server``."""

    name = "languagetool"

    def __init__(
        self,
        server_url: str | None = None,
        server: LanguageToolServer | None = None,
        timeout: float = 15.0,
    ) -> None:
        self.server_url = normalise_server_url(server_url) if server_url else ""
        self.server = server
        self.timeout = timeout
        self.chars_sent = 0
        self._clients: dict[tuple[str, str], Any] = {}
        self._lock = threading.Lock()
        self._cancelled = threading.Event()

    @property
    def label(self) -> str:
        """``LanguageTool (server)`` or ``LanguageTool (local)``."""
        return "LanguageTool (server)" if self.server_url else "LanguageTool (local)"

    def status(self) -> EngineStatus:
        """Not configured, the local server's state, or available (a URL is tried on use)."""
        if self.server_url:
            return EngineStatus(True)
        if self.server is None:
            return EngineStatus(False, NOT_CONFIGURED)
        status = self.server.current()
        return EngineStatus(status.state is ServerState.READY, status.message)

    def refresh(self) -> None:
        """Let the local server notice readiness or a crash, and restart it when due."""
        if self.server is not None and not self.server_url:
            self.server.poll()

    def supports(self, language: str) -> bool:
        """English, Chinese and Japanese (whatever the server lacks is reported on check)."""
        return base_language(language) in {"en", "zh-TW", "zh-CN", "ja"}

    def probe(self, timeout: float = 5.0) -> str:
        """Try the server now: "" when it answers ``/v2/languages``, else why not."""
        try:
            url = self._base_url()
        except EngineUnavailableError as error:
            return str(error)
        return "" if is_ready(url, timeout) else f"LanguageTool server unreachable ({url})"

    def warm_up(self) -> None:
        """Nothing to do: the local server is started by its owner, a URL is tried on use."""

    def _base_url(self) -> str:
        if self.server_url:
            return self.server_url
        if self.server is None:
            raise EngineUnavailableError(NOT_CONFIGURED)
        status = self.server.current()
        if status.state is not ServerState.READY:
            raise EngineUnavailableError(status.message)
        return status.url

    def _client_for(self, url: str, language: str) -> Any:
        """A client for ``language``, or its fallback when the server does not list it."""
        code = lt_language(language)
        try:
            client = self._client(url, code)
        except ValueError:
            if code not in _FALLBACKS:
                raise
            return self._client(url, _FALLBACKS[code])
        # The library quietly narrows a code the server lacks (zh-TW -> zh): be explicit.
        if code in _FALLBACKS and str(getattr(client, "language", code)).lower() != code.lower():
            return self._client(url, _FALLBACKS[code])
        return client

    def _client(self, url: str, language: str) -> Any:
        key = (url, language)
        client = self._clients.get(key)
        if client is None:
            import language_tool_python

            client = language_tool_python.LanguageTool(language=language, remote_server=f"{url}/")
            client._TIMEOUT = self.timeout  # type: ignore[assignment]  # library waits 300 s
            self._clients[key] = client
        return client

    def cancel(self) -> None:
        """Stop waiting for the server at once, now and from now on (the app quits)."""
        self._cancelled.set()

    def check(self, text: str, language: str) -> list[Issue]:
        """Send ``text`` to the server; map matches to issues with Python offsets.

        The whole exchange, including the client's first request for the server's languages,
        has ``timeout`` seconds in all: a server that stalls or drips its answer is given up.
        """
        from language_tool_python.exceptions import LanguageToolError

        url = self._base_url()

        def exchange() -> Any:
            with self._lock:
                client = self._client_for(url, language)
                self.chars_sent += len(text)
                return client.check(text)

        try:
            matches = run_with_deadline(exchange, self.timeout, self._cancelled)
        except DeadlineExceeded as error:
            self._clients = {k: v for k, v in self._clients.items() if k[0] != url}
            raise EngineUnavailableError(
                f"LanguageTool server did not answer within {self.timeout:g} s ({url})"
            ) from error
        except LanguageToolError as error:
            raise EngineUnavailableError(self._failure(url, error)) from error
        except ValueError as error:  # the server does not list this language
            raise EngineUnavailableError(f"LanguageTool has no {language}: {error}") from error
        offsets = OffsetMap(text)
        issues = []
        for match in matches:
            start = int(match.offset)
            end = offsets.to_python(offsets.to_utf16(start) + int(match.error_length))
            placement = placement_for(str(match.rule_id), match.rule_issue_type, match.category)
            issues.append(
                Issue(
                    start=start,
                    end=max(end, start),
                    category=placement.category,
                    kind=placement.kind,
                    rule_id=str(match.rule_id),
                    message=str(match.message),
                    replacements=tuple(str(r) for r in match.replacements[:8]),
                    engine=self.name,
                )
            )
        return issues

    def _failure(self, url: str, error: Exception) -> str:
        self._clients = {k: v for k, v in self._clients.items() if k[0] != url}
        if self.server is not None:
            status = self.server.poll()
            if status.state is not ServerState.READY:
                return status.message
        cause = error.__cause__  # a bad answer (JSON error) is also an OSError in requests
        if isinstance(cause, OSError) and not isinstance(cause, ValueError):
            return f"LanguageTool server unreachable ({url})"
        return f"LanguageTool server error ({url})"
