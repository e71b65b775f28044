"""Rendering: strict and marker modes, includes within a library, true file lines in errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.markers import find_fill_markers
from desktop.core.templating import (
    LibrarySource,
    TemplateError,
    TemplateLibrary,
    render_entry,
    render_file,
    render_sample,
    render_source,
)

REPO_ROOT = Path(__file__).resolve().parents[2]

FIXTURE = REPO_ROOT / "tests" / "data" / "template_library"


def _library(root: Path) -> TemplateLibrary:
    return TemplateLibrary([LibrarySource("team", root.name, root)])


def test_strict_mode_names_the_missing_variable_and_its_line() -> None:
    with pytest.raises(TemplateError) as caught:
        render_source("Hi {{ name }},\n\nRef {{ ticket_ref }}.\n", {"name": "Ann"}, file="x.j2")
    assert caught.value.problem.line == 3
    assert "'ticket_ref' is undefined" in caught.value.problem.message
    assert str(caught.value).startswith("x.j2:3: ")


def test_output_keeps_the_trailing_newline_and_does_not_escape_markup() -> None:
    assert render_source("<b>{{ x }}</b> & co\n", {"x": "<i>"}) == "<b><i></b> & co\n"


def test_metadata_comment_produces_no_output_and_keeps_line_numbers() -> None:
    source = "{#-- casewright\ntitle: T\n--#}\nLine four\n{{ missing }}\n"
    with pytest.raises(TemplateError) as caught:
        render_source(source, {}, file="m.j2")
    assert caught.value.problem.line == 5
    assert render_source(source.replace("{{ missing }}", "end"), {}) == "Line four\nend\n"


def test_marker_mode_shows_markers_for_missing_and_empty_required_values() -> None:
    source = (
        "{#-- casewright\nvariables:\n  hours:\n    label: Next update (hours)\n"
        "  note:\n    required: false\n  steps:\n    kind: list\n--#}\n"
        "Update in {{ hours }} h.{% if note %} {{ note }}{% endif %}\n"
        "{% for s in steps %}- {{ s }}\n{% endfor %}{{ undeclared_thing }}\n"
    )
    text = render_source(source, {"hours": "  ", "note": ""}, markers=True)
    labels = [label for _, _, label in find_fill_markers(text)]
    assert labels == ["Next update (hours)", "Steps", "Undeclared thing"]
    assert "Update in [[FILL: Next update (hours)]] h.\n" in text
    assert "- [[FILL: Steps]]" in text


def test_marker_mode_keeps_filled_values_and_still_refuses_unsafe_access() -> None:
    assert render_source("{{ a }}", {"a": "x"}, markers=True) == "x"
    with pytest.raises(TemplateError, match="unsafe"):
        render_source("{{ missing.__class__ }}", {}, markers=True)


def test_include_import_and_from_import_resolve_in_the_templates_library() -> None:
    entry = _library(FIXTURE).get("reply/en/next-steps")
    assert entry is not None
    text = render_entry(
        entry,
        {"contact_name": "Ann", "case_id": "42", "service": "EC2", "region": "eu-west-1",
         "next_steps": ["Reboot", "Send logs"], "update_hours": "4", "engineer_name": "Sam"},
    )  # fmt: skip
    assert text == (
        "Hello Ann,\n\nAbout case 42 (EC2, eu-west-1):\n\n- Reboot\n- Send logs\n\n"
        "We will update you within 4 hours.\n-- Sam\n"
    )


def test_include_by_template_id_without_suffix_works() -> None:
    text = render_file(FIXTURE / "plain.txt.j2", {"contact_name": "", "ticket_reference": "T-1"})
    assert text == "Hello there,\n\nYour ticket reference is T-1.\n"


@pytest.mark.parametrize(
    "name", ["../secret.j2", "partials/../../secret.j2", "/etc/passwd", "C:/x.j2", "a\\..\\b"]
)
def test_names_outside_the_library_are_refused(tmp_path: Path, name: str) -> None:
    library = tmp_path / "lib"
    library.mkdir()
    (tmp_path / "secret.j2").write_text("SECRET")
    with pytest.raises(TemplateError) as caught:
        render_source(f"ok\n{{% include {name!r} %}}", {}, roots=[library], file="t.j2")
    assert "is refused" in caught.value.problem.message
    assert caught.value.problem.line == 2


def test_symlink_leading_out_of_the_library_is_refused(tmp_path: Path) -> None:
    library = tmp_path / "lib"
    library.mkdir()
    (tmp_path / "secret.j2").write_text("SECRET")
    (library / "link.j2").symlink_to(tmp_path / "secret.j2")
    with pytest.raises(TemplateError, match="is refused"):
        render_source("{% include 'link.j2' %}", {}, roots=[library])


def test_error_inside_an_included_partial_points_at_the_partial(tmp_path: Path) -> None:
    (tmp_path / "partials").mkdir()
    (tmp_path / "partials" / "sig.j2").write_text("Regards,\n{{ signer }}\n")
    (tmp_path / "reply.j2").write_text("Body\n{% include 'partials/sig.j2' %}\n")
    with pytest.raises(TemplateError) as caught:
        render_file(tmp_path / "reply.j2", {})
    assert caught.value.problem.file == str(tmp_path / "partials" / "sig.j2")
    assert caught.value.problem.line == 2


def test_missing_include_is_reported_on_the_include_line(tmp_path: Path) -> None:
    (tmp_path / "t.j2").write_text("a\nb\n{% include 'nope.j2' %}\n")
    with pytest.raises(TemplateError) as caught:
        render_file(tmp_path / "t.j2", {})
    assert caught.value.problem.line == 3
    assert caught.value.problem.message == "template not found: 'nope.j2'"


def test_syntax_error_line_and_non_utf8_file(tmp_path: Path) -> None:
    with pytest.raises(TemplateError) as caught:
        render_source("a\nb\n{% if x %}\n", {"x": 1}, file="s.j2")
    assert caught.value.problem.line == 4 or caught.value.problem.line == 3
    assert "endif" in caught.value.problem.message
    binary = tmp_path / "bin.j2"
    binary.write_bytes(b"\xff\xfe\x00bad")
    with pytest.raises(TemplateError, match="not UTF-8"):
        render_file(binary, {})


def test_editing_a_file_is_picked_up_on_the_next_render(tmp_path: Path) -> None:
    path = tmp_path / "t.j2"
    path.write_text("one")
    assert render_file(path, {}) == "one"
    path.write_text("two, longer")
    assert render_file(path, {}) == "two, longer"


def test_render_sample_previews_unsaved_text_with_sample_values(tmp_path: Path) -> None:
    source = (
        "{#-- casewright\nlanguage: ja\nvariables:\n  hours:\n    sample: '6'\n--#}\n"
        "{{ contact_name }} / {{ language }} / {{ hours }} / {{ other }}\n"
    )
    assert render_sample(source) == "Aiko Tanaka / ja / 6 / sample other\n"
    with pytest.raises(TemplateError) as caught:
        render_sample("ok\n{{ x.__class__ }}", file="<editor>")
    assert caught.value.problem.format() == (
        "<editor>:2: error: not allowed in templates: access to attribute '__class__' of 'str' "
        "object is unsafe"
    )


def test_entry_reload_picks_up_edits_to_text_and_fields(tmp_path: Path) -> None:
    path = tmp_path / "t.j2"
    path.write_text("{{ a }}")
    entry = _library(tmp_path).get("t")
    assert entry is not None
    assert [f.name for f in entry.form_fields()] == ["a"]
    path.write_text("{{ b }}!")
    entry.reload()
    assert [f.name for f in entry.form_fields()] == ["b"]
    assert render_entry(entry, {"b": "x"}) == "x!"
