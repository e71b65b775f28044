"""Rendering the escalation of a case in the store, for the headless ``escalation export``."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from desktop.core.case import CHECKLIST, ESCALATION, SEVERITY_ASSESSMENT, Case
from desktop.core.escalation.document import load_note
from desktop.core.escalation.output import (
    DEFAULT_TEMPLATE,
    TEMPLATE_FOLDER,
    checklist_from_document,
    escalation_templates,
    render_escalation,
    severity_from_document,
)
from desktop.core.migrations import NewerSchemaError
from desktop.core.paths import data_paths
from desktop.core.settings import Settings, SettingsError, load_settings
from desktop.core.store import Store, StoreError
from desktop.core.templating import TemplateError, TemplateLibrary


class ExportError(Exception):
    """The escalation cannot be exported; the message says why, fit for the user."""


@dataclass(frozen=True)
class ExportedEscalation:
    """The rendered Markdown, and warnings for the user (e.g. a free-text note was kept)."""

    markdown: str
    warnings: list[str] = field(default_factory=list)


def find_case(store: Store, case_id: str) -> Case | None:
    """The case whose Case ID is ``case_id``, or with internal key N when given as ``#N``.

    With several cases of the same Case ID, the most recently updated one.
    """
    wanted = case_id.strip()
    if wanted.startswith("#") and wanted[1:].isdigit():
        return store.get_case(int(wanted[1:]))
    candidates = store.list_cases(wanted, include_archived=True) if wanted else []
    return next((case for case in candidates if case.facts.case_id.strip() == wanted), None)


def template_id(name: str) -> str:
    """``brief`` and ``escalation/brief`` both mean the template ``escalation/brief``."""
    name = name.strip().removesuffix(".md.j2").removesuffix(".j2") or DEFAULT_TEMPLATE
    return name if "/" in name else TEMPLATE_FOLDER + name


def export_case_markdown(
    case_id: str, template: str = "", *, data_dir: Path | None = None
) -> ExportedEscalation:
    """Render the stored escalation of ``case_id`` (see :func:`find_case`) as Markdown.

    Uses the case facts, its stored checklist and severity assessment when readable, the
    settings' names and team template folders, and the template ``template``.

    Raises:
        ExportError: No store, no such case or template, or the template fails.
    """
    paths = data_paths(data_dir)
    if not paths.database.is_file():
        raise ExportError(f"there is no case store at {paths.database}")
    try:
        store = Store(paths.database)
    except (StoreError, NewerSchemaError, sqlite3.Error, OSError) as error:
        raise ExportError(f"cannot open the case store {paths.database}: {error}") from error
    try:
        case = find_case(store, case_id)
        if case is None:
            raise ExportError(f"no case {case_id!r} in {paths.database}")
        documents = {kind: store.load_document(case.key, kind)
                     for kind in (ESCALATION, CHECKLIST, SEVERITY_ASSESSMENT)}  # fmt: skip
    finally:
        store.close()
    try:
        settings = load_settings(paths.settings)
    except SettingsError:
        settings = Settings()
    library = TemplateLibrary.load(
        [Path(folder) for folder in settings.team_template_folders], data_dir=paths.root
    )
    entry = library.get(template_id(template))
    if entry is None:
        known = ", ".join(e.id for e in escalation_templates(library)) or "none"
        raise ExportError(f"no escalation template {template_id(template)!r} (known: {known})")
    loaded = load_note(documents[ESCALATION])
    try:
        markdown = render_escalation(
            entry,
            case.facts,
            loaded.note,
            checklist=checklist_from_document(documents[CHECKLIST]),
            severity=severity_from_document(documents[SEVERITY_ASSESSMENT]),
            engineer_name=settings.engineer_name,
            team_name=settings.team_name,
        )
    except TemplateError as error:
        problem = error.problem
        raise ExportError(f"{problem.file}:{problem.line}: {problem.message}") from error
    return ExportedEscalation(markdown, [loaded.notice] if loaded.notice else [])
