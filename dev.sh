#!/usr/bin/env bash
# Casewright's one entry point for people: `./dev.sh app` starts the app, `./dev.sh test` runs
# every check, `./dev.sh bundle` builds the offline install kits and the standalone app.
# Each first installs what is missing: a virtualenv with the project at the locked versions
# (the test tools only for `test` and `bundle`), and on Debian/Ubuntu the system libraries Qt
# needs (a JDK only for `test`). A stamp of pyproject.toml and the lock file in the virtualenv
# says whether anything changed since the last install; when nothing did, no pip runs at all.
set -euo pipefail
cd "$(dirname "$0")"
VENV="${CASEWRIGHT_VENV:-.venv}"
PYTHON="${PYTHON:-python3}"
OS_RELEASE="${CASEWRIGHT_OS_RELEASE:-/etc/os-release}"  # overridable for tests/packaging

say() { echo "dev.sh: $*" >&2; }

# The shared libraries PySide6 loads on Linux, and the Debian packages that provide them.
QT_LIBS=(libEGL.so.1 libGL.so.1 libxkbcommon.so.0 libxkbcommon-x11.so.0 libfontconfig.so.1
         libdbus-1.so.3 libglib-2.0.so.0 libxcb-cursor.so.0 libX11-xcb.so.1 libxcb-icccm.so.4
         libxcb-keysyms.so.1 libxcb-shape.so.0 libxcb-render-util.so.0 libxcb-image.so.0)
QT_DEBS=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0
         libxcb-cursor0 libx11-xcb1 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
         libxcb-render-util0 libxcb-image0 fontconfig fonts-dejavu-core)

is_debian() {
    [ -r "$OS_RELEASE" ] && grep -qiE '^(ID|ID_LIKE)=.*(debian|ubuntu)' "$OS_RELEASE" \
        && command -v apt-get >/dev/null
}

has_cjk_font() {
    # Where Debian's fonts-noto-cjk puts them: a file test is much cheaper than fc-list.
    compgen -G "/usr/share/fonts/opentype/noto/Noto*CJK*" >/dev/null && return 0
    # Not `grep -q`: it would close the pipe early, and pipefail would count fc-list's SIGPIPE.
    command -v fc-list >/dev/null && fc-list : family | grep -i "noto.*cjk" >/dev/null
}

# Prints what is missing (one word each) for `mode`: app needs Qt's libraries and CJK fonts,
# test also a JDK (for the LanguageTool stand-in), every mode a Python that can make a venv.
missing_system_parts() {
    local mode="$1" found
    [ "$(uname -s)" = Linux ] || return 0
    # One grep over the linker cache for all of them (this runs on every start).
    found=" $( { ldconfig -p 2>/dev/null || true; } | { grep -oF "${QT_LIBS[@]/#/-e}" || true; } | tr '\n' ' ') "
    for lib in "${QT_LIBS[@]}"; do
        [[ "$found" == *" $lib "* ]] || echo "$lib"
    done
    has_cjk_font || echo "cjk-fonts"
    if [ "$mode" = test ]; then command -v javac >/dev/null || echo "javac"; fi
    if [ ! -x "$VENV/bin/python" ]; then
        "$PYTHON" -c 'import ensurepip, venv' 2>/dev/null || echo "python3-venv"
    fi
}

install_system_parts() {
    local mode="$1" missing
    missing="$(missing_system_parts "$mode" | tr '\n' ' ')"
    [ -n "$missing" ] || return 0
    if ! is_debian; then
        say "these are missing and are not installed automatically outside Debian/Ubuntu:"
        say "  $missing"
        say "install them with your system's package manager (Qt 6's xcb libraries, a CJK font"
        say "such as Noto Sans CJK$([ "$mode" = test ] && echo ', a JDK 17+')); trying anyway."
        return 0
    fi
    local debs=("${QT_DEBS[@]}" fonts-noto-cjk python3-venv)
    [ "$mode" = test ] && debs+=(default-jdk-headless)
    say "installing Debian packages for: $missing"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
        "${debs[@]}" >/dev/null
}

# The stamp: a checksum of everything that decides what pip installs for `mode`.
stamp_of() {
    local mode="$1"
    # pyvenv.cfg names the venv's Python version: no process to start for it.
    { cat pyproject.toml "requirements/$mode.lock" "$VENV/pyvenv.cfg"; echo "$mode"; } \
        | cksum | cut -d' ' -f1
}

stamp_file() { echo "$VENV/.casewright-installed-$1"; }

is_installed() {
    local mode="$1" wanted
    [ -x "$VENV/bin/python" ] && [ -f "$(stamp_file "$mode")" ] || return 1
    wanted="$(stamp_of "$mode")"
    [ "$(cat "$(stamp_file "$mode")")" = "$wanted" ]
}

install_python_env() {
    local mode="$1" extras=""
    # A test install has everything the app needs.
    if is_installed "$mode" || { [ "$mode" = app ] && is_installed test; }; then
        return 0
    fi
    if [ ! -x "$VENV/bin/python" ]; then
        "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null || {
            say "Casewright needs Python 3.11 or newer; '$PYTHON' is $("$PYTHON" -V 2>&1)."
            say "Install a newer Python and run again (or set PYTHON=/path/to/python3.12)."
            exit 1
        }
        say "creating the virtualenv $VENV"
        "$PYTHON" -m venv "$VENV"
    fi
    [ "$mode" = test ] && extras="[test]"
    say "installing Casewright${extras:+ and its test tools} at the locked versions" \
        "(the first time takes a minute or two)..."
    "$VENV/bin/python" -m pip install -q --upgrade pip
    "$VENV/bin/python" -m pip install -c "requirements/$mode.lock" -e ".$extras"
    stamp_of "$mode" >"$(stamp_file "$mode")"
    say "installed; the next start skips this step until pyproject.toml or the lock changes."
}

case "${1:-}" in
    app)
        shift
        install_system_parts app
        install_python_env app
        exec "$VENV/bin/casewright" "$@"
        ;;
    test)
        shift
        install_system_parts test
        install_python_env test
        export QT_QPA_PLATFORM=offscreen
        echo "== ruff"; "$VENV/bin/ruff" check . && "$VENV/bin/ruff" format --check .
        echo "== mypy (strict, desktop/ and tests/)"; "$VENV/bin/mypy"
        echo "== import-linter"; "$VENV/bin/lint-imports"
        # Coverage of desktop/ (subprocesses too) is reported after the tests; on a run of the
        # whole suite, the modules that keep data safe must be fully covered.
        echo "== pytest (with coverage)"
        rm -f .coverage .coverage.*
        "$VENV/bin/python" -m pytest --cov --cov-report= "$@"
        echo "== coverage"; exec "$VENV/bin/python" scripts/check_coverage.py -- "$@"
        ;;
    bundle)
        # The offline kits need PyPI; PyInstaller comes with the test tools.
        shift
        install_system_parts app
        install_python_env test
        exec "$VENV/bin/python" scripts/bundle.py "$@"
        ;;
    *)
        echo "usage: ./dev.sh app [casewright options] | ./dev.sh test [pytest options]" \
             "| ./dev.sh bundle [all|wheelhouse|standalone]" >&2
        exit 2
        ;;
esac
