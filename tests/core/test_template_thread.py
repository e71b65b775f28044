"""Templates see the customer's thread and time zone, and show times in UTC or in a zone."""

from __future__ import annotations

from desktop.core.case import CaseFacts
from desktop.core.templating import build_context
from desktop.core.templating.render import render_source

MESSAGES = [
    {"text": "First question", "received_at": "2026-11-28T23:00:00Z"},
    {"text": "Is the fix deployed?", "received_at": "2026-11-29T05:04:00Z"},
]
SOURCE = (
    "{{ case.messages | length }}: {{ case.last_message.text }}\n"
    "{{ case.last_message.received_at | in_utc }} / "
    "{{ case.last_message.received_at | in_zone(case.customer_time_zone) }} "
    "({{ case.customer_time_zone }})\n"
)


def test_a_reply_can_quote_the_last_message_with_its_time_in_both_zones() -> None:
    facts = CaseFacts(region="ap-northeast-1")
    context = build_context(facts, {}, messages=MESSAGES)
    assert render_source(SOURCE, context) == (
        "2: Is the fix deployed?\nSun 29 Nov 05:04 UTC / Sun 29 Nov 14:04 JST (Asia/Tokyo)\n"
    )


def test_the_zone_chosen_for_the_case_wins_over_the_region_guess() -> None:
    context = build_context(
        CaseFacts(region="ap-northeast-1"), {}, messages=MESSAGES, customer_time_zone="Asia/Taipei"
    )
    assert "Sun 29 Nov 13:04 UTC+8 (Asia/Taipei)" in render_source(SOURCE, context)


def test_a_case_without_messages_renders_empty_values() -> None:
    context = build_context(CaseFacts(), {})
    assert render_source(SOURCE, context) == "0: \n /  ()\n"
