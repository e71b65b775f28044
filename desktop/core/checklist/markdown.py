"""A checklist as Markdown ("Copy as Markdown"): numbered steps with their results."""

from __future__ import annotations

from desktop.core.checklist.model import ENVIRONMENT_FIELDS, STATUS_LABELS, Checklist, Step
from desktop.core.checklist.progress import progress


def _indented(text: str, indent: str) -> str:
    """``text`` with every line after the first indented, so it stays inside its list item."""
    lines = text.strip().splitlines() or [""]
    return "\n".join([lines[0], *(f"{indent}{line}" if line else "" for line in lines[1:])])


def _step_lines(number: int, step: Step) -> list[str]:
    item = f"{number}. "
    pad = " " * len(item)
    lines = [item + (_indented(step.action, pad) if step.action.strip() else "(no action)")]
    for label, value in (
        ("Expected", step.expected),
        ("Actual", step.actual),
        ("Status", STATUS_LABELS[step.status]),
        ("Evidence", step.evidence),
    ):
        if value.strip():
            lines.append(f"{pad}- **{label}:** {_indented(value, pad + '  ')}")
    return lines


def _verdict(checklist: Checklist) -> str:
    state = progress(checklist)
    ran = f"{state.run_count} of {state.total} steps run"
    if state.reproduced is None:
        return f"{ran}; not run yet."
    if state.reproduced:
        numbers = ", ".join(str(n) for n in state.reproducing_steps)
        return f"{ran}; **reproduced** (step {numbers})."
    return f"{ran}; not reproduced."


def checklist_to_markdown(checklist: Checklist) -> str:
    """Return ``checklist`` as Markdown: a heading, the environment, numbered steps, a verdict."""
    parts = [f"## {checklist.title.strip() or 'Reproduction steps'}"]
    env = [
        f"- **{label}:** {_indented(value, '  ')}"
        for name, label in ENVIRONMENT_FIELDS.items()
        if name != "preconditions" and (value := getattr(checklist, name)).strip()
    ]
    if env:
        parts.append("\n".join(env))
    if checklist.preconditions.strip():
        parts.append(f"**Preconditions:** {checklist.preconditions.strip()}")
    if checklist.steps:
        steps: list[str] = []
        for number, step in enumerate(checklist.steps, 1):
            steps.extend(_step_lines(number, step))
        parts.append("\n".join(steps))
        parts.append(_verdict(checklist))
    else:
        parts.append("_No steps yet._")
    return "\n\n".join(parts) + "\n"
