"""The escalation note reaches the gate as text, whether it is stored as text or as JSON."""

from __future__ import annotations

import json

from desktop.ui.send_gate.options import escalation_plain_text


def test_plain_text_is_used_as_is() -> None:
    assert escalation_plain_text("Summary: proxy pins connections") == (
        "Summary: proxy pins connections"
    )


def test_json_notes_give_their_string_values_one_a_line() -> None:
    note = {"summary": "Proxy pins connections", "steps": ["Open 500 sessions", ""], "n": 3}
    assert escalation_plain_text(json.dumps(note)) == "Proxy pins connections\nOpen 500 sessions"


def test_text_that_only_looks_like_json_stays_text() -> None:
    assert escalation_plain_text("{not json} but a note") == "{not json} but a note"
