"""The severity assistant feature: a "Severity" tab whose assessment is stored with the case.

Other features read it through the ``SEVERITY`` provider (``desktop.ui.providers``):
``assessment()`` (the template ``severity`` mapping) and ``justification()`` (text for the
escalation note).
"""
