"""Template metadata: parsed from the leading comment, problems reported on the true line."""

from __future__ import annotations

import pytest

from desktop.core.templating import parse_metadata
from desktop.core.templating.metadata import quick_summary

GOOD = """{#-- casewright
title: Acknowledge a new case
description: "First reply: we have the case."
tags: [acknowledgement, first-response]
language: en
audience: customer          # or product-team
variables:
  next_update_hours:
    label: Next update in (hours)
    help: When the customer will hear from us next.
    kind: text
    default: "4"
    required: true
    sample: "4"
  urgency:
    kind: choice
    choices: [low, high]
    sample: high
  include_logs:
    kind: bool
--#}
Body {{ next_update_hours }}
"""


def test_full_metadata_is_read() -> None:
    meta, problems = parse_metadata(GOOD, "t.j2")
    assert problems == []
    assert meta.has_metadata
    assert meta.title == "Acknowledge a new case"
    assert meta.description == "First reply: we have the case."
    assert meta.tags == ("acknowledgement", "first-response")
    assert (meta.language, meta.audience) == ("en", "customer")
    hours = meta.variables["next_update_hours"]
    assert (hours.label, hours.kind, hours.default, hours.required, hours.sample) == (
        "Next update in (hours)", "text", "4", True, "4",
    )  # fmt: skip
    urgency = meta.variables["urgency"]
    assert (urgency.label, urgency.choices, urgency.required) == ("Urgency", ("low", "high"), True)
    assert meta.variables["include_logs"].required is False  # yes/no fields are never "empty"


def test_no_metadata_is_fine() -> None:
    meta, problems = parse_metadata("Hello {{ name }}\n", "t.j2")
    assert problems == [] and not meta.has_metadata and meta.variables == {}


@pytest.mark.parametrize(
    ("yaml_lines", "line", "message"),
    [
        (["title: First reply: we have it"], 2, "put text containing ': ' in quotes"),
        (["title: ok", "tags: [a, b"], 4, "invalid metadata YAML"),
        (["title: ok", "tags: just-one"], 3, "'tags' must be a list of text"),
        (["title: 12"], 2, "'title' must be text"),
        (["audience: everyone"], 2, "audience must be one of customer, product-team"),
        (["language: fr"], 2, "unknown language 'fr'"),
        (["variables:", "  x:", "    kind: slider"], 4, "kind must be one of"),
        (["variables:", "  x:", "    kind: choice"], 4, "has kind 'choice' but no 'choices'"),
        (["variables:", "  x:", "    required: maybe"], 4, "'required' must be true or false"),
        (["variables:", "  bad-name:", "    kind: text"], 3, "not a valid variable name"),
        (["variables:", "  x: 5"], 3, "must be a mapping of settings"),
        (["variables: [a, b]"], 2, "'variables' must map variable names"),
        (["- a list"], 2, "metadata must be YAML 'key: value' lines"),
    ],
)
def test_invalid_metadata_is_reported_on_its_line(
    yaml_lines: list[str], line: int, message: str
) -> None:
    source = "{#-- casewright\n" + "\n".join(yaml_lines) + "\n--#}\nBody\n"
    _, problems = parse_metadata(source, "bad.j2")
    errors = [p for p in problems if p.severity == "error"]
    assert errors, problems
    assert errors[0].file == "bad.j2"
    assert errors[0].line == line
    assert message in errors[0].message


def test_unknown_keys_are_warnings_on_their_line() -> None:
    source = "{#-- casewright\ntitle: t\ncolour: red\nvariables:\n  x:\n    colour: red\n--#}\n"
    _, problems = parse_metadata(source, "w.j2")
    assert [(p.line, p.severity) for p in problems] == [(3, "warning"), (6, "warning")]


def test_unclosed_or_broken_comment_is_an_error() -> None:
    _, problems = parse_metadata("{#-- casewright\ntitle: t\nBody\n", "u.j2")
    assert problems[0].line == 1 and "not closed" in problems[0].message
    _, problems = parse_metadata("{#-- casewright\ntitle: a #} b\n--#}\n", "e.j2")
    assert problems[0].line == 2 and "ends the metadata comment early" in problems[0].message


def test_quick_summary_matches_the_full_parse() -> None:
    summary = quick_summary(GOOD)
    assert summary["title"] == "Acknowledge a new case"
    assert summary["tags"] == ["acknowledgement", "first-response"]
    assert summary["language"] == "en"
    block_tags = "{#-- casewright\ntitle: 'T: x'\ntags:\n  - a\n  - b\nvariables:\n  y: {}\n--#}\n"
    assert quick_summary(block_tags) == {"title": "T: x", "tags": ["a", "b"]}
