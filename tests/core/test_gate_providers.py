"""Formats gitleaks has few or no samples for, written from the providers' documented shapes."""

from __future__ import annotations

import base64
import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core.gate import blocking, redact, scan

# Fake values in the documented shapes, built in pieces.
STORAGE_KEY = base64.b64encode(bytes(range(7, 71))).decode()  # 64 bytes -> 86 chars + "=="
SAS_SIG = "sig=" + "Zp9kQ2mX7rT4vW8nB3hJ6cF1yL5sD0gA" + "eK2uI8oP4qR%3D"
SESSION_TOKEN = (
    "IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQDx7kx5ZYv6h2mFqNz8l0pP3dRAuG"
    "5Yp1wQeV0cN8sL9gIgT6hM2jK4fU1xZ3qW8eR5tY7uI9oP0aS2dF4gH6jK8lMqmgIIgf//////////ARAB"
)
PEM_BODY = (
    "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQDAC4AWkdwKYSd8\n"
    "Ks14IReLcYgADhoXk56ZzXIuQ2mX7rT4vW8nB3hJ6cF1yL5sD0gAeK2uI8oP4qR\n"
)


def _blocked(text: str) -> list[tuple[str, str]]:
    return [(f.kind, text[f.start : f.end]) for f in blocking(scan(text))]


@pytest.mark.parametrize(
    ("text", "kind", "secret"),
    [
        (
            "DefaultEndpointsProtocol=https;AccountName=acmelogs;"
            f"AccountKey={STORAGE_KEY};EndpointSuffix=core.windows.net",
            "azure-storage-account-key",
            STORAGE_KEY,
        ),
        (
            "Endpoint=sb://acme.servicebus.windows.net/;SharedAccessKeyName=send;"
            "SharedAccessKey=Q2mX7rT4vW8nB3hJ6cF1yL5sD0gAeK2uI8oP4qRz9k8=",
            "azure-shared-access-key",
            "Q2mX7rT4vW8nB3hJ6cF1yL5sD0gAeK2uI8oP4qRz9k8=",
        ),
        (
            "https://acme.blob.core.windows.net/logs/app.log?sv=2022-11-02&ss=b&srt=o&sp=r"
            f"&se=2024-05-01T00:00:00Z&spr=https&{SAS_SIG}",
            "azure-sas-token",
            SAS_SIG[4:],
        ),
        (f'"SessionToken": "{SESSION_TOKEN}"', "aws-session-token", SESSION_TOKEN),
        (
            '{"auths": {"123456789012.dkr.ecr.us-east-1.amazonaws.com": '
            '{"auth": "QVdTOmV5SnBZWFFpT2pFM01qa3lOemcx"}}}',
            "docker-config-auth",
            "QVdTOmV5SnBZWFFpT2pFM01qa3lOemcx",
        ),
        (
            "client_secret: GOCSPX-" + "Zp9kQ2mX7rT4vW8nB3hJ6cF1yL5s",
            "gcp-oauth-client-secret",
            None,
        ),
    ],
)
def test_documented_cloud_formats_block(text: str, kind: str, secret: str | None) -> None:
    found = _blocked(text)
    assert [k for k, _s in found] == [kind]
    if secret:
        assert found[0][1] == secret


def test_a_gcp_service_account_file_blocks_on_its_private_key() -> None:
    key = "-----BEGIN PRIVATE KEY-----\n" + PEM_BODY + "-----END PRIVATE KEY-----\n"
    account = {
        "type": "service_account",
        "project_id": "acme-prod",
        "private_key_id": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b",
        "private_key": key,
        "client_email": "deployer@acme-prod.iam.gserviceaccount.com",
    }
    text = "The customer attached:\n" + json.dumps(account, indent=2)
    found = _blocked(text)
    assert [k for k, _s in found] == ["private-key"]
    assert found[0][1].startswith("-----BEGIN PRIVATE KEY-----\\nMIIE")
    assert found[0][1].endswith("-----END PRIVATE KEY-----")  # escaped \n all the way through
    assert blocking(scan(redact(text, blocking(scan(text))))) == []


@pytest.mark.parametrize(
    "header",
    [
        "RSA PRIVATE KEY",
        "EC PRIVATE KEY",
        "DSA PRIVATE KEY",
        "OPENSSH PRIVATE KEY",
        "ENCRYPTED PRIVATE KEY",
        "PGP PRIVATE KEY BLOCK",
    ],
)
def test_every_pem_kind_blocks_with_its_whole_body(header: str) -> None:
    extra = "Proc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,0A1B2C3D4E5F60718293A4B5C6D7E8F9\n\n"
    key = f"-----BEGIN {header}-----\n{extra}{PEM_BODY}=8xQN\n-----END {header}-----"
    text = f"Here it is:\n{key}\nThanks"
    assert _blocked(text) == [(_blocked(text)[0][0], key)]


def test_list_rules_names_every_rule_its_file_and_severity(tmp_path: Path) -> None:
    team = tmp_path / ".gitleaks.toml"
    team.write_text(
        "[[rules]]\nid = 'acme-lookahead'\nregex = '''acme_(?=[0-9])[0-9]{8}'''\n"
        "[[rules]]\nid = 'acme-broken'\nregex = '''acme([x'''\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "scan", "--list-rules", "--rules", str(team)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=Path(__file__).resolve().parents[2],
    )
    lines = result.stdout.splitlines()
    assert any(
        line.split()[:3] == ["aws-access-token", "block", "resources/gate/rules.toml"]
        for line in lines
    )
    lookahead = next(line for line in lines if line.startswith("acme-lookahead"))
    assert str(team) in lookahead and "re (RE2 cannot compile it)" in lookahead
    assert f"not used: {team}: acme-broken: regex does not compile" in result.stderr
    assert result.returncode == 1  # a rule could not be used
