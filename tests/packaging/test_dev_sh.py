"""./dev.sh installs only what the mode needs, and skips pip when the stamp says nothing changed.

dev.sh runs for real (bash, its stamp, its Debian detection) in a copy of the repository's
install files; only the programs it calls are stand-ins that log their arguments: the venv's
python and casewright, and apt-get and ldconfig (which reports every library missing).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
LOGGER = '#!/bin/sh\necho "{name} $*" >>"$DEV_SH_LOG"\n'
FAKE_PYTHON = LOGGER.format(name="python") + '[ "$1" = -V ] && echo "Python 3.11.7"\nexit 0\n'


class DevSh:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.log = root / "calls.log"
        self.fakes = root / "fakes"

    def run(self, *args: str, os_release: str = "ID=debian\n") -> subprocess.CompletedProcess[str]:
        (self.root / "os-release").write_text(os_release)
        self.log.write_text("")
        env = {
            **os.environ,
            "PATH": f"{self.fakes}:{os.environ['PATH']}",
            "DEV_SH_LOG": str(self.log),
            "CASEWRIGHT_OS_RELEASE": str(self.root / "os-release"),
        }
        env.pop("CASEWRIGHT_VENV", None)
        return subprocess.run(
            ["bash", "dev.sh", *args], cwd=self.root, env=env, capture_output=True, text=True
        )

    def calls(self) -> list[str]:
        return self.log.read_text().splitlines()

    def pip_installs(self) -> list[str]:
        return [call for call in self.calls() if "-m pip install" in call and "-e" in call]

    def apt_installs(self) -> list[str]:
        return [call for call in self.calls() if call.startswith("apt-get") and "install" in call]


def _executable(path: Path, text: str) -> None:
    path.write_text(text)
    path.chmod(0o755)


@pytest.fixture
def dev_sh(tmp_path: Path) -> DevSh:
    for name in ("dev.sh", "pyproject.toml"):
        shutil.copy(REPO_ROOT / name, tmp_path / name)
    shutil.copytree(REPO_ROOT / "requirements", tmp_path / "requirements")
    venv_bin = tmp_path / ".venv" / "bin"
    venv_bin.mkdir(parents=True)
    _executable(venv_bin / "python", FAKE_PYTHON)
    (venv_bin.parent / "pyvenv.cfg").write_text("version = 3.11.7\n")
    for tool in ("casewright", "ruff", "mypy", "lint-imports"):
        _executable(venv_bin / tool, LOGGER.format(name=tool))
    fakes = tmp_path / "fakes"
    fakes.mkdir()
    _executable(fakes / "apt-get", LOGGER.format(name="apt-get"))
    _executable(fakes / "sudo", LOGGER.format(name="sudo") + '"$@"\n')
    _executable(fakes / "ldconfig", "#!/bin/sh\necho '0 libs found in cache'\n")
    return DevSh(tmp_path)


def test_app_installs_without_test_tools_once_then_starts_without_pip(dev_sh: DevSh) -> None:
    first = dev_sh.run("app", "--version")
    assert first.returncode == 0, first.stderr
    [install] = dev_sh.pip_installs()
    assert install.endswith("-c requirements/app.lock -e .")  # no [test] extra
    assert "casewright --version" in dev_sh.calls()

    second = dev_sh.run("app", "--version")
    assert second.returncode == 0, second.stderr
    assert dev_sh.pip_installs() == []
    assert not [call for call in dev_sh.calls() if "pip" in call]
    assert "casewright --version" in dev_sh.calls()


def test_a_changed_pyproject_reinstalls(dev_sh: DevSh) -> None:
    dev_sh.run("app")
    pyproject = dev_sh.root / "pyproject.toml"
    pyproject.write_text(pyproject.read_text().replace('"pyphen>=0.14"', '"pyphen>=0.15"'))
    dev_sh.run("app")
    assert len(dev_sh.pip_installs()) == 1


def test_a_test_install_serves_the_app_but_not_the_reverse(dev_sh: DevSh) -> None:
    dev_sh.run("app")
    dev_sh.run("test")
    [install] = dev_sh.pip_installs()
    assert install.endswith("-c requirements/test.lock -e .[test]")
    dev_sh.run("app")
    assert dev_sh.pip_installs() == []


def test_debian_libraries_installed_when_missing_and_a_jdk_only_for_tests(dev_sh: DevSh) -> None:
    dev_sh.run("app", os_release='ID=ubuntu\nID_LIKE="ubuntu debian"\n')
    [app_install] = dev_sh.apt_installs()
    assert "libxcb-cursor0" in app_install
    assert "default-jdk-headless" not in app_install
    dev_sh.run("test", os_release="ID=debian\n")
    [test_install] = dev_sh.apt_installs()
    assert "default-jdk-headless" in test_install


def test_elsewhere_the_missing_libraries_are_named_and_nothing_is_installed(
    dev_sh: DevSh,
) -> None:
    result = dev_sh.run("app", os_release="ID=fedora\nID_LIKE=rhel\n")
    assert result.returncode == 0, result.stderr
    assert dev_sh.apt_installs() == []
    assert "libxcb-cursor.so.0" in result.stderr
    assert "not installed automatically outside Debian/Ubuntu" in result.stderr
    assert "casewright " in dev_sh.calls()  # still tries to start


def test_the_test_command_type_checks_and_stops_before_pytest_when_mypy_fails(
    dev_sh: DevSh,
) -> None:
    passed = dev_sh.run("test", "-q")
    assert passed.returncode == 0, passed.stderr
    # No paths on the command line: [tool.mypy] files in pyproject.toml decide what is checked.
    assert "mypy " in dev_sh.calls()
    # pytest under coverage, then the coverage report and floor with the same arguments.
    calls = dev_sh.calls()
    assert "python -m pytest --cov --cov-report= -q" in calls
    assert calls[-1] == "python scripts/check_coverage.py -- -q"

    _executable(dev_sh.root / ".venv" / "bin" / "mypy", LOGGER.format(name="mypy") + "exit 1\n")
    failed = dev_sh.run("test", "-q")
    assert failed.returncode == 1
    assert "mypy " in dev_sh.calls()
    assert not [call for call in dev_sh.calls() if "-m pytest" in call]
