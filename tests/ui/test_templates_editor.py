"""The template editor: highlighting, lint underlines as you type, sample preview, saving."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.core.templating.entry import TemplateEntry
from desktop.ui.templates import editor_dialog
from desktop.ui.templates.feature import TemplatesFeature
from desktop.ui.templates.highlighter import COMMENT, EXPRESSION, METADATA, TAG
from desktop.ui.templates.save_target import SaveTargetDialog
from tests.ui.conftest import MakeWindow
from tests.ui.typed_widgets import as_a, first_child, top_level


def _formats_at(editor: Any, line: int) -> list[tuple[int, int, str, str]]:
    """(start, length, text colour, background colour) of each formatted range on ``line``."""
    block = editor.editor.document().findBlockByNumber(line - 1)
    found = []
    for fmt_range in block.layout().formats():
        fmt = QTextCharFormat(fmt_range.format)
        found.append((fmt_range.start, fmt_range.length, fmt.foreground().color().name(),
                      fmt.background().color().name()))  # fmt: skip
    return found


def _colour(fmt: QTextCharFormat) -> str:
    return fmt.foreground().color().name()


def test_lint_error_is_underlined_on_its_line_and_jumps_there(
    qtbot: QtBot, make_main_window: MakeWindow
) -> None:
    window = make_main_window()
    editor = window.features.find(TemplatesFeature).new_template()
    assert editor.current_problems == []
    assert editor.underlined_lines() == []
    assert "Hello Aiko Tanaka," in editor.preview.text.toPlainText()  # sample values

    text = editor.editor
    cursor = text.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    text.setTextCursor(cursor)
    text.setFocus()
    line = cursor.blockNumber() + 1
    qtbot.keyClicks(text, "Thanks {{ contact_name | shout }}")  # an unknown filter
    qtbot.keyClick(text, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.underlined_lines() == [line], timeout=3000)
    item = editor.problems.item(0)
    assert item.text() == f"Line {line}: error: unknown filter 'shout'"
    assert f"<new template>:{line}: No filter named 'shout'" in editor.preview.problem_text()

    text.moveCursor(cursor.MoveOperation.Start)
    editor.problems.itemClicked.emit(item)
    assert text.textCursor().blockNumber() + 1 == line
    assert editor.position.text() == f"Line {line}, column 1"

    qtbot.keyClick(text, Qt.Key.Key_End)
    for _ in range(len("| shout }}")):
        qtbot.keyClick(text, Qt.Key.Key_Backspace)
    qtbot.keyClicks(text, "}}")
    qtbot.waitUntil(lambda: editor.underlined_lines() == [], timeout=3000)
    assert "Thanks Aiko Tanaka" in editor.preview.text.toPlainText()
    editor.editor.document().setModified(False)


def test_highlighter_colours_metadata_tags_expressions_comments(
    make_main_window: MakeWindow,
) -> None:
    window = make_main_window()
    editor = window.features.find(TemplatesFeature).new_template()
    editor.editor.setPlainText(
        "{#-- casewright\ntitle: X\n--#}\n{% if a %}{{ b }}{# note\nstill note #} plain\n"
    )
    editor.editor.document().setModified(False)
    colours = editor.highlighter.formats
    metadata_background = colours[METADATA].background().color().name()
    line2 = _formats_at(editor, 2)
    assert line2 and all(background == metadata_background for *_, background in line2)
    line4 = {(start, length): colour for start, length, colour, _ in _formats_at(editor, 4)}
    assert line4[(0, 10)] == _colour(colours[TAG])
    assert line4[(10, 7)] == _colour(colours[EXPRESSION])
    assert line4[(17, 7)] == _colour(colours[COMMENT])
    line5 = _formats_at(editor, 5)
    assert line5[0][:3] == (0, len("still note #}"), _colour(colours[COMMENT]))  # spans lines
    assert len(line5) == 1  # " plain" after the comment is not coloured


def test_bundled_template_is_saved_as_a_personal_override_atomically(
    qtbot: QtBot,
    make_main_window: MakeWindow,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_main_window()
    feature = window.features.find(TemplatesFeature)
    bundled = feature.catalog.library.get("reply/en/workaround")
    editor = feature.edit_template(bundled)
    assert "saving makes a personal copy" in editor.info.text().lower()
    assert "overrides the bundled one" in editor.info.text()

    replaced: list[tuple[str, str]] = []
    import os

    real_replace = os.replace

    def spy_replace(src: str, dst: str) -> None:
        replaced.append((str(src), str(dst)))
        assert Path(src).read_text(encoding="utf-8").startswith("{#-- casewright")
        real_replace(src, dst)

    monkeypatch.setattr("desktop.core.atomic.os.replace", spy_replace)
    cursor = editor.editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    cursor.insertText("\nP.S. Our team's own note.\n")
    assert editor.save()
    target = data_dir / "templates" / "reply/en/workaround.md.j2"
    assert replaced == [(replaced[0][0], str(target))]
    assert Path(replaced[0][0]).parent == target.parent and not Path(replaced[0][0]).exists()
    assert target.read_text(encoding="utf-8").endswith("P.S. Our team's own note.\n")
    assert "overrides the bundled template" in editor.info.text()
    assert not editor.editor.document().isModified()

    entry = as_a(TemplateEntry, feature.catalog.library.get("reply/en/workaround"))
    assert entry.source.kind == "personal" and entry.overrides_bundled
    personal = top_level(feature.library_view.tree)[0]
    assert "reply/en/workaround" in first_child(personal).text(0)
    dialog = feature.insert_template(entry)
    assert dialog.picker.current_entry() is entry
    assert "P.S. Our team's own note." in dialog.preview.text.toPlainText()


def test_new_template_save_to_a_library_with_a_file_name(
    qtbot: QtBot, make_main_window: MakeWindow, data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    window = make_main_window()
    editor = window.features.find(TemplatesFeature).new_template()

    def fill_in(dialog: Any) -> int:
        assert dialog.library.currentText().startswith("Personal")
        dialog.name.setText("../outside.md.j2")
        assert not dialog.buttons.button(dialog.buttons.StandardButton.Save).isEnabled()
        dialog.name.setText("reply/en/thanks-for-patience.md.j2")
        assert "thanks-for-patience.md.j2" in dialog.where.text()
        return 1

    monkeypatch.setattr(SaveTargetDialog, "exec", fill_in)
    assert editor.save()  # a new template asks where first
    path = data_dir / "templates/reply/en/thanks-for-patience.md.j2"
    assert path.read_text(encoding="utf-8") == editor_dialog.NEW_TEMPLATE
    assert (
        window.features.find(TemplatesFeature).catalog.library.get("reply/en/thanks-for-patience")
        is not None
    )


def test_closing_with_unsaved_changes_asks_first(
    qtbot: QtBot, make_main_window: MakeWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_main_window()
    editor = window.features.find(TemplatesFeature).new_template()
    qtbot.keyClicks(editor.editor, "x")
    assert "(unsaved changes)" in editor.info.text()
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    asked: list[str] = []

    def answer(*args: Any, **kwargs: Any) -> QMessageBox.StandardButton:
        asked.append(args[2])
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", answer)
    editor.close()
    assert editor.isVisible() and len(asked) == 1  # Cancel keeps the editor open
    editor.close()
    assert not editor.isVisible() and len(asked) == 2
