"""Our samples are real formats: detect-secrets' own plugins agree with what the gate blocks."""

from __future__ import annotations

import pytest

from desktop.core.gate import blocking, scan
from tests.core.gate_samples import (
    AWS_KEY_ID,
    AWS_SECRET,
    EVERYDAY,
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

aws = pytest.importorskip("detect_secrets.plugins.aws")
basic_auth = pytest.importorskip("detect_secrets.plugins.basic_auth")
github = pytest.importorskip("detect_secrets.plugins.github_token")
jwt = pytest.importorskip("detect_secrets.plugins.jwt")
private_key = pytest.importorskip("detect_secrets.plugins.private_key")
slack = pytest.importorskip("detect_secrets.plugins.slack")

REFERENCE_CASES = [
    (aws.AWSKeyDetector, f"key {AWS_KEY_ID}"),
    (aws.AWSKeyDetector, f"aws_secret_key = '{AWS_SECRET}'"),
    (github.GitHubTokenDetector, f"token {GITHUB_PAT}"),
    (slack.SlackDetector, SLACK_BOT),
    (slack.SlackDetector, SLACK_WEBHOOK),
    (jwt.JwtTokenDetector, JWT),
    (private_key.PrivateKeyDetector, PEM_KEY),
    (private_key.PrivateKeyDetector, OPENSSH_KEY),
    (private_key.PrivateKeyDetector, PUTTY_KEY),
    (private_key.PrivateKeyDetector, SSH2_KEY),
    (basic_auth.BasicAuthDetector, f"https://admin:{URL_PASSWORD}@db.acme.io/"),
]


@pytest.mark.parametrize(("plugin", "text"), REFERENCE_CASES)
def test_reference_plugin_and_gate_both_flag_the_sample(plugin: type, text: str) -> None:
    assert any(
        list(plugin().analyze_line(filename="reply.txt", line=line)) for line in text.splitlines()
    )
    assert blocking(scan(text)), "the gate let through what detect-secrets flags"


@pytest.mark.parametrize("name", ["request id (UUID)", "git SHA", "ETag", "ARN", "instance id"])
def test_reference_plugins_also_ignore_everyday_ids(name: str) -> None:
    text = EVERYDAY[name]
    for plugin, _sample in REFERENCE_CASES:
        assert not list(plugin().analyze_line(filename="reply.txt", line=text))
