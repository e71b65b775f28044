"""The ``checklist`` variable every template sees (shape fixed by the template contract)."""

from __future__ import annotations

from typing import Any

from desktop.core.checklist.model import Checklist, environment_text
from desktop.core.checklist.progress import progress


def template_context(checklist: Checklist | None) -> dict[str, Any]:
    """Return the ``checklist`` template mapping; ``None`` gives the mapping of a blank one.

    Keys: ``title``, ``environment`` (multi-line text), ``steps`` (``number`` from 1, ``action``,
    ``expected``, ``actual``, ``status``, ``evidence``), ``has_steps``, ``run_count`` and
    ``reproduced`` (True/False, or None while no step has run).
    """
    checklist = checklist or Checklist()
    state = progress(checklist)
    return {
        "title": checklist.title,
        "environment": environment_text(checklist),
        "steps": [
            {
                "number": number,
                "action": step.action,
                "expected": step.expected,
                "actual": step.actual,
                "status": step.status,
                "evidence": step.evidence,
            }
            for number, step in enumerate(checklist.steps, 1)
        ],
        "has_steps": bool(checklist.steps),
        "run_count": state.run_count,
        "reproduced": state.reproduced,
    }
