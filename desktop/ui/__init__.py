"""Casewright's Qt layer: windows, panes and dialogs over the pure core."""
