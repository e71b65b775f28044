"""Reproduction checklists: model, undoable edits, progress, JSON/YAML/Markdown, template library.

Import from here; the submodules are an implementation detail.
"""

from __future__ import annotations

from desktop.core.atomic import write_text_atomically
from desktop.core.checklist.context import template_context
from desktop.core.checklist.errors import ChecklistFormatError
from desktop.core.checklist.files import (
    export_checklist_yaml,
    import_checklist_yaml,
    suggested_file_name,
)
from desktop.core.checklist.library import (
    ChecklistLibrary,
    LoadError,
    bundled_checklists_dir,
    load_checklist_library,
    load_template_file,
)
from desktop.core.checklist.markdown import checklist_to_markdown
from desktop.core.checklist.model import (
    BLOCKED,
    ENVIRONMENT_FIELDS,
    FAILED,
    HEADER_FIELDS,
    HINT_FIELDS,
    NOT_RUN,
    PASSED,
    STATUS_LABELS,
    STATUSES,
    STEP_FIELDS,
    Checklist,
    ChecklistValueError,
    Step,
    environment_text,
    normalise_status,
)
from desktop.core.checklist.ops import (
    Edit,
    InsertStep,
    MoveStep,
    RemoveStep,
    ReplaceAll,
    UpdateHeader,
    UpdateStep,
    add_step,
    edit_step,
    move_step,
    remove_step,
    set_status,
)
from desktop.core.checklist.progress import (
    Progress,
    progress,
    reproduced,
    step_has_run,
    step_shows_problem,
)
from desktop.core.checklist.serial import (
    FORMAT_VERSION,
    checklist_from_data,
    checklist_from_json,
    checklist_to_data,
    checklist_to_json,
)
from desktop.core.checklist.sources import checklist_folders
from desktop.core.checklist.stored import read_stored_checklist
from desktop.core.checklist.template_file import (
    ChecklistTemplate,
    parse_checklist_template,
    template_matches,
)
from desktop.core.checklist.verdict import Verdict, verdict
from desktop.core.checklist.yaml_io import checklist_from_yaml, checklist_to_yaml

__all__ = [
    "BLOCKED",
    "ENVIRONMENT_FIELDS",
    "FAILED",
    "FORMAT_VERSION",
    "HEADER_FIELDS",
    "HINT_FIELDS",
    "NOT_RUN",
    "PASSED",
    "STATUSES",
    "STATUS_LABELS",
    "STEP_FIELDS",
    "Checklist",
    "ChecklistFormatError",
    "ChecklistLibrary",
    "ChecklistTemplate",
    "ChecklistValueError",
    "Edit",
    "InsertStep",
    "LoadError",
    "MoveStep",
    "Progress",
    "RemoveStep",
    "ReplaceAll",
    "Step",
    "UpdateHeader",
    "UpdateStep",
    "Verdict",
    "add_step",
    "bundled_checklists_dir",
    "checklist_folders",
    "checklist_from_data",
    "checklist_from_json",
    "checklist_from_yaml",
    "checklist_to_data",
    "checklist_to_json",
    "checklist_to_markdown",
    "checklist_to_yaml",
    "edit_step",
    "environment_text",
    "export_checklist_yaml",
    "import_checklist_yaml",
    "load_checklist_library",
    "load_template_file",
    "move_step",
    "normalise_status",
    "parse_checklist_template",
    "progress",
    "read_stored_checklist",
    "remove_step",
    "reproduced",
    "set_status",
    "step_has_run",
    "step_shows_problem",
    "suggested_file_name",
    "template_context",
    "template_matches",
    "verdict",
    "write_text_atomically",
]
