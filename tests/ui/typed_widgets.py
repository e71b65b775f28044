"""Typed access to widgets in tests: the kind a test expects, or a plain failure.

Qt's stubs give unions and Optionals (child(i) may be None past the end, a settings editor may
be any of four kinds); these helpers narrow them with an assertion that names what was found.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

W = TypeVar("W")


def as_a(kind: type[W], widget: object) -> W:
    """``widget`` as a ``kind``; the test fails naming what it is instead."""
    assert isinstance(widget, kind), f"expected a {kind.__name__}, found {type(widget).__name__}"
    return widget


def children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    """The item's children, in order."""
    return [child for i in range(item.childCount()) if (child := item.child(i)) is not None]


def top_level(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    """The tree's top-level items, in order."""
    return children(tree.invisibleRootItem())


def first_child(item: QTreeWidgetItem) -> QTreeWidgetItem:
    """The item's first child; the test fails plainly when it has none."""
    child = item.child(0)
    assert child is not None, f"{item.text(0)!r} has no children"
    return child
