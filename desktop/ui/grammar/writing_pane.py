"""The "Writing" side tab: the reply's readability and every issue in it; click one to jump."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.grammar.issue import Category
from desktop.ui.grammar.editor_checker import EditorChecker
from desktop.ui.grammar.issue_menu import describe
from desktop.ui.grammar.underliner import COLOUR_NAMES, underline_colour


def _swatch(colour: QColor) -> QIcon:
    pixmap = QPixmap(10, 10)
    pixmap.fill(colour)
    return QIcon(pixmap)


class WritingPane(QWidget):
    """Lists the issues of one checked editor (the reply) and its readability.

    Signals:
        settings_requested(): the user asked for the grammar settings.
    """

    settings_requested = Signal()

    def __init__(self, checker: EditorChecker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("writingPane")
        self.checker = checker
        self.readability_label = QLabel("")
        self.readability_label.setObjectName("readability")
        self.readability_label.setWordWrap(True)
        self.count_label = QLabel("")
        self.count_label.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("issueList")
        self.list.setWordWrap(True)
        self.settings_button = QPushButton(self.tr("Grammar settings…"))
        self.settings_button.clicked.connect(self.settings_requested)
        header = QHBoxLayout()
        header.addWidget(self.count_label, 1)
        header.addWidget(self.settings_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.readability_label)
        layout.addLayout(header)
        layout.addWidget(self.list, 1)
        self._icons = {category: _swatch(underline_colour(category)) for category in COLOUR_NAMES}
        self.list.itemClicked.connect(self._on_list_item_clicked)
        self.list.itemActivated.connect(self._on_list_item_clicked)
        checker.issues_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Show the checker's current issues and readability."""
        checker = self.checker
        if checker.readability_summary:
            self.readability_label.setText(checker.readability_summary)
        elif not checker.language.startswith("en"):
            self.readability_label.setText(self.tr("Readability is measured for English replies."))
        else:
            self.readability_label.setText("")
        marks = checker.underliner.marks
        self.list.clear()
        for index, mark in enumerate(marks):
            item = QListWidgetItem(f"“{mark.text}” — {describe(mark)}")
            item.setIcon(self._icons.get(mark.issue.category, self._icons[Category.STYLE]))
            item.setToolTip(f"{mark.issue.rule_id} ({mark.issue.engine})")
            item.setData(Qt.ItemDataRole.UserRole, index)
            self.list.addItem(item)
        self.count_label.setText(checker.note or _count_text(marks_categories(checker)))

    def _on_list_item_clicked(self, item: QListWidgetItem) -> None:
        index = item.data(Qt.ItemDataRole.UserRole)
        marks = self.checker.underliner.marks
        if isinstance(index, int) and 0 <= index < len(marks):
            self.checker.select(marks[index])


def marks_categories(checker: EditorChecker) -> Counter[Category]:
    """How many issues of each category the checker shows."""
    return Counter(mark.issue.category for mark in checker.underliner.marks)


def _count_text(counts: Counter[Category]) -> str:
    total = sum(counts.values())
    if not total:
        return QCoreApplication.translate("Writing_pane", "No issues found in the reply.")
    parts = ", ".join(f"{n} {category.value}" for category, n in sorted(counts.items()))
    return f"{total} issue{'s' if total != 1 else ''}: {parts}"
