"""Help: a shortcut sheet read from the actions, the user guide offline, About for bug reports."""

from __future__ import annotations

from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from desktop import __version__
from desktop.core.user_guide import bundled_guide, guide_from_readme
from desktop.ui.data_folder_widgets import AboutDialog
from desktop.ui.help import UserGuide
from desktop.ui.help.shortcut_sheet import ShortcutSheet
from desktop.ui.main_window import MainWindow
from tests.conftest import REPO_ROOT
from tests.ui.casework_support import CTRL, activate, focus, when_modal
from tests.ui.conftest import MakeWindow

DialogT = TypeVar("DialogT", bound=QDialog)


def _shown(window: MainWindow, kind: type[DialogT]) -> DialogT:
    """The dialog of ``kind`` the user sees now over ``window`` (the latest one opened)."""
    shown = [dialog for dialog in window.findChildren(kind) if dialog.isVisible()]
    assert shown, f"no {kind.__name__} is shown"
    return shown[-1]


def test_the_shortcut_sheet_lists_every_action_with_keys(
    qtbot: QtBot, make_main_window: MakeWindow
) -> None:
    window = make_main_window()
    activate(qtbot, window)
    focus(qtbot, window.reply_editor)
    qtbot.keyClick(window.reply_editor, Qt.Key.Key_Slash, CTRL)
    sheet = _shown(window, ShortcutSheet)
    rows = set(sheet.visible_rows())
    for expected in [
        ("File", "New case", "Ctrl+N"),
        ("File", "Settings", "Ctrl+,"),
        ("Case", "Fill escalation from checklist", "Ctrl+Shift+K"),
        ("Case", "Assess severity", "Ctrl+Shift+S"),
        ("Help", "User guide", "F1"),
        ("Templates", "Insert template", "Ctrl+K"),
    ]:
        assert expected in rows, (expected, sorted(rows))
    assert any(action.startswith("Go to Escalation") and keys == "Ctrl+1"
               for _area, action, keys in rows)  # fmt: skip
    qtbot.keyClicks(sheet.search, "escalation")
    assert all("escalation" in " ".join(row).casefold() for row in sheet.visible_rows())
    sheet.close()

    # A shortcut added later shows up without anyone editing a list.
    late = QAction("Mark as waiting on customer", window)
    late.setShortcut(QKeySequence("Ctrl+Alt+W"))
    window.case_menu.addAction(late)
    qtbot.keyClick(window.reply_editor, Qt.Key.Key_Slash, CTRL)
    assert (
        "Case",
        "Mark as waiting on customer",
        "Ctrl+Alt+W",
    ) in _shown(window, ShortcutSheet).visible_rows()


def test_f1_opens_the_user_guide_from_the_app_s_own_files(
    qtbot: QtBot, make_main_window: MakeWindow
) -> None:
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    assert bundled_guide() == guide_from_readme(readme)
    window = make_main_window()
    activate(qtbot, window)
    focus(qtbot, window.reply_editor)
    qtbot.keyClick(window.reply_editor, Qt.Key.Key_F1)
    guide = _shown(window, UserGuide)
    text = guide.browser.toPlainText()
    assert "Cases and the reply" in text and "Escalation (internal)" in text
    assert "docs/screenshots" not in guide.browser.toMarkdown()


def test_about_shows_version_data_folder_engines_and_copies_them(
    qtbot: QtBot, make_main_window: MakeWindow
) -> None:
    window = make_main_window()
    activate(qtbot, window)
    help_menu = window.help_menu.menu
    about = next(a for a in help_menu.actions() if a.text().replace("&", "") == "About Casewright")
    seen: dict[str, Any] = {}

    def read_and_copy(dialog: AboutDialog) -> None:
        seen["folder"] = dialog.data_folder.path_label.text()
        seen["open"] = dialog.data_folder.open_button.text()
        seen["report"] = dialog.report.toPlainText()
        qtbot.mouseClick(dialog.copy, Qt.MouseButton.LeftButton)
        dialog.accept()

    when_modal(AboutDialog, read_and_copy)
    about.trigger()
    assert seen["folder"] == str(window.context.paths.root)
    assert seen["open"] == "Open folder"
    report = seen["report"]
    assert f"Casewright {__version__}" in report
    assert f"Data folder: {window.context.paths.root}" in report
    assert "Harper" in report and "Writing checks:" in report
    assert "Jinja2 " in report and "PySide6-Essentials " in report
    assert QApplication.clipboard().text() == report
    assert help_menu is window.menuBar().actions()[-1].menu()  # Help is the last menu
