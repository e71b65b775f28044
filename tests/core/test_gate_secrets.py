"""Blocking rules: each credential kind is caught in realistic text, and its look-alikes are not."""

from __future__ import annotations

import pytest

from desktop.core.gate import scan
from tests.core.gate_samples import (
    AWS_KEY_ID,
    AWS_SECRET,
    AWS_TEMP_KEY_ID,
    EVERYDAY,
    GITHUB_FINE,
    GITHUB_PAT,
    JWT,
    OPENSSH_KEY,
    PEM_KEY,
    PUTTY_KEY,
    SLACK_BOT,
    SLACK_WEBHOOK,
    SSH2_KEY,
    URL_PASSWORD,
)


def _blocks(text: str) -> list[tuple[str, str]]:
    """(kind, matched text) of each blocking finding."""
    return [(f.kind, text[f.start : f.end]) for f in scan(text) if f.blocks]


@pytest.mark.parametrize(
    ("text", "kind", "secret"),
    [
        (f"Your key {AWS_KEY_ID} was used from a new IP.", "aws-access-token", AWS_KEY_ID),
        (f"AWS_ACCESS_KEY_ID={AWS_TEMP_KEY_ID}", "aws-access-token", AWS_TEMP_KEY_ID),
        (f"key_{AWS_KEY_ID}_backup", "aws-access-token", AWS_KEY_ID),
        (f"aws_secret_access_key = {AWS_SECRET}", "aws-secret-access-key", AWS_SECRET),
        (f'"SecretAccessKey": "{AWS_SECRET}"', "aws-secret-access-key", AWS_SECRET),
        (f"id {AWS_KEY_ID}\nand {AWS_SECRET}", "aws-secret-access-key-pair", AWS_SECRET),
        (f"export GH={GITHUB_PAT}", "github-token", GITHUB_PAT),
        (f"token: {GITHUB_FINE}.", "github-token", GITHUB_FINE),
        (f"SLACK_TOKEN={SLACK_BOT}", "slack-bot-token", SLACK_BOT),
        (f"post to {SLACK_WEBHOOK} please", "slack-webhook-url", SLACK_WEBHOOK),
        (f"Authorization: Bearer {JWT}", "jwt", JWT),
        (f"postgres://admin:{URL_PASSWORD}@db.example.com:5432/app", "url-password", URL_PASSWORD),
        (f"Here is the key:\n{PEM_KEY}\nThanks", "private-key", PEM_KEY),
        (f"{OPENSSH_KEY}\n", "private-key", OPENSSH_KEY),
        (f"key:\n{SSH2_KEY}\nbye", "private-key", SSH2_KEY),
        (f"Attached:\n{PUTTY_KEY}\n\nRegards", "putty-private-key", PUTTY_KEY),
        # Named secrets block (gitleaks generic.go true positives).
        (
            "api_key=Zf3D0LXCM3EIMbgJpUNnkRtOfOueHznB",
            "named-secret",
            "Zf3D0LXCM3EIMbgJpUNnkRtOfOueHznB",
        ),
        (
            '"client_secret": "6da89121079f83b2eb6acccf8219ea982c3d"',
            "named-secret",
            "6da89121079f83b2eb6acccf8219ea982c3d",
        ),
    ],
)
def test_secret_is_blocked_with_its_exact_span(text: str, kind: str, secret: str) -> None:
    assert (kind, secret) in _blocks(text)


def test_private_key_without_end_marker_is_blocked_through_its_body() -> None:
    truncated = PEM_KEY.rsplit("\n", 2)[0]  # cut before the short last line and END
    text = f"{truncated}\n\nPlease check."
    found = _blocks(text)
    assert found == [("private-key", truncated)]


@pytest.mark.parametrize("name", sorted(EVERYDAY))
def test_everyday_support_text_never_blocks(name: str) -> None:
    assert _blocks(EVERYDAY[name]) == []


@pytest.mark.parametrize(
    "text",
    [
        "AKIAXXXXXXXXXXXXXXXX is the format",  # low entropy
        "TODAYINASIAASACKOFRICEFELLOVER",  # wrong length, from gitleaks' false positives
        f"{AWS_KEY_ID}9",  # 21 characters is not a key id
        f"secret {AWS_SECRET}X",  # 41 characters is not an AWS secret
        f"the value {AWS_SECRET} stands alone",  # no aws/secret context, no key id nearby
        "aws secret 9fceb02d0ae598e95dc970b74767f19372d61af8",  # hex: a git SHA
        "ghp_short and gho_alsoShort",
        "xoxb-12345-abcd234",  # gitleaks slack false positive
        "https://hooks.slack.com/services/T000/B000/XXXX",
        "https://user:****@example.com and ftp://me:password@host",
    ],
)
def test_look_alikes_do_not_block(text: str) -> None:
    assert _blocks(text) == []


def test_documented_aws_example_keys_do_not_block_anywhere() -> None:
    text = (
        "[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\n"
        "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n"
        "ASIAIOSFODNN7EXAMPLE"
    )
    assert _blocks(text) == []
