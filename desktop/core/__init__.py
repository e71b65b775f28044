"""Casewright's pure-Python core: case model, store, templates, checks. Never imports Qt."""
