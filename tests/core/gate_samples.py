"""Fake credentials and everyday IDs shared by the gate tests (built in pieces, never real)."""

from __future__ import annotations

import base64
import json

from hypothesis import strategies as st


def _b64(obj: object) -> str:
    return base64.urlsafe_b64encode(json.dumps(obj).encode()).decode().rstrip("=")


AWS_KEY_ID = "AKIA" + "Z3MSXQ7ZLQ2T4NHD"
AWS_TEMP_KEY_ID = "ASIA" + "QWERTY2345UIOPZX"
AWS_SECRET = "k2Rf9pQ/x7LmZ3vT8sWnYb4cH6jE1u" + "KoA5dGiPqX"
GITHUB_PAT = "ghp_" + "aB3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY5"
GITHUB_FINE = (
    "github_pat_"
    + "11ABCDEFG0"
    + "Q7mZ2rT9kW"
    + "Ab3Cd5Ef7Gh9Ij1Kl3Mn5Op7Qr9St1Uv3Wx5Yz7Ab9Cd1Ef3Gh5Ij7Kl9Mnabc"
)
SLACK_BOT = "xoxb-" + "2364535789-7812365427364-Gk9wFDQoHqzXDVsC6GzqYUyp"
SLACK_WEBHOOK = "https://hooks.slack.com/services/" + "T0DCUJB1Q/B0DD08H5G/bJtrpFi1fO1JMCcwLx8uZyAg"
JWT = (
    _b64({"alg": "HS256", "typ": "JWT"})
    + "."
    + _b64({"sub": "1234567890", "name": "Jo Bloggs", "iat": 1516239022})
    + ".SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
)
URL_PASSWORD = "S3cr3tPassw0rd"
PEM_KEY = (
    "-----BEGIN RSA PRIVATE KEY-----\n"
    "MIIBOgIBAAJBAKj34GkxFhD90vcNLYLInFEX6Ppy1tPf9Cnzj4p4WGeKLs1Pt8QuKUpR\n"
    "KfFLfRYC9AIKjbJTWit+CqvjWYzvQwECAwEAAQJAIJLixBy2qpFoS4DSmoEmo3qGy0t6\n"
    "z09AIJ==\n"
    "-----END RSA PRIVATE KEY-----"
)
OPENSSH_KEY = (
    "-----BEGIN OPENSSH PRIVATE KEY-----\n"
    "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n"
    "QyNTUxOQAAACDlK3eIu6hG2uXLDLYy1zUxDxNkSNoCqFrSMG7lVJQd0wAAAJhPG7WXTxu1\n"
    "-----END OPENSSH PRIVATE KEY-----"
)
SSH2_KEY = (
    "---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----\n"
    'Comment: "rsa-key-20240101"\n'
    "P2/56wAAAi4AAAA3aWYtbW9kbntzaWdue3JzYS1wa2NzMS1zaGExfSxlbmNyeXB0e3JzYS\n"
    "1wa2NzMXYyLW9hZXB9fQAAAARub25lAAAB3wAAAdsAAAARAQABAAAH/3Kc\n"
    "---- END SSH2 ENCRYPTED PRIVATE KEY ----"
)
PUTTY_KEY = (
    "PuTTY-User-Key-File-2: ssh-rsa\n"
    "Encryption: none\n"
    "Comment: rsa-key-20240101\n"
    "Public-Lines: 1\n"
    "AAAAB3NzaC1yc2EAAAABJQAAAQEAhXp3\n"
    "Private-Lines: 2\n"
    "AAABAQCFenfY2L9kPQ2Gv8t3pa0zJ3Kx\n"
    "TnFq7W9aXc==\n"
    "Private-MAC: 0a1b2c3d4e5f60718293a4b5c6d7e8f901234567"
)

