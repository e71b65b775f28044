"""Grammar checking in the GUI: underlines, issue menu, Writing tab, settings and engine lifecycle.

Installed by ``desktop.ui.grammar.feature`` as a :class:`~desktop.ui.grammar.feature.GrammarFeature`
(its ``service``, ``reply`` checker, ``escalation`` checkers and ``pane``), which is also the
``GRAMMAR_ISSUES`` provider the pre-send gate reads. To check another text field, create an
:class:`~desktop.ui.grammar.editor_checker.EditorChecker` for it with the feature's ``service``
and an :class:`~desktop.ui.grammar.issue_menu.IssueMenu` for its tooltips and menu.
"""
