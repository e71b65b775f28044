"""The CLI as an installed user meets it: listed ids render; closed pipes end quietly."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import main


def test_render_accepts_every_id_that_templates_list_prints(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)  # nowhere near the bundled files
    assert main(["templates", "list"]) == 0
    ids = [line.split("\t")[0] for line in capsys.readouterr().out.splitlines()]
    assert "reply/en/acknowledgement" in ids
    for template_id in ids:
        status = main(["render", template_id, "--sample"])
        out, err = capsys.readouterr()
        assert (status, err) == (0, ""), template_id
        assert out.strip() or template_id.startswith("partials/"), template_id
    assert main(["render", "reply/en/acknowledgement", "--sample"]) == 0
    assert "Aiko Tanaka" in capsys.readouterr().out


def test_render_by_id_prefers_the_personal_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    personal = data / "templates" / "reply" / "en"
    personal.mkdir(parents=True)
    (personal / "acknowledgement.md.j2").write_text("Mine: {{ case.case_id }}\n", "utf-8")
    monkeypatch.chdir(tmp_path)
    status = main(["--data-dir", str(data), "render", "reply/en/acknowledgement", "--sample"])
    out, err = capsys.readouterr()
    assert (status, err) == (0, "")
    assert out.startswith("Mine: ")


def test_render_names_an_unknown_id_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["render", "reply/en/no-such-template"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "reply/en/no-such-template:1: no such template file or template id" in err


def test_templates_list_into_a_closed_pipe_prints_no_traceback() -> None:
    read_end, write_end = os.pipe()
    os.close(read_end)  # like `| head` after it has read its lines
    try:
        done = subprocess.run(
            [sys.executable, "-m", "desktop", "templates", "list"],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
            check=False,
        )
    finally:
        os.close(write_end)
    assert "Traceback" not in done.stderr
    assert "BrokenPipeError" not in done.stderr
    assert done.stderr == ""
    assert done.returncode == 0
