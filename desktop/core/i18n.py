"""Translatable messages from the core, which never imports Qt.

The core writes its user-facing messages in English with ``translate(context, source)``;
``pyside6-lupdate`` collects these calls like Qt's own, and the UI shows the text translated
(``desktop.ui.i18n.core_text``). Command-line output and logs keep the English.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

# Context of messages whose text comes from data files, not from the .ts catalogues.
DATA_CONTEXT = "data"


class Message(str):
    """English text that remembers its source string and values, so the UI can translate it.

    It is a ``str``: code that compares, joins or prints messages sees the English text.
    """

    context: str
    source: str
    values: dict[str, Any]
    data: LocalizedText | None = None  # set by data_message: the text translates from data

    def __new__(cls, context: str, source: str, values: dict[str, Any] | None = None) -> Message:
        values = dict(values or {})
        message = super().__new__(cls, source.format(**values) if values else source)
        message.context = context
        message.source = source
        message.values = values
        return message

    def format(self, *args: object, **values: Any) -> Message:
        """The message with ``{name}`` placeholders filled in (positional use is refused)."""
        if args:
            raise TypeError("Message.format takes named values only")
        message = Message(self.context, self.source, {**self.values, **values})
        message.data = self.data
        return message

    def __reduce__(self) -> tuple[Any, ...]:
        return (Message, (self.context, self.source, self.values))


def translate(context: str, source: str) -> Message:
    """Mark ``source`` for translation in ``context``; return it as an English :class:`Message`.

    Use ``.format(name=value)`` for values: the translation keeps the ``{name}`` placeholders.
    """
    return Message(context, source)


class LocalizedText(str):
    """Text from a data file (English) that carries its own translations, keyed by language.

    It is a ``str`` holding the English, so files, templates and the command line see English;
    the UI shows :meth:`in_language` of its language (``core_text`` does this). Translations may
    use the same ``{name}`` placeholders as the English, and only those.
    """

    translations: Mapping[str, str]

    def __new__(cls, english: str, translations: Mapping[str, str] | None = None) -> LocalizedText:
        text = super().__new__(cls, english)
        text.translations = dict(translations or {})
        return text

    def in_language(self, language: str) -> str:
        """The translation into ``language``, or the English when there is none."""
        return self.translations.get(language) or str(self)

    def __reduce__(self) -> tuple[Any, ...]:
        return (LocalizedText, (str(self), dict(self.translations)))


def escape_fields(template: str, names: Iterable[str]) -> str:
    """``template`` ready for ``str.format``: only the ``{name}`` fields in ``names`` remain."""
    escaped = template.replace("{", "{{").replace("}", "}}")
    for name in names:
        escaped = escaped.replace("{{" + name + "}}", "{" + name + "}")
    return escaped


def data_message(template: str, **values: Any) -> Message:
    """A message whose text comes from a data file (a :class:`LocalizedText`), with values.

    Only the ``{name}`` fields given in ``values`` are filled; any other brace is literal.
    """
    message = Message(DATA_CONTEXT, escape_fields(template, values), values)
    message.data = template if isinstance(template, LocalizedText) else LocalizedText(template)
    return message
