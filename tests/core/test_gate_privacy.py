"""Warning rules: addresses, account IDs, internal hosts, named secrets, pasted escalation text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.gate import ScanOptions, privacy, scan


def _warns(text: str, options: ScanOptions | None = None) -> list[tuple[str, str]]:
    return [(f.kind, text[f.start : f.end]) for f in scan(text, options) if not f.blocks]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Write to alice.smith@acme.io today.", ("email", "alice.smith@acme.io")),
        ("Seen from 54.239.28.85.", ("public_ip", "54.239.28.85")),
        ("peer 2600:1f18:24e0:1a00::17 refused", ("public_ip", "2600:1f18:24e0:1a00::17")),
        ("AWS account 210987654321 owns it", ("aws_account_id", "210987654321")),
        ("Account ID: 2109-8765-4321", ("aws_account_id", "2109-8765-4321")),
        (
            "see https://wiki.acme.corp/runbooks/s3?id=4, then",
            ("internal_host", "https://wiki.acme.corp/runbooks/s3?id=4"),
        ),
        ("ssh build01.lan now", ("internal_host", "build01.lan")),
    ],
)
def test_warning_found_with_exact_span(text: str, expected: tuple[str, str]) -> None:
    assert expected in _warns(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mail support@example.com or ops@corp.example.org",  # documentation domains
        "git clone git@github.com:acme/app.git",  # scp-style remote, not an address
        "hosts 10.0.0.1, 172.16.4.2, 192.168.1.1, 127.0.0.1, 169.254.169.254",  # private
        "docs ranges 192.0.2.10, 198.51.100.7, 203.0.113.99 and 2001:db8::1",  # documentation
        "CIDR 100.64.0.1 is carrier-grade NAT",
        "version 1.2.3.4 and v2.0.1.3 were released",
        "at 12:30:45 the MAC 00:1a:2b:3c:4d:5e",
        "account 123456789012 and 111122223333 from the docs",
        "order number 210987654321 shipped",  # 12 digits without an account word
        "arn:aws:iam::210987654321:role/Admin for the account",
        "our corp policy says so",  # a bare word, not a host
        "password: hunter",  # too short to be a generated secret
        "ClientToken: 3f2504e0-4f89-11d3-9a0c-0305e82c3301",  # a UUID
        "access_key_id: AKIAIOSFODNN7EXAMPLE",
        "auth=enabled_everywhere_yes",  # low entropy words
    ],
)
def test_everyday_text_does_not_warn(text: str) -> None:
    assert _warns(text) == []


def test_internal_domains_are_configurable() -> None:
    text = "Ticket at https://tickets.support.acme.net/T-42 and wiki.acme.corp"
    options = ScanOptions(internal_domains=["support.acme.net"])
    assert _warns(text, options) == [
        ("internal_host", "https://tickets.support.acme.net/T-42"),
    ]


def test_url_with_trailing_sentence_punctuation_is_trimmed() -> None:
    assert _warns("Open https://wiki.acme.corp/page.") == [
        ("internal_host", "https://wiki.acme.corp/page")
    ]


def test_escalation_lines_pasted_into_reply_warn() -> None:
    escalation = (
        "## Summary\n"
        "- Internal: suspect race in the replication worker after deploy 4411\n"
        "short line\n"
    )
    reply = (
        "Hello,\nWe are looking into it.\n"
        "Internal: suspect race in the replication worker after deploy 4411\nshort line\n"
    )
    options = ScanOptions(escalation_text=escalation)
    assert _warns(reply, options) == [
        ("escalation_text", "Internal: suspect race in the replication worker after deploy 4411")
    ]


def test_grammar_issues_become_warnings_clamped_to_the_text() -> None:
    text = "This are fine."
    options = ScanOptions(
        grammar_issues=[(5, 8, "Use 'is'."), (10, 99, "past the end"), (3, 3, "empty")]
    )
    findings = [f for f in scan(text, options) if f.kind == "grammar"]
    assert [(f.start, f.end, f.message) for f in findings] == [
        (5, 8, "Grammar: Use 'is'."),
        (10, 14, "Grammar: past the end"),
    ]


_PRIVACY_PIECES = st.lists(
    st.sampled_from(
        [
            "1.2.3.4",
            "54.239.28.85",
            ".",
            "\n",
            " ",
            "a",
            "9",
            "2600:1f18::1",
            ":",
            "::",
            "bob@acme.io",
            "@",
            "x.corp",
            "wiki.",
            "corp",
            "https://",
            "/p",
            "account ",
            "210987654321",
            "2109-8765-4321",
            "arn:aws:iam::",
            "-",
            "_",
            "ip-10-0-1-5.ec2.internal",
        ]
    ),
    max_size=30,
).map("".join)


@settings(max_examples=150, deadline=None)
@given(_PRIVACY_PIECES)
def test_searching_only_lines_with_a_sign_finds_what_a_full_search_finds(text: str) -> None:
    for pattern, sign in (
        (privacy._IPV4_RE, privacy._IPV4_SIGN),
        (privacy._IPV6_RE, privacy._IPV6_SIGN),
        (privacy._EMAIL_RE, privacy._EMAIL_SIGN),
        (privacy._ACCOUNT_RE, privacy._ACCOUNT_SIGN),
    ):
        full = [m.span() for m in pattern.finditer(text)]
        assert [m.span() for m in privacy._matches(pattern, text, sign)] == full
