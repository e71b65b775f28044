"""Side-tab panes built the first time they are needed, so start-up does not wait for them.

A feature adds its tab with ``InstallContext.add_lazy_tab``: the tab holds a light
:class:`LazyPage` at once, and the real pane is built inside it when the tab first comes to the
front, or earlier when something asks for it (:meth:`LazyPane.get`: a menu action, a shortcut,
a provider that needs the live pane, a test). Wiring that needs the pane goes in
:meth:`LazyPane.when_built`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtWidgets import QVBoxLayout, QWidget

log = logging.getLogger(__name__)
W = TypeVar("W", bound=QWidget)


class LazyPage(QWidget):
    """What the tab holds until (and after) its pane is built: an empty page, then the pane."""

    def __init__(self, build: Callable[[], QWidget]) -> None:
        super().__init__()
        self._build = build
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.pane: QWidget | None = None

    def build(self) -> QWidget:
        """The pane, built now if it was not yet."""
        return self.pane if self.pane is not None else self._build()

    def _place(self, pane: QWidget) -> None:
        self.pane = pane
        self._layout.addWidget(pane)
        pane.show()  # now, not on the next turn as a layout would: it may take the focus at once
        self.setFocusProxy(pane)  # Ctrl+1… focus the page: the pane gets it


class LazyPane(Generic[W]):
    """A typed handle on one lazily built pane of kind ``W``."""

    def __init__(self, kind: type[W], build: Callable[[], W]) -> None:
        self.kind = kind
        self._make = build
        self._pane: W | None = None
        self._building = False
        self._callbacks: list[Callable[[W], None]] = []
        self.page = LazyPage(self.get)

    @property
    def built(self) -> W | None:
        """The pane if it has been built, else None (nothing is built by asking)."""
        return self._pane

    def get(self) -> W:
        """The pane, built (and wired through :meth:`when_built`) now if it was not yet."""
        if self._pane is not None:
            return self._pane
        if self._building:
            # i18n: a message for developers and the log
            raise RuntimeError(f"a {self.kind.__name__} asked for itself while being built")
        self._building = True
        try:
            pane = self._make()
        finally:
            self._building = False
        self._pane = pane
        self.page._place(pane)
        log.debug("built the %s pane", self.kind.__name__)
        for callback in self._callbacks:
            callback(pane)
        self._callbacks.clear()
        return pane

    def when_built(self, callback: Callable[[W], None]) -> None:
        """Call ``callback(pane)`` once the pane exists (now, if it already does)."""
        if self._pane is not None:
            callback(self._pane)
        else:
            self._callbacks.append(callback)
