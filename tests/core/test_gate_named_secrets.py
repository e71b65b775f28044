"""Named secrets block when the value looks real and pass as placeholders; examples are exact."""

from __future__ import annotations

import pytest

from desktop.core.gate import ScanOptions, blocking, redact, scan

REAL = "Zf3D0LXCM3EIMbgJpUNnkRtO"
PASSWORD = "Tr0ub4dor&3x!"


def _blocked(text: str) -> list[str]:
    return [text[f.start : f.end] for f in blocking(scan(text))]


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        (f"password={PASSWORD}", PASSWORD),  # INI / env
        (f"db_password: {PASSWORD}", PASSWORD),  # YAML
        (f'{{"Password": "{PASSWORD}"}}', PASSWORD),  # JSON
        (f'"SecretString": "{{\\"password\\":\\"{PASSWORD}\\"}}"', PASSWORD),  # escaped JSON
        (f"export API_KEY={REAL}", REAL),  # env
        (f"client_secret: {REAL}", REAL),
        (f"token: '{REAL}'", REAL),
        (f"mysql --user=app --password {PASSWORD} -h db", PASSWORD),  # CLI
        (f"Authorization: Bearer {REAL}", REAL),
        ("Authorization: Basic dXNlcjpTM2NyM3RQYXNz", "dXNlcjpTM2NyM3RQYXNz"),
        (f"curl -u admin:{PASSWORD} https://api.example.com", f"admin:{PASSWORD}"),
        (
            f"Server=db1;Database=app;User Id=sa;Password={PASSWORD};",
            PASSWORD,
        ),  # connection string
        (f"jdbc:postgresql://db/app?ssl=true&user=app&password={PASSWORD}", PASSWORD),
    ],
)
def test_named_secrets_block_in_every_form(text: str, secret: str) -> None:
    assert _blocked(text) == [secret]


@pytest.mark.parametrize(
    "text",
    [
        "password=xxxxxxxxxxxx",
        "api_key: <your-key>",
        "password: ${DB_PASSWORD}",
        "password: {{ .Values.password }}",
        "token: ****************",
        "password=changeme",
        "client_secret: REDACTED",
        "password: [REDACTED: password]",
        "api_key=$API_KEY",
        "password: %(db_password)s",
        "Authorization: Bearer $TOKEN",
        "Authorization: Bearer <token>",
        'curl -u "$USER:$PASS" https://api.example.com',
        "curl -u username:password https://api.example.com",
        "password: required",  # prose / a schema
        "PasswordPolicy: MinimumLength=14",
        "secret_arn: arn:aws:secretsmanager:us-east-1:210987654321:secret:db-AbCdEf",
        '"NextToken": "eyJ4IjoiMTIzNDU2Nzg5MCIsInkiOjQ1Njc4OTAxMn0AbCdEfGh"',
        '"ClientToken": "e3f2a5b1-8c7d-4e6f-9a0b-1c2d3e4f5a6b"',
        "db-password: ENC[AES256_GCM,data:O+5l4g==,iv:c/dS4BCBMbnKsXY=,type:str]",
    ],
)
def test_placeholders_references_and_names_of_settings_pass(text: str) -> None:
    assert _blocked(text) == []


@pytest.mark.parametrize(
    "value",
    [
        "ghp_" + "x" * 36,
        "AKIA" + "X" * 16,
        "sk_live_" + "0" * 24,
        "xoxb-" + "1" * 12 + "-" + "x" * 24,
        "glpat-" + "X" * 20,
    ],
)
def test_one_repeated_character_is_a_placeholder(value: str) -> None:
    assert _blocked(f"token {value} here") == []


def test_aws_example_keys_pass_only_as_the_documented_values() -> None:
    documented = (
        "aws_access_key_id = AKIAIOSFODNN7EXAMPLE\n"
        "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n"
    )
    assert _blocked(documented) == []
    lookalike_id = "AKIAZ3MSXQ7ZLEXAMPLE"  # ends in EXAMPLE, but not AWS's value
    lookalike_secret = "k2Rf9pQ/x7LmZ3vT8sWnYb4cH6jE1uEXAMPLEKEY"
    text = f"aws_access_key_id = {lookalike_id}\naws_secret_access_key = {lookalike_secret}\n"
    assert _blocked(text) == [lookalike_id, lookalike_secret]


@pytest.mark.parametrize(
    "secret",
    [
        "xoxa-2-511111111-31111111111-3111111111111-e039d02840a0b9379c",  # legacy Slack
        "IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQDx7kx5ZYv6h2mFqNz8l0pP3dRAuG"
        "5Yp1wQeV0cN8sL9gIgT6hM2jK4fU1xZ3qW8eR5tY7uI9oP0aS2dF4gH6jK8lMqmgIIgf//////////ARAB",
    ],
)
def test_redaction_removes_the_whole_secret(secret: str) -> None:
    for text in (f"token {secret} end", f'"SessionToken": "{secret}",'):
        redacted = redact(text, blocking(scan(text)))
        assert "[REDACTED" in redacted
        for piece in [*secret.split("-")[1:], secret[-12:]]:
            assert piece not in redacted
        assert blocking(scan(redacted)) == []


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("SSH to ip-10-0-1-5.ec2.internal first", "ip-10-0-1-5.ec2.internal"),
        ("node ip-172-31-22-7.us-west-2.compute.internal is NotReady", None),
        ("metadata at http://metadata.google.internal/computeMetadata/v1/", None),
        ("see https://wiki.corp.acme.com/runbooks/rds.", "https://wiki.corp.acme.com/runbooks/rds"),
        ("the portal app.intranet.example.org says", "app.intranet.example.org"),
    ],
)
def test_cloud_internal_host_names_warn(text: str, host: str | None) -> None:
    warned = [text[f.start : f.end] for f in scan(text) if f.kind == "internal_host"]
    assert len(warned) == 1 and not blocking(scan(text))
    if host:
        assert warned == [host]


def test_team_internal_suffixes_warn() -> None:
    text = "Logs are on build7.acme-int.net and ci.example.com."
    warned = [
        text[f.start : f.end]
        for f in scan(text, ScanOptions(internal_domains=["acme-int.net"]))
        if f.kind == "internal_host"
    ]
    assert warned == ["build7.acme-int.net"]
