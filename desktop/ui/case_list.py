"""The case list pane: search, new case, archive, and selection of the current case."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import replace
from typing import NamedTuple

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.case import Case, CaseFacts
from desktop.core.open_case import CaseChanges
from desktop.ui.case_row import CaseRowDelegate
from desktop.ui.long_lines import hold_long_lines
from desktop.ui.theme import hex_colour

_Index = QModelIndex | QPersistentModelIndex


# Due states (desktop.core.queue.labels) as colours; the text says the same for colour-blind users.
class _DueColours(Mapping[str, str]):
    """Due-state colours of the light or dark scheme in use (palette ``due_<state>``)."""

    _STATES = ("overdue", "soon")

    def __getitem__(self, state: str) -> str:
        if state not in self._STATES:
            raise KeyError(state)
        return hex_colour(f"due_{state}")

    def __iter__(self) -> Iterator[str]:
        return iter(self._STATES)

    def __len__(self) -> int:
        return len(self._STATES)


DUE_COLOURS: Mapping[str, str] = _DueColours()


class RowNote(NamedTuple):
    """What the queue adds to a row: "overdue 1 h" and its state, and the next step."""

    due: str
    state: str
    next_step: str


CasePager = Callable[[int, int], list[Case]]  # (offset, limit) -> cases
ModePager = Callable[[str, bool], CasePager | None]  # (search, archived) -> pager, None: default
PAGE_SIZE = 200
# A search is a few words; SQLite refuses a LIKE pattern over 50,000 bytes with an error.
SEARCH_LIMIT = 1_000


class CaseListModel(QAbstractListModel):
    """Cases as list rows: subject on the first line, ID, customer and status on the second.

    Rows are fetched a page at a time as the user scrolls, so 10,000 cases open instantly.
    """

    def __init__(self) -> None:
        super().__init__()
        self._cases: list[Case] = []
        self._pager: CasePager = lambda _offset, _limit: []
        self._exhausted = True
        self._notes: dict[int, RowNote] = {}

    def set_notes(self, notes: dict[int, RowNote]) -> None:
        """Show due times and next steps (by case key) without re-reading the rows."""
        self._notes = notes
        if self._cases:
            self.dataChanged.emit(self.index(0), self.index(len(self._cases) - 1))

    def set_pager(self, pager: CasePager) -> None:
        """Show the cases ``pager`` returns, starting with the first page."""
        self.beginResetModel()
        self._pager = pager
        self._cases = pager(0, PAGE_SIZE)
        self._exhausted = len(self._cases) < PAGE_SIZE
        self.endResetModel()

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted:
            return
        more = self._pager(len(self._cases), PAGE_SIZE)
        self._exhausted = len(more) < PAGE_SIZE
        if more:
            self.beginInsertRows(QModelIndex(), len(self._cases), len(self._cases) + len(more) - 1)
            self._cases.extend(more)
            self.endInsertRows()

    def note_edit(self, key: int, facts: CaseFacts, *, to_top: bool) -> None:
        """Case ``key`` was edited: show its ``facts``, and (``to_top``) move it first, where
        the most recently updated case goes. A case not among the rows is left out."""
        row = self.row_of(key)
        if row < 0:
            return
        if self._cases[row].facts != facts:
            self._cases[row] = replace(self._cases[row], facts=facts)
            self.dataChanged.emit(self.index(row), self.index(row))
        if to_top and row > 0:
            self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), 0)
            self._cases.insert(0, self._cases.pop(row))
            self.endMoveRows()

    def case_at(self, row: int) -> Case | None:
        return self._cases[row] if 0 <= row < len(self._cases) else None

    def row_of(self, key: int) -> int:
        return next((row for row, case in enumerate(self._cases) if case.key == key), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cases)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        case = self.case_at(index.row())
        if case is None:
            return None
        facts = case.facts
        note = self._notes.get(case.key)
        if role == Qt.ItemDataRole.DisplayRole:
            due = note.due if note else ""
            details = " · ".join(
                part for part in (due, facts.case_id, facts.customer_org, facts.status) if part
            )
            if note and note.next_step:
                details += f" → {note.next_step}"
            archived = self.tr(" (archived)") if case.archived else ""
            subject = facts.subject or self.tr("(no subject)")
            return f"{subject}{archived}\n{details}"
        if role == Qt.ItemDataRole.ForegroundRole and note and note.state in DUE_COLOURS:
            return QColor(DUE_COLOURS[note.state])
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = (
                case.title
                + "\n"
                + self.tr("Severity: {severity} · Language: {language}").format(
                    severity=facts.severity, language=facts.language
                )
            )
            if note and note.due:
                tip += f"\n{note.due}"
            if note and note.next_step:
                tip += "\n" + self.tr("Next step: {step}").format(step=note.next_step)
            return tip
        return None


class CaseListPane(QWidget):
    """Searchable list of cases.

    Signals:
        case_selected(int): the user chose a case (its key).
        new_case_requested(): the user asked for a new case.
        archive_requested(int): the user asked to archive (or restore) the case with this key.
        search_changed(str, bool): the search text or the show-archived toggle changed.
        case_activated(int): the user pressed Enter on a case (in the list, or in the search
            for the highlighted or first match): open it and go on writing.
    """

    case_selected = Signal(int)
    new_case_requested = Signal()
    archive_requested = Signal(int)
    search_changed = Signal(str, bool)
    case_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CaseListModel()
        self.search = hold_long_lines(QLineEdit(), SEARCH_LIMIT)
        self.search.setPlaceholderText(self.tr("Search cases (ID, subject, customer…)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search cases"))
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setUniformItemSizes(True)
        self.view.setItemDelegate(CaseRowDelegate(self.view))
        self.view.setAlternatingRowColors(True)
        self.view.setObjectName("caseList")
        self.view.setAccessibleName(self.tr("Cases"))
        # Long subjects end in "…" rather than pushing a sideways scroll bar into a narrow column.
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.new_button = QPushButton(self.tr("New case"))
        self.new_button.setToolTip(self.tr("New case (Ctrl+N)"))
        self.archive_button = QPushButton(self.tr("Archive"))
        self.show_archived = QCheckBox(self.tr("Show archived"))
        # Filled by the queue feature (desktop.ui.queue); hidden until it adds views.
        self.view_mode = QComboBox()
        self.view_mode.setObjectName("caseListView")
        self.view_mode.setAccessibleName(self.tr("Order and filter cases"))
        self.view_mode.setVisible(False)
        self._mode_pagers: dict[str, ModePager] = {}

        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.archive_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.view_mode)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.show_archived)
        layout.addLayout(buttons)

        self.search.textChanged.connect(self._on_filter_changed)
        self.show_archived.toggled.connect(self._on_filter_changed)
        self.view_mode.currentIndexChanged.connect(self._on_filter_changed)
        self.new_button.clicked.connect(self.new_case_requested)
        self.archive_button.clicked.connect(self._on_archive_clicked)
        self.view.selectionModel().currentChanged.connect(self._on_view_current_changed)
        self.view.activated.connect(self._on_view_activated)
        self.search.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In the search: Down moves into the list of matches, Enter opens the match."""
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key == Qt.Key.Key_Down and self.model.rowCount():
                self._highlight_a_match()
                self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.model.rowCount():
                case = self.model.case_at(self._highlight_a_match())
                if case is not None:
                    self.case_activated.emit(case.key)
                return True
        return super().eventFilter(watched, event)

    def _highlight_a_match(self) -> int:
        """Keep the highlighted row if it is a match, else highlight the first; return it."""
        row = self.view.currentIndex().row()
        if not 0 <= row < self.model.rowCount():
            row = 0
            self.view.setCurrentIndex(self.model.index(row))
        return row

    def _on_view_activated(self, index: QModelIndex) -> None:
        case = self.model.case_at(index.row())
        if case is not None:
            self.case_activated.emit(case.key)

    def show_cases(self, pager: CasePager, current_key: int | None) -> None:
        """Replace the rows and keep ``current_key`` selected without re-announcing it."""
        self.view.selectionModel().blockSignals(True)
        self.model.set_pager(pager)
        row = self.model.row_of(current_key) if current_key is not None else -1
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row))
        self.view.selectionModel().blockSignals(False)
        current = self.model.case_at(row)
        self.archive_button.setText(
            self.tr("Restore") if current and current.archived else self.tr("Archive")
        )

    def add_view(self, label: str, pager: ModePager | None = None) -> None:
        """Offer a way to order or filter the list; ``pager`` None means the store's order."""
        self.view_mode.addItem(label, label)
        if pager is not None:
            self._mode_pagers[label] = pager
        self.view_mode.setVisible(self.view_mode.count() > 1)

    def mode_pager(self, search: str, archived: bool) -> CasePager | None:
        """The pager of the chosen view, or None for the store's order (most recent first)."""
        pager = self._mode_pagers.get(str(self.view_mode.currentData()))
        return pager(search, archived) if pager is not None else None

    def apply_changes(self, changes: CaseChanges, facts: CaseFacts) -> None:
        """Follow an edit of the open case (its record, and its ``facts`` now) without
        re-reading the list: the row shows the facts as typed and, in the store's order
        (most recently updated first), moves to the top."""
        if changes.key is None or changes.opened or changes.empty:
            return
        in_store_order = str(self.view_mode.currentData()) not in self._mode_pagers
        self.model.note_edit(changes.key, facts, to_top=in_store_order)

    def select_key(self, key: int) -> None:
        """Highlight the case with ``key`` without announcing it."""
        row = self.model.row_of(key)
        if row >= 0 and self.view.currentIndex().row() != row:
            self.view.selectionModel().blockSignals(True)
            self.view.setCurrentIndex(self.model.index(row))
            self.view.selectionModel().blockSignals(False)
            self.view.viewport().update()

    def _on_filter_changed(self) -> None:
        self.search_changed.emit(self.search.text(), self.show_archived.isChecked())

    def _on_view_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        case = self.model.case_at(current.row())
        if case is not None:
            self.archive_button.setText(self.tr("Restore") if case.archived else self.tr("Archive"))
            self.case_selected.emit(case.key)

    def _on_archive_clicked(self) -> None:
        case = self.model.case_at(self.view.currentIndex().row())
        if case is not None:
            self.archive_requested.emit(case.key)
