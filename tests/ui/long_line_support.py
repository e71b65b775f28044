"""Helpers for the long-line tests: the window's text fields by kind, pasting like a user,
and a timer that counts how often the event loop got a turn."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit, QWidget
from pytestqt.qtbot import QtBot

from desktop.core.case import CHECKLIST, ESCALATION, REPLY
from desktop.core.checklist import Checklist, Step, checklist_from_json
from desktop.core.escalation import note_from_json
from desktop.ui.escalation.pane import EscalationPane
from desktop.ui.long_lines import RefusesLongLines
from desktop.ui.main_window import MainWindow
from desktop.ui.reproduction.pane import ReproductionPane

# A minified JSON log line, as pasted from a log viewer: one line, no break anywhere.
_RECORD = '{"ts":"2026-11-27T04:00:00.123Z","level":"info","req":"7d3f0c2e-1b7a","msg":"ok"},'


def log_line(length: int) -> str:
    """One line of ``length`` characters of log records."""
    return (_RECORD * (length // len(_RECORD) + 1))[:length]


@dataclass(frozen=True)
class FieldKind:
    """One kind of text field: how to find it in the window and where the store keeps it."""

    name: str
    find: Callable[[Any], QWidget]
    stored: Callable[[Any, int], str] | None  # None: not kept (a search box)


def _escalation(window: MainWindow) -> QWidget:
    pane = window.features.find(EscalationPane)
    editor: QWidget = pane.form.editors["evidence"]
    return editor


def _checklist(window: Any) -> Any:
    pane = window.features.find(ReproductionPane)
    if not pane.checklist().steps:
        pane.replace_checklist(Checklist(title="Lambda timeout", steps=(Step("invoke", "200"),)))
        pane.table.select_row(0)
    return pane


def _load(window: Any, key: int, kind: str) -> str:
    return str(window.context.store.load_document(key, kind))


KINDS = (
    FieldKind("reply editor", lambda w: w.reply_editor, lambda w, k: _load(w, k, REPLY)),
    FieldKind(
        "escalation field",
        _escalation,
        lambda w, k: note_from_json(_load(w, k, ESCALATION)).evidence,
    ),
    FieldKind(
        "checklist text field",
        lambda w: _checklist(w).step_editor.editors["actual"],
        lambda w, k: checklist_from_json(_load(w, k, CHECKLIST)).steps[0].actual,
    ),
    FieldKind(
        "checklist line",
        lambda w: _checklist(w).header.title,
        lambda w, k: checklist_from_json(_load(w, k, CHECKLIST)).title,
    ),
    FieldKind(
        "case fact line",
        lambda w: w.facts_form.editors["subject"],
        lambda w, k: w.context.store.get_case(k).facts.subject,
    ),
    FieldKind("case search", lambda w: w.case_list.search, None),
    FieldKind("next step", lambda w: w.findChild(QLineEdit, "nextStep"), None),
)


def text_of(field: QWidget) -> str:
    """What ``field`` holds."""
    if isinstance(field, QLineEdit):
        return field.text()
    assert isinstance(field, QPlainTextEdit | QTextEdit), type(field).__name__
    return field.toPlainText()


def paste(qtbot: QtBot, field: QWidget, text: str, *, replace: bool = False) -> None:
    """Put ``text`` on the clipboard and press Ctrl+V in ``field`` at its end (or, with
    ``replace``, over all of it after Ctrl+A)."""
    QGuiApplication.clipboard().setText(text)
    if replace:
        qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    elif isinstance(field, QLineEdit):
        field.end(False)
    else:
        assert isinstance(field, QPlainTextEdit | QTextEdit), type(field).__name__
        field.moveCursor(field.textCursor().MoveOperation.End)
    qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def ticks_while(qtbot: QtBot, action: Callable[[], None], seconds: float = 2.0) -> int:
    """How many times a 50 ms timer fired in the ``seconds`` after ``action`` began.

    About ``seconds / 0.05``; an action that blocks the event loop that long gets one or none.
    """
    ticks = [0]
    timer = QTimer()
    timer.setInterval(50)
    timer.timeout.connect(lambda: ticks.__setitem__(0, ticks[0] + 1))
    timer.start()
    until = time.monotonic() + seconds
    action()
    while time.monotonic() < until:
        qtbot.wait(20)
    timer.stop()
    return ticks[0]


def unguarded_text_fields(root: QWidget) -> list[str]:
    """Editable text fields under ``root`` that would take a 10 MB line (or cut a long one)."""
    found = []
    for field in root.findChildren(QLineEdit):
        if field.objectName() == "qt_spinbox_lineedit":  # a number box: digits only
            continue
        if type(field.validator()).__name__ != "_LengthLimit":
            found.append(f"QLineEdit {field.accessibleName() or field.objectName()!r}")
    editors: list[QPlainTextEdit | QTextEdit] = [
        *root.findChildren(QPlainTextEdit),
        *root.findChildren(QTextEdit),
    ]
    for editor in editors:
        if not editor.isReadOnly() and not isinstance(editor, RefusesLongLines):
            found.append(
                f"{type(editor).__name__} {editor.accessibleName() or editor.objectName()!r}"
            )
    return found
