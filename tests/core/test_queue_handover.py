"""The shift handover note: open cases touched in the shift, fields a receiving engineer needs,
and secrets in a pasted customer message never spread through it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from desktop.core.case import CaseFacts
from desktop.core.queue.board import QueueConfig, build_queue
from desktop.core.queue.handover import HandoverNote, build_handover, two_lines
from desktop.core.queue.timeline import add_customer_message, mark_reply_sent
from desktop.core.queue.work import CaseWork, save_work
from desktop.core.severity.catalog import load_definitions
from desktop.core.store import Store

KEY = "AKIA" + "Z3MSXQ7ZLQ2T4NHD"


def _note(store: Store, since: timedelta = timedelta(hours=8)) -> HandoverNote:
    entries = build_queue(store, QueueConfig(load_definitions()))
    return build_handover(
        entries, since=since, team_zone=ZoneInfo("America/New_York"), team_zone_name="US East"
    )


def test_the_note_lists_open_touched_cases_with_what_the_next_shift_needs(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    try:
        waiting = store.create_case(
            CaseFacts(
                case_id="17330000001",
                subject="RDS failover",
                customer_org="Example Retail",
                severity="high",
                status="waiting on customer",
                region="ap-northeast-1",
            )
        )
        add_customer_message(store, waiting.key, "Line one.\n\nLine two.\nLine three.")
        mark_reply_sent(store, waiting.key, "Hello,\nPlease send the error log.\nThanks")
        save_work(store, waiting.key, CaseWork(next_step="Read the error log when it arrives"))
        closed = store.create_case(CaseFacts(case_id="17330000002", status="closed"))
        note = _note(store)
    finally:
        store.close()
    markdown = note.markdown
    assert "## 17330000001 · RDS failover" in markdown
    assert "17330000002" not in markdown and closed.key
    assert "- Customer: Example Retail (Asia/Tokyo)" in markdown
    assert "- Next step: Read the error log when it arrives" in markdown
    assert "- Blocked on: the customer" in markdown
    assert "  > Line one.\n  > Line two.\n" in markdown and "Line three" not in markdown
    assert "  > Hello,\n  > Please send the error log.\n" in markdown
    assert " UTC / " in markdown and ("EST" in markdown or "EDT" in markdown)
    [case] = note.cases
    assert case["due"].endswith("Z") and case["blocked_on"] == "the customer"


def test_secrets_in_a_customer_message_are_redacted_in_both_formats(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    try:
        case = store.create_case(CaseFacts(case_id="1", subject="keys", severity="urgent"))
        add_customer_message(store, case.key, f"Our key is {KEY}, please check")
        note = _note(store)
    finally:
        store.close()
    assert KEY not in note.markdown
    assert "[REDACTED: AWS access key]" in note.markdown
    assert KEY not in str(note.cases)
    assert note.redactions == 1


def test_cases_not_touched_in_the_shift_are_left_out(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    try:
        case = store.create_case(CaseFacts(case_id="OLD"))
        long_ago = (datetime.now(UTC) - timedelta(days=2)).isoformat()
        with store.write() as db:
            db.execute("UPDATE cases SET updated_at = ? WHERE key = ?", (long_ago, case.key))
        assert "OLD" not in _note(store).markdown
        assert "OLD" in _note(store, timedelta(days=3)).markdown
    finally:
        store.close()


def test_two_lines_cuts_long_lines() -> None:
    assert two_lines("a" * 200).endswith("…") and len(two_lines("a" * 200)) == 140
