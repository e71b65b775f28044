"""One checklist template file: a checklist plus id, description and tags, checked strictly."""

from __future__ import annotations

from dataclasses import dataclass, replace

from desktop.core.checklist.errors import ChecklistFormatError
from desktop.core.checklist.model import HINT_FIELDS, NOT_RUN, Checklist
from desktop.core.checklist.serial import TEMPLATE_KEYS, checklist_from_data
from desktop.core.checklist.yaml_io import parse_yaml_document


@dataclass(frozen=True)
class ChecklistTemplate:
    """A named starting point for a reproduction checklist."""

    id: str
    title: str
    description: str
    tags: tuple[str, ...]
    checklist: Checklist
    source: str
    origin: str
    """``bundled`` or the folder it was loaded from."""


def parse_checklist_template(
    text: str, *, template_id: str, source: str = "", origin: str = ""
) -> ChecklistTemplate:
    """Parse and check a template file's text.

    Beyond a checklist's shape, a template needs a title and at least one step, every step
    needs an action and an expected result, and no step may carry a result yet. The
    environment's ``versions``, ``settings`` and ``preconditions`` say what to record: they
    become hints of the checklist started from it, not values (``service`` and ``region``
    stay values).

    Raises:
        ChecklistFormatError: What is wrong, with the line.
    """
    data, lines = parse_yaml_document(text, source=source)
    checklist = checklist_from_data(
        data, source=source, line_of=lines.get, extra_keys=TEMPLATE_KEYS
    )

    def fail(path: tuple[str | int, ...], message: str) -> ChecklistFormatError:
        return ChecklistFormatError(message, source=source, line=lines.get(path, lines.get(())))

    if not checklist.title.strip():
        raise fail(("title",), "a template needs a title")
    if not checklist.steps:
        raise fail(("steps",), "a template needs at least one step")
    for i, step in enumerate(checklist.steps):
        for name in ("action", "expected"):
            if not getattr(step, name).strip():
                raise fail(("steps", i), f"step {i + 1}: {name} is empty")
        if step.actual or step.evidence or step.status != NOT_RUN:
            raise fail(("steps", i), f"step {i + 1}: a template step has no result yet")
    description = data.get("description") or ""
    tags = data.get("tags") or []
    if not isinstance(description, str):
        raise fail(("description",), "description must be text")
    if not isinstance(tags, list) or not all(isinstance(tag, str) for tag in tags):
        raise fail(("tags",), "tags must be a list of words, e.g. [ecs, health-check]")
    hints = tuple((name, getattr(checklist, name).strip()) for name in HINT_FIELDS)
    checklist = replace(
        checklist,
        hints=tuple((name, text) for name, text in hints if text),
        versions="",
        settings="",
        preconditions="",
    )
    return ChecklistTemplate(
        id=template_id,
        title=checklist.title.strip(),
        description=description.strip(),
        tags=tuple(tags),
        checklist=checklist,
        source=source,
        origin=origin,
    )


def template_matches(template: ChecklistTemplate, query: str) -> bool:
    """Whether every word of ``query`` is in a word of the template's title, description,
    tags, service or id (case-insensitive), so "eks pull" finds ImagePullBackOff."""
    haystack = " ".join(
        (template.title, template.description, " ".join(template.tags), template.id,
         template.checklist.service)
    ).casefold()  # fmt: skip
    words = haystack.replace("-", " ").replace("/", " ").split()
    return all(any(query_word in w for w in words) for query_word in query.casefold().split())
