"""Lint reports each kind of problem on the line it is on."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.templating import lint_file, lint_paths, lint_source

HEADER = "{#-- casewright\ntitle: T\nvariables:\n  known:\n    kind: text\n--#}\n"  # 6 lines


def _lint(body: str, root: Path | None = None) -> list[tuple[int, str, str]]:
    problems = lint_source(HEADER + body, file="t.j2", roots=[root] if root else [])
    return [(p.line, p.severity, p.message) for p in problems]


def test_a_clean_template_has_no_problems(tmp_path: Path) -> None:
    (tmp_path / "partials").mkdir()
    (tmp_path / "partials" / "sig.j2").write_text("{% macro sign() %}x{% endmacro %}")
    body = (
        "{{ known }} {{ contact_name }} {{ case.case_id }} {{ checklist.title }}\n"
        "{% include 'partials/sig.j2' %}{% from 'partials/sig' import sign %}{{ sign() }}\n"
        "{% for i in range(2) %}{{ loop.index }}{% endfor %}\n"
    )
    assert _lint(body, tmp_path) == []


@pytest.mark.parametrize(
    ("body", "line", "message"),
    [
        ("ok\n{% if known %}\nno end\n", 8, "Unexpected end of template"),
        ("ok\n{{ known | shout }}\n", 8, "unknown filter 'shout'"),
        ("ok\n{% if known %}\n{{ known | shout }}\n{% endif %}\n", 9, "unknown filter 'shout'"),
        ("ok\n{% filter shout %}x{% endfilter %}\n", 8, "unknown filter 'shout'"),
        ("ok\n\n{% if known is loud %}x{% endif %}\n", 9, "unknown test 'loud'"),
        ("ok\n{% include 'partials/nope.j2' %}\n", 8, "include of 'partials/nope.j2': not found"),
        ("ok\n{% import 'macros.j2' as m %}\n", 8, "import of 'macros.j2': not found"),
        ("ok\n\n{% from 'macros.j2' import x %}\n", 9, "import of 'macros.j2': not found"),
        ("ok\n{% extends 'base.j2' %}\n", 8, "extends of 'base.j2': not found"),
        ("ok\n{% include '../outside.j2' %}\n", 8, "is refused"),
        ("ok\n{% include ['a.j2', 'b.j2'] %}\n", 8, "include of 'a.j2' or 'b.j2': not found"),
        ("ok\n{% block a %}{% endblock %}{% block a %}{% endblock %}\n", 8, "defined twice"),
    ],
)
def test_each_error_is_reported_on_its_line(
    tmp_path: Path, body: str, line: int, message: str
) -> None:
    errors = [p for p in _lint(body, tmp_path) if p[1] == "error"]
    assert len(errors) == 1, errors
    assert errors[0][0] == line
    assert message in errors[0][2]


def test_optional_include_and_computed_names_are_not_errors(tmp_path: Path) -> None:
    body = "{% include 'nope.j2' ignore missing %}{% include known %}\n"
    assert _lint(body, tmp_path) == []


def test_undeclared_variables_are_warnings_only_with_metadata() -> None:
    problems = _lint("{{ known }}\n\n{{ ticket_ref }} {{ ticket_ref }}\n")
    assert problems == [
        (9, "warning", "variable 'ticket_ref' is used but not declared in the metadata")
    ]
    assert lint_source("{{ ticket_ref }}\n", file="plain.j2") == []


def test_invalid_metadata_is_reported_with_its_line() -> None:
    source = "{#-- casewright\ntitle: t\naudience: everyone\n--#}\nBody\n"
    problems = lint_source(source, file="m.j2")
    assert [(p.line, p.severity) for p in problems] == [(3, "error")]


def test_lint_paths_walks_folders_and_flags_binary_files(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "good.md.j2").write_text("fine\n")
    (tmp_path / "a" / "notes.txt").write_text("{{ not a template")
    (tmp_path / "a" / "bad.j2").write_bytes(b"\xff\xfe\xfa")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.j2").write_text("{% if %}")
    problems = lint_paths([tmp_path])
    assert [(Path(p.file).name, p.line, p.message) for p in problems] == [
        ("bad.j2", 1, "this file is not UTF-8 text")
    ]
    assert lint_file(tmp_path / "a" / "good.md.j2") == []
