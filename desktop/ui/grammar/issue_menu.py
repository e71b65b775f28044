"""Hover tooltips and the context menu for underlined issues (replacements, ignore, dictionary)."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint
from PySide6.QtGui import QAction, QContextMenuEvent, QFont, QHelpEvent
from PySide6.QtWidgets import QLabel, QMenu, QToolTip, QWidgetAction

from desktop.core.grammar.issue import Category
from desktop.core.i18n import translate
from desktop.ui.grammar.editor_checker import EditorChecker
from desktop.ui.grammar.underliner import Mark
from desktop.ui.i18n import core_text

MAX_REPLACEMENTS = 6
_CATEGORY_NAMES = {
    Category.SPELLING: translate("IssueMenu", "Spelling"),
    Category.GRAMMAR: translate("IssueMenu", "Grammar"),
    Category.PUNCTUATION: translate("IssueMenu", "Punctuation"),
    Category.STYLE: translate("IssueMenu", "Style"),
    Category.TYPOGRAPHY: translate("IssueMenu", "Typography"),
}


# Grammar kinds (resources/grammar/categories.yaml) as the menu names them.
_KIND_NAMES = {
    "agreement": translate("IssueMenu", "agreement"),
    "verb-form": translate("IssueMenu", "verb form"),
    "confused-words": translate("IssueMenu", "confused words"),
    "articles": translate("IssueMenu", "articles"),
    "determiners": translate("IssueMenu", "determiners"),
    "word-order": translate("IssueMenu", "word order"),
    "other": translate("IssueMenu", "other"),
}


def describe(mark: Mark) -> str:
    """One line for a menu or list: ``Spelling: Did you mean ...``."""
    name = core_text(_CATEGORY_NAMES.get(mark.issue.category, _CATEGORY_NAMES[Category.STYLE]))
    kind_name = _KIND_NAMES.get(mark.issue.kind, mark.issue.kind.replace("-", " "))
    kind = f" ({core_text(kind_name)})" if mark.issue.kind else ""
    return f"{name}{kind}: {core_text(mark.issue.message)}"


def _menu_text(text: str) -> str:
    return text.replace("&", "&&")


def _elide(text: str, limit: int = 90) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


class IssueMenu(QObject):
    """Installed on a checked editor's viewport: tooltips and the issue context menu."""

    def __init__(self, checker: EditorChecker) -> None:
        super().__init__(checker)
        self.checker = checker
        checker.editor.viewport().installEventFilter(self)

    def mark_at_point(self, point: QPoint) -> Mark | None:
        """The underlined issue under ``point`` (viewport coordinates)."""
        position = self.checker.editor.cursorForPosition(point).position()
        return self.checker.underliner.mark_at(position)

    def tooltip_at(self, point: QPoint) -> str:
        """The tooltip for ``point``: the issue's message, or "" when nothing is underlined."""
        mark = self.mark_at_point(point)
        if mark is None:
            return ""
        engine = f" ({mark.issue.engine})" if mark.issue.engine else ""
        detail = html.escape(f"{mark.issue.rule_id}{engine}")
        return f"<b>{html.escape(describe(mark))}</b><br><small>{detail}</small>"

    def menu_at(self, point: QPoint, mark: Mark | None = None) -> QMenu:
        """The editor's context menu for ``point``, with the issue's actions on top."""
        editor = self.checker.editor
        menu = editor.createStandardContextMenu(point)
        mark = mark if mark is not None else self.mark_at_point(point)
        if mark is None:
            return menu
        standard = menu.actions()
        actions = self._issue_actions(mark, menu)
        if not standard:
            menu.addActions(actions)
            return menu
        menu.insertActions(standard[0], actions)
        menu.insertSeparator(standard[0])
        return menu

    def _issue_actions(self, mark: Mark, menu: QMenu) -> list[QAction]:
        checker = self.checker
        actions: list[QAction] = [self._title(mark, menu)]
        bold = QFont(menu.font())
        bold.setBold(True)
        for replacement in mark.issue.replacements[:MAX_REPLACEMENTS]:
            label = replacement if replacement.strip() else f"Remove “{mark.text}”"
            action = QAction(_menu_text(label), menu)
            action.setFont(bold)
            action.triggered.connect(
                lambda _=False, r=replacement: checker.apply_replacement(mark, r)
            )
            actions.append(action)
        if not mark.issue.replacements:
            none = QAction(self.tr("No suggestions"), menu)
            none.setEnabled(False)
            actions.append(none)
        separator = QAction(menu)
        separator.setSeparator(True)
        actions.append(separator)
        for label, slot in (
            (self.tr("Ignore here"), checker.ignore_here),
            (self.tr("Ignore this rule"), checker.ignore_rule),
        ):
            action = QAction(label, menu)
            action.triggered.connect(lambda _=False, s=slot: s(mark))
            actions.append(action)
        if mark.issue.category is Category.SPELLING:
            action = QAction(
                _menu_text(
                    QCoreApplication.translate("IssueMenu", "Add “{word}” to dictionary").format(
                        word=_elide(mark.text, 40)
                    )
                ),
                menu,
            )
            action.triggered.connect(lambda _=False: checker.add_to_dictionary(mark))
            actions.append(action)
        return actions

    @staticmethod
    def _title(mark: Mark, menu: QMenu) -> QAction:
        """The issue's message at the top of the menu, readable (not a greyed-out action)."""
        label = QLabel(f"<i>{html.escape(_elide(describe(mark)))}</i>")
        label.setObjectName("issueMessage")
        label.setContentsMargins(26, 6, 12, 4)
        label.setToolTip(html.escape(describe(mark)))
        title = QWidgetAction(menu)
        title.setDefaultWidget(label)
        title.setText(describe(mark))  # for accessibility and tests; the label is shown
        return title

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Show the issue tooltip on hover; the issue menu on right click."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self.checker.editor.viewport())
                return True
            QToolTip.hideText()
            return False
        if event.type() == QEvent.Type.ContextMenu and isinstance(event, QContextMenuEvent):
            point = event.pos()
            mark = None
            if event.reason() == QContextMenuEvent.Reason.Keyboard:
                position = self.checker.editor.textCursor().position()
                mark = self.checker.underliner.mark_at(position)
            menu = self.menu_at(point, mark)
            menu.exec(event.globalPos())
            menu.deleteLater()
            return True
        return super().eventFilter(watched, event)
