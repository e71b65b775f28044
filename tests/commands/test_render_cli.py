"""``casewright render``: prints the text, or FILE:LINE: message on stderr and exit status 1."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import main

REPO_ROOT = Path(__file__).resolve().parents[2]
FIXTURE = REPO_ROOT / "tests" / "data" / "template_library"


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_renders_with_vars_file_and_set(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (workdir / "t.md.j2").write_text("Hi {{ contact_name }}, ref {{ ref }}, {{ n }}.\n")
    (workdir / "vars.yaml").write_text("contact_name: Ann\nref: R-1\nn: 3\n")
    status, out, err = _run(capsys, "render", "t.md.j2", "--vars", "vars.yaml", "--set", "ref=R-2")
    assert (status, out, err) == (0, "Hi Ann, ref R-2, 3.\n", "")


def test_json_vars_with_case_checklist_and_severity(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (workdir / "t.j2").write_text(
        "{{ case.case_id }} {{ checklist.run_count }} {{ severity.assessed }} {{ severity }}"
    )
    variables = {"case": {"case_id": "9", "severity": "high"}, "checklist": {"steps": [
        {"action": "a", "status": "failed"}]}, "severity": {"assessed": "normal"}}  # fmt: skip
    (workdir / "v.json").write_text(json.dumps(variables))
    assert _run(capsys, "render", "t.j2", "--vars", "v.json") == (0, "9 1 normal high", "")


def test_metadata_defaults_are_used_but_other_variables_must_be_given(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (workdir / "t.j2").write_text(
        "{#-- casewright\nvariables:\n  hours:\n    default: '4'\n  note:\n    kind: text\n"
        "--#}\nIn {{ hours }} h.\n{{ note }}\n"
    )
    status, out, err = _run(capsys, "render", "t.j2")
    assert (status, out) == (2, "")
    assert err == "t.j2:9: 'note' is undefined (give it a value, or use '|default(...)')\n"
    assert _run(capsys, "render", "t.j2", "--set", "note=x") == (0, "In 4 h.\nx\n", "")


def test_sample_mode_renders_the_fixture_library_template(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, err = _run(
        capsys, "render", str(FIXTURE / "reply/en/next-steps.md.j2"), "--sample"
    )
    assert (status, err) == (0, "")
    assert out.startswith("Hello Aiko Tanaka,\n\nAbout case 171234567800123 (Amazon EC2")
    assert "- Restart the instance\n- Send us the console output" in out
    assert out.endswith("We will update you within 8 hours.\n-- Sam Rivera\n")


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("a\n{{ ''.__class__ }}\n", "bad.j2:2: not allowed in templates: access to attribute "
                                    "'__class__' of 'str' object is unsafe"),
        ("a\nb\n{% for %}\n", "bad.j2:3: Expected an expression, got 'end of statement block'"),
        ("{{ 'x' * 10**9 }}", "bad.j2:1: rendering stopped: '*' repetition would make "
                              "1,000,000,000 characters or items (limit 1,000,000)"),
        ("a\n{% include '../x.j2' %}", "bad.j2:2: template name '../x.j2' is refused: includes "
         "and imports must name a template inside the same library (no '..', no absolute paths)"),
    ],
)  # fmt: skip
def test_errors_exit_2_with_file_line_message(
    workdir: Path, capsys: pytest.CaptureFixture[str], source: str, expected: str
) -> None:
    (workdir / "bad.j2").write_text(source)
    assert _run(capsys, "render", "bad.j2") == (2, "", expected + "\n")


def test_error_in_a_partial_names_the_partial(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (workdir / "partials").mkdir()
    (workdir / "partials" / "sig.j2").write_text("--\n{{ signer }}\n")
    (workdir / "reply").mkdir()
    (workdir / "reply" / "t.j2").write_text("Body\n{% include 'partials/sig.j2' %}")
    status, _, err = _run(capsys, "render", "reply/t.j2")
    assert status == 2
    assert err.startswith("partials/sig.j2:2: 'signer' is undefined")


def test_bad_inputs_are_reported_the_same_way(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (workdir / "t.j2").write_text("x")
    (workdir / "v.json").write_text('{"a": 1,\n "b": }')
    assert _run(capsys, "render", "missing.j2")[::2] == (
        2,
        "missing.j2:1: no such template file or template id (see: casewright templates list)\n",
    )
    status, _, err = _run(capsys, "render", "t.j2", "--vars", "v.json")
    assert (status, err) == (2, "v.json:2: invalid JSON: Expecting value\n")
    status, _, err = _run(capsys, "render", "t.j2", "--set", "no-equals")
    assert status == 2 and "--set expects name=value" in err


def test_real_process_exit_status(workdir: Path) -> None:
    (workdir / "t.j2").write_text("{{ nope }}")
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "render", "t.j2"],
        cwd=workdir,
        env={"PYTHONPATH": str(REPO_ROOT), "HOME": str(workdir)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert result.stderr.startswith("t.j2:1: 'nope' is undefined")
