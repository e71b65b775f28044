"""Casewright's template engine: library, metadata, sandboxed bounded rendering, forms, search.

The public API; import from here rather than from the submodules. A typical UI flow::

    library = TemplateLibrary.load(team_folders)          # personal > teams (first wins) > bundled
    index = TemplateIndex(library.entries)                # rebuild when the library reloads
    hits = index.search(text, usage=counts, favourites=starred, language=case_language)
    entry = hits[0].entry                                 # entry.source, entry.overrides
    fields = entry.form_fields()                          # FormField: widgets to build
    context = build_context(facts, form_values, checklist=..., severity=...,
                            engineer_name=..., team_name=...)
    text = render_entry(entry, context, markers=True)     # unfilled values -> [[FILL: label]]

The template editor uses ``lint_source(text, file=..., roots=[library_root])`` for
underlined problems and ``render_sample(text, file=..., roots=[library_root])`` for its
preview, and ``save_template(root, "reply/en/x.md.j2", text)`` to write atomically.
``facts_used(entry)`` names the case facts a template reads (for a "facts used" section).
Every failure is a :class:`TemplateError` carrying a :class:`TemplateProblem`.
"""

from __future__ import annotations

from desktop.core.templating.context import (
    ESCALATION_FIELDS,
    STEP_STATUSES,
    build_context,
    checklist_context,
    escalation_context,
    severity_context,
)
from desktop.core.templating.context_names import CONTEXT_NAMES
from desktop.core.templating.entry import LibrarySource, TemplateEntry
from desktop.core.templating.environment import CasewrightEnvironment, make_environment
from desktop.core.templating.facts_used import SETTING_NAMES, facts_used
from desktop.core.templating.forms import (
    FormField,
    default_values,
    field_label,
    form_fields,
    sample_values,
    with_markers,
)
from desktop.core.templating.library import TemplateLibrary
from desktop.core.templating.limits import DEFAULT_LIMITS, RenderLimitError, RenderLimits
from desktop.core.templating.lint import lint_file, lint_paths, lint_source, template_files
from desktop.core.templating.metadata import parse_metadata
from desktop.core.templating.metadata_schema import KINDS, TemplateMeta, VariableSpec
from desktop.core.templating.naming import (
    LIBRARY_MARKER,
    TEMPLATE_SUFFIXES,
    find_library_root,
    template_id,
)
from desktop.core.templating.problems import TemplateError, TemplateProblem
from desktop.core.templating.render import (
    render_entry,
    render_file,
    render_sample,
    render_source,
)
from desktop.core.templating.sample import sample_context
from desktop.core.templating.saving import TemplateNameError, save_template, template_path
from desktop.core.templating.search import SearchHit, TemplateIndex

__all__ = [
    "CONTEXT_NAMES",
    "DEFAULT_LIMITS",
    "ESCALATION_FIELDS",
    "KINDS",
    "LIBRARY_MARKER",
    "SETTING_NAMES",
    "STEP_STATUSES",
    "TEMPLATE_SUFFIXES",
    "CasewrightEnvironment",
    "FormField",
    "LibrarySource",
    "RenderLimitError",
    "RenderLimits",
    "SearchHit",
    "TemplateEntry",
    "TemplateError",
    "TemplateIndex",
    "TemplateLibrary",
    "TemplateMeta",
    "TemplateNameError",
    "TemplateProblem",
    "VariableSpec",
    "build_context",
    "checklist_context",
    "default_values",
    "escalation_context",
    "facts_used",
    "field_label",
    "find_library_root",
    "form_fields",
    "lint_file",
    "lint_paths",
    "lint_source",
    "make_environment",
    "parse_metadata",
    "render_entry",
    "render_file",
    "render_sample",
    "render_source",
    "sample_context",
    "sample_values",
    "save_template",
    "severity_context",
    "template_files",
    "template_id",
    "template_path",
    "with_markers",
]
