"""TEST DOUBLE of a LanguageTool server (NOT LanguageTool): for contract tests only.

An in-process HTTP server on 127.0.0.1 speaking the parts of LanguageTool's documented HTTP
API the app uses: ``GET /v2/languages`` and ``POST /v2/check`` (form-encoded ``text`` and
``language``), answering with ``matches`` (``offset``/``length`` in UTF-16 units as the real
Java server does, ``message``, ``replacements``, ``rule{id, issueType, category{id}}``).
Its "rules" are fixed words given by the test. It records every request it receives.
"""

from __future__ import annotations

import json
import threading
import urllib.parse
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass(frozen=True)
class FakeRule:
    """Flags every occurrence of ``word`` (case-sensitive) as this rule."""

    word: str
    rule_id: str
    category_id: str
    issue_type: str
    message: str
    replacements: tuple[str, ...] = ()


DEFAULT_RULES = (
    FakeRule("teh", "MORFOLOGIK_RULE_EN_US", "TYPOS", "misspelling", "Possible typo.", ("the",)),
    FakeRule("a error", "EN_A_VS_AN", "MISC", "grammar", "Use “an”.", ("an error",)),
    FakeRule("very unique", "EN_UNIQUE", "STYLE", "style", "Wordy.", ("unique",)),
    FakeRule("zorblax", "FAKE_TYPOGRAPHY", "PUNCTUATION", "typographical", "Fake mark."),
)
DEFAULT_LANGUAGES = (
    {"name": "English (US)", "code": "en", "longCode": "en-US"},
    {"name": "English (GB)", "code": "en", "longCode": "en-GB"},
    {"name": "Chinese", "code": "zh", "longCode": "zh-CN"},
    {"name": "Japanese", "code": "ja", "longCode": "ja-JP"},
)


@dataclass
class RecordedRequest:
    """One request the double received."""

    method: str
    path: str
    form: dict[str, str] = field(default_factory=dict)


def utf16_offset(text: str, index: int) -> int:
    """How Java counts ``index``: UTF-16 code units (written independently of the app)."""
    return len(text[:index].encode("utf-16-le")) // 2


class LanguageToolTestDouble:
    """Start with ``with LanguageToolTestDouble() as double:``; ``double.url`` is its base URL."""

    def __init__(self, rules: tuple[FakeRule, ...] = DEFAULT_RULES) -> None:
        self.rules = rules
        self.languages: list[dict[str, str]] = list(DEFAULT_LANGUAGES)
        self.requests: list[RecordedRequest] = []
        self.fail_checks = False
        self.answering = threading.Event()  # clear it to hold every check until it is set
        self.answering.set()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        """``http://127.0.0.1:<port>``."""
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    @property
    def checks(self) -> list[RecordedRequest]:
        """The ``/v2/check`` requests received so far."""
        return [r for r in self.requests if r.path == "/v2/check"]

    def __enter__(self) -> LanguageToolTestDouble:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def matches_for(self, text: str) -> list[dict[str, Any]]:
        """The matches the double answers for ``text``."""
        matches = []
        for rule in self.rules:
            start = text.find(rule.word)
            while start >= 0:
                offset = utf16_offset(text, start)
                length = utf16_offset(text, start + len(rule.word)) - offset
                matches.append(
                    {
                        "message": rule.message,
                        "shortMessage": "",
                        "replacements": [{"value": r} for r in rule.replacements],
                        "offset": offset,
                        "length": length,
                        "context": {"text": text[:60], "offset": 0, "length": length},
                        "sentence": text,
                        "type": {"typeName": "Other"},
                        "rule": {
                            "id": rule.rule_id,
                            "description": rule.message,
                            "issueType": rule.issue_type,
                            "category": {"id": rule.category_id, "name": rule.category_id},
                        },
                    }
                )
                start = text.find(rule.word, start + 1)
        return sorted(matches, key=lambda m: m["offset"])

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        double = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                """Quiet."""

            def _send(self, status: int, payload: Any) -> None:
                body = json.dumps(payload).encode("utf-8")
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self) -> None:
                path = urllib.parse.urlparse(self.path).path
                double.requests.append(RecordedRequest("GET", path))
                if path == "/v2/languages":
                    self._send(200, double.languages)
                else:
                    self._send(404, {"error": "not found"})

            def do_POST(self) -> None:
                path = urllib.parse.urlparse(self.path).path
                length = int(self.headers.get("Content-Length", "0"))
                raw = self.rfile.read(length).decode("utf-8")
                form = dict(urllib.parse.parse_qsl(raw, keep_blank_values=True))
                double.requests.append(RecordedRequest("POST", path, form))
                double.answering.wait(60)
                if path != "/v2/check":
                    self._send(404, {"error": "not found"})
                elif double.fail_checks:
                    self.send_response(500)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                else:
                    text = form.get("text", "")
                    self._send(
                        200,
                        {"software": {"name": "test double"}, "matches": double.matches_for(text)},
                    )

        return Handler
