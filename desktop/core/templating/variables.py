"""Finds the variables a template uses but does not define, in order of first use."""

from __future__ import annotations

from dataclasses import dataclass

from jinja2 import Environment, meta, nodes

from desktop.core.templating.context_names import CONTEXT_NAMES

_MULTILINE_HINTS = ("details", "notes", "summary", "description", "body", "steps", "log", "text")


@dataclass(frozen=True)
class UsedVariable:
    """A variable a template reads without defining it."""

    name: str
    line: int
    kind: str
    """Guessed from use: ``list`` if looped over, ``bool`` if only tested, else text-like."""


def used_variables(ast: nodes.Template, env: Environment) -> list[UsedVariable]:
    """Variables ``ast`` needs from its context, excluding globals like ``range``.

    Case-supplied names (``contact_name``, ``checklist``...) are included; filter them with
    :data:`CONTEXT_NAMES` when asking only for what a form must supply.
    """
    undeclared = meta.find_undeclared_variables(ast) - set(env.globals)
    tests = [n.test for n in ast.find_all(nodes.If)]
    tests += [n.test for n in ast.find_all(nodes.CondExpr)]
    test_nodes = {id(t) for t in tests if isinstance(t, nodes.Name)}
    looped = {f.iter.name for f in ast.find_all(nodes.For) if isinstance(f.iter, nodes.Name)}
    first_line: dict[str, int] = {}
    tested: set[str] = set()
    other_use: set[str] = set()
    for name_node in ast.find_all(nodes.Name):
        name = name_node.name
        if name_node.ctx != "load" or name not in undeclared:
            continue
        line = name_node.lineno or 1
        first_line[name] = min(first_line.get(name, line), line)
        (tested if id(name_node) in test_nodes else other_use).add(name)
    found = [
        UsedVariable(name, line, _kind(name, looped, tested - other_use))
        for name, line in first_line.items()
    ]
    return sorted(found, key=lambda v: v.line)


def _kind(name: str, looped: set[str], only_tested: set[str]) -> str:
    if name in looped:
        return "list"
    if name in only_tested:
        return "bool"
    if name == "date" or name.endswith("_date"):
        return "date"
    if name.endswith(_MULTILINE_HINTS):
        return "multiline"
    return "text"


def needs_input(variables: list[UsedVariable]) -> list[UsedVariable]:
    """Only the variables the case context does not supply."""
    return [v for v in variables if v.name not in CONTEXT_NAMES]
