"""The Templates tab: every template by library, with overrides and problems, and actions."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal, SignalInstance
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.templating import LibrarySource, TemplateEntry, TemplateProblem, lint_file
from desktop.ui.i18n import core_text
from desktop.ui.tasks import Operation
from desktop.ui.templates.catalog import TemplateCatalog
from desktop.ui.theme import colour
from desktop.ui.flow_layout import FlowLayout

EntryRole = Qt.ItemDataRole.UserRole + 1


class LibraryView(QWidget):
    """Lists the library grouped by source; reloads with the catalog.

    Signals:
        use_requested(object): insert this TemplateEntry (double-click or "Use…").
        edit_requested(object): open this TemplateEntry in the template editor.
        new_requested(): start a new template.
    """

    use_requested = Signal(object)
    edit_requested = Signal(object)
    new_requested = Signal()

    def __init__(self, catalog: TemplateCatalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templateLibrary")
        self.catalog = catalog
        self.lint_problems: dict[str, list[TemplateProblem]] = {}
        self._lint_pending = False
        self.tree = QTreeWidget()
        self.tree.setObjectName("libraryTree")
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.status = QLabel()
        self.status.setObjectName("formHelp")
        self.status.setWordWrap(True)
        buttons = FlowLayout()
        self.use_button = QPushButton(self.tr("Use…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.new_button = QPushButton(self.tr("New…"))
        self.reload_button = QPushButton(self.tr("Reload"))
        for button in (self.use_button, self.edit_button, self.new_button, self.reload_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.status)
        self.use_button.clicked.connect(lambda: self._emit_for_current(self.use_requested))
        self.edit_button.clicked.connect(lambda: self._emit_for_current(self.edit_requested))
        self.new_button.clicked.connect(self.new_requested)
        self.reload_button.clicked.connect(catalog.reload)
        self.tree.itemActivated.connect(lambda *_: self._emit_for_current(self.use_requested))
        catalog.reloaded.connect(self.refresh)
        self.refresh()

    def current_entry(self) -> TemplateEntry | None:
        """The template selected (or whose note is selected), or None."""
        item = self.tree.currentItem()
        while item is not None and item.data(0, EntryRole) is None:
            item = item.parent()
        return None if item is None else item.data(0, EntryRole)

    def _emit_for_current(self, signal: SignalInstance) -> None:
        entry = self.current_entry()
        if entry is not None:
            signal.emit(entry)

    def refresh(self) -> None:
        """Show the library as loaded now, then check every template in the background."""
        self._draw()
        self._lint_pending = True
        if self.isVisible():
            self._lint_in_background()

    def showEvent(self, event: QShowEvent) -> None:
        """Check the templates the first time the tab is looked at after a reload."""
        super().showEvent(event)
        if self._lint_pending:
            self._lint_in_background()

    def _draw(self) -> None:
        self.tree.clear()
        library = self.catalog.library
        for source in library.sources:
            entries = [e for e in library.all_entries if e.source == source]
            group = QTreeWidgetItem(self.tree, [_source_title(source, len(entries))])
            group.setToolTip(0, str(source.root))
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFirstColumnSpanned(True)
            for entry in entries:
                self._add_entry(group, entry)
            others = len(library.all_entries) - len(entries)
            group.setExpanded(source.kind != "bundled" or others == 0)
        missing = library.missing_sources
        self.status.setText(
            self.tr("{count} templates.").format(count=len(library.entries))
            + "".join(
                " " + self.tr("Folder not found: {folder}.").format(folder=s.root)
                for s in missing
                if s.kind == "team"
            )
        )

    def _add_entry(self, group: QTreeWidgetItem, entry: TemplateEntry) -> QTreeWidgetItem:
        item = QTreeWidgetItem(group, [f"{entry.title}  ·  {entry.id}"])
        item.setData(0, EntryRole, entry)
        item.setToolTip(0, str(entry.path))
        notes: list[tuple[str, QColor]] = []
        if entry.overrides_bundled:
            notes.append((self.tr("Overrides the bundled template with this id"), colour("warning_text")))
        if entry.shadowed_by is not None:
            notes.append((
                    self.tr("Not used: overridden by {name}").format(name=entry.shadowed_by.name),
                    colour("muted_text"),
                ))
            item.setForeground(0, QBrush(colour("muted_text")))
        problems = entry.problems or self.lint_problems.get(str(entry.path), [])
        notes += [
            (
                self.tr("Line {line}: {severity}: {message}").format(
                    line=p.line, severity=p.severity, message=core_text(p.message)
                ),
                colour("error_text"),
            )
            for p in problems
        ]
        for text, color in notes:
            note = QTreeWidgetItem(item, [text])
            note.setForeground(0, QBrush(color))
            note.setToolTip(0, text)
        item.setExpanded(bool(notes) and entry.source.kind != "bundled")
        return item

    def _lint_in_background(self) -> None:
        self._lint_pending = False
        entries = [(e.path, e.source.roots) for e in self.catalog.library.all_entries]

        def lint_all() -> dict[str, list[TemplateProblem]]:
            found = {}
            for path, roots in entries:
                problems = [p for p in lint_file(Path(path), roots=roots) if p.severity == "error"]
                if problems:
                    found[str(path)] = problems
            return found

        operation = Operation(lint_all, describe="lint templates")
        operation.succeeded.connect(self._on_lint_succeeded)
        self.catalog.context.tasks.start(operation)

    def _on_lint_succeeded(self, found: dict[str, list[TemplateProblem]]) -> None:
        if found == self.lint_problems:
            return
        self.lint_problems = found
        self._draw()


def _source_title(source: LibrarySource, count: int) -> str:
    where = "" if source.kind == "bundled" else f" — {source.root}"
    if not source.root.is_dir() and source.kind == "personal":
        return f"{source.name}{where} " + QCoreApplication.translate("LibraryView", "(none yet)")
    if not source.root.is_dir():
        return f"{source.name}{where} " + QCoreApplication.translate(
            "LibraryView", "(folder not found)"
        )
    return f"{source.name}{where} ({count})"
