"""Every bundled template (and the test fixture library) lints clean and renders with samples."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.markers import FILL_MARKER_RE, JINJA_LEFTOVER_RE
from desktop.core.resources import bundle_root
from desktop.core.templating import (
    LibrarySource,
    TemplateEntry,
    TemplateLibrary,
    lint_source,
    render_entry,
    sample_context,
    sample_values,
)

REPO_ROOT = Path(__file__).resolve().parents[2]
LIBRARIES = [
    LibrarySource("bundled", "Bundled", bundle_root("templates")),
    LibrarySource("team", "fixture", REPO_ROOT / "tests" / "data" / "template_library"),
]
ENTRIES = [entry for source in LIBRARIES for entry in TemplateLibrary([source]).entries]


def test_there_are_templates_to_check() -> None:
    assert len(ENTRIES) >= 4
    bundled_files = list(bundle_root("templates").rglob("*.j2"))
    assert len([e for e in ENTRIES if e.source.kind == "bundled"]) == len(bundled_files)


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: f"{e.source.name}:{e.id}")
def test_template_lints_clean(entry: TemplateEntry) -> None:
    problems = lint_source(entry.text, file=str(entry.path), roots=[entry.source.root])
    assert [p.format() for p in problems] == []
    assert entry.problems == []


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: f"{e.source.name}:{e.id}")
def test_template_renders_with_sample_values(entry: TemplateEntry) -> None:
    context = {**sample_context(entry.language or "en"), **sample_values(entry.form_fields())}
    text = render_entry(entry, context)
    assert not JINJA_LEFTOVER_RE.search(text)
    assert not FILL_MARKER_RE.search(text)
    if not entry.is_partial:
        assert text.strip(), "a reply or escalation template rendered to nothing"


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: f"{e.source.name}:{e.id}")
def test_template_renders_an_empty_form_with_markers(entry: TemplateEntry) -> None:
    text = render_entry(entry, sample_context(entry.language or "en"), markers=True)
    required = [f for f in entry.form_fields() if f.required and f.kind != "bool"]
    if required and not entry.is_partial:
        assert FILL_MARKER_RE.search(text), "required fields left empty must show a marker"
