"""Progress and "did it reproduce" follow the rules written in desktop.core.checklist.progress."""

from __future__ import annotations

from desktop.core.checklist import (
    BLOCKED,
    FAILED,
    NOT_RUN,
    PASSED,
    Checklist,
    Step,
    progress,
    reproduced,
    step_has_run,
    step_shows_problem,
)


def checklist(*steps: Step) -> Checklist:
    return Checklist(steps=steps)


def test_nothing_run_means_unknown() -> None:
    state = progress(checklist(Step("a", "b"), Step("c", "d")))
    assert (state.run_count, state.total, state.reproduced) == (0, 2, None)
    assert reproduced(Checklist()) is None
    assert progress(Checklist()).fraction == 0.0


def test_failed_step_reproduces() -> None:
    state = progress(checklist(Step("a", "ok", status=PASSED), Step("b", "ok", status=FAILED)))
    assert state.reproduced is True
    assert state.reproducing_steps == (2,)
    assert (state.run_count, state.passed, state.failed) == (2, 1, 1)
    assert state.fraction == 1.0


def test_all_passed_is_not_reproduced() -> None:
    state = progress(checklist(Step("a", "ok", "ok", PASSED), Step("b", "ok")))
    assert state.reproduced is False
    assert state.run_count == 1


def test_an_actual_result_without_a_status_is_not_a_run() -> None:
    """Typing what happened is not a verdict: the status says whether the step ran."""
    step = Step("curl /healthz", "HTTP 200", "HTTP 502 Bad Gateway", NOT_RUN)
    assert not step_has_run(step)
    assert not step_shows_problem(step)
    assert reproduced(checklist(step)) is None


def test_failed_reproduces_even_when_the_wording_matches() -> None:
    step = Step("curl /healthz", "HTTP 200  OK", "http 200\nok", FAILED)
    assert step_has_run(step)
    assert step_shows_problem(step)
    assert reproduced(checklist(step)) is True


def test_explicit_passed_wins_over_a_wording_difference() -> None:
    step = Step("describe-tasks", "lastStatus RUNNING", "Task is RUNNING", PASSED)
    assert not step_shows_problem(step)


def test_blocked_counts_as_run_but_not_as_reproduced() -> None:
    step = Step("exec into task", "shell opens", "ExecuteCommand not enabled", BLOCKED)
    state = progress(checklist(step))
    assert (state.run_count, state.blocked, state.reproduced) == (1, 1, False)


def test_whitespace_only_actual_is_not_a_result() -> None:
    step = Step("a", "b", "   \n", NOT_RUN)
    assert not step_has_run(step)
    assert reproduced(checklist(step)) is None
