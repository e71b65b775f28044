"""Fuzzing: random template text and metadata never raise anything but TemplateError."""

from __future__ import annotations

import contextlib
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.templating import (
    RenderLimits,
    TemplateError,
    form_fields,
    lint_source,
    make_environment,
    parse_metadata,
    render_source,
)

FAST = RenderLimits(max_seconds=0.2)
PIECES = [
    "{{ ", " }}", "{% ", " %}", "{# ", " #}", "{%- ", " -%}", "if ", "for x in ", "endif", "endfor",
    "else", "set ", "macro m()", "endmacro", "include ", "import ", "from ", " as ", "'a'", "x",
    "name", "case.case_id", "checklist.steps", "severity", "|upper", "|join(',')", "|center(9)",
    "|attr('__class__')", ".__class__", "__globals__", "'{0.__class__}'.format(x)", "*", "**",
    " ~ ", "+", "%", "(", ")", "[", "]", "range(3)", "loop.index", "10**9", "'x'", "\n", " ",
    "{#-- casewright\n", "--#}\n", "title: t\n", "variables:\n", "  v:\n", "    kind: list\n",
    "../", "é", "日本", "\x00", ":", "-",
]  # fmt: skip
template_text = st.one_of(
    st.text(max_size=80),
    st.lists(st.sampled_from(PIECES), max_size=25).map("".join),
)
yaml_scalar = st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=12))
yaml_value = st.recursive(
    yaml_scalar,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)
CONTEXT = {"x": "a", "name": "Ann", "case": {"case_id": "1"}, "checklist": {"steps": [1, 2]}}


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(source=template_text, markers=st.booleans())
def test_rendering_random_text_only_raises_template_error(source: str, markers: bool) -> None:
    try:
        result = render_source(source, CONTEXT, markers=markers, limits=FAST)
    except TemplateError as exc:
        assert exc.problem.line >= 1
        assert exc.problem.message
    else:
        assert isinstance(result, str)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(source=template_text)
def test_lint_and_form_fields_never_raise(source: str) -> None:
    for problem in lint_source(source, file="f.j2"):
        assert problem.line >= 1 and problem.severity in ("error", "warning")
    meta, _ = parse_metadata(source, "f.j2")
    form_fields(source, meta, make_environment())


@settings(max_examples=100, deadline=None)
@given(data=st.dictionaries(st.sampled_from(["title", "tags", "language", "audience",
                                             "variables", "other"]), yaml_value, max_size=5),
       variables=st.dictionaries(st.text(max_size=6), st.dictionaries(
           st.sampled_from(["label", "kind", "choices", "default", "required", "sample", "x"]),
           yaml_value, max_size=4), max_size=3))  # fmt: skip
def test_random_metadata_gives_problems_not_exceptions(
    data: dict[str, Any], variables: dict[str, Any]
) -> None:
    if "variables" not in data:
        data["variables"] = variables
    body = yaml.safe_dump(data, allow_unicode=True)
    source = "{#-- casewright\n" + body + "--#}\n{{ 1 }}\n"
    meta, problems = parse_metadata(source, "m.j2")
    last_line = source.count("\n") + 1
    assert all(1 <= p.line <= last_line for p in problems)
    for spec in meta.variables.values():
        assert spec.kind in ("text", "multiline", "choice", "list", "date", "bool")
    with contextlib.suppress(TemplateError):
        render_source(source, {}, markers=True, limits=FAST)
