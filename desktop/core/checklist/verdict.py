"""Wording for a checklist's progress: "3 of 10 steps run" and the Reproduced verdict."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.checklist.progress import Progress
from desktop.core.i18n import translate

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
        return translate("Checklist", "Step {number} shows the problem.").format(number=text[0])
    return translate("Checklist", "Steps {numbers} and {last} show the problem.").format(
        numbers=", ".join(text[:-1]), last=text[-1]
    )


def verdict(state: Progress) -> Verdict:
    """Return what to show for ``state`` (see :mod:`desktop.core.checklist.progress`)."""
    run_text = (
        translate("Checklist", "{run} of {total} step run")
        if state.total == 1
        else translate("Checklist", "{run} of {total} steps run")
    ).format(run=state.run_count, total=state.total)
    if state.reproduced is None:
        detail: str = translate("Checklist", "Add steps to record how you reproduce the problem.")
        if state.total:
            detail = translate(
                "Checklist", "Set a step's status (Passed, Failed or Blocked) once you have run it."
            )
        return Verdict(NOT_RUN_YET, translate("Checklist", "Not run yet"), detail, run_text)
    if state.reproduced:
        detail = _numbers(state.reproducing_steps)
        return Verdict(REPRODUCED, translate("Checklist", "Reproduced"), detail, run_text)
    detail = translate("Checklist", "No step that ran shows the problem.")
    return Verdict(NOT_REPRODUCED, translate("Checklist", "Not reproduced"), detail, run_text)
