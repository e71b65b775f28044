"""The queue's menu commands: Paste customer message, the Thread tab, and the Handover note."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QDialog

from desktop.core.case import CaseFacts
from desktop.core.intake.facts import Fact
from desktop.core.intake.severity_answers import answers_from_facts
from desktop.core.queue.board import QueueConfig, build_queue
from desktop.core.queue.due import WAITING_ON_CUSTOMER
from desktop.core.queue.handover import HandoverNote, build_handover
from desktop.core.queue.timeline import add_customer_message, case_events
from desktop.core.queue.zones import customer_zone, engineer_zone, zone_or_none
from desktop.core.store import StoreError
from desktop.ui.i18n import babel_locale
from desktop.ui.install_context import Menu
from desktop.ui.providers import SEVERITY
from desktop.ui.queue.handover_dialog import HandoverDialog
from desktop.ui.queue.intake_dialog import IntakeDialog
from desktop.ui.queue.thread_view import ThreadView
from desktop.ui.registry import Absent
from desktop.ui.tasks import Operation

if TYPE_CHECKING:
    from desktop.ui.install_context import InstallContext
    from desktop.ui.queue.feature import QueueFeature

CASE_LEVELS = frozenset({"low", "normal", "high", "urgent", "critical"})
# Facts with a place in the case facts; the others are kept with the case's working state.
FACT_FIELDS = {"case_id": "case_id", "service": "service", "region": "region"}


def apply_facts(facts: CaseFacts, accepted: list[Fact]) -> tuple[CaseFacts, list[Fact]]:
    """The case facts with the accepted facts filled in, and the facts that have no field."""
    values = {name: getattr(facts, name) for name in ("case_id", "service", "region")}
    resources = [r.strip() for r in facts.resource_ids.replace("\n", ",").split(",") if r.strip()]
    severity = facts.severity
    kept: list[Fact] = []
    for fact in accepted:
        if fact.kind in FACT_FIELDS:
            values[FACT_FIELDS[fact.kind]] = fact.value
        elif fact.kind in {"arn", "resource_id"}:
            if fact.value not in resources:
                resources.append(fact.value)
        elif fact.kind == "severity_claim" and fact.value in CASE_LEVELS:
            severity = fact.value
        else:
            kept.append(fact)
    return replace(facts, **values, resource_ids=", ".join(resources), severity=severity), kept


class QueueActions(QObject):
    """Menu commands of the queue feature.

    Signals:
        message_added(int): a customer message joined the thread of the case with this key.
        handover_ready(object): a handover note was built (a HandoverNote).
    """

    message_added = Signal(int)
    handover_ready = Signal(object)

    def __init__(self, context: InstallContext, feature: QueueFeature) -> None:
        super().__init__(feature)
        self.context = context
        self.feature = feature
        self.thread_tab = context.add_lazy_tab(ThreadView, ThreadView, self.tr("Thread"))
        self.thread_tab.when_built(lambda _view: self.show_thread())
        self.handover_dialog: HandoverDialog | None = None
        context.add_separator(Menu.CASE)
        context.add_action(
            Menu.CASE, self.tr("&Paste customer message…"), self.paste, "Ctrl+Shift+V"
        )
        context.add_action(Menu.CASE, self.tr("Undo “reply sent”"), feature.undo_reply_sent)
        context.add_action(Menu.FILE, self.tr("&Handover note…"), self.handover, "Ctrl+Shift+O")
        context.case_opened.connect(lambda _key: self.show_thread())
        self.message_added.connect(lambda _key: self.show_thread())
        feature.work_saved.connect(lambda _key: self.show_thread())
        feature.reply_marked_sent.connect(lambda _id: self.show_thread())
        context.app.autosaver.saved.connect(lambda _when: self.show_thread())  # status changes

    # Thread --------------------------------------------------------------------------------

    @property
    def thread_view(self) -> ThreadView:
        """The Thread tab's pane (built now if its tab was never shown)."""
        return self.thread_tab.get()

    def show_thread(self) -> None:
        """Show the open case's messages and events in the Thread tab, once it is built."""
        key = self.context.current_key
        view = self.thread_tab.built
        if key is None or view is None:  # read when the tab is first shown
            return
        try:
            found = case_events(self.context.app.store, key)
        except StoreError:  # the store is closing (a last save while quitting) or unreadable
            return
        mine = engineer_zone(self.context.app.settings.engineer_time_zone)
        region = self.context.facts().region
        zone = zone_or_none(customer_zone(self.feature.work.customer_time_zone, region))
        view.show_events(found, mine, zone)

    # Intake --------------------------------------------------------------------------------

    def paste(self) -> None:
        """Paste customer message: review the facts, then add message and accepted facts."""
        key = self.context.current_key
        if key is None:
            return
        facts = self.context.facts()
        zone = zone_or_none(customer_zone(self.feature.work.customer_time_zone, facts.region))
        dialog = IntakeDialog(QApplication.clipboard().text(), zone or UTC, self.context.parent)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.text():
            return
        self.add_message(key, dialog.text(), dialog.received_at(), dialog.accepted_facts())

    def add_message(self, key: int, text: str, received_at: str, accepted: list[Fact]) -> None:
        """Add the message to the thread; fill accepted facts into the case (undo: History)."""
        facts, others = apply_facts(self.context.facts(), accepted)
        status_note = ""
        if facts.status == WAITING_ON_CUSTOMER:  # the customer answered
            facts = replace(facts, status="open")
            status_note = " " + self.tr("Status set to open: the customer answered.")
        if facts != self.context.facts():
            self.context.edit_facts(facts)
        self._answer_severity_questions(accepted, text)
        if others:
            kept = [*self.feature.work.accepted_facts]
            kept += [{"kind": f.kind, "value": f.value} for f in others]
            self.feature.save_work(key, replace(self.feature.work, accepted_facts=kept))
        writer = self.context.app.writer
        operation = Operation(
            lambda: add_customer_message(writer, key, text, received_at), describe="message"
        )
        operation.succeeded.connect(lambda _: self.message_added.emit(key))
        operation.succeeded.connect(lambda _: self.feature.service.refresh_soon())
        operation.failed.connect(self.context.report_save_failure)
        self.context.app.tasks.start(operation, serial_writer=True)
        self.context.show_status(
            self.tr("Message added to the thread; {0} fact(s) accepted.").format(len(accepted))
            + status_note,
            6000,
        )

    def _answer_severity_questions(self, accepted: list[Fact], text: str) -> None:
        """Accepted phrases such as "production is down" answer the Severity tab's questions."""
        severity = self.context.get(SEVERITY)
        if isinstance(severity, Absent):
            return
        answers = severity.answers()
        updated = answers_from_facts(answers, accepted, text)
        if updated != answers:
            severity.answer(updated)

    # Handover ------------------------------------------------------------------------------

    def handover(self) -> None:
        """File → Handover note…: build the note in the background and show it."""
        settings = self.context.app.settings
        zone = settings.handover_time_zone or "UTC"
        zones = ["UTC", "America/New_York", "America/Los_Angeles", "Europe/London",
                 "Europe/Dublin", "Asia/Tokyo", "Asia/Taipei", "Asia/Singapore",
                 "Australia/Sydney"]  # fmt: skip
        dialog = HandoverDialog(zone, zones, self.context.parent)
        dialog.options_changed.connect(lambda _h, _z: self._build_handover(dialog))
        self.handover_dialog = dialog
        self._build_handover(dialog)
        dialog.open()

    def _build_handover(self, dialog: HandoverDialog) -> None:
        zone_name = dialog.zone.currentText().strip() or "UTC"
        zone = zone_or_none(zone_name)
        if zone is None:
            dialog.show_error(self.tr("Unknown time zone: {0}").format(zone_name))
            return
        self.context.app.autosaver.flush()
        context = self.context.app
        config = QueueConfig.from_settings(context.settings, context.paths.root)
        since = dialog.since()
        locale = babel_locale()  # dates as the UI language writes them; the words stay English

        def work() -> HandoverNote:
            entries = build_queue(context.writer, config)
            return build_handover(
                entries, since=since, team_zone=zone, team_zone_name=zone_name, locale=locale
            )

        operation = Operation(work, describe="handover note")
        operation.succeeded.connect(dialog.show_note)
        operation.succeeded.connect(self.handover_ready)
        operation.failed.connect(dialog.show_error)
        context.tasks.start(operation, serial_writer=True)
