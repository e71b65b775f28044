"""Installs grammar checking into the main window: underlines, Writing tab, status, settings."""

from __future__ import annotations

import logging
import sqlite3
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel

from desktop.core.grammar.ignored import IgnoredSpot, load_ignored, save_ignored
from desktop.core.store import StoreError
from desktop.ui.features import Feature
from desktop.ui.grammar.editor_checker import EditorChecker
from desktop.ui.grammar.issue_menu import IssueMenu
from desktop.ui.grammar.service import GrammarService
from desktop.ui.grammar.settings_dialog import GrammarSettingsDialog
from desktop.ui.grammar.writing_pane import WritingPane
from desktop.ui.install_context import Menu
from desktop.ui.providers import ESCALATION_FIELDS, GRAMMAR_ENGINES, GRAMMAR_ISSUES
from desktop.ui.registry import Absent
from desktop.ui.tasks import Operation

if TYPE_CHECKING:
    from desktop.ui.install_context import InstallContext

log = logging.getLogger(__name__)
CASE_LANGUAGES = {"en": "en", "zh-TW": "zh-TW", "ja": "ja"}
#: Escalation notes go to product teams, who read English.
ESCALATION_LANGUAGE = "en"


class GrammarFeature(QObject):
    """Everything grammar adds to one main window; a ``GrammarIssues`` provider for the gate."""

    def __init__(self, context: InstallContext) -> None:
        super().__init__(context.parent)
        self.context = context
        self.window = context.parent
        self.service = GrammarService(context.app, self)
        self.reply = EditorChecker(
            context.reply_editor,
            self.service,
            with_readability=True,
            load_spots=self._load_spots,
            save_spots=self._save_spot,
            parent=self,
        )
        fields = context.get(ESCALATION_FIELDS)
        self.escalation = [
            EditorChecker(
                editor,
                self.service,
                language=ESCALATION_LANGUAGE,
                place=f"escalation:{editor.objectName() or index}",
                load_spots=self._load_spots,
                save_spots=self._save_spot,
                parent=self,
            )
            for index, editor in enumerate(
                [] if isinstance(fields, Absent) else fields.text_fields()
            )
        ]
        self.menus = {id(c.editor): IssueMenu(c) for c in self.checkers}
        self.writing_tab = context.add_lazy_tab(
            WritingPane, lambda: WritingPane(self.reply), self.tr("Writing")
        )
        self.writing_tab.when_built(self._on_writing_pane_built)
        self.settings_action = context.add_action(
            Menu.EDIT, self.tr("&Grammar settings…"), self.edit_settings
        )
        self.status_label = QLabel("")
        self.status_label.setObjectName("grammarState")
        context.add_status_widget(self.status_label)

        self._start_scheduled = False
        self._on_service_status_changed(self.service.status_text())
        self.service.status_changed.connect(self._on_service_status_changed)
        self.service.problem_reported.connect(self._on_service_problem_reported)
        context.case_opened.connect(self._on_window_case_opened)
        context.facts_edited.connect(self._update_language)
        context.settings_changed.connect(self._on_window_settings_changed)
        self.window.installEventFilter(self)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.service.shutdown)

    @property
    def pane(self) -> WritingPane:
        """The Writing tab's pane (built now if its tab was never shown)."""
        return self.writing_tab.get()

    def _on_writing_pane_built(self, pane: WritingPane) -> None:
        pane.settings_requested.connect(self.edit_settings)

    @property
    def checkers(self) -> list[EditorChecker]:
        """The reply's checker first, then one per escalation field."""
        return [self.reply, *self.escalation]

    def remaining(self) -> list[tuple[int, int, str]]:
        """Spelling and grammar issues still underlined in the reply, ``(start, end,
        message)`` in Python offsets of its text: the pre-send gate warns about them."""
        return self.reply.remaining_issues()

    def menu_for(self, checker: EditorChecker) -> IssueMenu:
        """The tooltip and context-menu handler of ``checker``'s editor."""
        return self.menus[id(checker.editor)]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Start the engines once the window is shown; stop them when it closes."""
        if watched is self.window:
            if event.type() == QEvent.Type.Show and not self._start_scheduled:
                self._start_scheduled = True
                QTimer.singleShot(0, self.service.start)
            elif event.type() == QEvent.Type.Close:
                self.service.shutdown()
        return False

    def _update_language(self) -> None:
        language = CASE_LANGUAGES.get(self.context.facts().language, "en")
        self.reply.set_language(language)
        self.service.set_language(language)

    def _on_window_case_opened(self, key: int) -> None:
        self._update_language()
        for checker in self.checkers:
            checker.reset(key)

    def _load_spots(self, key: int, place: str) -> list[IgnoredSpot]:
        """The "Ignore here" choices kept with case ``key`` (none if the store cannot say)."""
        try:
            return load_ignored(self.context.app.store, key, place)
        except (StoreError, sqlite3.Error) as error:
            log.warning("could not read the ignored grammar issues of case %s: %s", key, error)
            return []

    def _save_spot(self, key: int, place: str, spot: IgnoredSpot) -> None:
        """Keep an "Ignore here" choice with case ``key``, on the store's serial writer."""
        writer = self.context.app.writer
        operation = Operation(
            lambda: save_ignored(writer, key, place, spot), describe="ignored grammar issue"
        )
        operation.failed.connect(self.context.report_save_failure)
        self.context.app.tasks.start(operation, serial_writer=True)

    def _on_window_settings_changed(self) -> None:
        self.service.reconfigure(self.context.app.settings)

    def _on_service_status_changed(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.setToolTip("\n".join(self.service.engine_lines()))

    def _on_service_problem_reported(self, message: str) -> None:
        self.context.show_status(message, 8000)

    def edit_settings(self) -> None:
        """Show the Grammar settings dialog and apply what the user saves."""
        app = self.context.app
        dialog = GrammarSettingsDialog(
            app.settings, self.service.preferences, app.paths.languagetool, app.tasks, self.window
        )
        if dialog.exec():
            self.apply_settings(dialog)

    def apply_settings(self, dialog: GrammarSettingsDialog) -> None:
        """Save the dialog's preferences and settings and use them."""
        self.service.set_preferences(dialog.preferences())
        self.context.save_settings(dialog.settings())


def install(context: InstallContext) -> GrammarFeature:
    """Add grammar checking to the window and offer the reply's remaining issues to the gate."""
    feature = GrammarFeature(context)
    context.provide(GRAMMAR_ISSUES, feature)
    context.provide(GRAMMAR_ENGINES, feature.service)
    return feature


FEATURE = Feature(
    "Grammar",
    install,
    provides=(GRAMMAR_ISSUES, GRAMMAR_ENGINES),
    uses=(ESCALATION_FIELDS,),
)
