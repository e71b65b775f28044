"""What the gate panel shows: line numbers, masked excerpts (never the value), fixes, summary."""

from __future__ import annotations

from dataclasses import replace

from desktop.core.gate import make_finding, scan
from desktop.core.gate.decision import decide
from desktop.core.gate.review import describe, excerpt, fix_replacement, line_number, mask_value
from tests.core.gate_samples import AWS_KEY_ID, AWS_SECRET, GITHUB_PAT


def test_line_numbers_are_one_based() -> None:
    text = "a\nb\nc"
    assert [line_number(text, i) for i in (0, 2, 4)] == [1, 2, 3]


def test_secrets_are_masked_but_keep_a_recognisable_prefix() -> None:
    assert mask_value("aws-access-token", AWS_KEY_ID) == "AKIA••••••••"
    assert mask_value("email", "bo@contoso.com") == "••••••••"
    assert mask_value("fill_marker", "[[FILL: name]]") == "[[FILL: name]]"


def test_an_excerpt_masks_neighbouring_secrets_too() -> None:
    text = f"id={AWS_KEY_ID} aws_secret_access_key={AWS_SECRET} token {GITHUB_PAT}"
    findings = scan(text)
    assert {f.kind for f in findings} >= {"aws-access-token", "aws-secret-access-key"}
    for view in describe(text, findings):
        for secret in (AWS_KEY_ID, AWS_SECRET, GITHUB_PAT, AWS_SECRET[:12], GITHUB_PAT[4:12]):
            assert secret not in view.excerpt
    first = excerpt(text, findings[0], findings)
    assert first.startswith("id=AKIA••••••••")


def test_excerpts_stay_on_the_finding_line() -> None:
    text = "first line\nThe key is " + AWS_KEY_ID + " here.\nlast line"
    (finding,) = scan(text)
    view = describe(text, [finding])[0]
    assert view.line == 2
    assert view.excerpt == "The key is AKIA•••••••• here."


def test_blocks_are_listed_first_and_the_list_is_capped() -> None:
    text = "mail bo@contoso-mail.com\n" * 3 + f"key {AWS_KEY_ID}\n"
    views = describe(text, scan(text), limit=2)
    assert [v.finding.severity for v in views] == ["block", "warn"]


def test_fixes() -> None:
    assert fix_replacement(scan(AWS_KEY_ID)[0]) == "[REDACTED: AWS access key]"
    assert fix_replacement(make_finding("jinja_leftover", 0, 5)) == ""
    assert fix_replacement(make_finding("fill_marker", 0, 5)) is None
    assert fix_replacement(make_finding("grammar", 0, 5)) is None


def test_summary_says_what_stands_in_the_way() -> None:
    from desktop.core.gate.review import summary

    block = scan(AWS_KEY_ID)[0]
    warn = make_finding("email", 30, 40)
    assert summary(decide([block, warn])) == (
        "1 finding blocks sending (and 1 warning): fix or override each one."
    )
    assert summary(decide([warn])) == "1 warning to review; fix them or choose Send anyway."
    overridden = decide([block], {("aws-access-token", 0, 20): "customer's test key"})
    assert summary(overridden, 1) == "Nothing blocks sending. 1 overridden with a reason."
    assert summary(decide([block])) == "1 finding blocks sending: fix or override each one."
    two = scan(f"{AWS_KEY_ID} and {GITHUB_PAT}")
    assert summary(decide(two)) == "2 findings block sending: fix or override each one."


def test_redact_all_takes_the_secrets_and_leaves_the_warnings() -> None:
    from desktop.core.gate.redact import secrets_to_redact

    text = f"mail sam@acme.example, key {AWS_KEY_ID}, token {GITHUB_PAT}"
    email = make_finding("email", 5, 21)  # a warning: often meant for the customer
    findings = [email, *scan(text)]
    assert not email.blocks and {f.kind for f in findings if f.blocks} == {
        "aws-access-token",
        "github-token",
    }
    chosen = secrets_to_redact(findings)
    assert [text[f.start : f.end] for f in chosen] == [AWS_KEY_ID, GITHUB_PAT]  # in text order
    overlapping = replace(chosen[0], start=chosen[0].start + 2, end=chosen[0].end + 2)
    assert secrets_to_redact([*chosen, overlapping]) == chosen  # never two fixes on one span
