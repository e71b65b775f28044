"""The open case model: what it holds, and the change record each edit produces."""

from __future__ import annotations

import logging

import pytest

from desktop.core.case import FACT_NAMES, REPLY, CaseFacts
from desktop.core.open_case import CaseChanges, OpenCase


def _opened(records: list[CaseChanges]) -> OpenCase:
    case = OpenCase()
    case.subscribe(records.append)
    case.open(7, CaseFacts(case_id="CASE-7", subject="RDS times out"), {REPLY: "Hello"})
    return case


def test_opening_a_case_tells_listeners_that_everything_is_new() -> None:
    records: list[CaseChanges] = []
    case = _opened(records)
    (opened,) = records
    assert opened.key == 7 and opened.opened and opened.title_changed
    assert opened.facts == frozenset(FACT_NAMES) and opened.touches_document("escalation")
    assert case.facts.subject == "RDS times out" and case.document(REPLY) == "Hello"
    assert case.document("escalation") == "" and not case.has_document("escalation")


def test_an_edit_names_only_the_facts_that_differ() -> None:
    records: list[CaseChanges] = []
    case = _opened(records)
    form = object()
    edited = CaseFacts(case_id="CASE-7", subject="RDS times out", region="eu-west-1")
    changes = case.set_facts(edited, origin=form)
    assert changes.facts == {"region"} and changes.origin is form and not changes.opened
    assert not changes.title_changed and not changes.touches_document(REPLY)
    assert changes.touches_fact("region") and not changes.touches_fact("subject")
    assert records[-1] is changes and case.facts.region == "eu-west-1"
    assert case.set_fact("subject", "RDS refuses connections").title_changed


def test_setting_what_is_already_there_tells_nobody() -> None:
    records: list[CaseChanges] = []
    case = _opened(records)
    assert case.set_facts(case.facts).empty
    assert case.set_document(REPLY, "Hello").empty
    assert len(records) == 1


def test_the_facts_handed_out_are_a_copy() -> None:
    case = _opened([])
    facts = case.facts
    facts.subject = "changed behind the model's back"
    assert case.facts.subject == "RDS times out"


def test_an_edited_document_is_read_from_its_pane_until_the_next_case_opens() -> None:
    records: list[CaseChanges] = []
    case = _opened(records)
    editor = ["Hello, Alex"]
    changes = case.edit_document(REPLY, lambda: editor[0], origin="reply editor")
    assert changes.documents == {REPLY} and changes.facts == frozenset()
    editor[0] = "Hello, Alex. The fix is live."
    assert case.document(REPLY) == "Hello, Alex. The fix is live."
    case.open(8, CaseFacts(), {REPLY: "Second case"})
    editor[0] = "typed into the old case's editor"
    assert case.document(REPLY) == "Second case"


def test_a_document_shown_in_a_pane_is_read_from_it_without_a_change_record() -> None:
    records: list[CaseChanges] = []
    case = _opened(records)
    pane = ["Hello (as the pane reformatted it)"]
    case.show_in(REPLY, lambda: pane[0])
    assert case.document(REPLY) == "Hello (as the pane reformatted it)" and len(records) == 1
    case.pane_gone(REPLY)  # its feature was taken out: the text it was opened with stays
    assert case.document(REPLY) == "Hello"


def test_text_set_from_outside_replaces_the_pane_reading() -> None:
    case = _opened([])
    case.edit_document(REPLY, lambda: "typed")
    changes = case.set_document(REPLY, "saved by another Casewright")
    assert changes.documents == {REPLY} and changes.origin is None
    assert case.document(REPLY) == "saved by another Casewright"


def test_a_document_read_late_is_learnt_without_telling_anyone() -> None:
    records: list[CaseChanges] = []
    case = _opened(records)
    case.add_document("checklist", '{"steps": []}')
    case.add_document(REPLY, "not over the reply it was opened with")
    assert case.document("checklist") == '{"steps": []}' and case.document(REPLY) == "Hello"
    assert len(records) == 1


def test_a_failing_listener_does_not_keep_the_others_stale(
    caplog: pytest.LogCaptureFixture,
) -> None:
    case = OpenCase()
    heard: list[CaseChanges] = []

    def broken(_changes: CaseChanges) -> None:
        raise RuntimeError("listener bug")

    case.subscribe(broken)
    case.subscribe(heard.append)
    with caplog.at_level(logging.ERROR):
        case.open(1, CaseFacts(), {})
    assert len(heard) == 1 and "listener of the open case failed" in caplog.text


def test_an_unsubscribed_listener_hears_nothing_more() -> None:
    case = OpenCase()
    heard: list[CaseChanges] = []
    stop = case.subscribe(heard.append)
    case.open(1, CaseFacts(), {})
    stop()
    stop()  # twice is harmless
    case.set_fact("subject", "after")
    assert len(heard) == 1


def test_an_unknown_fact_is_refused() -> None:
    with pytest.raises(KeyError, match="no such case fact"):
        OpenCase().set_fact("priority", "p1")
