"""The strip under the case facts: next step, when the next answer is due (in the engineer's and
the customer's time), the customer's time zone and the follow-up date."""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo
from zoneinfo import available_timezones

from PySide6.QtCore import QDateTime, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.core.queue.board import QueueEntry
from desktop.core.queue.labels import DueLabel
from desktop.core.queue.zones import format_in_zone, zone_or_none
from desktop.ui.case_list import DUE_COLOURS
from desktop.ui.i18n import babel_locale, core_text
from desktop.ui.long_lines import hold_long_lines

NEXT_STEP_DELAY_MS = 600


# One row of the queue shows it; a longer paste is refused whole, never cut.
NEXT_STEP_LIMIT = 200


class CasePanel(QWidget):
    """Shows and edits the queue side of the case on screen.

    Signals:
        next_step_edited(str): the user paused after editing the next step.
        time_zone_chosen(str): the user chose a customer time zone ("" = guess from the region).
        follow_up_chosen(str): a follow-up time as ISO UTC, or "" to clear it.
    """

    next_step_edited = Signal(str)
    time_zone_chosen = Signal(str)
    follow_up_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("casePanel")
        self.next_step = hold_long_lines(QLineEdit(), NEXT_STEP_LIMIT)
        self.next_step.setObjectName("nextStep")
        self.next_step.setPlaceholderText(self.tr("Next step: what you will do next on this case"))
        self.next_step.setAccessibleName(self.tr("Next step"))
        self.due = QLabel()
        self.due.setObjectName("dueLabel")
        self.due.setTextFormat(Qt.TextFormat.RichText)
        # The line may be long; it must never widen the window (tooltip and panel show it all).
        self.due.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.due.setMinimumWidth(120)
        self.due.setWordWrap(True)  # Japanese dates are longer: wrap rather than cut the zone off
        self.zone = QComboBox()
        self.zone.setObjectName("customerZone")
        self.zone.setEditable(True)
        zone_edit = self.zone.lineEdit()
        assert zone_edit is not None  # an editable combo box always has one
        self._zone_edit = zone_edit
        hold_long_lines(zone_edit)
        self.zone.setMinimumContentsLength(14)
        self.zone.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.zone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.zone.setAccessibleName(self.tr("Customer time zone"))
        self.zone.setToolTip(self.tr("The customer's time zone (guessed from the region)"))
        zones = sorted(z for z in available_timezones() if "/" in z and not z.startswith("Etc"))
        self.zone.addItems(zones)
        completer = QCompleter(zones, self.zone)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.zone.setCompleter(completer)
        # A push button, not a tool button: its menu arrow gets room of its own instead of
        # being drawn over the last letter.
        self.follow_up = QPushButton(self.tr("Follow up"))
        self.follow_up.setObjectName("followUp")
        self.follow_up.setAutoDefault(False)
        self.follow_up_menu = QMenu(self.follow_up)
        self.follow_up.setMenu(self.follow_up_menu)
        self._choices: dict[str, datetime] = {}
        self._guess = ""
        self._loading = False

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.next_step, 1)
        top.addWidget(QLabel(self.tr("Customer zone:")))
        top.addWidget(self.zone)
        top.addWidget(self.follow_up)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.addWidget(self.due, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addLayout(bottom)

        self._next_step_timer = QTimer(self)
        self._next_step_timer.setSingleShot(True)
        self._next_step_timer.setInterval(NEXT_STEP_DELAY_MS)
        self._next_step_timer.timeout.connect(self._emit_next_step)
        self.next_step.textEdited.connect(lambda _text: self._next_step_timer.start())
        self.next_step.editingFinished.connect(self._flush_next_step)
        self.zone.activated.connect(self._on_zone_activated)
        self._zone_edit.editingFinished.connect(self._on_zone_activated)
        self.follow_up_menu.aboutToShow.connect(self._fill_follow_up_menu)

    # Showing a case -------------------------------------------------------------------------

    def show_case(self, next_step: str, chosen_zone: str, guessed_zone: str) -> None:
        """Show a case's next step and time zone without announcing edits."""
        self._flush_next_step()
        self._loading = True
        try:
            self.next_step.setText(next_step)
            self.next_step.setCursorPosition(0)
            self._guess = guessed_zone
            self._zone_edit.setPlaceholderText(guessed_zone or self.tr("unknown"))
            self.zone.setEditText(chosen_zone)
        finally:
            self._loading = False

    def set_follow_up_choices(self, choices: dict[str, datetime]) -> None:
        """Quick follow-up times by label (see desktop.core.queue.follow_up)."""
        self._choices = choices

    def show_due(
        self, entry: QueueEntry | None, label: DueLabel, mine: tzinfo, now: datetime
    ) -> None:
        """``overdue 1 h — Sun 29 Nov 16:02 CET (you) · Mon 30 Nov 00:02 JST (customer)``."""
        if entry is None or entry.due.at is None:
            basis = entry.due.basis if entry is not None else ""
            self.due.setText(self.tr("Nothing due"))
            self.due.setToolTip(basis)
            return
        colour = DUE_COLOURS.get(label.state, "")
        due_text = core_text(label.text)
        text = f'<b style="color:{colour}">{due_text}</b>' if colour else f"<b>{due_text}</b>"
        text += f" — {format_in_zone(entry.due.at, mine, locale=babel_locale())} " + self.tr(
            "(you)"
        )
        customer = zone_or_none(entry.customer_time_zone)
        if customer is not None:
            text += (
                f" · {format_in_zone(entry.due.at, customer, locale=babel_locale())} "
                + self.tr("(customer)")
            )
        self.due.setText(text)
        self.due.setToolTip(f"{due_text}: {entry.due.basis}")

    def customer_zone(self) -> str:
        """The zone typed or chosen ("" when the guess is used)."""
        return self.zone.currentText().strip()

    # User edits -----------------------------------------------------------------------------

    def _emit_next_step(self) -> None:
        if not self._loading:
            self.next_step_edited.emit(self.next_step.text().strip())

    def flush_next_step(self) -> None:
        """Announce a next-step edit still waiting for its pause (before the case changes)."""
        self._flush_next_step()

    def _flush_next_step(self) -> None:
        if self._next_step_timer.isActive():
            self._next_step_timer.stop()
            self._emit_next_step()

    def _on_zone_activated(self) -> None:
        if self._loading:
            return
        chosen = self.customer_zone()
        if chosen and zone_or_none(chosen) is None:
            self.zone.setToolTip(self.tr("Unknown time zone: {0}").format(chosen))
            return
        self.time_zone_chosen.emit(chosen)

    def _fill_follow_up_menu(self) -> None:
        self.follow_up_menu.clear()
        for label, moment in self._choices.items():
            action = self.follow_up_menu.addAction(
                f"{label} ({format_in_zone(moment, _local(), locale=babel_locale())})"
            )
            action.triggered.connect(lambda _=False, m=moment: self._choose(m))
        self.follow_up_menu.addAction(self.tr("Custom…"), self._choose_custom)
        self.follow_up_menu.addAction(self.tr("Clear follow-up date"), lambda: self._choose(None))

    def _choose(self, moment: datetime | None) -> None:
        self.follow_up_chosen.emit(moment.astimezone(UTC).isoformat() if moment else "")

    def _choose_custom(self) -> None:
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Follow up on"))
        edit = QDateTimeEdit(QDateTime.currentDateTime().addDays(1))
        edit.setCalendarPopup(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(edit)
        layout.addWidget(buttons)
        if dialog.exec():
            moment = edit.dateTime().toPython()
            assert isinstance(moment, datetime)  # a QDateTime converts to a datetime
            self._choose(moment.astimezone())


def _local() -> tzinfo:
    return datetime.now().astimezone().tzinfo or UTC
