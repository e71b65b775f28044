"""``casewright check``: text and JSON output, exit status, engines and server fallback."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.cli import main
from tests.lt_test_double import LanguageToolTestDouble

DATA = Path(__file__).resolve().parents[1] / "data" / "grammar"


@pytest.fixture
def double() -> Iterator[LanguageToolTestDouble]:
    with LanguageToolTestDouble() as server:
        yield server


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(["check", *args])
    out, err = capsys.readouterr()
    return status, out, err


def test_json_lists_python_offsets_and_exits_1_on_spelling(
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = DATA / "planted_reply.md"
    status, out, _ = _run(capsys, str(path), "--format", "json")
    text = path.read_text(encoding="utf-8")
    issues = json.loads(out)
    assert status == 1
    assert set(issues[0]) == {
        "offset",
        "length",
        "category",
        "rule",
        "message",
        "replacements",
        "engine",
        "kind",
    }
    spelled = {
        text[i["offset"] : i["offset"] + i["length"]] for i in issues if i["category"] == "spelling"
    }
    assert spelled == {"recieved", "enviroment", "occured", "definately", "seperate", "acommodate"}


def test_clean_reply_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _run(capsys, str(DATA / "clean_technical_reply.md"), "--format", "json")
    assert status == 0
    assert not [i for i in json.loads(out) if i["category"] in {"spelling", "grammar"}]


def test_stdin_text_output_with_line_and_column(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("Hello.\nWe recieved it 😀 soon.\n"))
    status, out, _ = _run(capsys, "-", "--engine", "baseline")
    assert status == 1
    lines = out.splitlines()
    assert lines[0].startswith("2:4: spelling [casewright.spelling] “recieved”")
    assert "-> received" in lines[0]
    assert lines[1].startswith("2:18: style [casewright.vague-time] “soon”")


def test_style_only_issues_exit_0(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "reply.txt"
    path.write_text("We will reply soon.\n", encoding="utf-8")
    status, out, _ = _run(capsys, str(path), "--engine", "baseline", "--format", "json")
    assert status == 0
    assert [i["rule"] for i in json.loads(out)] == ["casewright.vague-time"]


def test_engine_choice_is_respected(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "reply.txt"
    path.write_text("We recieved it soon.\n", encoding="utf-8")
    _, out, _ = _run(capsys, str(path), "--engine", "harper", "--format", "json")
    assert {i["engine"] for i in json.loads(out)} == {"harper"}
    _, out, _ = _run(capsys, str(path), "--engine", "baseline", "--format", "json")
    assert {i["engine"] for i in json.loads(out)} == {"baseline"}


def test_languagetool_server_is_used_when_given(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, double: LanguageToolTestDouble
) -> None:
    path = tmp_path / "reply.txt"
    path.write_text("Fix teh bug.\n", encoding="utf-8")
    status, out, err = _run(
        capsys, str(path), "--engine", "languagetool", "--server", double.url, "--format", "json"
    )
    assert status == 1 and err == ""
    assert [(i["rule"], i["engine"]) for i in json.loads(out)] == [
        ("MORFOLOGIK_RULE_EN_US", "languagetool")
    ]
    assert double.checks[0].form == {"language": "en-US", "text": "Fix teh bug."}


def test_unreachable_server_auto_falls_back_explicit_exits_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    with LanguageToolTestDouble() as gone:
        url = gone.url
    path = tmp_path / "reply.txt"
    path.write_text("We recieved it.\n", encoding="utf-8")
    status, out, err = _run(capsys, str(path), "--server", url, "--format", "json")
    assert status == 1
    assert f"LanguageTool server unreachable ({url}); using Harper and basic checks" in err
    assert [i["engine"] for i in json.loads(out) if i["category"] == "spelling"] == ["harper"]
    status, out, err = _run(capsys, str(path), "--engine", "languagetool", "--server", url)
    assert (status, out) == (2, "")
    assert err.strip() == f"casewright check: LanguageTool server unreachable ({url})"
    status, _, err = _run(capsys, str(path), "--engine", "languagetool")
    assert status == 2 and "needs --server URL" in err


def test_unreadable_file_exits_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    status, _, err = _run(capsys, str(tmp_path / "missing.txt"))
    assert status == 2 and "cannot read" in err


def test_zh_tw_text_gets_cjk_checks(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "reply.txt"
    path.write_text("我們已經收到您的請求,謝謝。\n", encoding="utf-8")
    status, out, _ = _run(capsys, str(path), "--lang", "zh-TW", "--format", "json")
    assert status == 0
    assert [i["replacements"] for i in json.loads(out)] == [["，"]]
