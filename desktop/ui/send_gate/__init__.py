"""The pre-send gate feature: Copy reply and Export reply… go through a scan of the text.

Other panes use the same gate through the ``GATE`` provider (``desktop.ui.providers``):
``approve(text, source_editor=..., title=..., customer_facing=...) -> str | None``.
"""
