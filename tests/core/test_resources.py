"""Bundled files are found from a checkout, and paths cannot escape their folder."""

from __future__ import annotations

import pytest

from desktop.core.resources import ResourceError, bundle_root, bundled_path


def test_bundled_folders_exist() -> None:
    assert bundle_root("templates").is_dir()
    assert bundle_root("resources").is_dir()


@pytest.mark.parametrize("bad", ["../pyproject.toml", "/etc/passwd", "a/../../b", "C:/x", "..\\x"])
def test_escaping_paths_are_refused(bad: str) -> None:
    with pytest.raises(ResourceError):
        bundled_path("templates", bad)


def test_unknown_bundle_is_refused() -> None:
    with pytest.raises(ResourceError):
        bundle_root("secrets")
