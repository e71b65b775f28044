"""Reading the checklist document kept with a case never fails, and says what it did."""

from __future__ import annotations

import pytest

from desktop.core.checklist import Checklist, checklist_to_json, read_stored_checklist
from desktop.core.checklist.samples import sample_checklist


def test_a_saved_checklist_reads_back() -> None:
    checklist = sample_checklist()
    assert read_stored_checklist(checklist_to_json(checklist)) == (checklist, "")


@pytest.mark.parametrize("text", ["", "   \n"])
def test_no_document_is_a_blank_checklist_without_a_message(text: str) -> None:
    assert read_stored_checklist(text) == (Checklist(), "")


@pytest.mark.parametrize(
    "text", ['{"steps": "x"}', '{"version": 2}', '{"title": ', "[]", "null", '"text"', "42"]
)
def test_a_damaged_document_is_blank_with_a_message(text: str) -> None:
    checklist, message = read_stored_checklist(text)
    assert checklist == Checklist()
    assert "could not be read" in message and "history" in message


def test_legacy_plain_text_is_kept_as_preconditions() -> None:
    checklist, message = read_stored_checklist("restart the task, then check the logs")
    assert checklist.preconditions == "restart the task, then check the logs"
    assert "plain text" in message
