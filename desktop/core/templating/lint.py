"""Checks templates without rendering them: syntax, filters, includes, metadata, variables."""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path

from jinja2 import TemplateSyntaxError, nodes

from desktop.core.library_paths import outside_library
from desktop.core.templating.context_names import CONTEXT_NAMES
from desktop.core.templating.diagnose import problem_from_exception
from desktop.core.templating.environment import CasewrightEnvironment, make_environment
from desktop.core.templating.loader import LibraryLoader
from desktop.core.templating.metadata import parse_metadata
from desktop.core.templating.naming import (
    UnsafeTemplateName,
    find_library_root,
    is_template_file,
    split_safe_name,
)
from desktop.core.templating.problems import TemplateProblem
from desktop.core.templating.variables import used_variables

_REPORTED_BY_LINT = ("No filter named", "No test named")


def lint_source(source: str, *, file: str, roots: Sequence[Path] = ()) -> list[TemplateProblem]:
    """Every problem in template text, sorted by line.

    Args:
        source: The template text.
        file: The name to report (the file path, or ``<editor>``).
        roots: Library roots that includes and imports must resolve in.
    """
    meta, problems = parse_metadata(source, file)
    env = make_environment(roots)
    try:
        ast = env.parse(source, Path(file).name, file)
    except (TemplateSyntaxError, RecursionError) as exc:
        return sorted([*problems, problem_from_exception(exc, file=file)], key=_order)
    problems += _unknown_filters_and_tests(ast, env, file)
    problems += _missing_templates(ast, env, file)
    try:
        env.compile(source, Path(file).name, file)
    except (TemplateSyntaxError, RecursionError) as exc:
        problem = problem_from_exception(exc, file=file)
        if not problem.message.startswith(_REPORTED_BY_LINT):
            problems.append(problem)
    if meta.has_metadata and not any(p.severity == "error" for p in problems):
        for var in used_variables(ast, env):
            if var.name not in meta.variables and var.name not in CONTEXT_NAMES:
                message = f"variable '{var.name}' is used but not declared in the metadata"
                problems.append(TemplateProblem(file, var.line, message, "warning"))
    return sorted(problems, key=_order)


def _order(problem: TemplateProblem) -> tuple[str, int]:
    return problem.file, problem.line


def _unknown_filters_and_tests(
    ast: nodes.Template, env: CasewrightEnvironment, file: str
) -> list[TemplateProblem]:
    found = []
    for node in ast.find_all((nodes.Filter, nodes.Test)):
        is_filter = isinstance(node, nodes.Filter)
        known = env.filters if is_filter else env.tests
        if node.name not in known:
            kind = "filter" if is_filter else "test"
            found.append(TemplateProblem(file, node.lineno or 1, f"unknown {kind} '{node.name}'"))
    return found


def template_names(node: nodes.Node) -> list[str] | None:
    """The constant template names an include/import names, or None if computed at runtime."""
    target = getattr(node, "template", None)
    if isinstance(target, nodes.Const) and isinstance(target.value, str):
        return [target.value]
    if isinstance(target, nodes.Const) and isinstance(target.value, list | tuple):
        return [str(name) for name in target.value]
    if isinstance(target, nodes.List | nodes.Tuple) and all(
        isinstance(item, nodes.Const) for item in target.items
    ):
        return [str(item.as_const()) for item in target.items]
    return None


def _missing_templates(
    ast: nodes.Template, env: CasewrightEnvironment, file: str
) -> list[TemplateProblem]:
    loader = env.loader
    found = []
    for node in ast.find_all((nodes.Include, nodes.Import, nodes.FromImport, nodes.Extends)):
        names = template_names(node)
        if not names or (isinstance(node, nodes.Include) and node.ignore_missing):
            continue
        line = node.lineno or 1
        verb = type(node).__name__.lower().replace("fromimport", "import")
        try:
            for name in names:
                split_safe_name(name)
        except UnsafeTemplateName as exc:
            found.append(TemplateProblem(file, line, str(exc.message)))
            continue
        if isinstance(loader, LibraryLoader) and not any(loader.exists(n) for n in names):
            where = loader.roots[0] if loader.roots else "this library"
            listed = " or ".join(repr(n) for n in names)
            found.append(TemplateProblem(file, line, f"{verb} of {listed}: not found in {where}"))
    return found


def lint_file(path: Path, *, roots: Sequence[Path] | None = None) -> list[TemplateProblem]:
    """Every problem in a template file; includes resolve in its library (or ``roots``)."""
    file = str(path)
    try:
        source = Path(path).read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return [TemplateProblem(file, 1, "this file is not UTF-8 text")]
    except OSError as exc:
        return [TemplateProblem(file, 1, f"cannot read the file: {exc.strerror}")]
    return lint_source(source, file=file, roots=roots or (find_library_root(Path(path)),))


def template_files(paths: Iterable[Path]) -> list[Path]:
    """The template files named by ``paths``: files as given, folders searched recursively."""
    return [file for file, _folder in _files_with_folder(paths)]


def _files_with_folder(paths: Iterable[Path]) -> list[tuple[Path, Path | None]]:
    found: list[tuple[Path, Path | None]] = []
    for path in paths:
        if path.is_dir():
            for folder, subfolders, files in os.walk(path):
                subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
                found += [(Path(folder) / f, path) for f in sorted(files) if is_template_file(f)]
        else:
            found.append((path, None))
    return found


def lint_paths(paths: Iterable[Path]) -> list[TemplateProblem]:
    """Lint every template under ``paths`` (files or folders); a file found in a folder that
    links outside it is reported, not read."""
    problems: list[TemplateProblem] = []
    for path, folder in _files_with_folder(paths):
        if not path.exists():
            problems.append(TemplateProblem(str(path), 1, "no such file or folder"))
        elif folder is not None and (outside := outside_library(path, folder)):
            problems.append(TemplateProblem(str(path), 1, outside))
        else:
            problems += lint_file(path)
    return problems
