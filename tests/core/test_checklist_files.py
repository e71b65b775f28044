"""Checklist YAML files: atomic export, import errors with lines, file names, team folders."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.checklist import (
    STATUSES,
    Checklist,
    ChecklistFormatError,
    Step,
    checklist_folders,
    export_checklist_yaml,
    import_checklist_yaml,
    suggested_file_name,
    write_text_atomically,
)

TEXT = st.text(st.characters(blacklist_categories=["Cs"]), max_size=40)
STEPS = st.builds(Step, TEXT, TEXT, TEXT, st.sampled_from(STATUSES), TEXT)
CHECKLISTS = st.builds(
    Checklist, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, st.lists(STEPS, max_size=4).map(tuple)
)


@settings(max_examples=60, deadline=None)
@given(checklist=CHECKLISTS)
def test_any_checklist_survives_export_and_import(
    tmp_path_factory: pytest.TempPathFactory, checklist: Checklist
) -> None:
    path = tmp_path_factory.mktemp("yaml") / "c.yaml"
    export_checklist_yaml(checklist, path)
    assert import_checklist_yaml(path) == checklist


def test_a_failed_write_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "c.yaml"
    target.write_text("old", encoding="utf-8")

    def broken_replace(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError):
        write_text_atomically(target, "new")
    assert target.read_text(encoding="utf-8") == "old"
    assert list(folder.iterdir()) == [target]


def test_import_errors_name_the_line(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_text("title: x\nsteps:\n  - action: a\n    colour: red\n", encoding="utf-8")
    with pytest.raises(ChecklistFormatError) as caught:
        import_checklist_yaml(path)
    assert caught.value.line == 4 and "colour" in caught.value.message
    path.write_bytes(b"title: ok\nsteps: []\n\xff\n")
    with pytest.raises(ChecklistFormatError) as caught:
        import_checklist_yaml(path)
    assert caught.value.line == 3 and "UTF-8" in caught.value.message
    with pytest.raises(ChecklistFormatError, match="cannot read"):
        import_checklist_yaml(tmp_path / "missing.yaml")


def test_a_utf8_bom_from_windows_editors_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.yaml"
    path.write_bytes("\ufefftitle: Notepad\n".encode())
    assert import_checklist_yaml(path).title == "Notepad"


def test_suggested_file_names() -> None:
    assert (
        suggested_file_name(Checklist(title="ALB returns 502/504!")) == "alb-returns-502-504.yaml"
    )
    assert suggested_file_name(Checklist()) == "reproduction-checklist.yaml"
    assert suggested_file_name(Checklist(title="日本語 テスト")) == "日本語-テスト.yaml"


def test_team_checklists_come_from_a_subfolder_and_personal_ones_win(tmp_path: Path) -> None:
    folders = checklist_folders(["/srv/team-a", "", "/srv/team-b"], tmp_path / "mine")
    # Lowest precedence first: later folders override earlier ones in the library.
    assert folders == [
        Path("/srv/team-b/checklists"),
        Path("/srv/team-a/checklists"),
        tmp_path / "mine",
    ]
