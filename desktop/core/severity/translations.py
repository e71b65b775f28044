"""Reads the ``translations:`` blocks of a severity definitions file.

Translations sit next to the English they translate, keyed by UI language (``zh_TW``, ``ja``):

    name: AWS Support
    translations:
      ja:
        name: AWS サポート
        plans: {Business: ビジネス}
        response_times: {"< 1 hour": "1 時間以内"}
    levels:
      - code: urgent
        name: Production system down
        criteria: ...
        translations: {ja: {name: 本稼働システムのダウン, criteria: ...}}
    rules:
      - level: urgent
        reason: A production system is down and there is no workaround
        translations: {ja: 本稼働システムがダウンしており、回避策がありません}

Anything missing (a team's copy without translations) shows the English.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Protocol

from yaml.nodes import Node

from desktop.core.i18n import LocalizedText

_LANGUAGE_RE = re.compile(r"[a-z]{2,3}(_[A-Z][A-Za-z]{1,3})?")
_FIELD_RE = re.compile(r"\{(\w*)\}")
TOP_FIELDS = {"name", "description", "plans", "response_times"}
LEVEL_FIELDS = {"name", "criteria"}


class Reader(Protocol):
    """What this module needs of the loader's node reader."""

    def fail(self, node: Node | None, message: str) -> Exception: ...
    def mapping(self, node: Node, what: str, allowed: set[str]) -> dict[str, Node]: ...
    def text(self, node: Node, what: str) -> str: ...


# language -> field -> node (for texts) or the node of a nested mapping (plans, response_times)
Blocks = dict[str, dict[str, Node]]


def read_blocks(reader: Reader, node: Node | None, what: str, fields: set[str]) -> Blocks:
    """The per-language mappings of a ``translations:`` node (empty when there is none)."""
    if node is None:
        return {}
    blocks: Blocks = {}
    for language, block in reader.mapping(node, f"{what} translations", set()).items():
        if not _LANGUAGE_RE.fullmatch(language):
            raise reader.fail(block, f"{language!r} is not a language such as zh_TW or ja")
        blocks[language] = reader.mapping(block, f"{what} {language} translation", fields)
    return blocks


def read_texts(reader: Reader, node: Node | None, what: str) -> dict[str, Node]:
    """A rule's ``translations:`` (language -> reason text node)."""
    if node is None:
        return {}
    items = reader.mapping(node, f"{what} translations", set())
    for language, value in items.items():
        if not _LANGUAGE_RE.fullmatch(language):
            raise reader.fail(value, f"{language!r} is not a language such as zh_TW or ja")
    return items


def localized(
    reader: Reader, english: str, nodes: Mapping[str, Node | None], what: str
) -> LocalizedText:
    """``english`` with its translations from ``nodes`` (language -> text node, or None).

    A translation must use the same ``{name}`` placeholders as the English.
    """
    fields = sorted(_FIELD_RE.findall(english))
    translations: dict[str, str] = {}
    for language, node in nodes.items():
        if node is None:
            continue
        text = reader.text(node, f"the {language} translation of {what}")
        if sorted(_FIELD_RE.findall(text)) != fields:
            wanted = ", ".join("{" + f + "}" for f in fields) or "no {placeholders}"
            raise reader.fail(node, f"the {language} translation of {what} must use {wanted}")
        translations[language] = text
    return LocalizedText(english, translations)


def field(blocks: Blocks, name: str) -> dict[str, Node | None]:
    """Language -> the node of ``name`` in each block (None where that language lacks it)."""
    return {language: block.get(name) for language, block in blocks.items()}


def glossary(reader: Reader, blocks: Blocks, name: str) -> Callable[[str, str], LocalizedText]:
    """A function translating a value listed under ``name`` (plans, response_times)."""
    tables: dict[str, dict[str, Node]] = {
        language: reader.mapping(block[name], f"{language} {name}", set())
        for language, block in blocks.items()
        if name in block
    }

    def translate(english: str, what: str) -> LocalizedText:
        nodes = {language: table.get(english) for language, table in tables.items()}
        return localized(reader, english, nodes, what)

    return translate
