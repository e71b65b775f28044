"""The completeness meter: findings, score and readiness for whole notes."""

from __future__ import annotations

from desktop.core.escalation import MISSING, REQUIRED_FIELDS, WEAK, EscalationNote, assess
from desktop.core.escalation.samples import sample_note


def test_complete_note_is_ready_with_full_score() -> None:
    result = assess(sample_note())
    assert result.findings == ()
    assert result.score == 100 and result.is_ready


def test_empty_note_lists_each_required_field_once() -> None:
    result = assess(EscalationNote())
    assert not result.is_ready and result.score == 0
    assert [f.field for f in result.missing] == list(REQUIRED_FIELDS)
    # Dedicated rules give the more useful message.
    assert "write 'none'" in result.for_field("workaround")[0].message
    assert "eu-west-1" in result.for_field("region")[0].message


def test_weak_findings_lower_the_score_but_do_not_block() -> None:
    note = sample_note().with_changes(summary="Lambda doesn't work", ask="Please investigate")
    result = assess(note)
    assert result.is_ready
    assert {(f.field, f.level) for f in result.findings} == {("summary", WEAK), ("ask", WEAK)}
    assert 0 < result.score < 100


def test_missing_required_field_blocks_and_hides_weak_findings_on_it() -> None:
    result = assess(sample_note().with_changes(region=""))
    assert not result.is_ready
    assert [(f.field, f.level) for f in result.findings] == [("region", MISSING)]


def test_two_different_weaknesses_of_one_field_are_both_listed() -> None:
    result = assess(sample_note().with_changes(summary="Please increase it"))
    rules = sorted(f.rule for f in result.for_field("summary"))
    assert rules == ["summary_proposes_fix", "summary_too_vague"]


def test_missing_findings_come_first_in_field_order() -> None:
    note = sample_note().with_changes(summary="broken", ask="", tried="")
    levels = [f.level for f in assess(note).findings]
    assert levels == [MISSING, MISSING, WEAK]
    assert [f.field for f in assess(note).missing] == ["tried", "ask"]
