"""The queue: every open case with its next due time, soonest first (for the list and the CLI)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any

from desktop.core.case import SEVERITY_ASSESSMENT, Case
from desktop.core.queue.due import Due, next_due
from desktop.core.queue.events import Event
from desktop.core.queue.labels import DueLabel, due_label
from desktop.core.queue.policy import QueuePolicy, load_policy
from desktop.core.queue.timeline import events_by_case
from desktop.core.queue.work import CaseWork, all_work
from desktop.core.queue.zones import customer_zone, iso_utc, zone_or_none
from desktop.core.settings import Settings
from desktop.core.severity.assessment import AssessmentError, from_json
from desktop.core.severity.catalog import DEFAULT_DEFINITIONS, Catalog, load_definitions
from desktop.core.store import Store


@dataclass(frozen=True)
class QueueConfig:
    """What due times depend on besides the case: severity definitions, plan and policy."""

    catalog: Catalog
    definitions_id: str = DEFAULT_DEFINITIONS
    default_plan: str = ""
    policy: QueuePolicy = field(default_factory=QueuePolicy)

    @classmethod
    def from_settings(cls, settings: Settings, data_dir: Path) -> QueueConfig:
        """Bundled plus the data folder's severity definitions, and the team's queue policy.

        Raises:
            PolicyError: the team's policy file (Settings) cannot be used.
        """
        policy_file = Path(settings.queue_policy_file) if settings.queue_policy_file else None
        return cls(
            catalog=load_definitions([data_dir / "severity"]),
            definitions_id=settings.severity_definitions,
            default_plan=settings.severity_plan,
            policy=load_policy(policy_file),
        )


@dataclass(frozen=True)
class QueueEntry:
    """One open case in the queue."""

    case: Case
    work: CaseWork
    events: tuple[Event, ...]
    due: Due
    customer_time_zone: str  # IANA name, "" when unknown

    def label(self, now: datetime, soon: timedelta = timedelta(hours=1)) -> DueLabel:
        return due_label(self.due.at, now, soon)

    @property
    def display_id(self) -> str:
        """The Case ID, or ``#key`` for a case without one."""
        return self.case.facts.case_id or f"#{self.case.key}"

    def as_json(self, now: datetime) -> dict[str, Any]:
        """The entry as ``casewright queue --format json`` prints it."""
        facts = self.case.facts
        return {
            "case_id": self.display_id,
            "subject": facts.subject,
            "severity": facts.severity,
            "status": facts.status,
            "due": iso_utc(self.due.at) if self.due.at else None,
            "overdue": self.due.at is not None and self.due.at <= now,
            "next_step": self.work.next_step,
        }


def _plan(stored: str, default_plan: str) -> str:
    """The plan the case's severity assessment names, else the settings' plan."""
    if stored:
        try:
            return from_json(stored).plan or default_plan
        except AssessmentError:
            pass
    return default_plan


def entry_for(
    store: Store,
    case: Case,
    config: QueueConfig,
    events: list[Event],
    work: CaseWork,
    assessment: str | None = None,
) -> QueueEntry:
    """The queue entry of one case (also for closed ones: their due time is None).

    ``assessment`` is the case's stored severity document (read from ``store`` when None).
    """
    if assessment is None:
        assessment = store.load_document(case.key, SEVERITY_ASSESSMENT)
    definitions = config.catalog.get(config.definitions_id) or config.catalog.get(
        DEFAULT_DEFINITIONS
    )
    zone_name = customer_zone(work.customer_time_zone, case.facts.region)
    zone: tzinfo = zone_or_none(zone_name) or UTC
    due = next_due(
        case,
        events,
        work,
        definitions=definitions,
        plan=_plan(assessment, config.default_plan),
        policy=config.policy,
        zone=zone,
    )
    return QueueEntry(case, work, tuple(events), due, zone_name)


def _sort_key(entry: QueueEntry) -> tuple[int, float]:
    # Cases with nothing due keep the store's order (most recently updated first): sorted is stable.
    return (1, 0.0) if entry.due.at is None else (0, entry.due.at.timestamp())


def build_queue(store: Store, config: QueueConfig) -> list[QueueEntry]:
    """Every open, unarchived case, soonest due first; cases with nothing due come last."""
    cases = [case for case in store.list_cases() if case.facts.status not in {"resolved", "closed"}]
    timelines = events_by_case(store)
    work = all_work(store)
    rows = store.read("SELECT case_key, content FROM documents WHERE kind = ?", SEVERITY_ASSESSMENT)
    assessments = {int(row[0]): str(row[1]) for row in rows}
    entries = [
        entry_for(
            store,
            case,
            config,
            timelines.get(case.key, []),
            work.get(case.key, CaseWork()),
            assessments.get(case.key, ""),
        )
        for case in cases
    ]
    return sorted(entries, key=_sort_key)
