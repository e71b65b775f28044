"""Filling an escalation note from the case: its checklist, severity assessment and facts.

``fill_*`` functions only fill fields that are empty, so nothing the engineer typed is lost;
``refresh_from_checklist`` is the explicit "take it from the checklist again" action.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from desktop.core.case import CaseFacts
from desktop.core.checklist import STATUS_LABELS, Checklist, progress, step_has_run
from desktop.core.escalation.fields import ALWAYS, NOT_REPRODUCED
from desktop.core.escalation.model import EscalationNote

CHECKLIST_FIELDS: tuple[str, ...] = (
    "service",
    "region",
    "versions",
    "environment",
    "steps",
    "reproducibility",
    "reproducibility_detail",
    "expected",
    "actual",
    "evidence",
)


def _indent(text: str) -> str:
    return "\n".join(("   " + line) if line else "" for line in text.strip().splitlines())


def _numbers(numbers: list[int]) -> str:
    """``[1, 3, 4, 5, 7, 8]`` as ``1, 3-5, 7 and 8`` (runs of three or more shortened)."""
    runs: list[list[int]] = []
    for number in numbers:
        if runs and number == runs[-1][-1] + 1:
            runs[-1].append(number)
        else:
            runs.append([number])
    parts: list[str] = []
    for run in runs:
        parts.extend([f"{run[0]}-{run[-1]}"] if len(run) >= 3 else [str(n) for n in run])
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def steps_text(checklist: Checklist) -> str:
    """The steps that were run, numbered as in the checklist, with expected and actual results.

    Steps never run are left out (their actions still hold a template's ``<placeholders>``);
    a last line says which they were. With no step run there is nothing to report: "".
    """
    blocks: list[str] = []
    not_run: list[int] = []
    for number, step in enumerate(checklist.steps, 1):
        if not step_has_run(step):
            not_run.append(number)
            continue
        lines = [f"{number}. " + _indent(step.action or "(no action)").lstrip()]
        if step.expected.strip():
            lines.append(_indent(f"Expected: {step.expected.strip()}"))
        verdict = f" [{STATUS_LABELS[step.status]}]"
        lines.append(_indent(f"Actual: {step.actual.strip() or '(not recorded)'}{verdict}"))
        blocks.append("\n".join(lines))
    if not blocks:
        return ""
    if not_run:
        noun = "Step" if len(not_run) == 1 else "Steps"
        verb = "was" if len(not_run) == 1 else "were"
        blocks.append(f"({noun} {_numbers(not_run)} of the checklist {verb} not run.)")
    return "\n".join(blocks)


def values_from_checklist(checklist: Checklist) -> dict[str, str]:
    """The note fields a checklist can supply (empty strings where it has nothing)."""
    state = progress(checklist)
    first = checklist.steps[state.reproducing_steps[0] - 1] if state.reproducing_steps else None
    detail = ""
    if state.run_count:
        numbers = ", ".join(str(n) for n in state.reproducing_steps)
        detail = f"{len(state.reproducing_steps)} of {state.run_count} steps run showed the problem"
        detail += f" (step {numbers})" if numbers else ""
    environment = "\n".join(
        part.strip() for part in (checklist.settings, checklist.preconditions) if part.strip()
    )
    evidence = "\n".join(
        f"Step {n}: {step.evidence.strip()}"
        for n, step in enumerate(checklist.steps, 1)
        if step.evidence.strip()
    )
    reproducibility = {True: ALWAYS, False: NOT_REPRODUCED, None: ""}[state.reproduced]
    return {
        "service": checklist.service.strip(),
        "region": checklist.region.strip(),
        "versions": checklist.versions.strip(),
        "environment": environment,
        "steps": steps_text(checklist),
        "reproducibility": reproducibility,
        "reproducibility_detail": detail,
        "expected": first.expected.strip() if first else "",
        "actual": first.actual.strip() if first else "",
        "evidence": evidence,
    }


def _merge(note: EscalationNote, values: Mapping[str, str], *, overwrite: bool) -> EscalationNote:
    changes = {
        name: value
        for name, value in values.items()
        if value and (overwrite or note.is_empty(name))
    }
    return note.with_changes(**changes) if changes else note


def fill_from_checklist(note: EscalationNote, checklist: Checklist) -> EscalationNote:
    """Fill the empty fields of ``note`` that the checklist can supply."""
    return _merge(note, values_from_checklist(checklist), overwrite=False)


def refresh_from_checklist(
    note: EscalationNote, checklist: Checklist, fields: Iterable[str] = CHECKLIST_FIELDS
) -> EscalationNote:
    """Replace ``fields`` with what the checklist says now (fields it has nothing for are kept)."""
    wanted = set(fields)
    values = {k: v for k, v in values_from_checklist(checklist).items() if k in wanted}
    return _merge(note, values, overwrite=True)


def fill_from_severity(
    note: EscalationNote, severity: Mapping[str, Any], *, overwrite: bool = False
) -> EscalationNote:
    """Fill severity and its justification from the ``severity`` template mapping.

    Uses ``assessed_name`` (else ``selected_name``) and ``reason``.
    """
    level = str(severity.get("assessed_name") or severity.get("selected_name") or "")
    reason = str(severity.get("reason") or "")
    return _merge(
        note,
        {"severity": level.strip(), "severity_justification": reason.strip()},
        overwrite=overwrite,
    )


def fill_from_facts(note: EscalationNote, facts: CaseFacts) -> EscalationNote:
    """Fill empty service and region from the case facts."""
    return _merge(
        note, {"service": facts.service.strip(), "region": facts.region.strip()}, overwrite=False
    )
