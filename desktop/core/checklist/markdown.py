"""A checklist as Markdown ("Copy as Markdown"): numbered steps with their results."""

from __future__ import annotations

import re

from desktop.core.checklist.model import ENVIRONMENT_FIELDS, STATUS_LABELS, Checklist, Step
from desktop.core.checklist.progress import progress


def _indented(text: str, indent: str) -> str:
    """``text`` with every line after the first indented, so it stays inside its list item."""
    lines = text.strip().splitlines() or [""]
    return "\n".join([lines[0], *(f"{indent}{line}" if line else "" for line in lines[1:])])


# A line that starts a shell command; such lines go in a code block so "<cluster>" and "*"
# survive any Markdown renderer. A line ending in "\\" or "|" continues onto the next one.
_COMMAND = re.compile(
    r"^\s*(\$\s+)?(aws|kubectl|curl|dig|nc|nslookup|sudo|crictl|docker|eksctl|sam|cdk|"
    r"terraform|helm|ssh|ping|traceroute|openssl|jq|python3?)(\s|$)"
)
_TAG_LIKE = re.compile(r"<(?=[A-Za-z/!?])")


def _escape(text: str) -> str:
    """``text`` with ``<word`` escaped so renderers do not swallow it as an HTML tag."""
    return _TAG_LIKE.sub(r"\\<", text)


def _action_markdown(action: str) -> str:
    """The action as Markdown: prose as text, command lines as fenced code blocks."""
    groups: list[tuple[bool, list[str]]] = []
    continuing = False
    for line in action.strip().splitlines():
        is_code = continuing or bool(_COMMAND.match(line))
        continuing = is_code and line.rstrip().endswith(("\\", "|"))
        if groups and groups[-1][0] == is_code:
            groups[-1][1].append(line)
        else:
            groups.append((is_code, [line]))
    parts = []
    for is_code, lines in groups:
        if is_code:
            fence = "~~~" if any("```" in line for line in lines) else "```"
            parts.append("\n".join([fence, *lines, fence]))
        else:
            parts.append(_escape("\n".join(lines)))
    return "\n\n".join(parts)


def _step_lines(number: int, step: Step) -> list[str]:
    item = f"{number}. "
    pad = " " * len(item)
    action = _action_markdown(step.action) if step.action.strip() else "(no action)"
    lines = [item + _indented(action, pad)]
    for label, value in (
        ("Expected", step.expected),
        ("Actual", step.actual),
        ("Status", STATUS_LABELS[step.status]),
        ("Evidence", step.evidence),
    ):
        if value.strip():
            lines.append(f"{pad}- **{label}:** {_indented(_escape(value), pad + '  ')}")
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
        f"- **{label}:** {_indented(_escape(value), '  ')}"
        for name, label in ENVIRONMENT_FIELDS.items()
        if name != "preconditions" and (value := getattr(checklist, name)).strip()
    ]
    if env:
        parts.append("\n".join(env))
    if checklist.preconditions.strip():
        parts.append(f"**Preconditions:** {_escape(checklist.preconditions.strip())}")
    if checklist.steps:
        steps: list[str] = []
        for number, step in enumerate(checklist.steps, 1):
            steps.extend(_step_lines(number, step))
        parts.append("\n".join(steps))
        parts.append(_verdict(checklist))
    else:
        parts.append("_No steps yet._")
    return "\n\n".join(parts) + "\n"
