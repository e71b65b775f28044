"""Core messages stay English for the CLI and carry what the UI needs to translate them."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest

from desktop.core.case import FACT_LABELS
from desktop.core.i18n import Message, translate
from desktop.core.settings import choices, describe, load_settings


def test_a_message_is_its_english_text_and_remembers_its_source() -> None:
    message = translate("Escalation", "Summary is under {count} words.").format(count=12)
    assert message == "Summary is under 12 words."
    assert isinstance(message, str)
    assert (message.context, message.source, message.values) == (
        "Escalation",
        "Summary is under {count} words.",
        {"count": 12},
    )
    assert json.dumps({"m": message}) == '{"m": "Summary is under 12 words."}'
    again = pickle.loads(pickle.dumps(message))
    assert isinstance(again, Message) and again.values == {"count": 12}


def test_positional_values_are_refused_so_translations_can_reorder() -> None:
    with pytest.raises(TypeError):
        translate("X", "{0} words").format(3)


def test_settings_titles_and_fact_labels_are_translatable() -> None:
    for _name, title, description in describe():
        assert isinstance(title, Message) and isinstance(description, Message)
    assert all(isinstance(label, Message) for label in FACT_LABELS.values())


def test_language_and_appearance_only_take_their_listed_choices(tmp_path: Path) -> None:
    assert [value for value, _ in choices("language")] == ["", "en", "zh_TW", "ja"]
    assert [value for value, _ in choices("color_scheme")] == ["system", "light", "dark"]
    path = tmp_path / "settings.json"
    path.write_text('{"language": "zh_TW", "color_scheme": "dark"}', encoding="utf-8")
    settings = load_settings(path)
    assert (settings.language, settings.color_scheme) == ("zh_TW", "dark")
    path.write_text('{"language": "klingon"}', encoding="utf-8")
    with pytest.raises(ValueError, match="language must be one of"):
        load_settings(path)
