"""Installs templates into the main window: the Templates menu, Ctrl+K, and the library tab."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QVBoxLayout

from desktop.core.templating import TemplateEntry, TemplateLibrary
from desktop.ui.features import Feature
from desktop.ui.providers import TEMPLATE_LIBRARY
from desktop.ui.templates.catalog import TemplateCatalog
from desktop.ui.templates.choose_dialog import ChooseTemplateDialog
from desktop.ui.templates.editor_dialog import TemplateEditorDialog
from desktop.ui.templates.fill_dialog import TemplateFillDialog
from desktop.ui.templates.library_view import LibraryView

if TYPE_CHECKING:
    from desktop.ui.install_context import InstallContext


class TemplatesFeature:
    """Owns the catalog and the dialogs of one main window.

    Provides the shared template library (``TEMPLATE_LIBRARY``) to other features.
    """

    def __init__(self, context: InstallContext) -> None:
        self.context = context
        self.catalog = TemplateCatalog(context.app, context.parent)
        self.fill_dialog: TemplateFillDialog | None = None
        self.editors: list[TemplateEditorDialog] = []
        self.library_tab = context.add_lazy_tab(
            LibraryView,
            lambda: LibraryView(self.catalog),
            QCoreApplication.translate("TemplatesFeature", "Templates"),
        )
        self.library_tab.when_built(self._wire_library_view)
        context.settings_changed.connect(self.catalog.reload)
        self.catalog.write_failed.connect(
            lambda message: context.show_status(
                QCoreApplication.translate(
                    "TemplatesFeature", "Template use not saved: {reason}"
                ).format(reason=message),
                6000,
            )
        )
        self._build_menu()
        self._add_reply_button()

    @property
    def library_view(self) -> LibraryView:
        """The Templates tab's pane (built now if its tab was never shown)."""
        return self.library_tab.get()

    def _wire_library_view(self, view: LibraryView) -> None:
        view.use_requested.connect(self.insert_template)
        view.edit_requested.connect(self.edit_template)
        view.new_requested.connect(self.new_template)

    def library(self) -> TemplateLibrary:
        """The library as last loaded (``TemplateLibrarySource``)."""
        return self.catalog.library

    @property
    def reloaded(self) -> SignalInstance:
        """Emitted after the library was read again (``TemplateLibrarySource``)."""
        return self.catalog.reloaded

    def _build_menu(self) -> None:
        menu = self.menu = self.context.add_menu(QCoreApplication.translate("TemplatesFeature", "&Templates"))
        add = self.context.add_action
        add(menu, QCoreApplication.translate("TemplatesFeature", "&Insert template…"), lambda: self.insert_template(None), "Ctrl+K")
        add(menu, QCoreApplication.translate("TemplatesFeature", "Show template &library"), self.show_library, "Ctrl+Shift+L")
        add(menu, QCoreApplication.translate("TemplatesFeature", "&Reload templates"), self.catalog.reload)
        menu.addSeparator()
        add(menu, QCoreApplication.translate("TemplatesFeature", "&New template…"), self.new_template)
        add(menu, QCoreApplication.translate("TemplatesFeature", "&Edit template…"), self.choose_and_edit)

    def _add_reply_button(self) -> None:
        """A "Templates" button beside the reply heading (no extra toolbar row on a laptop)."""
        pane = self.context.reply_pane
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
            self.fill_dialog = TemplateFillDialog(self.context, self.catalog)
        self.fill_dialog.start(entry.id if entry is not None else "")
        return self.fill_dialog

    def show_library(self) -> None:
        """Bring the Templates tab to the front."""
        self.context.show_tab(self.library_tab.page)
        self.library_view.tree.setFocus()

    def edit_template(self, entry: TemplateEntry | None) -> TemplateEditorDialog:
        """Open the template editor on ``entry`` (None: a new template) and return it."""
        editor = TemplateEditorDialog(self.context, self.catalog, entry)
        self.editors.append(editor)
        editor.finished.connect(lambda _result: self._forget(editor))
        editor.show()
        return editor

    def new_template(self) -> TemplateEditorDialog:
        """Open the editor on a starter template."""
        return self.edit_template(None)

    def choose_and_edit(self) -> None:
        """Ask which template, then open it in the editor."""
        dialog = ChooseTemplateDialog(
            self.catalog,
            QCoreApplication.translate("TemplatesFeature", "Edit template"),
            self.context.parent,
        )
        if dialog.exec() and (entry := dialog.chosen()) is not None:
            self.edit_template(entry)

    def _forget(self, editor: TemplateEditorDialog) -> None:
        if editor in self.editors:
            self.editors.remove(editor)
        editor.deleteLater()


def install(context: InstallContext) -> TemplatesFeature:
    """Add templates to the window and share the library."""
    feature = TemplatesFeature(context)
    context.provide(TEMPLATE_LIBRARY, feature)
    return feature


# The checklist and severity are looked up at each render, not while installing.
FEATURE = Feature("Templates", install, provides=(TEMPLATE_LIBRARY,))
