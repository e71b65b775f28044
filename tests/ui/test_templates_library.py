"""Ranking by favourites and use, where templates come from, and the Templates tab."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from desktop.core.settings import save_settings
from desktop.core.templating.entry import TemplateEntry
from desktop.ui.templates.feature import TemplatesFeature
from desktop.ui.templates.library_view import LibraryView
from desktop.ui.templates.results import details_line
from tests.ui.conftest import MakeWindow
from tests.ui.typed_widgets import as_a, children, first_child, top_level


def _titles(dialog: Any) -> list[str]:
    model = dialog.picker.model
    return [model.entry_at(row).title for row in range(model.rowCount())]


def _write(folder: Path, relative: str, text: str) -> None:
    path = folder / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_favourites_and_usage_change_the_ranking(
    qtbot: QtBot, make_main_window: MakeWindow, data_dir: Path
) -> None:
    for name in ("alpha", "bravo", "charlie"):
        _write(data_dir / "templates", f"reply/en/zz-{name}.md.j2",
               f"{{#-- casewright\ntitle: Quokka {name}\n--#}}\nHi {name}\n")  # fmt: skip
    window = make_main_window()
    dialog = window.features.find(TemplatesFeature).insert_template()
    # Ctrl+D is a shortcut: it needs the dialog to be the active window.
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.picker.search, timeout=3000)
    qtbot.keyClicks(dialog.picker.search, "quokka")
    assert _titles(dialog) == ["Quokka alpha", "Quokka bravo", "Quokka charlie"]

    qtbot.keyClick(dialog.picker.search, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.picker.search, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.picker.search, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert as_a(TemplateEntry, dialog.picker.current_entry()).title == "Quokka charlie"
    qtbot.keyClick(dialog.picker.search, Qt.Key.Key_Backspace)  # search again
    qtbot.keyClicks(dialog.picker.search, "a")
    assert _titles(dialog)[0] == "Quokka charlie"  # the star wins
    store = window.context.store
    qtbot.waitUntil(lambda: "reply/en/zz-charlie" in store.template_usage()[1], timeout=5000)

    dialog.picker.select_id("reply/en/zz-bravo")
    for _ in range(3):
        dialog.insert(replace=True)
        dialog = window.features.find(TemplatesFeature).insert_template()
        qtbot.keyClicks(dialog.picker.search, "quokka")
        dialog.picker.select_id("reply/en/zz-bravo")
    qtbot.waitUntil(lambda: store.template_usage()[0].get("reply/en/zz-bravo") == 3, timeout=5000)
    # Used three times, bravo passes alpha; the starred charlie stays on top.
    assert _titles(dialog) == ["Quokka charlie", "Quokka bravo", "Quokka alpha"]

    dialog.picker.toggle_favourite(0)  # unstar charlie
    qtbot.waitUntil(lambda: not store.template_usage()[1], timeout=5000)
    dialog.picker.refresh()
    assert _titles(dialog) == ["Quokka bravo", "Quokka alpha", "Quokka charlie"]


def test_case_language_is_preferred_not_exclusive(
    qtbot: QtBot, make_main_window: MakeWindow
) -> None:
    window = make_main_window()
    as_a(QComboBox, window.facts_form.editors["language"]).setCurrentIndex(2)  # ja
    assert window.facts_form.facts().language == "ja"
    dialog = window.features.find(TemplatesFeature).insert_template()
    model = dialog.picker.model
    languages = [as_a(TemplateEntry, model.entry_at(r)).language for r in range(model.rowCount())]
    assert languages[0] == "ja"
    assert "en" in languages and languages.index("en") > languages.count("ja") - 1


def test_personal_override_is_labelled_in_picker_and_library(
    qtbot: QtBot, make_main_window: MakeWindow, data_dir: Path
) -> None:
    _write(data_dir / "templates", "reply/en/acknowledgement.md.j2",
           "{#-- casewright\ntitle: Our own acknowledgement\n--#}\n"
           '{% include "partials/en/greeting.j2" %}\nWe have it.\n')  # fmt: skip
    window = make_main_window()
    dialog = window.features.find(TemplatesFeature).insert_template()
    qtbot.keyClicks(dialog.picker.search, "our own ack")
    entry = as_a(TemplateEntry, dialog.picker.current_entry())
    assert entry.source.kind == "personal"
    assert details_line(entry) == "reply/en/acknowledgement · en · Personal · overrides bundled"
    # The personal copy still finds the bundled greeting partial.
    assert dialog.preview.text.toPlainText().startswith("Hello Alex Chen,\nWe have it.")

    view = window.features.find(TemplatesFeature).library_view
    personal = top_level(view.tree)[0]
    assert personal.text(0).startswith("Personal")
    item = first_child(personal)
    assert "reply/en/acknowledgement" in item.text(0)
    assert first_child(item).text(0) == "Overrides the bundled template with this id"
    bundled = _group(view, "Bundled")
    shadowed = _find(bundled, "reply/en/acknowledgement")
    assert first_child(shadowed).text(0) == "Not used: overridden by Personal"


def test_library_shows_problems_and_reloads_when_team_folders_change(
    qtbot: QtBot, make_main_window: MakeWindow, tmp_path: Path
) -> None:
    team = tmp_path / "team-pack"
    _write(team, "reply/en/latin1.md.j2", "")
    (team / "reply/en/latin1.md.j2").write_bytes("Caf\xe9 {{ x }}".encode("latin-1"))
    _write(team, "reply/en/bad-syntax.md.j2", "line one\n{% if %}\n")
    window = make_main_window()
    view = window.features.find(TemplatesFeature).library_view
    assert _group(view, "team-pack") is None
    window.context.settings.team_template_folders = [str(team)]
    save_settings(window.context.settings, window.context.paths.settings)
    window.settings_changed.emit()
    group = _group(view, "team-pack")
    assert group is not None and group.text(0).endswith("(2)")
    latin = _find(group, "reply/en/latin1")
    assert first_child(latin).text(0) == "Line 1: error: this file is not UTF-8 text"
    window.features.find(
        TemplatesFeature
    ).show_library()  # the background check runs once the tab is seen
    qtbot.waitUntil(lambda: _find(_group(view, "team-pack"), "bad-syntax").childCount() == 1,
                    timeout=5000)  # fmt: skip
    note = first_child(_find(_group(view, "team-pack"), "bad-syntax")).text(0)
    assert note.startswith("Line 2: error:")

    (team / "reply/en/latin1.md.j2").unlink()
    view.reload_button.click()
    group = _group(view, "team-pack")
    assert group is not None and group.text(0).endswith("(1)")


def _group(view: LibraryView, name: str) -> QTreeWidgetItem | None:
    return next((item for item in top_level(view.tree) if item.text(0).startswith(name)), None)


def _find(group: QTreeWidgetItem | None, template_id: str) -> QTreeWidgetItem:
    assert group is not None, f"no group lists {template_id}"
    for child in children(group):
        if template_id in child.text(0):
            return child
    raise AssertionError(f"{template_id} not listed under {group.text(0)}")
