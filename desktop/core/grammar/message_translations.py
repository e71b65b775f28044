"""Casewright's own grammar and style messages in the UI languages (data, keyed by rule id).

``resources/grammar/message_translations.yaml`` holds them; a rule it lacks (a team's) keeps its
English message. The CLI and JSON output see the English (``str`` of the message).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

import yaml

from desktop.core.i18n import LocalizedText
from desktop.core.resources import ResourceError, read_bundled_text

MESSAGE_TRANSLATIONS = "grammar/message_translations.yaml"


@lru_cache(maxsize=1)
def message_table() -> dict[str, dict[str, str]]:
    """Rule id -> {language: message template}; empty when the file is missing or broken."""
    try:
        data = yaml.safe_load(read_bundled_text("resources", MESSAGE_TRANSLATIONS))
    except (ResourceError, OSError, yaml.YAMLError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {
        str(rule_id): {str(k): str(v) for k, v in texts.items() if str(v).strip()}
        for rule_id, texts in data.items()
        if isinstance(texts, dict)
    }


def _same(template: str) -> str:
    return template


def localized_message(
    rule_id: str, english: str, fill: Callable[[str], str] = _same
) -> LocalizedText:
    """``fill(english)`` carrying ``fill`` of each translation of ``rule_id``'s message."""
    translations = message_table().get(rule_id, {})
    return LocalizedText(fill(english), {lang: fill(text) for lang, text in translations.items()})
