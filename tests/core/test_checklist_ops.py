"""Checklist edits as the undo stack uses them: apply, invert, and the one-off shortcuts."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.checklist import (
    BLOCKED,
    FAILED,
    NOT_RUN,
    PASSED,
    STATUSES,
    Checklist,
    ChecklistValueError,
    Edit,
    InsertStep,
    MoveStep,
    RemoveStep,
    ReplaceAll,
    Step,
    UpdateHeader,
    UpdateStep,
    add_step,
    edit_step,
    move_step,
    remove_step,
    set_status,
)
from desktop.core.checklist.samples import sample_checklist


def actions(checklist: Checklist) -> list[str]:
    return [step.action for step in checklist.steps]


def numbered(n: int) -> Checklist:
    return Checklist(title="t", steps=tuple(Step(action=f"s{i}") for i in range(1, n + 1)))


def test_add_appends_a_blank_step_by_default() -> None:
    after = add_step(numbered(2))
    assert actions(after) == ["s1", "s2", ""]
    assert after.steps[-1].status == NOT_RUN


def test_add_at_an_index_inserts_there() -> None:
    assert actions(add_step(numbered(2), Step(action="new"), index=0)) == ["new", "s1", "s2"]


def test_edit_changes_only_the_named_fields() -> None:
    after = edit_step(numbered(3), 1, actual="HTTP 502", evidence="req 1")
    assert after.steps[1] == Step(action="s2", actual="HTTP 502", evidence="req 1")
    assert after.steps[0] == Step(action="s1")


def test_edit_refuses_unknown_fields() -> None:
    with pytest.raises(ChecklistValueError, match="colour"):
        edit_step(numbered(1), 0, colour="red")


def test_remove_drops_the_step() -> None:
    assert actions(remove_step(numbered(3), 1)) == ["s1", "s3"]


@pytest.mark.parametrize(
    ("source", "target", "expected"),
    [
        (0, 2, ["s2", "s3", "s1"]),
        (2, 0, ["s3", "s1", "s2"]),
        (1, 2, ["s1", "s3", "s2"]),  # Alt+Down on the middle step
        (1, 0, ["s2", "s1", "s3"]),  # Alt+Up on the middle step
        (1, 1, ["s1", "s2", "s3"]),
    ],
)
def test_move_puts_the_step_at_the_target_index(
    source: int, target: int, expected: list[str]
) -> None:
    assert actions(move_step(numbered(3), source, target)) == expected


def test_set_status_accepts_labels_and_rejects_nonsense() -> None:
    assert set_status(numbered(1), 0, "Passed").steps[0].status == PASSED
    assert set_status(numbered(1), 0, "not run").steps[0].status == NOT_RUN
    with pytest.raises(ChecklistValueError, match="'done' is not a status"):
        set_status(numbered(1), 0, "done")


def test_out_of_range_indexes_are_refused() -> None:
    with pytest.raises(ChecklistValueError, match="out of range"):
        remove_step(numbered(2), 2)
    with pytest.raises(ChecklistValueError, match="out of range"):
        move_step(numbered(2), 0, 5)
    with pytest.raises(ChecklistValueError, match="out of range"):
        add_step(numbered(2), index=3)


def test_edits_leave_the_original_untouched() -> None:
    before = numbered(2)
    add_step(before)
    edit_step(before, 0, action="changed")
    assert before == numbered(2)


@pytest.mark.parametrize(
    "edit",
    [
        InsertStep(1, Step(action="inserted")),
        RemoveStep(0),
        MoveStep(0, 2),
        MoveStep(2, 0),
        UpdateStep(1, {"actual": "Task failed ELB health checks", "status": FAILED}),
        UpdateHeader({"title": "New title", "region": "ap-northeast-1"}),
        ReplaceAll(numbered(1)),
    ],
)
def test_each_edit_is_undone_by_its_inverse(edit: Edit) -> None:
    before = sample_checklist()
    after = edit.apply(before)
    assert after != before
    assert edit.inverse(before).apply(after) == before
    # Redo after undo gives the same result again.
    assert edit.apply(edit.inverse(before).apply(after)) == after


def test_header_edit_refuses_unknown_fields() -> None:
    with pytest.raises(ChecklistValueError, match="owner"):
        UpdateHeader({"owner": "me"}).apply(numbered(1))


def _edits(n_steps: int) -> st.SearchStrategy[Edit]:
    index = st.integers(0, max(n_steps - 1, 0))
    step_edits: list[st.SearchStrategy[Edit]] = [
        st.builds(InsertStep, st.integers(0, n_steps), st.builds(Step, action=st.text(max_size=5)))
    ]
    if n_steps:
        step_edits += [
            st.builds(RemoveStep, index),
            st.builds(MoveStep, index, index),
            st.builds(
                UpdateStep,
                index,
                st.fixed_dictionaries(
                    {"status": st.sampled_from(STATUSES), "actual": st.text(max_size=5)}
                ),
            ),
        ]
    return st.one_of(*step_edits)


@settings(max_examples=100)
@given(st.data())
def test_undoing_any_sequence_of_edits_in_reverse_restores_the_checklist(
    data: st.DataObject,
) -> None:
    start = numbered(data.draw(st.integers(0, 4)))
    current = start
    undo_stack: list[tuple[Edit, Checklist]] = []
    for _ in range(data.draw(st.integers(1, 8))):
        edit = data.draw(_edits(len(current.steps)))
        undo_stack.append((edit.inverse(current), current))
        current = edit.apply(current)
    while undo_stack:
        inverse, expected = undo_stack.pop()
        current = inverse.apply(current)
        assert current == expected
    assert current == start


def test_status_labels_cover_every_status() -> None:
    assert {PASSED, FAILED, BLOCKED, NOT_RUN} == set(STATUSES)
