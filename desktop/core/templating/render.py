"""Renders a template to text within the render limits; every failure is a TemplateError."""

from __future__ import annotations

from collections.abc import Generator, Mapping, Sequence
from pathlib import Path
from typing import Any

from jinja2 import Template

from desktop.core.library_paths import outside_library
from desktop.core.templating.diagnose import problem_from_exception
from desktop.core.templating.entry import TemplateEntry
from desktop.core.templating.environment import CasewrightEnvironment, make_environment
from desktop.core.templating.forms import FormField, form_fields, sample_values, with_markers
from desktop.core.templating.limits import (
    DEFAULT_LIMITS,
    RenderBudget,
    RenderLimitError,
    RenderLimits,
    render_budget,
)
from desktop.core.templating.metadata import parse_metadata
from desktop.core.templating.naming import find_library_root
from desktop.core.templating.problems import TemplateError, TemplateProblem
from desktop.core.templating.sample import sample_context


def compile_source(env: CasewrightEnvironment, source: str, file: str) -> Template:
    """Compile unsaved template text (e.g. from the editor) in ``env``, blaming ``file``."""
    code = env.compile(source, name=Path(file).name, filename=file)
    return env.template_class.from_code(env, code, env.make_globals(None), None)


def render_source(
    source: str,
    context: Mapping[str, Any],
    *,
    file: str = "<template>",
    roots: Sequence[Path] = (),
    markers: bool = False,
    limits: RenderLimits = DEFAULT_LIMITS,
) -> str:
    """Render template text.

    Args:
        source: The template text (metadata comment included or not).
        context: The variables, usually from :func:`build_context` plus form values.
        file: The name errors blame, e.g. the file being edited or ``<editor>``.
        roots: Library roots that includes and imports resolve in (first wins).
        markers: Missing values become fill markers instead of errors.
        limits: Size and time limits.

    Raises:
        TemplateError: for any problem, with file, line and message.
    """
    env = make_environment(roots, markers=markers)
    with render_budget(limits) as budget:
        try:
            if markers:
                context = with_markers(_fields(source, file, env), context)
            return _stream(compile_source(env, source, file), context, budget)
        except Exception as exc:  # every failure becomes a problem the UI can show
            raise TemplateError(problem_from_exception(exc, file=file)) from exc


def render_sample(
    source: str,
    *,
    file: str = "<editor>",
    roots: Sequence[Path] = (),
    limits: RenderLimits = DEFAULT_LIMITS,
) -> str:
    """Render template text the way the editor previews it: strictly, with sample values.

    The context is :func:`sample_context` in the template's metadata language (default
    English) plus each form field's sample value. Raises TemplateError.
    """
    env = make_environment(roots)
    meta, _ = parse_metadata(source, file)
    context = {
        **sample_context(meta.language or "en"),
        **sample_values(form_fields(source, meta, env)),
    }
    return render_source(source, context, file=file, roots=roots, limits=limits)


def render_file(
    path: Path,
    context: Mapping[str, Any],
    *,
    roots: Sequence[Path] | None = None,
    markers: bool = False,
    limits: RenderLimits = DEFAULT_LIMITS,
) -> str:
    """Render a template file; includes resolve in ``roots`` or else in its own library.

    The library of a file is found by :func:`find_library_root`. Raises TemplateError.
    """
    path = Path(path)
    roots = tuple(roots) if roots is not None else (find_library_root(path),)
    env = make_environment(roots, markers=markers)
    file = str(path)
    inside_root = bool(roots) and path.absolute().is_relative_to(roots[0].absolute())
    if inside_root and (outside := outside_library(path, roots[0])):
        raise TemplateError(TemplateProblem(file, 1, outside))  # a link out of its library
    with render_budget(limits) as budget:
        try:
            resolved = path.resolve()
            if roots and resolved.is_relative_to(roots[0].resolve()):
                name = resolved.relative_to(roots[0].resolve()).as_posix()
                template = env.get_template(name)
            else:
                template = compile_source(env, path.read_text(encoding="utf-8"), file)
            if markers:
                source = path.read_text(encoding="utf-8")
                context = with_markers(_fields(source, file, env), context)
            return _stream(template, context, budget)
        except UnicodeDecodeError as exc:
            raise TemplateError(TemplateProblem(file, 1, "this file is not UTF-8 text")) from exc
        except Exception as exc:
            raise TemplateError(problem_from_exception(exc, file=file)) from exc


def render_entry(
    entry: TemplateEntry,
    context: Mapping[str, Any],
    *,
    markers: bool = False,
    limits: RenderLimits = DEFAULT_LIMITS,
) -> str:
    """Render a library template; includes resolve in its library (then its fallbacks).

    Raises TemplateError.

    With ``markers``, each form field that is missing from ``context`` (or empty and
    required) shows as a fill marker, and so does any other undefined value.
    """
    env = make_environment(entry.source.roots, markers=markers)
    file = str(entry.path)
    if entry.load_problem is not None:
        raise TemplateError(entry.load_problem)
    with render_budget(limits) as budget:
        try:
            if markers:
                context = with_markers(entry.form_fields(), context)
            return _stream(env.get_template(entry.relative_path), context, budget)
        except Exception as exc:
            raise TemplateError(problem_from_exception(exc, file=file)) from exc


def _fields(source: str, file: str, env: CasewrightEnvironment) -> list[FormField]:
    return form_fields(source, parse_metadata(source, file)[0], env)


def _stream(template: Template, context: Mapping[str, Any], budget: RenderBudget) -> str:
    """Render chunk by chunk, stopping inside the template when a limit is passed."""
    limit = budget.limits.max_output_chars
    parts: list[str] = []
    size = 0
    chunks: Generator[str, None, None] = template.generate(dict(context))  # type: ignore[assignment]
    try:
        for chunk in chunks:
            size += len(chunk)
            parts.append(chunk)
            try:
                if size > limit:
                    raise RenderLimitError(
                        f"rendering stopped: the text is longer than {limit:,} characters"
                    )
                budget.check_time()
            except RenderLimitError as error:
                chunks.throw(error)  # re-raised at the template line that was writing
                raise
    finally:
        chunks.close()
    return "".join(parts)
