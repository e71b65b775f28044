"""Find a template as you type: a search field over a ranked result list."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from desktop.core.templating import TemplateEntry
from desktop.ui.templates.catalog import TemplateCatalog
from desktop.ui.templates.results import ResultDelegate, ResultsModel
from desktop.ui.long_lines import hold_long_lines

_MOVES = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -8, Qt.Key.Key_PageDown: 8}


class TemplatePicker(QWidget):
    """Search field and results; Up/Down move, Enter chooses, Ctrl+D stars.

    Signals:
        current_changed(object): the highlighted template (a TemplateEntry, or None).
        chosen(object): the user pressed Enter on, or double-clicked, a template.
    """

    current_changed = Signal(object)
    chosen = Signal(object)

    def __init__(self, catalog: TemplateCatalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.language = ""
        self._last: TemplateEntry | None = None
        self.search = hold_long_lines(QLineEdit())
        self.search.setObjectName("templateSearch")
        self.search.setPlaceholderText(self.tr("Search templates: title, tag, language or text"))
        self.search.setClearButtonEnabled(True)
        self.model = ResultsModel(catalog.is_favourite, self)
        self.delegate = ResultDelegate(self)
        self.view = QListView()
        self.view.setObjectName("templateResults")
        self.view.setModel(self.model)
        self.view.setItemDelegate(self.delegate)
        self.view.setUniformItemSizes(True)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing always goes to the search
        self.count_label = QLabel()
        self.count_label.setObjectName("resultCount")
        hint = QLabel(self.tr("↑↓ move · Enter choose · Ctrl+D star"))
        hint.setObjectName("formHelp")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(hint)
        self.search.textChanged.connect(lambda _text: self._show(keep=False))
        self.view.selectionModel().currentChanged.connect(lambda *_: self._announce())
        self.search.installEventFilter(self)
        self.view.doubleClicked.connect(lambda index: self._choose(index.row()))
        self.delegate.star_clicked.connect(self.toggle_favourite)
        star = QShortcut(QKeySequence("Ctrl+D"), self)
        star.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        star.activated.connect(lambda: self.toggle_favourite(self.current_row()))
        catalog.reloaded.connect(self.refresh)

    def set_language(self, language: str) -> None:
        """Show templates for ``language`` (the case's), highlighting the best match.

        What was highlighted before is not kept: it may be in another case's language, and
        Enter would insert it.
        """
        self.language = language
        self._show(keep=False)

    def refresh(self) -> None:
        """Search again (after a reload or a new star), keeping the highlighted template."""
        self._show(keep=True)

    def _show(self, *, keep: bool) -> None:
        kept = self.current_entry() if keep else None
        hits = self.catalog.search(self.search.text(), self.language)
        self.model.set_hits(hits)
        self.count_label.setText(self.tr("Templates: {count}").format(count=len(hits)))
        if kept is None or not self.select_id(kept.id):
            self.set_current_row(0)

    def current_row(self) -> int:
        """The highlighted row, or -1."""
        return self.view.currentIndex().row()

    def current_entry(self) -> TemplateEntry | None:
        """The highlighted template, or None."""
        return self.model.entry_at(self.current_row())

    def set_current_row(self, row: int) -> None:
        """Highlight ``row`` (clamped to the list)."""
        count = self.model.rowCount()
        if count:
            index = self.model.index(max(0, min(row, count - 1)))
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
            self.view.selectionModel().setCurrentIndex(index, flags)
            self.view.scrollTo(index)
        self._announce()

    def select_id(self, template_id: str) -> bool:
        """Highlight the template with ``template_id`` if it is in the list."""
        for row in range(self.model.rowCount()):
            entry = self.model.entry_at(row)
            if entry is not None and entry.id == template_id:
                self.set_current_row(row)
                return True
        return False

    def toggle_favourite(self, row: int) -> None:
        """Star or unstar the template on ``row``."""
        entry = self.model.entry_at(row)
        if entry is not None:
            self.catalog.set_favourite(entry, not self.catalog.is_favourite(entry))
            self.model.refresh_row(row)

    def _announce(self) -> None:
        entry = self.current_entry()
        if entry is not self._last:
            self._last = entry
            self.current_changed.emit(entry)

    def _choose(self, row: int) -> None:
        self.set_current_row(row)
        entry = self.current_entry()
        if entry is not None:
            self.chosen.emit(entry)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = Qt.Key(event.key())
            if key in _MOVES and self.model.rowCount():
                self.set_current_row(max(self.current_row(), 0) + _MOVES[key])
                return True
            plain = not event.modifiers() & Qt.KeyboardModifier.ControlModifier
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
                self._choose(self.current_row())
                return True
        return super().eventFilter(watched, event)
