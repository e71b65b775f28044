"""The fill-in form for a template: which fields to ask for, and markers for unfilled ones."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from jinja2 import Environment, TemplateSyntaxError

from desktop.core.markers import fill_marker
from desktop.core.templating.context_names import CONTEXT_NAMES
from desktop.core.templating.metadata_schema import TemplateMeta, humanize
from desktop.core.templating.variables import needs_input, used_variables

_SAMPLE_DATE = "2026-11-27"


@dataclass(frozen=True)
class FormField:
    """One input the form asks for; the UI builds a widget from ``kind``.

    ``kind`` is one of text, multiline, choice, list, date, bool. ``default`` is always a
    usable value for the kind ("" for text, [] for list, False for bool). ``declared`` is
    False for variables found only by reading the template body.
    """

    name: str
    label: str
    help: str = ""
    kind: str = "text"
    choices: tuple[str, ...] = ()
    default: Any = ""
    required: bool = True
    declared: bool = False
    sample: Any = None


# The form's labels are written in the template's language, so "optional" must be too.
_OPTIONAL = {"en": " (optional)", "zh-TW": "（選填）", "ja": "（任意）"}


def field_label(field: FormField, language: str) -> str:
    """The label the form shows for ``field`` of a template in ``language``, marking optional
    fields (a checkbox is never "optional": unticked is an answer)."""
    if field.required or field.kind == "bool":
        return field.label
    return field.label + _OPTIONAL.get(language, _OPTIONAL["en"])


def _empty(kind: str) -> Any:
    return [] if kind == "list" else False if kind == "bool" else ""


def form_fields(source: str, meta: TemplateMeta, env: Environment) -> list[FormField]:
    """The fields a form must ask for: declared variables first, then inferred ones.

    Variables the case context supplies (facts, ``checklist``, ``severity``...) are left out.
    A template that does not parse yields only its declared variables.
    """
    fields = [
        FormField(
            name=spec.name,
            label=spec.label or humanize(spec.name),
            help=spec.help,
            kind=spec.kind,
            choices=spec.choices,
            default=_empty(spec.kind) if spec.default is None else spec.default,
            required=spec.required,
            declared=True,
            sample=spec.sample,
        )
        for spec in meta.variables.values()
        if spec.name not in CONTEXT_NAMES
    ]
    try:
        used = needs_input(used_variables(env.parse(source), env))
    except (TemplateSyntaxError, RecursionError):
        return fields
    fields += [
        FormField(name=v.name, label=humanize(v.name), kind=v.kind, default=_empty(v.kind),
                  required=v.kind != "bool")
        for v in used
        if v.name not in meta.variables
    ]  # fmt: skip
    return fields


def default_values(fields: Sequence[FormField]) -> dict[str, Any]:
    """Each field's default value, as an untouched form would hold them."""
    return {f.name: f.default for f in fields}


def sample_values(fields: Sequence[FormField]) -> dict[str, Any]:
    """A sample value for every field: its ``sample``, else its default, else a made-up one.

    Yes/no fields without a sample are true, so previews show the optional text.
    """
    values: dict[str, Any] = {}
    for f in fields:
        if f.sample is not None:
            values[f.name] = f.sample
        elif f.kind != "bool" and f.default not in ("", [], None):
            values[f.name] = f.default
        else:
            values[f.name] = {
                "multiline": f"Sample {f.label.lower()},\nsecond line.",
                "choice": f.choices[0] if f.choices else f"sample {f.name}",
                "list": [f"First {f.label.lower()}", f"Second {f.label.lower()}"],
                "date": _SAMPLE_DATE,
                "bool": True,
            }.get(f.kind, f"sample {f.label.lower()}")
    return values


def with_markers(fields: Sequence[FormField], values: Mapping[str, Any]) -> dict[str, Any]:
    """``values`` with a fill marker for each field that is missing, or empty and required.

    A list field gets a one-item list holding the marker, so loops show it too.
    """
    filled = dict(values)
    for f in fields:
        if f.kind == "bool":
            filled.setdefault(f.name, f.default if isinstance(f.default, bool) else False)
            continue
        value = values.get(f.name)
        empty = value is None or (
            not value.strip()
            if isinstance(value, str)
            else isinstance(value, list | tuple) and not value
        )
        if f.name not in values or (empty and f.required):
            marker = fill_marker(f.label)
            filled[f.name] = [marker] if f.kind == "list" else marker
    return filled
