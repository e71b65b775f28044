"""Grammar, spelling and style checking: engines behind one interface, pure Python (no Qt).

Entry points: :func:`desktop.core.grammar.setup.build_checker` builds a
:class:`~desktop.core.grammar.checker.GrammarChecker`; wrap it in an
:class:`~desktop.core.grammar.incremental.IncrementalChecker` for the editor.
"""
