"""The scanner as a whole: template leftovers, ordering, de-duplication, secrecy, robustness."""

from __future__ import annotations

import logging

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.gate import KINDS, Finding, ScanOptions, blocking, make_finding, scan
from desktop.core.gate.ruleset import load_ruleset
from desktop.core.gate.scanner import _DROPPED_NEAR_BLOCKS, _dedupe, jinja_leftovers
from desktop.core.gate.spans import Intervals
from desktop.core.markers import JINJA_LEFTOVER_RE, fill_marker
from tests.core.gate_samples import AWS_KEY_ID, AWS_SECRET, GITHUB_PAT, JWT, URL_PASSWORD, texts


def test_unfilled_markers_and_jinja_leftovers_block() -> None:
    text = f"Hello {fill_marker('Contact name')},\nyour case {{{{ case_id }}}} is {{% if x %}}open."
    found = [(f.kind, f.fix, text[f.start : f.end]) for f in scan(text)]
    assert found == [
        ("fill_marker", "fill", "[[FILL: Contact name]]"),
        ("jinja_leftover", "remove", "{{ case_id }}"),
        ("jinja_leftover", "remove", "{% if x %}"),
    ]
    assert all(f.blocks for f in scan(text))


def test_template_syntax_inside_code_only_warns() -> None:
    text = "Your template has:\n```\nHi {{ case_id }}\n```\nand `{{ x }}` inline."
    findings = scan(text)
    assert [f.kind for f in findings] == ["jinja_in_code", "jinja_in_code"]
    assert blocking(findings) == []


@pytest.mark.parametrize(
    "text",
    [
        "image: {{ .Values.image }}",  # Helm
        "password: {{ .Values.password | b64enc }}",
        "{{- if .Values.enabled }}on{{- end }}",  # Go template control
        "{{ $.Values.username }} and {{ . }}",
        "run: echo ${{ secrets.DEPLOY_TOKEN }} ${{ env.REGION }}",  # GitHub Actions
        "if: {{ github.event_name == 'push' }}",
    ],
)
def test_other_tools_template_syntax_is_not_a_casewright_leftover(text: str) -> None:
    assert [f.kind for f in scan(text)] == []


def test_our_leftovers_block_and_unknown_names_only_warn() -> None:
    text = "Dear {{ contact_name }}, your {{ htpasswd }} works."
    assert [(f.kind, f.severity) for f in scan(text)] == [
        ("jinja_leftover", "block"),
        ("template_syntax", "warn"),
    ]


def test_findings_are_sorted_and_warnings_inside_a_secret_are_dropped() -> None:
    text = f"b@acme.io then https://admin:{URL_PASSWORD}@54.239.28.85/x and {AWS_KEY_ID}"
    kinds = [f.kind for f in scan(text)]
    assert kinds == ["email", "url-password", "public_ip", "aws-access-token"]
    assert "email" not in [f.kind for f in scan(f"https://admin:{URL_PASSWORD}@acme.io/")]


def test_every_finding_kind_is_registered_with_a_message() -> None:
    text = f"{AWS_KEY_ID} {JWT} {fill_marker('x')} bob@acme.io"
    rules = {rule.id: rule for rule in load_ruleset().rules}
    for finding in scan(text, ScanOptions(grammar_issues=[(0, 1, "m")])):
        assert finding.message and finding.label
        if finding.kind in rules:  # a secret rule of resources/gate/rules.toml
            assert finding.severity == rules[finding.kind].spec.severity
        else:
            assert finding.severity == KINDS[finding.kind].severity


def test_secrets_never_reach_logs_messages_or_reprs(caplog: pytest.LogCaptureFixture) -> None:
    secrets = [AWS_KEY_ID, AWS_SECRET, GITHUB_PAT, JWT, URL_PASSWORD]
    text = (
        f"id {AWS_KEY_ID}\naws_secret_access_key={AWS_SECRET}\n{GITHUB_PAT}\n{JWT}\n"
        f"https://u:{URL_PASSWORD}@h.io"
    )
    with caplog.at_level(logging.DEBUG):
        findings = scan(text)
    assert len(blocking(findings)) == 5
    shown = caplog.text + "".join(repr(f) + str(f.to_dict()) for f in findings)
    for secret in secrets:
        assert secret not in shown


@settings(max_examples=150, deadline=None)
@given(texts)
def test_scanner_never_crashes_and_spans_stay_inside_the_text(text: str) -> None:
    findings = scan(text, ScanOptions(escalation_text=text[: len(text) // 2]))
    for finding in findings:
        assert 0 <= finding.start < finding.end <= len(text)
    assert findings == sorted(findings, key=lambda f: (f.start, f.end, f.kind))


@pytest.mark.timeout(120)  # a hang guard: catastrophic backtracking would take hours
def test_large_adversarial_input_finishes() -> None:
    # Each of these once took seconds: a regex retried a long run at every position.
    for nasty in ("A" * 60000, "a." * 30000 + "corp", "{{ " * 20000, "x://" + "b" * 30000):
        for finding in scan(nasty):
            assert 0 <= finding.start < finding.end <= len(nasty)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["{", "}", "%", "#", "{{", "}}", "x", "\n", " "]), max_size=30))
def test_linear_jinja_search_finds_what_the_shared_regex_finds(parts: list[str]) -> None:
    text = "".join(parts)
    expected = [m.span() for m in JINJA_LEFTOVER_RE.finditer(text)]
    assert list(jinja_leftovers(text)) == expected


def _naive_dedupe(findings: list[Finding]) -> list[Finding]:
    """The quadratic definition the scanner's de-duplication must agree with."""
    unique = list({(f.start, f.end, f.kind): f for f in findings if f.start < f.end}.values())
    ordered = sorted(unique, key=lambda f: (not f.blocks, f.start, -(f.end - f.start)))
    kept: list[Finding] = []
    for f in ordered:
        covered = any(k.start <= f.start and f.end <= k.end and k.kind != "grammar" for k in kept)
        restates_block = f.kind in _DROPPED_NEAR_BLOCKS and any(
            k.blocks and k.start < f.end and f.start < k.end for k in kept
        )
        if not covered and not restates_block:
            kept.append(f)
    return sorted(kept, key=lambda f: (f.start, f.end, f.kind))


spans = st.tuples(st.integers(0, 30), st.integers(1, 12))
kinds = st.sampled_from(["fill_marker", "jinja_leftover", "email", "grammar", "escalation_text"])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(kinds, spans), max_size=12))
def test_fast_dedupe_matches_the_simple_definition(raw: list[tuple[str, tuple[int, int]]]) -> None:
    findings = [make_finding(kind, start, start + length) for kind, (start, length) in raw]
    assert _dedupe(findings) == _naive_dedupe(findings)


@pytest.mark.timeout(120)  # a hang guard: the old quadratic de-duplication took minutes
def test_many_findings_are_all_reported() -> None:
    text = "user=bob@acme.io from 54.239.28.85\n" * 20000
    findings = scan(text)
    assert len(findings) == 40000


@settings(max_examples=200, deadline=None)
@given(st.lists(spans, max_size=10), spans)
def test_interval_queries_match_a_plain_search(
    raw: list[tuple[int, int]], probe: tuple[int, int]
) -> None:
    pairs = [(start, start + length) for start, length in raw]
    start, end = probe[0], probe[0] + probe[1]
    intervals = Intervals(pairs)
    assert intervals.contains(start, end) == any(a <= start and end <= b for a, b in pairs)
    assert intervals.overlaps(start, end) == any(a < end and start < b for a, b in pairs)
