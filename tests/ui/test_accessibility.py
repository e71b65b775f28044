"""Scaling and zoom: the window fits 1280x720 at a 150% font in every language; Ctrl+= zooms."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core.settings import Settings, save_settings
from desktop.ui.i18n import install_translation
from tests.ui.conftest import MakeWindow


@pytest.fixture
def larger_font(qapp: QApplication) -> Iterator[Callable[[float], None]]:
    """Scale the application font like a 150% text-size setting; put it back afterwards."""
    original = qapp.font()

    def scale(factor: float) -> None:
        font = qapp.font()
        font.setPointSizeF(original.pointSizeF() * factor)
        qapp.setFont(font)

    yield scale
    qapp.setFont(original)
    install_translation("en")


@pytest.mark.slow
@pytest.mark.parametrize("language", ["en", "zh_TW", "ja"])
def test_the_window_fits_1280x720_at_a_150_percent_font(
    make_main_window: MakeWindow,
    larger_font: Callable[[float], None],
    data_dir: Path,
    language: str,
) -> None:
    save_settings(Settings(language=language), data_dir / "settings.json")
    larger_font(1.5)
    window = make_main_window()
    minimum = window.minimumSizeHint()
    assert minimum.width() <= 1280, f"{language}: the window needs {minimum.width()} px"
    assert minimum.height() <= 720
    window.resize(1280, 720)
    QApplication.processEvents()
    assert window.width() == 1280
    for index in range(window.splitter.count()):  # no column squeezed to nothing
        assert window.splitter.sizes()[index] > 150


def test_ctrl_equals_and_ctrl_minus_zoom_every_editor(
    qtbot: QtBot, make_main_window: MakeWindow
) -> None:
    window = make_main_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)  # shortcuts reach the active window
    editor = window.reply_editor
    editor.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor, timeout=3000)
    normal = editor.font().pointSizeF()
    others = [e for e in window.zoom.editors() if e is not editor]
    assert others, "the escalation and preview editors zoom too"
    other_normal = others[0].font().pointSizeF()
    qtbot.keyClick(editor, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert editor.font().pointSizeF() == normal + 2
    assert others[0].font().pointSizeF() == other_normal + 2
    assert window.statusBar().currentMessage() == "Editor zoom: 120%"
    qtbot.keyClick(editor, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert editor.font().pointSizeF() == normal + 1
    qtbot.keyClick(editor, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert editor.font().pointSizeF() == normal
    assert editor.toPlainText() == window.reply_editor.toPlainText()  # typing keys left alone
    for _ in range(30):
        window.zoom.zoom(-1)
    assert editor.font().pointSizeF() >= normal - 4  # never shrinks to unreadable


def test_every_control_has_a_name_a_screen_reader_can_say(
    make_main_window: MakeWindow,
) -> None:
    from PySide6.QtWidgets import QLabel, QWidget

    from desktop.ui.accessibility import accessible_name

    window = make_main_window()
    unnamed: set[str] = set()
    for index in range(window.side_tabs.count()):  # controls of every tab, shown in turn
        window.side_tabs.setCurrentIndex(index)
        QApplication.processEvents()
        for widget in window.findChildren(QWidget):
            if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(window):
                continue
            if isinstance(widget, QLabel) and not widget.text():
                continue  # an empty selectable label has nothing to say yet
            if not accessible_name(widget):
                owner = widget.parentWidget()
                where = f" in {type(owner).__name__} {owner.objectName()!r}" if owner else ""
                unnamed.add(f"{type(widget).__name__} {widget.objectName()!r}{where}")
    assert not unnamed, "; ".join(sorted(unnamed))
    assert accessible_name(window.facts_form.editors["case_id"]) == "Case ID"
    assert accessible_name(window.reply_editor) == "Reply to customer"
