"""Connects an editor of one per-case document to autosave and case switching."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import SignalInstance


@dataclass
class DocumentBinding:
    """How the main window loads, reads and watches one document kind of the current case.

    Any pane can hold a document: give its ``kind``, a signal that fires on user edits,
    a function returning the content to save and one that shows loaded content.
    """

    kind: str
    changed: SignalInstance
    content: Callable[[], str]
    show: Callable[[str], None]
    title: str
