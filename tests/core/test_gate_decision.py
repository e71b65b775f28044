"""The send decision: blocks need a fix or a typed reason per finding; warnings a "send anyway"."""

from __future__ import annotations

from desktop.core.gate import decide, finding_key, redact, scan, valid_override_reason
from tests.core.gate_samples import AWS_KEY_ID


def test_text_with_an_access_key_cannot_be_sent_until_redacted() -> None:
    text = f"Please rotate {AWS_KEY_ID}."
    verdict = decide(scan(text))
    assert not verdict.allowed
    assert [f.kind for f in verdict.unresolved_blocks] == ["aws-access-token"]
    assert decide(scan(redact(text, scan(text)))).allowed


def test_a_block_is_overridden_only_with_a_real_typed_reason() -> None:
    findings = scan(f"key {AWS_KEY_ID}")
    key = finding_key(findings[0])
    assert not decide(findings, {key: "  ok "}).allowed
    assert decide(findings, {key: "Customer's own key, already deactivated"}).allowed
    assert not valid_override_reason("")


def test_an_override_for_one_finding_does_not_cover_another() -> None:
    findings = scan(f"{AWS_KEY_ID} and again {AWS_KEY_ID}")
    verdict = decide(findings, {finding_key(findings[0]): "already rotated by customer"})
    assert [f.start for f in verdict.unresolved_blocks] == [findings[1].start]


def test_warnings_need_send_anyway() -> None:
    findings = scan("Reach me at bob@acme.io")
    assert not decide(findings).allowed
    assert decide(findings).unacknowledged_warnings == tuple(findings)
    assert decide(findings, warnings_acknowledged=True).allowed


def test_clean_text_is_allowed() -> None:
    verdict = decide(scan("Thanks for your patience."))
    assert verdict.allowed
    assert verdict.unresolved_blocks == ()
