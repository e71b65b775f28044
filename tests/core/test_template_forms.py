"""The fill-in form asks only for what the case does not supply, with the right widgets."""

from __future__ import annotations

from desktop.core.templating import (
    FormField,
    form_fields,
    make_environment,
    parse_metadata,
    sample_values,
    with_markers,
)


def _fields(source: str) -> list[FormField]:
    meta, _ = parse_metadata(source, "f.j2")
    return form_fields(source, meta, make_environment())


def test_declared_fields_come_first_with_metadata_settings() -> None:
    source = (
        "{#-- casewright\nvariables:\n  urgency:\n    label: How urgent\n    help: Pick one.\n"
        "    kind: choice\n    choices: [low, high]\n    default: low\n"
        "  contact_name:\n    label: Ignored, the case supplies it\n--#}\n"
        "{{ contact_name }} {{ urgency }} {{ ticket_ref }}\n"
    )
    fields = _fields(source)
    assert [f.name for f in fields] == ["urgency", "ticket_ref"]
    urgency, ticket = fields
    assert (urgency.label, urgency.help, urgency.kind, urgency.choices, urgency.default) == (
        "How urgent", "Pick one.", "choice", ("low", "high"), "low",
    )  # fmt: skip
    assert urgency.declared and not ticket.declared
    assert (ticket.label, ticket.kind, ticket.required, ticket.default) == (
        "Ticket ref", "text", True, "",
    )  # fmt: skip


def test_kinds_are_inferred_from_use_when_not_declared() -> None:
    source = (
        "{% for s in next_steps %}{{ s }}{% endfor %}{% if include_logs %}logs{% endif %}"
        "{{ outage_date }}{{ impact_details }}{{ severity.assessed }}{{ checklist.title }}"
        "{% for i in range(3) %}{{ i }}{% endfor %}"
    )
    kinds = {f.name: (f.kind, f.required) for f in _fields(source)}
    assert kinds == {
        "next_steps": ("list", True),
        "include_logs": ("bool", False),
        "outage_date": ("date", True),
        "impact_details": ("multiline", True),
    }


def test_a_template_with_a_syntax_error_still_gives_its_declared_fields() -> None:
    source = "{#-- casewright\nvariables:\n  x:\n    kind: text\n--#}\n{% if %}"
    assert [f.name for f in _fields(source)] == ["x"]


def test_markers_fill_missing_and_empty_required_values_only() -> None:
    source = (
        "{#-- casewright\nvariables:\n  a:\n    label: Alpha\n  b:\n    required: false\n"
        "  c:\n    kind: list\n  d:\n    kind: bool\n--#}\n{{ a }}{{ b }}{{ c }}{{ d }}"
    )
    fields = _fields(source)
    assert with_markers(fields, {"a": "", "b": "", "c": []}) == {
        "a": "[[FILL: Alpha]]", "b": "", "c": ["[[FILL: C]]"], "d": False,
    }  # fmt: skip
    assert with_markers(fields, {"a": "x", "b": "y", "c": ["z"], "d": True}) == {
        "a": "x", "b": "y", "c": ["z"], "d": True,
    }  # fmt: skip
    assert with_markers(fields, {})["b"] == "[[FILL: B]]"  # missing entirely: marker


def test_sample_values_cover_every_kind() -> None:
    source = (
        "{#-- casewright\nvariables:\n  a:\n    sample: given\n  b:\n    kind: choice\n"
        "    choices: [x, y]\n  c:\n    kind: list\n  d:\n    kind: bool\n  e:\n    kind: date\n"
        "--#}\n"
    )
    values = sample_values(_fields(source))
    assert values["a"] == "given" and values["b"] == "x" and values["d"] is True
    assert isinstance(values["c"], list) and len(values["c"]) == 2
    assert values["e"] == "2026-11-27"
