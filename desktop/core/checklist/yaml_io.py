"""Checklists as YAML for hand-off between engineers, read with line numbers for every error.

Reading composes the YAML with PyYAML's safe loader and walks the node tree instead of calling
``yaml.safe_load``: no object is ever constructed, every scalar stays the text that was written
(``versions: 1.20`` is "1.20", not 1.2) and shape errors can name the line they are on.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

import yaml

from desktop.core.checklist.errors import ChecklistFormatError
from desktop.core.checklist.model import Checklist
from desktop.core.checklist.serial import (
    TEMPLATE_KEYS,
    Path_,
    checklist_from_data,
    checklist_to_data,
)
from desktop.core.safe_parse import safe_compose

YAML_HEADER = "# Casewright reproduction checklist\n"
_NULL_TAG = "tag:yaml.org,2002:null"


class _Dumper(yaml.SafeDumper):
    """Writes multi-line text as literal blocks so steps read naturally."""


# Line breaks other than \n that YAML folds or normalises unless they are escaped.
_ODD_BREAKS = frozenset("\r\x85\u2028\u2029")


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style: str | None = None
    if _ODD_BREAKS.intersection(value):
        style = '"'
    elif "\n" in value:
        style = "|"
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _represent_str)


def checklist_to_yaml(checklist: Checklist) -> str:
    """Return ``checklist`` as a YAML document (empty and default values left out)."""
    body = yaml.dump(
        checklist_to_data(checklist, compact=True),
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        width=100,
    )
    return YAML_HEADER + body


def _to_data(node: yaml.Node, path: Path_, lines: dict[Path_, int], source: str) -> Any:
    lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.ScalarNode):
        return None if node.tag == _NULL_TAG else str(node.value)
    if isinstance(node, yaml.SequenceNode):
        return [_to_data(item, (*path, i), lines, source) for i, item in enumerate(node.value)]
    if isinstance(node, yaml.MappingNode):
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            line = key_node.start_mark.line + 1
            if not isinstance(key_node, yaml.ScalarNode):
                raise ChecklistFormatError("keys must be plain words", source=source, line=line)
            key = str(key_node.value)
            if key in result:
                raise ChecklistFormatError(f"key {key!r} appears twice", source=source, line=line)
            result[key] = _to_data(value_node, (*path, key), lines, source)
        return result
    raise ChecklistFormatError("unsupported YAML node", source=source, line=lines[path])


def parse_yaml_document(text: str, *, source: str = "") -> tuple[Any, dict[Path_, int]]:
    """Return the YAML ``text`` as plain data (all scalars text) and the line of each path.

    Raises:
        ChecklistFormatError: The text is not YAML, holds several documents, or is empty.
    """
    try:
        node = safe_compose(text)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        problem = " ".join(p for p in (error.context, error.problem) if p)
        raise ChecklistFormatError(
            f"not valid YAML: {problem or 'syntax error'}",
            source=source,
            line=mark.line + 1 if mark else None,
        ) from None
    except yaml.YAMLError as error:
        raise ChecklistFormatError(f"not valid YAML: {error}", source=source) from None
    if node is None:
        raise ChecklistFormatError("the document is empty", source=source, line=1)
    lines: dict[Path_, int] = {}
    return _to_data(node, (), lines, source), lines


def checklist_from_yaml(
    text: str, *, source: str = "", extra_keys: Collection[str] = TEMPLATE_KEYS
) -> Checklist:
    """Read a checklist from YAML as written by :func:`checklist_to_yaml` or by hand.

    A checklist template file reads too (its ``description`` and ``tags`` are ignored).

    Raises:
        ChecklistFormatError: Malformed YAML or a wrong shape; ``line`` says where.
    """
    data, lines = parse_yaml_document(text, source=source)
    return checklist_from_data(data, source=source, line_of=lines.get, extra_keys=extra_keys)
