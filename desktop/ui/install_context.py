"""What a feature is given to plug into the main window: a typed, public surface.

Features never touch the window's private parts: they add tabs, menu actions, documents and
status pieces through an :class:`InstallContext`, register what they provide, and look up what
other features provide. The context remembers what its feature added, so a feature that fails
half-way can be taken out again.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import SignalInstance
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QTabWidget, QWidget

from desktop.core.case import Case, CaseFacts
from desktop.core.open_case import OpenCase
from desktop.core.settings import Settings
from desktop.ui.document_binding import DocumentBinding
from desktop.ui.lazy_pane import LazyPane
from desktop.ui.registry import Absent, Key, Registry

if TYPE_CHECKING:
    from desktop.ui.case_list import CaseListPane
    from desktop.ui.context import AppContext
    from desktop.ui.main_window import MainWindow
    from desktop.ui.reply_editor import ReplyEditor, ReplyPane

T = TypeVar("T")
W = TypeVar("W", bound=QWidget)


class Menu(Enum):
    """The main window's menus that features may add actions to."""

    FILE = "file"
    EDIT = "edit"
    CASE = "case"
    VIEW = "view"
    HELP = "help"


class InstallContext:
    """One feature's handle on the main window (see ``desktop.ui.features``)."""

    def __init__(self, window: MainWindow, feature_name: str) -> None:
        self._window = window
        self.feature_name = feature_name
        self._tabs: list[QWidget] = []
        self._actions: list[tuple[QMenu, QAction]] = []
        self._menus: list[QMenu] = []
        self._status_widgets: list[QWidget] = []
        self._documents: list[str] = []
        self._below_facts: list[QWidget] = []

    # The app and the other features ------------------------------------------------------

    @property
    def app(self) -> AppContext:
        """Stores, background tasks, autosave, paths and the current settings."""
        return self._window.context

    @property
    def parent(self) -> QWidget:
        """The widget to parent dialogs and helper objects to."""
        return self._window

    def provide(self, key: Key[T], provider: T) -> None:
        """Offer ``provider`` to other features under ``key``."""
        self._window.providers.provide(key, provider)

    def get(self, key: Key[T]) -> T | Absent:
        """Another feature's provider, or why it is absent."""
        return self._window.providers.get(key)

    @property
    def providers(self) -> Registry:
        """All providers (for objects that look them up later, not only at install)."""
        return self._window.providers

    # The open case --------------------------------------------------------------------------

    @property
    def current_key(self) -> int | None:
        """The key of the case on screen (None before one is open)."""
        return self._window.current_key

    def current_case(self) -> Case | None:
        """The case on screen, as last saved."""
        return self._window.current_case()

    @property
    def open_case_model(self) -> OpenCase:
        """The open case's facts and documents (read them here, never from another pane)."""
        return self._window.session.model

    def facts(self) -> CaseFacts:
        """The case facts as edited, including edits not saved yet."""
        return self._window.session.model.facts

    def document(self, kind: str) -> str:
        """The open case's document ``kind`` as shown, else as last edited or saved."""
        return self._window.document(kind)

    def document_shown_in(self, editor: QWidget) -> str | None:
        """The kind of the open case's document that ``editor`` shows, if any."""
        return self._window.document_shown_in(editor)

    def bind_document(self, binding: DocumentBinding) -> None:
        """Load ``binding``'s document on case switch and autosave it on every edit."""
        self._window.bind_document(binding)
        self._documents.append(binding.kind)

    @property
    def loading(self) -> bool:
        """Whether a case is being loaded into the panes (their edits are not the user's)."""
        return self._window.loading

    def open_case(self, key: int) -> None:
        """Save the case on screen, then show the case with ``key``."""
        self._window.open_case(key)

    def edit_facts(self, facts: CaseFacts) -> None:
        """Show ``facts`` in the form and autosave them, as if the user had typed them."""
        self._window.edit_facts(facts)

    def report_save_failure(self, message: str) -> None:
        """Tell the user a write failed (the save indicator turns red)."""
        self._window.show_save_failure(message)

    @property
    def case_list(self) -> CaseListPane:
        """The case list (features may add views and notes to its rows)."""
        return self._window.case_list

    def refresh_case_list(self) -> None:
        """Re-read the case list with the current search and view."""
        self._window.refresh_case_list()

    def add_below_facts(self, widget: QWidget) -> None:
        """Show ``widget`` between the case facts and the reply."""
        self._window.add_below_facts(widget)
        self._below_facts.append(widget)

    def show_history(self, kind: str) -> None:
        """Let the user browse saved versions of document ``kind`` and restore one."""
        self._window.show_history(kind)

    @property
    def case_opened(self) -> SignalInstance:
        """``case_opened(int)``: another case is now shown."""
        return self._window.case_opened

    @property
    def facts_edited(self) -> SignalInstance:
        """``facts_edited()``: a case fact changed (typed, or filled in by a feature)."""
        return self._window.session.facts_changed

    @property
    def case_changed(self) -> SignalInstance:
        """``case_changed(CaseChanges)``: what an edit or a case switch changed."""
        return self._window.session.changed

    @property
    def settings_changed(self) -> SignalInstance:
        """``settings_changed()``: new settings are in ``app.settings``."""
        return self._window.settings_changed

    def save_settings(self, settings: Settings) -> bool:
        """Save and use new settings (telling the user if they could not be saved)."""
        return self._window.apply_settings(settings)

    # The reply -----------------------------------------------------------------------------

    @property
    def reply_editor(self) -> ReplyEditor:
        """The customer reply's editor."""
        return self._window.reply_editor

    @property
    def reply_pane(self) -> ReplyPane:
        """The reply editor under its heading."""
        return self._window.reply_pane

    def window_title(self) -> str:
        """The main window's title (names the open case)."""
        return self._window.windowTitle()

    # Tabs, menus, status -------------------------------------------------------------------

    def add_tab(self, pane: QWidget, title: str, *, first: bool = False) -> None:
        """Add ``pane`` as a side tab (``first``: in front of the others, and shown)."""
        tabs = self._window.side_tabs
        if first:
            tabs.insertTab(0, pane, title)
            tabs.setCurrentIndex(0)
        else:
            tabs.addTab(pane, title)
        # With more tabs than fit the titles elide; the tooltip still names the tab in full.
        tabs.setTabToolTip(tabs.indexOf(pane), title)
        self._tabs.append(pane)

    def add_lazy_tab(self, kind: type[W], build: Callable[[], W], title: str) -> LazyPane[W]:
        """Add a side tab whose pane ``build()`` makes only when the tab first comes to the
        front, or when :meth:`LazyPane.get` asks for it (a menu action, a provider); start-up
        does not wait for it. Wire the pane in :meth:`LazyPane.when_built`; pass
        ``lazy.page`` to :meth:`show_tab`, :meth:`set_tab_label` and :meth:`when_tab_shown`."""
        lazy = LazyPane(kind, build)
        self.add_tab(lazy.page, title)
        tabs = self._window.side_tabs
        # Connected after adding: the first tab added becomes current without being shown yet.
        tabs.currentChanged.connect(
            lambda index: lazy.get() if tabs.widget(index) is lazy.page else None
        )
        return lazy

    @property
    def tabs(self) -> QTabWidget:
        """The side tabs (read which is in front; add tabs with :meth:`add_tab`)."""
        return self._window.side_tabs

    def set_tab_label(self, pane: QWidget, title: str, tooltip: str) -> None:
        """Change the title and tooltip of ``pane``'s tab."""
        tabs = self._window.side_tabs
        index = tabs.indexOf(pane)
        tabs.setTabText(index, title)
        tabs.setTabToolTip(index, f"{title}\n{tooltip}" if tooltip else title)

    def show_tab(self, pane: QWidget) -> None:
        """Bring ``pane``'s tab to the front."""
        self._window.side_tabs.setCurrentWidget(pane)

    def when_tab_shown(self, pane: QWidget, callback: Callable[[], None]) -> None:
        """Call ``callback`` each time ``pane``'s tab is brought to the front."""
        tabs = self._window.side_tabs
        tabs.currentChanged.connect(
            lambda index: callback() if tabs.widget(index) is pane else None
        )

    def widen_side_panel(self, comfortable: int, min_center: int) -> bool:
        """Make the side panel ``comfortable`` wide, keeping the reply ``min_center`` wide."""
        return self._window.widen_side_panel(comfortable, min_center)

    def add_menu(self, title: str) -> QMenu:
        """A new menu of the menu bar, before Help."""
        menu = QMenu(title, self._window)
        self._window.menuBar().insertMenu(self._window.help_menu.menu.menuAction(), menu)
        self._menus.append(menu)
        return menu

    def add_action(
        self,
        menu: Menu | QMenu,
        text: str,
        slot: Callable[[], Any],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        """Add an action at the end of ``menu`` (File: above Quit); its shortcut works anywhere
        in the window."""
        target = menu if isinstance(menu, QMenu) else self._window.menu(menu)
        before = self._window.quit_separator if menu is Menu.FILE else None
        action = self._window.add_action(target, text, slot, shortcut, before=before)
        self._actions.append((target, action))
        return action

    def add_separator(self, menu: Menu | QMenu) -> None:
        """A separator at the end of ``menu`` (File: above Quit)."""
        target = menu if isinstance(menu, QMenu) else self._window.menu(menu)
        if menu is Menu.FILE:
            separator = target.insertSeparator(self._window.quit_separator)
        else:
            separator = target.addSeparator()
        self._actions.append((target, separator))

    def show_status(self, text: str, timeout_ms: int = 6000) -> None:
        """Show ``text`` in the status bar for a while."""
        self._window.statusBar().showMessage(text, timeout_ms)

    def add_status_widget(self, widget: QWidget) -> None:
        """Add ``widget`` at the right of the status bar."""
        self._window.statusBar().addPermanentWidget(widget)
        self._status_widgets.append(widget)

    # Failure -------------------------------------------------------------------------------

    def roll_back(self) -> None:
        """Take out what this feature added (it failed while installing)."""
        tabs = self._window.side_tabs
        for pane in self._tabs:
            if (index := tabs.indexOf(pane)) >= 0:
                tabs.removeTab(index)
        for menu, action in self._actions:
            menu.removeAction(action)
            self._window.removeAction(action)
        for menu in self._menus:
            self._window.menuBar().removeAction(menu.menuAction())
        for widget in self._status_widgets:
            self._window.statusBar().removeWidget(widget)
        for widget in self._below_facts:
            widget.hide()
            widget.setParent(None)
        for kind in self._documents:
            self._window.unbind_document(kind)
