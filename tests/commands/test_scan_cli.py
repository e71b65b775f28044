"""``casewright scan``: text and JSON output, exit status, and secrets never echoed."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import main

KEY = "AKIA" + "Z3MSXQ7ZLQ2T4NHD"
REPLY = f"Hello,\nyour key {KEY} leaked.\nMail bob@acme.io\n"


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(argv)
    out, err = capsys.readouterr()
    return status, out, err


def test_text_output_gives_line_column_severity_kind_and_no_secret(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    reply = tmp_path / "reply.md"
    reply.write_text(REPLY, encoding="utf-8")
    status, out, _err = _run(["scan", str(reply)], capsys)
    assert status == 1
    lines = out.splitlines()
    assert lines[0].startswith("2:10: block: aws-access-token: ")
    assert lines[1].startswith("3:6: warn: email: ")
    assert KEY not in out and "bob@acme.io" not in out


def test_json_output_lists_findings_with_offsets(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(REPLY))
    status, out, _err = _run(["scan", "-", "--format", "json"], capsys)
    assert status == 1
    findings = json.loads(out)
    assert [set(f) for f in findings] == [{"kind", "severity", "start", "end", "message"}] * 2
    first = findings[0]
    assert (first["kind"], first["severity"]) == ("aws-access-token", "block")
    assert REPLY[first["start"] : first["end"]] == KEY
    assert KEY not in out


def test_warnings_only_exit_zero(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("Write to bob@acme.io"))
    status, out, _err = _run(["scan", "--format", "json"], capsys)
    assert status == 0
    assert [f["kind"] for f in json.loads(out)] == ["email"]


def test_clean_text_prints_nothing_and_exits_zero(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("RequestId 3f2504e0-4f89-11d3-9a0c-0305e82c3301"))
    assert _run(["scan"], capsys) == (0, "", "")


def test_internal_domains_and_escalation_options(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    escalation = tmp_path / "escalation.md"
    escalation.write_text("- Root cause: the replication worker races after deploy 4411\n", "utf-8")
    reply = tmp_path / "reply.md"
    reply.write_text(
        "See tickets.support.acme.net/T-1\nRoot cause: the replication worker races after "
        "deploy 4411\n",
        "utf-8",
    )
    argv = ["scan", str(reply), "--format", "json", "--internal-domain", "support.acme.net"]
    status, out, _err = _run([*argv, "--escalation", str(escalation)], capsys)
    assert status == 0
    assert [f["kind"] for f in json.loads(out)] == ["internal_host", "escalation_text"]


def test_unreadable_input_exits_two_without_echoing_content(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe" + KEY.encode())
    status, out, err = _run(["scan", str(bad)], capsys)
    assert status == 2
    assert "cannot read input" in err
    assert KEY not in out + err
    assert _run(["scan", str(tmp_path / "missing.txt")], capsys)[0] == 2


def test_scan_runs_as_a_module_from_the_shell() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "scan", "-", "--format", "text"],
        input=f"token {KEY}\n",
        capture_output=True,
        text=True,
        timeout=60,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert result.returncode == 1
    assert result.stdout.startswith("1:7: block: aws-access-token:")
    assert KEY not in result.stdout + result.stderr
