"""mypy --strict covers all of desktop/ and tests/, and no part of them is silenced.

`./dev.sh test` runs mypy without paths (tests/packaging/test_dev_sh.py), so [tool.mypy] in
pyproject.toml decides what is checked; this keeps that from quietly shrinking.
"""

from __future__ import annotations

import tomllib
from typing import Any

from tests.conftest import REPO_ROOT

OUR_PACKAGES = ("desktop", "tests")


def _mypy_config() -> dict[str, Any]:
    pyproject = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    config: dict[str, Any] = pyproject["tool"]["mypy"]
    return config


def test_mypy_checks_desktop_and_tests_strictly() -> None:
    config = _mypy_config()
    assert sorted(config["files"]) == sorted(OUR_PACKAGES)
    assert config["strict"] is True
    assert config["warn_unreachable"] is True and config["warn_unused_ignores"] is True
    assert "ignore-without-code" in config["enable_error_code"]


def test_overrides_only_excuse_third_party_modules() -> None:
    for override in _mypy_config().get("overrides", []):
        modules = override["module"]
        for module in [modules] if isinstance(modules, str) else modules:
            assert module.split(".")[0] not in OUR_PACKAGES, f"{module} is excused from mypy"
        assert set(override) <= {"module", "ignore_missing_imports"}, override
