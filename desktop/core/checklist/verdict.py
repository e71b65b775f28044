"""Wording for a checklist's progress: "3 of 10 steps run" and the Reproduced verdict."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.checklist.progress import Progress

REPRODUCED = "reproduced"
NOT_REPRODUCED = "not_reproduced"
NOT_RUN_YET = "not_run_yet"


@dataclass(frozen=True)
class Verdict:
    """What a progress indicator shows.

    Attributes:
        key: ``reproduced``, ``not_reproduced`` or ``not_run_yet`` (for styling).
        label: Short text ("Reproduced").
        detail: One sentence saying why ("Step 2 and 5 show the problem.").
        run_text: "3 of 10 steps run".
    """

    key: str
    label: str
    detail: str
    run_text: str


def _numbers(numbers: tuple[int, ...]) -> str:
    text = [str(n) for n in numbers]
    if len(text) == 1:
        return f"Step {text[0]} shows"
    return f"Steps {', '.join(text[:-1])} and {text[-1]} show"


def verdict(state: Progress) -> Verdict:
    """Return what to show for ``state`` (see :mod:`desktop.core.checklist.progress`)."""
    noun = "step" if state.total == 1 else "steps"
    run_text = f"{state.run_count} of {state.total} {noun} run"
    if state.reproduced is None:
        detail = "Add steps to record how you reproduce the problem."
        if state.total:
            detail = "Set a step's status (Passed, Failed or Blocked) once you have run it."
        return Verdict(NOT_RUN_YET, "Not run yet", detail, run_text)
    if state.reproduced:
        detail = f"{_numbers(state.reproducing_steps)} the problem."
        return Verdict(REPRODUCED, "Reproduced", detail, run_text)
    detail = "No step that ran shows the problem."
    return Verdict(NOT_REPRODUCED, "Not reproduced", detail, run_text)
