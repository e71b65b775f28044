"""The escalation note: its fields, its JSON document and its template mapping."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.escalation import (
    FIELD_NAMES,
    FIELDS,
    ITEM_TITLES,
    REQUIRED_FIELDS,
    EscalationFormatError,
    EscalationNote,
    note_from_json,
    note_to_json,
    to_template_context,
)
from desktop.core.escalation.samples import sample_note

# The template contract's ``escalation`` mapping, field for field.
CONTRACT_FIELDS = [
    "summary",
    "service",
    "component",
    "region",
    "versions",
    "environment",
    "steps",
    "reproducibility",
    "reproducibility_detail",
    "expected",
    "actual",
    "impact",
    "severity",
    "severity_justification",
    "workaround",
    "evidence",
    "timeline",
    "tried",
    "ask",
    "suggested_fix",
]

notes = st.builds(
    EscalationNote,
    **{
        name: st.text(st.characters(exclude_categories=["Cs"]), max_size=30)
        for name in CONTRACT_FIELDS
    },
)


def test_fields_match_the_template_contract_and_cover_the_13_items() -> None:
    assert list(FIELD_NAMES) == CONTRACT_FIELDS
    assert sorted({spec.item for spec in FIELDS}) == list(range(1, 14)) == sorted(ITEM_TITLES)
    assert all(spec.label and spec.hint for spec in FIELDS)
    assert "suggested_fix" not in REQUIRED_FIELDS and "summary" in REQUIRED_FIELDS


@settings(max_examples=150)
@given(notes)
def test_any_note_survives_the_json_document(note: EscalationNote) -> None:
    document = note_to_json(note)
    assert json.loads(document)["version"] == 1
    assert note_from_json(document) == note


def test_older_document_missing_fields_reads_them_as_empty() -> None:
    note = note_from_json('{"version": 1, "summary": "S3 returns 403"}')
    assert note.summary == "S3 returns 403" and note.ask == ""


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("{", "not valid JSON (line 1)"),
        ("[]", "must be a JSON object"),
        ('{"version": 2}', "version 2"),
        ('{"summary": 5}', "summary must be text"),
        ('{"sumary": "x"}', "unknown escalation field(s): sumary"),
    ],
)
def test_bad_documents_are_explained(text: str, words: str) -> None:
    with pytest.raises(EscalationFormatError) as caught:
        note_from_json(text)
    assert words in str(caught.value)


def test_with_changes_refuses_unknown_fields() -> None:
    with pytest.raises(KeyError, match="colour"):
        EscalationNote().with_changes(colour="red")


def test_template_context_has_exactly_the_contract_fields_as_text() -> None:
    context = to_template_context(sample_note())
    assert list(context) == CONTRACT_FIELDS
    assert all(isinstance(value, str) for value in context.values())
    assert context["reproducibility"] == "always"


@pytest.mark.parametrize(
    ("stored", "seen"),
    [("Intermittent", "intermittent"), ("not reproduced", "not_reproduced"), ("maybe", "")],
)
def test_template_context_normalises_reproducibility(stored: str, seen: str) -> None:
    assert to_template_context(EscalationNote(reproducibility=stored))["reproducibility"] == seen
