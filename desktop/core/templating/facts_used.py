"""Which case facts and settings a template reads, so a form can show just those."""

from __future__ import annotations

from jinja2 import TemplateError as JinjaTemplateError
from jinja2 import nodes

from desktop.core.case import FACT_NAMES
from desktop.core.templating.entry import TemplateEntry
from desktop.core.templating.environment import make_environment
from desktop.core.templating.lint import template_names

SETTING_NAMES: tuple[str, ...] = ("engineer_name", "team_name")
_KNOWN = (*FACT_NAMES, *SETTING_NAMES)
_MAX_FILES = 20


def facts_used(entry: TemplateEntry) -> list[str]:
    """Case facts and settings ``entry`` reads, directly or in the templates it includes.

    Returns names in the order of :data:`FACT_NAMES` then :data:`SETTING_NAMES`; a template
    that does not parse yields what could be found (possibly nothing).
    """
    env = make_environment(entry.source.roots)
    found: set[str] = set()
    pending: list[tuple[str, str | None]] = [(entry.text, None)]
    seen: set[str] = set()
    while pending and len(seen) < _MAX_FILES:
        source, name = pending.pop()
        try:
            if name is not None:
                source = env.loader.get_source(env, name)[0] if env.loader else ""
            ast = env.parse(source)
        except (JinjaTemplateError, RecursionError, OSError):
            continue
        found |= _names_in(ast)
        for node in ast.find_all((nodes.Include, nodes.Import, nodes.FromImport)):
            for included in template_names(node) or ():
                if included not in seen:
                    seen.add(included)
                    pending.append(("", included))
    return [name for name in _KNOWN if name in found]


def _names_in(ast: nodes.Template) -> set[str]:
    names = {n.name for n in ast.find_all(nodes.Name) if n.name in _KNOWN}
    for node in ast.find_all(nodes.Getattr):
        if isinstance(node.node, nodes.Name) and node.node.name == "case":
            names.add(node.attr)
    return names
