"""The PyInstaller one-folder app starts, renders, checks and scans with no Python around it.

Built for real from scripts/casewright.spec; every command runs from another folder with a
clean environment (no PYTHONPATH, no checkout), so only what the bundle carries can be used.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from scripts.standalone import build_standalone, executable

SECRET_TEXT = "Our key is AKIAZ7QXKR3MNPWT4ZVB, please check.\n"
MISSPELT = "We recieved teh logs yesterday.\n"


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("standalone")
    return build_standalone(root / "dist", root / "work")


def _run(
    bundle: Path, tmp_path: Path, *args: str, stdin: str = ""
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.update(QT_QPA_PLATFORM="offscreen", CASEWRIGHT_DATA_DIR=str(tmp_path / "data"))
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir(exist_ok=True)
    return subprocess.run(
        [str(executable(bundle)), *args], cwd=elsewhere, env=env, input=stdin,
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip


@pytest.mark.slow
def test_standalone_folder_carries_templates_resources_and_dictionaries(bundle: Path) -> None:
    internal = bundle / "_internal"
    assert (internal / "desktop" / "_bundled" / "resources" / "styles" / "casewright.qss").is_file()
    assert list((internal / "desktop" / "_bundled" / "templates" / "reply").rglob("*.md.j2"))
    assert (internal / "spellchecker" / "resources" / "en.json.gz").is_file()
    assert list(internal.glob("harper/_harper*"))
    assert list(internal.glob("symspellpy/frequency_dictionary_en_*.txt"))
    assert list((internal / "lemminflect" / "resources").iterdir())


@pytest.mark.slow
def test_standalone_starts_the_window(bundle: Path, tmp_path: Path) -> None:
    started = _run(bundle, tmp_path, "--exit-after-startup")
    assert started.returncode == 0, started.stderr
    assert (tmp_path / "data" / "casewright.db").is_file()


@pytest.mark.slow
def test_standalone_renders_a_bundled_template(bundle: Path, tmp_path: Path) -> None:
    template = bundle / "_internal/desktop/_bundled/templates/reply/en/acknowledgement.md.j2"
    rendered = _run(bundle, tmp_path, "render", str(template), "--sample")
    assert rendered.returncode == 0, rendered.stderr
    assert "Thank you for contacting us" in rendered.stdout


@pytest.mark.slow
@pytest.mark.parametrize("engine", ["harper", "baseline"])
def test_standalone_checks_spelling_with_each_offline_engine(
    bundle: Path, tmp_path: Path, engine: str
) -> None:
    checked = _run(bundle, tmp_path, "check", "-", "--engine", engine, "--format", "json",
                   stdin=MISSPELT)  # fmt: skip
    assert checked.returncode == 1, checked.stderr  # 1: issues found
    issues = json.loads(checked.stdout)
    flagged = {MISSPELT[i["offset"] : i["offset"] + i["length"]] for i in issues}
    assert {"recieved", "teh"} <= flagged
    assert {i["engine"] for i in issues} == {engine}


@pytest.mark.slow
def test_standalone_scan_blocks_a_secret_without_printing_it(bundle: Path, tmp_path: Path) -> None:
    scanned = _run(bundle, tmp_path, "scan", "-", stdin=SECRET_TEXT)
    assert scanned.returncode == 1, scanned.stderr
    assert "block" in scanned.stdout
    assert "AKIAZ7QXKR3MNPWT4ZVB" not in scanned.stdout + scanned.stderr
