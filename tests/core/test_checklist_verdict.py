"""The wording of a checklist's progress: steps run and the Reproduced verdict."""

from __future__ import annotations

from desktop.core.checklist import (
    BLOCKED,
    FAILED,
    PASSED,
    Checklist,
    Step,
    Verdict,
    progress,
    verdict,
)


def _verdict(*steps: Step) -> Verdict:
    return verdict(progress(Checklist(steps=steps)))


def test_an_empty_checklist_has_not_run() -> None:
    shown = _verdict()
    assert (shown.key, shown.label, shown.run_text) == (
        "not_run_yet",
        "Not run yet",
        "0 of 0 steps run",
    )
    assert "Add steps" in shown.detail


def test_steps_not_run_yet() -> None:
    shown = _verdict(Step("a", "b"))
    assert (shown.label, shown.run_text) == ("Not run yet", "0 of 1 step run")


def test_failed_steps_reproduce_and_an_actual_alone_is_not_a_run() -> None:
    shown = _verdict(
        Step("a", "ok", status=PASSED),
        Step("b", "ok", "broken", status=FAILED),
        Step("c", status=FAILED),
        Step("d", "ok", "typed, no status yet"),
    )
    assert (shown.key, shown.label, shown.run_text) == (
        "reproduced",
        "Reproduced",
        "3 of 4 steps run",
    )
    assert shown.detail == "Steps 2 and 3 show the problem."
    assert _verdict(Step("a", status=FAILED)).detail == "Step 1 shows the problem."


def test_steps_that_ran_without_the_problem_did_not_reproduce() -> None:
    shown = _verdict(Step("a", status=PASSED), Step("b", status=BLOCKED), Step("c"))
    assert (shown.key, shown.label, shown.run_text) == (
        "not_reproduced",
        "Not reproduced",
        "2 of 3 steps run",
    )
