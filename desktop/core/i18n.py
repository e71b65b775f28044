"""Translatable messages from the core, which never imports Qt.

The core writes its user-facing messages in English with ``translate(context, source)``;
``pyside6-lupdate`` collects these calls like Qt's own, and the UI shows the text translated
(``desktop.ui.i18n.core_text``). Command-line output and logs keep the English.
"""

from __future__ import annotations

from typing import Any


class Message(str):
    """English text that remembers its source string and values, so the UI can translate it.

    It is a ``str``: code that compares, joins or prints messages sees the English text.
    """

    context: str
    source: str
    values: dict[str, Any]

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
        return Message(self.context, self.source, {**self.values, **values})

    def __reduce__(self) -> tuple[Any, ...]:
        return (Message, (self.context, self.source, self.values))


def translate(context: str, source: str) -> Message:
    """Mark ``source`` for translation in ``context``; return it as an English :class:`Message`.

    Use ``.format(name=value)`` for values: the translation keeps the ``{name}`` placeholders.
    """
    return Message(context, source)
