"""The queue in the main window: due times in the list, the overdue counter, notifications,
the case panel (next step, zones, follow-up), replies marked sent, and where the user was."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QPushButton

from desktop.core.case import Case
from desktop.core.queue.follow_up import quick_follow_ups
from desktop.core.queue.labels import due_label
from desktop.core.queue.notify import DueAnnouncer
from desktop.core.queue.timeline import case_events, mark_reply_sent, messages, undo_event
from desktop.core.queue.work import CaseWork, Place, load_work, save_work
from desktop.core.queue.zones import customer_zone, engineer_zone, guess_time_zone, zone_or_none
from desktop.ui.case_list import CasePager, RowNote
from desktop.ui.i18n import core_text
from desktop.ui.providers import GATE
from desktop.ui.queue.panel import CasePanel
from desktop.ui.queue.place import PlaceKeeper
from desktop.ui.queue.service import QueueService
from desktop.ui.queue.tray import DueNotifier
from desktop.ui.registry import Absent
from desktop.ui.tasks import Operation
from desktop.ui.theme import hex_colour

if TYPE_CHECKING:
    from desktop.ui.install_context import InstallContext
    from desktop.ui.queue.actions import QueueActions

# str(): PySide6's stubs say QT_TRANSLATE_NOOP returns object; it returns the message itself.
RECENT, BY_DUE, OVERDUE = (
    str(QT_TRANSLATE_NOOP("QueueFeature", "Recently updated")),
    str(QT_TRANSLATE_NOOP("QueueFeature", "Due soonest")),
    str(QT_TRANSLATE_NOOP("QueueFeature", "Overdue only")),
)
REPLY_TITLES = frozenset({"Copy reply", "Export reply"})  # i18n: the gate's titles, in English
UNDO_SECONDS = 15


class QueueFeature(QObject):
    """Owns the queue's pieces in one window.

    Signals:
        work_saved(int): a case's working state was written (its key).
        reply_marked_sent(int): copying or exporting the reply marked it sent (event id).
    """

    work_saved = Signal(int)
    reply_marked_sent = Signal(int)

    def __init__(self, context: InstallContext) -> None:
        super().__init__(context.parent)
        self.context = context
        app = context.app
        self.service = QueueService(app.store, app.tasks, self)
        self.service.configure(app.settings, app.paths.root)
        self.panel = CasePanel()
        self.notifier = DueNotifier(context, self)
        self.announcer = DueAnnouncer()
        self.places = PlaceKeeper(context, self)
        self.work = CaseWork()
        self._work_key: int | None = None
        self._last_keystroke: datetime | None = None
        self._sent_event: int | None = None
        self._closed = False
        # Places left this session, so a quick return does not wait for the write to land.
        self._places: dict[int, Place] = {}
        self.actions: QueueActions | None = None  # the menu commands, added by install()

        self.overdue_button = QPushButton()
        self.overdue_button.setObjectName("overdueCounter")
        self.overdue_button.setFlat(True)
        self.overdue_button.setToolTip(self.tr("Show only overdue cases"))
        self.overdue_button.clicked.connect(self._on_overdue_clicked)
        context.add_status_widget(self.overdue_button)
        self.undo_sent = QPushButton(self.tr("Undo “reply sent”"))
        self.undo_sent.setObjectName("undoReplySent")
        self.undo_sent.setVisible(False)
        self.undo_sent.clicked.connect(self.undo_reply_sent)
        context.add_status_widget(self.undo_sent)
        self._undo_timer = QTimer(self)
        self._undo_timer.setSingleShot(True)
        self._undo_timer.timeout.connect(lambda: self.undo_sent.setVisible(False))

        case_list = context.case_list
        case_list.add_view(self.tr(RECENT))
        case_list.add_view(self.tr(BY_DUE), lambda s, a: self._pager(s, a, overdue_only=False))
        case_list.add_view(self.tr(OVERDUE), lambda s, a: self._pager(s, a, overdue_only=True))

        context.add_below_facts(self.panel)

        self.service.refreshed.connect(self._on_service_refreshed)
        self.service.policy_failed.connect(lambda message: context.show_status(message, 10000))
        app.autosaver.saved.connect(lambda _when: self.service.refresh_soon())
        context.case_opened.connect(self._on_window_case_opened)
        context.settings_changed.connect(self._on_window_settings_changed)
        context.reply_editor.textChanged.connect(self._on_typing)
        context.facts_edited.connect(self._on_typing)
        self.panel.next_step.textEdited.connect(self._on_typing)
        self.panel.next_step_edited.connect(self._on_panel_next_step_edited)
        self.panel.time_zone_chosen.connect(self._on_panel_time_zone_chosen)
        self.panel.follow_up_chosen.connect(self._on_panel_follow_up_chosen)
        if not isinstance(gate := context.get(GATE), Absent):
            gate.sent.connect(self._on_gate_sent)
        if context.current_key is not None:
            self._on_window_case_opened(context.current_key)
        context.parent.installEventFilter(self)
        self.service.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Before the window closes (and waits for its writes): keep the place, stop timers."""
        if watched is self.context.parent and event.type() == QEvent.Type.Close:
            self.leave_case()
            self.service.stop()
            self._closed = True
        return False

    # The list ------------------------------------------------------------------------------

    def _pager(self, search: str, archived: bool, *, overdue_only: bool) -> CasePager:
        store = self.context.app.store
        matching = {c.key for c in store.list_cases(search, include_archived=archived)}
        now = datetime.now(UTC)
        cases: list[Case] = [
            entry.case
            for entry in self.service.entries
            if entry.case.key in matching
            and (not overdue_only or (entry.due.at is not None and entry.due.at <= now))
        ]
        return lambda offset, limit: cases[offset : offset + limit]

    def _on_overdue_clicked(self) -> None:
        self.context.case_list.view_mode.setCurrentIndex(2)

    def _on_service_refreshed(self) -> None:
        if self._closed:  # a rebuild that finished while the window closed
            return
        now = datetime.now(UTC)
        soon = timedelta(minutes=self.service_policy_soon())
        notes = {
            key: RowNote(
                core_text(entry.label(now, soon).text),
                entry.label(now, soon).state,
                entry.work.next_step,
            )
            for key, entry in self.service.by_key.items()
        }
        self.context.case_list.model.set_notes(notes)
        overdue = self.service.overdue(now)
        self.overdue_button.setText(self.tr("{0} overdue").format(len(overdue)) if overdue else "")
        self.overdue_button.setVisible(bool(overdue))
        self.overdue_button.setStyleSheet(
            f"color: {hex_colour('due_overdue')}; font-weight: bold;" if overdue else ""
        )
        listed = [f"{e.display_id} · {e.case.facts.subject}: {e.label(now).text}" for e in overdue]
        more = [self.tr("… and {0} more").format(len(listed) - 10)] if len(listed) > 10 else []
        self.overdue_button.setToolTip("\n".join([*listed[:10], *more]))
        self._show_due(now)
        if self.context.case_list.view_mode.currentIndex() > 0:
            self.context.refresh_case_list()
        for entry in self.announcer.due_now(
            self.service.entries,
            now,
            typing_key=self.context.current_key,
            last_keystroke=self._last_keystroke,
        ):
            self.notifier.announce(entry, now)

    def service_policy_soon(self) -> float:
        config = self.service._config
        return config.policy.due_soon.minutes if config is not None else 60.0

    # The case on screen --------------------------------------------------------------------

    def messages(self) -> list[dict[str, str]]:
        """The customer's messages in the case on screen (``CaseThread``, for templates)."""
        key = self.context.current_key
        if key is None:
            return []
        found = messages(case_events(self.context.app.store, key))
        return [{"text": m.detail, "received_at": m.at} for m in found]

    def customer_time_zone(self) -> str:
        """The customer's time zone chosen for the case on screen ("" if none)."""
        return str(self.work.customer_time_zone)

    def _on_window_case_opened(self, key: int) -> None:
        self.leave_case()
        self._work_key = key
        self.work = load_work(self.context.app.store, key)
        facts = self.context.facts()
        self.panel.show_case(
            self.work.next_step, self.work.customer_time_zone, guess_time_zone(facts.region)
        )
        self._show_due(datetime.now(UTC))
        self.places.arrive(self._places.get(key, self.work.place))

    def leave_case(self) -> None:
        """Save the next step being typed and where the user was in the case on screen (before
        another one is shown)."""
        self.panel.flush_next_step()
        place = self.places.leave()
        if self._work_key is not None:
            self._places[self._work_key] = place
        if self._work_key is not None and place != self.work.place:
            self.save_work(self._work_key, replace(self.work, place=place))

    def _show_due(self, now: datetime) -> None:
        key = self.context.current_key
        entry = self.service.by_key.get(key) if key is not None else None
        mine = engineer_zone(self.context.app.settings.engineer_time_zone)
        soon = timedelta(minutes=self.service_policy_soon())
        self.panel.show_due(entry, due_label(entry.due.at if entry else None, now, soon), mine, now)
        facts = self.context.facts()
        zone = zone_or_none(customer_zone(self.work.customer_time_zone, facts.region)) or UTC
        config = self.service._config
        if config is not None:
            self.panel.set_follow_up_choices(quick_follow_ups(now, zone, config.policy))

    def save_work(self, key: int, work: CaseWork) -> None:
        """Write a case's working state on the serial writer, then refresh the queue."""
        if key == self._work_key:
            self.work = work
        writer = self.context.app.writer
        operation = Operation(lambda: save_work(writer, key, work), describe="case work")
        operation.succeeded.connect(lambda _: self.work_saved.emit(key))
        operation.succeeded.connect(lambda _: self.service.refresh_soon())
        operation.failed.connect(self.context.report_save_failure)
        self.context.app.tasks.start(operation, serial_writer=True)

    def _on_panel_next_step_edited(self, text: str) -> None:
        if self._work_key is not None:
            self.save_work(self._work_key, replace(self.work, next_step=text))

    def _on_panel_time_zone_chosen(self, zone: str) -> None:
        if self._work_key is not None and zone != self.work.customer_time_zone:
            self.save_work(self._work_key, replace(self.work, customer_time_zone=zone))

    def _on_panel_follow_up_chosen(self, when: str) -> None:
        if self._work_key is not None:
            self.save_work(self._work_key, replace(self.work, follow_up_at=when or None))
            message = self.tr("Follow-up date cleared") if not when else self.tr("Follow-up set")
            self.context.show_status(message, 4000)

    def _on_typing(self, *_args: object) -> None:
        if not self.context.loading:
            self._last_keystroke = datetime.now(UTC)

    def _on_window_settings_changed(self) -> None:
        self.service.configure(self.context.app.settings, self.context.app.paths.root)
        self.service.refresh()

    # Replies sent --------------------------------------------------------------------------

    def _on_gate_sent(self, title: str, _where: str) -> None:
        key = self.context.current_key
        titles = {*REPLY_TITLES, *(QCoreApplication.translate("SendGate", t) for t in REPLY_TITLES)}
        if title not in titles or key is None:
            return
        text = self.context.reply_editor.toPlainText()
        writer = self.context.app.writer
        operation = Operation(lambda: mark_reply_sent(writer, key, text), describe="reply sent")
        operation.succeeded.connect(self._on_reply_marked)
        operation.failed.connect(self.context.report_save_failure)
        self.context.app.tasks.start(operation, serial_writer=True)

    def _on_reply_marked(self, event: object) -> None:
        event_id = int(getattr(event, "id", 0))
        self._sent_event = event_id
        self.undo_sent.setVisible(True)
        self._undo_timer.start(UNDO_SECONDS * 1000)
        self.reply_marked_sent.emit(event_id)
        self.service.refresh_soon()

    def undo_reply_sent(self) -> None:
        """The reply was not sent after all: take it off the timeline."""
        event_id, self._sent_event = self._sent_event, None
        self.undo_sent.setVisible(False)
        if event_id is None:
            return
        writer = self.context.app.writer
        operation = Operation(lambda: undo_event(writer, event_id), describe="undo reply sent")
        operation.succeeded.connect(lambda _: self.service.refresh_soon())
        operation.failed.connect(self.context.report_save_failure)
        self.context.app.tasks.start(operation, serial_writer=True)
        self.context.show_status(self.tr("The reply is no longer marked as sent"), 4000)
