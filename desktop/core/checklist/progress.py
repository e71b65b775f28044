"""How far a reproduction has got and whether it reproduced the problem.

The rules, precisely:

* A step has **run** when the engineer gave it a status: ``passed``, ``failed`` or
  ``blocked``. An actual result typed while the status is still ``not_run`` is a note in
  progress, not a result: the step has not run (the engineer may be halfway through it).
* A step **shows the problem** when its status is ``failed``.
* The checklist **reproduced** the problem when any step shows it; it is ``None`` (unknown)
  while no step has run, and ``False`` when steps ran and none showed it.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.checklist.model import BLOCKED, FAILED, NOT_RUN, PASSED, Checklist, Step


def normalise_text(text: str) -> str:
    """``text`` case-folded with runs of whitespace collapsed to one space."""
    return " ".join(text.casefold().split())


def step_has_run(step: Step) -> bool:
    """Whether ``step`` was attempted (see the module docstring)."""
    return step.status != NOT_RUN


def step_shows_problem(step: Step) -> bool:
    """Whether ``step`` reproduced the problem (see the module docstring)."""
    return step.status == FAILED


@dataclass(frozen=True)
class Progress:
    """Counts for a progress bar, and the reproduction verdict."""

    total: int
    run_count: int
    passed: int
    failed: int
    blocked: int
    reproducing_steps: tuple[int, ...]
    """1-based numbers of the steps that showed the problem."""

    @property
    def reproduced(self) -> bool | None:
        """True/False once a step has run; None while nothing has."""
        if self.run_count == 0:
            return None
        return bool(self.reproducing_steps)

    @property
    def fraction(self) -> float:
        """Share of steps run, 0.0-1.0 (0.0 for an empty checklist)."""
        return self.run_count / self.total if self.total else 0.0


def progress(checklist: Checklist) -> Progress:
    """Return the progress of ``checklist``."""
    steps = checklist.steps
    statuses = [step.status for step in steps]
    return Progress(
        total=len(steps),
        run_count=sum(step_has_run(step) for step in steps),
        passed=statuses.count(PASSED),
        failed=statuses.count(FAILED),
        blocked=statuses.count(BLOCKED),
        reproducing_steps=tuple(n for n, step in enumerate(steps, 1) if step_shows_problem(step)),
    )


def reproduced(checklist: Checklist) -> bool | None:
    """Whether ``checklist`` reproduced the problem; None when no step has run."""
    return progress(checklist).reproduced
