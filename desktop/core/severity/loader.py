"""Loads severity definition files (YAML), reporting bad ones by file and line, never crashing."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from desktop.core.i18n import LocalizedText
from desktop.core.safe_parse import safe_compose
from desktop.core.severity import translations as tr
from desktop.core.severity.model import (
    STATES,
    Condition,
    DefinitionError,
    DefinitionSet,
    Level,
    Rule,
)

_ID_RE = re.compile(r"[a-z0-9][a-z0-9_-]*")
_TOP_KEYS = {
    *("id", "name", "source", "plans", "default_plan", "levels", "rules", "description"),
    "translations",
}
_LEVEL_KEYS = {"code", "name", "criteria", "response_time", "aliases", "translations"}
_RULE_KEYS = {"when", "level", "reason", "translations"}
_BOOL_CONDITIONS = ("production", "critical_business", "workaround", "has_deadline")
_WHEN_KEYS = {*_BOOL_CONDITIONS, "state", "min_users"}


class _Reader:
    """Turns YAML nodes into values, raising DefinitionError with the node's line."""

    def __init__(self, path: str) -> None:
        self.path = path

    def fail(self, node: Node | None, message: str) -> DefinitionError:
        return DefinitionError(self.path, node.start_mark.line + 1 if node else 0, message)

    def mapping(self, node: Node, what: str, allowed: set[str]) -> dict[str, Node]:
        if not isinstance(node, MappingNode):
            raise self.fail(node, f"{what} must be a mapping of key: value")
        result: dict[str, Node] = {}
        for key, value in node.value:
            if not isinstance(key, ScalarNode):
                raise self.fail(key, f"{what} has a key that is not a plain name")
            if key.value in result:
                raise self.fail(key, f"{what} repeats the key {key.value!r}")
            if allowed and key.value not in allowed:
                raise self.fail(key, f"{what} has an unknown key {key.value!r}")
            result[key.value] = value
        return result

    def required(self, node: Node, items: dict[str, Node], key: str, what: str) -> Node:
        if key not in items:
            raise self.fail(node, f"{what} is missing the required field {key!r}")
        return items[key]

    def text(self, node: Node, what: str) -> str:
        if not isinstance(node, ScalarNode) or node.tag.endswith(":null") or not node.value.strip():
            raise self.fail(node, f"{what} must be a non-empty text")
        return str(node.value).strip()

    def texts(self, node: Node, what: str) -> list[tuple[Node, str]]:
        if isinstance(node, ScalarNode):
            return [(node, self.text(node, what))]
        if not isinstance(node, SequenceNode):
            raise self.fail(node, f"{what} must be a list")
        return [(item, self.text(item, what)) for item in node.value]

    def boolean(self, node: Node, what: str) -> bool:
        if not isinstance(node, ScalarNode) or not node.tag.endswith(":bool"):
            raise self.fail(node, f"{what} must be true or false")
        return str(node.value).lower() in {"true", "yes", "on", "y"}

    def integer(self, node: Node, what: str) -> int:
        if not isinstance(node, ScalarNode) or not node.tag.endswith(":int"):
            raise self.fail(node, f"{what} must be a whole number")
        value = int(str(node.value).replace("_", ""), 0)
        if value < 0:
            raise self.fail(node, f"{what} must not be negative")
        return value


def _level(
    reader: _Reader,
    node: Node,
    plans: tuple[str, ...],
    response_time: Callable[[str, str], LocalizedText],
) -> Level:
    items = reader.mapping(node, "a level", _LEVEL_KEYS)
    code = reader.text(reader.required(node, items, "code", "a level"), "code")
    what = f"level {code!r}"
    blocks = tr.read_blocks(reader, items.get("translations"), what, tr.LEVEL_FIELDS)
    times_node = reader.required(node, items, "response_time", what)
    times: dict[str, str] = {}
    for plan, value in reader.mapping(times_node, f"{what} response_time", set()).items():
        if plan not in plans:
            raise reader.fail(value, f"{what} names plan {plan!r}, which is not in plans")
        times[plan] = response_time(reader.text(value, f"{what} response time on {plan}"), what)
    if not times:
        raise reader.fail(times_node, f"{what} needs a response time for at least one plan")
    aliases = (
        [a.lower() for _n, a in reader.texts(items["aliases"], "aliases")]
        if "aliases" in items
        else []
    )
    name = reader.text(reader.required(node, items, "name", what), f"{what} name")
    criteria = reader.text(reader.required(node, items, "criteria", what), f"{what} criteria")
    return Level(
        code=code,
        name=tr.localized(reader, name, tr.field(blocks, "name"), f"{what} name"),
        criteria=tr.localized(reader, criteria, tr.field(blocks, "criteria"), f"{what} criteria"),
        response_times=times,
        aliases=tuple(aliases),
    )


