"""Credential rules that block sending: keys, tokens, webhooks, JWTs and passwords in URLs.

Patterns are ported from gitleaks' rule set (github.com/gitleaks/gitleaks,
cmd/generate/config/rules/*.go, MIT) and detect-secrets' plugins (detect_secrets/plugins/*.py,
Apache-2.0); each rule names its source. Nothing here logs or returns matched values.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Callable, Iterator

from desktop.core.gate.allow import (
    is_documented_example,
    is_placeholder,
    shannon_entropy,
)

Span = tuple[int, int]
Rule = Callable[[str], Iterator[Span]]

# gitleaks aws.go `aws-access-token` (entropy 3); \b widened so `key_AKIA...` still matches.
_AWS_KEY_ID_RE = re.compile(
    r"(?<![A-Za-z0-9])(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}(?![A-Za-z0-9])"
)
# gitleaks aws_secret.go `aws-secret-access-key`: 40 chars of [A-Za-z0-9/+=], entropy 3, used
# only in context (gitleaks: near an access key ID; detect-secrets aws.py: after an aws...key name).
_AWS_SECRET_RE = re.compile(r"(?<![A-Za-z0-9/+])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])")
_AWS_SECRET_CONTEXT_RE = re.compile(r"aws|secret", re.IGNORECASE)
_NOT_A_SECRET_CONTEXT_RE = re.compile(r"id-2|extended request|hostid|://", re.IGNORECASE)
# gitleaks github.go: github-pat, -oauth, -app-token, -refresh-token, github-fine-grained-pat.
_GITHUB_RE = re.compile(
    r"(?<![A-Za-z0-9_])(?:gh[pousr]_[0-9a-zA-Z]{36}|github_pat_\w{82})(?![A-Za-z0-9_])"
)
# gitleaks slack.go: bot, user, app, config access/refresh, legacy bot/workspace/legacy tokens.
_SLACK_TOKEN_RES: tuple[tuple[re.Pattern[str], float], ...] = (
    (re.compile(r"xoxb-[0-9]{10,13}-[0-9]{10,13}[a-zA-Z0-9-]*"), 3.0),
    (re.compile(r"xox[pe](?:-[0-9]{10,13}){3}-[a-zA-Z0-9-]{28,34}"), 2.0),
    (re.compile(r"xapp-\d-[A-Z0-9]+-\d+-[a-z0-9]+", re.IGNORECASE), 2.0),
    (re.compile(r"xoxe.xox[bp]-\d-[A-Z0-9]{163,166}", re.IGNORECASE), 2.0),
    (re.compile(r"xoxe-\d-[A-Z0-9]{146}", re.IGNORECASE), 2.0),
    (re.compile(r"xoxb-[0-9]{8,14}-[a-zA-Z0-9]{18,26}"), 2.0),
    (re.compile(r"xox[ar]-(?:\d-)?[0-9a-zA-Z]{8,48}"), 2.0),
    (re.compile(r"xox[os]-\d+-\d+-\d+-[a-fA-F\d]+"), 2.0),
)
# gitleaks slack.go `slack-webhook-url`.
_SLACK_WEBHOOK_RE = re.compile(
    r"(?:https?://)?hooks\.slack\.com/(?:services|workflows|triggers)/[A-Za-z0-9+/]{43,56}"
)
# detect-secrets jwt.py (header and payload must decode to JSON); header must start `{"`.
_JWT_RE = re.compile(
    r"(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,}={0,2}\.ey[A-Za-z0-9_-]{8,}={0,2}\.[A-Za-z0-9_-]*={0,2}"
)
# detect-secrets basic_auth.py, narrowed to RFC 3986 userinfo; the span is the password only.
# The scheme must start a word, so a long run of letters is not retried at every position.
_URL_PASSWORD_RE = re.compile(
    r"(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]{0,30}://[^:/?#@\s]*:(?P<pw>[^:/?#@\s]+)@[^\s@]"
)
# gitleaks privatekey.go `private-key` (needs a key body, so prose naming the header passes);
# detect-secrets private_key.py adds PuTTY files and `---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----`.
_PEM_RE = re.compile(
    r"-{4,5} ?BEGIN[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)? ?-{4,5}[ \t]*\r?\n"
    r"(?:[A-Za-z-]+:[^\n]*\r?\n){0,4}\s*[A-Za-z0-9+/=]{40,}"
)
# Continuation lines of a key body, then an optional short last line and the END marker.
_KEY_BODY_RE = re.compile(r"[A-Za-z0-9+/=]*(?:\r?\n[ \t]*[A-Za-z0-9+/=]{16,}[ \t]*)*")
_PEM_TAIL_RE = re.compile(
    r"(?:\r?\n[ \t]*[A-Za-z0-9+/=]{1,15}[ \t]*)?"
    r"\s*-{4,5} ?END[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)? ?-{4,5}"
)
_PUTTY_RE = re.compile(r"PuTTY-User-Key-File-\d+:")
_PUTTY_PRIVATE_RE = re.compile(r"Private-Lines:[ \t]*\d+[ \t]*\r?\n[ \t]*[A-Za-z0-9+/=]{16,}")
_PUTTY_MAC_RE = re.compile(
    r"(?:\r?\n[ \t]*[A-Za-z0-9+/=]{1,15}[ \t]*)?\s*Private-(?:MAC|Hash):[^\n]*"
)


def aws_access_key_ids(text: str) -> Iterator[Span]:
    """AWS access key IDs (AKIA, ASIA, ...), except documented examples."""
    for match in _AWS_KEY_ID_RE.finditer(text):
        value = match.group()
        if not is_documented_example(value) and shannon_entropy(value) >= 3.0:
            yield match.span()


def aws_secret_access_keys(text: str) -> Iterator[Span]:
    """40-character AWS secret keys named as such nearby or next to an access key ID."""
    for match in _AWS_SECRET_RE.finditer(text):
        value, (start, end) = match.group(), match.span()
        if is_documented_example(value) or shannon_entropy(value) < 3.0:
            continue
        if not (re.search(r"[a-z]", value) and re.search(r"[A-Z]", value)):
            continue  # a git SHA or other hex, or an all-caps ID
        if "//" in value or value.count("/") > 4:
            continue  # a path, not base64
        before = text[max(0, start - 80) : start]
        if _NOT_A_SECRET_CONTEXT_RE.search(before[-30:]):
            continue
        near = text[max(0, start - 300) : min(len(text), end + 300)]
        if _AWS_SECRET_CONTEXT_RE.search(before) or _AWS_KEY_ID_RE.search(near):
            yield start, end


def github_tokens(text: str) -> Iterator[Span]:
    """GitHub personal, OAuth, app, refresh and fine-grained tokens."""
    for match in _GITHUB_RE.finditer(text):
        if not is_documented_example(match.group()):
            yield match.span()


def slack_tokens(text: str) -> Iterator[Span]:
    """Slack bot, user, app, configuration and legacy tokens."""
    for pattern, min_entropy in _SLACK_TOKEN_RES:
        for match in pattern.finditer(text):
            if shannon_entropy(match.group()) >= min_entropy:
                yield match.span()


def slack_webhooks(text: str) -> Iterator[Span]:
    """Slack incoming-webhook, workflow and trigger URLs."""
    for match in _SLACK_WEBHOOK_RE.finditer(text):
        yield match.span()


def _is_json_object(part: str) -> bool:
    padded = part.rstrip("=") + "=" * (-len(part.rstrip("=")) % 4)
    try:
        decoded = json.loads(base64.urlsafe_b64decode(padded.encode("ascii")))
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return False
    return isinstance(decoded, dict)


def jwts(text: str) -> Iterator[Span]:
    """Well-formed JSON Web Tokens: JSON header and payload, then a signature part."""
    for match in _JWT_RE.finditer(text):
        header, payload, _signature = match.group().split(".")
        if _is_json_object(header) and _is_json_object(payload):
            yield match.span()


def url_passwords(text: str) -> Iterator[Span]:
    """The password part of ``scheme://user:password@host`` URLs, unless a placeholder."""
    for match in _URL_PASSWORD_RE.finditer(text):
        if not is_placeholder(match.group("pw")):
            yield match.span("pw")


def _key_end(text: str, pos: int, tail: re.Pattern[str]) -> int:
    body = _KEY_BODY_RE.match(text, pos)
    pos = body.end() if body else pos
    closing = tail.match(text, pos)
    return closing.end() if closing else pos


def private_keys(text: str) -> Iterator[Span]:
    """PEM and OpenSSH private key blocks, and PuTTY key files, with their bodies."""
    for match in _PEM_RE.finditer(text):
        yield match.start(), _key_end(text, match.end(), _PEM_TAIL_RE)
    for header in _PUTTY_RE.finditer(text):
        private = _PUTTY_PRIVATE_RE.search(text, header.end())
        if private is not None and private.start() - header.end() < 4000:
            yield header.start(), _key_end(text, private.end(), _PUTTY_MAC_RE)


BLOCK_RULES: tuple[tuple[str, Rule], ...] = (
    ("private_key", private_keys),
    ("aws_access_key_id", aws_access_key_ids),
    ("aws_secret_access_key", aws_secret_access_keys),
    ("github_token", github_tokens),
    ("slack_token", slack_tokens),
    ("slack_webhook", slack_webhooks),
    ("jwt", jwts),
    ("url_password", url_passwords),
)
