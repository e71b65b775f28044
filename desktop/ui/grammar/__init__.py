"""Grammar checking in the GUI: underlines, issue menu, Writing tab, settings and engine lifecycle.

Installed by ``desktop.ui.grammar.feature.install(window)``; afterwards ``window.grammar`` is
the :class:`~desktop.ui.grammar.feature.GrammarFeature` (its ``service``, ``reply`` checker,
``escalation`` checkers and ``pane``). To check another text field, create an
:class:`~desktop.ui.grammar.editor_checker.EditorChecker` for it with ``window.grammar.service``
and an :class:`~desktop.ui.grammar.issue_menu.IssueMenu` for its tooltips and menu.
"""
