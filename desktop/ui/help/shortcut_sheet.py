"""Help → Keyboard shortcuts: a sheet built from the window's actions when it opens.

Nothing here lists keys by hand: every QAction and QShortcut with keys is read from the
window as it is now, so a feature that adds or changes a shortcut shows up by itself.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.long_lines import hold_long_lines


@dataclass(frozen=True)
class ShortcutRow:
    """One line of the sheet."""

    area: str
    action: str
    keys: str


def _clean(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(".…").strip()


def _keys(sequences: list[QKeySequence]) -> str:
    native = QKeySequence.SequenceFormat.NativeText
    return ", ".join(s.toString(native) for s in sequences if not s.isEmpty())


def _area(window: QMainWindow, action: QAction) -> str:
    for owner in action.associatedObjects():
        if isinstance(owner, QMenu) and owner.title():
            return _clean(owner.title())
    parent = action.parent()
    return _tab_of(window, parent if isinstance(parent, QWidget) else None)


def _tab_of(window: QMainWindow, widget: QWidget | None) -> str:
    """The title of the tab ``widget`` sits in, else "Window"."""
    while widget is not None and widget is not window:
        holder = widget.parentWidget()
        tabs = holder.parentWidget() if holder is not None else None
        if isinstance(tabs, QTabWidget) and tabs.indexOf(widget) >= 0:
            return _clean(tabs.tabText(tabs.indexOf(widget)))
        widget = holder
    return QCoreApplication.translate("ShortcutSheet", "Window")


def shortcut_rows(window: QMainWindow) -> list[ShortcutRow]:
    """Every keyboard shortcut of ``window``, by area, as the window has them now."""
    rows: dict[tuple[str, str], ShortcutRow] = {}
    for action in window.findChildren(QAction):
        keys = _keys(action.shortcuts())
        text = _clean(action.text())
        if keys and text:
            rows.setdefault((text, keys), ShortcutRow(_area(window, action), text, keys))
    for shortcut in window.findChildren(QShortcut):
        keys = _keys([shortcut.key()])
        text = _clean(shortcut.whatsThis() or shortcut.objectName())
        parent = shortcut.parent()
        if keys and text:
            area = _tab_of(window, parent if isinstance(parent, QWidget) else None)
            rows.setdefault((text, keys), ShortcutRow(area, text, keys))
    return sorted(rows.values(), key=lambda row: (row.area, row.action))


class ShortcutSheet(QDialog):
    """The shortcut sheet, filtered as the user types."""

    def __init__(self, window: QMainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(640, 560)
        self.rows = shortcut_rows(window)
        self.search = hold_long_lines(QLineEdit())
        self.search.setObjectName("shortcutSearch")
        self.search.setPlaceholderText(self.tr("Type to find an action or a key"))
        self.search.setClearButtonEnabled(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("shortcutTable")
        self.tree.setHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.tree.setRootIsDecorated(True)
        self.tree.setAlternatingRowColors(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.search.textChanged.connect(self._show)
        self._show("")
        self.search.setFocus()

    def _show(self, query: str) -> None:
        words = query.casefold().split()
        self.tree.clear()
        areas: dict[str, QTreeWidgetItem] = {}
        for row in self.rows:
            haystack = f"{row.area} {row.action} {row.keys}".casefold()
            if not all(word in haystack for word in words):
                continue
            area = areas.get(row.area)
            if area is None:
                area = areas[row.area] = QTreeWidgetItem(self.tree, [row.area])
                area.setFirstColumnSpanned(True)
                area.setExpanded(True)
            QTreeWidgetItem(area, [row.action, row.keys])
        self.tree.resizeColumnToContents(0)

    def visible_rows(self) -> list[tuple[str, str, str]]:
        """``(area, action, keys)`` as listed now (for tests and screen readers)."""
        shown = []
        for area in _children(self.tree.invisibleRootItem()):
            for child in _children(area):
                shown.append((area.text(0), child.text(0), child.text(1)))
        return shown


def _children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    # Qt's child(i) is None only past the end; the stubs cannot know i is in range.
    return [child for i in range(item.childCount()) if (child := item.child(i)) is not None]
