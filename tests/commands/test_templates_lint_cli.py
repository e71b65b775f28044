"""``casewright templates lint``: FILE:LINE: severity: message, JSON output, exit status."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main

REPO_ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    root = tmp_path / "lib"
    (root / "partials").mkdir(parents=True)
    (root / "partials" / "greet.j2").write_text("Hello {{ contact_name }}")
    (root / "reply").mkdir()
    (root / "reply" / "good.md.j2").write_text("{% include 'partials/greet.j2' %}\nok\n")
    return root


def test_clean_library_exits_0_and_prints_nothing(
    library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["templates", "lint", "lib"]) == 0
    assert capsys.readouterr().out == ""


def test_problems_are_printed_one_per_line_and_errors_exit_1(
    library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (library / "reply" / "bad.md.j2").write_text(
        "{#-- casewright\ntitle: Bad\n--#}\n{{ x|shout }}\n{% include 'partials/nope.j2' %}\n"
    )
    (library / "reply" / "warn.md.j2").write_text("{#-- casewright\n--#}\n\n{{ undeclared }}\n")
    assert main(["templates", "lint", "lib"]) == 1
    assert capsys.readouterr().out.splitlines() == [
        "lib/reply/bad.md.j2:4: error: unknown filter 'shout'",
        f"lib/reply/bad.md.j2:5: error: include of 'partials/nope.j2': not found in {library}",
        "lib/reply/warn.md.j2:4: warning: variable 'undeclared' is used but not declared in the "
        "metadata",
    ]


def test_warnings_alone_exit_0_and_json_format(
    library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (library / "reply" / "warn.md.j2").write_text("{#-- casewright\n--#}\n{{ undeclared }}\n")
    assert main(["templates", "lint", "--format", "json", "lib/reply/warn.md.j2"]) == 0
    assert json.loads(capsys.readouterr().out) == [
        {"file": "lib/reply/warn.md.j2", "line": 3, "severity": "warning",
         "message": "variable 'undeclared' is used but not declared in the metadata"},
    ]  # fmt: skip


def test_json_format_with_errors_and_missing_path(
    library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["templates", "lint", "--format", "json", "nowhere.j2"]) == 1
    assert json.loads(capsys.readouterr().out) == [
        {"file": "nowhere.j2", "line": 1, "severity": "error", "message": "no such file or folder"}
    ]


def test_list_shows_sources_and_overrides(
    library: Path, capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    (data_dir / "templates" / "reply").mkdir(parents=True)
    (data_dir / "templates" / "reply" / "good.md.j2").write_text("mine")
    assert main(["templates", "list", "--team", "lib"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "reply/good\tPersonal\tGood  (overrides lib)" in lines
    assert "partials/greet\tlib\tGreet" in lines
