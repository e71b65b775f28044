"""A symlink in a team folder that points outside it is never read: not rendered, linted,
listed with its text or searched; each place says why."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core.checklist.library import load_checklist_library
from desktop.core.severity.catalog import load_definitions
from desktop.core.templating import TemplateLibrary, lint_paths

SECRET = "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"


@pytest.fixture
def team(tmp_path: Path) -> Path:
    outside = tmp_path / "home" / ".aws"
    outside.mkdir(parents=True)
    (outside / "credentials").write_text(SECRET + "\n{{ nothing }}\n", encoding="utf-8")
    team = tmp_path / "team"
    (team / "reply" / "en").mkdir(parents=True)
    (team / "reply" / "en" / "fine.md.j2").write_text("Hello {{ 'team' }}\n", encoding="utf-8")
    (team / "reply" / "en" / "creds.md.j2").symlink_to(outside / "credentials")
    return team


def test_the_library_lists_the_link_with_a_problem_and_no_text(team: Path) -> None:
    library = TemplateLibrary.load([team])
    entry = library.get("reply/en/creds")
    assert entry is not None and entry.text == ""
    assert "links outside its library" in entry.problems[0].message
    assert SECRET not in "".join(e.text for e in library.all_entries)
    fine = library.get("reply/en/fine")
    assert fine is not None and "Hello" in fine.text


def test_lint_and_render_refuse_the_link(team: Path, capsys: pytest.CaptureFixture[str]) -> None:
    [problem] = [p for p in lint_paths([team]) if "creds" in p.file]
    assert "links outside its library" in problem.message
    assert main(["render", "--team", str(team), "reply/en/creds"]) == 2
    captured = capsys.readouterr()
    assert SECRET not in captured.out + captured.err and "links outside" in captured.err


def test_checklists_and_severity_definitions_refuse_links(tmp_path: Path) -> None:
    outside = tmp_path / "outside.yaml"
    outside.write_text("title: Private\nsteps: []\n", encoding="utf-8")
    checklists = tmp_path / "checklists"
    checklists.mkdir()
    (checklists / "private.yaml").symlink_to(outside)
    library = load_checklist_library([checklists], include_bundled=False)
    assert [e.message for e in library.errors if "links outside" in e.message]
    severity = tmp_path / "severity"
    severity.mkdir()
    (severity / "private.yaml").symlink_to(outside)
    catalog = load_definitions([severity], include_bundled=False)
    assert [e for e in catalog.errors if "links outside" in str(e)]
