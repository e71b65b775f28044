"""Logout or shutdown: the session manager's commitDataRequest saves what was just typed.

Headless there is no session manager to end a session, so the test emits the application's
own ``commitDataRequest`` with the application's own ``QSessionManager`` (the object Qt hands
the real request to) at the receiver the app installs. It proves the receiver survives the
signal's argument and that unsaved text is in the store when it returns; it does not prove
that a desktop's session manager (XSMP, Windows WM_QUERYENDSESSION) reaches Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QSessionManager
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core.case import ESCALATION, REPLY
from desktop.core.escalation import note_from_json
from desktop.ui.escalation.pane import EscalationPane
from desktop.ui.session_end import SaveAtSessionEnd


def test_the_session_ending_saves_what_was_typed_before_answering(
    qtbot: QtBot, make_main_window: Callable[..., Any]
) -> None:
    window = make_main_window()
    key = window.current_key
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    SaveAtSessionEnd(app, window)  # as desktop/ui/app.py wires the running window
    manager = app.findChild(QSessionManager)
    assert manager is not None  # Qt makes one per application

    window.reply_editor.selectAll()
    qtbot.keyClicks(window.reply_editor, "Typed a second before logout")
    evidence = window.features.find(EscalationPane).form.editors["evidence"]
    qtbot.keyClicks(evidence, "HTTP 403 from ECR")
    assert window.context.autosaver.has_unsaved()  # still waiting for the debounce

    app.commitDataRequest.emit(manager)

    # No event-loop turn in between: the receiver itself flushed and waited for the writer.
    store = window.context.store
    assert store.load_document(key, REPLY) == "Typed a second before logout"
    assert note_from_json(store.load_document(key, ESCALATION)).evidence == "HTTP 403 from ECR"
