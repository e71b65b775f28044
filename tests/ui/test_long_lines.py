"""A 10 MB single line pasted into any text field: refused whole with a message, nothing cut,
nothing lost, the window never freezes; a line of up to 100,000 characters is kept and saved."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit
from pytestqt.qtbot import QtBot

from desktop.core.line_limit import LINE_LIMIT
from desktop.ui.long_lines import RefusesLongLines
from tests.ui.long_line_support import KINDS, log_line, paste, text_of, ticks_while

TEN_MB = 10 * 1024 * 1024


def _wait_saved(qtbot: QtBot, window: Any) -> None:
    window.context.autosaver.flush()
    qtbot.waitUntil(lambda: not window.context.autosaver.has_unsaved(), timeout=20_000)


@pytest.mark.slow
def test_a_10_mb_line_is_refused_whole_in_every_field_and_the_window_keeps_ticking(
    qtbot: QtBot, make_main_window: Callable[..., Any]
) -> None:
    window = make_main_window()
    key = window.current_key
    huge = log_line(TEN_MB)
    for kind in KINDS:
        field = kind.find(window)
        qtbot.keyClicks(field, "typed first")
        before = text_of(field)

        ticks = ticks_while(qtbot, partial(paste, qtbot, field, huge))

        assert text_of(field) == before, kind.name  # refused whole: not cut, nothing lost
        assert ticks >= 10, f"{kind.name}: the event loop ran {ticks} times in 2 s"
        told = str(field.property("refused_message"))
        assert "Not pasted" in told and "10,485,760" in told, kind.name
        assert window.statusBar().currentMessage() == told
        assert len(QGuiApplication.clipboard().text()) == TEN_MB  # still there to attach
        if kind.stored is not None:
            _wait_saved(qtbot, window)
            assert kind.stored(window, key) == before, kind.name


@pytest.mark.slow
def test_a_100_000_character_line_is_kept_saved_and_restored_in_every_field(
    qtbot: QtBot,
    make_main_window: Callable[..., Any],
    data_dir: Path,
    close_window: Callable[[Any], None],
) -> None:
    window = make_main_window()
    key = window.current_key
    stored_kinds = [kind for kind in KINDS if kind.stored is not None]
    lines = {kind.name: log_line(LINE_LIMIT - number) for number, kind in enumerate(stored_kinds)}
    for kind in stored_kinds:
        field = kind.find(window)
        paste(qtbot, field, lines[kind.name], replace=True)
        assert text_of(field) == lines[kind.name], kind.name  # Qt alone cut at 32,767
    _wait_saved(qtbot, window)
    for kind in stored_kinds:
        assert kind.stored is not None
        assert kind.stored(window, key) == lines[kind.name], kind.name
    close_window(window)

    reopened = make_main_window(data_dir)
    reopened.open_case(key)
    for kind in stored_kinds:
        assert text_of(kind.find(reopened)) == lines[kind.name], kind.name


def test_the_next_step_refuses_a_paste_past_its_200_characters_instead_of_cutting_it(
    qtbot: QtBot, make_main_window: Callable[..., Any]
) -> None:
    window = make_main_window()
    field = next(kind for kind in KINDS if kind.name == "next step").find(window)
    paste(qtbot, field, "Ask the customer for the VPC flow logs. ")
    kept = text_of(field)
    paste(qtbot, field, "x" * 170)
    assert text_of(field) == kept
    assert "(200)" in str(field.property("refused_message"))
    paste(qtbot, field, "y" * (200 - len(kept)))
    assert len(text_of(field)) == 200


def test_every_editable_text_field_of_the_window_refuses_long_lines(
    make_main_window: Callable[..., Any],
) -> None:
    window = make_main_window()
    unguarded = []
    for field in window.findChildren(QLineEdit):
        if field.objectName() == "qt_spinbox_lineedit":  # numbers only
            continue
        if type(field.validator()).__name__ != "_LengthLimit":
            unguarded.append(field.accessibleName() or field.objectName())
    for editor in [*window.findChildren(QPlainTextEdit), *window.findChildren(QTextEdit)]:
        if not editor.isReadOnly() and not isinstance(editor, RefusesLongLines):
            unguarded.append(editor.accessibleName() or editor.objectName())
    assert unguarded == []


def test_dialogs_build_their_text_fields_through_the_long_line_guard() -> None:
    """Dialogs are built on demand; their sources must create guarded fields only."""
    root = Path(__file__).resolve().parents[2] / "desktop" / "ui"
    read_only = {"history_dialog.py", "data_folder_widgets.py", "preview.py"}
    offenders = []
    for source in root.rglob("*.py"):
        for number, line in enumerate(source.read_text(encoding="utf-8").splitlines(), 1):
            if "QLineEdit(" in line and "hold_long_lines(" not in line:
                offenders.append(f"{source.name}:{number}")
            if "QPlainTextEdit(" in line and source.name not in read_only:
                offenders.append(f"{source.name}:{number}")
            if "QTextEdit(" in line and "QPlainTextEdit(" not in line:
                offenders.append(f"{source.name}:{number}")
    assert offenders == []
