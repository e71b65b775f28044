"""Non-prose spans: code, URLs, IDs, paths, command lines and identifiers are found."""

from __future__ import annotations

import pytest

from desktop.core.grammar.masking import inside, merge_spans, non_prose_spans


def _masked(text: str) -> list[str]:
    return [text[start:end] for start, end in non_prose_spans(text)]


@pytest.mark.parametrize(
    "snippet",
    [
        "`kubectl get pods`",
        "https://docs.aws.amazon.com/eks/latest/userguide/what-is-eks.html",
        "arn:aws:iam::123456789012:role/eks-node-role",
        "3f2a9c1e-1b2c-4d5e-8f90-abcdef123456",
        "i-0abc123def4567890",
        "vol-0123456789abcdef0",
        "a3f9c2e1b7d4",
        "/var/log/messages",
        "~/.aws/config",
        "C:\\Users\\anna\\app.log",
        "describeInstances",
        "CloudWatch",
        "CPUUtilization",
        "max_retries",
        "support@example.com",
        "us-east-1",
        "--instance-ids",
        "[[FILL: Contact name]]",
    ],
)
def test_each_kind_of_non_prose_is_masked_whole(snippet: str) -> None:
    text = f"Please look at {snippet} today."
    start = text.index(snippet)
    assert inside(non_prose_spans(text), start, start + len(snippet)), _masked(text)


def test_trailing_sentence_punctuation_stays_prose() -> None:
    text = "See https://example.com/a/b.html. Then /var/log/messages. Done."
    assert _masked(text) == ["https://example.com/a/b.html", "/var/log/messages"]


def test_fenced_and_indented_code_blocks_are_masked() -> None:
    text = (
        "Run this:\n\n```bash\nteh comand --flag\n```\n\nor\n\n    mispelled indented code\n\nOK."
    )
    masked = "".join(_masked(text))
    assert "teh comand" in masked
    assert "mispelled indented code" in masked
    assert "Run this" not in masked and "OK." not in masked


def test_command_lines_are_masked() -> None:
    text = "Try:\n$ aws s3 ls s3://bucket\nkubectl rollout restart deploy/web\nThanks."
    assert "$ aws s3 ls s3://bucket" in _masked(text)
    assert "kubectl rollout restart deploy/web" in _masked(text)


def test_plain_prose_is_not_masked() -> None:
    text = "Thank you for your patience, e.g. while we restart and/or resize the cluster."
    assert _masked(text) == []


def test_merge_spans_joins_overlaps_and_touching() -> None:
    assert merge_spans([(5, 8), (0, 2), (2, 4), (7, 10)]) == [(0, 4), (5, 10)]
