"""Escalation output: lossless loading, rendering with case documents, clipboard formats, export."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from desktop.core.case import CaseFacts
from desktop.core.checklist import checklist_to_json
from desktop.core.checklist.samples import sample_checklist
from desktop.core.escalation import (
    DEFAULT_TEMPLATE,
    EscalationNote,
    checklist_from_document,
    escalation_templates,
    load_note,
    markdown_to_html,
    markdown_to_plain_text,
    note_to_json,
    render_escalation,
    severity_from_document,
    write_text_atomically,
)
from desktop.core.escalation.samples import sample_note, sample_severity
from desktop.core.templating import TemplateLibrary

FACTS = CaseFacts(case_id="CASE-7", service="Amazon ECS", region="eu-west-1", severity="urgent")


def _library() -> TemplateLibrary:
    return TemplateLibrary.load(personal=False)


def test_a_structured_note_loads_without_notice() -> None:
    loaded = load_note(note_to_json(sample_note()))
    assert loaded.note == sample_note() and loaded.notice == ""


def test_empty_document_is_an_empty_note() -> None:
    assert load_note("") == load_note("   \n") and load_note("").note == EscalationNote()


@pytest.mark.parametrize(
    "text",
    [
        "Internal: RDS proxy pins connections.\n\nSecond paragraph — 你好 🙂",
        '{"summary": "cut off',  # broken JSON
        '{"version": 99, "summary": "from the future"}',
        '["not", "a", "note"]',
        '{"summary": "x", "colour": "red"}',  # an unknown field
    ],
)
def test_text_that_is_not_a_note_is_kept_whole_in_the_summary(text: str) -> None:
    loaded = load_note(text)
    assert loaded.note.summary == text
    assert "Summary" in loaded.notice


def test_escalation_templates_lists_the_default_first() -> None:
    ids = [entry.id for entry in escalation_templates(_library())]
    assert ids[0] == DEFAULT_TEMPLATE
    assert {"escalation/brief", "escalation/jira-intake"} <= set(ids)
    assert all(i.startswith("escalation/") for i in ids)


def test_render_without_a_checklist_uses_the_note_and_facts() -> None:
    entry = _library().get(DEFAULT_TEMPLATE)
    assert entry is not None
    text = render_escalation(entry, FACTS, sample_note(), engineer_name="Mei Lin")
    assert text.startswith("# Escalation: case CASE-7 (Amazon ECS)")
    assert "Prepared by Mei Lin" in text
    assert "3f1c2a9e-7b4d-4e1a-9c3e-2d5f6a7b8c9d" in text
    assert "[[FILL" not in text


def test_render_with_a_checklist_takes_the_steps_when_the_note_has_none() -> None:
    entry = _library().get(DEFAULT_TEMPLATE)
    assert entry is not None
    note = sample_note().with_changes(steps="")
    without = render_escalation(entry, FACTS, note)
    with_checklist = render_escalation(entry, FACTS, note, checklist=sample_checklist())
    assert "describe-tasks --cluster prod" not in without
    assert "describe-tasks --cluster prod" in with_checklist
    assert "FAILED (issue reproduced)" in with_checklist


def test_a_template_with_its_own_inputs_renders_with_their_defaults() -> None:
    entry = _library().get("escalation/jira-intake")
    assert entry is not None
    text = render_escalation(entry, FACTS, sample_note(), severity=sample_severity())
    assert "| **Issue type** | Bug |" in text


def test_stored_checklist_and_severity_documents_are_read_tolerantly() -> None:
    assert checklist_from_document(checklist_to_json(sample_checklist())) == sample_checklist()
    assert checklist_from_document("") is None
    assert checklist_from_document("{not json") is None
    kept = {"selected": "urgent", "assessed": "high", "reason": "Checkout is slow"}
    stored = json.dumps({"version": 1, **kept, "mismatch": "over", "answers": {}})
    assert severity_from_document(stored) == {**kept, "mismatch": True}
    for broken in ("", "nonsense", "[1, 2]", '{"levels": "x"}', '{"selected": 5}'):
        assert severity_from_document(broken) is None


def test_markdown_becomes_html_without_raw_html() -> None:
    html = markdown_to_html("## Summary\n\n**Ask:** <script>x</script>\n\n| a | b |\n|---|---|\n")
    assert "<h2>Summary</h2>" in html and "<strong>Ask:</strong>" in html
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<table>" in html


def test_plain_text_drops_markup_but_keeps_structure() -> None:
    text = markdown_to_plain_text(
        "# Escalation\n\n_Internal._\n\n## Summary\n\nPods **fail** on `v2`.\n\n"
        "1. Deploy\n   - Expected: ok\n2. Check\n\n"
        "| Field | Value |\n|---|---|\n| **Type** | Bug |\n"
    )
    assert "**" not in text and "#" not in text and "|" not in text and "`" not in text
    assert "Escalation\n==========" in text
    assert "Pods fail on v2." in text
    assert "1. Deploy\n   - Expected: ok\n2. Check" in text
    assert "Type: Bug" in text


def test_atomic_write_replaces_the_file(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "escalation.md"
    target.write_text("old")
    write_text_atomically(target, "# New\n")
    assert target.read_text() == "# New\n"
    assert [p.name for p in folder.iterdir()] == ["escalation.md"]


def test_a_failed_write_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "escalation.md"
    target.write_text("old")

    def disk_full(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(OSError):
        write_text_atomically(target, "# New\n")
    assert target.read_text() == "old"
    assert [p.name for p in folder.iterdir()] == ["escalation.md"]
