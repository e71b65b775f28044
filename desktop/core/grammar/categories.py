"""One category scheme for every engine, read from ``resources/grammar/categories.yaml``.

Each engine's finding (a Harper lint, a LanguageTool match) is looked up by its rule id,
then by its group (Harper's lint kind; LanguageTool's category id, then issue type), then the
engine's default. A value is ``category`` or ``category/kind`` (``grammar/articles``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from desktop.core.grammar.issue import Category
from desktop.core.resources import read_bundled_text
from desktop.core.safe_parse import safe_load

CATEGORIES_FILE = "grammar/categories.yaml"


class CategoryTableError(ValueError):
    """The categories file names an unknown category or kind."""


@dataclass(frozen=True)
class Placement:
    """Where a finding goes: its category and, for grammar, what kind of grammar."""

    category: Category
    kind: str = ""


@dataclass(frozen=True)
class EngineTable:
    """One engine's mapping: rule ids first, then groups, then the default."""

    rules: dict[str, Placement]
    groups: dict[str, Placement]
    default: Placement
    examples: dict[str, str]

    def place(self, rule_id: str, *groups: str) -> Placement:
        """The placement of a finding of ``rule_id`` in ``groups`` (most specific first)."""
        if rule_id in self.rules:
            return self.rules[rule_id]
        for group in groups:
            if group in self.groups:
                return self.groups[group]
        return self.default


def parse_placement(value: str, kinds: frozenset[str]) -> Placement:
    """``grammar/articles`` -> ``Placement(GRAMMAR, "articles")``; raise on unknown names."""
    name, _, kind = str(value).partition("/")
    try:
        category = Category(name)
    except ValueError as error:
        raise CategoryTableError(f"unknown category {name!r} in {value!r}") from error
    if kind and kind not in kinds:
        raise CategoryTableError(f"unknown grammar kind {kind!r} in {value!r}")
    return Placement(category, kind)


def _engine_table(raw: dict[str, Any], kinds: frozenset[str]) -> EngineTable:
    rules: dict[str, Placement] = {}
    examples: dict[str, str] = {}
    for rule_id, entry in (raw.get("rules") or {}).items():
        rules[str(rule_id)] = parse_placement(entry["category"], kinds)
        examples[str(rule_id)] = str(entry.get("example", ""))
    groups = {str(k): parse_placement(v, kinds) for k, v in (raw.get("groups") or {}).items()}
    default = parse_placement(raw.get("default", "style"), kinds)
    return EngineTable(rules, groups, default, examples)


def parse_tables(text: str) -> dict[str, EngineTable]:
    """Every engine's table from the YAML ``text``."""
    data = safe_load(text) or {}
    kinds = frozenset(str(kind) for kind in data.get("grammar_kinds", ()))
    return {
        engine: _engine_table(data[engine], kinds)
        for engine in ("harper", "languagetool")
        if isinstance(data.get(engine), dict)
    }


@lru_cache(maxsize=1)
def bundled_tables() -> dict[str, EngineTable]:
    """The shipped category tables, by engine name."""
    return parse_tables(read_bundled_text("resources", CATEGORIES_FILE))


def table(engine: str) -> EngineTable:
    """The shipped table of ``engine`` (``harper`` or ``languagetool``)."""
    return bundled_tables()[engine]
