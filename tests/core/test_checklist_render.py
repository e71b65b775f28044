"""The checklist as templates and people see it: the template mapping and "Copy as Markdown"."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.checklist import (
    FAILED,
    Checklist,
    Step,
    checklist_to_markdown,
    environment_text,
    template_context,
)
from desktop.core.checklist.samples import sample_checklist

CONTRACT_KEYS = {"title", "environment", "steps", "has_steps", "run_count", "reproduced"}
STEP_KEYS = {"number", "action", "expected", "actual", "status", "evidence"}


def test_template_context_has_exactly_the_contract_shape() -> None:
    context = template_context(sample_checklist())
    assert set(context) == CONTRACT_KEYS
    assert all(set(step) == STEP_KEYS for step in context["steps"])
    assert [step["number"] for step in context["steps"]] == [1, 2, 3]
    assert context["steps"][1]["status"] == FAILED
    assert (context["has_steps"], context["run_count"], context["reproduced"]) == (True, 2, True)
    assert "Region: eu-west-1" in context["environment"]
    assert context["environment"].endswith("task definition :42.")


def test_template_context_of_no_checklist_is_blank_but_complete() -> None:
    context = template_context(None)
    assert context == {
        "title": "",
        "environment": "",
        "steps": [],
        "has_steps": False,
        "run_count": 0,
        "reproduced": None,
    }


def test_environment_text_skips_empty_fields() -> None:
    assert environment_text(Checklist(region="us-east-1", preconditions="VPC only")) == (
        "Region: us-east-1\nVPC only"
    )


def test_markdown_lists_steps_in_order_with_results() -> None:
    text = checklist_to_markdown(sample_checklist())
    assert text.startswith("## ECS task fails its ELB health check\n")
    first, second, third = (text.index(f"\n{n}. ") for n in (1, 2, 3))
    assert first < second < third
    assert "   - **Status:** Failed" in text
    assert "   - **Evidence:** Request ID 3f1c2a9e" in text
    assert "- **Region:** eu-west-1" in text
    assert "2 of 3 steps run; **reproduced** (step 2)." in text


def test_markdown_keeps_multiline_text_inside_its_list_item() -> None:
    step = Step(
        action="aws ecs describe-tasks \\\n  --cluster prod",
        actual="line one\nline two",
        status=FAILED,
    )
    text = checklist_to_markdown(Checklist(title="T", steps=(step,)))
    assert "1. ```\n   aws ecs describe-tasks \\\n     --cluster prod\n   ```\n" in text
    assert "   - **Actual:** line one\n     line two" in text
    assert "1 of 1 steps run; **reproduced** (step 1)." in text


def test_markdown_of_an_empty_checklist_says_so() -> None:
    assert checklist_to_markdown(Checklist()) == "## Reproduction steps\n\n_No steps yet._\n"


def test_commands_and_placeholders_survive_a_markdown_renderer() -> None:
    from markdown_it import MarkdownIt

    action = "On the client host:\naws ecs describe-tasks --cluster <cluster> \\\n  --tasks <arn>"
    step = Step(action=action, expected="Reply from <endpoint>", status=FAILED)
    text = checklist_to_markdown(Checklist(title="T", versions="<family>:<rev>", steps=(step,)))
    html = MarkdownIt("commonmark").render(text)
    assert (
        "<code>aws ecs describe-tasks --cluster &lt;cluster&gt; \\\n  --tasks &lt;arn&gt;" in html
    )
    assert "On the client host:" in html
    assert "Reply from &lt;endpoint&gt;" in html
    assert "&lt;family&gt;:&lt;rev&gt;" in html
    # Versions, the step, and its Expected and Status lines; the code block stays in the step.
    assert html.count("<li>") == 4 and html.count("<ol>") == 1


@settings(max_examples=100)
@given(st.lists(st.text(max_size=30), min_size=1, max_size=4))
def test_markdown_numbers_every_step_whatever_its_text(action_texts: list[str]) -> None:
    checklist = Checklist(steps=tuple(Step(action=text) for text in action_texts))
    text = checklist_to_markdown(checklist)
    for number in range(1, len(action_texts) + 1):
        assert f"\n{number}. " in text
