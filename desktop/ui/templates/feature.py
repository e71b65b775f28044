"""Installs templates into the main window: the Templates menu, Ctrl+K, and the library tab."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QVBoxLayout

from desktop.core.templating import TemplateEntry
from desktop.ui.templates.catalog import TemplateCatalog
from desktop.ui.templates.choose_dialog import ChooseTemplateDialog
from desktop.ui.templates.editor_dialog import TemplateEditorDialog
from desktop.ui.templates.fill_dialog import TemplateFillDialog
from desktop.ui.templates.library_view import LibraryView

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


class TemplatesFeature:
    """Owns the catalog and the dialogs of one main window (``window.templates``)."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.catalog = TemplateCatalog(window.context, window)
        self.fill_dialog: TemplateFillDialog | None = None
        self.editors: list[TemplateEditorDialog] = []
        self.library_view = LibraryView(self.catalog)
        window.side_tabs.addTab(self.library_view, QCoreApplication.translate("TemplatesFeature", "Templates"))
        self.library_view.use_requested.connect(self.insert_template)
        self.library_view.edit_requested.connect(self.edit_template)
        self.library_view.new_requested.connect(self.new_template)
        window.settings_changed.connect(self.catalog.reload)
        self.catalog.write_failed.connect(
            lambda message: window.statusBar().showMessage(
                QCoreApplication.translate("TemplatesFeature", "Template use not saved: {reason}").format(reason=message), 6000
            )
        )
        self._build_menu()
        self._add_reply_button()

    def _build_menu(self) -> None:
        window = self.window
        menu = window.menuBar().addMenu(QCoreApplication.translate("TemplatesFeature", "&Templates"))
        self.menu = menu
        for text, keys, slot in (
            (QCoreApplication.translate("TemplatesFeature", "&Insert template…"), "Ctrl+K", lambda: self.insert_template(None)),
            (QCoreApplication.translate("TemplatesFeature", "Show template &library"), "Ctrl+Shift+L", self.show_library),
            (QCoreApplication.translate("TemplatesFeature", "&Reload templates"), None, self.catalog.reload),
            (None, None, None),
            (QCoreApplication.translate("TemplatesFeature", "&New template…"), None, self.new_template),
            (QCoreApplication.translate("TemplatesFeature", "&Edit template…"), None, self.choose_and_edit),
        ):
            if text is None:
                menu.addSeparator()
                continue
            action = QAction(text, window)
            if keys:
                action.setShortcut(QKeySequence(keys))
            action.triggered.connect(slot)
            window.addAction(action)
            menu.addAction(action)

    def _add_reply_button(self) -> None:
        """A "Templates" button beside the reply heading (no extra toolbar row on a laptop)."""
        pane = self.window.reply_pane
        layout = pane.layout()
        if not isinstance(layout, QVBoxLayout):
            return
        self.reply_button = QToolButton()
        self.reply_button.setObjectName("templatesButton")
        self.reply_button.setText(QCoreApplication.translate("TemplatesFeature", "Templates… (Ctrl+K)"))
        self.reply_button.setToolTip(QCoreApplication.translate("TemplatesFeature", "Find a template, fill it in and insert it at the cursor"))
        self.reply_button.clicked.connect(lambda: self.insert_template(None))
        index = layout.indexOf(pane.heading)
        layout.removeWidget(pane.heading)
        row = QHBoxLayout()
        row.addWidget(pane.heading, 1)
        row.addWidget(self.reply_button)
        layout.insertLayout(max(index, 0), row)

    def insert_template(self, entry: TemplateEntry | None = None) -> TemplateFillDialog:
        """Open the Ctrl+K dialog (on ``entry`` if given) and return it."""
        if self.fill_dialog is None:
            self.fill_dialog = TemplateFillDialog(self.window, self.catalog)
        self.fill_dialog.start(entry.id if entry is not None else "")
        return self.fill_dialog

    def show_library(self) -> None:
        """Bring the Templates tab to the front."""
        self.window.side_tabs.setCurrentWidget(self.library_view)
        self.library_view.tree.setFocus()

    def edit_template(self, entry: TemplateEntry | None) -> TemplateEditorDialog:
        """Open the template editor on ``entry`` (None: a new template) and return it."""
        editor = TemplateEditorDialog(self.window, self.catalog, entry)
        self.editors.append(editor)
        editor.finished.connect(lambda _result: self._forget(editor))
        editor.show()
        return editor

    def new_template(self) -> TemplateEditorDialog:
        """Open the editor on a starter template."""
        return self.edit_template(None)

    def choose_and_edit(self) -> None:
        """Ask which template, then open it in the editor."""
        dialog = ChooseTemplateDialog(self.catalog, QCoreApplication.translate("TemplatesFeature", "Edit template"), self.window)
        if dialog.exec() and (entry := dialog.chosen()) is not None:
            self.edit_template(entry)

    def _forget(self, editor: TemplateEditorDialog) -> None:
        if editor in self.editors:
            self.editors.remove(editor)
        editor.deleteLater()


def install(window: MainWindow) -> None:
    """Add templates to ``window``; the feature is reachable as ``window.templates``."""
    window.templates = TemplatesFeature(window)  # type: ignore[attr-defined]
