"""Reads a template's optional metadata: the leading ``{#-- casewright ... --#}`` YAML comment."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from desktop.core.safe_parse import check_yaml
from desktop.core.templating.metadata_schema import TemplateMeta, validate_metadata
from desktop.core.templating.problems import TemplateProblem

OPENING = "{#-- casewright"
CLOSING = "--#}"
_SUMMARY_KEYS = re.compile(r"^(title|tags|language|description|audience):", re.MULTILINE)
_Loader: type[Any] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class MetadataBlock:
    """Where the metadata comment sits in a file (1-based lines) and its YAML text."""

    yaml_text: str
    first_yaml_line: int = 2
    closing_line: int = 0
    problems: list[TemplateProblem] = field(default_factory=list)


def find_metadata_block(text: str, file: str) -> MetadataBlock | None:
    """Return the metadata block at the top of ``text``, or None if the file has none."""
    if not text.startswith(OPENING):
        return None
    lines = text.split("\n")
    for index, line in enumerate(lines[1:], start=2):
        if line.strip() == CLOSING:
            return MetadataBlock("\n".join(lines[1 : index - 1]), 2, index)
        if "#}" in line:
            early = TemplateProblem(
                file, index, f"'#}}' ends the metadata comment early; close it with {CLOSING}"
            )
            return MetadataBlock("", 2, 0, [early])
    unclosed = TemplateProblem(
        file, 1, f"the metadata comment is not closed: end it with a line holding only {CLOSING}"
    )
    return MetadataBlock("", 2, 0, [unclosed])


def parse_metadata(text: str, file: str) -> tuple[TemplateMeta, list[TemplateProblem]]:
    """Parse and check the metadata of template source ``text``.

    Returns the metadata (empty defaults when there is none or it is broken) and the problems
    found, each on its true line in the file. Never raises for bad input.
    """
    block = find_metadata_block(text, file)
    if block is None:
        return TemplateMeta(), []
    if block.problems:
        return TemplateMeta(has_metadata=True), block.problems
    offset = block.first_yaml_line
    try:
        check_yaml(block.yaml_text)  # aliases could expand to gigabytes before any time limit
        loader = _Loader(block.yaml_text)
        try:
            node = loader.get_single_node()
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except yaml.YAMLError as exc:
        return TemplateMeta(has_metadata=True), [_yaml_problem(exc, file, offset)]
    lines = _key_lines(node, offset) if node is not None else {}
    return validate_metadata(data, file=file, lines=lines, first_line=offset)


def _yaml_problem(exc: yaml.YAMLError, file: str, offset: int) -> TemplateProblem:
    mark = getattr(exc, "problem_mark", None)
    line = offset + mark.line if mark is not None else offset
    reason = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    hint = ""
    if "mapping values are not allowed" in reason:
        hint = " (put text containing ': ' in quotes)"
    return TemplateProblem(file, line, f"invalid metadata YAML: {reason}{hint}")


def _key_lines(node: yaml.Node, offset: int) -> dict[tuple[str, ...], int]:
    """Map each mapping key path, e.g. ``("variables", "urgency", "kind")``, to its file line."""
    lines: dict[tuple[str, ...], int] = {}

    def walk(current: yaml.Node, path: tuple[str, ...], depth: int) -> None:
        if not isinstance(current, yaml.MappingNode) or depth > 3:
            return
        for key_node, value_node in current.value:
            key = (*path, str(key_node.value))
            lines.setdefault(key, key_node.start_mark.line + offset)
            walk(value_node, key, depth + 1)

    walk(node, (), 0)
    return lines


def quick_summary(text: str) -> dict[str, Any]:
    """Cheaply read only the top-level title, tags, language, description and audience.

    Used to index thousands of templates for search without parsing every variable. Returns
    an empty dict when the file has no metadata or those lines are not plain YAML.
    """
    block = find_metadata_block(text, "")
    if block is None or block.problems:
        return {}
    wanted: list[str] = []
    keep = False
    for line in block.yaml_text.split("\n"):
        if line[:1] not in ("", " ", "\t", "-", "#"):
            keep = _SUMMARY_KEYS.match(line) is not None
        if keep:
            wanted.append(line)
    try:
        data = yaml.load("\n".join(wanted), Loader=_Loader)
    except yaml.YAMLError:
        return {}
    return data if isinstance(data, dict) else {}