# Everyday support text that must never block.
EVERYDAY = {
    "request id (UUID)": "RequestId: 3f2504e0-4f89-11d3-9a0c-0305e82c3301",
    "image digest": "image@sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
    "git SHA": "fixed in commit 4f9c2b1e8d7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e of the aws-cli repo",
    "full git SHA after secret word": (
        "secret rotation landed in 9fceb02d0ae598e95dc970b74767f19372d61af8"
    ),
    "ETag": 'ETag: "d41d8cd98f00b204e9800998ecf8427e"',
    "multipart ETag": 'ETag: "3858f62230ac3c915f300c664312c11f-9"',
    "MD5 sum": "md5sum: 9e107d9d372bb6826bd81d3542a419d6  backup.tar",
    "upper-case MD5": "Content-MD5 ACCA7D1B54F24A4F8C2D3E5F6A7B8C9D",
    "instance id": "instance i-0abcd1234efab5678 in sg-0123456789abcdef0 and vpc-1a2b3c4d",
    "ARN": "arn:aws:iam::210987654321:role/service-role/AWSLambdaBasicExecutionRole",
    "S3 ARN": "arn:aws:s3:::my-bucket/logs/2024/app.log",
    "S3 extended request id": (
        "x-amz-id-2: eftixk72aD6Ap51TnqcoF8eFidJG9Z/2mkiDFu8yU9AS1ed4OpIszj7UDNEHGran"
    ),
    "S3 host id in aws error": (
        "<HostId>ef8yU9AS1ed4OpIszj7UDNEHGranftixk72aD6Ap51Tnqco</HostId> from aws s3"
    ),
    "AWS example key id": "aws_access_key_id = AKIAIOSFODNN7EXAMPLE",
    "AWS example secret": "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    "other example key": "aws_access_key_id=AKIAI44QH8DHBEXAMPLE",
    "S3 path near aws": "aws s3 cp s3://bucket/folderName/subFolder/fileNameXYZ1 .",
    "key header in prose": "The file must start with -----BEGIN RSA PRIVATE KEY----- exactly.",
    "ppk header in prose": "A .ppk file starts with PuTTY-User-Key-File-2: and is text.",
    "url without password": "https://user@example.com/path and https://console.aws.amazon.com/",
    "url password placeholder": "postgres://admin:<password>@db.internal:5432/app",
    "url password variable": "mysql://root:${DB_PASSWORD}@localhost/app",
    "slack placeholder": "xoxb-xxxxxxxxx-xxxxxxxxxx-xxxxxxxxxxxx",
    "jwt-like non-token": 'eyJ is how base64 of {" starts; eyJhbGciOi.eyJzdWIi.sig is not one',
    "github docs placeholder": "set GITHUB_TOKEN=ghp_XXXXXXXX in your shell",
    "CloudFront id": "X-Amz-Cf-Id: 8eWbdqTnH6kP8yvZqGlFHxhH2Jx0cKqz1sV0l-k4XlZr2N8zJQYwQg==",
    "KMS key id": "KeyId: 1234abcd-12ab-34cd-56ef-1234567890ab",
}

# Text built from fragments that trip rules, plus arbitrary text (for property tests).
FRAGMENTS = [
    AWS_KEY_ID,
    AWS_SECRET,
    GITHUB_PAT,
    JWT,
    "aws_secret_access_key=",
    "-----BEGIN RSA PRIVATE KEY-----\n",
    "-----END RSA PRIVATE KEY-----",
    "PuTTY-User-Key-File-2: x\nPrivate-Lines: 1\n",
    "MIIBOgIBAAJBAKj34GkxFhD90vcNLYLInFEX6Ppy1tPf9Cnzj4p4WGeKLs1Pt8Qu\n",
    "{{",
    "}}",
    "{%",
    "%}",
    "```\n",
    "`",
    "[[FILL: Contact name]]",
    "[[FILL: ",
    "]]",
    "https://",
    "user:",
    "@",
    "acme.corp",
    "54.239.28.85",
    "2600:1f18::1",
    "account 210987654321",
    "api_key=",
    "\n",
    "xoxb-",
    "eyJ",
    "é",
    "😀",
    "中文",
]
texts = st.lists(st.one_of(st.text(max_size=12), st.sampled_from(FRAGMENTS)), max_size=25).map(
    "".join
)
