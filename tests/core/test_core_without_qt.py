"""The core must import and work on a machine without Qt."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import desktop.core

REPO_ROOT = Path(__file__).resolve().parents[2]

_BLOCK_QT = """
import importlib.abc, sys
class BlockQt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in ('PySide6', 'shiboken6'):
            raise ImportError('Qt is blocked in this test: ' + name)
        return None
sys.meta_path.insert(0, BlockQt())
import importlib, pkgutil, desktop.core
for info in pkgutil.walk_packages(desktop.core.__path__, 'desktop.core.'):
    importlib.import_module(info.name)
assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt was imported'
print('imported', len(list(pkgutil.walk_packages(desktop.core.__path__))), 'modules')
"""


def test_every_core_module_imports_with_qt_unimportable() -> None:
    result = subprocess.run(
        [sys.executable, "-c", _BLOCK_QT],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "imported" in result.stdout


def test_core_has_modules_to_check() -> None:
    modules = [info.name for info in pkgutil.walk_packages(desktop.core.__path__)]
    assert "store" in modules
