"""The Help menu: keyboard shortcuts and the user guide; About (desktop.ui.data_folder) joins it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from desktop.core.about import AboutInfo, library_versions
from desktop.core.resources import ResourceError
from desktop.core.user_guide import bundled_guide
from desktop.ui.help.shortcut_sheet import ShortcutSheet
from desktop.ui.providers import GRAMMAR_ENGINES
from desktop.ui.registry import Absent

if TYPE_CHECKING:
    from desktop.ui.install_context import InstallContext
    from desktop.ui.main_window import MainWindow


class UserGuide(QDialog):
    """The user guide (the README's "Using it"), read from the app's own files: offline."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Casewright user guide"))
        self.resize(760, 620)
        self.browser = QTextBrowser()
        self.browser.setObjectName("userGuide")
        self.browser.setOpenExternalLinks(False)
        try:
            self.browser.setMarkdown(bundled_guide())
        except (ResourceError, OSError, ValueError) as error:
            self.browser.setPlainText(self.tr("The user guide is missing: {0}").format(error))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)


def about_info(context: InstallContext) -> AboutInfo:
    """What About shows: the data folder and the writing-check engines (when installed)."""
    grammar = context.get(GRAMMAR_ENGINES)
    lines = [] if isinstance(grammar, Absent) else grammar.engine_lines()
    engines = tuple((label, state) for label, _, state in (ln.partition(": ") for ln in lines))
    return AboutInfo(
        data_folder=context.app.paths.root,
        engines=engines,
        libraries=tuple(library_versions()),
        qt_version=str(qVersion()),
    )


class HelpMenu:
    """Builds the Help menu of ``window`` and opens its dialogs."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Help"))
        entries: list[tuple[str, list[QKeySequence], object]] = [
            (
                QCoreApplication.translate("MainWindow", "&Keyboard shortcuts"),
                [QKeySequence("Ctrl+/")],
                self.show_shortcuts,
            ),
            (
                QCoreApplication.translate("MainWindow", "&User guide"),
                [QKeySequence("F1")],
                self.show_guide,
            ),
        ]
        self.actions: list[QAction] = []
        for text, keys, slot in entries:
            action = QAction(text, window)
            unique = {k.toString(): k for k in keys if not k.isEmpty()}
            action.setShortcuts(list(unique.values()))
            action.triggered.connect(slot)
            window.addAction(action)
            menu.addAction(action)
            self.actions.append(action)
        self.menu = menu

    def _open(self, dialog: QDialog) -> QDialog:
        dialog.open()
        return dialog

    def show_shortcuts(self) -> QDialog:
        """Open the keyboard-shortcut sheet."""
        self.window.name_tab_shortcuts()
        return self._open(ShortcutSheet(self.window))

    def show_guide(self) -> QDialog:
        """Open the user guide."""
        return self._open(UserGuide(self.window))
