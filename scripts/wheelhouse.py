"""Offline install kits: ``dist/casewright-<version>-wheelhouse-<platform>.zip``.

Each zip holds Casewright's wheel and a wheel of every dependency at the locked version
(requirements/app.lock) for one platform and Pythons 3.11 to 3.13, plus INSTALL.txt. Installing
from it needs no network: ``pip install --no-index --find-links wheels casewright``.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

from scripts.targets import APP_LOCK, PYTHONS, REPO_ROOT, Target, pins_for, pip_target_args

INSTALL_TEXT = """\
{title}
{underline}

Everything Casewright needs is in wheels/: its own wheel and every dependency at the
versions of its lock file. Nothing is downloaded. You need Python {pythons}
(from python.org, your package manager, or your company's software centre).

1. Unzip this file and open a terminal in the unzipped folder.
2. Install into a virtual environment of its own:
{commands}
3. Start it with the last command above. Your cases live in the data folder shown in
   Settings (and Help > About); see README "Where your data lives".

With pipx instead (puts `casewright` on your PATH):
    pipx install --pip-args="--no-index --find-links={wheels_abs}" {wheel}
With uv:
    uv tool install --offline --no-index --find-links wheels {wheel}

Uninstall: delete the virtual environment folder (or `pipx uninstall casewright`). Your data
folder is left alone; delete it yourself if you want your cases gone too.
{extra}"""

POSIX_COMMANDS = """\
    python3 -m venv ~/casewright-venv
    ~/casewright-venv/bin/pip install --no-index --find-links wheels casewright
    ~/casewright-venv/bin/casewright"""

WINDOWS_COMMANDS = """\
    py -3 -m venv %USERPROFILE%\\casewright-venv
    %USERPROFILE%\\casewright-venv\\Scripts\\pip install --no-index --find-links wheels casewright
    %USERPROFILE%\\casewright-venv\\Scripts\\casewright.exe"""

LINUX_EXTRA = """
Linux also needs the system libraries Qt uses. On Debian/Ubuntu:
    sudo apt-get install libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 \\
        libdbus-1-3 libglib2.0-0 libxcb-cursor0 libx11-xcb1 libxcb-icccm4 libxcb-keysyms1 \\
        libxcb-shape0 libxcb-render-util0 libxcb-image0 fonts-noto-cjk
"""


def version() -> str:
    pyproject = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return str(pyproject["project"]["version"])


def _pip(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "pip", *args], check=True, timeout=1800)


def build_app_wheel(out: Path) -> Path:
    """Build Casewright's own wheel into ``out`` and return it."""
    _pip("wheel", "--no-deps", "--quiet", "--wheel-dir", str(out), str(REPO_ROOT))
    [wheel] = out.glob(f"casewright-{version()}-*.whl")
    return wheel


def install_text(target: Target, wheel: Path, folder: str) -> str:
    windows = target.sys_platform == "win32"
    title = f"Casewright {version()}: offline install kit for {target.needs}"
    return INSTALL_TEXT.format(
        title=title,
        underline="=" * len(title),
        pythons=", ".join(PYTHONS[:-1]) + f" or {PYTHONS[-1]}",
        commands=WINDOWS_COMMANDS if windows else POSIX_COMMANDS,
        wheels_abs="%CD%\\wheels" if windows else "$PWD/wheels",
        wheel=("wheels\\" if windows else "wheels/") + wheel.name,
        extra=LINUX_EXTRA if target.sys_platform == "linux" else "",
    ).replace("\n", "\r\n" if windows else "\n")


def build_wheelhouse(target: Target, app_wheel: Path, dist: Path, work: Path) -> Path:
    """Download ``target``'s wheels and zip them with ``app_wheel`` and INSTALL.txt."""
    name = f"casewright-{version()}-wheelhouse-{target.name}"
    folder = work / name
    shutil.rmtree(folder, ignore_errors=True)
    wheels = folder / "wheels"
    wheels.mkdir(parents=True)
    for python in PYTHONS:
        pins = pins_for(target, python, APP_LOCK)
        _pip("download", "--no-deps", "--quiet", "--dest", str(wheels),
             *pip_target_args(target, python), *pins)  # fmt: skip
    shutil.copy2(app_wheel, wheels)
    (folder / "INSTALL.txt").write_bytes(install_text(target, app_wheel, name).encode())
    shutil.copy2(APP_LOCK, folder / "requirements.lock")
    dist.mkdir(parents=True, exist_ok=True)
    archive = dist / f"{name}.zip"
    partial = archive.with_suffix(".zip.partial")
    # Wheels are compressed already; storing them keeps the build fast.
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_STORED) as bundle:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                bundle.write(path, path.relative_to(work).as_posix())
    partial.replace(archive)
    return archive
