"""Every command fails the same way: exit status 2 and one line on stderr, never a traceback
or a hang (unreadable inputs, numbers SQLite cannot hold, stalling LanguageTool servers)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core.demo import seed_demo_case
from desktop.core.store_open import open_store
from tests.stalling_servers import StallingServer


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        status = main(list(argv))
    except SystemExit as exit_:  # argparse's usage errors
        status = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return status, out, err


def _one_line_failure(status: int, err: str) -> None:
    assert status == 2, err
    assert err.count("\n") == 1 and err.startswith("casewright"), err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    "argv",
    [
        ["check", "{folder}"],
        ["scan", "{folder}"],
        ["intake", "{folder}"],
        ["templates", "list", "--team", "{missing}"],
        ["check", "--lang", "xx-YY", "{text}"],
        ["check", "--no-such-option"],
        ["--data-dir", "{data}", "escalation", "export", "99999999999999999999999"],
        ["--data-dir", "{data}", "escalation", "export", "#99999999999999999999999"],
    ],
)
def test_bad_input_is_one_line_and_status_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    store = open_store(tmp_path / "data" / "casewright.db").store
    seed_demo_case(store)
    store.close()
    (tmp_path / "reply.txt").write_text("We fixed the bug.", encoding="utf-8")
    places = {
        "{folder}": str(tmp_path),
        "{missing}": str(tmp_path / "missing"),
        "{text}": str(tmp_path / "reply.txt"),
        "{data}": str(tmp_path / "data"),
    }
    status, _out, err = _run(capsys, *[places.get(a, a) for a in argv])
    _one_line_failure(status, err)


def test_a_five_megabyte_line_is_refused_with_the_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    log_line = tmp_path / "log.txt"
    log_line.write_text('{"level":"error","msg":"x"}' * 180_000, encoding="utf-8")  # 4.9 MB
    status, _out, err = _run(capsys, "check", str(log_line))
    _one_line_failure(status, err)
    assert "not checked" in err and "100,000" in err


@pytest.mark.parametrize("mode", ["drip", "garbage"])
def test_a_broken_languagetool_server_is_one_line_and_status_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], mode: str
) -> None:
    (tmp_path / "reply.txt").write_text("We fixed teh bug.", encoding="utf-8")
    with StallingServer(mode) as server:
        status, _out, err = _run(
            capsys,
            "check",
            "--engine",
            "languagetool",
            "--server",
            server.url,
            str(tmp_path / "reply.txt"),
        )
    _one_line_failure(status, err)
    assert "LanguageTool" in err
