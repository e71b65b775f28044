"""Hostile YAML and JSON everywhere they are read: alias bombs ("billion laughs") and deep
nesting are refused with the file and line, in well under a second, never expanded."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core.checklist.errors import ChecklistFormatError
from desktop.core.checklist.files import import_checklist_yaml
from desktop.core.checklist.library import load_template_file
from desktop.core.checklist.serial import checklist_from_json
from desktop.core.safe_parse import MAX_DEPTH, safe_load
from desktop.core.templating import lint_paths

# Nine levels of ten aliases each: 10**9 strings once expanded (about 5 GB of "lol").
LAUGHS = "\n".join(
    ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    + [f"{chr(98 + n)}: &{chr(98 + n)} [{', '.join(['*' + chr(97 + n)] * 10)}]" for n in range(8)]
)
DEEP_YAML = "steps:\n" + "".join("  " * n + "- \n" for n in range(1, 200)) + "  " * 200 + "- x\n"
DEEP_JSON = "[" * 5000 + "]" * 5000


def test_the_bomb_is_small_and_refused_quickly() -> None:
    assert len(LAUGHS.encode()) < 500
    started = time.perf_counter()
    with pytest.raises(
        Exception, match=r"aliases \(\*a\) are not allowed; write the value out \(line 2\)"
    ):
        safe_load(LAUGHS)
    assert time.perf_counter() - started < 5  # expanding it would take minutes and gigabytes


def test_a_checklist_import_names_the_alias_and_its_line(tmp_path: Path) -> None:
    path = tmp_path / "bomb.yaml"
    path.write_text("title: Bomb\n" + LAUGHS, encoding="utf-8")
    with pytest.raises(ChecklistFormatError) as raised:
        import_checklist_yaml(path)
    assert raised.value.line == 3 and "aliases" in raised.value.message


def test_a_team_checklist_with_an_alias_is_a_load_problem_not_a_hang(tmp_path: Path) -> None:
    path = tmp_path / "team.yaml"
    path.write_text("title: Team\n" + LAUGHS, encoding="utf-8")
    with pytest.raises(ChecklistFormatError, match="aliases"):
        load_template_file(path, root=tmp_path, origin="team")


def test_template_metadata_with_an_alias_is_reported_by_lint(tmp_path: Path) -> None:
    template = tmp_path / "bomb.md.j2"
    metadata = LAUGHS.replace("a: &a", "title: x\nz: &a", 1)
    template.write_text("{#-- casewright\n" + metadata + "\n--#}\nHello\n", encoding="utf-8")
    [problem] = [p for p in lint_paths([template]) if "aliases" in p.message]
    assert problem.line >= 3
    assert main(["templates", "lint", str(template)]) == 1


@pytest.mark.parametrize("name", ["deep.yaml", "deep.json"])
def test_deep_vars_for_render_are_one_line_and_status_2(
    tmp_path: Path, name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "t.j2").write_text("{{ x }}", encoding="utf-8")
    (tmp_path / name).write_text(DEEP_YAML if name.endswith("yaml") else DEEP_JSON, "utf-8")
    status = main(["render", str(tmp_path / "t.j2"), "--vars", str(tmp_path / name)])
    err = capsys.readouterr().err
    assert status == 2 and err.count("\n") == 1
    assert f"nested deeper than {MAX_DEPTH} levels" in err and name in err


def test_deep_checklists_are_refused_with_a_message(tmp_path: Path) -> None:
    path = tmp_path / "deep.yaml"
    path.write_text("title: Deep\n" + DEEP_YAML, encoding="utf-8")
    with pytest.raises(ChecklistFormatError, match="nested deeper"):
        import_checklist_yaml(path)
    with pytest.raises(ChecklistFormatError, match="nested deeper"):
        checklist_from_json(DEEP_JSON)


def test_a_pasted_log_line_is_not_a_time_zone() -> None:
    from desktop.core.queue.zones import zone_or_none

    assert zone_or_none('{"level":"error"}' * 20_000) is None  # was OSError: name too long
    assert zone_or_none("Asia/Tokyo") is not None