def _condition(reader: _Reader, node: Node) -> Condition:
    items = reader.mapping(node, "a rule's when", _WHEN_KEYS)
    flags = {key: reader.boolean(items[key], key) for key in _BOOL_CONDITIONS if key in items}
    states = None
    if "state" in items:
        states = tuple(s for _n, s in reader.texts(items["state"], "state"))
        for state_node, state in reader.texts(items["state"], "state"):
            if state not in STATES:
                raise reader.fail(state_node, f"state {state!r} is not one of {', '.join(STATES)}")
    users = reader.integer(items["min_users"], "min_users") if "min_users" in items else None
    return Condition(states=states, min_users=users, **flags)


def _rule(reader: _Reader, node: Node, codes: set[str]) -> Rule:
    items = reader.mapping(node, "a rule", _RULE_KEYS)
    level_node = reader.required(node, items, "level", "a rule")
    level = reader.text(level_node, "a rule's level")
    if level not in codes:
        raise reader.fail(level_node, f"rule names level {level!r}, which is not defined")
    when = _condition(reader, items["when"]) if "when" in items else Condition()
    reason_node = reader.required(node, items, "reason", "a rule")
    reason = reader.text(reason_node, "a rule's reason")
    if when.states is not None and len(when.states) > 1 and "{state}" not in reason:
        # One fixed word for several states ("impaired" for down) contradicts the answers.
        raise reader.fail(
            reason_node,
            "a rule for several states must say which with {state} in its reason, "
            "e.g. 'A non-production system is {state}'",
        )
    nodes = tr.read_texts(reader, items.get("translations"), "a rule's reason")
    return Rule(when=when, level=level, reason=tr.localized(reader, reason, nodes, "the reason"))


def _decode(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise DefinitionError(str(path), line, "the file is not UTF-8 text") from None


def parse_definitions(text: str, path: str = "<text>") -> DefinitionSet:
    """Parse one definitions document.

    Raises:
        DefinitionError: bad YAML or a missing/invalid field, with the line it is on.
    """
    reader = _Reader(path)
    try:
        root = safe_compose(text)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else 0
        raise DefinitionError(path, line, f"not valid YAML: {error.problem or error}") from None
    except yaml.YAMLError as error:
        raise DefinitionError(path, 0, f"not valid YAML: {error}") from None
    if root is None:
        raise DefinitionError(path, 1, "the file is empty")
    items = reader.mapping(root, "the file", _TOP_KEYS)
    set_id = reader.text(reader.required(root, items, "id", "the file"), "id")
    if not _ID_RE.fullmatch(set_id):
        raise reader.fail(items["id"], "id must be lower-case letters, digits, - or _")
    source = reader.text(reader.required(root, items, "source", "the file"), "source")
    if not source.startswith(("https://", "http://")):
        raise reader.fail(items["source"], "source must be the URL of the public page cited")
    blocks = tr.read_blocks(reader, items.get("translations"), "the file", tr.TOP_FIELDS)
    plan_name = tr.glossary(reader, blocks, "plans")
    plans_node = reader.required(root, items, "plans", "the file")
    plans = tuple(plan_name(p, f"plan {p!r}") for _n, p in reader.texts(plans_node, "plans"))
    if not plans:
        raise reader.fail(plans_node, "plans must name at least one support plan")
    default_plan: str = plans[-1]
    if "default_plan" in items:
        default_plan = reader.text(items["default_plan"], "default_plan")
        if default_plan not in plans:
            raise reader.fail(items["default_plan"], "default_plan must be one of plans")
    levels_node = reader.required(root, items, "levels", "the file")
    if not isinstance(levels_node, SequenceNode) or not levels_node.value:
        raise reader.fail(levels_node, "levels must be a list of at least one level")
    levels: list[Level] = []
    response_time = tr.glossary(reader, blocks, "response_times")
    for node in levels_node.value:
        level = _level(reader, node, plans, response_time)
        if any(other.code == level.code for other in levels):
            raise reader.fail(node, f"level code {level.code!r} is defined twice")
        levels.append(level)
    rules: list[Rule] = []
    if "rules" in items:
        if not isinstance(items["rules"], SequenceNode):
            raise reader.fail(items["rules"], "rules must be a list")
        codes = {lvl.code for lvl in levels}
        rules = [_rule(reader, node, codes) for node in items["rules"].value]
    name = reader.text(reader.required(root, items, "name", "the file"), "name")
    description = reader.text(items["description"], "description") if "description" in items else ""
    return DefinitionSet(
        id=set_id,
        name=tr.localized(reader, name, tr.field(blocks, "name"), "the name"),
        source=source,
        plans=plans,
        default_plan=default_plan,
        levels=tuple(levels),
        rules=tuple(rules),
        path=path,
        description=tr.localized(
            reader, description, tr.field(blocks, "description"), "the description"
        ),
    )


def load_file(path: Path) -> DefinitionSet:
    """Load one definitions file.

    Raises:
        DefinitionError: unreadable, not UTF-8, bad YAML or invalid content (file and line).
    """
    try:
        text = _decode(path)
    except OSError as error:
        raise DefinitionError(str(path), 0, f"cannot read the file ({error.strerror})") from None
    return parse_definitions(text, str(path))
