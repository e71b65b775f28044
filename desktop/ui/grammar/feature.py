"""Installs grammar checking into the main window: underlines, Writing tab, status, settings."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox, QPlainTextEdit, QTextEdit, QWidget

from desktop.core.settings import save_settings
from desktop.ui.grammar.editor_checker import EditorChecker
from desktop.ui.grammar.issue_menu import IssueMenu
from desktop.ui.grammar.service import GrammarService
from desktop.ui.grammar.settings_dialog import GrammarSettingsDialog
from desktop.ui.grammar.underliner import TextEditor
from desktop.ui.grammar.writing_pane import WritingPane

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

CASE_LANGUAGES = {"en": "en", "zh-TW": "zh-TW", "ja": "ja"}
#: Escalation notes go to product teams, who read English.
ESCALATION_LANGUAGE = "en"


def text_editors(pane: QWidget | None) -> list[TextEditor]:
    """Every editable multi-line text field in ``pane`` (the escalation pane's fields)."""
    if pane is None:
        return []
    found: list[TextEditor] = [*pane.findChildren(QPlainTextEdit), *pane.findChildren(QTextEdit)]
    return [editor for editor in found if not editor.isReadOnly()]


class GrammarFeature(QObject):
    """Everything grammar adds to one main window (``window.grammar``)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.service = GrammarService(window.context, self)
        self.reply = EditorChecker(
            window.reply_editor, self.service, with_readability=True, parent=self
        )
        self.escalation = [
            EditorChecker(editor, self.service, language=ESCALATION_LANGUAGE, parent=self)
            for editor in text_editors(getattr(window, "escalation_pane", None))
        ]
        self.menus = {id(c.editor): IssueMenu(c) for c in self.checkers}
        self.pane = WritingPane(self.reply)
        window.side_tabs.addTab(self.pane, self.tr("Writing"))
        self.settings_action = QAction(self.tr("&Grammar settings…"), window)
        self.settings_action.triggered.connect(self.edit_settings)
        window.edit_menu.addAction(self.settings_action)

        self._start_scheduled = False
        self._on_service_status_changed(self.service.status_text())
        self.service.status_changed.connect(self._on_service_status_changed)
        self.service.problem_reported.connect(self._on_service_problem_reported)
        self.pane.settings_requested.connect(self.edit_settings)
        window.case_opened.connect(self._on_window_case_opened)
        window.facts_form.facts_edited.connect(self._update_language)
        window.settings_changed.connect(self._on_window_settings_changed)
        window.installEventFilter(self)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.service.shutdown)

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
        language = CASE_LANGUAGES.get(self.window.facts_form.facts().language, "en")
        self.reply.set_language(language)
        self.service.set_language(language)

    def _on_window_case_opened(self, key: int) -> None:
        self._update_language()
        for checker in self.checkers:
            checker.reset(key)

    def _on_window_settings_changed(self) -> None:
        self.service.reconfigure(self.window.context.settings)

    def _on_service_status_changed(self, text: str) -> None:
        self.window.grammar_label.setText(text)
        self.window.grammar_label.setToolTip("\n".join(self.service.engine_lines()))

    def _on_service_problem_reported(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 8000)

    def edit_settings(self) -> None:
        """Show the Grammar settings dialog and apply what the user saves."""
        context = self.window.context
        dialog = GrammarSettingsDialog(
            context.settings,
            self.service.preferences,
            context.paths.languagetool,
            context.tasks,
            self.window,
        )
        if dialog.exec():
            self.apply_settings(dialog)

    def apply_settings(self, dialog: GrammarSettingsDialog) -> None:
        """Save the dialog's preferences and settings and use them."""
        context = self.window.context
        self.service.set_preferences(dialog.preferences())
        new_settings = dialog.settings()
        if new_settings == context.settings:
            return
        try:
            save_settings(new_settings, context.paths.settings)
        except OSError as error:
            QMessageBox.warning(
                self.window,
                self.tr("Settings not saved"),
                self.tr("Could not save: {error}").format(error=error),
            )
            return
        context.settings = new_settings
        self.window.settings_changed.emit()


def install(window: MainWindow) -> None:
    """Add grammar checking to ``window`` (reachable afterwards as ``window.grammar``)."""
    window.grammar = GrammarFeature(window)  # type: ignore[attr-defined]
