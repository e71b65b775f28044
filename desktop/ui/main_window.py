"""The main window: case list, reply editor and the internal escalation pane side by side."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.case import ESCALATION, REPLY, Case, CaseFacts, case_title
from desktop.core.open_case import CaseChanges
from desktop.core.settings import Settings, save_settings
from desktop.ui import save_folder
from desktop.ui.case_list import CaseListPane
from desktop.ui.case_session import CaseSession
from desktop.ui.context import AppContext
from desktop.ui.document_binding import DocumentBinding
from desktop.ui.facts_form import FactsForm
from desktop.ui.features import Feature, FeatureLoader
from desktop.ui.help import HelpMenu
from desktop.ui.history_dialog import HistoryDialog
from desktop.ui.i18n import core_text
from desktop.ui.install_context import InstallContext, Menu
from desktop.ui.providers import GATE
from desktop.ui.quit_guard import QuitGuard
from desktop.ui.registry import Absent, Registry
from desktop.ui.reply_editor import ReplyPane
from desktop.ui.settings_dialog import SettingsDialog
from desktop.ui.tasks import Operation
from desktop.ui.window_state import restore_columns, restore_geometry, save_window_state
from desktop.ui.zoom import install_zoom

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """Shows one case at a time; every edit goes to autosave.

    Signals:
        case_opened(int): another case is now shown (its key).
        settings_changed(): the user saved new settings (read ``context.settings``).
    """

    case_opened = Signal(int)
    settings_changed = Signal()

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        # The open case: switching, saving before a switch and unsaved text live there.
        self.session = CaseSession(context.store, context.autosaver)
        self._loading = False
        self.setWindowTitle("Casewright")
        self.resize(1366, 768)

        self.case_list = CaseListPane()
        self.facts_form = FactsForm()
        self.reply_pane = ReplyPane()
        self.reply_editor = self.reply_pane.editor
        self.side_tabs = QTabWidget()  # feature panes add their tabs (desktop.ui.features)
        self.side_tabs.setObjectName("sideTabs")
        # On a narrow screen the tab titles shorten rather than hide behind scroll arrows.
        self.side_tabs.setElideMode(Qt.TextElideMode.ElideRight)
        self.side_tabs.setUsesScrollButtons(False)

        center = QWidget()
        center_layout = QVBoxLayout(center)
        center_layout.setContentsMargins(6, 0, 6, 0)
        center_layout.addWidget(self.facts_form)
        self._center_layout = center_layout
        center_layout.addWidget(self.reply_pane, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.case_list)
        self.splitter.addWidget(center)
        self.splitter.addWidget(self.side_tabs)
        # At 1366 px: the case list, a reply of about 75 characters a line, and room for all
        # six right-hand tab titles.
        self.splitter.setSizes([256, 560, 550])
        restore_geometry(self, context.paths.root)
        save_folder.remember_in(context.paths.root)
        self._columns_restored = False
        self.splitter.setStretchFactor(1, 1)
        self.setCentralWidget(self.splitter)

        self.save_label = QLabel(self.tr("No changes"))
        self.save_label.setObjectName("saveState")
        self.statusBar().addWidget(self.save_label)

        self.providers = Registry()
        self.features = FeatureLoader(self.providers, self._install_context, self._report_failure)

        self.bindings: dict[str, DocumentBinding] = {}
        self.bind_document(
            DocumentBinding(
                REPLY,
                self.reply_editor.textChanged,
                self.reply_editor.toPlainText,
                self.reply_editor.load_text,
                self.tr("Reply"),
            )
        )
        self._build_menus()
        self.case_list.case_selected.connect(self.open_case)
        self.case_list.new_case_requested.connect(self.new_case)
        self.case_list.archive_requested.connect(self.toggle_archived)
        self.case_list.search_changed.connect(self._on_case_list_search_changed)
        self.case_list.case_activated.connect(self._on_case_list_case_activated)
        self.facts_form.facts_edited.connect(self._on_facts_form_edited)
        self.session.changed.connect(self._on_case_changed)
        context.autosaver.saved.connect(self._on_autosaver_saved)
        context.autosaver.save_failed.connect(self._on_autosaver_save_failed)
        context.autosaver.conflicted.connect(self._on_autosaver_conflicted)
        context.notices.store_rebuilt.connect(self._on_store_rebuilt)
        self._archive_wanted: dict[int, bool] = {}  # archive state asked for, not yet written
        self.quit_guard = QuitGuard(self)

        self.refresh_case_list()

    @property
    def current_key(self) -> int | None:
        """The key of the case on screen (None before one is open)."""
        return self.session.key

    def open_first_case(self) -> None:
        """Show the most recently updated case (after features have bound their documents)."""
        first = self.case_list.model.case_at(0)
        if first is not None:
            self.open_case(first.key)

    # Documents -----------------------------------------------------------------------------

    def bind_document(self, binding: DocumentBinding) -> None:
        """Have a pane's document loaded on case switch and autosaved on every edit."""
        self.bindings[binding.kind] = binding
        binding.changed.connect(lambda *_: self._on_document_edited(binding))
        self.session.add_kind(binding.kind)
        if self.current_key is not None:  # a pane added after start-up shows the open case
            self._show_document(binding)

    def _show_document(self, binding: DocumentBinding) -> None:
        """Show the open case's document in its pane (not an edit of the user's)."""
        self._loading = True
        try:
            binding.show(self.session.model.document(binding.kind))
        finally:
            self._loading = False
        self.session.model.show_in(binding.kind, binding.content)

    def unbind_document(self, kind: str) -> None:
        """Stop loading and autosaving document ``kind`` (its feature was taken out)."""
        self.bindings.pop(kind, None)
        self.session.model.pane_gone(kind)

    def document_shown_in(self, editor: QWidget) -> str | None:
        """The kind of the document whose binding reads ``editor``, if any."""
        for kind, binding in self.bindings.items():
            if getattr(binding.content, "__self__", None) is editor:
                return kind
        return None

    def document(self, kind: str) -> str:
        """The open case's document ``kind`` as shown, else as last edited or saved.

        "" when no case is open.
        """
        if self.current_key is None:
            return ""
        model = self.session.model
        if not model.has_document(kind):
            model.add_document(kind, self.session.load_document(self.current_key, kind))
        return model.document(kind)

    def _on_document_edited(self, binding: DocumentBinding) -> None:
        if self._loading or self.current_key is None or binding.kind not in self.bindings:
            return
        self.session.edit_document(binding.kind, binding.content, origin=binding)
        self.save_label.setText(self.tr("Editing…"))

    def _on_case_changed(self, changes: CaseChanges) -> None:
        """Show what changed in the open case, unless the pane it came from shows it already."""
        model = self.session.model
        if changes.opened:
            self._loading = True
            try:
                self.facts_form.set_facts(model.facts)
                for binding in self.bindings.values():
                    binding.show(model.document(binding.kind))
                    model.show_in(binding.kind, binding.content)
            finally:
                self._loading = False
        else:
            if changes.facts and changes.origin is not self.facts_form:
                self.facts_form.set_facts(model.facts)
            for kind in changes.documents:
                shown_in = self.bindings.get(kind)
                if shown_in is not None and changes.origin is not shown_in:
                    self._show_document(shown_in)
            if changes.key is not None:
                self.case_list.apply_changes(changes, model.facts)
        if changes.title_changed:
            self._show_title(model.facts)
        if changes.opened and changes.key is not None:
            self.case_list.select_key(changes.key)
            self.case_opened.emit(changes.key)

    # Cases ---------------------------------------------------------------------------------

    def refresh_case_list(self) -> None:
        """Re-read the case list with the current search."""
        search = self.case_list.search.text()
        archived = self.case_list.show_archived.isChecked()
        store = self.context.store

        def pager(offset: int, limit: int) -> list[Case]:
            return store.list_cases(search, include_archived=archived, limit=limit, offset=offset)

        chosen = self.case_list.mode_pager(search, archived)  # e.g. "Due soonest" (queue)
        self.case_list.show_cases(chosen or pager, self.current_key)

    def current_case(self) -> Case | None:
        """The case on screen, as last saved."""
        return None if self.current_key is None else self.context.store.get_case(self.current_key)

    def open_case(self, key: int) -> None:
        """Save the case on screen, then show the case with ``key``."""
        self.session.open(key)  # its change record shows the case (_on_case_changed)

    def new_case(self) -> None:
        """Create an empty case and open it, with the cursor in the Subject field."""
        self.context.autosaver.flush()
        operation = Operation(lambda: self.context.writer.create_case(), describe="new case")
        operation.succeeded.connect(self._on_case_created)
        operation.failed.connect(lambda message: self._show_failure("No new case", message))
        self.context.tasks.start(operation, serial_writer=True)

    def _on_case_created(self, case: Case) -> None:
        self.case_list.search.clear()
        self.open_case(case.key)
        self.refresh_case_list()
        self.facts_form.set_expanded(True)
        # The subject is what the engineer knows first; the case ID often comes later.
        self.facts_form.editors["subject"].setFocus()

    def toggle_archived(self, key: int) -> None:
        """Archive the case (or restore it when it is archived)."""
        case = self.context.store.get_case(key)
        if case is None:
            return
        self.context.autosaver.flush()
        # A second press before the first write landed toggles what was asked, not the store.
        archive = not self._archive_wanted.get(key, case.archived)
        self._archive_wanted[key] = archive
        operation = Operation(
            lambda: self.context.writer.set_archived(key, archive), describe="archive"
        )
        operation.succeeded.connect(lambda _: self._on_archive_written(key, archive))
        operation.failed.connect(lambda message: self._on_archive_failed(key, archive, message))
        self.context.tasks.start(operation, serial_writer=True)
        done = self.tr("Archived {case}") if archive else self.tr("Restored {case}")
        self.statusBar().showMessage(done.format(case=case.title), 4000)

    def _on_archive_written(self, key: int, archive: bool) -> None:
        if self._archive_wanted.get(key) == archive:
            del self._archive_wanted[key]
        self.refresh_case_list()

    def _on_archive_failed(self, key: int, archive: bool, message: str) -> None:
        if self._archive_wanted.get(key) == archive:
            del self._archive_wanted[key]
        self._show_failure(self.tr("Not archived or restored"), message)

    def _show_failure(self, what: str, message: str) -> None:
        """A one-off write failed: nothing retries it, so say that it did not happen."""
        self.save_label.setText(
            self.tr("{what}: {reason}. Nothing was changed; try again.").format(
                what=what, reason=core_text(message)
            )
        )
        self.save_label.setProperty("state", "failed")  # red and bold: see the style sheet
        self.save_label.setStyleSheet("")

    def _on_case_list_search_changed(self, _text: str, _archived: bool) -> None:
        self.refresh_case_list()

    def _on_case_list_case_activated(self, key: int) -> None:
        self.open_case(key)
        self.reply_editor.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _on_facts_form_edited(self) -> None:
        if self.current_key is None:
            return
        if not self.session.edit_facts(self.facts_form.facts(), origin=self.facts_form).empty:
            self.save_label.setText(self.tr("Editing…"))

    def _show_title(self, facts: CaseFacts) -> None:
        """The window says which case is open, as typed (not as last saved)."""
        self.setWindowTitle(f"{case_title(facts)} — Casewright")  # i18n: title and name

    # Autosave feedback ---------------------------------------------------------------------

    def _on_autosaver_saved(self, when: str) -> None:
        self.save_label.setText(self.tr("Saved {time}").format(time=when))
        self.save_label.setProperty("state", "saved")
        self.save_label.setStyleSheet("")  # re-polish: the state property changed

    @property
    def loading(self) -> bool:
        """Whether a case is being loaded into the panes (their edits are not the user's)."""
        return self._loading

    def edit_facts(self, facts: CaseFacts) -> None:
        """Show ``facts`` in the form and autosave them, as if the user had typed them."""
        if not self.session.edit_facts(facts).empty:
            self.save_label.setText(self.tr("Editing…"))

    def add_below_facts(self, widget: QWidget) -> None:
        """Show ``widget`` between the case facts and the reply."""
        self._center_layout.insertWidget(self._center_layout.indexOf(self.facts_form) + 1, widget)

    def show_save_failure(self, message: str) -> None:
        """Tell the user a write failed (the save indicator turns red)."""
        self._on_autosaver_save_failed(message)

    def _on_autosaver_save_failed(self, message: str) -> None:
        self.save_label.setText(
            self.tr(
                "Not saved: {reason}. Your text is still here; retrying in a few seconds."
            ).format(reason=core_text(message))
        )
        self.save_label.setProperty("state", "failed")  # red and bold: see the style sheet
        self.save_label.setStyleSheet("")

    def _on_autosaver_conflicted(self, key: int, kind: str, stored: str) -> None:
        binding = self.bindings.get(kind)
        title = binding.title if binding is not None else kind
        # The session puts the stored text into the open case; its change record shows it.
        self.save_label.setText(
            self.tr(
                "Another Casewright saved this {document} first; it is shown now. "
                "Your text is kept in {document} history."
            ).format(document=title)
        )
        self.save_label.setProperty("state", "failed")
        self.save_label.setStyleSheet("")

    def _on_store_rebuilt(self, message: str) -> None:
        QMessageBox.warning(self, "Casewright", message)

    # Features ------------------------------------------------------------------------------

    def _install_context(self, feature: Feature) -> InstallContext:
        return InstallContext(self, feature.name)

    def _report_failure(self, message: str) -> None:
        self.statusBar().showMessage(message)  # stays until the next message

    # Menus ---------------------------------------------------------------------------------

    def menu(self, which: Menu) -> QMenu:
        """One of the window's own menus."""
        menus = {
            Menu.FILE: self.file_menu,
            Menu.EDIT: self.edit_menu,
            Menu.CASE: self.case_menu,
            Menu.VIEW: self.view_menu,
            Menu.HELP: self.help_menu.menu,
        }
        return menus[which]

    def add_action(
        self,
        menu: QMenu,
        text: str,
        slot: Callable[[], Any],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        *,
        before: QAction | None = None,
    ) -> QAction:
        """Add an action to ``menu`` (at the end, or ``before`` another); its shortcut works
        anywhere in the window."""
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)
        if before is None:
            menu.addAction(action)
        else:
            menu.insertAction(before, action)
        return action

    def _build_menus(self) -> None:
        bar, add = self.menuBar(), self.add_action
        file_menu = self.file_menu = bar.addMenu(self.tr("&File"))
        add(file_menu, self.tr("&New case"), self.new_case, QKeySequence.StandardKey.New)
        add(file_menu, self.tr("&Archive or restore case"), self._archive_current, "Ctrl+Shift+A")
        file_menu.addSeparator()
        settings = add(file_menu, self.tr("&Settings…"), self.edit_settings, "Ctrl+,")
        # The platform's own key first where it has one (macOS: Cmd+,); Linux has none.
        preferences = QKeySequence(QKeySequence.StandardKey.Preferences)
        if not preferences.isEmpty() and preferences != settings.shortcut():
            settings.setShortcuts([preferences, settings.shortcut()])
        self.quit_separator = file_menu.addSeparator()  # features' File entries go above it
        # Windows and plain X11 have no standard Quit key; Ctrl+Q is what users try.
        quit_keys = QKeySequence(QKeySequence.StandardKey.Quit)
        add(file_menu, self.tr("&Quit"), self.close, "Ctrl+Q" if quit_keys.isEmpty() else quit_keys)
        edit = self.edit_menu = bar.addMenu(self.tr("&Edit"))
        add(
            edit,
            self.tr("&Undo"),
            lambda: self._edit_focused("undo"),
            QKeySequence.StandardKey.Undo,
        )
        add(
            edit,
            self.tr("&Redo"),
            lambda: self._edit_focused("redo"),
            QKeySequence.StandardKey.Redo,
        )
        edit.addSeparator()
        add(edit, self.tr("&Copy reply"), self.copy_reply, "Ctrl+Shift+C")
        add(edit, self.tr("E&xport reply…"), self.export_reply, "Ctrl+E")
        add(edit, self.tr("Find case"), self._focus_case_search, QKeySequence.StandardKey.Find)
        case = self.case_menu = bar.addMenu(self.tr("&Case"))
        add(case, self.tr("Reply &history…"), lambda: self.show_history(REPLY), "Ctrl+H")
        add(case, self.tr("&Escalation history…"), lambda: self.show_history(ESCALATION))
        add(case, self.tr("Show or hide case &facts"), self._toggle_facts, "Ctrl+Shift+F")
        self.view_menu = bar.addMenu(self.tr("&View"))
        self.zoom = install_zoom(self, self.view_menu)
        self.view_menu.addSeparator()
        self.tab_actions = [
            add(self.view_menu, self.tr("Tab {0}").format(n), self._tab_opener(n - 1), f"Ctrl+{n}")
            for n in range(1, 10)
        ]
        self.view_menu.aboutToShow.connect(self.name_tab_shortcuts)
        self.help_menu = HelpMenu(self)
        for action in self.actions():
            if action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo) or (
                action.shortcut() == QKeySequence(QKeySequence.StandardKey.Redo)
            ):
                # The editors' own undo shortcuts win while they have focus.
                action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)

    def _tab_opener(self, index: int) -> Callable[[], None]:
        return lambda: self.show_side_tab(index)

    def show_side_tab(self, index: int) -> None:
        """Show the right-hand tab at ``index`` (Ctrl+1 is the first) and put the focus in it."""
        if 0 <= index < self.side_tabs.count():
            self.side_tabs.setCurrentIndex(index)
            self.side_tabs.currentWidget().setFocus(Qt.FocusReason.ShortcutFocusReason)

    def name_tab_shortcuts(self) -> None:
        """Name Ctrl+1… after the tabs there are now (features add tabs after start-up)."""
        for index, action in enumerate(self.tab_actions):
            exists = index < self.side_tabs.count()
            action.setVisible(exists)
            action.setEnabled(exists)
            if exists:
                title = self.side_tabs.tabText(index).replace("&", "")
                action.setText(self.tr("Go to {0}").format(title))

    def menus_complete(self) -> None:
        """Every feature is in: Help goes last in the menu bar and the tab keys get names."""
        bar = self.menuBar()
        bar.removeAction(self.help_menu.menu.menuAction())
        bar.addAction(self.help_menu.menu.menuAction())
        self.name_tab_shortcuts()

    def _edit_focused(self, operation: str) -> None:
        """Undo or redo in the editor that has focus (the reply editor by default)."""
        focused = QApplication.focusWidget()
        target = focused if hasattr(focused, operation) else self.reply_editor
        getattr(target, operation)()

    def edit_settings(self) -> None:
        """Show the Settings dialog and save what the user changes."""
        dialog = SettingsDialog(self.context.settings, self, self.context.paths.root)
        if not dialog.exec():
            return
        new_settings = dialog.settings()
        language_changed = new_settings.language != self.context.settings.language
        if not self.apply_settings(new_settings):
            return
        self.statusBar().showMessage(self.tr("Settings saved"), 3000)
        if language_changed:
            QMessageBox.information(
                self, self.tr("Language"), self.tr("Restart Casewright to see the new language.")
            )

    def apply_settings(self, new_settings: Settings) -> bool:
        """Save ``new_settings`` and use them; False (after telling the user) if not saved."""
        if new_settings == self.context.settings:
            return True
        try:
            save_settings(new_settings, self.context.paths.settings)
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("Settings not saved"),
                self.tr("Could not save settings: {error}").format(error=error),
            )
            return False
        self.context.settings = new_settings
        self.settings_changed.emit()
        return True

    def _archive_current(self) -> None:
        if self.current_key is not None:
            self.toggle_archived(self.current_key)

    def _focus_case_search(self) -> None:
        self.case_list.search.setFocus()
        self.case_list.search.selectAll()

    def _toggle_facts(self) -> None:
        self.facts_form.set_expanded(not self.facts_form.body.isVisible())

    def copy_reply(self) -> bool:
        """Put the reply on the clipboard through the pre-send gate; True when copied.

        Without a gate (it failed to start, or is still starting) nothing is copied: text never
        leaves the app unchecked.
        """
        gate = self.providers.get(GATE)
        if isinstance(gate, Absent):
            self._refuse_to_send(self.tr("Copy reply"), gate)
            return False
        return gate.copy_reply()

    def export_reply(self) -> Path | None:
        """Write the reply to a file through the pre-send gate; the path written, or None."""
        gate = self.providers.get(GATE)
        if isinstance(gate, Absent):
            self._refuse_to_send(self.tr("Export reply"), gate)
            return None
        return gate.export_reply()

    def _refuse_to_send(self, title: str, absent: Absent) -> None:
        message = self.tr("{action} refused: {reason} Nothing left Casewright.").format(
            action=title, reason=absent.message()
        )
        log.warning("%s", message)
        self.statusBar().showMessage(message, 15000)

    def show_history(self, kind: str) -> None:
        """Browse saved versions of a document of this case and restore one."""
        if self.current_key is None:
            return
        self.context.autosaver.flush()
        self.context.tasks.wait_for_writes(2000)  # include what was just typed
        binding = self.bindings.get(kind)
        if binding is None:  # the feature holding this document is not installed
            return
        versions = self.context.store.history(self.current_key, kind)
        if not versions:
            QMessageBox.information(
                self,
                self.tr("History"),
                self.tr("No saved versions of the {document} yet.").format(
                    document=binding.title.lower()
                ),
            )
            return
        dialog = HistoryDialog(
            self.tr("{document} history").format(document=binding.title), versions, self
        )
        if dialog.exec() and (version := dialog.chosen()) is not None:
            if kind == REPLY:
                self.reply_editor.replace_all_undoably(version.content)
            else:
                self.session.restore_document(kind, version.content)
                self.save_label.setText(self.tr("Editing…"))
            self.statusBar().showMessage(self.tr("Restored the version; Ctrl+Z undoes it"), 5000)

    def widen_side_panel(self, comfortable: int, min_center: int) -> bool:
        """Make the side panel ``comfortable`` wide, keeping the reply column ``min_center``.

        Returns whether anything changed (already wide, or no room to take).
        """
        sizes = self.splitter.sizes()
        side = self.splitter.indexOf(self.side_tabs)
        center = side - 1
        if side < 1 or sizes[side] >= comfortable:
            return False
        gain = min(comfortable - sizes[side], sizes[center] - min_center)
        if gain <= 0:
            return False
        sizes[side] += gain
        sizes[center] -= gain
        self.splitter.setSizes(sizes)
        return True

    def showEvent(self, event: QShowEvent) -> None:
        """The first time the window shows, put the columns back as the user left them."""
        super().showEvent(event)
        if not self._columns_restored:
            self._columns_restored = True
            restore_columns(self.splitter, self.context.paths.root)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save everything before the window goes away; stay open ("Saving…") until then."""
        if not self.quit_guard.may_close():
            event.ignore()
            return
        save_window_state(self, self.splitter, self.context.paths.root)
        super().closeEvent(event)
