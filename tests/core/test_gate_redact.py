"""Redaction: typed markers by span, several at once, and nothing else in the text changes."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.gate import (
    Finding,
    blocking,
    make_finding,
    redact,
    redaction_marker,
    remove,
    scan,
    shift_after_edit,
)
from tests.core.gate_samples import (
    AWS_KEY_ID,
    AWS_SECRET,
    GITHUB_PAT,
    JWT,
    PEM_KEY,
    URL_PASSWORD,
    texts,
)


def test_access_key_becomes_a_typed_marker() -> None:
    text = f"Your key {AWS_KEY_ID} was used."
    assert redact(text, scan(text)) == "Your key [REDACTED: AWS access key] was used."


def test_several_redactions_keep_every_other_offset_right() -> None:
    text = (
        f"A {AWS_KEY_ID} B\naws_secret_access_key={AWS_SECRET}\nC {GITHUB_PAT} D "
        f"https://me:{URL_PASSWORD}@db.acme.io E {JWT} F\n{PEM_KEY}\nG"
    )
    assert redact(text, scan(text)) == (
        "A [REDACTED: AWS access key] B\naws_secret_access_key=[REDACTED: AWS secret key]\n"
        "C [REDACTED: GitHub token] D https://me:[REDACTED: password]@db.acme.io "
        "E [REDACTED: JSON Web Token] F\n[REDACTED: private key]\nG"
    )


def test_order_of_findings_does_not_matter() -> None:
    text = f"{AWS_KEY_ID} and {GITHUB_PAT}"
    findings = scan(text)
    assert redact(text, findings) == redact(text, list(reversed(findings)))


def test_overlapping_spans_become_one_marker() -> None:
    text = "0123456789"
    findings = [make_finding("email", 2, 6), make_finding("public_ip", 4, 8)]
    assert redact(text, findings) == "01[REDACTED: email address]89"


def test_spans_outside_the_text_are_clipped() -> None:
    assert redact("abc", [make_finding("email", 1, 99)]) == "a[REDACTED: email address]"
    assert redact("abc", [make_finding("email", 5, 9)]) == "abc"


def test_remove_deletes_leftovers() -> None:
    text = "Hi {{ name }}, thanks."
    assert remove(text, scan(text)) == "Hi , thanks."


def test_unknown_kind_still_gets_a_readable_marker() -> None:
    assert redaction_marker("license_key") == "[REDACTED: license key]"


def test_shift_after_edit_moves_later_findings_and_drops_touched_ones() -> None:
    finding = make_finding("email", 20, 30)
    assert shift_after_edit(finding, 0, 5, 12) == Finding(
        "email", "warn", 27, 37, finding.message, "redact"
    )
    assert shift_after_edit(finding, 30, 35, 0) == finding
    assert shift_after_edit(finding, 25, 26, 3) is None


@settings(max_examples=150, deadline=None)
@given(texts)
def test_redacting_all_findings_leaves_nothing_blocking(text: str) -> None:
    # Redacting can expose a secret that was glued to another one (a key directly followed by
    # a private-key header only has a word boundary once the header becomes a marker), so the
    # gate rescans after every fix; two more rounds must always be enough.
    redacted = text
    for _round in range(3):
        findings = scan(redacted)
        if not blocking(findings):
            break
        redacted = redact(redacted, findings)
    assert blocking(scan(redacted)) == []


def test_a_key_glued_to_a_private_key_header_is_caught_on_the_rescan() -> None:
    text = f"{AWS_KEY_ID}PuTTY-User-Key-File-2: x\nPrivate-Lines: 1\n{AWS_KEY_ID}"
    once = redact(text, scan(text))
    assert [f.kind for f in blocking(scan(once))] == ["aws-access-token"]
    twice = redact(once, scan(once))
    assert AWS_KEY_ID not in twice and blocking(scan(twice)) == []


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=40), st.text(max_size=40), st.sampled_from([AWS_KEY_ID, GITHUB_PAT]))
def test_redaction_never_corrupts_surrounding_text(before: str, after: str, secret: str) -> None:
    text = f"{before} {secret} {after}"
    findings = [f for f in scan(text) if text[f.start : f.end] == secret]
    assert len(findings) == 1
    assert (
        redact(text, findings)
        == f"{before} {redaction_marker(findings[0].kind, findings[0].label)} {after}"
    )


@settings(max_examples=100, deadline=None)
@given(texts, st.data())
def test_each_single_redaction_replaces_exactly_its_span(text: str, data: st.DataObject) -> None:
    findings = scan(text)
    if not findings:
        return
    finding = data.draw(st.sampled_from(findings))
    expected = (
        text[: finding.start] + redaction_marker(finding.kind, finding.label) + text[finding.end :]
    )
    assert redact(text, [finding]) == expected
