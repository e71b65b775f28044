"""Grammar, spelling and style checking: engines behind one interface, pure Python (no Qt).

How the editor uses it:

1. ``checker, server = setup.build_checker(GrammarConfig(...), preferences)`` once per app.
2. After the window is shown, on a worker thread: ``checker.warm_up()`` and, if ``server`` is
   not None, ``server.start(cancel_event)``; on quit ``server.stop()``.
3. ``incremental = IncrementalChecker(checker)``; after a debounce, on a worker thread:
   ``report = incremental.check(text, language)``. Drop or ``remap.remap_issues`` the
   report's issues if the editor's text is no longer ``report.text``.
4. Issue offsets are Python ``str`` indices; convert with ``offsets.OffsetMap`` for Qt.
5. ``checker.status_text(language)`` for the status bar (cheap, GUI thread is fine);
   ``readability.readability(text)`` for English replies.
"""
