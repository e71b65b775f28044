"""The lock files pin every dependency that pyproject.toml declares, within its range."""

from __future__ import annotations

import pytest
from packaging.utils import canonicalize_name

from tests.packaging.locks import by_name, declared, locked, pinned_version

FIX = "run scripts/lock.sh and commit requirements/*.lock"


@pytest.mark.parametrize(
    ("mode", "extras"), [("app", [None]), ("test", [None, "test"])], ids=["app", "test"]
)
def test_lock_pins_every_declared_dependency_within_its_range(
    mode: str, extras: list[str | None]
) -> None:
    pins = by_name(locked(mode))
    problems = []
    for extra in extras:
        for requirement in declared(extra):
            pin = pins.get(canonicalize_name(requirement.name))
            if pin is None:
                problems.append(f"{requirement.name} is not in requirements/{mode}.lock")
            elif not requirement.specifier.contains(pinned_version(pin), prereleases=True):
                problems.append(f"{requirement} but the lock pins {pinned_version(pin)}")
    assert not problems, f"{'; '.join(problems)}: {FIX}"


def test_app_lock_holds_no_test_tools() -> None:
    app = by_name(locked("app"))
    for tool in ("pytest", "ruff", "mypy", "hypothesis"):
        assert tool not in app, f"{tool} would be installed just to start the app"


def test_both_locks_agree_on_shared_pins() -> None:
    app, test = by_name(locked("app")), by_name(locked("test"))
    differing = [name for name in app if pinned_version(app[name]) != pinned_version(test[name])]
    assert not differing, f"app and test locks pin different versions of {differing}: {FIX}"
