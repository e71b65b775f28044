"""The checklist template library: bundled files, team/personal folders, and broken files."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.checklist import (
    NOT_RUN,
    ChecklistFormatError,
    bundled_checklists_dir,
    load_checklist_library,
    parse_checklist_template,
)

BUNDLED_FILES = sorted(bundled_checklists_dir().glob("*.yaml"))
SCENARIOS = [
    "ECS task fails its health check",
    "EKS pod stuck in ImagePullBackOff",
    "Lambda function times out",
    "S3 request returns 403 AccessDenied",
    "RDS connection times out",
    "EC2 instance fails status checks",
    "API Gateway returns 5xx",
    "CloudFormation stack rolls back",
    "IAM AssumeRole is denied",
    "Load balancer returns 502 or 504",
]
GOOD = """\
title: Team scenario
description: Our own.
tags: [team]
environment:
  service: Amazon SQS
steps:
  - action: aws sqs get-queue-attributes --queue-url <url> --attribute-names All
    expected: ApproximateNumberOfMessages below 1000
"""


@pytest.mark.parametrize("path", BUNDLED_FILES, ids=lambda p: p.stem)
def test_every_bundled_checklist_loads_and_is_usable(path: Path) -> None:
    template = parse_checklist_template(
        path.read_text(encoding="utf-8"), template_id=path.stem, source=str(path)
    )
    steps = template.checklist.steps
    assert 5 <= len(steps) <= 10
    assert template.checklist.service and template.checklist.hint("preconditions")
    assert not template.checklist.preconditions  # what to record is a hint, never a value
    assert all(step.status == NOT_RUN and not step.actual for step in steps)
    # Each template has real commands to run, not only prose.
    assert sum(("aws " in s.action or "kubectl " in s.action) for s in steps) >= 4


def test_bundled_library_has_the_ten_scenarios_and_no_errors() -> None:
    library = load_checklist_library()
    assert library.errors == ()
    assert sorted(t.title for t in library.templates.values()) == sorted(SCENARIOS)
    assert all(t.origin == "bundled" for t in library.templates.values())
    titles = [t.title for t in library.templates.values()]
    assert titles == sorted(titles, key=str.casefold)


def test_team_folder_adds_and_overrides_by_id(tmp_path: Path) -> None:
    team, personal = tmp_path / "team", tmp_path / "personal"
    (team / "queues").mkdir(parents=True)
    personal.mkdir()
    (team / "queues" / "sqs-backlog.yaml").write_text(GOOD, encoding="utf-8")
    (team / "lambda-function-timeout.yaml").write_text(GOOD, encoding="utf-8")
    (personal / "lambda-function-timeout.yml").write_text(
        GOOD.replace("Team scenario", "My Lambda checklist"), encoding="utf-8"
    )
    library = load_checklist_library([team, personal, tmp_path / "does-not-exist"])
    assert library.errors == ()
    assert library.get("queues/sqs-backlog") is not None
    overridden = library.templates["lambda-function-timeout"]
    assert overridden.title == "My Lambda checklist"
    assert overridden.origin == str(personal)
    assert library.new_checklist("queues/sqs-backlog").service == "Amazon SQS"


def test_broken_files_become_error_entries_with_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "latin1.yaml").write_bytes("title: Caf\xe9\n".encode("latin-1"))
    (tmp_path / "binary.yaml").write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0")
    (tmp_path / "bad-status.yaml").write_text(
        GOOD + "    status: passed\n    actual: done\n", encoding="utf-8"
    )
    (tmp_path / "syntax.yaml").write_text("title: x\nsteps:\n  - action: [\n", encoding="utf-8")
    (tmp_path / "lambda-function-timeout.yaml").write_text("title: only\n", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not a template", encoding="utf-8")
    library = load_checklist_library([tmp_path])
    errors = {Path(e.path).name: e for e in library.errors}
    assert set(errors) == {
        "latin1.yaml",
        "binary.yaml",
        "bad-status.yaml",
        "syntax.yaml",
        "lambda-function-timeout.yaml",
    }
    assert "not UTF-8" in errors["latin1.yaml"].message and errors["latin1.yaml"].line == 1
    assert "binary" in errors["binary.yaml"].message
    assert errors["bad-status.yaml"].line == 7
    assert "has no result yet" in errors["bad-status.yaml"].message
    assert errors["syntax.yaml"].line == 4
    assert "at least one step" in errors["lambda-function-timeout.yaml"].message
    assert str(errors["syntax.yaml"]).startswith(f"{tmp_path / 'syntax.yaml'}, line 4: ")
    # The broken override did not replace the bundled template.
    assert library.templates["lambda-function-timeout"].origin == "bundled"


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("steps:\n  - action: a\n    expected: b\n", 1, "needs a title"),
        ("title: t\nsteps:\n  - action: a\n", 3, "step 1: expected is empty"),
        (GOOD.replace("tags: [team]", "tags: team"), 3, "tags must be a list"),
        (GOOD + "owner: me\n", 9, "unknown key"),
    ],
)
def test_template_validation_messages(text: str, line: int, words: str) -> None:
    with pytest.raises(ChecklistFormatError) as caught:
        parse_checklist_template(text, template_id="x", source="x.yaml")
    assert caught.value.line == line
    assert words in caught.value.message
