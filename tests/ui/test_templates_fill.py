"""The Ctrl+K template flow: search, fill in, live preview, insert, undo — driven by keys."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QPlainTextEdit,
)
from pytestqt.qtbot import QtBot

from desktop.core.case import REPLY
from desktop.ui.main_window import MainWindow
from desktop.ui.providers import CHECKLIST_SOURCE, SEVERITY
from desktop.ui.templates.feature import TemplatesFeature
from tests.ui.conftest import MakeWindow, current_key
from tests.ui.stand_ins import FakeReproduction, FakeSeverity, features_with

CTRL = Qt.KeyboardModifier.ControlModifier


def _open_picker(qtbot: QtBot, window: MainWindow) -> Any:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)  # shortcuts need the active window
    window.reply_editor.setFocus()
    qtbot.keyClick(window.reply_editor, Qt.Key.Key_K, CTRL)
    dialog = window.features.find(TemplatesFeature).fill_dialog
    assert dialog is not None and dialog.isVisible(), "Ctrl+K did not open the template dialog"
    # The search field has the keyboard as soon as the dialog window is active.
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.picker.search, timeout=3000)
    return dialog


def _write(folder: Path, relative: str, text: str) -> Path:
    path = folder / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_search_fill_preview_insert_undo(qtbot: QtBot, make_main_window: MakeWindow) -> None:
    window = make_main_window()
    editor = window.reply_editor
    editor.load_text("Draft start.\n")
    cursor = editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    editor.setTextCursor(cursor)
    dialog = _open_picker(qtbot, window)

    qtbot.keyClicks(dialog.picker.search, "ack new case")
    assert dialog.picker.current_entry().id == "reply/en/acknowledgement"
    qtbot.keyClick(dialog.picker.search, Qt.Key.Key_Return)  # choose: focus goes to the form
    hours = dialog.form.inputs["next_update_hours"]
    assert isinstance(hours.widget, QLineEdit) and QApplication.focusWidget() is hours.widget
    assert hours.value() == "4"  # the metadata default
    assert "case_id" not in dialog.form.inputs  # case facts are not asked for again
    assert "contact_name" in dialog.form.fact_inputs  # ...but shown, prefilled, overridable
    assert dialog.form.fact_inputs["contact_name"].text() == "Alex Chen"

    hours.widget.selectAll()
    qtbot.keyClicks(hours.widget, "2")
    qtbot.waitUntil(lambda: "within 2 hours" in dialog.preview.text.toPlainText(), timeout=3000)
    assert "Hello Alex Chen," in dialog.preview.text.toPlainText()

    qtbot.keyClick(hours.widget, Qt.Key.Key_Return)  # Enter inserts (the default button)
    assert not dialog.isVisible()
    text = editor.toPlainText()
    assert text.startswith("Draft start.\nHello Alex Chen,")
    assert "I will update you within 2 hours" in text
    assert "[[FILL: Your name]]" in text  # no engineer name in settings: a visible marker

    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)  # one undo takes the whole insert back
    assert editor.toPlainText() == "Draft start.\n"
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert "within 2 hours" in editor.toPlainText()

    qtbot.waitUntil(
        lambda: window.context.store.template_usage()[0].get("reply/en/acknowledgement") == 1,
        timeout=5000,
    )
    qtbot.waitUntil(lambda: "within 2 hours" in window.context.store.load_document(
        current_key(window), REPLY), timeout=5000)  # fmt: skip


def test_preview_follows_every_keystroke(qtbot: QtBot, make_main_window: MakeWindow) -> None:
    window = make_main_window()
    dialog = _open_picker(qtbot, window)
    qtbot.keyClicks(dialog.picker.search, "ack new case")
    qtbot.keyClick(dialog.picker.search, Qt.Key.Key_Return)
    field = dialog.form.inputs["first_actions"].widget
    assert isinstance(field, QPlainTextEdit)
    typed = ""

    def preview_has(text: str) -> Callable[[], bool]:
        return lambda: text in dialog.preview.text.toPlainText()

    for char in "Checking logs":
        qtbot.keyClicks(field, char)
        typed += char
        expected = f"**What happens now**\n\n{typed.strip()} If I need anything else"
        qtbot.waitUntil(preview_has(expected), timeout=3000)


def test_unfilled_required_value_shows_a_marker_and_is_inserted_as_one(
    qtbot: QtBot, make_main_window: MakeWindow
) -> None:
    window = make_main_window()
    window.reply_editor.load_text("")
    dialog = _open_picker(qtbot, window)
    qtbot.keyClicks(dialog.picker.search, "ack new case")
    qtbot.keyClick(dialog.picker.search, Qt.Key.Key_Return)
    hours = dialog.form.inputs["next_update_hours"].widget
    hours.selectAll()
    qtbot.keyClick(hours, Qt.Key.Key_Delete)
    marker = "[[FILL: Next update within (hours)]]"
    qtbot.waitUntil(lambda: marker in dialog.preview.text.toPlainText(), timeout=3000)
    assert dialog.insert(replace=True)
    assert marker in window.reply_editor.toPlainText()
    window.reply_editor.undo()
    assert window.reply_editor.toPlainText() == ""


def test_case_fact_override_changes_only_this_reply(
    qtbot: QtBot, make_main_window: MakeWindow
) -> None:
    window = make_main_window()
    dialog = window.features.find(TemplatesFeature).insert_template()
    qtbot.keyClicks(dialog.picker.search, "ack new case")
    dialog.form.facts_toggle.click()
    contact = dialog.form.fact_inputs["contact_name"]
    assert contact.isVisible()
    contact.selectAll()
    qtbot.keyClicks(contact, "Dana")
    qtbot.waitUntil(lambda: "Hello Dana," in dialog.preview.text.toPlainText(), timeout=3000)
    assert window.facts_form.facts().contact_name == "Alex Chen"


def test_broken_template_shows_file_line_and_the_app_keeps_working(
    qtbot: QtBot, make_main_window: MakeWindow, data_dir: Path
) -> None:
    path = _write(data_dir / "templates", "reply/en/broken.md.j2",
                  "{#-- casewright\ntitle: Broken reply\n--#}\nHello\n{{ 1 / 0 }}\n")  # fmt: skip
    window = make_main_window()
    window.reply_editor.load_text("keep me")
    dialog = _open_picker(qtbot, window)
    qtbot.keyClicks(dialog.picker.search, "broken reply")
    assert dialog.picker.current_entry().id == "reply/en/broken"
    assert f"{path}:5:" in dialog.preview.problem_text()
    assert "division by zero" in dialog.preview.problem_text()
    assert not dialog.insert(replace=False)  # refused, nothing inserted
    assert window.reply_editor.toPlainText() == "keep me"

    dialog.picker.search.clear()
    qtbot.keyClicks(dialog.picker.search, "ack new case")
    assert dialog.preview.problem_text() == ""
    assert dialog.insert(replace=True)
    assert window.reply_editor.toPlainText().startswith("Hello Alex Chen,")


def test_every_field_kind_gets_its_widget(
    qtbot: QtBot, make_main_window: MakeWindow, data_dir: Path
) -> None:
    _write(data_dir / "templates", "reply/en/kinds.md.j2", """{#-- casewright
title: All the kinds
variables:
  when:
    kind: date
  urgency:
    kind: choice
    choices: [low, high]
  items:
    kind: list
  notes:
    kind: multiline
  refund:
    kind: bool
--#}
{{ when }}|{{ urgency }}|{% for i in items %}<{{ i }}>{% endfor %}|{{ notes }}|
{{- 'yes' if refund else 'no' }}
""")  # fmt: skip
    window = make_main_window()
    dialog = window.features.find(TemplatesFeature).insert_template()
    qtbot.keyClicks(dialog.picker.search, "all the kinds")
    inputs = dialog.form.inputs
    assert isinstance(inputs["when"].widget, QDateEdit)
    assert isinstance(inputs["urgency"].widget, QComboBox)
    assert isinstance(inputs["items"].widget, QPlainTextEdit)
    assert isinstance(inputs["notes"].widget, QPlainTextEdit)
    assert isinstance(inputs["refund"].widget, QCheckBox)
    dialog.render_preview()
    first = dialog.preview.text.toPlainText()
    assert first.startswith("[[FILL: When]]|[[FILL: Urgency]]|<[[FILL: Items]]>|[[FILL: Notes]]|no")
    inputs["when"].set_value("2026-12-01")
    inputs["urgency"].widget.setCurrentIndex(2)
    inputs["items"].widget.setPlainText("a\n\nb")
    inputs["notes"].widget.setPlainText("two\nlines")
    inputs["refund"].widget.setChecked(True)
    qtbot.waitUntil(lambda: dialog.preview.text.toPlainText().startswith(
        "2026-12-01|high|<a><b>|two\nlines|yes"), timeout=3000)  # fmt: skip


def test_checklist_and_severity_from_other_features_reach_the_template(
    qtbot: QtBot, make_main_window: MakeWindow, data_dir: Path
) -> None:
    from desktop.core.checklist.model import Checklist

    body = "{{ checklist.title }}|{{ checklist.has_steps }}|{{ severity.assessed_name }}\n"
    _write(data_dir / "templates", "reply/en/uses-features.md.j2", body)
    features = features_with(
        (CHECKLIST_SOURCE, FakeReproduction(Checklist(title="Upload fails"))),
        (
            SEVERITY,
            FakeSeverity(lambda: {"assessed": "high", "assessed_name": "Production impaired"}),
        ),
    )
    window = make_main_window(features=features)
    qtbot.mouseClick(window.features.find(TemplatesFeature).reply_button, Qt.MouseButton.LeftButton)
    dialog = window.features.find(TemplatesFeature).fill_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.picker.search, "uses features")
    assert dialog.preview.text.toPlainText() == "Upload fails|False|Production impaired\n"


def test_clicking_the_star_marks_a_favourite(qtbot: QtBot, make_main_window: MakeWindow) -> None:
    window = make_main_window()
    dialog = window.features.find(TemplatesFeature).insert_template()
    view = dialog.picker.view
    qtbot.waitExposed(view)
    rect = view.visualRect(dialog.picker.model.index(1))
    entry = dialog.picker.model.entry_at(1)
    assert entry is not None
    star = QPoint(rect.right() - 8, rect.center().y())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=star)
    assert window.features.find(TemplatesFeature).catalog.is_favourite(entry)
    assert "★" not in entry.title  # the star is painted, not part of the title
    qtbot.waitUntil(lambda: entry.id in window.context.store.template_usage()[1], timeout=5000)
