"""The gate panel's names of secret rules in the UI languages (``resources/gate/rule_names.yaml``).

Keyed by a rule's English short name, so team rules with the same description read the same
and any other name stays English. Redaction markers keep the English (``str`` of the name).
"""

from __future__ import annotations

from functools import lru_cache

import yaml

from desktop.core.i18n import LocalizedText
from desktop.core.resources import ResourceError, read_bundled_text

RULE_NAMES = "gate/rule_names.yaml"


@lru_cache(maxsize=1)
def rule_name_table() -> dict[str, dict[str, str]]:
    """English name -> {language: name}; empty when the file is missing or unreadable."""
    try:
        return parse_rule_names(read_bundled_text("resources", RULE_NAMES))
    except (ResourceError, OSError):
        return {}


def parse_rule_names(text: str) -> dict[str, dict[str, str]]:
    """The table in ``text`` (YAML); empty when it is not a mapping of names (say, empty)."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError:
        return {}
    if not isinstance(data, dict):
        return {}
    return {
        str(english): {str(k): str(v) for k, v in names.items() if str(v).strip()}
        for english, names in data.items()
        if isinstance(names, dict)
    }


def rule_name(english: str) -> LocalizedText:
    """``english`` with its translations, when the table has any."""
    return LocalizedText(english, rule_name_table().get(english, {}))


def capitalized(name: str) -> LocalizedText:
    """``name`` with a capital first letter in English (other scripts have none to raise)."""
    translations = name.translations if isinstance(name, LocalizedText) else {}
    return LocalizedText(name[:1].upper() + name[1:], translations)
