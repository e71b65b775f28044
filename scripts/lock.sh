#!/usr/bin/env bash
# Regenerates the lock files from pyproject.toml with uv (one universal lock per install mode:
# every platform's markers in one file). Run it after changing a dependency and commit the
# result; tests/packaging/test_lock.py fails while the lock does not cover pyproject.toml.
#   requirements/app.lock   what the app needs (./dev.sh app, the wheelhouses, PyInstaller)
#   requirements/test.lock  the app plus the test tools (./dev.sh test, CI)
set -euo pipefail
cd "$(dirname "$0")/.."
if command -v uv >/dev/null; then
    UV=(uv)
elif [ -x .venv/bin/uv ]; then
    UV=(.venv/bin/uv)
else
    # uv is one wheel on PyPI; keep it out of the project's own environment.
    tools="${TMPDIR:-/tmp}/casewright-lock-tools"
    [ -x "$tools/bin/uv" ] || { python3 -m venv "$tools" && "$tools/bin/pip" install -q uv; }
    UV=("$tools/bin/uv")
fi
common=(--universal --python-version 3.11 --quiet --custom-compile-command scripts/lock.sh)
"${UV[@]}" pip compile pyproject.toml "${common[@]}" -o requirements/app.lock "$@"
"${UV[@]}" pip compile pyproject.toml --extra test "${common[@]}" -o requirements/test.lock "$@"
echo "lock.sh: wrote requirements/app.lock and requirements/test.lock"
