"""Checklists survive the case store (JSON) and hand-off (YAML); bad input is explained."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.checklist import (
    FAILED,
    STATUSES,
    Checklist,
    ChecklistFormatError,
    Step,
    checklist_from_json,
    checklist_from_yaml,
    checklist_to_json,
    checklist_to_yaml,
)
from desktop.core.checklist.samples import sample_checklist

# Any text a user can type or paste, including newlines, tabs, CJK, emoji and control characters;
# only lone surrogates are left out (they cannot be stored as UTF-8 at all).
any_text = st.text(st.characters(exclude_categories=["Cs"]), max_size=40)
typical_text = st.sampled_from(
    ["", "aws ecs describe-tasks --cluster prod", "null", "1.20", "yes", "- a", "a: b", "  x  \n"]
)
field_text = st.one_of(any_text, typical_text)

steps = st.builds(
    Step,
    action=field_text,
    expected=field_text,
    actual=field_text,
    status=st.sampled_from(STATUSES),
    evidence=field_text,
)
checklists = st.builds(
    Checklist,
    title=field_text,
    service=field_text,
    region=field_text,
    versions=field_text,
    settings=field_text,
    preconditions=field_text,
    steps=st.lists(steps, max_size=5).map(tuple),
)


@settings(max_examples=200)
@given(checklists)
def test_any_checklist_survives_yaml_export_and_import(checklist: Checklist) -> None:
    assert checklist_from_yaml(checklist_to_yaml(checklist)) == checklist


@settings(max_examples=150)
@given(checklists)
def test_any_checklist_survives_the_json_document(checklist: Checklist) -> None:
    document = checklist_to_json(checklist)
    assert json.loads(document)["version"] == 1
    assert checklist_from_json(document) == checklist


def test_yaml_export_is_readable_for_a_person() -> None:
    text = checklist_to_yaml(sample_checklist())
    assert text.startswith("# Casewright reproduction checklist\n")
    assert "region: eu-west-1" in text
    assert "status: failed" in text
    # Steps never run carry no noise ("actual: ''", "status: not_run").
    assert "not_run" not in text


def test_multiline_actions_are_written_as_blocks() -> None:
    checklist = Checklist(steps=(Step(action="aws ecs describe-tasks \\\n  --cluster prod"),))
    text = checklist_to_yaml(checklist)
    assert "action: |" in text
    assert "  --cluster prod" in text


def test_versions_stay_text_not_numbers() -> None:
    checklist = checklist_from_yaml("title: t\nenvironment:\n  versions: 1.20\n")
    assert checklist.versions == "1.20"


def test_hand_written_yaml_with_free_text_environment_and_loose_status() -> None:
    text = (
        "title: Lambda timeout\n"
        "environment: Function in a VPC without NAT\n"
        "steps:\n"
        "  - action: aws lambda invoke --function-name f out.json\n"
        "    expected: StatusCode 200\n"
        "    status: Failed\n"
    )
    checklist = checklist_from_yaml(text)
    assert checklist.preconditions == "Function in a VPC without NAT"
    assert checklist.steps[0].status == FAILED


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("title: x\nsteps:\n  - action: [unclosed\n", 4, "not valid YAML"),
        ("title: x\n  bad indent: y\n", 2, "not valid YAML"),
        ("title: x\nsteps:\n  - action: a\n    status: done\n", 4, "'done' is not a status"),
        ("title: x\nsteps:\n  - action: a\n  - expcted: b\n", 4, "unknown key"),
        ("title: x\nsteps: run it\n", 2, "expected a list of steps"),
        ("- just\n- a list\n", 1, "expected a mapping"),
        ("title: x\ntitle: y\n", 2, "appears twice"),
        ("title: [a, b]\n", 1, "expected text"),
        ("", 1, "empty"),
        ("version: 7\ntitle: x\n", 1, "version"),
    ],
)
def test_malformed_yaml_names_the_line(text: str, line: int, words: str) -> None:
    with pytest.raises(ChecklistFormatError) as caught:
        checklist_from_yaml(text, source="handoff.yaml")
    assert caught.value.line == line
    assert words in caught.value.message
    assert str(caught.value).startswith(f"handoff.yaml, line {line}: ")


def test_yaml_that_tries_to_build_python_objects_is_refused_or_inert() -> None:
    text = "title: !!python/object/apply:os.system ['echo hacked']\n"
    with pytest.raises(ChecklistFormatError):
        checklist_from_yaml(text)


def test_broken_json_document_reports_line() -> None:
    with pytest.raises(ChecklistFormatError) as caught:
        checklist_from_json('{\n"title": "x",\n}')
    assert caught.value.line == 3


def test_json_document_with_wrong_shape_is_refused() -> None:
    with pytest.raises(ChecklistFormatError, match="step 1: action: expected text"):
        checklist_from_json(json.dumps({"version": 1, "steps": [{"action": 5}]}))


def test_a_template_file_imports_as_a_checklist() -> None:
    text = "title: T\ndescription: d\ntags: [a]\nsteps:\n  - action: a\n    expected: b\n"
    assert checklist_from_yaml(text) == Checklist(title="T", steps=(Step("a", "b"),))
