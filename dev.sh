#!/usr/bin/env bash
# Casewright's one entry point for people: `./dev.sh app` starts the app, `./dev.sh test` runs
# every check. Both first install what is missing (Debian libraries for Qt, a virtualenv with
# the project and its test tools), so each works on a fresh Debian machine with Python 3.11.
set -euo pipefail
cd "$(dirname "$0")"
VENV="${CASEWRIGHT_VENV:-.venv}"

need_debian_packages() {
    local missing=()
    for lib in libEGL.so.1 libGL.so.1 libxkbcommon.so.0 libfontconfig.so.1 libdbus-1.so.3 \
               libglib-2.0.so.0 libxkbcommon-x11.so.0 libxcb-cursor.so.0 libX11-xcb.so.1; do
        ldconfig -p | grep -q "$lib" || missing+=("$lib")
    done
    command -v javac >/dev/null || missing+=("javac")
    command -v fc-list >/dev/null && fc-list | grep -qi "noto.*cjk" || missing+=("cjk-fonts")
    [ ${#missing[@]} -gt 0 ]
}

install_debian_packages() {
    if need_debian_packages; then
        echo "dev.sh: installing Debian libraries that Qt needs (and a JDK for the tests)..."
        local sudo=""
        [ "$(id -u)" -eq 0 ] || sudo="sudo"
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
            libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 \
            libglib2.0-0 libxcb-cursor0 libx11-xcb1 libxcb-icccm4 libxcb-keysyms1 \
            libxcb-shape0 libxcb-render-util0 libxcb-image0 fontconfig fonts-noto-cjk \
            fonts-dejavu-core default-jdk-headless >/dev/null
    fi
}

install_python_env() {
    [ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
    "$VENV/bin/python" -m pip install -q --upgrade pip >/dev/null
    "$VENV/bin/python" -m pip install -q -e ".[test]"
}

case "${1:-}" in
    app)
        shift
        install_debian_packages
        install_python_env
        exec "$VENV/bin/casewright" "$@"
        ;;
    test)
        shift
        install_debian_packages
        install_python_env
        export QT_QPA_PLATFORM=offscreen
        echo "== ruff"; "$VENV/bin/ruff" check . && "$VENV/bin/ruff" format --check .
        echo "== mypy (strict, desktop/core)"; "$VENV/bin/mypy"
        echo "== import-linter"; "$VENV/bin/lint-imports"
        echo "== pytest"; exec "$VENV/bin/python" -m pytest "$@"
        ;;
    *)
        echo "usage: ./dev.sh app [casewright options] | ./dev.sh test [pytest options]" >&2
        exit 2
        ;;
esac
