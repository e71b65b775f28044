"""The Linux offline kit installs with the network blocked and the installed app runs.

The kit is built for real (PyPI), unzipped, and installed into a fresh virtualenv inside a
network namespace with no interfaces (``unshare -n``): pip can only use the kit's wheels.
"""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from scripts.targets import TARGETS
from scripts.wheelhouse import build_app_wheel, build_wheelhouse, version


def _offline_prefix() -> list[str]:
    for prefix in (["unshare", "--net"], ["unshare", "--map-root-user", "--net"]):
        try:
            if subprocess.run([*prefix, "true"], capture_output=True).returncode == 0:
                return prefix
        except FileNotFoundError:
            break
    if os.environ.get("CI"):
        pytest.fail("cannot block the network here (unshare -n)")
    pytest.skip("cannot block the network here (unshare -n)")


def _clean_env(tmp_path: Path) -> dict[str, str]:
    # Nothing of the checkout or of this machine's pip settings may leak in.
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PIP_", "PYTHON"))}
    env.update(PIP_CONFIG_FILE=os.devnull, QT_QPA_PLATFORM="offscreen")
    env["CASEWRIGHT_DATA_DIR"] = str(tmp_path / "data")
    return env


@pytest.mark.slow
@pytest.mark.usefixtures("pypi")
def test_linux_wheelhouse_installs_offline_into_a_fresh_venv_and_runs(tmp_path: Path) -> None:
    offline = _offline_prefix()
    target = TARGETS["manylinux-x86_64"]
    archive = build_wheelhouse(
        target, build_app_wheel(tmp_path / "app"), tmp_path / "dist", tmp_path / "work"
    )
    assert archive.name == f"casewright-{version()}-wheelhouse-manylinux-x86_64.zip"
    unpacked = tmp_path / "unpacked"
    zipfile.ZipFile(archive).extractall(unpacked)
    [kit] = unpacked.iterdir()
    assert (
        "pip install --no-index --find-links wheels casewright" in (kit / "INSTALL.txt").read_text()
    )

    env = _clean_env(tmp_path)
    venv = tmp_path / "fresh-venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, env=env)
    install = subprocess.run(
        [*offline, str(venv / "bin" / "pip"), "install", "--no-index", "--find-links", "wheels",
         "casewright"],
        cwd=kit, env=env, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert install.returncode == 0, install.stderr
    casewright = venv / "bin" / "casewright"

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    started = subprocess.run(
        [*offline, str(casewright), "--exit-after-startup"],
        cwd=elsewhere, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert started.returncode == 0, started.stderr
    assert (tmp_path / "data" / "casewright.db").exists()

    (elsewhere / "hello.md.j2").write_text(
        "Hello {{ case.customer_org }}, case {{ case.case_id }}."
    )
    rendered = subprocess.run(
        [*offline, str(casewright), "render", "hello.md.j2", "--sample"],
        cwd=elsewhere, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert rendered.returncode == 0, rendered.stderr
    assert rendered.stdout.startswith("Hello ") and "{{" not in rendered.stdout
    site = next((venv / "lib").glob("python3.*/site-packages"))
    assert not (site / "desktop" / "_bundled").is_symlink()
    bundled = site / "desktop" / "_bundled" / "templates" / "reply" / "en" / "acknowledgement.md.j2"
    reply = subprocess.run(
        [*offline, str(casewright), "render", str(bundled), "--sample"],
        cwd=elsewhere, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert reply.returncode == 0, reply.stderr
    assert len(reply.stdout) > 100
